"""Row seals (issue 14): every row that carries money or rights joins a hash chain.

Creates ``row_seal`` (append-only) and the ``seal`` chain, seals every row of the
covered tables as it stands and every database guard (trigger, PostgreSQL
function) by its SQL, and gives the document registry a column for the chains'
heads printed on each paper. PostgreSQL gets the trigger function that notes
kopdesk's own writes (``services/seals.py`` explains the mechanism); SQLite needs
nothing permanent for that.

A later revision that changes a covered table's columns, adds a covered table, or
makes or changes a guard must seal what it changed (``seals.seal_all`` for new
rows, ``seals.seal_guards`` for guards, and on PostgreSQL a ``_touch`` trigger on a
new table), or verification will report it as changed outside kopdesk.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.domain.chain import GENESIS
from kopdesk.services.base import seals
from kopdesk.storage.migrations.guards import append_only

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "row_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("journal_seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("before_hash", sa.String(length=64), nullable=True),
        sa.Column("after_hash", sa.String(length=64), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_row_seal")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_row_seal_chain_seq")),
    )
    op.create_index("ix_row_seal_row", "row_seal", ["tbl", "row_key", "chain_seq"])
    op.add_column(
        "document",
        sa.Column("anchor", sa.String(length=300), nullable=False, server_default=""),
    )
    bind = op.get_bind()
    bind.execute(
        sa.text("INSERT INTO chain_state (name, last_seq, last_hash) VALUES ('seal', 0, :h)"),
        {"h": GENESIS},
    )
    append_only({"row_seal": "Segel isi buku tidak boleh diubah atau dihapus."})
    if bind.dialect.name == "postgresql":
        op.execute(POSTGRES_TOUCH)
    meta = sa.MetaData()
    meta.reflect(bind)
    tables = seals.covered_tables(meta.sorted_tables)
    if bind.dialect.name == "postgresql":
        for table in tables:
            op.execute(
                f"CREATE TRIGGER trg_{table.name}_touch AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table.name} FOR EACH ROW EXECUTE FUNCTION kopdesk_touch()"
            )
    seals.seal_all(bind, tables)
    seals.seal_guards(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")


POSTGRES_TOUCH = """
CREATE FUNCTION kopdesk_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kopdesk.seal', true) = 'on' THEN
    INSERT INTO pg_temp.kopdesk_touched (tbl, k, old) VALUES (
      TG_TABLE_NAME,
      CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW)::text END,
      CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD)::text END);
  END IF;
  RETURN NULL;
END $$
"""
