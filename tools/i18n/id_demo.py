"""Indonesian for the demo book's strings (the first-run wizard's offer)."""

from __future__ import annotations

ID: dict[str, str] = {
    "Want to look around first? Open the demo book: an example savings and loan "
    "cooperative with members, savings, loans, closed years and SHU. It is a "
    "separate file; your own book is not created yet. Users admin, ketua, "
    "bendahara, kasir and pengawas, password {password}; each chooses a new "
    "password at the first sign-in.": (
        "Ingin melihat-lihat dulu? Buka buku contoh: sebuah koperasi simpan pinjam "
        "contoh lengkap dengan anggota, simpanan, pinjaman, tahun buku yang sudah "
        "ditutup dan SHU. Buku contoh adalah berkas tersendiri; buku koperasi Anda "
        "belum dibuat. Pengguna admin, ketua, bendahara, kasir dan pengawas, kata "
        "sandi {password}; masing-masing memilih kata sandi baru saat pertama masuk."
    ),
    "Open the demo book": "Buka buku contoh",
    "Building the demo book (the last two years and this one)...": (
        "Membuat buku contoh (dua tahun terakhir dan tahun ini)..."
    ),
    "The demo book cannot be made in {folder}: {reason}": (
        "Buku contoh tidak dapat dibuat di {folder}: {reason}"
    ),
    "Asked to choose a new password": "Diminta memilih kata sandi baru",
}
