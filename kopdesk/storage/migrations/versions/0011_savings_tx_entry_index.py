"""Index savings_tx by journal entry (issue 16): a statement finds the receipts
of its entries without scanning every counter transaction.

Creates an index only; no table, row or guard changes, so nothing to seal.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_savings_tx_entry_id", "savings_tx", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_savings_tx_entry_id", table_name="savings_tx")
