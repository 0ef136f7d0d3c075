"""Single writer at start-up: the lock is held for the window session and named
after the signed-in user; a book in use opens read-only on request, with a banner
and no write actions; opening errors are shown."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import StorageError
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.storage.db import Book, open_book
from kopdesk.storage.locking import BookInUseError, read_owner
from kopdesk.ui import app as app_module
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust.book_in_use_dialog import BookInUseDialog
from kopdesk.ui.trust.login_dialog import LoginDialog, sign_in_to_book
from tests.conftest import PASSWORD
from tests.ui.helpers import Shown


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _sign_in_as(monkeypatch: pytest.MonkeyPatch, username: str) -> list[Book]:
    """LoginDialog signs in as ``username`` (through the read-only aware sign-in)."""
    asked: list[Book] = []

    def ask(_cls: type, book: Book, _parent: object = None) -> Actor:
        asked.append(book)
        return sign_in_to_book(book, username, PASSWORD)

    monkeypatch.setattr(LoginDialog, "ask", classmethod(ask))
    return asked


def _during_window(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """MainWindow.show records the window; QApplication.exec returns at once."""
    windows: list[MainWindow] = []
    # the lambda is needed: a bare list.append would not receive the window as self
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))  # noqa: PLW0108
    monkeypatch.setattr(MainWindow, "start_up", lambda _self: None)
    return windows


def test_the_signed_in_user_holds_the_lock_for_the_whole_session(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sign_in_as(monkeypatch, "admin")
    windows = _during_window(monkeypatch)
    seen: list[str] = []

    def exec_(_self: QApplication) -> int:
        owner = read_owner(book_path)
        assert owner is not None
        seen.append(owner.user)
        with pytest.raises(BookInUseError):
            open_book(book_path, writer="kasir")
        windows[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run_gui(book_path) == 0
    assert seen == ["admin"]
    assert not windows[0].ops.read_only
    open_book(book_path, writer="kasir").close()  # released when the window closed


def test_book_in_use_dialog_names_who_has_it(qtbot: QtBot, book_path: Path) -> None:
    holder = open_book(book_path, writer="kasir")
    try:
        with pytest.raises(BookInUseError) as caught:
            open_book(book_path, writer="bendahara")
        dialog = BookInUseDialog(caught.value, book_path)
        qtbot.addWidget(dialog)
        assert dialog.user_label.text() == "kasir"
        assert dialog.host_label.text() == caught.value.owner.host  # type: ignore[union-attr]
        assert dialog.since_label.text() == caught.value.owner.since  # type: ignore[union-attr]
        assert book_path.name in dialog.findChildren(QLabel)[0].text()
    finally:
        holder.close()


def test_book_in_use_opens_read_only_with_a_banner_and_no_writing(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch, shown: Shown
) -> None:
    holder = open_book(book_path, writer="kasir")
    asked: list[BookInUseError] = []

    def ask_in_use(_cls: type, error: BookInUseError, _path: Path, _parent: object = None) -> bool:
        asked.append(error)
        return True

    monkeypatch.setattr(BookInUseDialog, "ask", classmethod(ask_in_use))
    _sign_in_as(monkeypatch, "bendahara")
    windows = _during_window(monkeypatch)
    checked: list[str] = []

    def exec_(_self: QApplication) -> int:
        window = windows[0]
        ops = window.ops
        assert ops.read_only
        banner = window.read_only_banner.text()
        assert banner.startswith("Hanya-baca: kasir di komputer ")
        assert "sedang membuka buku ini untuk menulis" in banner
        assert not window.notice.text()
        for permission in (
            Permission.JOURNAL_POST,
            Permission.MEMBERS_MANAGE,
            Permission.REPORTS_PRINT,
            Permission.ACCOUNTS_MANAGE,
        ):
            assert not ops.can(permission)
        assert ops.can(Permission.BOOKS_VERIFY)
        journal = window.cash_journal.journal
        assert not journal.new_button.isEnabled() or journal.new_button.isHidden()
        assert window.members.add_button.isHidden() or not window.members.add_button.isEnabled()
        assert not window.settings.password_button.isEnabled()
        entry = EntryInput(
            date=dt.date(2025, 3, 1),
            description="tidak boleh",
            lines=[LineInput("1101", 5_000), LineInput("3201", -5_000)],
        )
        assert ops.run(None, lambda s: post_entry(s, entry, actor=ops.actor)) is None
        assert isinstance(shown.errors[-1], StorageError)
        assert "hanya-baca" in shown.errors[-1].message
        checked.append("window")
        window.close()
        assert window.closing_backup is None  # the writer's kopdesk backs up, not this one
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    try:
        assert app_module.run_gui(book_path) == 0
    finally:
        holder.close()
    assert checked == ["window"]
    assert asked[0].owner is not None
    assert asked[0].owner.user == "kasir"
    assert not (book_path.parent / "cadangan").exists()


def test_read_only_wrong_password_still_counts(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = open_book(book_path, writer="kasir")
    try:
        monkeypatch.setattr(BookInUseDialog, "ask", classmethod(lambda *_a: True))
        book = app_module.open_for_writing(book_path)
        assert book is not None
        assert book.read_only
        with pytest.raises(Exception, match="Sisa percobaan"):
            sign_in_to_book(book, "bendahara", "salah-sekali-1")
        assert sign_in_to_book(book, "bendahara", PASSWORD).username == "bendahara"
        book.close()
    finally:
        holder.close()


def test_cancel_on_book_in_use_opens_nothing(
    qapp: QApplication, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = open_book(book_path, writer="kasir")
    try:
        monkeypatch.setattr(BookInUseDialog, "ask", classmethod(lambda *_a: False))
        monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda *_a: pytest.fail("no login")))
        monkeypatch.setattr(MainWindow, "show", lambda _self: pytest.fail("no window"))
        assert app_module.run_gui(book_path) == 0
    finally:
        holder.close()


def test_a_file_that_is_no_book_is_explained(
    qapp: QApplication, tmp_path: Path, shown: Shown
) -> None:
    path = tmp_path / "surat.sqlite"
    path.write_bytes(b"PK\x03\x04 ini bukan buku" * 20)
    assert app_module.run_gui(path) == 1
    [error] = shown.errors
    assert isinstance(error, StorageError)
    assert "bukan buku kopdesk" in error.message
