<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Under</source>
            <translation>Di bawah</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Akun baru</translation>
        </message>
        <message>
            <source>Rename account</source>
            <translation>Ganti nama akun</translation>
        </message>
    </context>
    <context>
        <name>AccountTreeModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Nama Akun</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Inactive: no new postings</source>
            <translation>Nonaktif: tidak menerima jurnal baru</translation>
        </message>
    </context>
    <context>
        <name>AccountsPanel</name>
        <message>
            <source>Add account</source>
            <translation>Tambah akun</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Nonaktifkan</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Aktifkan kembali</translation>
        </message>
        <message>
            <source>Balances as of</source>
            <translation>Saldo per tanggal</translation>
        </message>
    </context>
    <context>
        <name>CashJournalPage</name>
        <message>
            <source>Journal</source>
            <translation>Jurnal</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Daftar Akun</translation>
        </message>
        <message>
            <source>General ledger</source>
            <translation>Buku Besar</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Neraca Saldo</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>kopdesk stopped an action</source>
            <translation>kopdesk menghentikan sebuah tindakan</translation>
        </message>
        <message>
            <source>An unexpected error occurred in kopdesk. The action was cancelled and nothing was half-saved. Copy the details below and send them to whoever supports kopdesk in your office.</source>
            <translation>Terjadi kesalahan tak terduga di kopdesk. Tindakan dibatalkan dan tidak ada data yang tersimpan setengah jalan. Salin rincian di bawah ini dan kirimkan kepada pendamping kopdesk di kantor Anda.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Salin rincian</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailDialog</name>
        <message>
            <source>Journal entry {number}</source>
            <translation>Jurnal {number}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Posted by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <source>Reverses</source>
            <translation>Membalik</translation>
        </message>
        <message>
            <source>Reversed by</source>
            <translation>Dibalik oleh</translation>
        </message>
    </context>
    <context>
        <name>EntryLinesModel</name>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>No active posting account matches "{text}".</source>
            <translation>Tidak ada akun transaksi aktif yang cocok dengan "{text}".</translation>
        </message>
        <message>
            <source>Type a positive amount; debit and credit each have their own column.</source>
            <translation>Ketik jumlah positif; debit dan kredit masing-masing punya kolom sendiri.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Open fiscal year</source>
            <translation>Tahun buku berjalan</translation>
        </message>
        <message>
            <source>Journal entries this fiscal year</source>
            <translation>Jurnal tahun buku ini</translation>
        </message>
        <message>
            <source>New journal entry</source>
            <translation>Jurnal baru</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Daftar Akun</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Neraca Saldo</translation>
        </message>
        <message>
            <source>Print reports</source>
            <translation>Cetak laporan</translation>
        </message>
        <message>
            <source>Common tasks</source>
            <translation>Pekerjaan sehari-hari</translation>
        </message>
        <message>
            <source>none</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Cash and bank as of {date}</source>
            <translation>Kas dan bank per {date}</translation>
        </message>
    </context>
    <context>
        <name>JournalEntryDialog</name>
        <message>
            <source>New journal entry</source>
            <translation>Jurnal baru</translation>
        </message>
        <message>
            <source>What happened, e.g. Paid the electricity bill for July</source>
            <translation>Apa yang terjadi, misalnya Bayar tagihan listrik bulan Juli</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Delete line</source>
            <translation>Hapus baris</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Type the account code or name, then the amount. Enter or Tab moves to the next cell; Ctrl+S saves.</source>
            <translation>Ketik kode atau nama akun, lalu jumlahnya. Enter atau Tab pindah ke kolom berikutnya; Ctrl+S menyimpan.</translation>
        </message>
        <message>
            <source>Debit {debit}   Credit {credit}</source>
            <translation>Debit {debit}   Kredit {credit}</translation>
        </message>
        <message>
            <source>Difference: {amount}</source>
            <translation>Selisih: {amount}</translation>
        </message>
        <message>
            <source>Journal entry {number} saved.</source>
            <translation>Jurnal {number} tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>JournalListModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(entry no longer exists)</source>
            <translation>(jurnal tidak ditemukan lagi)</translation>
        </message>
        <message>
            <source>Reversed by {number}</source>
            <translation>Dibalik oleh {number}</translation>
        </message>
        <message>
            <source>Reverses {number}</source>
            <translation>Pembalik {number}</translation>
        </message>
    </context>
    <context>
        <name>JournalPanel</name>
        <message>
            <source>Search number or description</source>
            <translation>Cari nomor atau keterangan</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Saring tanggal</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Jurnal baru</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Reverse entry</source>
            <translation>Balik jurnal</translation>
        </message>
        <message>
            <source>to</source>
            <translation>s.d.</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} jurnal</translation>
        </message>
        <message>
            <source>Select an entry first.</source>
            <translation>Pilih dulu jurnal yang akan dibalik.</translation>
        </message>
        <message>
            <source>Reverse entry {number} on {date}?</source>
            <translation>Balik jurnal {number} dengan tanggal {date}?</translation>
        </message>
        <message>
            <source>Entry {number} reversed by {reversal}.</source>
            <translation>Jurnal {number} dibalik dengan {reversal}.</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Saldo awal</translation>
        </message>
        <message>
            <source>Total and closing balance</source>
            <translation>Jumlah dan saldo akhir</translation>
        </message>
    </context>
    <context>
        <name>LedgerPanel</name>
        <message>
            <source>Show</source>
            <translation>Tampilkan</translation>
        </message>
        <message>
            <source>Print PDF</source>
            <translation>Cetak PDF</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>to</source>
            <translation>s.d.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Beranda</translation>
        </message>
        <message>
            <source>Cash &amp; Journal</source>
            <translation>Kas &amp; Jurnal</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Book: {path}   User: {user}</source>
            <translation>Buku: {path}   Pengguna: {user}</translation>
        </message>
    </context>
    <context>
        <name>PostedLinesModel</name>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Nama Akun</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Each report is saved as a PDF file and opened so you can print it.</source>
            <translation>Setiap laporan disimpan sebagai berkas PDF lalu dibuka agar dapat dicetak.</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Neraca Saldo</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per tanggal</translation>
        </message>
        <message>
            <source>General journal</source>
            <translation>Jurnal Umum</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari tanggal</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai tanggal</translation>
        </message>
        <message>
            <source>General ledger</source>
            <translation>Buku Besar</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Print PDF</source>
            <translation>Cetak PDF</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <source>Reverse journal entry</source>
            <translation>Balik jurnal</translation>
        </message>
        <message>
            <source>Entry {number} will be cancelled by a new entry with the same lines on the opposite side. The original stays in the books.</source>
            <translation>Jurnal {number} akan dibatalkan dengan jurnal baru berisi baris yang sama di sisi sebaliknya. Jurnal asal tetap tercatat di buku.</translation>
        </message>
        <message>
            <source>Date of the reversing entry</source>
            <translation>Tanggal jurnal pembalik</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjutkan</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>The cooperative's profile as recorded in this book.</source>
            <translation>Data koperasi sebagaimana tercatat di buku ini.</translation>
        </message>
        <message>
            <source>Cooperative name</source>
            <translation>Nama koperasi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Legal entity number</source>
            <translation>Nomor badan hukum</translation>
        </message>
        <message>
            <source>Legal entity date</source>
            <translation>Tanggal badan hukum</translation>
        </message>
        <message>
            <source>Cooperative ID number (NIK)</source>
            <translation>Nomor Induk Koperasi (NIK)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Tahun buku mulai bulan</translation>
        </message>
        <message>
            <source>Fiscal years</source>
            <translation>Tahun buku</translation>
        </message>
        <message>
            <source>Book file</source>
            <translation>Berkas buku</translation>
        </message>
        <message>
            <source>{year} (open)</source>
            <translation>{year} (terbuka)</translation>
        </message>
        <message>
            <source>{year} (closed)</source>
            <translation>{year} (ditutup)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>New cooperative book</source>
            <translation>Buku koperasi baru</translation>
        </message>
        <message>
            <source>Welcome to kopdesk</source>
            <translation>Selamat datang di kopdesk</translation>
        </message>
        <message>
            <source>This wizard sets up the books of your cooperative: its profile, the standard cooperative chart of accounts and the first fiscal year.

The book will be saved in:
{path}</source>
            <translation>Panduan ini menyiapkan buku koperasi Anda: data koperasi, daftar akun standar koperasi dan tahun buku pertama.

Buku akan disimpan di:
{path}</translation>
        </message>
        <message>
            <source>Cooperative profile</source>
            <translation>Data koperasi</translation>
        </message>
        <message>
            <source>As written in the deed of establishment. Only the name is required.</source>
            <translation>Sesuai akta pendirian. Hanya nama yang wajib diisi.</translation>
        </message>
        <message>
            <source>DD-MM-YYYY, may be left empty</source>
            <translation>HH-BB-TTTT, boleh dikosongkan</translation>
        </message>
        <message>
            <source>16 digits, may be left empty</source>
            <translation>16 angka, boleh dikosongkan</translation>
        </message>
        <message>
            <source>Cooperative name</source>
            <translation>Nama koperasi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Legal entity number</source>
            <translation>Nomor badan hukum</translation>
        </message>
        <message>
            <source>Legal entity date</source>
            <translation>Tanggal badan hukum</translation>
        </message>
        <message>
            <source>Cooperative ID number (NIK)</source>
            <translation>Nomor Induk Koperasi (NIK)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Tahun buku</translation>
        </message>
        <message>
            <source>Most cooperatives keep books from January to December.</source>
            <translation>Kebanyakan koperasi membukukan dari Januari sampai Desember.</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Tahun buku mulai bulan</translation>
        </message>
        <message>
            <source>First fiscal year</source>
            <translation>Tahun buku pertama</translation>
        </message>
    </context>
    <context>
        <name>TrialBalanceModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Nama Akun</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debit</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Jumlah</translation>
        </message>
    </context>
    <context>
        <name>TrialBalancePanel</name>
        <message>
            <source>Print PDF</source>
            <translation>Cetak PDF</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Ekspor CSV</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Per tanggal</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Cannot use the book</source>
            <translation>Buku tidak dapat dipakai</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Tidak tersimpan</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>database server</source>
            <translation>server basis data</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>Save as</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation>Menyiapkan {name}…</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Tersimpan: {path}.</translation>
        </message>
    </context>
</TS>
