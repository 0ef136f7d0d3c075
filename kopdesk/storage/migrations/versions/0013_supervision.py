"""The pengawas' workspace (issue 18): cash counts (kas opname) by denomination,
seeded sample checks and findings with their follow-up.

Cash counts and their lines are append-only (guards on both, sealed with
``seals.seal_guards``); the new tables are row-sealed like every other table, so
on PostgreSQL each gets its ``_touch`` trigger.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.services.base import seals
from kopdesk.storage.migrations.guards import append_only

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

NEW_TABLES = ("cash_count", "cash_count_line", "sample_check", "sample_item", "finding")


def upgrade() -> None:
    op.create_table(
        "cash_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("counted_at", sa.DateTime(), nullable=False),
        sa.Column("account_code", sa.String(length=20), nullable=False),
        sa.Column("physical_total", sa.BigInteger(), nullable=False),
        sa.Column("book_balance", sa.BigInteger(), nullable=False),
        sa.Column("difference", sa.BigInteger(), nullable=False),
        sa.Column("counted_by", sa.String(length=64), nullable=False),
        sa.Column("counter_name", sa.String(length=200), nullable=False),
        sa.Column("witness", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_count")),
        sa.UniqueConstraint("number", name=op.f("uq_cash_count_number")),
    )
    op.create_table(
        "cash_count_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count_id", sa.Integer(), nullable=False),
        sa.Column("denomination", sa.Integer(), nullable=False),
        sa.Column("coin", sa.Boolean(), nullable=False),
        sa.Column("pieces", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("denomination > 0", name=op.f("ck_cash_count_line_denomination")),
        sa.CheckConstraint("pieces >= 0", name=op.f("ck_cash_count_line_pieces")),
        sa.ForeignKeyConstraint(
            ["count_id"], ["cash_count.id"], name=op.f("fk_cash_count_line_count_id_cash_count")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_count_line")),
        sa.UniqueConstraint(
            "count_id", "denomination", "coin", name=op.f("uq_cash_count_line_count_id")
        ),
    )
    op.create_index(
        op.f("ix_cash_count_line_count_id"), "cash_count_line", ["count_id"], unique=False
    )
    op.create_table(
        "sample_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=False),
        sa.Column("date_to", sa.Date(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('jurnal', 'anggota')", name=op.f("ck_sample_check_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_check")),
        sa.UniqueConstraint("number", name=op.f("uq_sample_check_number")),
    )
    op.create_table(
        "sample_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("checked_by", sa.String(length=64), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sample_id"], ["sample_check.id"], name=op.f("fk_sample_item_sample_id_sample_check")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_item")),
        sa.UniqueConstraint("sample_id", "position", name=op.f("uq_sample_item_sample_id")),
    )
    op.create_table(
        "finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("response_by", sa.String(length=64), nullable=False),
        sa.Column("response_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('terbuka', 'ditindaklanjuti', 'selesai')", name=op.f("ck_finding_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
        sa.UniqueConstraint("number", name=op.f("uq_finding_number")),
    )
    append_only(
        {
            "cash_count": "Kas opname yang dicatat tidak boleh diubah; catat opname baru.",
            "cash_count_line": "Rincian kas opname tidak boleh diubah atau dihapus.",
        }
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name in NEW_TABLES:
            op.execute(
                f"CREATE TRIGGER trg_{name}_touch AFTER INSERT OR UPDATE OR DELETE "
                f"ON {name} FOR EACH ROW EXECUTE FUNCTION kopdesk_touch()"
            )
    seals.seal_guards(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
