"""Fixtures for the window tests: ops over the shared ``book``, and no blocking boxes.

``QT_QPA_PLATFORM=offscreen`` is set before any QApplication exists (pytest-qt
creates it lazily in the ``qapp`` fixture).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import ApprovalRequiredError, KopdeskError
from kopdesk.storage.db import Book
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.approval import ApprovalDialog
from kopdesk.ui.kit.ops import Ops
from tests.ui.helpers import Shown


@pytest.fixture
def ops(book: Book, bendahara: Actor, qapp: object) -> Ops:
    """Ops over the shared ``book`` fixture (tests/conftest.py), signed in as the treasurer."""
    return Ops(book, bendahara)


@pytest.fixture
def ops_as(book: Book, actors: dict[Role, Actor], qapp: object) -> Callable[[Role], Ops]:
    """``ops_as(Role.KASIR)``: Ops signed in as the user of that role."""
    return lambda role: Ops(book, actors[role])


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path) -> Path:
    """The user's QSettings (recent books) in the test's own folder, never the real one."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "user-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Replace message boxes, the save dialog, opening files and the approval dialog
    (which declines) so nothing blocks."""
    record = Shown()

    def show_error(_parent: object, error: KopdeskError) -> None:
        record.errors.append(error)

    def confirm(_parent: object, _title: str, text: str) -> bool:
        record.questions.append(text)
        return record.answer

    def inform(_parent: object, _title: str, text: str) -> None:
        record.infos.append(text)

    def ask_save_path(_parent: object, _suggested: str, _pattern: str) -> Path | None:
        return record.save_to

    def ask_approval(
        _cls: type, _ops: Ops, error: ApprovalRequiredError, _what: str, _parent: object = None
    ) -> int | None:
        record.approvals.append(error.message)
        return None  # tests that approve replace ApprovalDialog.ask themselves

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(ask_approval))
    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", inform)
    monkeypatch.setattr(printing, "ask_save_path", ask_save_path)
    monkeypatch.setattr(printing, "open_file", record.opened.append)
    return record
