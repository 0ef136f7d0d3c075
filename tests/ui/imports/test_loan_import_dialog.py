"""The outstanding-loans import dialog (saldo awal pinjaman): dry run with problem
rows in red and warnings in amber, totals per product, import only without problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.storage.db import Book
from kopdesk.ui.imports.loans_dialog import WARNING_BACKGROUND, LoanOpeningDialog
from kopdesk.ui.kit.ops import Ops
from tests.ui.helpers import Shown

HEADERS = [
    "No. Anggota",
    "Produk",
    "Pokok Pinjaman",
    "Tanggal Cair",
    "Jangka (bulan)",
    "Angsuran Dibayar",
    "Sisa Pokok",
]


def nik(n: int) -> str:
    return f"32730115{n % 12 + 1:02d}80{n:04d}"


@pytest.fixture
def people(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        for n in range(1, 4):
            members.register_member(
                s, bendahara, MemberInput(f"Anggota {n}", nik(n), None, dt.date(2024, 1, n))
            )


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_dry_run_shows_problems_and_warnings_and_blocks_the_import(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, qtmodeltester: Any, snapshot: Any
) -> None:
    path = workbook(
        tmp_path / "pinjaman.xlsx",
        [
            ["A-0001", "umum", 6_000_000, "01-07-2024", 12, 6, 3_000_000],
            ["A-0009", "umum", 1_000_000, "01-07-2024", 12, 1, 900_000],
            ["A-0002", "umum", 6_000_000, "01-07-2024", 12, 5, 3_200_000],
        ],
    )
    dialog = LoanOpeningDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.cutover.value() == dt.date(2025, 1, 1)
    assert not dialog.check_button.isEnabled()
    assert dialog.load_file(path)
    qtmodeltester.check(dialog.mapping_model)
    assert dialog.mapping_model.mapping == {
        "number": "No. Anggota",
        "product": "Produk",
        "principal": "Pokok Pinjaman",
        "disbursed": "Tanggal Cair",
        "tenor": "Jangka (bulan)",
        "paid": "Angsuran Dibayar",
        "remaining": "Sisa Pokok",
    }
    before = snapshot()
    plan = dialog.check()
    assert plan is not None
    model = dialog.rows_model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, model.CHECK)) == "Fine"
    assert model.data(model.index(0, model.PRODUCT)) == "Pinjaman Umum"
    assert model.data(model.index(0, model.SCHEDULED)) == "3.000.000"
    assert "A-0009 tidak terdaftar" in model.data(model.index(1, model.CHECK))
    assert "berbeda dari jadwal" in model.data(model.index(2, model.CHECK))
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(1, 0), background) is not None
    assert model.data(model.index(2, 0), background) == WARNING_BACKGROUND
    assert model.data(model.index(0, 0), background) is None
    assert not dialog.import_button.isEnabled()
    assert "1 problems must be fixed" in dialog.summary.text()
    assert "Rp7.100.000" in dialog.totals.text()  # every amount read, for checking the file
    assert dialog.run_import() is None
    assert snapshot() == before
    # a different cut-over forgets the dry run
    dialog.cutover.set_value(dt.date(2025, 3, 31))
    assert dialog.plan is None


def test_import_posts_and_reports(
    qtbot: QtBot, ops: Ops, people: None, tmp_path: Path, shown: Shown
) -> None:
    path = workbook(
        tmp_path / "pinjaman.xlsx",
        [
            ["A-0001", "umum", 6_000_000, "01-07-2024", 12, 6, 3_000_000],
            ["A-0002", "usaha", "12.000.000", "15-04-2024", 24, 8, "8.000.000"],
        ],
    )
    dialog = LoanOpeningDialog(ops)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    plan = dialog.check()
    assert plan is not None
    assert plan.ok
    assert "All loans can be imported: 2." in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    result = dialog.run_import()
    assert result is not None
    assert (result.loans, result.entry) == (("PJ-2024-0002", "PJ-2024-0001"), "JU-2025-000001")
    assert shown.infos == [
        "2 loans (PJ-2024-0002 – PJ-2024-0001), remaining principal Rp11.000.000, posted on "
        "01-01-2025 (JU-2025-000001)."
    ]
    with ops.book.read() as s:
        assert loan_records.outstanding(s, loan_records.get_loan(s, "PJ-2024-0001").id) == 8_000_000
