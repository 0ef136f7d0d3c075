"""Savings: products, savings accounts, counter transactions, month-end interest.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.storage.migrations.guards import append_only, insert_row

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

APPEND_ONLY = {
    "savings_tx": "Transaksi simpanan tidak boleh diubah atau dihapus; buat koreksi.",
    "savings_interest": "Perhitungan jasa simpanan tidak boleh diubah atau dihapus.",
    "savings_month_end": "Proses akhir bulan simpanan tidak boleh diubah atau dihapus.",
    "savings_batch": "Catatan impor simpanan tidak boleh diubah atau dihapus.",
}

# Products a koperasi starts with (the same as kopdesk.domain.savings.DEFAULT_PRODUCTS,
# frozen here as this revision wrote them). Only books that already have a chart get
# them here; a new book gets them when it is created.
PRODUCTS = (
    ("pokok", "Simpanan Pokok", "pokok", "SP", "ekuitas", "3101", None, None,
     100000, 0, 0, False, "none", "0", 0, False, "0"),
    ("wajib", "Simpanan Wajib", "wajib", "SW", "ekuitas", "3102", None, None,
     0, 50000, 0, False, "none", "0", 0, False, "0"),
    ("sukarela", "Simpanan Sukarela", "sukarela", "SS", "liabilitas", "2101", "5101", None,
     0, 0, 10000, True, "lowest", "3", 0, False, "0"),
    ("berjangka", "Simpanan Berjangka", "berjangka", "SB", "liabilitas", "2102", "5102", "4105",
     0, 0, 1000000, True, "average_daily", "6", 12, True, "1"),
)  # fmt: skip


def _tables() -> None:
    op.create_table(
        "savings_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("entries", sa.Text(), nullable=False),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('potong_gaji', 'saldo_awal')", name=op.f("ck_savings_batch_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_batch")),
    )
    op.create_table(
        "savings_product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("prefix", sa.String(length=4), nullable=False),
        sa.Column("classification", sa.String(length=10), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("interest_account_id", sa.Integer(), nullable=True),
        sa.Column("penalty_account_id", sa.Integer(), nullable=True),
        sa.Column("fixed_amount", sa.BigInteger(), nullable=False),
        sa.Column("monthly_amount", sa.BigInteger(), nullable=False),
        sa.Column("minimum_balance", sa.BigInteger(), nullable=False),
        sa.Column("withdrawable", sa.Boolean(), nullable=False),
        sa.Column("interest_method", sa.String(length=15), nullable=False),
        sa.Column("rate_percent", sa.String(length=12), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("rollover", sa.Boolean(), nullable=False),
        sa.Column("penalty_percent", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "classification IN ('ekuitas', 'liabilitas')",
            name=op.f("ck_savings_product_classification"),
        ),
        sa.CheckConstraint(
            "interest_method IN ('none', 'lowest', 'average_daily')",
            name=op.f("ck_savings_product_interest_method"),
        ),
        sa.CheckConstraint(
            "kind IN ('pokok', 'wajib', 'sukarela', 'berjangka')",
            name=op.f("ck_savings_product_kind"),
        ),
        sa.CheckConstraint(
            "fixed_amount >= 0 AND monthly_amount >= 0", name=op.f("ck_savings_product_amounts")
        ),
        sa.CheckConstraint("minimum_balance >= 0", name=op.f("ck_savings_product_minimum_balance")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_savings_product_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["interest_account_id"],
            ["account.id"],
            name=op.f("fk_savings_product_interest_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["penalty_account_id"],
            ["account.id"],
            name=op.f("fk_savings_product_penalty_account_id_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_product")),
        sa.UniqueConstraint("code", name=op.f("uq_savings_product_code")),
        sa.UniqueConstraint("prefix", name=op.f("uq_savings_product_prefix")),
    )
    op.create_table(
        "savings_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=6), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("rate_percent", sa.String(length=12), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("maturity_date", sa.Date(), nullable=True),
        sa.Column("rollover", sa.Boolean(), nullable=False),
        sa.CheckConstraint("status IN ('aktif', 'tutup')", name=op.f("ck_savings_account_status")),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_savings_account_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["savings_product.id"],
            name=op.f("fk_savings_account_product_id_savings_product"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_account")),
        sa.UniqueConstraint(
            "member_id", "product_id", "slot", name=op.f("uq_savings_account_member_id")
        ),
        sa.UniqueConstraint("number", name=op.f("uq_savings_account_number")),
    )
    with op.batch_alter_table("savings_account", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_savings_account_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "savings_class_amount",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("member_class", sa.String(length=30), nullable=False),
        sa.Column("monthly_amount", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "monthly_amount > 0", name=op.f("ck_savings_class_amount_monthly_amount")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["savings_product.id"],
            name=op.f("fk_savings_class_amount_product_id_savings_product"),
        ),
        sa.PrimaryKeyConstraint("product_id", "member_class", name=op.f("pk_savings_class_amount")),
    )
    op.create_table(
        "savings_month_end",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("gross_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_total", sa.BigInteger(), nullable=False),
        sa.Column("tax_threshold", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate_percent", sa.String(length=12), nullable=False),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_savings_month_end_entry_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_month_end")),
        sa.UniqueConstraint("month", name=op.f("uq_savings_month_end_month")),
    )
    op.create_table(
        "savings_interest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month_end_id", sa.Integer(), nullable=False),
        sa.Column("savings_account_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("credited_account_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=15), nullable=False),
        sa.Column("basis", sa.BigInteger(), nullable=False),
        sa.Column("rate_percent", sa.String(length=12), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("tax", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credited_account_id"],
            ["savings_account.id"],
            name=op.f("fk_savings_interest_credited_account_id_savings_account"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_savings_interest_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["month_end_id"],
            ["savings_month_end.id"],
            name=op.f("fk_savings_interest_month_end_id_savings_month_end"),
        ),
        sa.ForeignKeyConstraint(
            ["savings_account_id"],
            ["savings_account.id"],
            name=op.f("fk_savings_interest_savings_account_id_savings_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_interest")),
    )
    with op.batch_alter_table("savings_interest", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_savings_interest_month_end_id"), ["month_end_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_savings_interest_savings_account_id"),
            ["savings_account_id"],
            unique=False,
        )

    op.create_table(
        "savings_tx",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("savings_account_id", sa.Integer(), nullable=False),
        sa.Column("to_account_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("penalty", sa.BigInteger(), nullable=False),
        sa.Column("cash_account_id", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reversal_of_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('setor', 'tarik', 'pindah', 'koreksi')", name=op.f("ck_savings_tx_kind")
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_savings_tx_amount")),
        sa.ForeignKeyConstraint(
            ["cash_account_id"], ["account.id"], name=op.f("fk_savings_tx_cash_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal_entry.id"], name=op.f("fk_savings_tx_entry_id_journal_entry")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_savings_tx_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["reversal_of_id"],
            ["savings_tx.id"],
            name=op.f("fk_savings_tx_reversal_of_id_savings_tx"),
        ),
        sa.ForeignKeyConstraint(
            ["savings_account_id"],
            ["savings_account.id"],
            name=op.f("fk_savings_tx_savings_account_id_savings_account"),
        ),
        sa.ForeignKeyConstraint(
            ["to_account_id"],
            ["savings_account.id"],
            name=op.f("fk_savings_tx_to_account_id_savings_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_savings_tx")),
        sa.UniqueConstraint("number", name=op.f("uq_savings_tx_number")),
        sa.UniqueConstraint("reversal_of_id", name=op.f("uq_savings_tx_reversal_of_id")),
    )
    with op.batch_alter_table("savings_tx", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_savings_tx_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_savings_tx_member_id"), ["member_id"], unique=False)

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("member_class", sa.String(length=30), nullable=False, server_default="")
        )


def _seed_existing_book(bind: sa.Connection) -> None:
    def account_id(code: str | None) -> int | None:
        if code is None:
            return None
        return bind.execute(sa.text("SELECT id FROM account WHERE code = :c"), {"c": code}).scalar()

    if account_id("3") is None:
        return  # a new, empty book: books.create_book seeds chart and products
    if account_id("3900") is None:
        bind.execute(
            sa.text(
                "INSERT INTO account (code, name, type, parent_id, postable, active, contra) "
                "VALUES ('3900', 'Saldo awal', 'ekuitas', :p, :f, :t, :f)"
            ),
            {"p": account_id("3"), "f": False, "t": True},
        )
    if account_id("3901") is None:
        bind.execute(
            sa.text(
                "INSERT INTO account (code, name, type, parent_id, postable, active, contra) "
                "VALUES ('3901', 'Ekuitas saldo awal (penyeimbang)', 'ekuitas', :p, :t, :t, :f)"
            ),
            {"p": account_id("3900"), "f": False, "t": True},
        )
    columns = (
        "code, name, kind, prefix, classification, account_id, interest_account_id, "
        "penalty_account_id, fixed_amount, monthly_amount, minimum_balance, withdrawable, "
        "interest_method, rate_percent, term_months, rollover, penalty_percent, active"
    )
    for row in PRODUCTS:
        code, name, kind, prefix, cls, acc, interest, penalty, *rest = row
        if account_id(acc) is None:
            continue  # a chart without this control account: set the product up by hand
        values = [code, name, kind, prefix, cls, account_id(acc), account_id(interest),
                  account_id(penalty), *rest, True]  # fmt: skip
        insert_row(bind, "savings_product", columns, values)


def upgrade() -> None:
    _tables()
    bind = op.get_bind()
    append_only(APPEND_ONLY)
    _seed_existing_book(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")
