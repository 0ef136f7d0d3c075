"""What the pengawas record: cash counts (kas opname), sample checks and findings.

Cash counts and their lines are append-only (a later count follows, never an edit);
sample items are ticked in place and findings move through their follow-up status,
each change audited and row-sealed.
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


class CashCount(Base):
    """One kas opname: the cash counted by denomination against the book balance."""

    __tablename__ = "cash_count"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    counted_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    account_code: Mapped[str] = mapped_column(String(20), nullable=False)
    physical_total: Mapped[int] = mapped_column(BigInteger, nullable=False)
    book_balance: Mapped[int] = mapped_column(BigInteger, nullable=False)
    difference: Mapped[int] = mapped_column(BigInteger, nullable=False)
    """Physical total minus book balance (negative: cash short)."""
    counted_by: Mapped[str] = mapped_column(String(64), nullable=False)
    counter_name: Mapped[str] = mapped_column(String(200), nullable=False)
    witness: Mapped[str] = mapped_column(String(200), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class CashCountLine(Base):
    """The pieces of one denomination in a cash count."""

    __tablename__ = "cash_count_line"
    __table_args__ = (
        CheckConstraint("pieces >= 0", name="pieces"),
        CheckConstraint("denomination > 0", name="denomination"),
        UniqueConstraint("count_id", "denomination", "coin"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("cash_count.id"), nullable=False, index=True)
    denomination: Mapped[int] = mapped_column(Integer, nullable=False)
    coin: Mapped[bool] = mapped_column(Boolean, nullable=False)
    pieces: Mapped[int] = mapped_column(Integer, nullable=False)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)


class SampleCheck(Base):
    """A seeded random sample of journal entries or members of a period."""

    __tablename__ = "sample_check"
    __table_args__ = (CheckConstraint("kind IN ('jurnal', 'anggota')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    date_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    date_to: Mapped[dt.date] = mapped_column(Date, nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    seed: Mapped[int] = mapped_column(BigInteger, nullable=False)
    population: Mapped[int] = mapped_column(Integer, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SampleItem(Base):
    """One entry or member drawn into a sample, ticked when the pengawas checked it."""

    __tablename__ = "sample_item"
    __table_args__ = (UniqueConstraint("sample_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("sample_check.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    ref: Mapped[str] = mapped_column(String(40), nullable=False)
    label: Mapped[str] = mapped_column(String(300), nullable=False)
    checked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    checked_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Finding(Base):
    """A temuan of the pengawas and its follow-up by the pengurus."""

    __tablename__ = "finding"
    __table_args__ = (
        CheckConstraint("status IN ('terbuka', 'ditindaklanjuti', 'selesai')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    found_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recommendation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    status_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    response: Mapped[str] = mapped_column(Text, nullable=False, default="")
    response_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    response_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
