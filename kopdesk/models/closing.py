"""Fixed assets and depreciation, year-end closes, SHU plans and payments, RAT texts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
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


class FixedAsset(Base):
    """One item in the fixed-asset register (straight-line depreciation).

    An asset bought before the book started carries ``opening_accumulated``: the
    depreciation already booked at the cut-over; the rest of the depreciable amount
    is spread over the remaining months from ``depreciation_start``.
    """

    __tablename__ = "fixed_asset"
    __table_args__ = (
        CheckConstraint("cost > 0", name="cost"),
        CheckConstraint("residual >= 0 AND residual <= cost", name="residual"),
        CheckConstraint("life_months >= 0", name="life"),
        CheckConstraint("opening_accumulated >= 0", name="opening"),
        CheckConstraint("opening_accumulated <= cost - residual", name="opening_max"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    acquired_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    cost: Mapped[int] = mapped_column(BigInteger, nullable=False)
    residual: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    life_months: Mapped[int] = mapped_column(Integer, nullable=False)
    """Useful life in months; 0 = not depreciated (land)."""
    depreciation_start: Mapped[str] = mapped_column(String(7), nullable=False)
    """First month (YYYY-MM) that gets depreciation."""
    opening_accumulated: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    asset_account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), nullable=False)
    accumulated_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    expense_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    acquisition_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class DepreciationRun(Base):
    """The depreciation of one month, posted once."""

    __tablename__ = "depreciation_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), nullable=False, unique=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    """None when no asset was depreciated that month."""
    total: Mapped[int] = mapped_column(BigInteger, nullable=False)
    posted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class DepreciationLine(Base):
    """One asset's depreciation in one run."""

    __tablename__ = "depreciation_line"
    __table_args__ = (UniqueConstraint("run_id", "asset_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("depreciation_run.id"), nullable=False)
    asset_id: Mapped[int] = mapped_column(ForeignKey("fixed_asset.id"), nullable=False, index=True)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)


class YearCloseEvent(Base):
    """A year closed or reopened, with the entries it posted or reversed."""

    __tablename__ = "year_close_event"
    __table_args__ = (CheckConstraint("kind IN ('close', 'reopen')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    surplus: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """SHU of the year (negative: a loss) moved by the closing entry."""
    closing_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    transfer_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    checklist: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The checklist as it stood, one line per item."""
    actor: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class ShuPlan(Base):
    """How the SHU of one year is shared: the AD/ART percentages and the member bases.

    Editable while a draft; posting fixes it (``status = 'posted'``).
    """

    __tablename__ = "shu_plan"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'posted')", name="status"),
        CheckConstraint("modal_basis IN ('akhir_tahun', 'rata_bulanan')", name="modal_basis"),
        CheckConstraint("usaha_basis IN ('bunga', 'volume', 'pembelian')", name="usaha_basis"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    allocation: Mapped[str] = mapped_column(Text, nullable=False)
    """Percent per part, ``key=percent`` joined by ``;`` (e.g. ``cadangan=40;jasa_modal=20``)."""
    modal_basis: Mapped[str] = mapped_column(String(15), nullable=False)
    include_sukarela: Mapped[bool] = mapped_column(nullable=False, default=False)
    usaha_basis: Mapped[str] = mapped_column(String(15), nullable=False)
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The RAT decision it follows (number, date), as the treasurer wrote it."""
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")
    pool: Mapped[int | None] = mapped_column(BigInteger)
    """What the posted plan shared: the year's SHU less the part from business with
    non-members set apart to cadangan (books posted before that part existed: the SHU)."""
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    posted_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class ShuMember(Base):
    """One member's SHU of one year as posted: bases, jasa modal, jasa usaha."""

    __tablename__ = "shu_member"
    __table_args__ = (UniqueConstraint("year", "member_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    modal_basis: Mapped[int] = mapped_column(BigInteger, nullable=False)
    usaha_basis: Mapped[int] = mapped_column(BigInteger, nullable=False)
    jasa_modal: Mapped[int] = mapped_column(BigInteger, nullable=False)
    jasa_usaha: Mapped[int] = mapped_column(BigInteger, nullable=False)
    total: Mapped[int] = mapped_column(BigInteger, nullable=False)


class ShuPayment(Base):
    """A member's SHU paid out in cash or credited to simpanan sukarela."""

    __tablename__ = "shu_payment"
    __table_args__ = (
        UniqueConstraint("year", "member_id"),
        CheckConstraint("method IN ('tunai', 'sukarela')", name="method"),
        CheckConstraint("amount > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    method: Mapped[str] = mapped_column(String(10), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), nullable=False)
    receipt_number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    paid_by: Mapped[str] = mapped_column(String(64), nullable=False)
    paid_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class RatContent(Base):
    """Text and tables the pengurus write for the RAT book of a year (report, RK, RAPB)."""

    __tablename__ = "rat_content"
    __table_args__ = (UniqueConstraint("year", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    key: Mapped[str] = mapped_column(String(40), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
