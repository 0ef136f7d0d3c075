"""Amount bounds in the database's guards (issue 14): no sum can leave 64 bits.

A line may move at most Rp999.999.999.999.999, an entry may have at most a
million lines and debit at most Rp999.999.999.999.999 in all, and the book's
debits together at most Rp10^17 (``kopdesk.domain.ledger`` explains the bounds).
``ledger_total`` holds the book's debits so far; the trigger that seals an entry
adds the entry's debits, and a guard refuses lowering it or passing the bound.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MAX_LINE = 999_999_999_999_999
MAX_LINES = 1_000_000
MAX_BOOK = 10**17
INT64_MAX = 2**63 - 1


def upgrade() -> None:
    op.create_table(
        "ledger_total",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("debit_total", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_ledger_total_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_total")),
    )
    bind = op.get_bind()
    bind.execute(
        sa.text("INSERT INTO ledger_total (id, debit_total) VALUES (1, :t)"),
        {"t": _debits_so_far(bind)},
    )
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER trg_journal_line_insert")
        op.execute("DROP TRIGGER trg_journal_entry_seal")
        for statement in SQLITE_GUARDS:
            op.execute(statement)
    else:
        for statement in POSTGRES_GUARDS:
            op.execute(statement)


def _debits_so_far(bind: sa.Connection) -> int:
    """The book's debits; a book already past 64 bits (SQLite's SUM would overflow)
    gets the largest value, so it opens but takes no more postings."""
    if bind.dialect.name == "sqlite":
        rough = bind.execute(
            sa.text("SELECT TOTAL(amount) FROM journal_line WHERE amount > 0")
        ).scalar_one()
        if rough > 2**62:
            return INT64_MAX
    exact = bind.execute(
        sa.text("SELECT COALESCE(SUM(amount), 0) FROM journal_line WHERE amount > 0")
    ).scalar_one()
    return min(int(exact), INT64_MAX)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")


SQLITE_GUARDS = (
    f"""
    CREATE TRIGGER trg_journal_line_insert BEFORE INSERT ON journal_line
    BEGIN
      SELECT CASE
        WHEN EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.entry_id)
          THEN RAISE(ABORT, 'Jurnal sudah diposting; barisnya tidak boleh ditambah.')
        WHEN NOT EXISTS (SELECT 1 FROM account WHERE id = NEW.account_id AND postable AND active)
          THEN RAISE(ABORT, 'Akun tidak dapat diposting (akun induk atau nonaktif).')
        WHEN typeof(NEW.amount) <> 'integer'
          THEN RAISE(ABORT, 'Jumlah baris jurnal harus bilangan bulat rupiah.')
        WHEN NEW.amount > {MAX_LINE} OR NEW.amount < -{MAX_LINE}
          THEN RAISE(ABORT, 'Jumlah baris jurnal di luar batas (paling banyak 999.999.999.999.999 rupiah).')
      END;
    END
    """,
    f"""
    CREATE TRIGGER trg_journal_entry_seal AFTER INSERT ON journal_entry
    BEGIN
      SELECT CASE
        WHEN (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) < 2
          THEN RAISE(ABORT, 'Jurnal harus memiliki paling sedikit dua baris.')
        WHEN (SELECT COUNT(*) FROM journal_line WHERE entry_id = NEW.id) > {MAX_LINES}
          THEN RAISE(ABORT, 'Jurnal terlalu banyak baris (paling banyak 1.000.000 baris).')
        WHEN (SELECT TOTAL(amount) FROM journal_line WHERE entry_id = NEW.id AND amount > 0)
             > {MAX_LINE}
          THEN RAISE(ABORT, 'Jumlah debit jurnal melebihi batas satu jurnal (999.999.999.999.999 rupiah).')
        WHEN (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id) <> 0
          THEN RAISE(ABORT, 'Jurnal tidak seimbang: jumlah debit harus sama dengan jumlah kredit.')
        WHEN EXISTS (SELECT 1 FROM journal_line WHERE entry_id = NEW.id AND date <> NEW.date)
          THEN RAISE(ABORT, 'Tanggal baris jurnal harus sama dengan tanggal jurnal.')
        WHEN NOT EXISTS (
          SELECT 1 FROM fiscal_year WHERE id = NEW.fiscal_year_id AND status = 'open'
            AND NEW.date BETWEEN start_date AND end_date)
          THEN RAISE(ABORT, 'Tanggal jurnal berada di luar tahun buku yang terbuka.')
        WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL OR NEW.chain_seq IS NULL
          THEN RAISE(ABORT, 'Jurnal harus dirangkai ke rantai jurnal (hash).')
      END;
      UPDATE ledger_total SET debit_total = debit_total
        + (SELECT SUM(amount) FROM journal_line WHERE entry_id = NEW.id AND amount > 0)
        WHERE id = 1;
    END
    """,
    f"""
    CREATE TRIGGER trg_ledger_total_guard BEFORE UPDATE ON ledger_total
    BEGIN
      SELECT CASE
        WHEN NEW.debit_total < OLD.debit_total OR NEW.id <> OLD.id
          THEN RAISE(ABORT, 'Jumlah debit buku tidak boleh dikurangi.')
        WHEN NEW.debit_total > {MAX_BOOK}
          THEN RAISE(ABORT, 'Jurnal ini melewati batas jumlah debit buku (100.000.000.000.000.000 rupiah).')
      END;
    END
    """,
    """
    CREATE TRIGGER trg_ledger_total_no_delete BEFORE DELETE ON ledger_total
    BEGIN SELECT RAISE(ABORT, 'Jumlah debit buku tidak boleh dihapus.'); END
    """,
)

POSTGRES_GUARDS = (
    f"""
    CREATE OR REPLACE FUNCTION kopdesk_line_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (SELECT 1 FROM journal_entry WHERE id = NEW.entry_id) THEN
        RAISE EXCEPTION 'Jurnal sudah diposting; barisnya tidak boleh ditambah.';
      END IF;
      IF NOT EXISTS (SELECT 1 FROM account WHERE id = NEW.account_id AND postable AND active) THEN
        RAISE EXCEPTION 'Akun tidak dapat diposting (akun induk atau nonaktif).';
      END IF;
      IF NEW.amount > {MAX_LINE} OR NEW.amount < -{MAX_LINE} THEN
        RAISE EXCEPTION 'Jumlah baris jurnal di luar batas (paling banyak 999.999.999.999.999 rupiah).';
      END IF;
      RETURN NEW;
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION kopdesk_entry_seal() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      lines bigint;
      debits numeric;
    BEGIN
      SELECT COUNT(*), COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0)
        INTO lines, debits FROM journal_line WHERE entry_id = NEW.id;
      IF lines < 2 THEN
        RAISE EXCEPTION 'Jurnal harus memiliki paling sedikit dua baris.';
      END IF;
      IF lines > {MAX_LINES} THEN
        RAISE EXCEPTION 'Jurnal terlalu banyak baris (paling banyak 1.000.000 baris).';
      END IF;
      IF debits > {MAX_LINE} THEN
        RAISE EXCEPTION 'Jumlah debit jurnal melebihi batas satu jurnal (999.999.999.999.999 rupiah).';
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
      IF NEW.hash IS NULL OR NEW.prev_hash IS NULL OR NEW.chain_seq IS NULL THEN
        RAISE EXCEPTION 'Jurnal harus dirangkai ke rantai jurnal (hash).';
      END IF;
      UPDATE ledger_total SET debit_total = debit_total + debits WHERE id = 1;
      RETURN NEW;
    END $$
    """,
    f"""
    CREATE FUNCTION kopdesk_ledger_total_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.debit_total < OLD.debit_total OR NEW.id <> OLD.id THEN
        RAISE EXCEPTION 'Jumlah debit buku tidak boleh dikurangi.';
      END IF;
      IF NEW.debit_total > {MAX_BOOK} THEN
        RAISE EXCEPTION 'Jurnal ini melewati batas jumlah debit buku (100.000.000.000.000.000 rupiah).';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_ledger_total_guard BEFORE UPDATE ON ledger_total
    FOR EACH ROW EXECUTE FUNCTION kopdesk_ledger_total_guard()
    """,
    """
    CREATE TRIGGER trg_ledger_total_no_delete BEFORE DELETE ON ledger_total
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('Jumlah debit buku tidak boleh dihapus.')
    """,
)
