"""Indonesian translations of the windows' English source strings.

Maintainers: after adding ``self.tr(...)`` strings, run ``update.sh`` beside
this file; it runs lupdate, fills ``kopdesk_id.ts`` from ``ID`` (context-specific
entries in ``ID_BY_CONTEXT`` win) and compiles the ``.qm`` files. A source without a
translation here stays ``unfinished`` and tests/ui/test_translations.py fails.
"""

from __future__ import annotations

ID: dict[str, str] = {
    # common words
    "Account": "Akun",
    "Account name": "Nama Akun",
    "Address": "Alamat",
    "Amount": "Jumlah",
    "As of": "Per tanggal",
    "Balance": "Saldo",
    "Balances as of": "Saldo per tanggal",
    "Cancel": "Batal",
    "Chart of accounts": "Daftar Akun",
    "Close": "Tutup",
    "Code": "Kode",
    "Continue": "Lanjutkan",
    "Credit": "Kredit",
    "Date": "Tanggal",
    "Debit": "Debit",
    "Description": "Keterangan",
    "From": "Dari",
    "General journal": "Jurnal Umum",
    "General ledger": "Buku Besar",
    "Memo": "Memo",
    "Name": "Nama",
    "Number": "Nomor",
    "Print PDF": "Cetak PDF",
    "Save": "Simpan",
    "Status": "Status",
    "To": "Sampai",
    "to": "s.d.",
    "Total": "Jumlah",
    "Trial balance": "Neraca Saldo",
    "Type": "Jenis",
    "Under": "Di bawah",
    "Yes": "Ya",
    "No": "Tidak",
    # accounts
    "Add account": "Tambah akun",
    "Deactivate": "Nonaktifkan",
    "Reactivate": "Aktifkan kembali",
    "Rename": "Ganti nama",
    "Inactive: no new postings": "Nonaktif: tidak menerima jurnal baru",
    "New account": "Akun baru",
    "Rename account": "Ganti nama akun",
    # journal
    "Journal": "Jurnal",
    "New entry": "Jurnal baru",
    "New journal entry": "Jurnal baru",
    "Reverse entry": "Balik jurnal",
    "Reverse journal entry": "Balik jurnal",
    "Ctrl+N": "Ctrl+N",
    "Ctrl+S": "Ctrl+S",
    "Dates": "Tanggal",
    "Search number or description": "Cari nomor atau keterangan",
    "{count} entries": "{count} jurnal",
    "Select an entry first.": "Pilih dulu jurnal yang akan dibalik.",
    "Reverse entry {number} on {date}?": "Balik jurnal {number} dengan tanggal {date}?",
    "Entry {number} reversed by {reversal}.": "Jurnal {number} dibalik dengan {reversal}.",
    "(entry no longer exists)": "(jurnal tidak ditemukan lagi)",
    "Reversed by {number}": "Dibalik oleh {number}",
    "Reverses {number}": "Pembalik {number}",
    "Journal entry {number}": "Jurnal {number}",
    "Posted by": "Dicatat oleh",
    "Reversed by": "Dibalik oleh",
    "Reverses": "Membalik",
    "What happened, e.g. Paid the electricity bill for July": (
        "Apa yang terjadi, misalnya Bayar tagihan listrik bulan Juli"
    ),
    "Delete line": "Hapus baris",
    "Type the account code or name, then the amount. Enter or Tab moves to the next cell; "
    "Ctrl+S saves.": (
        "Ketik kode atau nama akun, lalu jumlahnya. Enter atau Tab pindah ke kolom "
        "berikutnya; Ctrl+S menyimpan."
    ),
    "Debit {debit}   Credit {credit}": "Debit {debit}   Kredit {credit}",
    "Difference: {amount}": "Selisih: {amount}",
    "Journal entry {number} saved.": "Jurnal {number} tersimpan.",
    'No active posting account matches "{text}".': (
        'Tidak ada akun transaksi aktif yang cocok dengan "{text}".'
    ),
    "Type a positive amount; debit and credit each have their own column.": (
        "Ketik jumlah positif; debit dan kredit masing-masing punya kolom sendiri."
    ),
    "Entry {number} will be cancelled by a new entry with the same lines on the opposite "
    "side. The original stays in the books.": (
        "Jurnal {number} akan dibatalkan dengan jurnal baru berisi baris yang sama di sisi "
        "sebaliknya. Jurnal asal tetap tercatat di buku."
    ),
    "Date of the reversing entry": "Tanggal jurnal pembalik",
    # ledger
    "Show": "Tampilkan",
    "Opening balance": "Saldo awal",
    "Total and closing balance": "Jumlah dan saldo akhir",
    # trial balance, reports, printing
    "Export CSV": "Ekspor CSV",
    "Each report is saved as a PDF file and opened so you can print it.": (
        "Setiap laporan disimpan sebagai berkas PDF lalu dibuka agar dapat dicetak."
    ),
    "Save as": "Simpan sebagai",
    "PDF documents (*.pdf)": "Dokumen PDF (*.pdf)",
    "CSV files (*.csv)": "Berkas CSV (*.csv)",
    "The file {path} cannot be written ({reason}). Choose another folder.": (
        "Berkas {path} tidak dapat ditulis ({reason}). Pilih folder lain."
    ),
    "Saved {path}.": "Tersimpan: {path}.",
    "Preparing {name}…": "Menyiapkan {name}…",
    # main window and home
    "Home": "Beranda",
    "Cash & Journal": "Kas & Jurnal",
    "Reports": "Laporan",
    "Settings": "Pengaturan",
    "Book: {path}   User: {user}": "Buku: {path}   Pengguna: {user}",
    "database server": "server basis data",
    "Open fiscal year": "Tahun buku berjalan",
    "Journal entries this fiscal year": "Jurnal tahun buku ini",
    "Print reports": "Cetak laporan",
    "Common tasks": "Pekerjaan sehari-hari",
    "{start} – {end}": "{start} – {end}",
    "none": "belum ada",
    "Cash and bank as of {date}": "Kas dan bank per {date}",
    # settings and wizard
    "The cooperative's profile as recorded in this book.": (
        "Data koperasi sebagaimana tercatat di buku ini."
    ),
    "Cooperative name": "Nama koperasi",
    "Legal entity number": "Nomor badan hukum",
    "Legal entity date": "Tanggal badan hukum",
    "Cooperative ID number (NIK)": "Nomor Induk Koperasi (NIK)",
    "Fiscal year starts in": "Tahun buku mulai bulan",
    "Fiscal years": "Tahun buku",
    "{year} (open)": "{year} (terbuka)",
    "{year} (closed)": "{year} (ditutup)",
    "Book file": "Berkas buku",
    "New cooperative book": "Buku koperasi baru",
    "Welcome to kopdesk": "Selamat datang di kopdesk",
    "This wizard sets up the books of your cooperative: its profile, the standard "
    "cooperative chart of accounts and the first fiscal year.\n\nThe book will be saved "
    "in:\n{path}": (
        "Panduan ini menyiapkan buku koperasi Anda: data koperasi, daftar akun standar "
        "koperasi dan tahun buku pertama.\n\nBuku akan disimpan di:\n{path}"
    ),
    "Cooperative profile": "Data koperasi",
    "As written in the deed of establishment. Only the name is required.": (
        "Sesuai akta pendirian. Hanya nama yang wajib diisi."
    ),
    "DD-MM-YYYY, may be left empty": "HH-BB-TTTT, boleh dikosongkan",
    "16 digits, may be left empty": "16 angka, boleh dikosongkan",
    "Fiscal year": "Tahun buku",
    "Most cooperatives keep books from January to December.": (
        "Kebanyakan koperasi membukukan dari Januari sampai Desember."
    ),
    "First fiscal year": "Tahun buku pertama",
    # errors
    "Cannot use the book": "Buku tidak dapat dipakai",
    "Not saved": "Tidak tersimpan",
    "kopdesk stopped an action": "kopdesk menghentikan sebuah tindakan",
    "An unexpected error occurred in kopdesk. The action was cancelled and nothing was "
    "half-saved. Copy the details below and send them to whoever supports kopdesk in your "
    "office.": (
        "Terjadi kesalahan tak terduga di kopdesk. Tindakan dibatalkan dan tidak ada data "
        "yang tersimpan setengah jalan. Salin rincian di bawah ini dan kirimkan kepada "
        "pendamping kopdesk di kantor Anda."
    ),
    "Copy details": "Salin rincian",
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("JournalPanel", "Dates"): "Saring tanggal",
    ("ReportsPage", "From"): "Dari tanggal",
    ("ReportsPage", "To"): "Sampai tanggal",
}

QT_ID: dict[tuple[str, str], str] = {
    # Qt's own strings (no Indonesian qtbase translation ships with PySide6)
    ("QPlatformTheme", "OK"): "OK",
    ("QPlatformTheme", "Cancel"): "Batal",
    ("QPlatformTheme", "Close"): "Tutup",
    ("QPlatformTheme", "Yes"): "Ya",
    ("QPlatformTheme", "No"): "Tidak",
    ("QPlatformTheme", "Save"): "Simpan",
    ("QPlatformTheme", "Apply"): "Terapkan",
    ("QPlatformTheme", "Help"): "Bantuan",
    ("QWizard", "< &Back"): "< &Kembali",
    ("QWizard", "&Next"): "&Lanjut",
    ("QWizard", "&Next >"): "&Lanjut >",
    ("QWizard", "&Finish"): "&Selesai",
    ("QWizard", "Cancel"): "Batal",
    ("QWizard", "&Help"): "&Bantuan",
    ("QWizard", "Help"): "Bantuan",
    ("QWizard", "Go Back"): "Kembali",
    ("QWizard", "Continue"): "Lanjut",
    ("QWizard", "Commit"): "Terapkan",
    ("QWizard", "Done"): "Selesai",
    ("QLineEdit", "&Undo"): "&Batalkan",
    ("QLineEdit", "&Redo"): "&Ulangi",
    ("QLineEdit", "Cu&t"): "Po&tong",
    ("QLineEdit", "&Copy"): "&Salin",
    ("QLineEdit", "&Paste"): "&Tempel",
    ("QLineEdit", "Delete"): "Hapus",
    ("QLineEdit", "Select All"): "Pilih semua",
    ("QWidgetTextControl", "&Undo"): "&Batalkan",
    ("QWidgetTextControl", "&Redo"): "&Ulangi",
    ("QWidgetTextControl", "Cu&t"): "Po&tong",
    ("QWidgetTextControl", "&Copy"): "&Salin",
    ("QWidgetTextControl", "Copy &Link Location"): "Salin &alamat tautan",
    ("QWidgetTextControl", "&Paste"): "&Tempel",
    ("QWidgetTextControl", "Delete"): "Hapus",
    ("QWidgetTextControl", "Select All"): "Pilih semua",
    ("QFileDialog", "Save As"): "Simpan sebagai",
    ("QFileDialog", "&Save"): "&Simpan",
    ("QFileDialog", "Cancel"): "Batal",
    ("QFileDialog", "File &name:"): "&Nama berkas:",
    ("QFileDialog", "Files of type:"): "Jenis berkas:",
    ("QFileDialog", "Look in:"): "Lihat di:",
}
