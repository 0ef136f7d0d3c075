"""Tutup buku: fixed assets and depreciation, year closes, SHU, RAT texts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.storage.migrations.guards import append_only

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

APPEND_ONLY = {
    "depreciation_run": "Penyusutan yang sudah diposting tidak boleh diubah atau dihapus.",
    "depreciation_line": "Rincian penyusutan tidak boleh diubah atau dihapus.",
    "year_close_event": "Catatan tutup buku tidak boleh diubah atau dihapus.",
    "shu_member": "SHU anggota yang sudah diposting tidak boleh diubah atau dihapus.",
    "shu_payment": "Pembayaran SHU tidak boleh diubah atau dihapus.",
}


def upgrade() -> None:
    op.create_table(
        "fixed_asset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("acquired_on", sa.Date(), nullable=False),
        sa.Column("cost", sa.BigInteger(), nullable=False),
        sa.Column("residual", sa.BigInteger(), nullable=False),
        sa.Column("life_months", sa.Integer(), nullable=False),
        sa.Column("depreciation_start", sa.String(length=7), nullable=False),
        sa.Column("opening_accumulated", sa.BigInteger(), nullable=False),
        sa.Column("asset_account_id", sa.Integer(), nullable=False),
        sa.Column("accumulated_account_id", sa.Integer(), nullable=True),
        sa.Column("expense_account_id", sa.Integer(), nullable=True),
        sa.Column("acquisition_entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("cost > 0", name=op.f("ck_fixed_asset_cost")),
        sa.CheckConstraint("life_months >= 0", name=op.f("ck_fixed_asset_life")),
        sa.CheckConstraint("opening_accumulated >= 0", name=op.f("ck_fixed_asset_opening")),
        sa.CheckConstraint(
            "opening_accumulated <= cost - residual", name=op.f("ck_fixed_asset_opening_max")
        ),
        sa.CheckConstraint(
            "residual >= 0 AND residual <= cost", name=op.f("ck_fixed_asset_residual")
        ),
        sa.ForeignKeyConstraint(
            ["accumulated_account_id"],
            ["account.id"],
            name=op.f("fk_fixed_asset_accumulated_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["acquisition_entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_fixed_asset_acquisition_entry_id_journal_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["asset_account_id"],
            ["account.id"],
            name=op.f("fk_fixed_asset_asset_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["expense_account_id"],
            ["account.id"],
            name=op.f("fk_fixed_asset_expense_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fixed_asset")),
        sa.UniqueConstraint("code", name=op.f("uq_fixed_asset_code")),
    )
    op.create_table(
        "depreciation_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_depreciation_run_entry_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_depreciation_run")),
        sa.UniqueConstraint("month", name=op.f("uq_depreciation_run_month")),
    )
    op.create_table(
        "depreciation_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["fixed_asset.id"], name=op.f("fk_depreciation_line_asset_id_fixed_asset")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["depreciation_run.id"],
            name=op.f("fk_depreciation_line_run_id_depreciation_run"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_depreciation_line")),
        sa.UniqueConstraint("run_id", "asset_id", name=op.f("uq_depreciation_line_run_id")),
    )
    op.create_index(
        op.f("ix_depreciation_line_asset_id"), "depreciation_line", ["asset_id"], unique=False
    )
    op.create_table(
        "year_close_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("surplus", sa.BigInteger(), nullable=False),
        sa.Column("closing_entry_id", sa.Integer(), nullable=True),
        sa.Column("transfer_entry_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('close', 'reopen')", name=op.f("ck_year_close_event_kind")),
        sa.ForeignKeyConstraint(
            ["closing_entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_year_close_event_closing_entry_id_journal_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_year_close_event_transfer_entry_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_close_event")),
    )
    op.create_index(op.f("ix_year_close_event_year"), "year_close_event", ["year"], unique=False)
    op.create_table(
        "shu_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("allocation", sa.Text(), nullable=False),
        sa.Column("modal_basis", sa.String(length=15), nullable=False),
        sa.Column("include_sukarela", sa.Boolean(), nullable=False),
        sa.Column("usaha_basis", sa.String(length=15), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("pool", sa.BigInteger(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("posted_on", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "modal_basis IN ('akhir_tahun', 'rata_bulanan')", name=op.f("ck_shu_plan_modal_basis")
        ),
        sa.CheckConstraint("status IN ('draft', 'posted')", name=op.f("ck_shu_plan_status")),
        sa.CheckConstraint(
            "usaha_basis IN ('bunga', 'volume', 'pembelian')", name=op.f("ck_shu_plan_usaha_basis")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_shu_plan_entry_id_journal_entry")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shu_plan")),
        sa.UniqueConstraint("year", name=op.f("uq_shu_plan_year")),
    )
    op.create_table(
        "shu_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("modal_basis", sa.BigInteger(), nullable=False),
        sa.Column("usaha_basis", sa.BigInteger(), nullable=False),
        sa.Column("jasa_modal", sa.BigInteger(), nullable=False),
        sa.Column("jasa_usaha", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_shu_member_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shu_member")),
        sa.UniqueConstraint("year", "member_id", name=op.f("uq_shu_member_year")),
    )
    op.create_index(op.f("ix_shu_member_member_id"), "shu_member", ["member_id"], unique=False)
    op.create_index(op.f("ix_shu_member_year"), "shu_member", ["year"], unique=False)
    op.create_table(
        "shu_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("receipt_number", sa.String(length=30), nullable=False),
        sa.Column("paid_by", sa.String(length=64), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_shu_payment_amount")),
        sa.CheckConstraint("method IN ('tunai', 'sukarela')", name=op.f("ck_shu_payment_method")),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_shu_payment_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_shu_payment_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shu_payment")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_shu_payment_receipt_number")),
        sa.UniqueConstraint("year", "member_id", name=op.f("uq_shu_payment_year")),
    )
    op.create_index(op.f("ix_shu_payment_member_id"), "shu_payment", ["member_id"], unique=False)
    op.create_index(op.f("ix_shu_payment_year"), "shu_payment", ["year"], unique=False)
    op.create_table(
        "rat_content",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rat_content")),
        sa.UniqueConstraint("year", "key", name=op.f("uq_rat_content_year")),
    )
    append_only(APPEND_ONLY)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
