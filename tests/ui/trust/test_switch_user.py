"""Ganti pengguna: another user signs in at the open window, which then acts for them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kopdesk.domain.permissions import Actor, Role
from kopdesk.models import AuditRecord
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.storage.db import Book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog
from kopdesk.ui.trust.switch_user import SwitchUserDialog
from tests.conftest import PASSWORD


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor) -> MainWindow:
    main = MainWindow(book, bendahara)
    qtbot.addWidget(main)
    return main


@pytest.fixture(autouse=True)
def chosen_passwords(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Users whose password the Admin set choose their own first: recorded, agreed."""
    asked: list[str] = []

    def ask(_cls: type, ops: Ops, /, *, forced: bool = False, parent: object = None) -> bool:
        asked.append(ops.actor.username)
        return True

    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(ask))
    return asked


def audit_actions(book: Book) -> list[tuple[str, str, str]]:
    with book.read() as session:
        rows = session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()
        return [(r.username, r.action, r.ref) for r in rows if r.action.startswith("login.")]


def sign_in(window: MainWindow, username: str, password: str) -> SwitchUserDialog:
    dialog = SwitchUserDialog(window.ops, window)
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    dialog.sign_in()
    return dialog


def test_admin_signs_in_and_the_window_acts_for_the_admin(
    window: MainWindow, book: Book, actors: dict[Role, Actor]
) -> None:
    old_settings = window.settings
    assert old_settings.users is None  # the treasurer does not manage users
    dialog = sign_in(window, "admin", PASSWORD)
    assert dialog.actor == actors[Role.ADMIN]
    window.act_as(dialog.actor)
    assert window.ops.actor == actors[Role.ADMIN]
    assert "Admin" in window.user_label.text()
    assert window.settings is not old_settings  # built again for the new user's rights
    assert window.settings.users is not None
    assert window.stack.currentIndex() == 0
    assert audit_actions(book)[-2:] == [
        ("admin", "login.ok", "admin"),
        ("bendahara", "login.end", "bendahara"),
    ]


def test_an_action_after_the_switch_is_recorded_under_the_new_user(
    window: MainWindow, book: Book, chosen_passwords: list[str]
) -> None:
    dialog = sign_in(window, "kasir", PASSWORD)
    assert dialog.actor is not None
    assert chosen_passwords == ["kasir"]  # the Admin set it: the kasir chooses one first
    window.act_as(dialog.actor)
    page_ops = window.cash_journal.journal.ops  # what the journal page posts with
    entry = page_ops.run(
        None,
        lambda s: post_entry(
            s,
            EntryInput(
                dt.date(2025, 3, 1),
                "Setoran modal",
                [LineInput("1101", 100_000), LineInput("3201", -100_000)],
            ),
            actor=page_ops.actor,
        ),
    )
    assert entry is not None
    assert entry.created_by == "kasir"


def test_wrong_password_or_the_same_user_switches_nothing(
    window: MainWindow, bendahara: Actor
) -> None:
    dialog = sign_in(window, "ketua", "bukan-sandinya-1")
    assert dialog.actor is None
    assert "salah" in dialog.error_label.text()
    dialog = sign_in(window, "bendahara", PASSWORD)
    assert dialog.actor is None
    assert dialog.error_label.text()
    assert window.ops.actor == bendahara


def test_switch_from_the_lock_screen(
    window: MainWindow, actors: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        SwitchUserDialog, "ask", classmethod(lambda _c, _ops, _p=None: actors[Role.KETUA])
    )
    window.lock()
    assert window.screens.currentWidget() is window.lock_screen
    window.lock_screen.switch_button.click()
    assert window.screens.currentWidget() is not window.lock_screen
    assert window.ops.actor == actors[Role.KETUA]
    window.lock()
    assert "Ketua" in window.lock_screen.note.text()


def test_the_file_menu_offers_switching_user(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions()]
    assert "Switch user…" in texts  # Ganti pengguna… in the Indonesian app
