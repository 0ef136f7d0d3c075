"""Langkah pertama on Beranda, and Berkas → another book / the books opened lately."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import users
from kopdesk.services.imports.members import commit_import, plan_import
from kopdesk.storage.db import Book, open_book
from kopdesk.ui import app as app_module
from kopdesk.ui import file_menu, recent_books
from kopdesk.ui.first_steps import DONE_MARK, TODO_MARK
from kopdesk.ui.imports.members_dialog import ImportDialog
from kopdesk.ui.main_window import MainWindow
from tests.conftest import PASSWORD
from tests.ui.member_data import row, write_workbook


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor) -> MainWindow:
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    return main


def marks(window: MainWindow) -> dict[str, str]:
    return {key: label.text() for key, label in window.home.first_steps.marks.items()}


def test_first_steps_tick_after_importing_members(
    window: MainWindow, bendahara: Actor, tmp_path: Path
) -> None:
    panel = window.home.first_steps
    assert not panel.isHidden()
    assert marks(window)["members"] == TODO_MARK
    assert marks(window)["users"] == DONE_MARK  # one user per role in the test book
    assert panel.progress.text().startswith("2 of 5")
    sheet = write_workbook(tmp_path / "anggota.xlsx", [row(n) for n in range(1, 4)])
    plan = window.ops.read(None, lambda s: plan_import(s, sheet))
    assert plan is not None
    assert plan.ok
    window.ops.run(None, lambda s: commit_import(s, bendahara, plan))
    assert marks(window)["members"] == DONE_MARK
    assert panel.progress.text().startswith("3 of 5")


def test_adding_a_user_ticks_the_users_step(window: MainWindow, admin: Actor) -> None:
    window.ops.run(
        None,
        lambda s: [
            users.set_active(s, admin, u.username, False)
            for u in users.list_users(s)
            if u.role not in (Role.ADMIN, Role.BENDAHARA)
        ],
    )
    window.ops.run(None, lambda s: users.set_active(s, admin, "bendahara", False))
    assert marks(window)["users"] == TODO_MARK
    window.ops.run(
        None, lambda s: users.create_user(s, admin, "siti", Role.KASIR, PASSWORD, full_name="Siti")
    )
    assert marks(window)["users"] == DONE_MARK


def test_a_step_opens_its_page(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    monkeypatch.setattr(
        ImportDialog, "ask", classmethod(lambda _c, ops, _p=None: opened.append(ops))
    )
    window.home.first_steps.buttons["members"].click()
    assert window.stack.currentWidget() is window.members
    assert opened == [window.ops]
    profile = window.home.first_steps.buttons["profile"]
    assert not profile.isEnabled()  # the Ketua or the Admin edits the profile
    window.go("step:profile")
    assert window.stack.currentWidget() is window.settings
    assert window.settings.tabs.currentWidget() is window.settings.profile


def test_recent_books_are_remembered_newest_first(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (first, second):
        path.write_bytes(b"")
    recent_books.remember(first)
    recent_books.remember(second)
    recent_books.remember(first)
    assert recent_books.recent_books() == [first.resolve(), second.resolve()]
    second.unlink()
    assert recent_books.forget_missing() == [first.resolve()]
    assert recent_books.recent_books() == [first.resolve()]


def test_recent_books_menu_greys_a_missing_book_and_opens_another(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other, gone = tmp_path / "lain.sqlite", tmp_path / "hilang.sqlite"
    other.write_bytes(b"")
    recent_books.remember(gone)
    recent_books.remember(other)
    assert window.ops.book.path is not None
    recent_books.remember(window.ops.book.path)  # the open book is not offered again
    menu = window.findChild(QMenu, "recentBooks")
    assert menu is not None
    file_menu.fill_recent(window, menu)
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert list(actions) == [str(other.resolve()), str(gone.resolve())]
    assert actions[str(other.resolve())].isEnabled()
    assert not actions[str(gone.resolve())].isEnabled()
    assert "(not found)" in actions[str(gone.resolve())].text()
    monkeypatch.setattr(window, "make_closing_backup", lambda: None)
    actions[str(other.resolve())].trigger()
    assert window.next_book == other.resolve()
    assert not window.isVisible()


def test_the_open_book_is_not_opened_twice(window: MainWindow) -> None:
    assert window.ops.book.path is not None
    assert not file_menu.open_other_book(window, window.ops.book.path)
    assert window.next_book is None


def test_opening_another_book_signs_in_there_or_returns_to_the_first(
    qapp: object, book_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Berkas → Buku lain: the window closes, the other book asks who signs in; when
    nobody does, the first book is opened again (and asks again)."""
    other = tmp_path / "lain" / "buku.sqlite"
    other.parent.mkdir()
    other.write_bytes(book_path.read_bytes())
    asked: list[Path] = []
    windows: list[MainWindow] = []

    def open_or_create(path: Path) -> tuple[Book, Actor] | None:
        asked.append(path)
        if path == other:
            return None  # nobody signs in to the other book
        book = open_book(path)
        return book, sign_in(book, "admin", PASSWORD)

    def run_window(_self: object) -> int:
        window = windows[-1]
        if len(windows) == 1:
            assert file_menu.open_other_book(window, other)
        else:
            window.close()
        return 0

    monkeypatch.setattr(app_module, "open_or_create", open_or_create)
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))  # noqa: PLW0108
    monkeypatch.setattr(MainWindow, "make_closing_backup", lambda _self: None)
    monkeypatch.setattr(QApplication, "exec", run_window)
    assert app_module._run(QApplication.instance(), book_path) == 0  # type: ignore[arg-type]
    assert asked == [book_path, other, book_path]
    assert len(windows) == 2
    assert recent_books.recent_books() == [book_path.resolve()]
