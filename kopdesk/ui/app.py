"""Starting the desktop application: ``kopdesk`` without arguments lands here."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError, StorageError
from kopdesk.services.base.users import get_user, has_users
from kopdesk.services.ledger.books import book_exists
from kopdesk.storage.db import Book, empty_book_file, open_book, open_read_only
from kopdesk.storage.locking import BookInUseError, WriterLock
from kopdesk.storage.paths import default_book_path
from kopdesk.ui import recent_books
from kopdesk.ui.crash import excepthook
from kopdesk.ui.i18n import install_translator
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust.book_in_use_dialog import BookInUseDialog
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from kopdesk.ui.window_place import place

FONT_POINT_SIZE = 10
STYLE_SHEET = """
QHeaderView::section { padding: 4px 8px; }
QTableView::item, QTreeView::item { padding: 0px 6px; }
QGroupBox { font-weight: bold; margin-top: 12px; padding: 10px 6px 6px 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0px 4px; }
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] { background: #f3f5f7; }
"""


def setup_application(app: QApplication) -> list[QTranslator]:
    """Style, font and the Indonesian translation; returns the translators."""
    app.setApplicationName("kopdesk")
    # Setting the same style again re-polishes every widget alive: skip what is set.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), FONT_POINT_SIZE))
    app.setFont(font)
    if app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
    return install_translator(app)


def _has_profile(path: Path) -> bool:
    if not path.exists() or empty_book_file(path):
        return False
    book = open_book(path)
    try:
        with book.read() as session:
            return book_exists(session)
    finally:
        book.close()


def open_or_create(path: Path) -> tuple[Book, Actor] | None:
    """The book at ``path`` and who signed in; None when the person gave up.

    A missing or empty book runs the first-run wizard (which creates the Admin, or
    opens the demo book instead),
    a book made before users existed asks for its first Admin, any other book
    asks for a user name and password. A user whose password was set by the
    Admin must choose their own before the window opens.

    The book is opened as its single writer (the lock is held until the book is
    closed); when another kopdesk writes to it, :class:`BookInUseDialog` offers
    to open it read-only.
    """
    if not _has_profile(path):
        from kopdesk.ui.wizard import SetupWizard  # the demo and setup services: first run only

        created = SetupWizard.ask(path)
        if not isinstance(created, Path):
            if created is not None:
                _take_writer_lock(*created)
            return created
        path = created  # the demo book: signed in to like any other
    book = open_for_writing(path)
    if book is None:
        return None
    try:
        actor = sign_in_to(book)
    except BaseException:
        book.close()
        raise
    if actor is None:
        book.close()
        return None
    name_writer(book, actor.username)
    return book, actor


def open_for_writing(path: Path) -> Book | None:
    """The book with its writer lock, or read-only when someone else writes to it and
    the user agrees; None when cancelled. ``StorageError`` when it cannot be opened."""
    try:
        return open_book(path, writer=_computer_user())
    except BookInUseError as exc:
        if not BookInUseDialog.ask(exc, path):
            return None
        who = (
            exc.owner.description
            if exc.owner
            else QCoreApplication.translate("app", "another kopdesk")
        )
        reason = QCoreApplication.translate("app", "{who} has the book open for writing.").format(
            who=who
        )
        return open_read_only(path, reason)


def _computer_user() -> str:
    """Who holds the lock until someone signs in: the computer's own user name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def name_writer(book: Book, username: str) -> None:
    """Record the signed-in kopdesk user as the lock's owner (others see this name)."""
    if book.lock is not None:
        book.lock.rename(username)


def _take_writer_lock(book: Book, actor: Actor) -> None:
    path = book.path
    if path is not None and book.lock is None:
        book.lock = WriterLock(path, actor.username)


def sign_in_to(book: Book) -> Actor | None:
    """Sign in (or create the first Admin of an old book) and enforce a password change."""
    with book.read() as session:
        any_user = has_users(session)
    if not any_user and book.read_only:
        raise StorageError(
            QCoreApplication.translate(
                "app",
                "This book has no users yet; open it when no other computer is writing to it.",
            )
        )
    actor = _bench_sign_in(book) if any_user and BENCH_SIGN_IN in os.environ else None
    actor = actor or (LoginDialog.ask(book) if any_user else FirstAdminDialog.ask(book))
    if actor is None:
        return None
    if book.read_only:  # nothing can be written, so no password change now either
        return actor
    with book.read() as session:
        must_change = get_user(session, actor.username).must_change_password
    if must_change and not ChangePasswordDialog.ask(Ops(book, actor), forced=True):
        return None
    return actor


def run_gui(db_path: Path | None = None) -> int:
    """Run the windows on the book at ``db_path`` (default: the user's data folder).

    A missing book, or one without a profile, starts the first-run wizard;
    any other book asks who is signing in (see :func:`open_or_create`).
    Returns the process exit code (0 also when the wizard or sign-in is cancelled).
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
    """Sign in and show the main window; again after a restore replaced the book, or
    on the other book chosen in the window (back to the one left when nobody signs in)."""
    left: Path | None = None
    while True:
        try:
            opened = open_or_create(path)
        except KopdeskError as exc:
            messages.show_error(None, exc)
            if left is None:
                return 1
            opened = None
        if opened is None and left is not None:  # not signed in to the other book: back
            path, left = left, None
            continue
        if opened is None:
            return 0
        book, actor = opened
        left = None
        path = book.path or path  # after a restore, the same book again (the demo's too)
        if book.path is not None:
            recent_books.remember(book.path)
        try:
            window = MainWindow(book, actor)
            window.painted.connect(window.start_up)  # never before the first paint
            if os.environ.get(BENCH_QUIT_AFTER_SHOW) == "1":
                window.painted.connect(_bench_shown)
            place(window)
            window.show()
            code = app.exec()
        finally:
            book.close()
        if window.next_book is not None:  # Berkas → Buku lain
            path, left = window.next_book, path
        elif not window.restored:
            return code


# --- Benchmark hooks: benchmarks/bench_startup.py only -----------------------------
# They time the real start-up path without a person at the keyboard; nothing else
# sets these variables.
BENCH_SIGN_IN = "KOPDESK_BENCH_SIGNIN"
"""``user:password``: sign in with these instead of asking in the dialog."""
BENCH_QUIT_AFTER_SHOW = "KOPDESK_BENCH_QUIT_AFTER_SHOW"
"""``1``: once the window has painted itself, print ``kopdesk-shown <time.time()>``
and end the process at once (the OS releases the writer lock; the start-up backup
and check are cut off, so benchmarks run on a copy of the book)."""


def _bench_sign_in(book: Book) -> Actor:
    from kopdesk.app.auth import sign_in

    user, _sep, password = os.environ[BENCH_SIGN_IN].partition(":")
    return sign_in(book, user, password)


def _bench_shown() -> None:
    print(f"kopdesk-shown {time.time():.6f}", flush=True)
    os._exit(0)
