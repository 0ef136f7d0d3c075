"""Pieces the schema revisions share. Changing them changes what old revisions do,
so they only ever gain functions; the SQL of an existing one stays as it is."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import sqlalchemy as sa
from alembic import op


def append_only(tables: Mapping[str, str]) -> None:
    """Refuse UPDATE and DELETE on each table with its Indonesian message (SQLite and
    PostgreSQL, the latter through the ``kopdesk_refuse`` function of revision 0001)."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, message in tables.items():
        if sqlite:
            for when in ("update", "delete"):
                op.execute(
                    f"CREATE TRIGGER trg_{table}_no_{when} BEFORE {when.upper()} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        else:
            op.execute(
                f"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('{message}')"
            )


def insert_row(bind: sa.Connection, table: str, columns: str, values: Sequence[object]) -> None:
    """INSERT one row given a comma-separated column list and its values, bound by name."""
    names = [f"v{i}" for i in range(len(values))]
    bind.execute(
        sa.text(f"INSERT INTO {table} ({columns}) VALUES (:{', :'.join(names)})"),
        dict(zip(names, values, strict=True)),
    )
