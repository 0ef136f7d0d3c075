"""Loans: products, loans and schedules, payments and their split, allowance runs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.storage.migrations.guards import append_only, insert_row

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

APPEND_ONLY = {
    "loan_event": "Transaksi pinjaman tidak boleh diubah atau dihapus.",
    "loan_payment_part": "Rincian pembayaran angsuran tidak boleh diubah atau dihapus.",
    "loan_installment": "Jadwal angsuran yang sudah dicairkan tidak boleh diubah; restrukturisasi membuat jadwal baru.",
    "loan_allowance_run": "Penyesuaian PPAP tidak boleh diubah atau dihapus.",
}

# The products a koperasi starts with (kopdesk.domain.loans.DEFAULT_PRODUCTS, frozen
# here as this revision wrote them); only books that already have a chart get them here.
PRODUCTS = (
    ("umum", "Pinjaman Umum", "flat", "1.5", "month", 500000, 50000000, 1, 36,
     "percent", "1", "fixed", "25000", "0.1", "day", 3, "up_100", "denda,bunga,pokok", "next",
     "1301", "4101", "4103", "4102", "4104"),
    ("usaha", "Pinjaman Usaha", "menurun", "18", "year", 1000000, 100000000, 3, 60,
     "percent", "1", "fixed", "50000", "0.1", "day", 3, "half_up", "denda,bunga,pokok", "next",
     "1302", "4101", "4103", "4102", "4104"),
    ("darurat", "Pinjaman Darurat", "anuitas", "12", "year", 100000, 5000000, 1, 12,
     "fixed", "0", "fixed", "10000", "0.1", "day", 3, "half_up", "denda,bunga,pokok", "next",
     "1303", "4101", "4103", "4102", "4104"),
)  # fmt: skip


def _tables() -> None:
    op.create_table(
        "loan_product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("rate_percent", sa.String(length=12), nullable=False),
        sa.Column("rate_period", sa.String(length=5), nullable=False),
        sa.Column("min_amount", sa.BigInteger(), nullable=False),
        sa.Column("max_amount", sa.BigInteger(), nullable=False),
        sa.Column("min_tenor", sa.Integer(), nullable=False),
        sa.Column("max_tenor", sa.Integer(), nullable=False),
        sa.Column("provisi_kind", sa.String(length=7), nullable=False),
        sa.Column("provisi_value", sa.String(length=20), nullable=False),
        sa.Column("admin_kind", sa.String(length=7), nullable=False),
        sa.Column("admin_value", sa.String(length=20), nullable=False),
        sa.Column("late_fee_percent", sa.String(length=12), nullable=False),
        sa.Column("late_fee_period", sa.String(length=5), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("rounding", sa.String(length=10), nullable=False),
        sa.Column("allocation_order", sa.String(length=30), nullable=False),
        sa.Column("overpayment", sa.String(length=8), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("interest_account_id", sa.Integer(), nullable=False),
        sa.Column("provisi_account_id", sa.Integer(), nullable=False),
        sa.Column("admin_account_id", sa.Integer(), nullable=False),
        sa.Column("late_fee_account_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "admin_kind IN ('fixed', 'percent')", name=op.f("ck_loan_product_admin_kind")
        ),
        sa.CheckConstraint(
            "late_fee_period IN ('day', 'month')", name=op.f("ck_loan_product_late_fee_period")
        ),
        sa.CheckConstraint(
            "method IN ('flat', 'menurun', 'anuitas')", name=op.f("ck_loan_product_method")
        ),
        sa.CheckConstraint(
            "overpayment IN ('next', 'sukarela', 'refuse')",
            name=op.f("ck_loan_product_overpayment"),
        ),
        sa.CheckConstraint(
            "provisi_kind IN ('fixed', 'percent')", name=op.f("ck_loan_product_provisi_kind")
        ),
        sa.CheckConstraint(
            "rate_period IN ('month', 'year')", name=op.f("ck_loan_product_rate_period")
        ),
        sa.CheckConstraint(
            "min_amount > 0 AND max_amount >= min_amount AND min_tenor >= 1 AND max_tenor >= min_tenor",
            name=op.f("ck_loan_product_limits"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_loan_product_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["admin_account_id"],
            ["account.id"],
            name=op.f("fk_loan_product_admin_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["interest_account_id"],
            ["account.id"],
            name=op.f("fk_loan_product_interest_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["late_fee_account_id"],
            ["account.id"],
            name=op.f("fk_loan_product_late_fee_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["provisi_account_id"],
            ["account.id"],
            name=op.f("fk_loan_product_provisi_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_product")),
        sa.UniqueConstraint("code", name=op.f("uq_loan_product_code")),
    )
    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("tenor", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("rate_percent", sa.String(length=12), nullable=False),
        sa.Column("rate_period", sa.String(length=5), nullable=False),
        sa.Column("rounding", sa.String(length=10), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("collateral", sa.Text(), nullable=False),
        sa.Column("collateral_value", sa.BigInteger(), nullable=False),
        sa.Column("guarantors", sa.Text(), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("applied_by", sa.String(length=64), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("provisi", sa.BigInteger(), nullable=False),
        sa.Column("admin_fee", sa.BigInteger(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("restructured_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('diajukan', 'disetujui', 'ditolak', 'aktif', 'lunas', 'direstrukturisasi', 'dihapus')",
            name=op.f("ck_loan_status"),
        ),
        sa.CheckConstraint("amount > 0 AND tenor >= 1", name=op.f("ck_loan_terms")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_loan_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["loan_product.id"], name=op.f("fk_loan_product_id_loan_product")
        ),
        sa.ForeignKeyConstraint(
            ["restructured_from_id"], ["loan.id"], name=op.f("fk_loan_restructured_from_id_loan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
        sa.UniqueConstraint("number", name=op.f("uq_loan_number")),
        sa.UniqueConstraint("restructured_from_id", name=op.f("uq_loan_restructured_from_id")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_status"), ["status"], unique=False)

    op.create_table(
        "loan_allowance_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("required", sa.BigInteger(), nullable=False),
        sa.Column("previous", sa.BigInteger(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_loan_allowance_run_entry_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_allowance_run")),
        sa.UniqueConstraint("month", name=op.f("uq_loan_allowance_run_month")),
    )
    op.create_table(
        "loan_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("cash", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("late_fee", sa.BigInteger(), nullable=False),
        sa.Column("overpayment", sa.BigInteger(), nullable=False),
        sa.Column("cash_account_id", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('cair', 'angsuran', 'pelunasan', 'restrukturisasi', 'hapus', 'saldo_awal')",
            name=op.f("ck_loan_event_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["cash_account_id"], ["account.id"], name=op.f("fk_loan_event_cash_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_loan_event_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_loan_event_loan_id_loan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_event")),
        sa.UniqueConstraint("number", name=op.f("uq_loan_event_number")),
    )
    with op.batch_alter_table("loan_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_event_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_event_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "loan_installment",
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loan.id"], name=op.f("fk_loan_installment_loan_id_loan")
        ),
        sa.PrimaryKeyConstraint("loan_id", "number", name=op.f("pk_loan_installment")),
    )
    with op.batch_alter_table("loan_installment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loan_installment_due_date"), ["due_date"], unique=False
        )

    op.create_table(
        "loan_payment_part",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("late_fee", sa.BigInteger(), nullable=False),
        sa.Column("interest", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["loan_event.id"], name=op.f("fk_loan_payment_part_event_id_loan_event")
        ),
        sa.PrimaryKeyConstraint("event_id", "number", name=op.f("pk_loan_payment_part")),
    )


def _seed_existing_book(bind: sa.Connection) -> None:
    ids: dict[str, int] = dict(bind.execute(sa.text("SELECT code, id FROM account")).all())
    if "1301" not in ids:
        return  # a new, empty book: books.create_book seeds chart and products
    columns = (
        "code, name, method, rate_percent, rate_period, min_amount, max_amount, min_tenor, "
        "max_tenor, provisi_kind, provisi_value, admin_kind, admin_value, late_fee_percent, "
        "late_fee_period, grace_days, rounding, allocation_order, overpayment, account_id, "
        "interest_account_id, provisi_account_id, admin_account_id, late_fee_account_id, active"
    )
    for row in PRODUCTS:
        *terms, account, interest, provisi, admin, late = row
        if any(code not in ids for code in (account, interest, provisi, admin, late)):
            continue
        values = [*terms, ids[account], ids[interest], ids[provisi], ids[admin], ids[late], True]
        insert_row(bind, "loan_product", columns, values)


def upgrade() -> None:
    _tables()
    bind = op.get_bind()
    append_only(APPEND_ONLY)
    _seed_existing_book(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
