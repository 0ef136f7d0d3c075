"""General ledger: journal entries and their lines (DESIGN.md §3).

Lines are inserted before their entry header; inserting the header seals the
entry (a trigger checks it balances). The foreign key from line to entry is
deferred so this order is possible. Posted rows are never updated or deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __table_args__ = (Index("uq_journal_entry_chain_seq", "chain_seq", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    fiscal_year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    source: Mapped[str] = mapped_column(String(30), nullable=False, default="manual")
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"), unique=True)
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    """Position in the journal's hash chain (every entry has one since revision 0002)."""
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class JournalLine(Base):
    __tablename__ = "journal_line"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_nonzero"),
        Index("ix_journal_line_account_date_amount", "account_id", "date", "amount"),
        Index("ix_journal_line_member", "member_id", "account_id", "date"),
        Index("ix_journal_line_savings", "savings_account_id", "account_id", "date"),
        Index("ix_journal_line_loan", "loan_id", "account_id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entry.id", deferrable=True, initially="DEFERRED"),
        nullable=False,
        index=True,
    )
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
    member_id: Mapped[int | None] = mapped_column(Integer)
    savings_account_id: Mapped[int | None] = mapped_column(Integer)
    loan_id: Mapped[int | None] = mapped_column(Integer)


class LedgerTotal(Base):
    """One row: the sum of every debit the book has posted (``domain.ledger.MAX_BOOK_DEBITS``).

    Kept by the database itself (the trigger that seals an entry adds its debits), so
    the bound on the book's sums holds whoever writes; it never decreases."""

    __tablename__ = "ledger_total"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    debit_total: Mapped[int] = mapped_column(BigInteger, nullable=False)


class AccountMonthTotal(Base):
    """One account's posted lines of one calendar month: their debits, credits and count.

    Kept by the database itself (revision 0009: a trigger on every inserted journal
    line adds it here in the same transaction), so balances as of a date read these
    totals plus the lines of the date's own month instead of summing every line.
    It only grows, one line at a time; ``kopdesk check`` recomputes it from the lines."""

    __tablename__ = "account_month_total"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id"), primary_key=True, autoincrement=False
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    debit: Mapped[int] = mapped_column(BigInteger, nullable=False)
    credit: Mapped[int] = mapped_column(BigInteger, nullable=False)
    line_count: Mapped[int] = mapped_column(Integer, nullable=False)


class AccountMonthFlow(Base):
    """One account's posted lines of one calendar month per kind of entry: the entry's
    source (a reversal's: the source of the entry it reverses), whether the entry
    brings opening balances in (touches 39xx) and whether it moves cash (touches 11xx).

    Kept by the database itself (revision 0009: the trigger that runs when an entry's
    header is inserted adds its lines here), so the statements' movements of whole
    months read these rows instead of joining every line to its entry."""

    __tablename__ = "account_month_flow"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id"), primary_key=True, autoincrement=False
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(String(30), primary_key=True)
    opening: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    cash: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    line_count: Mapped[int] = mapped_column(Integer, nullable=False)
