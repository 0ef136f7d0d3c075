"""Shared test set-up: Qt offscreen, cheap password hashing, and a fresh book per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import users
from kopdesk.services.ledger.books import ProfileInput
from kopdesk.services.ledger.journal import EntryInfo, EntryInput, LineInput, post_entry
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book
from tests.helpers import Snapshot, take_snapshot

# argon2id at its real cost takes ~0.2 s a hash; tests use the same algorithm, cheaply.
users.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)

PASSWORD = "rahasia-123"
"""Every test user's password."""

TODAY = dt.date(2026, 12, 4)
""""Today" for every test: no test depends on the real date (kopdesk.domain.clock)."""


@pytest.fixture(scope="session", autouse=True)
def pinned_today() -> Iterator[dt.date]:
    """Pin the clock for the whole run, before any book is made."""
    with clock.pinned(TODAY):
        yield TODAY


PROFILE = ProfileInput(
    name="KSP Sejahtera Bersama",
    legal_number="AHU-0001234.AH.01.29.TAHUN 2019",
    legal_date=dt.date(2019, 3, 14),
    address="Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Cibeunying, Kota Bandung",
)

PostFn = Callable[..., EntryInfo]


def make_book(path: Path, *, year: int = 2025) -> None:
    """A book with the profile, the koperasi chart, one user per role, open ``year``."""
    book = open_book(path, create=True)
    with book.unit_of_work() as session:
        admin = users.create_first_admin(session, "admin", PASSWORD, "Admin Uji").actor()
        create_book(session, PROFILE, year, actor=admin)
        for role in Role:
            if role is not Role.ADMIN:
                users.create_user(session, admin, role.value, role, PASSWORD, full_name=role.label)
    with book.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    book.close()


@pytest.fixture(scope="session")
def template_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated book made once per test session; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "buku.sqlite"
    make_book(path)
    return path


@pytest.fixture
def book_path(template_book: Path, tmp_path: Path) -> Path:
    target = tmp_path / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return target


@pytest.fixture
def book(book_path: Path) -> Iterator[Book]:
    """An open book of a KSP with the koperasi chart, an open year 2025 and
    users ``admin``, ``ketua``, ``bendahara``, ``kasir``, ``pengawas`` (password ``PASSWORD``)."""
    opened = open_book(book_path)
    yield opened
    opened.close()


@pytest.fixture
def actors(book: Book) -> dict[Role, Actor]:
    """The signed-in user of each role."""
    with book.read() as session:
        return {u.role: u.actor() for u in users.list_users(session)}


@pytest.fixture
def bendahara(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.BENDAHARA]


@pytest.fixture
def admin(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.ADMIN]


@pytest.fixture
def post(book: Book, bendahara: Actor) -> PostFn:
    """``post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])`` posts one entry
    as the treasurer."""

    def _post(day: str, lines: list[tuple[str, int]], memo: str = "Jurnal uji") -> EntryInfo:
        entry = EntryInput(
            date=dt.date.fromisoformat(day),
            description=memo,
            lines=[LineInput(code, amount) for code, amount in lines],
        )
        with book.unit_of_work() as session:
            return post_entry(session, entry, actor=bendahara)

    return _post


@pytest.fixture
def snapshot(book: Book) -> Callable[[], Snapshot]:
    """``snapshot()`` returns every row of every table of ``book``."""
    return lambda: take_snapshot(book)
