"""Fixtures for the window tests: ops over the shared ``book``, and no blocking boxes.

``QT_QPA_PLATFORM=offscreen`` is set before any QApplication exists (pytest-qt
creates it lazily in the ``qapp`` fixture).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import ApprovalRequiredError, KopdeskError
from kopdesk.storage.db import Book
from kopdesk.ui.kit import guards, messages, preview, printing
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
    """The user's kopdesk.ini (window geometry, recent books) in the test's own folder,
    never the real one."""
    folder = tmp_path / "user-settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def pc_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This computer's settings (the print choices) in a file of the test's own."""
    path = str(tmp_path / "kopdesk-pc.ini")
    monkeypatch.setattr(preview, "settings", lambda: QSettings(path, QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Replace message boxes, the save dialog, opening files, the print preview (which
    saves the paper to ``save_to`` and closes), the approval dialog (which declines)
    and the money, date and discard questions (which say yes and are recorded) so
    nothing blocks."""
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

    def show_paper(parent: object, _ops: Ops, name: str, data: bytes, ask: preview.AskPath) -> None:
        record.previewed.append(data)
        path = ask(None, name, "")
        if path is not None:
            path.write_bytes(data)
            record.opened.append(path)

    def ask_approval(
        _cls: type, _ops: Ops, error: ApprovalRequiredError, _what: str, _parent: object = None
    ) -> int | None:
        record.approvals.append(error.message)
        return None  # tests that approve replace ApprovalDialog.ask themselves

    def ask_money(_parent: object, slip: object, reasons: list[str]) -> bool:
        record.slips.append((slip, reasons))
        return record.post_money

    def ask_unusual_date(_parent: object, _on: object, reasons: list[str]) -> bool:
        record.unusual_dates.append(reasons)
        return record.post_on_date

    def ask_discard(_parent: object) -> bool:
        record.discards += 1
        return record.discard

    monkeypatch.setattr(guards, "ask_money", ask_money)
    monkeypatch.setattr(guards, "ask_unusual_date", ask_unusual_date)
    monkeypatch.setattr(guards, "ask_discard", ask_discard)
    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(ask_approval))
    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", inform)
    monkeypatch.setattr(printing, "ask_save_path", ask_save_path)
    monkeypatch.setattr(printing, "open_file", record.opened.append)
    monkeypatch.setattr(preview, "show_paper", show_paper)
    return record
