"""Answers to the qualitative questions of the health assessment (issue 18): the
Perdep 06/2016 Manajemen questionnaire and the KKPKK checklists, one yes/no per
(scheme, tahun buku, question key), with who answered and when.

A new, empty table; its rows are row-sealed like every other table's as kopdesk
writes them, so nothing to seal here.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Boolean(), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_answer")),
        sa.UniqueConstraint("scheme", "year", "key", name=op.f("uq_health_answer_scheme")),
    )


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
