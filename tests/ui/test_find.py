"""Cari apa saja (Ctrl+K) and the page keys (Ctrl+1…9): found with the keyboard,
opened with Enter, and shown in the menus."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.finder.find import HitKind
from kopdesk.storage.db import Book
from kopdesk.ui.find import QuickFind
from kopdesk.ui.main_window import PAGES, MainWindow
from tests.finder_scenario import Scenario, make_scenario
from tests.ui.helpers import Shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
"""The offscreen platform cannot raise windows or pass size hints on."""


@pytest.fixture
def scenario(book: Book, actors: dict[Role, Actor]) -> Scenario:
    return make_scenario(book, actors)


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor, scenario: Scenario) -> MainWindow:
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def open_finder(window: MainWindow) -> QuickFind:
    finder = window.navigation.find()
    assert finder is not None
    return finder


def test_ctrl_k_finds_a_member_by_part_of_a_name_and_enter_opens_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    finder = window.navigation.finder
    assert finder is not None
    assert finder.isVisible()
    assert finder.focusWidget() is finder.edit
    qtbot.keyClicks(finder.edit, "udi san")
    finder.search_now()
    assert [(h.kind, h.number) for h in finder.hits()] == [(HitKind.MEMBER, "A-0002")]
    assert (
        finder.results.item(0).text() == "Member:  A-0002  —  Budi Santoso  ·  NIK 3273010202810002"
    )
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    assert not finder.isVisible()
    assert window.stack.currentWidget() is window.members
    assert window.members.detail.member is not None
    assert window.members.selected_numbers() == ["A-0002"]


def test_arrows_choose_among_the_hits(qtbot: QtBot, window: MainWindow, scenario: Scenario) -> None:
    finder = open_finder(window)
    finder.edit.setText("amin")
    qtbot.keyClick(finder.edit, Qt.Key.Key_Down)  # the first arrow lists the hits of fresh typing
    assert [h.number for h in finder.hits()] == ["A-0001", "A-0003", scenario.loan]
    assert finder.results.currentRow() == 0
    for _ in range(3):  # the last step stays on the last hit
        qtbot.keyClick(finder.edit, Qt.Key.Key_Down)
    assert finder.results.currentRow() == 2
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.loans
    assert window.loans.selected_number() == scenario.loan


def test_an_entry_number_is_found_and_opened_in_the_journal(
    qtbot: QtBot, window: MainWindow, scenario: Scenario
) -> None:
    number = scenario.entries[2]
    finder = open_finder(window)
    finder.edit.setText(number)
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    journal = window.cash_journal.journal
    assert window.stack.currentWidget() is window.cash_journal
    assert window.cash_journal.tabs.currentWidget() is journal
    summary = journal.selected_summary()
    assert summary is not None
    assert summary.number == number


def test_a_savings_receipt_opens_its_member_at_the_counter(
    qtbot: QtBot, window: MainWindow, scenario: Scenario
) -> None:
    finder = open_finder(window)
    finder.edit.setText(scenario.receipts[1].lower())
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    savings = window.savings
    assert window.stack.currentWidget() is savings
    assert savings.current is not None
    assert savings.current.member.number == "A-0002"


def test_a_document_number_says_what_the_paper_is(
    qtbot: QtBot, window: MainWindow, scenario: Scenario, shown: Shown
) -> None:
    finder = open_finder(window)
    finder.edit.setText(scenario.document)
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    assert len(shown.infos) == 1
    assert shown.infos[0].startswith("Neraca saldo per 31-01-2025")


def test_nothing_found_says_so(qtbot: QtBot, window: MainWindow) -> None:
    finder = open_finder(window)
    finder.edit.setText("zzz tidak ada")
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    assert finder.isVisible()
    assert finder.hits() == []
    assert (
        finder.status.text() == "Nothing found for “zzz tidak ada”."
    )  # English: tests run untranslated


def test_ctrl_number_goes_to_that_page_and_the_menus_show_the_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1
    assert window.stack.currentWidget() is window.members
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.cash_journal
    menus = {a.text(): cast(QMenu, a.menu()) for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Pages", "&Find", "&Help"]
    pages = menus["&Pages"].actions()
    titles = [window.nav.item(r).text() for r in range(len(PAGES))]
    assert [a.text().replace("&&", "&") for a in pages] == titles
    assert pages[4].text() == "Cash && Journal"  # shown as "Cash & Journal", no mnemonic
    assert [a.shortcut().toString() for a in pages] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert menus["&Find"].actions()[0].shortcut() == QKeySequence("Ctrl+K")
    assert menus["&Help"].actions()[0].shortcut() == QKeySequence("F1")


def test_nothing_is_found_or_shown_past_the_lock_screen(qtbot: QtBot, window: MainWindow) -> None:
    finder = open_finder(window)
    finder.edit.setText("amin")
    finder.search_now()
    assert finder.hits() != []
    window.lock()
    assert not finder.isVisible()  # the hits went with the books
    assert window.navigation.find() is None
    assert not finder.isVisible()
    qtbot.keyClick(window.lock_screen, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0
