"""The book's words for states and kinds, in one place.

Every status a member, a savings account or a loan can be in, and every kind of
savings transaction or loan event, is a :class:`enum.StrEnum` here. The values are
what the database stores (its CHECK constraints list the same words), so a member
compares equal to ``MemberStatus.AKTIF`` whether it was read from the book or built
in memory. Code outside this module and the ORM models names these states through
the enums, never as string literals (``tests/test_architecture.py``).
"""

from __future__ import annotations

import enum

__all__ = [
    "ACCOUNT_OPEN",
    "LIVE_LOAN",
    "MEMBER_MAY_DEPOSIT",
    "MEMBER_MAY_PAY_PAYROLL",
    "LoanEventKind",
    "LoanStatus",
    "MemberStatus",
    "SavingsAccountStatus",
    "SavingsTxKind",
]


class MemberStatus(enum.StrEnum):
    """Where a person stands in the member register (KOPERASI.md §1.2)."""

    CALON = "calon"
    AKTIF = "aktif"
    KELUAR = "keluar"
    MENINGGAL = "meninggal"
    DIBERHENTIKAN = "diberhentikan"


class SavingsAccountStatus(enum.StrEnum):
    """A member's savings account: open, or closed (ditutup)."""

    AKTIF = "aktif"
    TUTUP = "tutup"


class SavingsTxKind(enum.StrEnum):
    """A counter transaction on a savings account."""

    SETOR = "setor"
    TARIK = "tarik"
    PINDAH = "pindah"
    KOREKSI = "koreksi"


class LoanStatus(enum.StrEnum):
    """A loan from application to its end."""

    DIAJUKAN = "diajukan"
    DISETUJUI = "disetujui"
    DITOLAK = "ditolak"
    AKTIF = "aktif"
    """Disbursed and running (shown as "Berjalan")."""
    LUNAS = "lunas"
    DIRESTRUKTURISASI = "direstrukturisasi"
    DIHAPUS = "dihapus"


class LoanEventKind(enum.StrEnum):
    """What happened to a running loan."""

    CAIR = "cair"
    ANGSURAN = "angsuran"
    PELUNASAN = "pelunasan"
    RESTRUKTURISASI = "restrukturisasi"
    HAPUS = "hapus"
    SALDO_AWAL = "saldo_awal"


MEMBER_MAY_DEPOSIT: tuple[MemberStatus, ...] = (MemberStatus.CALON, MemberStatus.AKTIF)
"""A candidate pays simpanan pokok before becoming a member; members deposit."""
MEMBER_MAY_PAY_PAYROLL: tuple[MemberStatus, ...] = MEMBER_MAY_DEPOSIT
"""Who a payroll deduction list may credit."""
ACCOUNT_OPEN: tuple[SavingsAccountStatus, ...] = (SavingsAccountStatus.AKTIF,)
LIVE_LOAN: tuple[LoanStatus, ...] = (LoanStatus.AKTIF,)
"""Loans that are running: they have a balance, installments and arrears."""
