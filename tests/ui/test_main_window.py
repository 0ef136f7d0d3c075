"""Main window: title, Beranda's figures, navigation from Beranda, ledger, reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.storage.db import Book
from kopdesk.ui.ledger.entry_dialog import JournalEntryDialog
from kopdesk.ui.main_window import MainWindow
from tests.ui.helpers import Post, Shown


@pytest.fixture
def window(
    qtbot: QtBot, book: Book, bendahara: Actor, post: Post, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    for module in ("kit.widgets", "kit.dates", "home"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: dt.date(2025, 6, 30))
    post("2025-01-05", [("1101", 1_000_000), ("3201", -1_000_000)], "Setoran")
    post("2025-01-06", [("1112", 400_000), ("1101", -400_000)], "Setor ke bank")
    post("2025-01-07", [("1320", 300_000), ("1101", -300_000)], "Pinjaman Ani")
    post("2025-07-01", [("1101", 50_000), ("3202", -50_000)], "Setoran Juli")
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    return main


def test_title_and_home(window: MainWindow) -> None:
    assert window.windowTitle() == f"{'KSP Sejahtera Bersama'} — kopdesk"
    home = window.home
    assert home.title.text() == "KSP Sejahtera Bersama"
    assert home.year_value.text() == "2025"
    assert home.cash_value.text() == "Rp700.000"  # as of 30 June: kas 300.000 + bank 400.000
    assert home.entries_value.text() == "4"
    assert window.nav.count() == 9


def test_home_new_entry_opens_the_journal(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(
        JournalEntryDialog, "ask", classmethod(lambda _c, ops, _p=None: asked.append(ops))
    )
    window.go("new_entry")
    assert window.stack.currentWidget() is window.cash_journal
    assert window.cash_journal.tabs.currentWidget() is window.cash_journal.journal
    assert asked == [window.ops]
    window.go("reports")
    assert window.stack.currentWidget() is window.reports


def test_ledger_of_an_account(window: MainWindow) -> None:
    ledger = window.cash_journal.ledger
    ledger.select_account("1101")
    ledger.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    ledger.refresh()
    model = ledger.model
    balances = [model.cell(row, 5) for row in range(model.rowCount())]
    assert balances == ["0", "1.000.000", "600.000", "300.000", "350.000", "350.000"]
    assert model.cell(model.rowCount() - 1, 3) == "1.050.000"


def test_reports_page_prints_each_paper(window: MainWindow, shown: Shown, tmp_path: Path) -> None:
    reports = window.reports
    for name, action in (
        ("neraca.pdf", reports.print_trial_balance),
        ("jurnal.pdf", reports.print_journal),
        ("buku-besar.pdf", reports.print_ledger),
    ):
        shown.save_to = tmp_path / name
        action()
        assert shown.save_to.read_bytes().startswith(b"%PDF"), name
    assert shown.errors == []
    assert len(shown.opened) == 3


def test_reports_page_prints_the_savings_papers(
    window: MainWindow, shown: Shown, tmp_path: Path, book: Book, bendahara: Actor
) -> None:
    from kopdesk.services.members import register as members
    from kopdesk.services.savings import counter

    with book.unit_of_work() as s:
        number = members.register_member(
            s,
            bendahara,
            members.MemberInput("Siti Aminah", "3273015504900002", None, dt.date(2025, 1, 2)),
        ).number
        counter.deposit(
            s, bendahara, member=number, product="sukarela", amount=75_000,
            on=dt.date(2025, 6, 30),
        )  # fmt: skip
    reports = window.reports
    reports.statement_finder.edit.setText(number.lower())
    for name, action in (
        ("mutasi.pdf", reports.print_statement),
        ("kas.pdf", reports.print_daily_cash),
        ("rekap.pdf", reports.print_recap),
    ):
        shown.save_to = tmp_path / name
        action()
        assert shown.save_to.read_bytes().startswith(b"%PDF"), name
    assert shown.errors == []
    reports.statement_finder.clear()
    shown.save_to = tmp_path / "kosong.pdf"
    reports.print_statement()  # no member number: nothing asked, nothing written
    assert not shown.save_to.exists()
