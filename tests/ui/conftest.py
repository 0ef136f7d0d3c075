"""Fixtures for the window tests: a temporary book, ops over it, and no blocking boxes.

``QT_QPA_PLATFORM=offscreen`` is set before any QApplication exists (pytest-qt
creates it lazily in the ``qapp`` fixture).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kopdesk.db import Book, open_book
from kopdesk.errors import KopdeskError
from kopdesk.services.books import ProfileInput, create_book
from kopdesk.services.journal import EntryInfo, EntryInput, LineInput, post_entry
from kopdesk.ui import messages, printing
from kopdesk.ui.ops import Ops
from tests.ui.helpers import Post, Shown

COOP_NAME = "Koperasi Simpan Pinjam Maju Bersama"


@pytest.fixture
def ui_book(tmp_path: Path) -> Iterator[Book]:
    """An open book with a profile and fiscal year 2025, no entries."""
    book = open_book(tmp_path / "buku.sqlite", create=True)
    with book.unit_of_work() as session:
        create_book(session, ProfileInput(name=COOP_NAME), 2025)
    yield book
    book.close()


@pytest.fixture
def ops(ui_book: Book, qapp: object) -> Ops:
    return Ops(ui_book, "bendahara")


@pytest.fixture
def post(ui_book: Book) -> Post:
    """``post("2025-01-05", [("1101", 100_000), ("3101", -100_000)], "Setoran")``."""

    def _post(on: str, lines: list[tuple[str, int]], description: str = "Jurnal uji") -> EntryInfo:
        entry = EntryInput(
            dt.date.fromisoformat(on), description, [LineInput(c, a) for c, a in lines]
        )
        with ui_book.unit_of_work() as session:
            return post_entry(session, entry, user="penguji")

    return _post


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Replace message boxes, the save dialog and opening files so nothing blocks."""
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

    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "inform", inform)
    monkeypatch.setattr(printing, "ask_save_path", ask_save_path)
    monkeypatch.setattr(printing, "open_file", record.opened.append)
    return record
