"""The member register (Buku Daftar Anggota): members, status history, organ roles."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base

STATUSES = "('calon', 'aktif', 'keluar', 'meninggal', 'diberhentikan')"


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUSES}", name="status"),
        CheckConstraint("sex IN ('L', 'P')", name="sex"),
        Index("ix_member_name", "full_name"),
        Index("ix_member_status", "status", "number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    nik: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    birth_place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    birth_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rt_rw: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    kelurahan: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    kecamatan: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    kabupaten_kota: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    provinsi: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    postal_code: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="", index=True)
    occupation: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    employer_unit: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    member_class: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    """Golongan for the simpanan wajib amount (empty: the product's amount)."""
    npwp: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    heir_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    heir_relation: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    join_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(15), nullable=False)
    """The latest status event's status (kept in step by the services)."""
    status_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class MemberStatusEvent(Base):
    """Calon anggota → aktif → keluar / meninggal / diberhentikan; never edited."""

    __tablename__ = "member_status_event"
    __table_args__ = (CheckConstraint(f"status IN {STATUSES}", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(15), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), nullable=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class OrganRole(Base):
    """A member's term on the board (pengurus) or the supervisory board (pengawas)."""

    __tablename__ = "organ_role"
    __table_args__ = (
        CheckConstraint(
            "role IN ('ketua', 'wakil_ketua', 'sekretaris', 'bendahara', 'pengurus', 'pengawas')",
            name="role",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(15), nullable=False)
    term_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
