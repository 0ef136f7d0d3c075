"""The buku administrasi a cooperative keeps (KOPERASI.md §6.3): which of them kopdesk
keeps and where a person finds and prints each.

The provincial checks speak of "16 buku administrasi" but the list itself was not
found (§6.3 [U]); this is the commonly named set. ``target`` names the place in the
window that keeps the book (``kopdesk.ui.destinations`` names, or a register of
this feature: ``register:<key>``); None: kopdesk does not keep it and the
cooperative keeps it on paper.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ADMIN_BOOKS", "REGISTERS", "AdminBook"]


@dataclass(frozen=True)
class AdminBook:
    """One book: its Indonesian name, whether kopdesk keeps it, and where."""

    key: str
    title: str
    kept: bool
    where: str
    target: str | None = None


REGISTERS = ("pengurus", "pengawas", "karyawan", "notulen", "saran", "anjuran")
"""The small registers this feature keeps itself (``register:<key>``)."""

ADMIN_BOOKS: tuple[AdminBook, ...] = (
    AdminBook("anggota", "Buku Daftar Anggota", True,
              "Anggota: daftar anggota; cetak dengan tombol Cetak Buku Daftar Anggota", "members"),
    AdminBook("pengurus", "Buku Daftar Pengurus", True,
              "Jabatan anggota (Anggota → Jabatan); daftar dan cetak PDF di sini",
              "register:pengurus"),
    AdminBook("pengawas", "Buku Daftar Pengawas", True,
              "Jabatan anggota (Anggota → Jabatan); daftar dan cetak PDF di sini",
              "register:pengawas"),
    AdminBook("karyawan", "Buku Daftar Karyawan", True,
              "Buku administrasi: register manajer dan karyawan (cetak PDF)",
              "register:karyawan"),
    AdminBook("simpanan", "Buku Simpanan Anggota", True,
              "Simpanan: rekening dan mutasi; Laporan: mutasi dan rekap simpanan", "savings"),
    AdminBook("pinjaman", "Buku Pinjaman Anggota", True,
              "Pinjaman: daftar pinjaman, kartu angsuran, kolektibilitas", "loans"),
    AdminBook("kas", "Buku Kas", True,
              "Kas & Jurnal: jurnal dan buku besar; Laporan: kas harian", "cash_journal"),
    AdminBook("inventaris", "Buku Inventaris / Aset Tetap", True,
              "Tutup Buku: aset tetap dan penyusutan (cetak daftar aset)", "depreciation"),
    AdminBook("notulen", "Buku Notulen Rapat Pengurus, Pengawas dan Anggota", True,
              "Buku administrasi: notulen rapat dengan lampiran (cetak PDF)",
              "register:notulen"),
    AdminBook("rat", "Buku Rapat Anggota Tahunan", True,
              "Tutup Buku: buku RAT (laporan pertanggungjawaban)", "rat"),
    AdminBook("saran", "Buku Saran Anggota", True,
              "Buku administrasi: saran anggota dan tindak lanjutnya (cetak PDF)",
              "register:saran"),
    AdminBook("anjuran", "Buku Anjuran Pejabat", True,
              "Buku administrasi: anjuran pejabat dan tindak lanjutnya (cetak PDF)",
              "register:anjuran"),
    AdminBook("pemeriksaan", "Buku Catatan Pemeriksaan Pengawas", True,
              "Pengawasan: pemeriksaan buku dan jejak audit", "supervision"),
    AdminBook("tamu", "Buku Tamu", False, "Tidak disimpan kopdesk: simpan di buku kertas."),
    AdminBook("kejadian", "Buku Kejadian Penting", False,
              "Tidak disimpan kopdesk: simpan di buku kertas."),
    AdminBook("agenda", "Buku Agenda Surat Masuk dan Keluar", False,
              "Tidak disimpan kopdesk: simpan di buku kertas."),
)  # fmt: skip
"""The books in the order the Dinas usually asks for them."""
