"""Buku administrasi (issue 18 part 7): the staff register (the pengurus and pengawas
registers are read from ``organ_role``, so ``officer`` holds only ``karyawan``), minutes of meetings with their files, and the book of suggestions and officials'
recommendations.

Creates ``officer``, ``meeting``, ``meeting_file`` and ``admin_note``. They are
covered by the row seals (new tables, empty: nothing to seal yet); on PostgreSQL each
gets the ``_touch`` trigger that notes kopdesk's writes (0008).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.services.base import seals

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = ("officer", "meeting", "meeting_file", "admin_note")


def upgrade() -> None:
    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('karyawan')", name=op.f("ck_officer_kind")),
        sa.CheckConstraint("sex IN ('L', 'P')", name=op.f("ck_officer_sex")),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date <= end_date", name=op.f("ck_officer_dates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('pengurus', 'pengawas', 'gabungan', 'rat', 'ra_khusus', 'lain')",
            name=op.f("ck_meeting_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_date"), "meeting", ["date"], unique=False)
    op.create_table(
        "meeting_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content_b64", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("size > 0", name=op.f("ck_meeting_file_size")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_file_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_file")),
    )
    op.create_index(
        op.f("ix_meeting_file_meeting_id"), "meeting_file", ["meeting_id"], unique=False
    )
    op.create_table(
        "admin_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('saran', 'anjuran')", name=op.f("ck_admin_note_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_note")),
    )
    op.create_index(op.f("ix_admin_note_date"), "admin_note", ["date"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER trg_{table}_touch AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION kopdesk_touch()"
            )
    seals.seal_guards(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
