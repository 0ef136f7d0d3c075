"""Starting the application: wizard on a new book, main window on an existing one,
and the crash dialog for bugs."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kopdesk.db import Book, open_book
from kopdesk.errors import DomainError
from kopdesk.services.books import ProfileInput, create_book
from kopdesk.ui import app as app_module
from kopdesk.ui.crash import CrashDialog, excepthook
from kopdesk.ui.main_window import MainWindow
from kopdesk.ui.wizard import SetupWizard
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


def test_existing_book_opens_the_main_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "buku.sqlite"
    book = open_book(path, create=True)
    with book.unit_of_work() as session:
        create_book(session, ProfileInput(name="Kopdit Harapan"), 2025)
    book.close()
    shown_windows: list[str] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown_windows.append(self.windowTitle()))
    monkeypatch.setattr(QApplication, "exec", lambda _self: 7)
    assert app_module.run_gui(path) == 7
    assert shown_windows == ["Kopdit Harapan — kopdesk"]


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
