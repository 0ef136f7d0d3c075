"""The small registers of the buku administrasi (KOPERASI.md §6.3): the staff
register (the pengurus and pengawas are the members' offices, ``organ_role``), the
minutes of meetings with their attached files, and the book of members' suggestions
and officials' recommendations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base

OFFICER_KINDS = "('karyawan')"
"""The pengurus and pengawas are members' offices (``organ_role``), never rows here."""
MEETING_KINDS = "('pengurus', 'pengawas', 'gabungan', 'rat', 'ra_khusus', 'lain')"
NOTE_KINDS = "('saran', 'anjuran')"


class Officer(Base):
    """One person's term as an employee (manager, staff): the people who work for the
    cooperative without holding a member's office. ``kind`` is kept so the register
    can grow (only ``karyawan`` today)."""

    __tablename__ = "officer"
    __table_args__ = (
        CheckConstraint(f"kind IN {OFFICER_KINDS}", name="kind"),
        CheckConstraint("sex IN ('L', 'P')", name="sex"),
        CheckConstraint("end_date IS NULL OR start_date <= end_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[str] = mapped_column(String(100), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False)
    nik: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    start_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Meeting(Base):
    """The minutes (notulen) of one meeting."""

    __tablename__ = "meeting"
    __table_args__ = (CheckConstraint(f"kind IN {MEETING_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class MeetingFile(Base):
    """A file attached to the minutes (signed scan, attendance list), kept inside the
    book as base64 text so it travels with every backup and is sealed like the rest."""

    __tablename__ = "meeting_file"
    __table_args__ = (CheckConstraint("size > 0", name="size"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), nullable=False, index=True)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content_b64: Mapped[str] = mapped_column(Text, nullable=False)
    added_by: Mapped[str] = mapped_column(String(64), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class AdminNote(Base):
    """An entry of the buku saran anggota or the buku anjuran pejabat."""

    __tablename__ = "admin_note"
    __table_args__ = (CheckConstraint(f"kind IN {NOTE_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(200), nullable=False)
    """Who gave it: the member, or the official and office."""
    text: Mapped[str] = mapped_column(Text, nullable=False)
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
