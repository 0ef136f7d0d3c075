"""Users, the audit trail, hash chains, printed documents, approvals and settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kopdesk.models.base import Base


class AppUser(Base):
    """Someone who signs in to kopdesk. Never deleted: deactivated."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            "role IN ('admin', 'ketua', 'bendahara', 'kasir', 'pengawas')", name="role"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(12), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditRecord(Base):
    """One write: who, when, which action, what changed. Append-only, hash-chained."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_seq: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    ref: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    before: Mapped[str] = mapped_column(Text, nullable=False, default="")
    after: Mapped[str] = mapped_column(Text, nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class ChainState(Base):
    """The head of a hash chain (``journal``, ``audit``): its length and last hash.

    Updating the row locks it, so two writers extend a chain one after the other."""

    __tablename__ = "chain_state"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


class RowSeal(Base):
    """One version of a row that carries money or rights, hash-chained (``seal``).

    Written when kopdesk commits a change to that row: the digest of its content
    before (None: the row was new) and after (None: deleted). Verification replays
    a row's seals and compares the last with the row as it is now. Append-only."""

    __tablename__ = "row_seal"
    __table_args__ = (Index("ix_row_seal_row", "tbl", "row_key", "chain_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_seq: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    journal_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    """The journal chain's length when the change was committed."""
    tbl: Mapped[str] = mapped_column(String(40), nullable=False)
    row_key: Mapped[str] = mapped_column(String(200), nullable=False)
    """The row's primary key as canonical JSON (``[5]``, ``["JU-2025"]``)."""
    before_hash: Mapped[str | None] = mapped_column(String(64))
    after_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class DocumentRecord(Base):
    """A printed paper: its number, who made it and when, and its SHA-256."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    made_by: Mapped[str] = mapped_column(String(64), nullable=False)
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    size: Mapped[int | None] = mapped_column(Integer)
    journal_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    """Length of the journal hash chain when the paper was made..."""
    journal_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    """...and its head hash: the paper anchors the books' history up to then."""
    anchor: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    """Every chain's head when the paper was made (``domain.chain.format_anchor``),
    as printed on it; empty for papers made before revision 0008."""


class ApprovalGrant(Base):
    """A second user's approval of one dangerous action; used once, soon."""

    __tablename__ = "approval_grant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    permission: Mapped[str] = mapped_column(String(40), nullable=False)
    requester_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    approver_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    used_for: Mapped[str] = mapped_column(String(100), nullable=False, default="")


class Setting(Base):
    """Settings the cooperative may change ([U] items of KOPERASI.md), as text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
