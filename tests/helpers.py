"""Helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

from sqlalchemy import MetaData, select

from kopdesk.storage.db import Book

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
