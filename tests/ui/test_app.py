"""Starting the application: wizard on a new book, main window on an existing one,
and the crash dialog for bugs."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor
from kopdesk.errors import DomainError
from kopdesk.storage.db import Book, open_book
from kopdesk.ui import app as app_module
from kopdesk.ui.crash import CrashDialog, excepthook
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from kopdesk.ui.wizard import SetupWizard
from tests.conftest import PASSWORD, make_book
from tests.ui.helpers import Shown


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def test_missing_book_runs_the_wizard(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def ask(_cls: type, path: Path, _parent: object = None) -> Book | None:
        asked.append(path)
        return None

    monkeypatch.setattr(SetupWizard, "ask", classmethod(ask))
    path = tmp_path / "belum-ada.sqlite"
    assert app_module.run_gui(path) == 0
    assert asked == [path]
    assert sys.excepthook is excepthook
    assert not path.exists()


def test_book_without_profile_runs_the_wizard(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kosong.sqlite"
    open_book(path, create=True).close()
    asked: list[Path] = []
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda _c, p, _w=None: asked.append(p)))
    assert app_module.run_gui(path) == 0
    assert asked == [path]


def test_an_empty_file_runs_the_wizard_and_is_left_as_it_is(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kopdesk.sqlite"
    path.write_bytes(b"")  # e.g. left by a first start cut off by a power cut
    asked: list[Path] = []
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda _c, p, _w=None: asked.append(p)))
    assert app_module.run_gui(path) == 0
    assert asked == [path]
    assert path.read_bytes() == b""  # only the wizard makes a book of it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopdesk.sqlite"]


def test_existing_book_asks_who_signs_in_then_opens_the_main_window(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Book] = []

    def ask(_cls: type, book: Book, _parent: object = None) -> Actor:
        asked.append(book)
        return sign_in(book, "admin", PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    shown_windows: list[MainWindow] = []
    # the lambda is needed: a bare list.append would not receive the window as self
    monkeypatch.setattr(MainWindow, "show", lambda self: shown_windows.append(self))  # noqa: PLW0108
    monkeypatch.setattr(QApplication, "exec", lambda _self: 7)
    assert app_module.run_gui(book_path) == 7
    assert len(asked) == 1
    [window] = shown_windows
    assert window.windowTitle() == "KSP Sejahtera Bersama — kopdesk"
    assert window.ops.actor.username == "admin"
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "Pengguna: Admin Uji (Admin)" in status  # run_gui loads Indonesian
    window.close()


def test_cancelled_sign_in_opens_nothing(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda _c, _b, _p=None: None))
    monkeypatch.setattr(MainWindow, "show", lambda _self: pytest.fail("no window"))
    assert app_module.run_gui(book_path) == 0


def test_new_user_must_choose_a_password_first(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kasir was added by the Admin, so the first sign-in forces a password change;
    declining it opens no window."""
    monkeypatch.setattr(
        LoginDialog, "ask", classmethod(lambda _c, book, _p=None: sign_in(book, "kasir", PASSWORD))
    )
    asked: list[tuple[str, bool]] = []

    def ask(_cls: type, ops: Ops, /, *, forced: bool = False, parent: object = None) -> bool:
        asked.append((ops.actor.username, forced))
        return False

    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(ask))
    monkeypatch.setattr(MainWindow, "show", lambda _self: pytest.fail("no window"))
    assert app_module.run_gui(book_path) == 0
    assert asked == [("kasir", True)]


def test_book_without_users_asks_for_the_first_admin(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A book made by kopdesk 0.1 has a profile but no users."""
    book = open_book(book_path)
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM app_user")
    book.close()
    asked: list[Book] = []
    monkeypatch.setattr(
        FirstAdminDialog, "ask", classmethod(lambda _c, b, _p=None: asked.append(b))
    )
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda *_a: pytest.fail("no login")))
    assert app_module.run_gui(book_path) == 0
    assert len(asked) == 1


def test_bug_shows_crash_dialog_with_traceback(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    details: list[str] = []
    monkeypatch.setattr(
        CrashDialog, "ask", classmethod(lambda _c, text, _p=None: details.append(text))
    )
    try:
        raise ZeroDivisionError("pembagian nol")
    except ZeroDivisionError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    assert len(details) == 1
    assert "ZeroDivisionError: pembagian nol" in details[0]
    assert "test_bug_shows_crash_dialog_with_traceback" in details[0]


def test_user_error_reaching_the_hook_is_a_message(shown: Shown, qapp: object) -> None:
    error = DomainError("Tahun buku sudah ditutup.")
    excepthook(DomainError, error, None)
    assert shown.errors == [error]


def test_crash_dialog_copies_its_details(qtbot: QtBot) -> None:
    text = "".join(traceback.format_stack())
    dialog = CrashDialog(text)
    qtbot.addWidget(dialog)
    assert dialog.details.isReadOnly()
    dialog.copy_details()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == text


def test_choosing_the_demo_signs_in_to_the_demo_book(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wizard's "Buka buku contoh": the demo book opens with the usual sign-in
    (its users then choose their own passwords); the real book is not made."""
    path = tmp_path / "kopdesk.sqlite"
    demo = tmp_path / "kopdesk-demo.sqlite"
    make_book(demo)
    monkeypatch.setattr(SetupWizard, "ask", classmethod(lambda _c, _p, _w=None: demo))
    asked: list[Path | None] = []

    def login(_cls: type, book: Book, _parent: object = None) -> Actor | None:
        asked.append(book.path)
        return None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(login))
    assert app_module.run_gui(path) == 0
    assert asked == [demo]
    assert not path.exists()
