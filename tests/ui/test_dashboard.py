"""Beranda as a dashboard on a demo book built for the pinned day: the tiles show what
the reports' services compute, a tile or a to-do line opens its page, and the month-end
checklist shows each routine's status."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.demo import build_demo
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.services.closing import shu_bases, statements
from kopdesk.services.ledger import accounts
from kopdesk.services.loans import quality
from kopdesk.services.overview import month_end
from kopdesk.services.savings import papers
from kopdesk.storage.db import new_book, open_book
from kopdesk.ui.closing.closing import TABS
from kopdesk.ui.dashboard import compact, percent
from kopdesk.ui.main_window import MainWindow
from tests.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=TODAY, members=40))
    return path


@pytest.fixture
def window(demo_file: Path, tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    path = tmp_path / "buku.sqlite"
    shutil.copyfile(demo_file, path)
    book = open_book(path)
    with book.read() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
    main = MainWindow(book, actor)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitUntil(lambda: not main.home.reading)
    yield main
    main.close()
    book.close()


def test_beranda_shows_placeholders_until_the_worker_has_read(
    demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "buku.sqlite"
    shutil.copyfile(demo_file, path)
    book = open_book(path)
    with book.read() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
    main = MainWindow(book, actor)
    qtbot.addWidget(main)
    home = main.home
    states = [home.reading]  # nothing is read before Beranda shows
    assert home.dashboard.members.value.text() == "…"
    main.show()
    states.append(home.reading)
    assert states == [False, True]
    qtbot.waitUntil(lambda: not home.reading)
    assert home.dashboard.members.value.text() != "…"
    main.close()
    book.close()


def test_tiles_show_the_figures_of_the_reports_services(window: MainWindow) -> None:
    board = window.home.dashboard
    with window.ops.book.read() as s:
        active = len(shu_bases.members_on(s, TODAY))
        savings = sum(r.gl for r in papers.savings_recap(s, TODAY).rows)
        loans = quality.collectibility(s, TODAY)
        cash = accounts.balance(s, "1100", TODAY)
        shu = statements.income_statement(s, statements.period_of(s, TODAY.year)).amount("shu")
    assert board.members.value.text() == str(active)
    assert board.savings.value.text() == format_rupiah(savings)
    assert board.loans.value.text() == format_rupiah(loans.outstanding_total)
    assert board.npl.value.text() == percent(loans.npl_percent)
    assert board.cash.value.text() == format_rupiah(cash)
    assert board.shu.value.text() == format_rupiah(shu)
    for tile in board.tiles:
        assert len(tile.chart.values) == 12
        assert tile.chart.chart().series()
    assert board.members.chart.values[-1] == active
    assert board.cash.chart.values[-1] == cash


def test_a_tile_opens_its_page(window: MainWindow, qtbot: QtBot) -> None:
    board = window.home.dashboard
    qtbot.mouseClick(board.members, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.members
    window.show_page(window.home)
    qtbot.mouseClick(board.npl, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.loans
    assert window.loans.sections.currentWidget() is window.loans.quality
    window.show_page(window.home)
    board.cash.setFocus()
    qtbot.keyClick(board.cash, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.cash_journal
    window.show_page(window.home)
    board.shu.click()
    assert window.stack.currentWidget() is window.closing
    assert window.closing.tabs.currentIndex() == TABS.index("statements")


def test_every_to_do_line_opens_its_page(window: MainWindow) -> None:
    todo = window.home.dashboard.todo
    targets = [todo.item(row).data(todo.TARGET) for row in range(todo.count())]
    assert "backups" in targets  # the copied book has no backup beside it
    assert "month_end" not in targets  # the demo ran November's routines
    wajib = targets.index("savings_wajib")
    todo.itemClicked.emit(todo.item(wajib))
    assert window.savings.routine.tabs.currentWidget() is window.savings.routine.wajib
    for row in range(todo.count()):
        window.show_page(window.home)
        item = todo.item(row)
        todo.itemClicked.emit(item)
        assert window.stack.currentWidget() is not window.home or (
            item.data(todo.TARGET) == "month_end"
            and window.home.tabs.currentWidget() is window.home.month_end
        )


def test_the_checklist_shows_each_routine_s_status(window: MainWindow) -> None:
    window.go("month_end")
    page = window.home.month_end
    assert window.stack.currentWidget() is window.home
    assert window.home.tabs.currentWidget() is page
    # November has ended by the pinned day and the demo has run its routines
    page.choose(month_end.latest_ended_month(TODAY))
    assert {r.status for r in page.statuses} == {month_end.Status.DONE}
    assert all(label.text().startswith("Done") for label in page.status_labels.values())
    page.choose(f"{TODAY.year}-12")
    assert {r.status for r in page.statuses} == {month_end.Status.NOT_YET}
    assert page.status_labels[month_end.Routine.PPAP].text().startswith("Not yet")
    page.buttons[month_end.Routine.SAVINGS_INTEREST].click()
    assert window.stack.currentWidget() is window.savings
    assert window.savings.sections.currentWidget() is window.savings.routine
    assert window.savings.routine.tabs.currentWidget() is window.savings.routine.month_end
    window.show_page(window.home)
    page.buttons[month_end.Routine.DEPRECIATION].click()
    assert window.closing.tabs.currentIndex() == TABS.index("assets")


def test_chart_scales_use_indonesian_short_units() -> None:
    assert [compact(v) for v in (70e9, 63.78e9, 1.38e9, 2e9, 767e6, 6.71e6, 950)] == [
        "70 M",
        "64 M",
        "1,38 M",
        "2 M",
        "767 jt",
        "6,71 jt",
        "950",
    ]
    assert percent(Decimal("6.81")) == "6,81%"
