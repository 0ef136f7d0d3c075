"""The audit trail's words: every action code kopdesk records (``loan.apply``,
``savings.setor``, ``member.register``, …) with its Indonesian label, and the
categories the audit viewer filters by.

The trail itself keeps the codes (they are part of its hash chain); windows and
the command line show :func:`action_label`. ``tests/services/base/test_audit_actions.py``
fails when a service records an action that has no label here, or a label no
category covers.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ACTION_LABELS", "CATEGORIES", "AuditCategory", "action_label", "category_of"]

ACTION_LABELS: dict[str, str] = {
    # book, profile, fiscal years
    "book.create": "Buku dibuat",
    "profile.edit": "Profil koperasi diubah",
    "year.open": "Tahun buku dibuka",
    "year.close": "Tahun buku ditutup",
    "year.reopen": "Tahun buku dibuka kembali",
    "setting.change": "Pengaturan diubah",
    "health.answer": "Jawaban penilaian kesehatan disimpan",
    # accounts and journal
    "account.add": "Akun ditambahkan",
    "account.rename": "Nama akun diubah",
    "account.deactivate": "Akun dinonaktifkan",
    "account.reactivate": "Akun diaktifkan kembali",
    "journal.post": "Jurnal dicatat",
    "journal.reverse": "Jurnal dibalik (koreksi)",
    "document.make": "Dokumen dicetak",
    # members
    "member.register": "Anggota didaftarkan",
    "member.edit": "Data anggota diubah",
    "member.status": "Status anggota diubah",
    "member.class": "Golongan anggota diubah",
    "member.import": "Anggota diimpor",
    "member.exit": "Penyelesaian anggota keluar",
    "member.exit_paid": "Hak anggota keluar dibayar",
    "organ.assign": "Pengurus/pengawas diangkat",
    "organ.end": "Jabatan pengurus berakhir",
    # savings
    "savings.setor": "Setoran simpanan",
    "savings.tarik": "Penarikan simpanan",
    "savings.pindah": "Pemindahbukuan simpanan",
    "savings.koreksi": "Koreksi transaksi simpanan",
    "savings.product": "Produk simpanan diubah",
    "savings.month_end": "Rutin akhir bulan simpanan",
    "savings.import_opening": "Saldo awal simpanan diimpor",
    "savings.import_payroll": "Potong gaji simpanan diimpor",
    # loans
    "loan.apply": "Pinjaman diajukan",
    "loan.approve": "Pinjaman disetujui",
    "loan.reject": "Pinjaman ditolak",
    "loan.cair": "Pinjaman dicairkan",
    "loan.angsuran": "Angsuran pinjaman diterima",
    "loan.pelunasan": "Pinjaman dilunasi",
    "loan.restrukturisasi": "Pinjaman direstrukturisasi",
    "loan.hapus": "Pinjaman dihapus buku",
    "loan.saldo_awal": "Saldo awal pinjaman dicatat",
    "loan.import_opening": "Saldo awal pinjaman diimpor",
    "loan.product": "Produk pinjaman diubah",
    "loan.allowance": "PPAP (cadangan piutang) disesuaikan",
    # assets
    "asset.register": "Aset tetap dicatat",
    "asset.update": "Data aset tetap diubah",
    "asset.depreciate": "Penyusutan aset dibukukan",
    # year end: SHU and RAT
    "shu.plan": "Rencana pembagian SHU disimpan",
    "shu.post": "Pembagian SHU dibukukan",
    "shu.pay": "SHU anggota dibayarkan",
    "rat.rapb": "RAPB untuk RAT disimpan",
    "rat.text": "Naskah buku RAT disimpan",
    # buku administrasi
    "officer.add": "Karyawan dicatat",
    "officer.edit": "Data karyawan diubah",
    "meeting.add": "Notulen rapat dicatat",
    "meeting.edit": "Notulen rapat diubah",
    "meeting.attach": "Lampiran notulen disimpan",
    "note.add": "Saran/anjuran dicatat",
    "note.edit": "Saran/anjuran diubah",
    # users, sign-in, approvals
    "user.create": "Pengguna ditambahkan",
    "user.role": "Peran pengguna diubah",
    "user.activate": "Pengguna diaktifkan kembali",
    "user.deactivate": "Pengguna dinonaktifkan",
    "user.password_change": "Kata sandi diganti",
    "user.password_reset": "Kata sandi direset oleh Admin",
    "user.require_new_password": "Diminta memilih kata sandi baru",
    "user.locked": "Pengguna dikunci (sandi salah)",
    "login.ok": "Masuk",
    "login.failed": "Gagal masuk",
    "login.end": "Keluar",
    "approval.ok": "Kata sandi penyetuju diterima",
    "approval.failed": "Kata sandi penyetuju ditolak",
    "approval.grant": "Persetujuan diberikan",
    "approval.use": "Persetujuan dipakai",
    # the pengawas' work
    "supervision.cash_count": "Kas opname dicatat pengawas",
    "supervision.sample": "Sampel pemeriksaan diambil",
    "supervision.sample_tick": "Butir sampel diperiksa",
    "supervision.finding": "Temuan pengawas dicatat",
    "supervision.finding_update": "Temuan pengawas diubah",
    "supervision.finding_response": "Tanggapan pengurus atas temuan",
    # backups
    "backup.restore": "Pemulihan dari cadangan dimulai",
    "backup.restored": "Buku dipulihkan dari cadangan",
}
"""Every audit action code and what a person reads for it."""


@dataclass(frozen=True)
class AuditCategory:
    """A choice of the audit filter: the actions whose code starts with one of ``prefixes``."""

    label: str
    prefixes: tuple[str, ...]


CATEGORIES: tuple[AuditCategory, ...] = (
    AuditCategory("Simpanan", ("savings.",)),
    AuditCategory("Pinjaman", ("loan.",)),
    AuditCategory("Anggota", ("member.", "organ.")),
    AuditCategory("Jurnal", ("journal.",)),
    AuditCategory("Akun", ("account.",)),
    AuditCategory("Aset tetap", ("asset.",)),
    AuditCategory("SHU dan RAT", ("shu.", "rat.")),
    AuditCategory("Buku administrasi", ("officer.", "meeting.", "note.")),
    AuditCategory("Pengguna", ("user.",)),
    AuditCategory("Masuk", ("login.",)),
    AuditCategory("Persetujuan", ("approval.",)),
    AuditCategory("Pengawasan", ("supervision.",)),
    AuditCategory("Dokumen", ("document.",)),
    AuditCategory("Profil koperasi", ("profile.",)),
    AuditCategory("Tahun buku", ("year.",)),
    AuditCategory("Pengaturan", ("setting.",)),
    AuditCategory("Kesehatan", ("health.",)),
    AuditCategory("Cadangan", ("backup.",)),
    AuditCategory("Pembuatan buku", ("book.",)),
)
"""The audit viewer's filter choices (after "all actions"), most used first."""


def action_label(code: str) -> str:
    """``loan.apply`` → ``Pinjaman diajukan``; an unknown code is shown as it is."""
    return ACTION_LABELS.get(code, code)


def category_of(code: str) -> AuditCategory | None:
    """The category whose prefixes cover ``code``, None when none does."""
    return next((c for c in CATEGORIES if code.startswith(c.prefixes)), None)
