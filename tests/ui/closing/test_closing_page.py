"""The Tutup Buku & SHU page: the checklist, closing and reopening a year through the
page, the statements preview and the Laporan & SHU settings.

The 2025 book of tests/services/closing/test_yearend.py, worked out by hand: income
2.500.000 (4105) + 300.000 (4901), expenses 900.000 (5202) + 100.000 (5205), so
SHU 2025 = 1.800.000. No savings and no loans: the year needs no monthly routine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kopdesk.app import papers as documents
from kopdesk.domain import cashflow
from kopdesk.domain.papers.statements import INTERIM_NOTE, Statement
from kopdesk.domain.permissions import Actor, Role
from kopdesk.models import Account, JournalLine
from kopdesk.services.base import settings
from kopdesk.services.closing import rat_inputs, yearend
from kopdesk.services.ledger import books
from kopdesk.storage.backups import backup_folder
from kopdesk.storage.db import Book
from kopdesk.ui.closing.closing import ClosingPage
from kopdesk.ui.closing.rat import RapbPage, Steps
from kopdesk.ui.closing.settings import ClosingSettingsPanel
from kopdesk.ui.closing.statements import amount_text
from kopdesk.ui.closing.year import ChecklistModel, ReopenDialog, YearClosePanel
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import READ_ONLY_PROPERTY
from tests.helpers import Snapshot
from tests.ui.helpers import Post, Shown
from tests.ui.kit.test_dual_control import Approver

# The page is shown on its own (a top-level window): the offscreen platform says so
# when a shown window's size hints change, which is harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

D = dt.date
TODAY = D(2026, 2, 1)
SURPLUS = 1_800_000
ENTRIES = (
    ("2025-01-10", "1101", "3901", 10_000_000),
    ("2025-03-01", "1101", "4105", 2_500_000),
    ("2025-04-01", "5202", "1101", 900_000),
    ("2025-05-01", "5205", "1101", 100_000),
    ("2025-09-30", "1112", "4901", 300_000),
)


def _balance(book: Book, code: str, on: dt.date) -> int:
    with book.read() as s:
        return int(
            s.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0))
                .join(Account, Account.id == JournalLine.account_id)
                .where(Account.code == code, JournalLine.date <= on)
            ).scalar_one()
        )


@pytest.fixture
def books_2025(post: Post, book: Book, monkeypatch: pytest.MonkeyPatch) -> Book:
    for module in ("kit.widgets", "kit.dates", "closing.year"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)
    for day, debit, credit, amount in ENTRIES:
        post(day, [(debit, amount), (credit, -amount)], "Transaksi uji")
    return book


def make_page(qtbot: QtBot, ops: Ops, tab: str = "year") -> ClosingPage:
    page = ClosingPage(ops)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_tab(getattr(page, tab))
    return page


def test_the_checklist_passes_and_the_year_closes_through_the_page(
    books_2025: Book, ops: Ops, qtbot: QtBot, shown: Shown
) -> None:
    page = make_page(qtbot, ops)
    panel = page.year
    assert panel.year_combo.year() == 2025  # the oldest open year that has ended
    assert [panel.checklist_model.cell(r, 0) for r in range(panel.checklist_model.rowCount())] == [
        "✓"
    ] * panel.checklist_model.rowCount()
    assert "Rp1.800.000" in panel.surplus_label.text()
    assert panel.close_button.isEnabled()
    assert panel.reopen_button.isHidden()  # the Bendahara closes; reopening is the Ketua's

    result = panel.close_year()
    assert result is not None
    [question] = shown.questions
    for words in ("backup", "31-12-2025", "(3502)", "(3501)", "01-01-2026", "locked"):
        assert words in question
    assert shown.errors == []
    assert result.surplus == SURPLUS
    assert result.closing_entry is not None
    assert result.transfer_entry is not None
    assert result.closing_entry in panel.result_label.text()
    assert result.transfer_entry in panel.result_label.text()
    # the books: 2025 locked, 2026 open with the SHU waiting in 3501
    with books_2025.read() as s:
        assert yearend.is_closed(s, 2025)
        years = {y.year: y.is_open for y in books.list_fiscal_years(s)}
    assert years == {2025: False, 2026: True}
    assert _balance(books_2025, "3501", D(2026, 1, 1)) == -SURPLUS
    assert _balance(books_2025, "3502", D(2026, 1, 1)) == 0
    # a backup was made first
    assert ops.book.path is not None
    assert any("pra-tutup-buku" in p.name for p in backup_folder(ops.book.path).iterdir())
    # the page shows the closed year: ✗ on "still open", no close button, the history
    assert panel.year_combo.currentText() == "2025 (closed)"
    assert not panel.close_button.isEnabled()
    assert panel.history_model.rowCount() == 1
    assert panel.history_model.cell(0, 0) == "Closed"
    assert panel.history_model.cell(0, 3) == "1.800.000"
    # the statements of the closed year are final: no interim mark
    page.statements.refresh()
    page.statements.year_combo.setCurrentIndex(page.statements.year_combo.findData(2025))
    page.statements.load()
    assert page.statements.period is not None
    assert not page.statements.period.interim
    assert INTERIM_NOTE not in page.statements.title_label.text()
    assert "31 Desember 2025" in page.statements.title_label.text()


def test_close_is_disabled_while_the_checklist_fails(
    book: Book, post: Post, ops: Ops, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("kit.widgets", "kit.dates", "closing.year"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: D(2025, 12, 15))
    post("2025-03-01", [("1101", 2_500_000), ("4105", -2_500_000)])
    page = make_page(qtbot, ops)
    panel = page.year
    assert panel.year_combo.year() == 2025
    model = panel.checklist_model
    marks = {model.cell(r, 1): model.cell(r, 0) for r in range(model.rowCount())}
    assert marks["Tahun buku sudah berakhir"] == "✗"
    assert not panel.close_button.isEnabled()
    assert "1 of" in panel.banner.text()
    assert panel.close_year() is None


def test_refusing_the_confirmation_writes_nothing(
    books_2025: Book,
    ops: Ops,
    qtbot: QtBot,
    shown: Shown,
    snapshot: Callable[[], Snapshot],
) -> None:
    page = make_page(qtbot, ops)
    before = snapshot()
    shown.answer = False
    assert page.year.close_year() is None
    assert snapshot() == before
    assert ops.book.path is not None
    assert not backup_folder(ops.book.path).exists() or not any(
        "pra-tutup-buku" in p.name for p in backup_folder(ops.book.path).iterdir()
    )


def test_reopen_through_the_page_with_a_second_users_approval(
    books_2025: Book,
    ops: Ops,
    ops_as: Callable[[Role], Ops],
    qtbot: QtBot,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    closer = make_page(qtbot, ops)
    assert closer.year.close_year() is not None
    ketua = make_page(qtbot, ops_as(Role.KETUA))
    panel = ketua.year
    panel.year_combo.select(2025)
    assert panel.close_button.isHidden()  # the Ketua may reopen but not close
    assert panel.reopen_button.isEnabled()
    reason = "Koreksi beban listrik Desember yang terlewat"
    monkeypatch.setattr(ReopenDialog, "ask", classmethod(lambda _c, _year, _p=None: reason))
    approver = Approver(qtbot, "admin")
    monkeypatch.setattr(
        "kopdesk.ui.kit.approval.ApprovalDialog.ask",
        classmethod(lambda _c, ops, error, what, parent=None: approver.ask(ops, error, what)),
    )
    assert panel.reopen_year()
    assert shown.errors == []
    [dialog] = approver.dialogs
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Reopen fiscal year 2025" in labels
    with books_2025.read() as s:
        assert not yearend.is_closed(s, 2025)
        events = yearend.history(s, 2025)
    assert [(e.kind, e.actor, e.reason) for e in events] == [
        ("close", "bendahara", ""),
        ("reopen", "ketua", reason),
    ]
    # the closing entries are reversed: the SHU is back in the income and expense accounts
    assert _balance(books_2025, "3501", D(2026, 1, 1)) == 0
    assert _balance(books_2025, "4105", D(2025, 12, 31)) == -2_500_000
    assert panel.year_combo.currentText() == "2025 (open)"
    assert panel.history_model.rowCount() == 2
    assert panel.history_model.cell(1, 0) == "Reopened"
    assert panel.history_model.cell(1, 5) == reason
    assert "open again" in panel.result_label.text()
    # and the treasurer can close it again
    closer.show_tab(closer.year)
    closer.year.load()
    again = closer.year.close_year()
    assert again is not None
    assert again.surplus == SURPLUS


def test_reopen_without_approval_writes_nothing(
    books_2025: Book,
    ops: Ops,
    ops_as: Callable[[Role], Ops],
    qtbot: QtBot,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
    snapshot: Callable[[], Snapshot],
) -> None:
    assert make_page(qtbot, ops).year.close_year() is not None
    panel = make_page(qtbot, ops_as(Role.KETUA)).year
    panel.year_combo.select(2025)
    monkeypatch.setattr(
        ReopenDialog, "ask", classmethod(lambda _c, _y, _p=None: "Koreksi yang terlewat")
    )
    before = snapshot()
    assert not panel.reopen_year()  # the conftest's approval dialog declines
    assert len(shown.approvals) == 1
    assert snapshot() == before


def test_the_reopen_dialog_wants_a_reason(qtbot: QtBot) -> None:
    dialog = ReopenDialog(2025)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("  salah  ")
    assert not dialog.check()
    assert "10" in dialog.error_label.text()
    dialog.reason_edit.setPlainText("Koreksi beban\nlistrik Desember")
    assert dialog.check()
    assert dialog.reason() == "Koreksi beban listrik Desember"


def test_the_pengawas_sees_the_year_but_cannot_close_or_reopen(
    books_2025: Book, ops_as: Callable[[Role], Ops], qtbot: QtBot
) -> None:
    page = make_page(qtbot, ops_as(Role.PENGAWAS))
    panel: YearClosePanel = page.year
    assert panel.checklist_model.rowCount() > 0
    assert panel.close_button.isHidden()
    assert panel.reopen_button.isHidden()
    assert panel.close_year() is None
    notes = [label.text() for label in page.findChildren(QLabel)]
    assert any("Bendahara closes the year" in text for text in notes)


def test_the_statements_preview(
    books_2025: Book, ops: Ops, qtbot: QtBot, shown: Shown, tmp_path: Path
) -> None:
    page = make_page(qtbot, ops, "statements")
    panel = page.statements
    assert panel.year_combo.year() == 2025
    panel.statement_combo.setCurrentIndex(panel.statement_combo.findData("hasil-usaha"))
    model = panel.statement_model
    rows = [tuple(model.cell(r, c) for c in range(4)) for r in range(model.rowCount())]
    assert isinstance(panel.shown, Statement)
    assert model.headerData(2, Qt.Orientation.Horizontal) == panel.shown.columns[0]
    # 2025 is not closed: the preview says the figures are interim (issue 17)
    assert panel.period is not None
    assert panel.period.interim
    assert INTERIM_NOTE in panel.title_label.text()
    names = [r[0].strip("\u2003") for r in rows]
    amounts = {name: row[2] for name, row in zip(names, rows, strict=True)}
    assert any(amount == "1.800.000" for amount in amounts.values())  # the SHU line
    assert any(amount == "2.500.000" for amount in amounts.values())
    # the quarter: January–March holds the 2.500.000 income only
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("quarter"))
    assert panel.number_combo.currentText() == "I"
    assert panel.period is not None
    assert (panel.period.start, panel.period.end) == (D(2025, 1, 1), D(2025, 3, 31))
    panel.statement_combo.setCurrentIndex(panel.statement_combo.findData("catatan"))
    assert panel.stack.currentWidget() is panel.notes_view
    assert panel.notes_view.toPlainText()
    # the papers: the statement shown, all five in one PDF, the workbook
    for press, name in (
        (panel.print_pdf, "catatan.pdf"),
        (panel.print_all, "semua.pdf"),
        (panel.save_xlsx, "laporan.xlsx"),
    ):
        shown.save_to = tmp_path / name
        press()
        assert shown.save_to.read_bytes()[:4] == (
            b"PK\x03\x04" if name.endswith("xlsx") else b"%PDF"
        )
    assert shown.errors == []


def test_statement_amounts_read_like_printed_statements() -> None:
    assert amount_text(1_250_000) == "1.250.000"
    assert amount_text(-1_250_000) == "(1.250.000)"
    assert amount_text(0) == "–"


def test_checklist_marks(qtmodeltester: object) -> None:
    model = ChecklistModel()
    model.set_checklist(
        yearend.Checklist(
            2025,
            [
                yearend.ChecklistItem("a", "Neraca saldo nol", True, "Seimbang."),
                yearend.ChecklistItem("b", "Tahun buku sudah berakhir", False, "Belum."),
                yearend.ChecklistItem(
                    "status", "Tahun buku sudah ditutup", False, "Ditutup.", fact=True
                ),
            ],
        )
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.cell(r, 0) for r in range(3)] == ["✓", "✗", "•"]  # a closed year: no ✗


def test_settings_save_the_cash_flow_map_and_the_shu_defaults(
    ops_as: Callable[[Role], Ops], qtbot: QtBot, shown: Shown, book: Book
) -> None:
    panel = ClosingSettingsPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    panel.spins["cadangan"].setValue(35)
    assert panel.total_label.text() == "95%"
    assert not panel.save()  # not 100 %: refused, shown beside the SHU fields
    assert "100%" in panel.shu_error.text()
    panel.spins["jasa_usaha"].setValue(25)
    panel.usaha_combo.setCurrentIndex(panel.usaha_combo.findData("volume"))
    panel.map_form.add_button.click()  # a row for 4999 Pendapatan lain-lain
    account, line, _remove = panel.map_form.rows[-1]
    account.setCurrentIndex(account.findData("4999"))
    line.setCurrentIndex(line.findData("operasi_lain"))
    assert panel.save()
    with book.read() as s:
        assert "cadangan=35" in settings.get_text(s, settings.SHU_ALLOCATION)
        assert settings.get_text(s, settings.SHU_USAHA_BASIS) == "volume"
        assert "4999=operasi_lain" in settings.get_text(s, settings.CASH_FLOW_MAP)
    # Issue 14 item 5: SHU from non-members goes to reserves unless unticked.
    assert panel.non_member_check.isChecked()
    panel.non_member_check.setChecked(False)
    assert panel.save()
    with book.read() as s:
        assert settings.get_text(s, settings.SHU_NON_MEMBER_RESERVE) == "tidak"
    account, _line, _remove = panel.map_form.rows[-1]
    account.setCurrentIndex(account.findData("4"))  # 4 a second time
    assert not panel.save()
    assert "4 is chosen on more than one row" in panel.map_error.text()


def test_the_cash_flow_form_saves_the_same_mapping_it_shows(
    ops_as: Callable[[Role], Ops], qtbot: QtBot, book: Book
) -> None:
    """Round trip: the default mapping shown as rows is saved back unchanged, and a row's
    line chosen from the list is stored as its ``prefix=line`` pair."""
    panel = ClosingSettingsPanel(ops_as(Role.ADMIN))
    qtbot.addWidget(panel)
    shown_pairs = dict(panel.map_form.pairs())
    assert shown_pairs == cashflow.parse_map(cashflow.DEFAULT_MAP)
    labels = {account.currentText() for account, _l, _r in panel.map_form.rows}
    assert "13 — Pinjaman yang diberikan" in labels
    assert "4 — PENDAPATAN" in labels
    assert panel.save()
    with book.read() as s:
        stored = settings.get_text(s, settings.CASH_FLOW_MAP)
    assert cashflow.parse_map(stored) == cashflow.parse_map(cashflow.DEFAULT_MAP)
    row = next(r for r in panel.map_form.rows if r[0].currentData() == "13")
    row[1].setCurrentIndex(row[1].findData("operasi_lain"))
    panel.map_form.remove_row(next(r for r in panel.map_form.rows if r[0].currentData() == "39"))
    assert panel.save()
    with book.read() as s:
        saved = cashflow.parse_map(settings.get_text(s, settings.CASH_FLOW_MAP))
    expected = cashflow.parse_map(cashflow.DEFAULT_MAP) | {"13": "operasi_lain"}
    del expected["39"]
    assert saved == expected
    panel.refresh()
    assert dict(panel.map_form.pairs()) == expected


def test_settings_are_read_only_for_the_bendahara(ops: Ops, qtbot: QtBot) -> None:
    panel = ClosingSettingsPanel(ops)
    qtbot.addWidget(panel)
    assert not panel.save_button.isEnabled()
    account, line, remove = panel.map_form.rows[0]
    assert not account.isEnabled()
    assert not line.isEnabled()
    assert remove.isHidden()
    assert panel.map_form.add_button.isHidden()
    spin = panel.spins["cadangan"]
    assert spin.isReadOnly()
    assert spin.property(READ_ONLY_PROPERTY)
    field = spin.findChild(QLineEdit)
    assert field is not None
    assert "background" in field.styleSheet()  # the one read-only look (kit/read_only.py)
    assert not panel.save()


def test_rat_texts_rapb_and_the_book_made_in_a_worker(
    books_2025: Book,
    ops: Ops,
    qtbot: QtBot,
    shown: Shown,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = make_page(qtbot, ops, "rat").rat
    panel.year_combo.select(2025)
    report = panel.pages["laporan_pengurus"]
    report.edit.insertPlainText("Tahun 2025 berjalan baik.\n\n- Simpan pinjam\n- Pendidikan")
    assert report.save_button.isEnabled()
    assert panel.save_text("laporan_pengurus")
    assert not report.save_button.isEnabled()
    # the RAPB: realisation from the books (income 2.500.000 + 300.000, expenses
    # 900.000 + 100.000), one budget typed
    panel.fill_rapb()
    rows = panel.rapb.rows()
    assert sorted((r.kelompok, r.realisasi) for r in rows) == [
        ("beban", 100_000), ("beban", 900_000), ("pendapatan", 300_000),
        ("pendapatan", 2_500_000),
    ]  # fmt: skip
    assert "Rp2.800.000" in panel.rapb.totals_label.text()
    assert "Rp1.800.000" in panel.rapb.totals_label.text()
    panel.rapb.table.item(0, RapbPage.BUDGET).setText("3.000.000")  # type: ignore[union-attr]
    panel.rapb.table.item(1, RapbPage.BUDGET).setText("tiga juta")  # type: ignore[union-attr]
    assert not panel.save_rapb()
    assert panel.rapb.error_label.text().startswith("Row 2:")
    with books_2025.read() as s:
        assert rat_inputs.get_rapb(s, 2025) == []
    panel.rapb.table.item(1, RapbPage.BUDGET).setText("0")  # type: ignore[union-attr]
    assert panel.save_rapb()
    with books_2025.read() as s:
        assert rat_inputs.get_text(s, 2025, "laporan_pengurus").startswith("Tahun 2025")
        stored = rat_inputs.get_rapb(s, 2025)
    assert [r.anggaran for r in stored][:2] == [3_000_000, 0]
    assert [r.uraian for r in stored] == [r.uraian for r in rows]

    # the book: made in a worker thread, progress reported to the end, previewed and saved
    steps: list[tuple[int, int, str]] = []
    made = documents.rat_book_pdf

    def spy(book: Book, year: int, *, actor: Actor, progress: Steps) -> bytes:
        def both(done: int, total: int, text: str) -> None:
            steps.append((done, total, text))
            progress(done, total, text)

        return made(book, year, actor=actor, progress=both)

    monkeypatch.setattr(documents, "rat_book_pdf", spy)
    shown.save_to = tmp_path / "buku-rat-2025.pdf"
    data = panel.make_book()
    assert data is not None
    assert data.startswith(b"%PDF")
    assert shown.save_to.read_bytes() == data
    assert shown.opened == [shown.save_to]
    assert steps
    assert steps[-1][0] == steps[-1][1]


def test_the_pengawas_reads_the_rat_texts_only(
    books_2025: Book, ops_as: Callable[[Role], Ops], qtbot: QtBot
) -> None:
    panel = make_page(qtbot, ops_as(Role.PENGAWAS), "rat").rat
    report = panel.pages["laporan_pengurus"]
    assert report.edit.isReadOnly()
    assert report.save_button.isHidden()
    assert panel.rapb.save_button.isHidden()
    assert not panel.save_text("laporan_pengurus")
