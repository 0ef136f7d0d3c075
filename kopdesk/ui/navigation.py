"""The main window's menus and keys for moving around: Halaman (Ctrl+1…9, one per
sidebar page), Cari apa saja (Ctrl+K) and Bantuan (F1: the guide at the current page),
and the glossary tooltips. The main window makes one :class:`Navigation`; everything
else lives here so the window stays a list of hooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolTip,
    QWidget,
)

from kopdesk.services.finder.find import Hit
from kopdesk.ui.find import Navigator, QuickFind, open_hit
from kopdesk.ui.glossary_tips import glossary_tip
from kopdesk.ui.help import HelpWindow, dialog_topic, topic_for
from kopdesk.ui.kit.ops import Ops

__all__ = ["AppEvents", "Navigation", "Shell"]


class Shell(Navigator, Protocol):
    """What Navigation needs of the main window besides :class:`Navigator`."""

    ops: Ops
    nav: QListWidget
    stack: QStackedWidget
    screens: QStackedWidget
    """The books or the lock screen."""

    @property
    def locked(self) -> bool: ...


class Navigation:
    """Builds the menus of ``window`` (a QMainWindow that is a :class:`Shell`) for
    ``pages`` (the sidebar's page names, in order) and keeps the guide and the Ctrl+K
    window, each made on first use."""

    def __init__(self, window: QMainWindow, shell: Shell, pages: Sequence[str]) -> None:
        self.window = window
        self.shell = shell
        self.pages = tuple(pages)
        self.help: HelpWindow | None = None
        self.finder: QuickFind | None = None
        self.dialog_guide: HelpWindow | None = None
        """The guide last opened from a dialog (F1 there)."""
        self.page_actions = self._page_menu()
        self.find_action = self._action(
            QCoreApplication.translate("Navigation", "Find anything…"), "Ctrl+K", self.find
        )
        self.help_action = self._action(
            QCoreApplication.translate("Navigation", "User guide"), "F1", self.show_help
        )
        self.glossary_action = self._action(
            QCoreApplication.translate("Navigation", "Glossary"),
            "",
            lambda: self.show_help("glosarium.md"),
        )
        search = window.menuBar().addMenu(QCoreApplication.translate("Navigation", "&Find"))
        search.addAction(self.find_action)
        guide = window.menuBar().addMenu(QCoreApplication.translate("Navigation", "&Help"))
        guide.addAction(self.help_action)
        guide.addAction(self.glossary_action)
        shell.screens.currentChanged.connect(self._screen_changed)
        self.events = AppEvents(self, window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.events)

    def _action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _page_menu(self) -> list[QAction]:
        menu = self.window.menuBar().addMenu(QCoreApplication.translate("Navigation", "&Pages"))
        actions = []
        for row, _name in enumerate(self.pages[:9]):
            title = self.shell.nav.item(row).text().replace("&", "&&")  # no mnemonic
            action = self._action(title, f"Ctrl+{row + 1}", lambda _c=False, r=row: self.go(r))
            menu.addAction(action)
            actions.append(action)
        return actions

    def go(self, row: int) -> None:
        """Show the ``row``-th sidebar page (0: Beranda); nothing while locked."""
        if self.shell.locked:
            return
        self.shell.nav.setCurrentRow(row)

    def current_topic(self) -> str:
        row = max(0, self.shell.nav.currentRow())
        page = self.shell.stack.currentWidget()
        return topic_for(self.pages[row], page if page is not None else QWidget())

    def show_help(self, topic: str | None = None) -> HelpWindow:
        """The guide, at ``topic`` or else at the chapter of the page on screen."""
        if self.help is None:
            self.help = HelpWindow(self.window)
        self.help.show()
        self.help.open_topic(topic or self.current_topic())
        self.help.raise_()
        self.help.activateWindow()
        return self.help

    def find(self) -> QuickFind | None:
        """The Ctrl+K window, ready for typing; None while the window is locked (the
        lock screen must not show the book's names)."""
        if self.shell.locked:
            return None
        if self.finder is None:
            self.finder = QuickFind(self.shell.ops, self.window)
            self.finder.chosen.connect(self.open)
        self.finder.popup()
        return self.finder

    def _screen_changed(self, _index: int) -> None:
        if self.shell.locked and self.finder is not None:
            self.finder.hide()  # its hits would show past the lock screen

    def open(self, hit: Hit) -> None:
        open_hit(self.shell, hit, self.window)

    def dialog_help(self, dialog: QWidget, topic: str) -> HelpWindow:
        """The guide over a (modal) dialog: a window of the dialog's own, so the dialog
        does not block it; closed with the dialog."""
        guide = HelpWindow(dialog)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        guide.open_topic(topic)
        self.dialog_guide = guide
        return guide


class AppEvents(QObject):
    """One filter on the application for every window and dialog: tooltips explain the
    glossary's terms (:mod:`kopdesk.ui.glossary_tips`), F1 in a dialog opens the guide at
    the dialog's chapter (:data:`kopdesk.ui.help.DIALOG_TOPICS`)."""

    def __init__(self, navigation: Navigation, parent: QObject) -> None:
        super().__init__(parent)
        self.navigation = navigation

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            assert isinstance(event, QHelpEvent)
            tip = glossary_tip(watched, event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, watched)
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            topic = dialog_topic(watched) if event.key() == Qt.Key.Key_F1 else None
            if topic is not None:
                self.navigation.dialog_help(watched.window(), topic)
                return True
        return False
