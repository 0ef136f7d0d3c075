"""Berkas (File) menu of the main window: switch user, open another book, the books
opened lately, lock, quit.

Opening another book closes this one the ordinary way (the closing backup, the
writer lock released) and ``ui/app.py`` then asks who signs in to the new one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMenuBar, QStatusBar

from kopdesk.errors import KopdeskError
from kopdesk.ui import recent_books
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops


class Window(Protocol):
    """What the menu needs of the main window (no import of it: no cycle)."""

    ops: Ops
    next_book: Path | None
    lock_action: QAction

    def menuBar(self) -> QMenuBar: ...

    def statusBar(self) -> QStatusBar: ...

    def switch_user(self) -> object: ...

    def close(self) -> bool: ...


BOOK_PATTERN = "*.sqlite *.db *.kopdesk"


def install_file_menu(window: Window) -> QMenu:
    """Add the Berkas menu to ``window``'s menu bar; returns it."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("file_menu", "&File"))
    switch = menu.addAction(QCoreApplication.translate("file_menu", "Switch user…"))
    switch.setShortcut(QKeySequence("Ctrl+Shift+L"))
    switch.triggered.connect(window.switch_user)
    menu.addSeparator()
    open_action = menu.addAction(QCoreApplication.translate("file_menu", "Open another book…"))
    open_action.setShortcut(QKeySequence.StandardKey.Open)
    open_action.triggered.connect(lambda: ask_and_open(window))
    recent = menu.addMenu(QCoreApplication.translate("file_menu", "Recent books"))
    recent.setObjectName("recentBooks")
    recent.aboutToShow.connect(lambda: fill_recent(window, recent))
    fill_recent(window, recent)
    menu.addSeparator()
    menu.addAction(window.lock_action)
    quit_action = menu.addAction(QCoreApplication.translate("file_menu", "Close kopdesk"))
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)
    return menu


def fill_recent(window: Window, menu: QMenu) -> None:
    """One entry per remembered book; a book whose file is gone is shown greyed."""
    menu.clear()
    current = window.ops.book.path
    books = [p for p in recent_books.recent_books() if current is None or p != current.resolve()]
    for path in books:
        present = path.exists()
        text = f"{path.name}  —  {path.parent}"
        action = menu.addAction(
            text
            if present
            else QCoreApplication.translate("file_menu", "{book} (not found)").format(book=text)
        )
        action.setEnabled(present)
        action.setToolTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _=False, p=path: open_other_book(window, p))
    if not books:
        menu.addAction(QCoreApplication.translate("file_menu", "No other books yet")).setEnabled(
            False
        )
    if any(not p.exists() for p in books):
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("file_menu", "Remove books not found"),
            recent_books.forget_missing,
        )


def ask_and_open(window: Window) -> bool:
    """Choose a book file and open it; False when cancelled."""
    current = window.ops.book.path
    chosen, _filter = QFileDialog.getOpenFileName(
        window.menuBar().window(),
        QCoreApplication.translate("file_menu", "Open another book"),
        str(current.parent) if current else "",
        QCoreApplication.translate("file_menu", "kopdesk books ({pattern})").format(
            pattern=BOOK_PATTERN
        ),
    )
    return bool(chosen) and open_other_book(window, Path(chosen))


def open_other_book(window: Window, path: Path) -> bool:
    """Close this book and open ``path`` (signing in there); False when refused."""
    if not path.exists():
        messages.show_error(
            window.menuBar().window(),
            KopdeskError(
                QCoreApplication.translate(
                    "file_menu", "The book {path} is not there any more."
                ).format(path=path)
            ),
        )
        return False
    current = window.ops.book.path
    if current is not None and path.resolve() == current.resolve():
        window.statusBar().showMessage(
            QCoreApplication.translate("file_menu", "This book is already open."), 8000
        )
        return False
    window.next_book = path
    if not window.close():
        window.next_book = None
        return False
    return True
