"""The counter asks before money moves and before typed input is thrown away, and
its date field takes what is typed or refuses it (issue 17, defects 1 and 4).

The savings page's fixtures are reused: Siti (A-0001) and Budi (A-0002), the
counter working on 30 June 2025 with the Kasir signed in.
"""

# ruff: noqa: F811  (the savings page's fixtures are imported, then named as parameters)
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.services.savings.routine import run_month_end
from kopdesk.services.savings.transactions import transactions
from kopdesk.storage.db import Book
from kopdesk.ui.kit import guards
from kopdesk.ui.savings.counter import SavingsPage
from tests.helpers import Snapshot
from tests.ui.helpers import Shown
from tests.ui.kit.test_dates import typed
from tests.ui.savings.test_savings_page import (  # noqa: F401 (fixtures)
    TODAY,
    accounts,
    chosen,
    find,
    fixed_today,
    members,
    page,
    page_as,
    type_amount,
)

D = dt.date
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_issue_date_is_taken_exactly_and_asked_about(
    qtbot: QtBot, page: SavingsPage, book: Book, shown: Shown, bendahara: Actor
) -> None:
    """Simpanan → Loket, Ctrl+A over Tanggal, type a date in a processed month, Enter."""
    with book.unit_of_work() as s:
        run_month_end(s, bendahara, "2025-05", today=TODAY)
    find(qtbot, page, "siti")
    page.form.amount_edit.setText("25.000")
    typed(qtbot, page.form.date_edit, "15-05-2025")
    assert page.form.date_edit.text() == "15-05-2025"

    [(slip, reasons)] = shown.slips
    assert isinstance(slip, guards.Slip)
    assert slip.on == D(2025, 5, 15)
    assert slip.amount == 25_000
    assert slip.member == "A-0001 · Siti Aminah"
    assert any("jasa dan PPh 4(2) simpanan sudah dijalankan untuk Mei 2025" in r for r in reasons)
    assert any("46 hari sebelum hari ini (30-06-2025)" in r for r in reasons)
    with book.read() as s:
        posted = [t for t in transactions(s) if t.date == D(2025, 5, 15)]
    assert [(t.member_number, t.amount) for t in posted] == [("A-0001", 25_000)]


def test_declining_the_slip_posts_nothing(
    qtbot: QtBot, page: SavingsPage, shown: Shown, snapshot: Callable[[], Snapshot]
) -> None:
    shown.post_money = False
    find(qtbot, page, "siti")
    before = snapshot()
    type_amount(qtbot, page, "1.250.000")
    assert len(shown.slips) == 1
    assert shown.slips[0][1] == []  # today: nothing unusual about the date
    assert snapshot() == before
    assert page.form.amount_edit.text() == "1.250.000"  # kept, to correct or post again


def test_a_withdrawal_slip_says_paid_out(
    qtbot: QtBot, page: SavingsPage, shown: Shown, book: Book
) -> None:
    find(qtbot, page, "siti")
    qtbot.keyClick(page, Qt.Key.Key_F3)
    type_amount(qtbot, page, "100.000")
    [(slip, _reasons)] = shown.slips
    assert isinstance(slip, guards.Slip)
    assert slip.paid_out
    assert slip.what == "Withdrawal from Simpanan Sukarela"
    assert accounts(book)["SS-A-0001"].balance == 900_000


def test_a_refused_date_posts_nothing_and_asks_nothing(
    qtbot: QtBot, page: SavingsPage, shown: Shown, snapshot: Callable[[], Snapshot]
) -> None:
    find(qtbot, page, "siti")
    before = snapshot()
    page.form.amount_edit.setText("25.000")
    typed(qtbot, page.form.date_edit, "31-02-2026")
    page.form.post()
    assert shown.slips == []
    assert snapshot() == before
    assert page.form.date_edit.message.text() == "31-02-2026 is not on the calendar."
    assert page.form.date_edit.message.isVisible()


def test_switching_member_with_a_typed_amount_asks(
    qtbot: QtBot, page: SavingsPage, shown: Shown
) -> None:
    find(qtbot, page, "siti")
    page.form.amount_edit.selectAll()
    qtbot.keyClicks(page.form.amount_edit, "75.000")
    shown.discard = False
    page.choose_member("A-0002")
    assert shown.discards == 1
    assert chosen(page) == "A-0001"
    assert page.form.amount_edit.text() == "75.000"
    page.clear()  # Esc: the next member
    assert shown.discards == 2
    assert chosen(page) == "A-0001"
    shown.discard = True
    page.choose_member("A-0002")
    assert chosen(page) == "A-0002"


def test_the_suggested_amount_is_not_typed_input(
    qtbot: QtBot, page: SavingsPage, shown: Shown
) -> None:
    find(qtbot, page, "siti")
    assert page.form.amount_edit.text() == "50.000"  # suggested, not typed
    page.choose_member("A-0002")
    assert shown.discards == 0
    assert chosen(page) == "A-0002"
