"""Idle lock: the main window hides the books until the same user's password is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base.users import get_user
from kopdesk.storage.db import Book
from kopdesk.ui.main_window import MainWindow
from tests.conftest import PASSWORD


@pytest.fixture
def window(qtbot: QtBot, book: Book, bendahara: Actor) -> MainWindow:
    main = MainWindow(book, bendahara, idle_lock_ms=80)
    qtbot.addWidget(main)
    return main


def _locked(window: MainWindow) -> bool:
    # read through a function so mypy does not keep an earlier narrowing of the property
    return window.locked


def test_idle_window_locks_and_the_same_password_unlocks(qtbot: QtBot, window: MainWindow) -> None:
    assert not _locked(window)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    screen = window.lock_screen
    assert window.screens.currentWidget() is screen
    screen.password_edit.setText("bukan-sandinya-1")
    assert not screen.unlock()
    assert screen.error_label.text() == "Nama pengguna atau kata sandi salah. Sisa percobaan: 4."
    assert _locked(window)
    screen.password_edit.setText(PASSWORD)
    assert screen.unlock()
    assert not _locked(window)
    assert window.idle.timer.isActive()  # counting again


def test_input_keeps_the_window_open(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(6):
        qtbot.wait(30)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.nav, event)
    assert not window.locked


def test_lock_now_and_wrong_passwords_count_toward_lockout(window: MainWindow, book: Book) -> None:
    window.lock_action.trigger()
    assert window.locked
    screen = window.lock_screen
    for _ in range(5):
        screen.password_edit.setText("bukan-sandinya-1")
        assert not screen.unlock()
    assert "dikunci" in screen.error_label.text()
    with book.read() as session:
        assert get_user(session, "bendahara").locked_until is not None


def test_window_names_the_user_and_role(
    book: Book, qtbot: QtBot, actors: dict[Role, Actor]
) -> None:
    window = MainWindow(book, actors[Role.PENGAWAS], idle_lock_ms=60_000)
    qtbot.addWidget(window)
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "User: Pengawas (Pengawas)" in status
    assert window.supervision.audit_panel is not None
    assert window.settings.users is None
