"""Roles and what each may do (enforced in the services, not only in windows).

A koperasi office has few people: the Admin sets kopdesk up and manages
users; the Ketua (chair) oversees and approves; the Bendahara (treasurer)
keeps the books; the Kasir (cashier) takes money at the counter; the
Pengawas (supervisory board) reads everything and the audit trail, changes
nothing on the books and alone records its own work (cash counts, samples,
findings); with the Ketua it answers the health assessment's questions.
Dangerous actions also need a second person (dual control).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    ADMIN = "admin"
    KETUA = "ketua"
    BENDAHARA = "bendahara"
    KASIR = "kasir"
    PENGAWAS = "pengawas"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.ADMIN: "Admin",
    Role.KETUA: "Ketua",
    Role.BENDAHARA: "Bendahara",
    Role.KASIR: "Kasir",
    Role.PENGAWAS: "Pengawas",
}


class Permission(enum.StrEnum):
    """Service actions a role may be granted. Values name the action in the audit log."""

    PROFILE_EDIT = "profile.edit"
    USERS_MANAGE = "users.manage"
    ACCOUNTS_MANAGE = "accounts.manage"
    YEAR_OPEN = "year.open"
    YEAR_REOPEN = "year.reopen"
    YEAR_CLOSE = "year.close"
    """Run the year-end close (closing entries, lock, next year opened)."""
    ASSETS_MANAGE = "assets.manage"
    """Keep the fixed-asset register and post the monthly depreciation."""
    SHU_MANAGE = "shu.manage"
    """Set the SHU split of a year, post it, and write the RAT book texts."""
    SHU_PAY = "shu.pay"
    """Pay members their SHU in cash or to simpanan sukarela."""
    JOURNAL_POST = "journal.post"
    JOURNAL_REVERSE = "journal.reverse"
    MEMBERS_MANAGE = "members.manage"
    SAVINGS_TELLER = "savings.teller"
    """Take savings deposits and pay out withdrawals at the counter."""
    SAVINGS_MANAGE = "savings.manage"
    """Savings products, month-end interest, imports and corrections."""
    LOANS_APPLY = "loans.apply"
    """Record a member's loan application."""
    LOANS_APPROVE = "loans.approve"
    """Approve or reject an application someone else recorded."""
    LOANS_DISBURSE = "loans.disburse"
    """Pay out an approved loan and take installments at the counter."""
    LOANS_MANAGE = "loans.manage"
    """Loan products, restructuring, write-offs, the allowance and opening balances."""
    ORGANS_MANAGE = "organs.manage"
    REPORTS_PRINT = "reports.print"
    AUDIT_VIEW = "audit.view"
    BOOKS_VERIFY = "books.verify"
    BACKUP_RESTORE = "backup.restore"
    APPROVE = "approve"
    """Be the second person who approves another user's dangerous action."""
    HEALTH_ASSESS = "health.assess"
    """Answer the qualitative questions of the health assessment (pengawas, ketua)."""
    SUPERVISION_RECORD = "supervision.record"
    """Record cash counts, sample checks and findings: the pengawas' own work, which
    no other role (not even Admin) may write or change."""
    FINDING_RESPOND = "finding.respond"
    """Write the pengurus' response to a pengawas' finding."""

    @property
    def label(self) -> str:
        return _PERMISSION_LABELS[self]


_PERMISSION_LABELS = {
    Permission.PROFILE_EDIT: "mengubah data koperasi",
    Permission.USERS_MANAGE: "mengelola pengguna",
    Permission.ACCOUNTS_MANAGE: "mengelola daftar akun",
    Permission.YEAR_OPEN: "membuka tahun buku baru",
    Permission.YEAR_REOPEN: "membuka kembali tahun buku yang ditutup",
    Permission.YEAR_CLOSE: "menutup tahun buku",
    Permission.ASSETS_MANAGE: "mengelola aset tetap dan penyusutan",
    Permission.SHU_MANAGE: "menetapkan dan memposting pembagian SHU serta menyusun buku RAT",
    Permission.SHU_PAY: "membayarkan SHU anggota",
    Permission.JOURNAL_POST: "memposting jurnal",
    Permission.JOURNAL_REVERSE: "membalik jurnal",
    Permission.MEMBERS_MANAGE: "mengelola data anggota",
    Permission.SAVINGS_TELLER: "melayani setoran dan penarikan simpanan",
    Permission.SAVINGS_MANAGE: "mengelola produk, jasa dan koreksi simpanan",
    Permission.LOANS_APPLY: "mencatat pengajuan pinjaman",
    Permission.LOANS_APPROVE: "menyetujui atau menolak pengajuan pinjaman",
    Permission.LOANS_DISBURSE: "mencairkan pinjaman dan menerima angsuran",
    Permission.LOANS_MANAGE: "mengelola produk, restrukturisasi, penghapusan dan PPAP pinjaman",
    Permission.ORGANS_MANAGE: "mencatat pengurus, pengawas dan buku administrasi",
    Permission.REPORTS_PRINT: "mencetak laporan",
    Permission.AUDIT_VIEW: "melihat jejak audit",
    Permission.BOOKS_VERIFY: "memeriksa keaslian buku dan dokumen",
    Permission.BACKUP_RESTORE: "memulihkan buku dari cadangan",
    Permission.APPROVE: "menyetujui tindakan berisiko sebagai orang kedua",
    Permission.HEALTH_ASSESS: "mengisi jawaban penilaian kesehatan koperasi",
    Permission.SUPERVISION_RECORD: "mencatat kas opname, pemeriksaan sampel dan temuan pengawas",
    Permission.FINDING_RESPOND: "menanggapi temuan pengawas",
}

P = Permission
_EVERYONE = {P.REPORTS_PRINT, P.BOOKS_VERIFY}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission) - {P.SUPERVISION_RECORD},
    Role.KETUA: frozenset(
        _EVERYONE
        | {
            P.PROFILE_EDIT,
            P.YEAR_OPEN,
            P.YEAR_REOPEN,
            P.AUDIT_VIEW,
            P.APPROVE,
            P.ORGANS_MANAGE,
            P.BACKUP_RESTORE,
            P.LOANS_APPROVE,
            P.HEALTH_ASSESS,
            P.FINDING_RESPOND,
        }
    ),
    Role.BENDAHARA: frozenset(
        _EVERYONE
        | {
            P.ACCOUNTS_MANAGE,
            P.YEAR_OPEN,
            P.JOURNAL_POST,
            P.JOURNAL_REVERSE,
            P.APPROVE,
            P.MEMBERS_MANAGE,
            P.SAVINGS_TELLER,
            P.SAVINGS_MANAGE,
            P.LOANS_APPLY,
            P.LOANS_APPROVE,
            P.LOANS_DISBURSE,
            P.LOANS_MANAGE,
            P.YEAR_CLOSE,
            P.ASSETS_MANAGE,
            P.SHU_MANAGE,
            P.SHU_PAY,
            P.FINDING_RESPOND,
        }
    ),
    Role.KASIR: frozenset(
        _EVERYONE
        | {
            P.JOURNAL_POST,
            P.MEMBERS_MANAGE,
            P.SAVINGS_TELLER,
            P.LOANS_APPLY,
            P.LOANS_DISBURSE,
            P.SHU_PAY,
        }
    ),
    Role.PENGAWAS: frozenset(_EVERYONE | {P.AUDIT_VIEW, P.HEALTH_ASSESS, P.SUPERVISION_RECORD}),
}
"""What each role may do. Admin may do everything but the pengawas' own records, and
still needs a second person for dual-controlled actions."""


def allowed(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: int
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)

    @property
    def display(self) -> str:
        return self.full_name or self.username


@dataclass(frozen=True)
class Approval:
    """A second user's password check for one dangerous action by ``requester_id``."""

    approver: Actor
    permission: Permission
    requester_id: int
