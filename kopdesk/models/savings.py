"""Savings (simpanan): products, members' savings accounts and their events.

Balances are never stored: a savings account's balance is the negated sum of
the journal lines carrying its ``savings_account_id`` (DESIGN.md §3), so the
sub-ledger and the control account cannot disagree. The rows here describe
the accounts and record each counter transaction (with its receipt number)
and each month-end interest computation; they are append-only except for an
account's status and a term deposit's maturity after a roll-over.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base

KINDS = "('pokok', 'wajib', 'sukarela', 'berjangka')"
INTEREST_METHODS = "('none', 'lowest', 'average_daily')"
TX_KINDS = "('setor', 'tarik', 'pindah', 'koreksi')"


class SavingsProduct(Base):
    """One kind of savings the koperasi offers (KOPERASI.md §1)."""

    __tablename__ = "savings_product"
    __table_args__ = (
        CheckConstraint(f"kind IN {KINDS}", name="kind"),
        CheckConstraint("classification IN ('ekuitas', 'liabilitas')", name="classification"),
        CheckConstraint(f"interest_method IN {INTEREST_METHODS}", name="interest_method"),
        CheckConstraint("fixed_amount >= 0 AND monthly_amount >= 0", name="amounts"),
        CheckConstraint("minimum_balance >= 0", name="minimum_balance"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    prefix: Mapped[str] = mapped_column(String(4), nullable=False, unique=True)
    """Start of its accounts' numbers (SP-A-0001) and nothing else."""
    classification: Mapped[str] = mapped_column(String(10), nullable=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    """The control account in the general ledger."""
    interest_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    """Expense account for interest (jasa simpanan)."""
    penalty_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    """Income account for early-break penalties (simpanan berjangka)."""
    fixed_amount: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    """Simpanan pokok: the one amount every member pays on joining."""
    monthly_amount: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    """Simpanan wajib: the monthly amount for members without a class amount."""
    minimum_balance: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    withdrawable: Mapped[bool] = mapped_column(Boolean, nullable=False)
    interest_method: Mapped[str] = mapped_column(String(15), nullable=False, default="none")
    rate_percent: Mapped[str] = mapped_column(String(12), nullable=False, default="0")
    """Interest per year in percent, as exact decimal text (``"4.5"``)."""
    term_months: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rollover: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    """Simpanan berjangka: roll over at maturity (ARO) instead of paying out."""
    penalty_percent: Mapped[str] = mapped_column(String(12), nullable=False, default="0")
    """Early-break penalty in percent of the principal."""
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class SavingsClassAmount(Base):
    """Simpanan wajib amount for one member class (it may differ by class)."""

    __tablename__ = "savings_class_amount"
    __table_args__ = (CheckConstraint("monthly_amount > 0", name="monthly_amount"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("savings_product.id"), primary_key=True)
    member_class: Mapped[str] = mapped_column(String(30), primary_key=True)
    monthly_amount: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SavingsAccount(Base):
    """A member's account in one product; a term deposit is one account per placement."""

    __tablename__ = "savings_account"
    __table_args__ = (
        UniqueConstraint("member_id", "product_id", "slot"),
        CheckConstraint("status IN ('aktif', 'tutup')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("savings_product.id"), nullable=False)
    slot: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    """0 for the member's one account in a product; 1, 2, … for term deposits."""
    opened_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(6), nullable=False, default="aktif")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    rate_percent: Mapped[str] = mapped_column(String(12), nullable=False, default="0")
    """Term deposits keep the rate agreed when placed."""
    term_months: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    maturity_date: Mapped[dt.date | None] = mapped_column(Date)
    rollover: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SavingsTransaction(Base):
    """A counter transaction with its receipt number; never changed or deleted."""

    __tablename__ = "savings_tx"
    __table_args__ = (
        CheckConstraint(f"kind IN {TX_KINDS}", name="kind"),
        CheckConstraint("amount > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    savings_account_id: Mapped[int] = mapped_column(
        ForeignKey("savings_account.id"), nullable=False
    )
    to_account_id: Mapped[int | None] = mapped_column(ForeignKey("savings_account.id"))
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    penalty: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    cash_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("journal_entry.id"), nullable=False, index=True
    )
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("savings_tx.id"), unique=True)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SavingsMonthEnd(Base):
    """The month-end routine of one month (interest, tax, maturities); done once."""

    __tablename__ = "savings_month_end"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), nullable=False, unique=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    """None when no account earned interest that month."""
    gross_total: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax_total: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax_threshold: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """The PPh 4(2) rule in force when the month was posted (settings may change later)."""
    tax_rate_percent: Mapped[str] = mapped_column(String(12), nullable=False)
    posted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SavingsInterest(Base):
    """One account's interest for one month: basis, rate, gross, tax, net."""

    __tablename__ = "savings_interest"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month_end_id: Mapped[int] = mapped_column(
        ForeignKey("savings_month_end.id"), nullable=False, index=True
    )
    savings_account_id: Mapped[int] = mapped_column(
        ForeignKey("savings_account.id"), nullable=False, index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False)
    credited_account_id: Mapped[int] = mapped_column(
        ForeignKey("savings_account.id"), nullable=False
    )
    method: Mapped[str] = mapped_column(String(15), nullable=False)
    basis: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """Lowest balance, or the sum of the day-end balances (average daily)."""
    rate_percent: Mapped[str] = mapped_column(String(12), nullable=False)
    gross: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tax: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SavingsBatch(Base):
    """An imported batch: a payroll deduction list or opening balances."""

    __tablename__ = "savings_batch"
    __table_args__ = (CheckConstraint("kind IN ('potong_gaji', 'saldo_awal')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reference: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The file name or the employer's list reference, as the user gave it."""
    rows: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[int] = mapped_column(BigInteger, nullable=False)
    entries: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The journal numbers it posted, comma-separated."""
    posted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
