"""Loans (pinjaman): products, loans with their schedules, and their events.

A loan's outstanding principal is the sum of the journal lines carrying its
``loan_id`` on the product's receivable account (DESIGN.md §3): the loan
sub-ledger and the general ledger cannot disagree. The schedule is stored
when the loan is disbursed; every payment records how it was split over the
installments (``loan_payment_part``), so what an installment still owes is
its scheduled amount less what was allocated to it.
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
)
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base

LOAN_STATUSES = (
    "('diajukan', 'disetujui', 'ditolak', 'aktif', 'lunas', 'direstrukturisasi', 'dihapus')"
)
EVENT_KINDS = "('cair', 'angsuran', 'pelunasan', 'restrukturisasi', 'hapus', 'saldo_awal')"


class LoanProduct(Base):
    __tablename__ = "loan_product"
    __table_args__ = (
        CheckConstraint("method IN ('flat', 'menurun', 'anuitas')", name="method"),
        CheckConstraint("rate_period IN ('month', 'year')", name="rate_period"),
        CheckConstraint("provisi_kind IN ('fixed', 'percent')", name="provisi_kind"),
        CheckConstraint("admin_kind IN ('fixed', 'percent')", name="admin_kind"),
        CheckConstraint("late_fee_period IN ('day', 'month')", name="late_fee_period"),
        CheckConstraint("overpayment IN ('next', 'sukarela', 'refuse')", name="overpayment"),
        CheckConstraint(
            "min_amount > 0 AND max_amount >= min_amount AND min_tenor >= 1 "
            "AND max_tenor >= min_tenor",
            name="limits",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    method: Mapped[str] = mapped_column(String(10), nullable=False)
    rate_percent: Mapped[str] = mapped_column(String(12), nullable=False)
    rate_period: Mapped[str] = mapped_column(String(5), nullable=False)
    min_amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    max_amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    min_tenor: Mapped[int] = mapped_column(Integer, nullable=False)
    max_tenor: Mapped[int] = mapped_column(Integer, nullable=False)
    provisi_kind: Mapped[str] = mapped_column(String(7), nullable=False)
    provisi_value: Mapped[str] = mapped_column(String(20), nullable=False)
    admin_kind: Mapped[str] = mapped_column(String(7), nullable=False)
    admin_value: Mapped[str] = mapped_column(String(20), nullable=False)
    late_fee_percent: Mapped[str] = mapped_column(String(12), nullable=False)
    late_fee_period: Mapped[str] = mapped_column(String(5), nullable=False)
    grace_days: Mapped[int] = mapped_column(Integer, nullable=False)
    rounding: Mapped[str] = mapped_column(String(10), nullable=False)
    allocation_order: Mapped[str] = mapped_column(String(30), nullable=False)
    overpayment: Mapped[str] = mapped_column(String(8), nullable=False)
    """What a payment beyond what is due does: pay the next installments, go to the
    member's sukarela, or be refused."""
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    interest_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    provisi_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    admin_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    late_fee_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Loan(Base):
    __tablename__ = "loan"
    __table_args__ = (
        CheckConstraint(f"status IN {LOAN_STATUSES}", name="status"),
        CheckConstraint("amount > 0 AND tenor >= 1", name="terms"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("loan_product.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    tenor: Mapped[int] = mapped_column(Integer, nullable=False)
    method: Mapped[str] = mapped_column(String(10), nullable=False)
    rate_percent: Mapped[str] = mapped_column(String(12), nullable=False)
    rate_period: Mapped[str] = mapped_column(String(5), nullable=False)
    rounding: Mapped[str] = mapped_column(String(10), nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    collateral: Mapped[str] = mapped_column(Text, nullable=False, default="")
    collateral_value: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    guarantors: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """One guarantor per line: name, relation, NIK (as typed)."""
    applied_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    applied_by: Mapped[str] = mapped_column(String(64), nullable=False)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decision_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    warnings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """What the approver was warned about (related party, arrears), one per line."""
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    provisi: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    admin_fee: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    restructured_from_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class LoanInstallment(Base):
    """One row of a loan's schedule, fixed when the loan is disbursed."""

    __tablename__ = "loan_installment"

    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    principal: Mapped[int] = mapped_column(BigInteger, nullable=False)
    interest: Mapped[int] = mapped_column(BigInteger, nullable=False)


class LoanEvent(Base):
    """Disbursement, payment, payoff, restructuring, write-off: never changed."""

    __tablename__ = "loan_event"
    __table_args__ = (CheckConstraint(f"kind IN {EVENT_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    cash: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """Money received (payments) or paid out (disbursement); 0 for the others."""
    principal: Mapped[int] = mapped_column(BigInteger, nullable=False)
    interest: Mapped[int] = mapped_column(BigInteger, nullable=False)
    late_fee: Mapped[int] = mapped_column(BigInteger, nullable=False)
    overpayment: Mapped[int] = mapped_column(BigInteger, nullable=False)
    cash_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class LoanPaymentPart(Base):
    """How much of a payment went to one installment's late fee, interest and principal."""

    __tablename__ = "loan_payment_part"

    event_id: Mapped[int] = mapped_column(ForeignKey("loan_event.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    """The installment's number."""
    late_fee: Mapped[int] = mapped_column(BigInteger, nullable=False)
    interest: Mapped[int] = mapped_column(BigInteger, nullable=False)
    principal: Mapped[int] = mapped_column(BigInteger, nullable=False)


class LoanAllowanceRun(Base):
    """A month-end allowance (PPAP) adjustment; once per month."""

    __tablename__ = "loan_allowance_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), nullable=False, unique=True)
    required: Mapped[int] = mapped_column(BigInteger, nullable=False)
    previous: Mapped[int] = mapped_column(BigInteger, nullable=False)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """Outstanding and required per grade, as text for the record."""
    posted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
