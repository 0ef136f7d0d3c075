"""Indonesian for the savings import dialogs (saldo awal, potong gaji)."""

from __future__ import annotations

ID: dict[str, str] = {
    "1. Columns": "1. Kolom",
    "2. Rows checked (problems in red)": "2. Baris yang diperiksa (masalah berwarna merah)",
    "Balances as of (cut-over)": "Saldo per tanggal (saldo awal)",
    "Import opening savings balances": "Impor saldo awal simpanan",
    "Import payroll deductions": "Impor potong gaji",
    "List reference": "Referensi daftar",
    "Fine": "Benar",
    "One journal entry for the whole list": "Satu jurnal untuk seluruh daftar",
    "One journal entry per member": "Satu jurnal per anggota",
    "Posting date": "Tanggal posting",
    "Posting {amount}…": "Memposting {amount}…",
    "Post as": "Posting",
    "Received in": "Diterima di",
    "Savings {name}": "Simpanan {name}",
    "Something changed: press Check again.": "Ada yang berubah: tekan Periksa lagi.",
    "The file has no amounts to import.": "Berkas ini tidak berisi jumlah simpanan untuk diimpor.",
    "Total: <b>{amount}</b>": "Jumlah: <b>{amount}</b>",
    "e.g. Payroll January 2025 (default: file name)": (
        "misalnya Potong gaji Januari 2025 (bawaan: nama berkas)"
    ),
    "{column}: {message}": "{column}: {message}",
    "{count} members, {amount} posted on {date} ({entries}).": (
        "{count} anggota, {amount} diposting tanggal {date} ({entries})."
    ),
    "{name}: <b>{amount}</b> ({count})": "{name}: <b>{amount}</b> ({count})",
    "{errors} problems must be fixed first; nothing is imported until every row is right.": (
        "{errors} masalah harus diperbaiki dulu; tidak ada yang diimpor sebelum semua baris benar."
    ),
    "One journal entry on this date: each member's savings against 3901 Opening balance equity.": (
        "Satu jurnal pada tanggal ini: simpanan setiap anggota dengan lawan akun "
        "3901 Ekuitas saldo awal."
    ),
    "A list with the reference '{reference}' was imported before; "
    "give this list its own reference.": (
        "Daftar dengan referensi '{reference}' sudah pernah diimpor; beri daftar ini "
        "referensinya sendiri."
    ),
    "The same members with the same amounts were already posted on {date} "
    "under the reference '{reference}' by {user} ({entry}).": (
        "Anggota yang sama dengan jumlah yang sama sudah diposting pada {date} dengan "
        "referensi '{reference}' oleh {user} ({entry})."
    ),
    "Importing asks first.": "Impor akan meminta konfirmasi dulu.",
    "Same list again": "Daftar yang sama lagi",
    "Post this list again? Its members would be credited twice this month.": (
        "Posting daftar ini lagi? Anggotanya akan menerima setoran dua kali bulan ini."
    ),
}
