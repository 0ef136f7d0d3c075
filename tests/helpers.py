"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import MetaData, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kopdesk.storage.db import Book, open_book

POSTGRES_URL = os.environ.get("KOPDESK_TEST_POSTGRES_URL", "")
"""A PostgreSQL server the multi-PC tests may create scratch databases on."""
NO_POSTGRES = "no PostgreSQL server: set KOPDESK_TEST_POSTGRES_URL (.ci/run does)"

Snapshot = dict[str, list[tuple[object, ...]]]


def take_snapshot(book: Book) -> Snapshot:
    """Every row of every table, for 'nothing was written' checks."""
    meta = MetaData()
    meta.reflect(book.engine)
    with book.read() as session:
        return {
            name: [tuple(row) for row in session.execute(select(table).order_by(*table.c))]
            for name, table in sorted(meta.tables.items())
        }


@contextmanager
def postgres_book(setup: Callable[[Session], None] | None = None) -> Iterator[Book]:
    """A book in a new scratch PostgreSQL database (``setup`` runs in its first unit of
    work), dropped afterwards. Skips the test, with :data:`NO_POSTGRES` as the reason,
    where no server is named: ``.ci/run`` names one, so CI runs every such test."""
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    name = f"kopdesk_test_{uuid.uuid4().hex[:12]}"
    server = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    book = open_book(url, create=True)
    try:
        if setup is not None:
            with book.unit_of_work() as session:
                setup(session)
        yield book
    finally:
        book.close()
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        server.dispose()
