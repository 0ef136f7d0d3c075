"""Starting the desktop application: ``kopdesk`` without arguments lands here."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kopdesk.db import Book, default_book_path, open_book
from kopdesk.errors import KopdeskError
from kopdesk.services.books import book_exists
from kopdesk.services.users import current_user
from kopdesk.ui import messages
from kopdesk.ui.crash import excepthook
from kopdesk.ui.i18n import install_translator
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.wizard import SetupWizard

FONT_POINT_SIZE = 10
STYLE_SHEET = """
QHeaderView::section { padding: 4px 8px; }
QTableView::item, QTreeView::item { padding: 0px 6px; }
QGroupBox { font-weight: bold; margin-top: 12px; padding: 10px 6px 6px 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0px 4px; }
"""


def setup_application(app: QApplication) -> list[QTranslator]:
    """Style, font and the Indonesian translation; returns the translators."""
    app.setApplicationName("kopdesk")
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), FONT_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    return install_translator(app)


def _has_profile(path: Path) -> bool:
    if not path.exists():
        return False
    book = open_book(path)
    try:
        with book.read() as session:
            return book_exists(session)
    finally:
        book.close()


def open_or_create(path: Path) -> Book | None:
    """The book at ``path``; runs the first-run wizard when it is missing or empty."""
    if _has_profile(path):
        return open_book(path)
    return SetupWizard.ask(path)


def run_gui(db_path: Path | None = None) -> int:
    """Run the windows on the book at ``db_path`` (default: the user's data folder).

    A missing book, or one without a profile, starts the first-run wizard.
    Returns the process exit code (0 also when the wizard is cancelled).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    translators = setup_application(app)
    sys.excepthook = excepthook
    try:
        return _run(app, db_path or default_book_path())
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run(app: QApplication, path: Path) -> int:
    try:
        book = open_or_create(path)
    except KopdeskError as exc:
        messages.show_error(None, exc)
        return 1
    if book is None:
        return 0
    try:
        window = MainWindow(book, current_user())
        window.show()
        return app.exec()
    finally:
        book.close()
