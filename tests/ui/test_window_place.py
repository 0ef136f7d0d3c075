"""The main window fits a 1366×768 laptop and opens where it was left (issue 17, defect 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.storage.db import Book
from kopdesk.ui.app import setup_application
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.window_place import (
    DEFAULT_SIZE,
    FRAME,
    GEOMETRY_KEY,
    default_placement,
    place,
    window_settings,
)

LAPTOP = QRect(0, 0, 1366, 728)
"""A 1366×768 screen less a 40 px Windows taskbar."""

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _framed(inside: QRect) -> QRect:
    return inside.marginsAdded(FRAME)


def test_a_small_screen_opens_the_window_maximised_and_fitting() -> None:
    inside, maximised = default_placement(LAPTOP)
    assert maximised
    assert LAPTOP.contains(_framed(inside))


def test_a_big_screen_centres_the_default_size() -> None:
    screen = QRect(0, 0, 1920, 1040)
    inside, maximised = default_placement(screen)
    assert not maximised
    assert inside.size() == DEFAULT_SIZE
    assert _framed(inside).center() == screen.center()
    assert screen.contains(_framed(inside))


def test_the_window_on_a_1366x768_laptop_fits_it(
    qtbot: QtBot, book: Book, bendahara: Actor
) -> None:
    window = MainWindow(book, bendahara)
    qtbot.addWidget(window)
    place(window, available=LAPTOP)
    assert window.isMaximized()
    assert LAPTOP.contains(_framed(window.geometry()))
    assert window.minimumSizeHint().width() <= LAPTOP.width()
    assert window.minimumSizeHint().height() <= LAPTOP.height() - FRAME.top() - FRAME.bottom()


def test_size_position_and_maximised_state_are_remembered(
    qtbot: QtBot, book: Book, bendahara: Actor, user_settings: Path
) -> None:
    first = MainWindow(book, bendahara)
    qtbot.addWidget(first)
    place(first, available=QRect(0, 0, 1920, 1040))
    first.setGeometry(QRect(60, 50, 700, 500))  # the offscreen screen is 800×600
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert (user_settings / "kopdesk" / "kopdesk.ini").is_file()  # not the real user's
    second = MainWindow(book, bendahara)
    qtbot.addWidget(second)
    place(second, available=LAPTOP)  # the remembered geometry wins over the default
    assert not second.isMaximized()
    # 700×500 asked; the window's minimum width (its pages) and the 800-pixel offscreen
    # screen decide the width, so the height tells the remembered size from the default
    assert second.geometry().height() == first.geometry().height() == 500
    assert second.geometry().size() != QSize(1200, 760)
    assert second.geometry().top() == first.geometry().top()  # x too is moved onto the screen


def test_a_maximised_window_opens_maximised_again(
    qtbot: QtBot, book: Book, bendahara: Actor
) -> None:
    first = MainWindow(book, bendahara)
    qtbot.addWidget(first)
    place(first, available=QRect(0, 0, 1920, 1040))
    first.showMaximized()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(book, bendahara)
    qtbot.addWidget(second)
    place(second, available=QRect(0, 0, 1920, 1040))
    second.show()
    assert second.isMaximized()


def test_no_remembered_geometry_gives_the_default(
    qtbot: QtBot, book: Book, bendahara: Actor
) -> None:
    settings: QSettings = window_settings()
    assert settings.value(GEOMETRY_KEY) is None  # the test's own, empty settings
    window = MainWindow(book, bendahara)
    qtbot.addWidget(window)
    place(window, settings, available=QRect(0, 0, 1920, 1040))
    assert window.geometry().size() == DEFAULT_SIZE


def test_every_page_fits_beside_the_sidebar_on_a_laptop(
    qtbot: QtBot, book: Book, bendahara: Actor, qapp: QApplication
) -> None:
    """In Indonesian and in the application's font, as a person sees it."""
    font = qapp.font()
    translators = setup_application(qapp)
    try:
        window = MainWindow(book, bendahara)
        qtbot.addWidget(window)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)  # builds the page
        need = window.minimumSizeHint()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setFont(font)
    assert need.width() <= LAPTOP.width() - FRAME.left() - FRAME.right()
    assert need.height() <= LAPTOP.height() - FRAME.top() - FRAME.bottom()
