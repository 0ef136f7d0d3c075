"""Baseline: profile, chart of accounts, fiscal years, journal, sequences.

Also the database's own guards of the books (DESIGN.md §3): posted journal
rows cannot be updated or deleted, an entry must balance with at least two
lines on postable active accounts, and its date must fall in an open year.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cooperative_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("book_uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("coop_type", sa.String(length=10), nullable=False),
        sa.Column("legal_number", sa.String(length=100), nullable=False),
        sa.Column("legal_date", sa.Date(), nullable=True),
        sa.Column("nik_koperasi", sa.String(length=30), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_cooperative_profile_single_row")),
        sa.CheckConstraint(
            "coop_type IN ('ksp', 'ksu', 'kopdit')", name=op.f("ck_cooperative_profile_coop_type")
        ),
        sa.CheckConstraint(
            "fiscal_year_start_month BETWEEN 1 AND 12",
            name=op.f("ck_cooperative_profile_fy_start_month"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperative_profile")),
    )
    op.create_table(
        "fiscal_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_fiscal_year_status")),
        sa.CheckConstraint("start_date <= end_date", name=op.f("ck_fiscal_year_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_year")),
        sa.UniqueConstraint("year", name=op.f("uq_fiscal_year_year")),
        sa.UniqueConstraint("start_date", name=op.f("uq_fiscal_year_start_date")),
        sa.UniqueConstraint("end_date", name=op.f("uq_fiscal_year_end_date")),
    )
    op.create_table(
        "doc_sequence",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_doc_sequence")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("type", sa.String(length=12), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("postable", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("contra", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "type IN ('aset', 'liabilitas', 'ekuitas', 'pendapatan', 'beban')",
            name=op.f("ck_account_type"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["account.id"], name=op.f("fk_account_parent_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("code", name=op.f("uq_account_code")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("fiscal_year_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reversal_of_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fiscal_year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_journal_entry_fiscal_year_id_fiscal_year"),
        ),
        sa.ForeignKeyConstraint(
            ["reversal_of_id"],
            ["journal_entry.id"],
            name=op.f("fk_journal_entry_reversal_of_id_journal_entry"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
        sa.UniqueConstraint("number", name=op.f("uq_journal_entry_number")),
        sa.UniqueConstraint("reversal_of_id", name=op.f("uq_journal_entry_reversal_of_id")),
    )
    op.create_index(op.f("ix_journal_entry_date"), "journal_entry", ["date"])
    op.create_table(
        "journal_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("savings_account_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_journal_line_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_journal_line_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["journal_entry.id"],
            name=op.f("fk_journal_line_entry_id_journal_entry"),
            deferrable=True,
            initially="DEFERRED",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_line")),
    )
    op.create_index(op.f("ix_journal_line_entry_id"), "journal_line", ["entry_id"])
    op.create_index(
        "ix_journal_line_account_date_amount", "journal_line", ["account_id", "date", "amount"]
    )
    op.create_index("ix_journal_line_member", "journal_line", ["member_id", "account_id", "date"])
    op.create_index(
        "ix_journal_line_savings", "journal_line", ["savings_account_id", "account_id", "date"]
    )
    op.create_index("ix_journal_line_loan", "journal_line", ["loan_id", "account_id", "date"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_GUARDS:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE SEQUENCE journal_entry_id_seq")
        for statement in POSTGRES_GUARDS:
            op.execute(statement)


def downgrade() -> None:
    for table in (
        "journal_line",
        "journal_entry",
        "account",
        "doc_sequence",
        "fiscal_year",
        "cooperative_profile",
    ):
        op.drop_table(table)


# Messages are what a user would see if kopdesk itself ever broke a rule, or
# what an SQLite editor shows someone changing the books behind kopdesk's back.
SQLITE_GUARDS = (
    """
    CREATE TRIGGER trg_journal_line_no_update BEFORE UPDATE ON journal_line
    BEGIN SELECT RAISE(ABORT, 'Baris jurnal yang sudah diposting tidak boleh diubah; buat jurnal pembalik.'); END
    """,
    """
    CREATE TRIGGER trg_journal_line_no_delete BEFORE DELETE ON journal_line
    BEGIN SELECT RAISE(ABORT, 'Baris jurnal yang sudah diposting tidak boleh dihapus; buat jurnal pembalik.'); END
    """,
    """
    CREATE TRIGGER trg_journal_entry_no_update BEFORE UPDATE ON journal_entry
    BEGIN SELECT RAISE(ABORT, 'Jurnal yang sudah diposting tidak boleh diubah; buat jurnal pembalik.'); END
    """,
    """
    CREATE TRIGGER trg_journal_entry_no_delete BEFORE DELETE ON journal_entry
    BEGIN SELECT RAISE(ABORT, 'Jurnal yang sudah diposting tidak boleh dihapus; buat jurnal pembalik.'); END
    """,
    """
    CREATE TRIGGER trg_journal_line_insert BEFORE INSERT ON journal_line
    BEGIN
      SELECT CASE
        WHEN EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.entry_id)
          THEN RAISE(ABORT, 'Jurnal sudah diposting; barisnya tidak boleh ditambah.')
        WHEN NOT EXISTS (SELECT 1 FROM account WHERE id = NEW.account_id AND postable AND active)
          THEN RAISE(ABORT, 'Akun tidak dapat diposting (akun induk atau nonaktif).')
      END;
    END
    """,
    """
    CREATE TRIGGER trg_journal_entry_seal AFTER INSERT ON journal_entry
    BEGIN
      SELECT CASE
        WHEN (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) < 2
          THEN RAISE(ABORT, 'Jurnal harus memiliki paling sedikit dua baris.')
        WHEN (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id) <> 0
          THEN RAISE(ABORT, 'Jurnal tidak seimbang: jumlah debit harus sama dengan jumlah kredit.')
        WHEN EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id AND date <> NEW.date)
          THEN RAISE(ABORT, 'Tanggal baris jurnal harus sama dengan tanggal jurnal.')
        WHEN NOT EXISTS (
          SELECT 1 FROM fiscal_year WHERE id = NEW.fiscal_year_id AND status = 'open'
            AND NEW.date BETWEEN start_date AND end_date)
          THEN RAISE(ABORT, 'Tanggal jurnal berada di luar tahun buku yang terbuka.')
      END;
    END
    """,
    """
    CREATE TRIGGER trg_fiscal_year_no_delete BEFORE DELETE ON fiscal_year
    WHEN EXISTS (SELECT 1 FROM journal_entry WHERE fiscal_year_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'Tahun buku yang berisi jurnal tidak boleh dihapus.'); END
    """,
    """
    CREATE TRIGGER trg_fiscal_year_dates BEFORE UPDATE OF start_date, end_date ON fiscal_year
    WHEN EXISTS (SELECT 1 FROM journal_entry WHERE fiscal_year_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'Tanggal tahun buku yang berisi jurnal tidak boleh diubah.'); END
    """,
    """
    CREATE TRIGGER trg_account_no_delete BEFORE DELETE ON account
    WHEN EXISTS (SELECT 1 FROM journal_line WHERE account_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'Akun yang sudah dipakai jurnal tidak boleh dihapus; nonaktifkan saja.'); END
    """,
    """
    CREATE TRIGGER trg_account_kind BEFORE UPDATE OF type, postable, contra ON account
    WHEN EXISTS (SELECT 1 FROM journal_line WHERE account_id = OLD.id)
      AND (NEW.type <> OLD.type OR NEW.postable <> OLD.postable OR NEW.contra <> OLD.contra)
    BEGIN SELECT RAISE(ABORT, 'Jenis akun yang sudah dipakai jurnal tidak boleh diubah.'); END
    """,
)

POSTGRES_GUARDS = (
    """
    CREATE FUNCTION kopdesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$
    """,
    """
    CREATE TRIGGER trg_journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse(
      'Baris jurnal yang sudah diposting tidak boleh diubah atau dihapus; buat jurnal pembalik.')
    """,
    """
    CREATE TRIGGER trg_journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse(
      'Jurnal yang sudah diposting tidak boleh diubah atau dihapus; buat jurnal pembalik.')
    """,
    """
    CREATE FUNCTION kopdesk_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.entry_id) THEN
        RAISE EXCEPTION 'Jurnal sudah diposting; barisnya tidak boleh ditambah.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM account WHERE id = NEW.account_id AND postable AND active) THEN
        RAISE EXCEPTION 'Akun tidak dapat diposting (akun induk atau nonaktif).';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_journal_line_insert BEFORE INSERT ON journal_line
    FOR EACH ROW EXECUTE FUNCTION kopdesk_line_insert()
    """,
    """
    CREATE FUNCTION kopdesk_entry_seal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) < 2 THEN
        RAISE EXCEPTION 'Jurnal harus memiliki paling sedikit dua baris.';
      END IF;
      IF (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id) <> 0 THEN
        RAISE EXCEPTION 'Jurnal tidak seimbang: jumlah debit harus sama dengan jumlah kredit.';
      END IF;
      IF EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id AND date <> NEW.date) THEN
        RAISE EXCEPTION 'Tanggal baris jurnal harus sama dengan tanggal jurnal.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM fiscal_year WHERE id = NEW.fiscal_year_id AND status = 'open'
                     AND NEW.date BETWEEN start_date AND end_date) THEN
        RAISE EXCEPTION 'Tanggal jurnal berada di luar tahun buku yang terbuka.';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_journal_entry_seal AFTER INSERT ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION kopdesk_entry_seal()
    """,
)
