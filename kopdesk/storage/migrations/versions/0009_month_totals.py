"""Per-account month totals and flows (issue 16): balances and statements without
summing every line.

Creates ``account_month_total`` (account, calendar year and month: debits, credits,
number of lines), fills it from the journal's lines, and adds the trigger that
keeps it in the same transaction as every inserted journal line, whoever inserts
it (the services, bulk generators, imports). Balances as of a date then read the
months before the date's month here and only that month's lines from the journal.

``account_month_flow`` holds the same lines per account and month split by the
kind of entry they belong to: its source (a reversal's: the source of the entry it
reverses), whether it brings opening balances in (touches 39xx) and whether it
moves cash (touches 11xx). The trigger that runs when an entry's header is
inserted (its lines are all there then) adds them; the statements' movements over
whole months read these rows.

Guards like the journal's: a row may not be deleted, and an update may only add
one line (its count by one, debits and credits never lower, the keys unchanged),
which is what the trigger does (a flow row: its count higher, the keys unchanged).
``kopdesk check`` recomputes both tables from the journal. They are not row-sealed
(``seals.NOT_SEALED``: they are checked against the journal instead); the new
guards are sealed (``seals.seal_guards``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kopdesk.services.base import seals

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_month_total",
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("debit", sa.BigInteger(), nullable=False),
        sa.Column("credit", sa.BigInteger(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_month_total_account_id_account")
        ),
        sa.PrimaryKeyConstraint("account_id", "year", "month", name=op.f("pk_account_month_total")),
    )
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    year, month = (
        ("CAST(substr(date, 1, 4) AS INTEGER)", "CAST(substr(date, 6, 2) AS INTEGER)")
        if sqlite
        else (
            "CAST(EXTRACT(YEAR FROM date) AS INTEGER)",
            "CAST(EXTRACT(MONTH FROM date) AS INTEGER)",
        )
    )
    op.execute(
        "INSERT INTO account_month_total (account_id, year, month, debit, credit, line_count) "
        f"SELECT account_id, {year}, {month}, "
        "COALESCE(SUM(CASE WHEN amount > 0 THEN amount END), 0), "
        "COALESCE(SUM(CASE WHEN amount < 0 THEN -amount END), 0), COUNT(*) "
        f"FROM journal_line GROUP BY account_id, {year}, {month}"
    )
    op.create_table(
        "account_month_flow",
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("opening", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("cash", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_month_flow_account_id_account")
        ),
        sa.PrimaryKeyConstraint(
            "account_id", "year", "month", "source", "opening", "cash",
            name=op.f("pk_account_month_flow"),
        ),
    )  # fmt: skip
    line_year, line_month = (part.replace("date", "l.date") for part in (year, month))
    op.execute(
        "INSERT INTO account_month_flow "
        "(account_id, year, month, source, opening, cash, amount, line_count) "
        f"SELECT l.account_id, {line_year}, {line_month}, COALESCE(o.source, e.source), "
        "f.opening, f.cash, SUM(l.amount), COUNT(*) "
        "FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
        "LEFT JOIN journal_entry o ON o.id = e.reversal_of_id "
        f"JOIN ({ENTRY_FLAGS}) f ON f.entry_id = l.entry_id "
        "GROUP BY l.account_id, 2, 3, 4, f.opening, f.cash"
    )
    for statement in SQLITE_GUARDS if sqlite else POSTGRES_GUARDS:
        op.execute(statement)
    seals.seal_guards(bind)


def downgrade() -> None:  # pragma: no cover - books are never downgraded in place
    raise NotImplementedError("kopdesk books are not downgraded; restore a backup instead")


ENTRY_FLAGS = (
    "SELECT x.entry_id, "
    "MAX(CASE WHEN substr(a.code, 1, 2) = '39' THEN 1 ELSE 0 END) AS opening, "
    "MAX(CASE WHEN substr(a.code, 1, 2) = '11' THEN 1 ELSE 0 END) AS cash "
    "FROM journal_line x JOIN account a ON a.id = x.account_id GROUP BY x.entry_id"
)
"""Per entry: whether it touches opening-balance equity (39xx) and cash (11xx)."""

_ONLY_ADDS = "Jumlah bulanan akun hanya bertambah oleh baris jurnal yang diposting."
_NO_DELETE = "Jumlah bulanan akun tidak boleh dihapus."
_FLOW_ONLY_ADDS = "Mutasi bulanan akun hanya bertambah oleh jurnal yang diposting."
_FLOW_NO_DELETE = "Mutasi bulanan akun tidak boleh dihapus."

SQLITE_GUARDS = (
    """
    CREATE TRIGGER trg_journal_line_month AFTER INSERT ON journal_line
    BEGIN
      INSERT INTO account_month_total (account_id, year, month, debit, credit, line_count)
      VALUES (NEW.account_id, CAST(substr(NEW.date, 1, 4) AS INTEGER),
              CAST(substr(NEW.date, 6, 2) AS INTEGER),
              MAX(NEW.amount, 0), MAX(-NEW.amount, 0), 1)
      ON CONFLICT (account_id, year, month) DO UPDATE SET
        debit = debit + excluded.debit,
        credit = credit + excluded.credit,
        line_count = line_count + 1;
    END
    """,
    f"""
    CREATE TRIGGER trg_account_month_total_guard BEFORE UPDATE ON account_month_total
    BEGIN
      SELECT CASE
        WHEN NEW.account_id <> OLD.account_id OR NEW.year <> OLD.year OR NEW.month <> OLD.month
          OR NEW.line_count <> OLD.line_count + 1
          OR NEW.debit < OLD.debit OR NEW.credit < OLD.credit
          OR NEW.debit + NEW.credit = OLD.debit + OLD.credit
          THEN RAISE(ABORT, '{_ONLY_ADDS}')
      END;
    END
    """,
    f"""
    CREATE TRIGGER trg_account_month_total_no_delete BEFORE DELETE ON account_month_total
    BEGIN SELECT RAISE(ABORT, '{_NO_DELETE}'); END
    """,
    """
    CREATE TRIGGER trg_journal_entry_flow AFTER INSERT ON journal_entry
    BEGIN
      INSERT INTO account_month_flow
        (account_id, year, month, source, opening, cash, amount, line_count)
      SELECT l.account_id, CAST(substr(NEW.date, 1, 4) AS INTEGER),
        CAST(substr(NEW.date, 6, 2) AS INTEGER),
        COALESCE((SELECT o.source FROM journal_entry o WHERE o.id = NEW.reversal_of_id),
                 NEW.source),
        EXISTS (SELECT 1 FROM journal_line x JOIN account a ON a.id = x.account_id
                WHERE x.entry_id = NEW.id AND substr(a.code, 1, 2) = '39'),
        EXISTS (SELECT 1 FROM journal_line x JOIN account a ON a.id = x.account_id
                WHERE x.entry_id = NEW.id AND substr(a.code, 1, 2) = '11'),
        SUM(l.amount), COUNT(*)
      FROM journal_line l WHERE l.entry_id = NEW.id GROUP BY l.account_id
      ON CONFLICT (account_id, year, month, source, opening, cash) DO UPDATE SET
        amount = amount + excluded.amount,
        line_count = line_count + excluded.line_count;
    END
    """,
    f"""
    CREATE TRIGGER trg_account_month_flow_guard BEFORE UPDATE ON account_month_flow
    BEGIN
      SELECT CASE
        WHEN NEW.account_id <> OLD.account_id OR NEW.year <> OLD.year OR NEW.month <> OLD.month
          OR NEW.source <> OLD.source OR NEW.opening <> OLD.opening OR NEW.cash <> OLD.cash
          OR NEW.line_count <= OLD.line_count
          THEN RAISE(ABORT, '{_FLOW_ONLY_ADDS}')
      END;
    END
    """,
    f"""
    CREATE TRIGGER trg_account_month_flow_no_delete BEFORE DELETE ON account_month_flow
    BEGIN SELECT RAISE(ABORT, '{_FLOW_NO_DELETE}'); END
    """,
)

POSTGRES_GUARDS = (
    """
    CREATE FUNCTION kopdesk_line_month() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO account_month_total AS t (account_id, year, month, debit, credit, line_count)
      VALUES (NEW.account_id, CAST(EXTRACT(YEAR FROM NEW.date) AS INTEGER),
              CAST(EXTRACT(MONTH FROM NEW.date) AS INTEGER),
              GREATEST(NEW.amount, 0), GREATEST(-NEW.amount, 0), 1)
      ON CONFLICT (account_id, year, month) DO UPDATE SET
        debit = t.debit + EXCLUDED.debit,
        credit = t.credit + EXCLUDED.credit,
        line_count = t.line_count + 1;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER trg_journal_line_month AFTER INSERT ON journal_line
    FOR EACH ROW EXECUTE FUNCTION kopdesk_line_month()
    """,
    f"""
    CREATE FUNCTION kopdesk_month_total_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.account_id <> OLD.account_id OR NEW.year <> OLD.year OR NEW.month <> OLD.month
         OR NEW.line_count <> OLD.line_count + 1
         OR NEW.debit < OLD.debit OR NEW.credit < OLD.credit
         OR NEW.debit + NEW.credit = OLD.debit + OLD.credit THEN
        RAISE EXCEPTION '{_ONLY_ADDS}';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_account_month_total_guard BEFORE UPDATE ON account_month_total
    FOR EACH ROW EXECUTE FUNCTION kopdesk_month_total_guard()
    """,
    f"""
    CREATE TRIGGER trg_account_month_total_no_delete BEFORE DELETE ON account_month_total
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('{_NO_DELETE}')
    """,
    """
    CREATE FUNCTION kopdesk_entry_flow() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      src varchar(30);
      is_opening integer;
      is_cash integer;
    BEGIN
      SELECT COALESCE((SELECT o.source FROM journal_entry o WHERE o.id = NEW.reversal_of_id),
                      NEW.source) INTO src;
      SELECT COALESCE(MAX(CASE WHEN substr(a.code, 1, 2) = '39' THEN 1 ELSE 0 END), 0),
             COALESCE(MAX(CASE WHEN substr(a.code, 1, 2) = '11' THEN 1 ELSE 0 END), 0)
        INTO is_opening, is_cash
        FROM journal_line x JOIN account a ON a.id = x.account_id WHERE x.entry_id = NEW.id;
      INSERT INTO account_month_flow AS t
        (account_id, year, month, source, opening, cash, amount, line_count)
      SELECT l.account_id, CAST(EXTRACT(YEAR FROM NEW.date) AS INTEGER),
        CAST(EXTRACT(MONTH FROM NEW.date) AS INTEGER), src, is_opening, is_cash,
        SUM(l.amount), COUNT(*)
      FROM journal_line l WHERE l.entry_id = NEW.id GROUP BY l.account_id
      ON CONFLICT (account_id, year, month, source, opening, cash) DO UPDATE SET
        amount = t.amount + EXCLUDED.amount,
        line_count = t.line_count + EXCLUDED.line_count;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER trg_journal_entry_flow AFTER INSERT ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION kopdesk_entry_flow()
    """,
    f"""
    CREATE FUNCTION kopdesk_month_flow_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.account_id <> OLD.account_id OR NEW.year <> OLD.year OR NEW.month <> OLD.month
         OR NEW.source <> OLD.source OR NEW.opening <> OLD.opening OR NEW.cash <> OLD.cash
         OR NEW.line_count <= OLD.line_count THEN
        RAISE EXCEPTION '{_FLOW_ONLY_ADDS}';
      END IF;
      RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER trg_account_month_flow_guard BEFORE UPDATE ON account_month_flow
    FOR EACH ROW EXECUTE FUNCTION kopdesk_month_flow_guard()
    """,
    f"""
    CREATE TRIGGER trg_account_month_flow_no_delete BEFORE DELETE ON account_month_flow
    FOR EACH ROW EXECUTE FUNCTION kopdesk_refuse('{_FLOW_NO_DELETE}')
    """,
)
