"""The savings import dialogs: opening balances and payroll deductions — dry run
with problem rows in red, totals per product, import only without problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.storage.db import Book
from kopdesk.ui.imports.savings_dialog import OpeningBalancesDialog, PayrollImportDialog
from kopdesk.ui.kit.ops import Ops
from tests.ui.helpers import Shown


def nik(n: int) -> str:
    return f"32730115{n % 12 + 1:02d}80{n:04d}"


@pytest.fixture
def people(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        for n in range(1, 4):
            members.register_member(
                s, bendahara, MemberInput(f"Anggota {n}", nik(n), None, dt.date(2024, 1, n))
            )


def workbook(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_opening_dry_run_shows_problem_rows_and_blocks_the_import(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, qtmodeltester: Any, snapshot: Any
) -> None:
    path = workbook(
        tmp_path / "saldo.xlsx",
        ["No. Anggota", "Pokok", "Wajib"],
        [["A-0001", 100_000, "250.000"], ["A-0009", None, 10_000], ["A-0002", 150_000, None]],
    )
    dialog = OpeningBalancesDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.cutover.value() == dt.date(2025, 1, 1)
    assert not dialog.check_button.isEnabled()
    assert dialog.load_file(path)
    qtmodeltester.check(dialog.mapping_model)
    assert dialog.mapping_model.mapping == {
        "number": "No. Anggota",
        "pokok": "Pokok",
        "wajib": "Wajib",
    }
    before = snapshot()
    plan = dialog.check()
    assert plan is not None
    model = dialog.rows_model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, model.PROBLEM)) == "Fine"
    assert "A-0009 tidak terdaftar" in model.data(model.index(1, model.PROBLEM))
    red = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(1, 0), red) is not None
    assert model.data(model.index(0, 0), red) is None
    assert not dialog.import_button.isEnabled()
    assert "2 problems must be fixed" in dialog.summary.text()
    assert "Rp510.000" in dialog.totals.text()  # every amount read, for checking the file
    assert dialog.run_import() is None
    assert snapshot() == before
    # a different cut-over forgets the dry run
    dialog.cutover.set_value(dt.date(2025, 3, 31))
    assert dialog.plan is None


def test_opening_import_posts_and_reports(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, shown: Shown
) -> None:
    path = workbook(
        tmp_path / "saldo.xlsx",
        ["No. Anggota", "Wajib", "Sukarela"],
        [["A-0001", "250.000", 50_000], ["A-0002", 100_000, None]],
    )
    dialog = OpeningBalancesDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert dialog.check() is not None
    assert dialog.import_button.isEnabled()
    result = dialog.run_import()
    assert result is not None
    assert (result.rows, result.total, result.entries) == (2, 400_000, ("JU-2025-000001",))
    assert shown.infos == ["2 members, Rp400.000 posted on 01-01-2025 (JU-2025-000001)."]
    with ops.book.read() as s:
        assert savings_accounts.get_account(s, "SW-A-0001").balance == 250_000


def test_payroll_import_with_mode_account_and_reference(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, shown: Shown
) -> None:
    path = workbook(
        tmp_path / "gaji.xlsx",
        ["NIK", "Nama Karyawan", "Wajib", "Sukarela", "Jumlah"],
        [
            [nik(1), "Anggota 1", 50_000, 20_000, 70_000],
            [nik(2), "Anggota 2", 50_000, None, 50_000],
        ],
    )
    dialog = PayrollImportDialog(ops, on=dt.date(2025, 1, 25))
    qtbot.addWidget(dialog)
    assert dialog.account_combo.currentData() == "1111"
    dialog.load_file(path)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("batch"))
    dialog.reference_edit.setText("Gaji Januari 2025")
    plan = dialog.check()
    assert plan is not None
    assert plan.ok
    assert dialog.import_button.isEnabled()
    result = dialog.run_import()
    assert result is not None
    assert len(result.entries) == 1
    assert result.reference == "Gaji Januari 2025"
    with ops.book.read() as s:
        assert savings_accounts.get_account(s, "SS-A-0001").balance == 20_000
    # the same reference again is refused before anything is written
    again = PayrollImportDialog(ops, on=dt.date(2025, 1, 25))
    qtbot.addWidget(again)
    again.load_file(path)
    again.reference_edit.setText("gaji januari 2025")
    again.check()
    assert not again.import_button.isEnabled()
    assert "imported before" in again.summary.text()


def test_payroll_rule_problems_are_shown(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "gaji.xlsx",
        ["No. Anggota", "Pokok", "Sukarela"],
        [["A-0001", 60_000, None], ["A-0002", None, 5_000], ["A-0003", None, 25_000]],
    )
    dialog = PayrollImportDialog(ops, on=dt.date(2025, 1, 25))
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    plan = dialog.check()
    assert plan is not None
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Pokok"), (3, "Sukarela")]
    model = dialog.rows_model
    assert model.data(model.index(2, model.PROBLEM)) == "Fine"
    assert not dialog.import_button.isEnabled()


def test_the_same_payroll_list_again_in_the_month_is_asked_first(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, shown: Shown, snapshot: Any
) -> None:
    """Issue 14 item 21: the same list under another reference in the same month."""
    path = workbook(
        tmp_path / "gaji.xlsx",
        ["NIK", "Nama Karyawan", "Wajib", "Jumlah"],
        [[nik(1), "Anggota 1", 50_000, 50_000], [nik(2), "Anggota 2", 50_000, 50_000]],
    )

    def dialog_for(reference: str, day: int) -> PayrollImportDialog:
        dialog = PayrollImportDialog(ops, on=dt.date(2025, 1, day))
        qtbot.addWidget(dialog)
        dialog.load_file(path)
        dialog.reference_edit.setText(reference)
        assert dialog.check() is not None
        return dialog

    assert dialog_for("Gaji Januari", 25).run_import() is not None
    assert shown.questions == []
    again = dialog_for("Gaji Januari kirim ulang", 31)
    assert again.import_button.isEnabled()
    assert "already posted on 25-01-2025" in again.summary.text()
    before = snapshot()
    shown.answer = False
    assert again.run_import() is None
    assert len(shown.questions) == 1
    assert "'Gaji Januari'" in shown.questions[0]
    assert snapshot() == before
    shown.answer = True
    result = again.run_import()
    assert result is not None
    assert result.reference == "Gaji Januari kirim ulang"
    with ops.book.read() as s:
        assert savings_accounts.get_account(s, "SW-A-0001").balance == 100_000
