"""Shared test set-up: Qt offscreen, a fixed user, and a fresh book per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KOPDESK_USER"] = "penguji"

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kopdesk.db import Book, open_book
from kopdesk.services.books import ProfileInput, create_book
from kopdesk.services.journal import EntryInfo, EntryInput, LineInput, post_entry
from tests.helpers import Snapshot, take_snapshot

PROFILE = ProfileInput(
    name="KSP Sejahtera Bersama",
    legal_number="AHU-0001234.AH.01.29.TAHUN 2019",
    legal_date=dt.date(2019, 3, 14),
    address="Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Cibeunying, Kota Bandung",
)

PostFn = Callable[..., EntryInfo]


@pytest.fixture(scope="session")
def template_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated book with profile, chart and fiscal year 2025, made once."""
    path = tmp_path_factory.mktemp("template") / "buku.sqlite"
    book = open_book(path, create=True)
    with book.unit_of_work() as session:
        create_book(session, PROFILE, 2025)
    with book.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    book.close()
    return path


@pytest.fixture
def book_path(template_book: Path, tmp_path: Path) -> Path:
    target = tmp_path / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return target


@pytest.fixture
def book(book_path: Path) -> Iterator[Book]:
    """An open book of a KSP with the koperasi chart and an open year 2025."""
    opened = open_book(book_path)
    yield opened
    opened.close()


@pytest.fixture
def post(book: Book) -> PostFn:
    """``post("2025-01-05", [("1101", 100_000), ("3101", -100_000)])`` posts one entry."""

    def _post(day: str, lines: list[tuple[str, int]], memo: str = "Jurnal uji") -> EntryInfo:
        entry = EntryInput(
            date=dt.date.fromisoformat(day),
            description=memo,
            lines=[LineInput(code, amount) for code, amount in lines],
        )
        with book.unit_of_work() as session:
            return post_entry(session, entry, user="penguji")

    return _post


@pytest.fixture
def snapshot(book: Book) -> Callable[[], Snapshot]:
    """``snapshot()`` returns every row of every table of ``book``."""
    return lambda: take_snapshot(book)
