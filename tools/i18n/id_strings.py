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
    "cooperative chart of accounts, the first fiscal year and the first user, the Admin."
    "\n\nThe book will be saved in:\n{path}": (
        "Panduan ini menyiapkan buku koperasi Anda: data koperasi, daftar akun standar "
        "koperasi, tahun buku pertama dan pengguna pertama, yaitu Admin.\n\nBuku akan "
        "disimpan di:\n{path}"
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
    # users, sign-in, lock
    "User name": "Nama pengguna",
    "Full name": "Nama lengkap",
    "Password": "Kata sandi",
    "Password again": "Ulangi kata sandi",
    "e.g. siti.bendahara": "misalnya siti.bendahara",
    "at least 8 characters, letters and digits": "paling sedikit 8 karakter, huruf dan angka",
    "The two passwords are not the same.": "Kedua kata sandi tidak sama.",
    "Sign in to kopdesk": "Masuk ke kopdesk",
    "Sign in with your own user name and password.": (
        "Masuk dengan nama pengguna dan kata sandi Anda sendiri."
    ),
    "Sign in": "Masuk",
    "Type your user name.": "Ketik nama pengguna Anda.",
    "Create the first Admin": "Buat Admin pertama",
    "This book has no users yet. From now on everyone signs in with their own user name "
    "and password, and every change is recorded under that name. Create the first Admin; "
    "the Admin then adds the other users in Settings.": (
        "Buku ini belum memiliki pengguna. Mulai sekarang setiap orang masuk dengan nama "
        "pengguna dan kata sandinya sendiri, dan setiap perubahan dicatat atas nama itu. "
        "Buat Admin pertama; Admin lalu menambah pengguna lain di Pengaturan."
    ),
    "Create Admin": "Buat Admin",
    "Change my password": "Ubah kata sandi saya",
    "{user}, your password was set by the Admin. Choose your own password before you "
    "continue; nobody else should know it.": (
        "{user}, kata sandi Anda dibuat oleh Admin. Pilih kata sandi Anda sendiri sebelum "
        "melanjutkan; orang lain tidak boleh mengetahuinya."
    ),
    "Changing the password of {user}.": "Mengubah kata sandi {user}.",
    "Current password": "Kata sandi sekarang",
    "New password": "Kata sandi baru",
    "New password again": "Ulangi kata sandi baru",
    "Change password": "Ubah kata sandi",
    "kopdesk is locked": "kopdesk terkunci",
    "The window was locked to protect the books. {user} ({role}), type your password to "
    "continue.": (
        "Jendela dikunci untuk melindungi buku. {user} ({role}), ketik kata sandi Anda "
        "untuk melanjutkan."
    ),
    "Unlock": "Buka kunci",
    "Close kopdesk": "Tutup kopdesk",
    "Lock now": "Kunci sekarang",
    "Ctrl+L": "Ctrl+L",
    "Book: {path}   User: {user} ({role})": "Buku: {path}   Pengguna: {user} ({role})",
    "Supervision": "Pengawasan",
    "Your role cannot post journal entries.": "Peran Anda tidak dapat memposting jurnal.",
    # dual control
    "Second user approval": "Persetujuan pengguna kedua",
    "Requested by {user}. Ask a Ketua, Bendahara or Admin to type their own user name and "
    "password here. The approval is valid for this action only and is recorded in the audit "
    "trail.": (
        "Diminta oleh {user}. Minta Ketua, Bendahara atau Admin mengetik nama pengguna dan "
        "kata sandinya sendiri di sini. Persetujuan hanya berlaku untuk tindakan ini dan "
        "dicatat di jejak audit."
    ),
    "Approver's user name": "Nama pengguna penyetuju",
    "Approver's password": "Kata sandi penyetuju",
    "Approve": "Setujui",
    "Type the approver's user name and password.": (
        "Ketik nama pengguna dan kata sandi penyetuju."
    ),
    "Reverse journal entry {number}": "Balik jurnal {number}",
    # users and settings
    "Add user": "Tambah pengguna",
    "temporary password": "kata sandi sementara",
    "Temporary password": "Kata sandi sementara",
    "Role": "Peran",
    "User": "Pengguna",
    "Users": "Pengguna",
    "Give the temporary password to the new user in person. They must choose their own "
    "password when they first sign in.": (
        "Berikan kata sandi sementara langsung kepada pengguna baru. Ia wajib memilih kata "
        "sandinya sendiri saat pertama kali masuk."
    ),
    "Reset password": "Atur ulang kata sandi",
    "A temporary password for {user}. The user is unlocked and must choose a new password "
    "at the next sign-in.": (
        "Kata sandi sementara untuk {user}. Kunci akunnya dibuka dan ia wajib memilih kata "
        "sandi baru saat masuk berikutnya."
    ),
    "Change role": "Ubah peran",
    "Last sign-in": "Terakhir masuk",
    "Deactivated": "Nonaktif",
    "Locked until {time}": "Terkunci sampai {time}",
    "Active, must change password": "Aktif, wajib ganti kata sandi",
    "Active": "Aktif",
    "Users are never deleted, so the audit trail always knows who did what. A user who "
    "leaves is deactivated.": (
        "Pengguna tidak pernah dihapus, agar jejak audit selalu tahu siapa melakukan apa. "
        "Pengguna yang berhenti dinonaktifkan."
    ),
    "User {user} added.": "Pengguna {user} ditambahkan.",
    "Temporary password set for {user}.": "Kata sandi sementara untuk {user} sudah dibuat.",
    "Deactivate user": "Nonaktifkan pengguna",
    "Deactivate {user}? They can no longer sign in.": (
        "Nonaktifkan {user}? Ia tidak dapat masuk lagi."
    ),
    "Save settings": "Simpan pengaturan",
    "Settings saved.": "Pengaturan tersimpan.",
    "Save profile": "Simpan data koperasi",
    "Profile saved.": "Data koperasi tersimpan.",
    "The cooperative's profile as recorded in this book. Only the Ketua or the Admin may "
    "change it.": (
        "Data koperasi sebagaimana tercatat di buku ini. Hanya Ketua atau Admin yang dapat "
        "mengubahnya."
    ),
    "Signed in as {user} ({role}).": "Masuk sebagai {user} ({role}).",
    "Security": "Keamanan",
    "First user: the Admin": "Pengguna pertama: Admin",
    "Everyone signs in with their own name and password, and every change is recorded under "
    "that name. The Admin adds the other users later.": (
        "Setiap orang masuk dengan nama dan kata sandinya sendiri, dan setiap perubahan "
        "dicatat atas nama itu. Admin menambah pengguna lain kemudian."
    ),
    "may be left empty": "boleh dikosongkan",
    # supervision
    "Audit trail": "Jejak audit",
    "Books and documents": "Keaslian buku dan dokumen",
    "Time": "Waktu",
    "Action": "Tindakan",
    "Reference": "Rujukan",
    "Changes": "Perubahan",
    "All users": "Semua pengguna",
    "The newest {count} records; narrow the filter to see older ones.": (
        "{count} catatan terbaru; persempit saringan untuk melihat yang lebih lama."
    ),
    "{count} records, newest first.": "{count} catatan, terbaru di atas.",
    "Part": "Bagian",
    "Problem": "Masalah",
    "kopdesk links every journal entry, every audit record and every change to users, "
    "accounts, members, savings, loans, documents and settings to the one before it with a "
    "fingerprint, and keeps the latest fingerprints outside the book too. A change made "
    "outside kopdesk (for example with a database editor) breaks the chain and is named "
    "here.": (
        "kopdesk mengaitkan setiap jurnal, setiap catatan audit dan setiap perubahan pengguna, "
        "akun, anggota, simpanan, pinjaman, dokumen dan pengaturan dengan yang sebelumnya "
        "melalui sidik jari, dan menyimpan sidik jari terakhir juga di luar buku. Perubahan di "
        "luar kopdesk (misalnya dengan program pengedit basis data) memutus rantai itu dan "
        "disebutkan di sini."
    ),
    "Check the books": "Periksa keaslian buku",
    "Check a document…": "Periksa dokumen…",
    "The books have not been checked yet.": "Buku belum diperiksa.",
    "Checking the books…": "Memeriksa keaslian buku…",
    "Check a document": "Periksa dokumen",
    "Every paper kopdesk prints gets a number and a fingerprint (SHA-256) recorded in the "
    "book. Choose the PDF file to check whether it is exactly the paper that was printed, "
    "unchanged.": (
        "Setiap kertas yang dicetak kopdesk mendapat nomor dan sidik jari (SHA-256) yang "
        "dicatat di buku. Pilih berkas PDF untuk memeriksa apakah isinya persis sama dengan "
        "yang dicetak, tanpa perubahan."
    ),
    "No file chosen yet.": "Belum ada berkas yang dipilih.",
    "Choose PDF…": "Pilih PDF…",
    "Document number": "Nomor dokumen",
    "Title": "Judul",
    "Printed on": "Dicetak pada",
    "Printed by": "Dicetak oleh",
    "Recorded fingerprint": "Sidik jari tercatat",
    "Choose the document to check": "Pilih dokumen yang akan diperiksa",
    "The file cannot be read": "Berkas tidak dapat dibaca",
    "Genuine and unchanged": "ASLI dan utuh",
    "Genuine, but the books changed since": "Asli, tetapi buku telah berubah sejak itu",
    "ALTERED: do not trust this paper": "DIUBAH: jangan percayai kertas ini",
    "Not a paper from this book": "Bukan dokumen dari buku ini",
    # audit actions
    "Book created": "Buku dibuat",
    "Profile changed": "Data koperasi diubah",
    "Fiscal year opened": "Tahun buku dibuka",
    "Closed fiscal year reopened": "Tahun buku yang ditutup dibuka kembali",
    "Account added": "Akun ditambah",
    "Account renamed": "Akun diganti nama",
    "Account deactivated": "Akun dinonaktifkan",
    "Account reactivated": "Akun diaktifkan kembali",
    "Journal entry posted": "Jurnal diposting",
    "Journal entry reversed": "Jurnal dibalik",
    "Document printed": "Dokumen dicetak",
    "User added": "Pengguna ditambah",
    "Role changed": "Peran diubah",
    "User reactivated": "Pengguna diaktifkan kembali",
    "User deactivated": "Pengguna dinonaktifkan",
    "Password changed": "Kata sandi diubah",
    "Password reset by Admin": "Kata sandi diatur ulang oleh Admin",
    "User locked (wrong passwords)": "Pengguna dikunci (salah kata sandi)",
    "Signed in": "Masuk",
    "Sign-in failed": "Gagal masuk",
    "Approver's password accepted": "Kata sandi penyetuju diterima",
    "Approver's password refused": "Kata sandi penyetuju ditolak",
    "Approval given": "Persetujuan diberikan",
    "Approval used": "Persetujuan dipakai",
    "Setting changed": "Pengaturan diubah",
    "All actions": "Semua tindakan",
    "Accounts": "Akun",
    "Sign-in": "Masuk",
    "Approvals": "Persetujuan",
    "Documents": "Dokumen",
    "Book creation": "Pembuatan buku",
    "yes": "ya",
    "no": "tidak",
    "role": "peran",
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
    # members (Anggota)
    "Members": "Anggota",
    "Member": "Anggota",
    "Member no.": "No. Anggota",
    "NIK": "NIK",
    "NPWP": "NPWP",
    "Phone": "No. HP",
    "Sex": "L/P",
    "Kelurahan": "Kelurahan",
    "Joined": "Tgl Masuk",
    "Joined on": "Tanggal masuk",
    "(member no longer exists)": "(anggota tidak ada lagi)",
    "Click to sort": "Klik untuk mengurutkan",
    "Search number, name, NIK or phone (Ctrl+F)": "Cari nomor, nama, NIK atau No. HP (Ctrl+F)",
    "All statuses": "Semua status",
    "Active and candidates": "Aktif dan calon",
    "Candidates": "Calon anggota",
    "Left": "Keluar",
    "Deceased": "Meninggal",
    "Expelled": "Diberhentikan",
    "Any office": "Semua jabatan",
    "Pengurus (board)": "Pengurus",
    "Pengawas (supervisors)": "Pengawas",
    "Add member": "Tambah anggota",
    "Ins or Ctrl+N": "Ins atau Ctrl+N",
    "Import from Excel": "Impor dari Excel",
    "Export": "Ekspor",
    "Excel workbook (.xlsx)": "Buku kerja Excel (.xlsx)",
    "CSV file (.csv)": "Berkas CSV (.csv)",
    "Excel workbooks (*.xlsx)": "Buku kerja Excel (*.xlsx)",
    "Print member register": "Cetak Buku Daftar Anggota",
    "Buku Daftar Anggota, as PDF": "Buku Daftar Anggota, sebagai PDF",
    "{count} members": "{count} anggota",
    "Edit data": "Ubah data",
    "Change status": "Ubah status",
    "Offices": "Jabatan",
    "Office": "Jabatan",
    "Print profile": "Cetak profil",
    "Print card": "Cetak kartu",
    "Profile": "Profil",
    "Status history": "Riwayat status",
    "Assign an office…": "Tugaskan jabatan…",
    "End a term of office…": "Akhiri masa jabatan…",
    "Place, date of birth": "Tempat, tgl lahir",
    "Occupation": "Pekerjaan",
    "Heir": "Ahli waris",
    "No member selected": "Belum ada anggota yang dipilih",
    "Choose a member in the list to see their data.": (
        "Pilih anggota di daftar untuk melihat datanya."
    ),
    "{status} since {date}": "{status} sejak {date}",
    "Male (L)": "Laki-laki (L)",
    "Female (P)": "Perempuan (P)",
    "male": "laki-laki",
    "female": "perempuan",
    "Edit member": "Ubah data anggota",
    "automatic": "otomatis",
    "16 digits from the KTP": "16 angka dari KTP",
    "optional": "boleh kosong",
    "As in the NIK": "Sesuai NIK",
    "As in the NIK ({sex})": "Sesuai NIK ({sex})",
    "From the NIK: born {date}, {sex}": "Menurut NIK: lahir {date}, {sex}",
    "Identity": "Identitas",
    "Place of birth": "Tempat lahir",
    "Date of birth": "Tanggal lahir",
    "Street, house no.": "Jalan, nomor rumah",
    "RT/RW": "RT/RW",
    "Kelurahan/Desa": "Kelurahan/Desa",
    "Kecamatan": "Kecamatan",
    "Kabupaten/Kota": "Kabupaten/Kota",
    "Province": "Provinsi",
    "Postal code": "Kode pos",
    "Work": "Pekerjaan",
    "Work unit": "Unit kerja",
    "Relation": "Hubungan",
    "Membership": "Keanggotaan",
    "A member's number does not change.": "Nomor anggota tidak dapat diubah.",
    "Change the status with the Change status button.": ("Ubah status dengan tombol Ubah status."),
    "Please check:\n{warnings}\n\nSave anyway?": "Mohon periksa:\n{warnings}\n\nTetap simpan?",
    "Check the data": "Periksa data",
    "Member {number} saved.": "Anggota {number} tersimpan.",
    "{name} ({number}) is now: {status} since {date}.": (
        "{name} ({number}) saat ini: {status} sejak {date}."
    ),
    "e.g. resignation letter of 3 March": "mis. surat pengunduran diri tanggal 3 Maret",
    "New status": "Status baru",
    "Reason": "Alasan",
    "By": "Dicatat oleh",
    "The change is added to the member's history; earlier entries stay as they are.": (
        "Perubahan ditambahkan ke riwayat anggota; catatan sebelumnya tetap seperti semula."
    ),
    "Until": "Sampai",
    "now": "sekarang",
    "Assign an office": "Tugaskan jabatan",
    "Ends on": "Berakhir pada",
    "Term starts": "Mulai menjabat",
    "Term ends": "Akhir masa jabatan",
    "Assign": "Tugaskan",
    "End a term of office": "Akhiri masa jabatan",
    "{office} since {date}": "{office} sejak {date}",
    "Term": "Masa jabatan",
    "End term": "Akhiri jabatan",
    # member import
    "Import members from Excel": "Impor anggota dari Excel",
    "Choose an .xlsx or .csv file": "Pilih berkas .xlsx atau .csv",
    "Choose file…": "Pilih berkas…",
    "Download template": "Unduh template",
    "Choose a file, check the columns, then press Check.": (
        "Pilih berkas, periksa pasangan kolomnya, lalu tekan Periksa."
    ),
    "Check": "Periksa",
    "Import": "Impor",
    "File": "Berkas",
    "1. Columns (* = required)": "1. Pasangan kolom (* = wajib)",
    "2. Problems found": "2. Masalah yang ditemukan",
    "Choose the member list": "Pilih daftar anggota",
    "Spreadsheets (*.xlsx *.csv)": "Lembar kerja (*.xlsx *.csv)",
    "Reading {name}…": "Membaca {name}…",
    "{count} rows with data in {name}. Check the columns, then press Check.": (
        "{count} baris berisi data di {name}. Periksa pasangan kolomnya, lalu tekan Periksa."
    ),
    "The columns changed: press Check again.": "Pasangan kolom berubah: tekan Periksa lagi.",
    "Checking {name}…": "Memeriksa {name}…",
    "{errors} problems must be fixed in the file first; nothing is imported "
    "until every row is right. {count} rows are fine.": (
        "{errors} masalah harus diperbaiki dulu di berkas; tidak ada yang diimpor sebelum "
        "semua baris benar. {count} baris sudah benar."
    ),
    "All rows are fine: {count} members ready to import.": (
        "Semua baris benar: {count} anggota siap diimpor."
    ),
    "{warnings} things to check (they do not stop the import).": (
        "{warnings} hal perlu dicek (tidak menghalangi impor)."
    ),
    "The file has no members to import.": "Berkas tidak berisi anggota untuk diimpor.",
    "Import {count} members": "Impor {count} anggota",
    "Importing {count} members…": "Mengimpor {count} anggota…",
    "{count} members imported: numbers {first} to {last}.": (
        "{count} anggota diimpor: nomor {first} s.d. {last}."
    ),
    "Import finished": "Impor selesai",
    "Data in kopdesk": "Data di kopdesk",
    "Column in the file": "Kolom di berkas",
    "Example": "Contoh",
    "(not imported)": "(tidak diimpor)",
    "Row": "Baris",
    "Column": "Kolom",
    "Check: {text}": "Periksa: {text}",
    # keandalan: backups, restore, integrity, single writer
    "kopdesk backs up the book by itself: the first time it is opened each day, when it is "
    "closed, and before risky work such as an import or a restore. Each copy is checked right "
    "after it is made. Keep a second copy outside this computer, for example on a flashdisk.": (
        "kopdesk mencadangkan buku dengan sendirinya: saat pertama dibuka setiap hari, saat "
        "ditutup, dan sebelum pekerjaan berisiko seperti impor atau pemulihan. Setiap salinan "
        "langsung diperiksa setelah dibuat. Simpan salinan kedua di luar komputer ini, "
        "misalnya di flashdisk."
    ),
    "Back up now": "Cadangkan sekarang",
    "Restore…": "Pulihkan…",
    "Open folder": "Buka folder",
    "Backup settings": "Pengaturan cadangan",
    "Daily backups to keep": "Cadangan harian yang disimpan",
    "Weekly backups to keep": "Cadangan mingguan yang disimpan",
    "Monthly backups to keep": "Cadangan bulanan yang disimpan",
    "none: backups stay beside the book only": "kosong: cadangan hanya disimpan di samping buku",
    "Choose folder…": "Pilih folder…",
    "Second folder (flashdisk)": "Folder kedua (flashdisk)",
    "Save backup settings": "Simpan pengaturan cadangan",
    "Only the Admin may change the backup settings.": (
        "Hanya Admin yang boleh mengubah pengaturan cadangan."
    ),
    "{count} backups, {verified} of them checked; newest first.": (
        "{count} cadangan, {verified} di antaranya terperiksa; terbaru di atas."
    ),
    "This folder is not there now (is the flashdisk plugged in?). Backups are still kept "
    "beside the book; the copy is made when the folder is back.": (
        "Folder ini sekarang tidak ada (flashdisk belum dipasang?). Cadangan tetap disimpan "
        "di samping buku; salinan kedua dibuat lagi saat folder ini ada."
    ),
    "Making a backup of the book…": "Mencadangkan buku…",
    "Backup warning: {text}": "Peringatan cadangan: {text}",
    "Backup made: {name}.": "Cadangan dibuat: {name}.",
    "Second folder for backups": "Folder kedua untuk cadangan",
    "Backup settings saved.": "Pengaturan cadangan disimpan.",
    "Size (MB)": "Ukuran (MB)",
    "Checked": "Terperiksa",
    "Location": "Lokasi",
    "The copy passed SQLite's integrity check when it was made.": (
        "Salinan lulus pemeriksaan integritas SQLite saat dibuat."
    ),
    "Not checked, or the file changed since it was checked.": (
        "Belum diperiksa, atau berkasnya berubah sejak diperiksa."
    ),
    "Hide this message": "Sembunyikan pesan ini",
    "The book is in use": "Buku sedang dipakai",
    "The book {name} is open for writing elsewhere.": (
        "Buku {name} sedang dibuka untuk menulis di tempat lain."
    ),
    "unknown": "tidak diketahui",
    "Computer": "Komputer",
    "Open since": "Dibuka sejak",
    "Only one computer may write to a book at a time, so that nothing is lost. Close kopdesk "
    "on that computer and open the book again, or open it read-only now: you can look at "
    "everything, but change or print nothing.": (
        "Hanya satu komputer yang boleh menulis ke buku pada satu waktu, supaya tidak ada "
        "yang hilang. Tutup kopdesk di komputer itu lalu buka buku ini lagi, atau buka "
        "sekarang hanya-baca: Anda dapat melihat semuanya, tetapi tidak dapat mengubah atau "
        "mencetak apa pun."
    ),
    "Open read-only": "Buka hanya-baca",
    "Result": "Hasil",
    "Details": "Keterangan",
    "PASSED": "LULUS",
    "FAILED": "GAGAL",
    "Checking the backup": "Memeriksa cadangan",
    "Made on": "Dibuat pada",
    "Size": "Ukuran",
    "Checking the backup…": "Memeriksa cadangan…",
    "This file cannot be restored.": "Berkas ini tidak dapat dipulihkan.",
    "Failed": "Gagal",
    "The backup is readable and belongs to this cooperative's book.": (
        "Cadangan dapat dibaca dan merupakan buku koperasi ini."
    ),
    "{mb} MB": "{mb} MB",
    "The book failed its check": "Buku gagal diperiksa",
    "kopdesk checks the book every time it is opened. This time something is wrong. Do not "
    "enter anything new: restore the newest good backup, or ask your Admin or Ketua to do it.": (
        "kopdesk memeriksa buku setiap kali dibuka. Kali ini ada yang salah. Jangan mencatat "
        "apa pun dulu: pulihkan cadangan sehat yang terbaru, atau minta Admin atau Ketua "
        "melakukannya."
    ),
    "Restore from a backup…": "Pulihkan dari cadangan…",
    "The book has not been checked yet.": "Buku belum diperiksa.",
    "Choose a backup": "Pilih cadangan",
    "The book will be put back exactly as it was when the backup was made. Usually the newest "
    "checked backup is the right one.": (
        "Buku akan dikembalikan persis seperti saat cadangan dibuat. Biasanya cadangan "
        "terperiksa yang terbaru adalah yang tepat."
    ),
    "Choose another file…": "Pilih berkas lain…",
    "Choose a backup file": "Pilih berkas cadangan",
    "kopdesk books (*.sqlite)": "Buku kopdesk (*.sqlite)",
    "Chosen file: {path}": "Berkas terpilih: {path}",
    "What happens now": "Yang akan terjadi",
    "I understand that everything recorded after this backup will be undone.": (
        "Saya mengerti bahwa semua yang dicatat setelah cadangan ini akan dibatalkan."
    ),
    "Everything recorded after {when} (journal entries, members, users, settings) will be "
    "undone. Write it down first if it must be entered again.": (
        "Semua yang dicatat setelah {when} (jurnal, anggota, pengguna, pengaturan) akan "
        "dibatalkan. Catat dulu bila harus dimasukkan lagi."
    ),
    "1. A second user (Ketua, Bendahara or Admin) approves the restore with their "
    "password.\n2. The book as it is now is kept as a backup “Before a restore”, so nothing "
    "is lost for good.\n3. The book is replaced by the backup of {when} and recorded in the "
    "audit trail.\n4. kopdesk reopens the book and everyone signs in again.": (
        "1. Pengguna kedua (Ketua, Bendahara, atau Admin) menyetujui pemulihan dengan kata "
        "sandinya.\n2. Buku seperti sekarang disimpan sebagai cadangan “Sebelum pemulihan”, "
        "jadi tidak ada yang hilang selamanya.\n3. Buku diganti dengan cadangan {when} dan "
        "dicatat di jejak audit.\n4. kopdesk membuka buku lagi dan semua orang masuk kembali."
    ),
    "Backing up the book before the import…": "Mencadangkan buku sebelum impor…",
    "Checks the book file itself (SQLite's complete check), that every journal entry "
    "balances, that the trial balance is zero, that entry and document numbers have no gaps, "
    "and the fingerprint chains. It changes nothing; on a big book it takes a little while.": (
        "Memeriksa berkas buku itu sendiri (pemeriksaan lengkap SQLite), bahwa setiap jurnal "
        "seimbang, neraca saldo nol, nomor jurnal dan dokumen tanpa lompatan, dan rantai "
        "sidik jari. Tidak ada yang diubah; pada buku besar pemeriksaan ini agak lama."
    ),
    "Check integrity": "Periksa integritas",
    "Checking the integrity of the book…": "Memeriksa integritas buku…",
    "Read-only: {reason} Nothing can be changed or printed on this computer until that "
    "kopdesk is closed and the book is opened again.": (
        "Hanya-baca: {reason} Tidak ada yang dapat diubah atau dicetak di komputer ini sampai "
        "kopdesk itu ditutup dan buku ini dibuka lagi."
    ),
    "Daily backup made: {name}.": "Cadangan harian dibuat: {name}.",
    "The automatic backup failed: {text}": "Cadangan otomatis gagal: {text}",
    "The book could not be checked: {text}": "Buku tidak dapat diperiksa: {text}",
    "Restore the book from a backup": "Pulihkan buku dari cadangan",
    "Restore": "Pulihkan",
    "Restoring the book…": "Memulihkan buku…",
    "Restore the book from the backup of {when} ({name})": (
        "Memulihkan buku dari cadangan {when} ({name})"
    ),
    "Book restored": "Buku dipulihkan",
    "The book was restored from the backup of {when}. The book as it was is kept in {safety}. "
    "kopdesk now closes the book; sign in again.": (
        "Buku dipulihkan dari cadangan {when}. Buku sebelumnya disimpan di {safety}. kopdesk "
        "sekarang menutup buku; silakan masuk lagi."
    ),
    "Backups": "Cadangan",
    "another kopdesk": "kopdesk lain",
    "{who} has the book open for writing.": "{who} sedang membuka buku ini untuk menulis.",
    "This book has no users yet; open it when no other computer is writing to it.": (
        "Buku ini belum memiliki pengguna; buka saat tidak ada komputer lain yang menulis ke "
        "buku ini."
    ),
    "Daily (automatic)": "Harian (otomatis)",
    "On closing kopdesk": "Saat kopdesk ditutup",
    "Made by hand": "Dibuat manual",
    "Read this before restoring.": "Baca dulu sebelum memulihkan.",
    "Before a member import": "Sebelum impor anggota",
    "Before a restore": "Sebelum pemulihan",
    "Before a kopdesk update": "Sebelum pembaruan kopdesk",
    "No note (unchecked file)": "Tanpa catatan (berkas belum diperiksa)",
    "Before: {what}": "Sebelum: {what}",
    "The book does not balance: it was changed outside kopdesk or is damaged. Enter nothing "
    "new; open Supervision → Check integrity to see what is wrong, and restore the newest "
    "good backup.": (
        "Buku tidak seimbang: diubah di luar kopdesk atau rusak. Jangan mencatat apa pun "
        "dulu; buka Pengawasan → Periksa integritas untuk melihat masalahnya, lalu pulihkan "
        "cadangan sehat yang terbaru."
    ),
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("CheckItemsModel", "Check"): "Pemeriksaan",
    ("CheckPage", "Check"): "Pemeriksaan",
    ("MemberDialog", "Sex"): "Jenis kelamin",
    ("MemberDetail", "Sex"): "Jenis kelamin",
    ("MemberDialog", "Phone"): "No. HP",
    ("MemberDialog", "Member no."): "Nomor anggota",
    ("MemberDetail", "Joined"): "Tanggal masuk",
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
