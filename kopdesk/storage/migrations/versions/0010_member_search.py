"""Member search index (issue 16): search as you type without scanning every member.

SQLite: an FTS5 table ``member_search`` with the trigram tokenizer holds each
member's number and name (lower-cased the way SQLite's ``lower()`` does), NIK and
phone, under the member's id as rowid. A query of three or more characters is then
a phrase match on the index, which finds exactly the rows containing that text
(``services/members/search.py``). Three triggers keep it in step with ``member`` in
the same transaction, whatever statement writes the member; they are guards, so
this revision seals them. The index is filled from the members already there.

PostgreSQL, or an SQLite without FTS5's trigram tokenizer: nothing changes; the
search stays a plain ``LIKE``.

Self-contained (create, fill, triggers, seal); it may be re-chained after another
revision without change. A later revision that rebuilds ``member`` on SQLite (Alembic's
batch mode copies the table and drops the old one, and its triggers with it) must run
``STATEMENTS[2:]`` again and seal the guards; ``search.index_problems`` names members
the index has wrong.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from kopdesk.services.base import seals

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_VALUES = "lower({r}.number), lower({r}.full_name), {r}.nik, {r}.phone"
STATEMENTS = (
    "CREATE VIRTUAL TABLE member_search USING fts5("
    "number, full_name, nik, phone, tokenize = 'trigram case_sensitive 1')",
    "INSERT INTO member_search (rowid, number, full_name, nik, phone) "
    f"SELECT m.id, {_VALUES.format(r='m')} FROM member m",
    "CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN "
    "INSERT INTO member_search (rowid, number, full_name, nik, phone) "
    f"VALUES (NEW.id, {_VALUES.format(r='NEW')}); END",
    "CREATE TRIGGER member_search_update AFTER UPDATE OF id, number, full_name, nik, phone "
    "ON member BEGIN DELETE FROM member_search WHERE rowid = OLD.id; "
    "INSERT INTO member_search (rowid, number, full_name, nik, phone) "
    f"VALUES (NEW.id, {_VALUES.format(r='NEW')}); END",
    "CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN "
    "DELETE FROM member_search WHERE rowid = OLD.id; END",
)


def _has_trigram(bind: Connection) -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (3.34 and later, when
    built with FTS5, as Python's own builds are)."""
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(
                "CREATE VIRTUAL TABLE temp.kopdesk_trigram_probe USING fts5(x, tokenize = 'trigram')"
            )
            bind.exec_driver_sql("DROP TABLE temp.kopdesk_trigram_probe")
    except DBAPIError:
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite" or not _has_trigram(bind):
        return  # the search stays a plain LIKE (services/members/search.py)
    for statement in STATEMENTS:
        op.execute(statement)
    seals.seal_guards(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
