"""Pengawasan: the audit trail with its filters, checking the books after a tamper,
and checking a printed document byte for byte."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.app.papers import trial_balance_pdf
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base.audit import list_audit
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.services.supervision.integrity import Problem
from kopdesk.ui.kit import printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.verify_document_dialog import BAD_STYLE, GOOD_STYLE, VerifyDocumentDialog
from kopdesk.ui.trust.audit_model import AuditModel, describe_changes
from kopdesk.ui.trust.integrity_model import ProblemsModel
from kopdesk.ui.trust.supervision import SupervisionPage
from tests.ui.helpers import Post
from tests.ui.member_data import nik

OpsAs = Callable[[Role], Ops]


@pytest.fixture
def page(qtbot: QtBot, ops_as: OpsAs, post: Post) -> SupervisionPage:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)], "Simpanan pokok Ani")
    post("2025-02-10", [("1101", 50_000), ("3202", -50_000)], "Simpanan wajib Budi")
    widget = SupervisionPage(ops_as(Role.PENGAWAS))
    qtbot.addWidget(widget)
    return widget


def _column(model: AuditModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_audit_trail_shows_records_and_filters_by_user(page: SupervisionPage) -> None:
    panel = page.audit_panel
    assert panel is not None
    model = panel.model
    actions = _column(model, AuditModel.ACTION)
    assert actions[:2] == ["Jurnal dicatat", "Jurnal dicatat"]
    assert "Buku dibuat" in actions
    assert _column(model, AuditModel.REF)[:2] == ["JU-2025-000002", "JU-2025-000001"]
    changes = model.index(0, AuditModel.CHANGES).data()
    assert "tanggal: 10-02-2025" in changes
    assert "jumlah: 50.000" in changes
    assert "1101 50.000; 3202 -50.000" in changes
    panel.set_user("bendahara")
    assert set(_column(model, AuditModel.USER)) == {"bendahara"}
    assert model.rowCount() == 2
    assert panel.count_label.text() == "2 records, newest first."
    panel.set_user("")
    panel.action_combo.setCurrentIndex(panel.action_combo.findText("Pengguna"))
    panel.refresh()
    assert set(_column(model, AuditModel.ACTION)) == {"Pengguna ditambahkan"}
    panel.dates_check.setChecked(True)
    panel.from_edit.set_value(dt.date(2000, 1, 1))
    panel.to_edit.set_value(dt.date(2000, 1, 31))
    assert model.rowCount() == 0


def test_changes_read_before_and_after() -> None:
    text = describe_changes({"nama": "Kas", "aktif": True}, {"nama": "Kas besar", "aktif": True})
    assert text == "nama: Kas → Kas besar"
    assert describe_changes({}, {"role": "kasir"}) == "role: kasir"
    assert describe_changes({"aktif": True}, {"aktif": False}) == "aktif: yes → no"


def test_audit_model_pages_and_passes_the_model_tester(
    qtmodeltester: Any, ops: Ops, admin: Actor, post: Post
) -> None:
    for day in range(1, 29):
        post(f"2025-03-{day:02d}", [("1101", 1_000), ("3202", -1_000)])
    model = AuditModel()
    with ops.book.read() as session:
        entries = list_audit(session, admin)
    model.set_entries(entries * 8)  # more than one page
    assert model.rowCount() == 200
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == min(400, model.total)
    qtmodeltester.check(model)


def test_problems_model(qtmodeltester: Any) -> None:
    model = ProblemsModel()
    model.set_problems(
        (
            Problem("jurnal", "JU-2025-000001", "Jurnal JU-2025-000001 telah diubah."),
            Problem("basis data", "trg_x", "Pengaman basis data trg_x dihapus."),
        )
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_clean_books_are_green(page: SupervisionPage) -> None:
    panel = page.verify_panel
    result = panel.verify()
    assert result is not None
    assert result.ok
    assert panel.summary.text().startswith("Buku utuh: 2 jurnal")
    assert GOOD_STYLE in panel.summary.styleSheet()
    assert panel.view.isHidden()


def test_tampered_amount_is_named_first(page: SupervisionPage) -> None:
    book = page.ops.book
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER trg_journal_line_no_update")
        conn.exec_driver_sql(
            "UPDATE journal_line SET amount = amount * 10 WHERE entry_id = "
            "(SELECT id FROM journal_entry WHERE number = 'JU-2025-000001')"
        )
    panel = page.verify_panel
    result = panel.verify()
    assert result is not None
    assert not result.ok
    assert BAD_STYLE in panel.summary.styleSheet()
    assert "JU-2025-000001 telah diubah di luar kopdesk" in panel.summary.text()
    assert not panel.view.isHidden()
    model = panel.model
    assert model.index(0, ProblemsModel.REF).data() == "JU-2025-000001"
    assert panel.view.currentIndex().row() == 0
    messages = [model.problem(row).message for row in range(model.rowCount())]
    assert any("trg_journal_line_no_update dihapus" in m for m in messages)


def test_kasir_sees_only_the_checks(qtbot: QtBot, ops_as: OpsAs) -> None:
    page = SupervisionPage(ops_as(Role.KASIR))
    qtbot.addWidget(page)
    assert page.audit_panel is None
    assert [page.tabs.widget(i) for i in range(page.tabs.count())] == [
        page.verify_panel,
        page.integrity_panel,
    ]
    assert page.verify_panel.verify_button.isEnabled()
    assert page.integrity_panel.check_button.isEnabled()


def _paper(ops: Ops, tmp_path: Path, bendahara: Actor) -> Path:
    path = tmp_path / "neraca.pdf"
    path.write_bytes(trial_balance_pdf(ops.book, dt.date(2025, 6, 30), actor=bendahara))
    return path


def test_genuine_document_is_green(
    qtbot: QtBot, ops: Ops, bendahara: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _paper(ops, tmp_path, bendahara)
    monkeypatch.setattr(printing, "ask_open_path", lambda _p, _t, _f: path)
    dialog = VerifyDocumentDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.verdict.isHidden()
    dialog.choose_file()
    assert dialog.check is not None
    assert dialog.check.genuine
    assert dialog.verdict.text() == "Genuine and unchanged"
    assert GOOD_STYLE in dialog.verdict.styleSheet()
    assert dialog.number_value.text().startswith("DOK-")
    assert dialog.title_value.text() == "Neraca Saldo per 30 Juni 2025"
    assert not dialog.details_box.isHidden()


def test_one_changed_byte_is_red(qtbot: QtBot, ops: Ops, bendahara: Actor, tmp_path: Path) -> None:
    path = _paper(ops, tmp_path, bendahara)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered = tmp_path / "neraca-diubah.pdf"
    altered.write_bytes(bytes(data))
    dialog = VerifyDocumentDialog(ops)
    qtbot.addWidget(dialog)
    check = dialog.check_file(altered)
    assert check is not None
    assert not check.genuine
    assert dialog.verdict.text() == "ALTERED: do not trust this paper"
    assert BAD_STYLE in dialog.verdict.styleSheet()
    assert "telah diubah setelah dicetak" in dialog.message.text()
    assert check.document is not None
    assert dialog.number_value.text() == check.document.number


def test_foreign_file_is_not_a_paper_of_this_book(qtbot: QtBot, ops: Ops, tmp_path: Path) -> None:
    other = tmp_path / "surat.pdf"
    other.write_bytes(b"%PDF-1.4 bukan dari kopdesk")
    dialog = VerifyDocumentDialog(ops)
    qtbot.addWidget(dialog)
    dialog.check_file(other)
    assert dialog.verdict.text() == "Not a paper from this book"
    assert dialog.details_box.isHidden()


def test_audit_trail_filters_savings_loans_and_members_in_words(
    qtbot: QtBot, ops_as: OpsAs, bendahara: Actor
) -> None:
    data = MemberInput(
        full_name="Ani Lestari", nik=nik(3, female=True, born=dt.date(1991, 2, 3)),
        birth_date=None, join_date=dt.date(2025, 1, 2),
    )  # fmt: skip
    book = ops_as(Role.PENGAWAS).book
    with book.unit_of_work() as s:
        ani = register_member(s, bendahara, data).number
        deposit(s, bendahara, member=ani, product="pokok", amount=100_000, on=dt.date(2025, 1, 2))
    page = SupervisionPage(ops_as(Role.PENGAWAS))
    qtbot.addWidget(page)
    panel = page.audit_panel
    assert panel is not None
    choices = [panel.action_combo.itemText(i) for i in range(panel.action_combo.count())]
    assert {"Simpanan", "Pinjaman", "Anggota", "Jurnal", "Pengguna"} <= set(choices)
    actions = _column(panel.model, AuditModel.ACTION)
    assert actions[:2] == ["Setoran simpanan", "Anggota didaftarkan"]
    assert not any("." in a for a in actions)  # no raw code such as savings.setor
    for category, shown in (("Simpanan", "Setoran simpanan"), ("Anggota", "Anggota didaftarkan")):
        panel.action_combo.setCurrentIndex(panel.action_combo.findText(category))
        panel.refresh()
        assert set(_column(panel.model, AuditModel.ACTION)) == {shown}
    panel.action_combo.setCurrentIndex(panel.action_combo.findText("Pinjaman"))
    panel.refresh()
    assert panel.model.rowCount() == 0
