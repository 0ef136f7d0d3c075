"""Building a page puts no window of its own on screen (issue 17, defect 3).

A widget made without a parent and shown (``setVisible(True)`` on a button
before a layout takes it) is a top-level window: it flashes at the top left of
the screen while the page is built.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.storage.db import Book
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.main_window import PAGES, MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class WindowsShown(QObject):
    """Records every top-level window other than ``main`` that is shown."""

    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main = main
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.main
        ):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def _visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _visit_every_page_and_tab(qtbot: QtBot, window: MainWindow) -> None:
    for row in range(len(PAGES)):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is not None
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
        qtbot.wait(1)


@pytest.mark.parametrize("role", [Role.BENDAHARA, Role.PENGAWAS])
def test_no_page_shows_a_stray_window(
    qtbot: QtBot, book: Book, actors: dict[Role, Actor], role: Role
) -> None:
    window = MainWindow(book, actors[role])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = _visible_windows()
    watcher = WindowsShown(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        _visit_every_page_and_tab(qtbot, window)
    finally:
        app.removeEventFilter(watcher)
    assert watcher.shown == []
    assert _visible_windows() == before
    assert window.closing.built  # the walk did build the closing page


def test_the_closing_page_builds_a_tab_when_it_is_shown(
    qtbot: QtBot, book: Book, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(book, actors[Role.BENDAHARA])
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(PAGES.index("closing"))
    closing = window.closing
    assert closing.built_tabs == ["statements"]
    closing.show_tab(closing.shu)
    assert closing.tabs.currentWidget().isAncestorOf(closing.shu)
    assert closing.built_tabs == ["statements", "shu"]


def test_show_if_never_shows_a_widget_without_a_parent(qtbot: QtBot) -> None:
    loose = QPushButton("x")
    qtbot.addWidget(loose)
    show_if(loose, True)
    assert not loose.isVisible()
    show_if(loose, False)
    holder = QWidget()
    qtbot.addWidget(holder)
    loose.setParent(holder)
    holder.show()
    assert not loose.isVisible()  # hidden stays hidden once a parent takes it
    show_if(loose, True)
    assert loose.isVisible()
