"""The cooperative's profile, fiscal years and document number sequences."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base


class CooperativeProfile(Base):
    """One row: who keeps this book."""

    __tablename__ = "cooperative_profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("coop_type IN ('ksp', 'ksu', 'kopdit')", name="coop_type"),
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fy_start_month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    book_uid: Mapped[str] = mapped_column(String(36), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    coop_type: Mapped[str] = mapped_column(String(10), nullable=False)
    legal_number: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    legal_date: Mapped[dt.date | None] = mapped_column(Date)
    nik_koperasi: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class FiscalYear(Base):
    """A tahun buku; postings are allowed only into an open one."""

    __tablename__ = "fiscal_year"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        CheckConstraint("start_date <= end_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False, unique=True)
    end_date: Mapped[dt.date] = mapped_column(Date, nullable=False, unique=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))


class DocSequence(Base):
    """Gap-free counters per series (``JU-2025``, receipt series, ...)."""

    __tablename__ = "doc_sequence"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
