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
    <name>AdminBooksPage</name>
    <message>
        <source>The administration books a cooperative keeps. Those kopdesk keeps open from here; print each from the place it opens. Keep the others on paper.</source>
        <translation>Buku administrasi yang disimpan koperasi. Buku yang disimpan kopdesk dibuka dari sini; cetak masing-masing dari tempat yang terbuka. Simpan buku lainnya di kertas.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <source>In kopdesk</source>
        <translation>Di kopdesk</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>e.g. siti.bendahara</source>
        <translation>misalnya siti.bendahara</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>paling sedikit 8 karakter, huruf dan angka</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <source>Days late</source>
        <translation>Umur tunggakan</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Principal left</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>AllowanceRunsModel</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib dibentuk</translation>
    </message>
    <message>
        <source>Formed before</source>
        <translation>Sudah dibentuk</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Diposting oleh</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Waktu posting</translation>
    </message>
    <message>
        <source>(nothing to post)</source>
        <translation>(tidak ada yang diposting)</translation>
    </message>
</context>
<context>
    <name>AllowanceTab</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Post…</source>
        <translation>Posting…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Months already posted</source>
        <translation>Bulan yang sudah diposting</translation>
    </message>
    <message>
        <source>On {date}: </source>
        <translation>Per {date}: </translation>
    </message>
    <message>
        <source>{month} has not ended: its allowance is posted after {date}.</source>
        <translation>{month} belum berakhir: PPAP-nya diposting sesudah {date}.</translation>
    </message>
    <message>
        <source>The allowance of {month} is already posted; a month is posted once, in order.</source>
        <translation>PPAP {month} sudah diposting; setiap bulan diposting sekali, berurutan.</translation>
    </message>
    <message>
        <source>Posting adds {amount} (expense 5201, allowance 1390).</source>
        <translation>Posting menambah {amount} (beban 5201, PPAP 1390).</translation>
    </message>
    <message>
        <source>Posting releases {amount} of the allowance.</source>
        <translation>Posting mengurangi PPAP sebesar {amount}.</translation>
    </message>
    <message>
        <source>Posting records the month without a journal entry.</source>
        <translation>Posting mencatat bulan ini tanpa jurnal.</translation>
    </message>
    <message>
        <source>Post the loan allowance (PPAP) of {month}? Required {required}; a month is posted only once.</source>
        <translation>Posting PPAP pinjaman {month}? Wajib dibentuk {required}; setiap bulan hanya diposting sekali.</translation>
    </message>
    <message>
        <source>Month-end allowance</source>
        <translation>PPAP akhir bulan</translation>
    </message>
    <message>
        <source>Allowance of {month} posted as journal entry {number}.</source>
        <translation>PPAP {month} diposting sebagai jurnal {number}.</translation>
    </message>
    <message>
        <source>Allowance of {month} recorded; there was nothing to post.</source>
        <translation>PPAP {month} dicatat; tidak ada yang perlu diposting.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New loan application</source>
        <translation>Pengajuan pinjaman baru</translation>
    </message>
    <message>
        <source>e.g. 5.000.000</source>
        <translation>mis. 5.000.000</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>e.g. BPKB motor Honda Beat 2019</source>
        <translation>mis. BPKB motor Honda Beat 2019</translation>
    </message>
    <message>
        <source>One guarantor per line</source>
        <translation>Satu penjamin per baris</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Simpan pengajuan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Collateral value (Rp)</source>
        <translation>Nilai agunan (Rp)</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>Penjamin</translation>
    </message>
    <message>
        <source>Application date</source>
        <translation>Tanggal pengajuan</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Chosen: {number}</source>
        <translation>Dipilih: {number}</translation>
    </message>
    <message>
        <source>No active loan product.</source>
        <translation>Tidak ada produk pinjaman yang aktif.</translation>
    </message>
    <message>
        <source>{method}, {rate}% {period}; {low} to {high}; {min_tenor}–{max_tenor} months</source>
        <translation>{method}, {rate}% {period}; {low} s.d. {high}; {min_tenor}–{max_tenor} bulan</translation>
    </message>
    <message>
        <source>Provisi {provisi}, administration {admin}; paid out {net}</source>
        <translation>Provisi {provisi}, administrasi {admin}; diterima {net}</translation>
    </message>
    <message>
        <source>Choose the member first.</source>
        <translation>Pilih anggotanya dulu.</translation>
    </message>
    <message>
        <source>Choose a loan product.</source>
        <translation>Pilih produk pinjaman.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Second user approval</source>
        <translation>Persetujuan pengguna kedua</translation>
    </message>
    <message>
        <source>Requested by {user}. Ask a Ketua, Bendahara or Admin to type their own user name and password here. The approval is valid for this action only and is recorded in the audit trail.</source>
        <translation>Diminta oleh {user}. Minta Ketua, Bendahara atau Admin mengetik nama pengguna dan kata sandinya sendiri di sini. Persetujuan hanya berlaku untuk tindakan ini dan dicatat di jejak audit.</translation>
    </message>
    <message>
        <source>Approver&apos;s user name</source>
        <translation>Nama pengguna penyetuju</translation>
    </message>
    <message>
        <source>Approver&apos;s password</source>
        <translation>Kata sandi penyetuju</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Type the approver&apos;s user name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi penyetuju.</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Print arrears…</source>
        <translation>Cetak tunggakan…</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Umur tunggakan</translation>
    </message>
    <message>
        <source>Late loans, longest overdue first</source>
        <translation>Pinjaman menunggak, yang terlama di atas</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>On {date}: {late} of {loans} running loans are late; {overdue} overdue (principal, interest and late fees) on {outstanding} principal left.</source>
        <translation>Per {date}: {late} dari {loans} pinjaman berjalan menunggak; tunggakan {overdue} (pokok, bunga dan denda) atas sisa pokok {outstanding}.</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Add fixed asset</source>
        <translation>Tambah aset tetap</translation>
    </message>
    <message>
        <source>e.g. INV-001</source>
        <translation>mis. INV-001</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>For an asset owned before this book started choose {account}: fill in the depreciation booked until the end of the month before the opening balance date.</source>
        <translation>Untuk aset yang dimiliki sebelum buku ini dimulai pilih {account}: isi akumulasi penyusutan sampai akhir bulan sebelum tanggal saldo awal.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode aset</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama aset</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Tanggal perolehan</translation>
    </message>
    <message>
        <source>Cost (harga perolehan)</source>
        <translation>Harga perolehan</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Nilai sisa</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Umur manfaat</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Depreciation already booked</source>
        <translation>Akumulasi penyusutan awal</translation>
    </message>
    <message>
        <source>Opening balance date</source>
        <translation>Tanggal saldo awal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Save and post</source>
        <translation>Simpan dan posting</translation>
    </message>
    <message>
        <source>Land is not depreciated.</source>
        <translation>Tanah tidak disusutkan.</translation>
    </message>
    <message>
        <source>Straight line: about {amount} a month for {months} months from {month}.</source>
        <translation>Garis lurus: sekitar {amount} per bulan selama {months} bulan mulai {month}.</translation>
    </message>
</context>
<context>
    <name>AssetRegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Nama aset</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Tgl perolehan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Harga perolehan</translation>
    </message>
    <message>
        <source>Life (months)</source>
        <translation>Umur (bln)</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Penyusutan/bln</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>Akumulasi</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Nilai buku</translation>
    </message>
    <message>
        <source>{category} ({count} assets)</source>
        <translation>{category} ({count} aset)</translation>
    </message>
    <message>
        <source>Total fixed assets ({count})</source>
        <translation>Jumlah seluruh aset tetap ({count} aset)</translation>
    </message>
</context>
<context>
    <name>AssetsPanel</name>
    <message>
        <source>Add asset…</source>
        <translation>Tambah aset…</translation>
    </message>
    <message>
        <source>Post depreciation…</source>
        <translation>Posting penyusutan…</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>Cetak daftar…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> dan {count} bulan lagi</translation>
    </message>
    <message>
        <source>Depreciation not posted yet for: {months}.</source>
        <translation>Penyusutan belum diposting untuk: {months}.</translation>
    </message>
    <message>
        <source>No fixed assets on {date}. Add each asset once; kopdesk posts its purchase and, every month, its straight-line depreciation.</source>
        <translation>Belum ada aset tetap per {date}. Catat setiap aset sekali; kopdesk memposting perolehannya dan, setiap bulan, penyusutan garis lurusnya.</translation>
    </message>
    <message>
        <source>{count} assets on {date}: cost {cost}, accumulated depreciation {accumulated}, book value {book}.</source>
        <translation>{count} aset per {date}: harga perolehan {cost}, akumulasi penyusutan {accumulated}, nilai buku {book}.</translation>
    </message>
    <message>
        <source>Last month posted: {month}.</source>
        <translation>Penyusutan terakhir diposting: {month}.</translation>
    </message>
    <message>
        <source>{code} {name} added; purchase posted as {number}.</source>
        <translation>{code} {name} dicatat; perolehannya diposting dengan jurnal {number}.</translation>
    </message>
</context>
<context>
    <name>AssignOrganDialog</name>
    <message>
        <source>Assign an office</source>
        <translation>Tugaskan jabatan</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Mulai menjabat</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Akhir masa jabatan</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tugaskan</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>The newest {count} records; narrow the filter to see older ones.</source>
        <translation>{count} catatan terbaru; persempit saringan untuk melihat yang lebih lama.</translation>
    </message>
    <message>
        <source>{count} records, newest first.</source>
        <translation>{count} catatan, terbaru di atas.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>kopdesk backs up the book by itself: the first time it is opened each day, when it is closed, and before risky work such as an import or a restore. Each copy is checked right after it is made. Keep a second copy outside this computer, for example on a flashdisk.</source>
        <translation>kopdesk mencadangkan buku dengan sendirinya: saat pertama dibuka setiap hari, saat ditutup, dan sebelum pekerjaan berisiko seperti impor atau pemulihan. Setiap salinan langsung diperiksa setelah dibuat. Simpan salinan kedua di luar komputer ini, misalnya di flashdisk.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Pengaturan cadangan</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Cadangan harian yang disimpan</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Cadangan mingguan yang disimpan</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Cadangan bulanan yang disimpan</translation>
    </message>
    <message>
        <source>none: backups stay beside the book only</source>
        <translation>kosong: cadangan hanya disimpan di samping buku</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Second folder (flashdisk)</source>
        <translation>Folder kedua (flashdisk)</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Simpan pengaturan cadangan</translation>
    </message>
    <message>
        <source>Only the Admin may change the backup settings.</source>
        <translation>Hanya Admin yang boleh mengubah pengaturan cadangan.</translation>
    </message>
    <message>
        <source>{count} backups, {verified} of them checked; newest first.</source>
        <translation>{count} cadangan, {verified} di antaranya terperiksa; terbaru di atas.</translation>
    </message>
    <message>
        <source>This folder is not there now (is the flashdisk plugged in?). Backups are still kept beside the book; the copy is made when the folder is back.</source>
        <translation>Folder ini sekarang tidak ada (flashdisk belum dipasang?). Cadangan tetap disimpan di samping buku; salinan kedua dibuat lagi saat folder ini ada.</translation>
    </message>
    <message>
        <source>Making a backup of the book…</source>
        <translation>Mencadangkan buku…</translation>
    </message>
    <message>
        <source>Backup warning: {text}</source>
        <translation>Peringatan cadangan: {text}</translation>
    </message>
    <message>
        <source>Backup made: {name}.</source>
        <translation>Cadangan dibuat: {name}.</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Folder kedua untuk cadangan</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Pengaturan cadangan disimpan.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Ukuran (MB)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Terperiksa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>The copy passed SQLite&apos;s integrity check when it was made.</source>
        <translation>Salinan lulus pemeriksaan integritas SQLite saat dibuat.</translation>
    </message>
    <message>
        <source>Not checked, or the file changed since it was checked.</source>
        <translation>Belum diperiksa, atau berkasnya berubah sejak diperiksa.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Sembunyikan pesan ini</translation>
    </message>
</context>
<context>
    <name>BookInUseDialog</name>
    <message>
        <source>The book is in use</source>
        <translation>Buku sedang dipakai</translation>
    </message>
    <message>
        <source>The book {name} is open for writing elsewhere.</source>
        <translation>Buku {name} sedang dibuka untuk menulis di tempat lain.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Dibuka sejak</translation>
    </message>
    <message>
        <source>Only one computer may write to a book at a time, so that nothing is lost. Close kopdesk on that computer and open the book again, or open it read-only now: you can look at everything, but change or print nothing.</source>
        <translation>Hanya satu komputer yang boleh menulis ke buku pada satu waktu, supaya tidak ada yang hilang. Tutup kopdesk di komputer itu lalu buka buku ini lagi, atau buka sekarang hanya-baca: Anda dapat melihat semuanya, tetapi tidak dapat mengubah atau mencetak apa pun.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CashCountPanel</name>
    <message>
        <source>Cash counted</source>
        <translation>Uang yang dihitung</translation>
    </message>
    <message>
        <source>Denomination</source>
        <translation>Pecahan</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Lembar/keping</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Coin Rp{value}</source>
        <translation>Koin Rp{value}</translation>
    </message>
    <message>
        <source>Note Rp{value}</source>
        <translation>Kertas Rp{value}</translation>
    </message>
    <message>
        <source>Physical total</source>
        <translation>Jumlah uang fisik</translation>
    </message>
    <message>
        <source>Book balance</source>
        <translation>Saldo menurut buku</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Cash (Kas)</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Petty cash (Kas kecil)</source>
        <translation>Kas kecil</translation>
    </message>
    <message>
        <source>Save cash count…</source>
        <translation>Simpan kas opname…</translation>
    </message>
    <message>
        <source>Count details</source>
        <translation>Rincian opname</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Dihitung oleh</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Waktu opname</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Fisik</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <source>Recorded cash counts</source>
        <translation>Kas opname yang tercatat</translation>
    </message>
    <message>
        <source>Record this cash count? Physical {physical}, book {book}. A recorded count cannot be changed; a later count follows it.</source>
        <translation>Catat kas opname ini? Fisik {physical}, buku {book}. Kas opname yang sudah dicatat tidak dapat diubah; opname berikutnya dicatat baru.</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Kas opname</translation>
    </message>
</context>
<context>
    <name>CashFlowMapForm</name>
    <message>
        <source>Account or group</source>
        <translation>Akun atau kelompok akun</translation>
    </message>
    <message>
        <source>Shown in the statement under</source>
        <translation>Ditampilkan di laporan pada baris</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>(choose an account)</source>
        <translation>(pilih akun)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Hapus baris ini</translation>
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
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <source>{user}, your password was set by the Admin. Choose your own password before you continue; nobody else should know it.</source>
        <translation>{user}, kata sandi Anda dibuat oleh Admin. Pilih kata sandi Anda sendiri sebelum melanjutkan; orang lain tidak boleh mengetahuinya.</translation>
    </message>
    <message>
        <source>Changing the password of {user}.</source>
        <translation>Mengubah kata sandi {user}.</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>paling sedikit 8 karakter, huruf dan angka</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>CheckItemsModel</name>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>LULUS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>GAGAL</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Checking the backup</source>
        <translation>Memeriksa cadangan</translation>
    </message>
    <message>
        <source>kopdesk checks a copy of it: every page, and every entry&apos;s fingerprint.</source>
        <translation>kopdesk memeriksa salinannya: setiap halaman dan sidik jari setiap jurnal.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Berkas ini tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>The backup is readable and belongs to this cooperative&apos;s book.</source>
        <translation>Cadangan dapat dibaca dan merupakan buku koperasi ini.</translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <source>Passed: SQLite&apos;s complete integrity check, the SHA-256 noted when it was made, and the hash chains of the journal and the audit trail</source>
        <translation>Lulus: pemeriksaan integritas SQLite lengkap, SHA-256 yang dicatat saat cadangan dibuat, serta rantai sidik jari jurnal dan jejak audit</translation>
    </message>
    <message>
        <source>Passed: SQLite&apos;s complete integrity check and the hash chains of the journal and the audit trail (no note with the file&apos;s SHA-256 beside it)</source>
        <translation>Lulus: pemeriksaan integritas SQLite lengkap serta rantai sidik jari jurnal dan jejak audit (tidak ada catatan berisi SHA-256 berkas ini di sebelahnya)</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>The book failed its check</source>
        <translation>Buku gagal diperiksa</translation>
    </message>
    <message>
        <source>kopdesk checks the book every time it is opened. This time something is wrong. Do not enter anything new: restore the newest good backup, or ask your Admin or Ketua to do it.</source>
        <translation>kopdesk memeriksa buku setiap kali dibuka. Kali ini ada yang salah. Jangan mencatat apa pun dulu: pulihkan cadangan sehat yang terbaru, atau minta Admin atau Ketua melakukannya.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>CheckReportView</name>
    <message>
        <source>The book has not been checked yet.</source>
        <translation>Buku belum diperiksa.</translation>
    </message>
</context>
<context>
    <name>CheckedRowsModel</name>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>The book will be put back exactly as it was when the backup was made. Usually the newest checked backup is the right one.</source>
        <translation>Buku akan dikembalikan persis seperti saat cadangan dibuat. Biasanya cadangan terperiksa yang terbaru adalah yang tepat.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Pilih berkas lain…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Pilih berkas cadangan</translation>
    </message>
    <message>
        <source>kopdesk books (*.sqlite)</source>
        <translation>Buku kopdesk (*.sqlite)</translation>
    </message>
    <message>
        <source>Chosen file: {path}</source>
        <translation>Berkas terpilih: {path}</translation>
    </message>
</context>
<context>
    <name>ClassAmountsModel</name>
    <message>
        <source>Class</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Write the class name for the amount {amount}.</source>
        <translation>Tulis nama golongan untuk jumlah {amount}.</translation>
    </message>
    <message>
        <source>Class {name} is listed twice.</source>
        <translation>Golongan {name} tertulis dua kali.</translation>
    </message>
    <message>
        <source>Class {name}: {problem}</source>
        <translation>Golongan {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Financial statements</source>
        <translation>Laporan keuangan</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Aset tetap</translation>
    </message>
    <message>
        <source>Year-end close</source>
        <translation>Tutup buku</translation>
    </message>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>RAT book</source>
        <translation>Buku RAT</translation>
    </message>
    <message>
        <source>You can look at everything here; the Bendahara closes the year and distributes the SHU.</source>
        <translation>Anda dapat melihat semuanya di sini; Bendahara yang menutup tahun buku dan membagikan SHU.</translation>
    </message>
</context>
<context>
    <name>ClosingSettingsPanel</name>
    <message>
        <source>Simpanan sukarela counts for jasa modal</source>
        <translation>Simpanan sukarela ikut dasar jasa modal</translation>
    </message>
    <message>
        <source>SHU from non-member business goes to cadangan</source>
        <translation>SHU usaha dengan non-anggota masuk cadangan</translation>
    </message>
    <message>
        <source>The SHU times the non-members&apos; share of the year&apos;s income (accounts 42xx) is set apart to cadangan before the AD/ART split.</source>
        <translation>SHU dikali bagian pendapatan non-anggota dalam seluruh pendapatan tahun itu (akun 42xx) disisihkan ke cadangan sebelum dibagi menurut AD/ART.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>Arus kas</translation>
    </message>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>Only the Admin changes these settings.</source>
        <translation>Hanya Admin yang dapat mengubah pengaturan ini.</translation>
    </message>
    <message>
        <source>Statement of cash flows</source>
        <translation>Laporan arus kas</translation>
    </message>
    <message>
        <source>Each cash receipt or payment is shown under the line chosen for its counter account. A row for a group covers every account under it; a row for one account inside the group comes first. Accounts not listed are shown under &quot;{fallback}&quot;.</source>
        <translation>Setiap penerimaan atau pengeluaran kas ditampilkan pada baris yang dipilih untuk akun lawannya. Baris untuk satu kelompok berlaku bagi semua akun di bawahnya; baris untuk satu akun di dalam kelompok itu didahulukan. Akun yang tidak tercantum ditampilkan pada &quot;{fallback}&quot;.</translation>
    </message>
    <message>
        <source>SHU: where each year&apos;s plan starts</source>
        <translation>SHU: awal rencana setiap tahun</translation>
    </message>
    <message>
        <source>The AD/ART split of the SHU and the bases of the members&apos; shares. The RAT decides each year&apos;s plan on the SHU tab; it starts from these.</source>
        <translation>Pembagian SHU menurut AD/ART dan dasar bagian anggota. RAT memutuskan rencana setiap tahun di tab SHU; rencana itu dimulai dari pengaturan ini.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Jasa modal basis</source>
        <translation>Dasar jasa modal</translation>
    </message>
    <message>
        <source>Jasa usaha basis</source>
        <translation>Dasar jasa usaha</translation>
    </message>
    <message>
        <source>Each account or group once: {codes} is chosen on more than one row.</source>
        <translation>Setiap akun atau kelompok cukup sekali: {codes} dipilih di lebih dari satu baris.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
</context>
<context>
    <name>CoSignDialog</name>
    <message>
        <source>Co-sign</source>
        <translation>Tanda tangan kedua</translation>
    </message>
    <message>
        <source>{user} entered this, so another person decides. They type their own user name and password here; the decision is recorded under their name and {user} stays signed in.</source>
        <translation>{user} yang mencatat ini, jadi orang lain yang memutuskan. Orang itu mengetik nama pengguna dan kata sandinya sendiri di sini; keputusan dicatat atas namanya dan {user} tetap masuk.</translation>
    </message>
    <message>
        <source>Co-signer&apos;s user name</source>
        <translation>Nama pengguna penanda tangan</translation>
    </message>
    <message>
        <source>Co-signer&apos;s password</source>
        <translation>Kata sandi penanda tangan</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Tanda tangani</translation>
    </message>
    <message>
        <source>Type the co-signer&apos;s user name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi penanda tangan.</translation>
    </message>
    <message>
        <source>Another person must sign, not {user}.</source>
        <translation>Harus orang lain yang menandatangani, bukan {user}.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not decide this.</source>
        <translation>{user} ({role}) tidak berwenang memutuskan ini.</translation>
    </message>
</context>
<context>
    <name>CollectibilityTab</name>
    <message>
        <source>Print collectibility…</source>
        <translation>Cetak kolektibilitas…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Running loans</source>
        <translation>Pinjaman berjalan</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>What happens now</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <source>Read this before restoring.</source>
        <translation>Baca dulu sebelum memulihkan.</translation>
    </message>
    <message>
        <source>I understand that everything recorded after this backup will be undone.</source>
        <translation>Saya mengerti bahwa semua yang dicatat setelah cadangan ini akan dibatalkan.</translation>
    </message>
    <message>
        <source>Everything recorded after {when} (journal entries, members, users, settings) will be undone. Write it down first if it must be entered again.</source>
        <translation>Semua yang dicatat setelah {when} (jurnal, anggota, pengguna, pengaturan) akan dibatalkan. Catat dulu bila harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>1. A second user (Ketua, Bendahara or Admin) approves the restore with their password.
2. The book as it is now is kept as a backup “Before a restore”, so nothing is lost for good.
3. The book is replaced by the backup of {when} and recorded in the audit trail.
4. kopdesk reopens the book and everyone signs in again.</source>
        <translation>1. Pengguna kedua (Ketua, Bendahara, atau Admin) menyetujui pemulihan dengan kata sandinya.
2. Buku seperti sekarang disimpan sebagai cadangan “Sebelum pemulihan”, jadi tidak ada yang hilang selamanya.
3. Buku diganti dengan cadangan {when} dan dicatat di jejak audit.
4. kopdesk membuka buku lagi dan semua orang masuk kembali.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct a savings transaction</source>
        <translation>Koreksi transaksi simpanan</translation>
    </message>
    <message>
        <source>{summary}

The transaction is cancelled by a correcting transaction with its own receipt number; the original stays in the books.</source>
        <translation>{summary}

Transaksi ini dibatalkan dengan transaksi koreksi yang punya nomor bukti sendiri; transaksi asli tetap ada di buku.</translation>
    </message>
    <message>
        <source>e.g. Amount typed wrongly, should be 50.000</source>
        <translation>mis. jumlah salah ketik, seharusnya 50.000</translation>
    </message>
    <message>
        <source>Date of the correction</source>
        <translation>Tanggal koreksi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Write why it is corrected (at least 5 letters).</source>
        <translation>Tulis alasan koreksi (paling sedikit 5 huruf).</translation>
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
    <name>DashboardView</name>
    <message>
        <source>Active members</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <source>Members&apos; savings</source>
        <translation>Simpanan anggota</translation>
    </message>
    <message>
        <source>Loans outstanding</source>
        <translation>Pinjaman beredar</translation>
    </message>
    <message>
        <source>NPL and kolektibilitas</source>
        <translation>NPL dan kolektibilitas</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>Kas dan bank</translation>
    </message>
    <message>
        <source>SHU this fiscal year so far</source>
        <translation>SHU tahun buku berjalan</translation>
    </message>
    <message>
        <source>New this month: {new} · leaving: {left}</source>
        <translation>Baru bulan ini: {new} · keluar: {left}</translation>
    </message>
    <message>
        <source>{count} running loan(s)</source>
        <translation>{count} pinjaman berjalan</translation>
    </message>
    <message>
        <source>L {l} · KL {kl} · D {d} · M {m} loan(s)</source>
        <translation>L {l} · KL {kl} · D {d} · M {m} pinjaman</translation>
    </message>
    <message>
        <source>Cash, banks and deposits ≤ 3 months</source>
        <translation>Kas, bank dan deposito ≤ 3 bulan</translation>
    </message>
    <message>
        <source>Income less expenses since the year began</source>
        <translation>Pendapatan dikurangi beban sejak awal tahun buku</translation>
    </message>
    <message>
        <source>The line: each month-end from {first} to {last}</source>
        <translation>Garis: saldo setiap akhir bulan, {first} sampai {last}</translation>
    </message>
    <message>
        <source>Non-performing loans: kurang lancar, diragukan and macet, {amount}</source>
        <translation>Pinjaman bermasalah (kurang lancar, diragukan dan macet): {amount}</translation>
    </message>
    <message>
        <source>Pokok {p}
Wajib {w}
Sukarela {s}
Berjangka {b}</source>
        <translation>Pokok {p}
Wajib {w}
Sukarela {s}
Berjangka {b}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Pilih dari kalender (Alt+Panah bawah)</translation>
    </message>
    <message>
        <source>The date must lie between {first} and {last}.</source>
        <translation>Tanggal harus di antara {first} dan {last}.</translation>
    </message>
    <message>
        <source>Type a date (DD-MM-YYYY).</source>
        <translation>Isi tanggal (HH-BB-TTTT).</translation>
    </message>
    <message>
        <source>{text} is not on the calendar.</source>
        <translation>{text} tidak ada di kalender.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date: type DD-MM-YYYY, e.g. 15-06-2025.</source>
        <translation>&quot;{text}&quot; bukan tanggal: ketik HH-BB-TTTT, misalnya 15-06-2025.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Approve loan application</source>
        <translation>Setujui pengajuan pinjaman</translation>
    </message>
    <message>
        <source>Reject loan application</source>
        <translation>Tolak pengajuan pinjaman</translation>
    </message>
    <message>
        <source>{tenor} months, {rate}% {period}, {method}. Entered by {user}.</source>
        <translation>{tenor} bulan, {rate}% {period}, {method}. Dicatat oleh {user}.</translation>
    </message>
    <message>
        <source>Please note before deciding:</source>
        <translation>Perhatikan sebelum memutuskan:</translation>
    </message>
    <message>
        <source>No warnings: no related-party limit or arrears.</source>
        <translation>Tidak ada peringatan: batas pihak terkait dan tunggakan aman.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Catatan (boleh kosong)</translation>
    </message>
    <message>
        <source>Why the application is rejected</source>
        <translation>Alasan pengajuan ditolak</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Write the reason (at least 5 letters).</source>
        <translation>Tulis alasannya (paling sedikit 5 huruf).</translation>
    </message>
</context>
<context>
    <name>DepreciationDialog</name>
    <message>
        <source>Post depreciation</source>
        <translation>Posting penyusutan</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Nothing to depreciate in {month}. Posting records the month without a journal entry.</source>
        <translation>Tidak ada yang disusutkan pada {month}. Posting mencatat bulan ini tanpa jurnal.</translation>
    </message>
    <message>
        <source>{month}: {count} assets, depreciation {total}, one journal entry dated {date} (debit 5206, credit the accumulated depreciation of each category).</source>
        <translation>{month}: {count} aset, penyusutan {total}, satu jurnal bertanggal {date} (debit 5206, kredit akumulasi penyusutan tiap kelompok).</translation>
    </message>
    <message>
        <source>It includes {amount} for earlier months of assets entered late.</source>
        <translation>Termasuk {amount} untuk bulan-bulan sebelumnya dari aset yang terlambat dicatat.</translation>
    </message>
    <message>
        <source>Post the depreciation of {month}: {total}, dated {date}? A month is posted only once.</source>
        <translation>Posting penyusutan {month}: {total}, bertanggal {date}? Satu bulan hanya diposting sekali.</translation>
    </message>
    <message>
        <source>Depreciation of {month} posted as journal entry {number}.</source>
        <translation>Penyusutan {month} diposting dengan jurnal {number}.</translation>
    </message>
    <message>
        <source>{month} recorded; there was nothing to depreciate.</source>
        <translation>{month} dicatat; tidak ada yang disusutkan.</translation>
    </message>
</context>
<context>
    <name>DinasBox</name>
    <message>
        <source>Annual data for the Dinas Koperasi (ODS)</source>
        <translation>Data tahunan untuk Dinas Koperasi (ODS)</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>Save Dinas file</source>
        <translation>Simpan berkas Dinas</translation>
    </message>
    <message>
        <source>Members, managers and staff by sex, capital, assets, business volume, SHU and the quarterly statements, as Excel (.xlsx) or CSV.</source>
        <translation>Anggota, pengurus dan karyawan menurut jenis kelamin, modal, aset, volume usaha, SHU dan laporan triwulan, sebagai Excel (.xlsx) atau CSV.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
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
<context>
    <name>DisburseDialog</name>
    <message>
        <source>Disburse loan</source>
        <translation>Pencairan pinjaman</translation>
    </message>
    <message>
        <source>Principal {amount}
less provisi {provisi} and administration {admin}
Paid out to the member: {net}</source>
        <translation>Pokok {amount}
dikurangi provisi {provisi} dan administrasi {admin}
Dibayarkan kepada anggota: {net}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Jumlah bersih</translation>
    </message>
    <message>
        <source>Disburse {net}</source>
        <translation>Cairkan {net}</translation>
    </message>
</context>
<context>
    <name>EndOrganDialog</name>
    <message>
        <source>End a term of office</source>
        <translation>Akhiri masa jabatan</translation>
    </message>
    <message>
        <source>{office} since {date}</source>
        <translation>{office} sejak {date}</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Masa jabatan</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>Akhiri jabatan</translation>
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
        <source>No active posting account matches &quot;{text}&quot;.</source>
        <translation>Tidak ada akun transaksi aktif yang cocok dengan &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>Type a positive amount; debit and credit each have their own column.</source>
        <translation>Ketik jumlah positif; debit dan kredit masing-masing punya kolom sendiri.</translation>
    </message>
</context>
<context>
    <name>EquityModel</name>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>ExitPlanModel</name>
    <message>
        <source>Total savings</source>
        <translation>Jumlah simpanan</translation>
    </message>
    <message>
        <source>payoff {payoff}: late fee {late}, interest {interest}, principal {principal}; still owed {left}</source>
        <translation>tagihan pelunasan {payoff}: denda {late}, bunga {interest}, pokok {principal}; sisa {left}</translation>
    </message>
    <message>
        <source>Loan {number}</source>
        <translation>Pinjaman {number}</translation>
    </message>
    <message>
        <source>Net due to the member</source>
        <translation>Hak anggota bersih</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
</context>
<context>
    <name>FieldMappingModel</name>
    <message>
        <source>Savings {name}</source>
        <translation>Simpanan {name}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Being followed up</source>
        <translation>Ditindaklanjuti</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Temuan baru</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Simpan temuan</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Simpan tanggapan</translation>
    </message>
    <message>
        <source>Print Berita Acara…</source>
        <translation>Cetak Berita Acara…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Pengurus&apos; response</source>
        <translation>Tanggapan pengurus</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>oleh {user}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first Admin</source>
        <translation>Buat Admin pertama</translation>
    </message>
    <message>
        <source>This book has no users yet. From now on everyone signs in with their own user name and password, and every change is recorded under that name. Create the first Admin; the Admin then adds the other users in Settings.</source>
        <translation>Buku ini belum memiliki pengguna. Mulai sekarang setiap orang masuk dengan nama pengguna dan kata sandinya sendiri, dan setiap perubahan dicatat atas nama itu. Buat Admin pertama; Admin lalu menambah pengguna lain di Pengaturan.</translation>
    </message>
    <message>
        <source>Create Admin</source>
        <translation>Buat Admin</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Complete the cooperative&apos;s profile</source>
        <translation>Lengkapi data koperasi</translation>
    </message>
    <message>
        <source>Add the users (ketua, kasir, pengawas…)</source>
        <translation>Tambahkan pengguna (ketua, kasir, pengawas…)</translation>
    </message>
    <message>
        <source>Check the savings and loan products</source>
        <translation>Periksa produk simpanan dan pinjaman</translation>
    </message>
    <message>
        <source>Enter the opening balances</source>
        <translation>Masukkan saldo awal</translation>
    </message>
    <message>
        <source>Import or register the members</source>
        <translation>Impor atau daftarkan anggota</translation>
    </message>
    <message>
        <source>Legal number and address, printed on every paper.</source>
        <translation>Nomor badan hukum dan alamat, dicetak di setiap dokumen.</translation>
    </message>
    <message>
        <source>Everyone signs in with their own name; approvals need two people.</source>
        <translation>Setiap orang masuk dengan namanya sendiri; persetujuan perlu dua orang.</translation>
    </message>
    <message>
        <source>Interest, fees and accounts of each product.</source>
        <translation>Jasa, biaya dan akun setiap produk.</translation>
    </message>
    <message>
        <source>The balance sheet on the day kopdesk takes over the books.</source>
        <translation>Neraca pada hari kopdesk mulai memegang pembukuan.</translation>
    </message>
    <message>
        <source>From an Excel sheet, or one by one.</source>
        <translation>Dari berkas Excel, atau satu per satu.</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Langkah pertama</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Your role cannot do this step.</source>
        <translation>Peran Anda tidak dapat mengerjakan langkah ini.</translation>
    </message>
    <message>
        <source>{done} of {total} done. A new book is ready for daily work after these.</source>
        <translation>{done} dari {total} selesai. Setelah semuanya selesai, buku baru siap untuk pekerjaan sehari-hari.</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <source>Grade</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Principal left</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Porsi %</translation>
    </message>
    <message>
        <source>Collateral counted</source>
        <translation>Agunan dihitung</translation>
    </message>
    <message>
        <source>Allowance %</source>
        <translation>PPAP %</translation>
    </message>
    <message>
        <source>Allowance required</source>
        <translation>PPAP wajib dibentuk</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>Simpan sebagai lembar kerja…</translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Skema</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Choose an indicator to see its formula and where its figures come from.</source>
        <translation>Pilih indikator untuk melihat rumusnya dan asal angka-angkanya.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <source>This scheme has no questions to answer.</source>
        <translation>Skema ini tidak mempunyai pertanyaan untuk dijawab.</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Jawaban belum disimpan</translation>
    </message>
    <message>
        <source>The questionnaire has ticks that are not saved. Discard them?</source>
        <translation>Ada centang kuesioner yang belum disimpan. Buang centang itu?</translation>
    </message>
    <message>
        <source>No assessment for this year.</source>
        <translation>Belum ada penilaian untuk tahun ini.</translation>
    </message>
    <message>
        <source>financial year {year}</source>
        <translation>tahun buku {year}</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Rumus</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Pembilang</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Penyebut</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rasio</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>Only the Pengawas, the Ketua or the Admin answer these questions.</source>
        <translation>Hanya Pengawas, Ketua atau Admin yang mengisi jawaban ini.</translation>
    </message>
</context>
<context>
    <name>HealthTile</name>
    <message>
        <source>Cooperative health</source>
        <translation>Kesehatan koperasi</translation>
    </message>
    <message>
        <source>No health assessment yet.</source>
        <translation>Belum ada penilaian kesehatan.</translation>
    </message>
    <message>
        <source>PEARLS</source>
        <translation>PEARLS</translation>
    </message>
    <message>
        <source>Score {score} · {scheme} · {year}</source>
        <translation>Skor {score} · {scheme} · {year}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>kopdesk guide</source>
        <translation>Panduan kopdesk</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
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
        <source>To do</source>
        <translation>Perlu dikerjakan</translation>
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
        <source>Your role cannot post journal entries.</source>
        <translation>Peran Anda tidak dapat memposting jurnal.</translation>
    </message>
    <message>
        <source>({start} – {end})</source>
        <translation>({start} – {end})</translation>
    </message>
    <message>
        <source>Common tasks</source>
        <translation>Pekerjaan sehari-hari</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Month-end routines</source>
        <translation>Rutin akhir bulan</translation>
    </message>
    <message>
        <source>The figures could not be read: {text}</source>
        <translation>Angka-angka tidak dapat dibaca: {text}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import members from Excel</source>
        <translation>Impor anggota dari Excel</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Unduh template</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>1. Columns (* = required)</source>
        <translation>1. Pasangan kolom (* = wajib)</translation>
    </message>
    <message>
        <source>2. Problems found</source>
        <translation>2. Masalah yang ditemukan</translation>
    </message>
    <message>
        <source>Choose the member list</source>
        <translation>Pilih daftar anggota</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The columns changed: press Check again.</source>
        <translation>Pasangan kolom berubah: tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>{errors} problems must be fixed in the file first; nothing is imported until every row is right. {count} rows are fine.</source>
        <translation>{errors} masalah harus diperbaiki dulu di berkas; tidak ada yang diimpor sebelum semua baris benar. {count} baris sudah benar.</translation>
    </message>
    <message>
        <source>All rows are fine: {count} members ready to import.</source>
        <translation>Semua baris benar: {count} anggota siap diimpor.</translation>
    </message>
    <message>
        <source>{warnings} things to check (they do not stop the import).</source>
        <translation>{warnings} hal perlu dicek (tidak menghalangi impor).</translation>
    </message>
    <message>
        <source>The file has no members to import.</source>
        <translation>Berkas tidak berisi anggota untuk diimpor.</translation>
    </message>
    <message>
        <source>Import {count} members</source>
        <translation>Impor {count} anggota</translation>
    </message>
    <message>
        <source>Importing {count} members…</source>
        <translation>Mengimpor {count} anggota…</translation>
    </message>
    <message>
        <source>{count} members imported: numbers {first} to {last}.</source>
        <translation>{count} anggota diimpor: nomor {first} s.d. {last}.</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rasio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
</context>
<context>
    <name>InstallmentStatesModel</name>
    <message>
        <source>No.</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Principal paid</source>
        <translation>Pokok dibayar</translation>
    </message>
    <message>
        <source>Interest paid</source>
        <translation>Jasa dibayar</translation>
    </message>
    <message>
        <source>Late fee owed</source>
        <translation>Denda terutang</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>lunas</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tunggak</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>belum jatuh tempo</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <source>Checks the book file itself (SQLite&apos;s complete check), that every journal entry balances, that the trial balance is zero, that entry and document numbers have no gaps, and the fingerprint chains. It changes nothing; on a big book it takes a little while.</source>
        <translation>Memeriksa berkas buku itu sendiri (pemeriksaan lengkap SQLite), bahwa setiap jurnal seimbang, neraca saldo nol, nomor jurnal dan dokumen tanpa lompatan, dan rantai sidik jari. Tidak ada yang diubah; pada buku besar pemeriksaan ini agak lama.</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Periksa integritas</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Checking the integrity of the book…</source>
        <translation>Memeriksa integritas buku…</translation>
    </message>
</context>
<context>
    <name>InterestPlanModel</name>
    <message>
        <source>Account no.</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Rate %/yr</source>
        <translation>Jasa %/thn</translation>
    </message>
    <message>
        <source>Gross interest</source>
        <translation>Jasa bruto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>PPh</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Credited to</source>
        <translation>Dikreditkan ke</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
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
        <source>Reverse journal entry {number}</source>
        <translation>Balik jurnal {number}</translation>
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
    <name>LoanDetail</name>
    <message>
        <source>Terms</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal angsuran</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Dicairkan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>Penjamin</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>No loan selected</source>
        <translation>Belum ada pinjaman yang dipilih</translation>
    </message>
    <message>
        <source>Choose a loan in the list.</source>
        <translation>Pilih pinjaman di daftar.</translation>
    </message>
    <message>
        <source>Waiting for approval. Please note:</source>
        <translation>Menunggu persetujuan. Perhatikan:</translation>
    </message>
    <message>
        <source>Warnings recorded at approval:</source>
        <translation>Peringatan yang dicatat saat persetujuan:</translation>
    </message>
    <message>
        <source>provisi {provisi}, administration {admin}; paid out {net}</source>
        <translation>provisi {provisi}, administrasi {admin}; dibayarkan {net}</translation>
    </message>
    <message>
        <source>charged at disbursement</source>
        <translation>dipotong saat pencairan</translation>
    </message>
    <message>
        <source>; closed {date}</source>
        <translation>; ditutup {date}</translation>
    </message>
    <message>
        <source>; restructured into {number}</source>
        <translation>; direstrukturisasi menjadi {number}</translation>
    </message>
    <message>
        <source>; restructures {number}</source>
        <translation>; restrukturisasi dari {number}</translation>
    </message>
    <message>
        <source>{tenor} months, {rate}% {period}, {method}</source>
        <translation>{tenor} bulan, {rate}% {period}, {method}</translation>
    </message>
    <message>
        <source>Only a running loan has a bill.</source>
        <translation>Hanya pinjaman yang berjalan yang punya tagihan.</translation>
    </message>
    <message>
        <source>Next installment {amount} due {date}.</source>
        <translation>Angsuran berikutnya {amount} jatuh tempo {date}.</translation>
    </message>
    <message>
        <source>As of {date}: principal due {principal}, interest due {interest}, late fees {late}; to pay now {total}. {days} days late.
{next}
Remaining principal {outstanding}; payoff today {payoff}.</source>
        <translation>Per {date}: pokok jatuh tempo {principal}, jasa jatuh tempo {interest}, denda {late}; harus dibayar sekarang {total}. Tunggakan {days} hari.
{next}
Sisa pokok {outstanding}; pelunasan hari ini {payoff}.</translation>
    </message>
</context>
<context>
    <name>LoanEventsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Outstanding after</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>LoanListModel</name>
    <message>
        <source>Loan no.</source>
        <translation>No. pinjaman</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>No. anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari tunggak</translation>
    </message>
    <message>
        <source>Kolektibilitas</source>
        <translation>Kolektibilitas</translation>
    </message>
</context>
<context>
    <name>LoanOpeningDialog</name>
    <message>
        <source>Import outstanding loans (opening balances)</source>
        <translation>Impor saldo awal pinjaman</translation>
    </message>
    <message>
        <source>One journal entry on this date: each loan&apos;s remaining principal on its product&apos;s receivable account against 3901 Opening balance equity. Installments paid before this date are recorded as paid.</source>
        <translation>Satu jurnal pada tanggal ini: sisa pokok setiap pinjaman di akun piutang produknya dengan lawan akun 3901 Ekuitas saldo awal. Angsuran yang dibayar sebelum tanggal ini dicatat lunas.</translation>
    </message>
    <message>
        <source>Loans outstanding as of (cut-over)</source>
        <translation>Pinjaman beredar per (saldo awal)</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Kolom</translation>
    </message>
    <message>
        <source>2. Loans checked (problems in red, warnings in amber)</source>
        <translation>2. Pinjaman yang diperiksa (masalah merah, peringatan kuning)</translation>
    </message>
    <message>
        <source>{name}: &lt;b&gt;{amount}&lt;/b&gt; ({count} loans)</source>
        <translation>{name}: &lt;b&gt;{amount}&lt;/b&gt; ({count} pinjaman)</translation>
    </message>
    <message>
        <source>Remaining principal in total: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Jumlah sisa pokok: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All loans can be imported: {count}.</source>
        <translation>Semua pinjaman dapat diimpor: {count}.</translation>
    </message>
    <message>
        <source>{count} warnings (in amber): look at them before you import.</source>
        <translation>{count} peringatan (kuning): periksa dulu sebelum mengimpor.</translation>
    </message>
    <message>
        <source>The file has no loans to import.</source>
        <translation>Berkas ini tidak berisi pinjaman untuk diimpor.</translation>
    </message>
    <message>
        <source>Posting {amount}…</source>
        <translation>Memposting {amount}…</translation>
    </message>
    <message>
        <source>{count} loans ({numbers}), remaining principal {amount}, posted on {date} ({entry}).</source>
        <translation>{count} pinjaman ({numbers}), sisa pokok {amount}, diposting tanggal {date} ({entry}).</translation>
    </message>
</context>
<context>
    <name>LoanProductListModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Plafon (Rp)</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Jangka (bulan)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>LoanProductsDialog</name>
    <message>
        <source>Loan products</source>
        <translation>Produk pinjaman</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>mis. 1,5</translation>
    </message>
    <message>
        <source>% per month</source>
        <translation>% per bulan</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% per tahun</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Rp (fixed)</source>
        <translation>Rp (tetap)</translation>
    </message>
    <message>
        <source>% of the loan</source>
        <translation>% dari pokok pinjaman</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>mis. 1</translation>
    </message>
    <message>
        <source>e.g. 25.000</source>
        <translation>mis. 25.000</translation>
    </message>
    <message>
        <source>e.g. 0,1</source>
        <translation>mis. 0,1</translation>
    </message>
    <message>
        <source>% of the overdue installment per day</source>
        <translation>% dari angsuran tertunggak per hari</translation>
    </message>
    <message>
        <source>% of the overdue installment per month</source>
        <translation>% dari angsuran tertunggak per bulan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>To the rupiah</source>
        <translation>Ke rupiah terdekat</translation>
    </message>
    <message>
        <source>Down to the rupiah</source>
        <translation>Ke bawah (rupiah penuh)</translation>
    </message>
    <message>
        <source>Up to Rp100</source>
        <translation>Ke atas Rp100</translation>
    </message>
    <message>
        <source>Up to Rp500</source>
        <translation>Ke atas Rp500</translation>
    </message>
    <message>
        <source>Up to Rp1.000</source>
        <translation>Ke atas Rp1.000</translation>
    </message>
    <message>
        <source>Pays the next installments</source>
        <translation>Membayar angsuran berikutnya</translation>
    </message>
    <message>
        <source>Goes to the member&apos;s simpanan sukarela</source>
        <translation>Masuk simpanan sukarela anggota</translation>
    </message>
    <message>
        <source>Refused: take no more than the bill</source>
        <translation>Ditolak: terima paling banyak sebesar tagihan</translation>
    </message>
    <message>
        <source>Offered for new loans</source>
        <translation>Ditawarkan untuk pinjaman baru</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Interest method</source>
        <translation>Metode bunga</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Plafon (Rp)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Receivable account</source>
        <translation>Akun piutang</translation>
    </message>
    <message>
        <source>Fees and late payment</source>
        <translation>Biaya dan keterlambatan</translation>
    </message>
    <message>
        <source>Provisi</source>
        <translation>Provisi</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Late fee (denda)</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Masa tenggang</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Installment rounding</source>
        <translation>Pembulatan angsuran</translation>
    </message>
    <message>
        <source>A payment pays</source>
        <translation>Urutan pembayaran</translation>
    </message>
    <message>
        <source>More than the bill</source>
        <translation>Kelebihan bayar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Loans already made keep the terms they were made with. A change of the rate needs a second user&apos;s approval.</source>
        <translation>Pinjaman yang sudah dibuat tetap memakai ketentuan saat dibuat. Perubahan bunga memerlukan persetujuan pengguna kedua.</translation>
    </message>
    <message>
        <source>You can see the products&apos; terms; changing them needs the right to manage loans (Bendahara).</source>
        <translation>Anda dapat melihat ketentuan produk; mengubahnya memerlukan hak mengelola pinjaman (Bendahara).</translation>
    </message>
    <message>
        <source>Discard the changes to {name}?</source>
        <translation>Buang perubahan pada {name}?</translation>
    </message>
    <message>
        <source>Change the rate of {name}</source>
        <translation>Ubah bunga {name}</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} tersimpan.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Tutup tanpa menyimpan perubahan?</translation>
    </message>
</context>
<context>
    <name>LoanQualityPanel</name>
    <message>
        <source>Allowance required {required}, formed {formed} (account 1390). NPL (kurang lancar, diragukan, macet): {npl} = {percent}% of {outstanding}.</source>
        <translation>PPAP wajib dibentuk {required}, sudah dibentuk {formed} (akun 1390). NPL (kurang lancar, diragukan, macet): {npl} = {percent}% dari {outstanding}.</translation>
    </message>
    <message>
        <source>Shortfall: {amount} still to be formed.</source>
        <translation>Kekurangan: {amount} masih harus dibentuk.</translation>
    </message>
    <message>
        <source>Excess: {amount} more than required.</source>
        <translation>Kelebihan: {amount} di atas yang wajib.</translation>
    </message>
    <message>
        <source>The allowance is exactly what is required.</source>
        <translation>PPAP tepat sebesar yang wajib dibentuk.</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Collectibility &amp;&amp; allowance</source>
        <translation>Kolektibilitas &amp;&amp; PPAP</translation>
    </message>
    <message>
        <source>Month-end allowance</source>
        <translation>PPAP akhir bulan</translation>
    </message>
</context>
<context>
    <name>LoanRowsModel</name>
    <message>
        <source>Fine</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Hasil periksa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Tanggal cair</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>By schedule</source>
        <translation>Menurut jadwal</translation>
    </message>
</context>
<context>
    <name>LoanSettingsPanel</name>
    <message>
        <source>A loan&apos;s grade (kolektibilitas) follows the days its oldest unpaid installment is overdue; the allowance for bad loans (PPAP) required is a percentage of the principal left in each grade, for kurang lancar, diragukan and macet less the collateral counted: its value times the share its kind counts (the kind is read from the collateral&apos;s description). Only the Admin changes these, following the cooperative&apos;s policy.</source>
        <translation>Kolektibilitas pinjaman mengikuti berapa hari angsuran tertua yang belum dibayar menunggak; PPAP wajib dibentuk adalah persentase sisa pokok pada tiap kolektibilitas, untuk kurang lancar, diragukan dan macet sesudah dikurangi agunan yang dihitung: nilainya kali bagian yang dihitung untuk jenisnya (jenis dibaca dari uraian agunan). Hanya Admin yang mengubahnya, sesuai kebijakan koperasi.</translation>
    </message>
    <message>
        <source>Kurang lancar when overdue more than</source>
        <translation>Kurang lancar bila menunggak lebih dari</translation>
    </message>
    <message>
        <source>Diragukan when overdue more than</source>
        <translation>Diragukan bila menunggak lebih dari</translation>
    </message>
    <message>
        <source>Macet when overdue more than</source>
        <translation>Macet bila menunggak lebih dari</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Allowance for lancar loans</source>
        <translation>PPAP pinjaman lancar</translation>
    </message>
    <message>
        <source>Allowance for kurang lancar loans</source>
        <translation>PPAP pinjaman kurang lancar</translation>
    </message>
    <message>
        <source>Allowance for diragukan loans</source>
        <translation>PPAP pinjaman diragukan</translation>
    </message>
    <message>
        <source>Allowance for macet loans</source>
        <translation>PPAP pinjaman macet</translation>
    </message>
    <message>
        <source>Loans to pengurus and pengawas at most</source>
        <translation>Pinjaman kepada pengurus dan pengawas paling banyak</translation>
    </message>
    <message>
        <source>Blocked savings or deposit counted</source>
        <translation>Agunan simpanan/deposito diblokir dihitung</translation>
    </message>
    <message>
        <source>Certified land or building (SHM, SHGB) counted</source>
        <translation>Agunan tanah/bangunan bersertifikat (SHM, SHGB) dihitung</translation>
    </message>
    <message>
        <source>Vehicle (BPKB) counted</source>
        <translation>Agunan kendaraan (BPKB) dihitung</translation>
    </message>
    <message>
        <source>Other collateral counted</source>
        <translation>Agunan lain dihitung</translation>
    </message>
    <message>
        <source>% of the principal left</source>
        <translation>% dari sisa pokok</translation>
    </message>
    <message>
        <source>% of modal sendiri</source>
        <translation>% dari modal sendiri</translation>
    </message>
    <message>
        <source>% of its value</source>
        <translation>% dari nilainya</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>The days must grow: kurang lancar &lt; diragukan &lt; macet (for example 90, 180 and 360).</source>
        <translation>Jumlah hari harus naik: kurang lancar &lt; diragukan &lt; macet (misalnya 90, 180 dan 360).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message>
        <source>All loans</source>
        <translation>Semua pinjaman</translation>
    </message>
    <message>
        <source>Approval queue</source>
        <translation>Antrean persetujuan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Running and waiting</source>
        <translation>Berjalan dan menunggu</translation>
    </message>
    <message>
        <source>Search loan no., member no. or name</source>
        <translation>Cari no. pinjaman, no. anggota atau nama</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Pengajuan baru…</translation>
    </message>
    <message>
        <source>Simulation…</source>
        <translation>Simulasi…</translation>
    </message>
    <message>
        <source>Loan products…</source>
        <translation>Produk pinjaman…</translation>
    </message>
    <message>
        <source>Import opening balances…</source>
        <translation>Impor saldo awal…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Disburse…</source>
        <translation>Cairkan…</translation>
    </message>
    <message>
        <source>Pay off…</source>
        <translation>Lunasi…</translation>
    </message>
    <message>
        <source>Restructure…</source>
        <translation>Restrukturisasi…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Hapus buku…</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Cetak perjanjian</translation>
    </message>
    <message>
        <source>Print loan card</source>
        <translation>Cetak kartu pinjaman</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Loan list</source>
        <translation>Daftar pinjaman</translation>
    </message>
    <message>
        <source>Arrears, quality and allowance</source>
        <translation>Tunggakan, kolektibilitas dan PPAP</translation>
    </message>
    <message>
        <source>Approval queue ({count})</source>
        <translation>Antrean persetujuan ({count})</translation>
    </message>
    <message>
        <source>{count} loans · outstanding {amount} · {late} late</source>
        <translation>{count} pinjaman · sisa pokok {amount} · {late} menunggak</translation>
    </message>
    <message>
        <source>Application {number} saved; it waits for approval.</source>
        <translation>Pengajuan {number} disimpan; menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Approve loan {number} ({member})</source>
        <translation>Setujui pinjaman {number} ({member})</translation>
    </message>
    <message>
        <source>Loan {number} approved.</source>
        <translation>Pinjaman {number} disetujui.</translation>
    </message>
    <message>
        <source>Loan {number} rejected.</source>
        <translation>Pinjaman {number} ditolak.</translation>
    </message>
    <message>
        <source>Disbursement of loan {number}</source>
        <translation>Pencairan pinjaman {number}</translation>
    </message>
    <message>
        <source>Loan {number} disbursed: {amount} paid out ({event}).</source>
        <translation>Pinjaman {number} dicairkan: {amount} dibayarkan ({event}).</translation>
    </message>
    <message>
        <source>Payoff of loan {number}</source>
        <translation>Pelunasan pinjaman {number}</translation>
    </message>
    <message>
        <source>Loan {number} paid off with {amount} ({event}).</source>
        <translation>Pinjaman {number} dilunasi sebesar {amount} ({event}).</translation>
    </message>
    <message>
        <source>Restructure loan {number}</source>
        <translation>Restrukturisasi pinjaman {number}</translation>
    </message>
    <message>
        <source>Loan {old} restructured into {new}.</source>
        <translation>Pinjaman {old} direstrukturisasi menjadi {new}.</translation>
    </message>
    <message>
        <source>Write off loan {number}</source>
        <translation>Hapus buku pinjaman {number}</translation>
    </message>
    <message>
        <source>Loan {number} written off ({event}).</source>
        <translation>Pinjaman {number} dihapus buku ({event}).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>kopdesk is locked</source>
        <translation>kopdesk terkunci</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Ganti pengguna…</translation>
    </message>
    <message>
        <source>The window was locked to protect the books. {user} ({role}), type your password to continue.</source>
        <translation>Jendela dikunci untuk melindungi buku. {user} ({role}), ketik kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Close kopdesk</source>
        <translation>Tutup kopdesk</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to kopdesk</source>
        <translation>Masuk ke kopdesk</translation>
    </message>
    <message>
        <source>Sign in with your own user name and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda sendiri.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Ketik nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock now</source>
        <translation>Kunci sekarang</translation>
    </message>
    <message>
        <source>Book: {path}   User: {user} ({role})</source>
        <translation>Buku: {path}   Pengguna: {user} ({role})</translation>
    </message>
    <message>
        <source>Read-only: {reason} Nothing can be changed or printed on this computer until that kopdesk is closed and the book is opened again.</source>
        <translation>Hanya-baca: {reason} Tidak ada yang dapat diubah atau dicetak di komputer ini sampai kopdesk itu ditutup dan buku ini dibuka lagi.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
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
        <source>Closing &amp; SHU</source>
        <translation>Tutup Buku &amp; SHU</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Pengawasan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>{user} is signed in.</source>
        <translation>{user} sudah masuk.</translation>
    </message>
    <message>
        <source>Daily backup made: {name}.</source>
        <translation>Cadangan harian dibuat: {name}.</translation>
    </message>
    <message>
        <source>Backup warning: {text}</source>
        <translation>Peringatan cadangan: {text}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {text}</source>
        <translation>Cadangan otomatis gagal: {text}</translation>
    </message>
    <message>
        <source>The book could not be checked: {text}</source>
        <translation>Buku tidak dapat diperiksa: {text}</translation>
    </message>
    <message>
        <source>Making a backup of the book…</source>
        <translation>Mencadangkan buku…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Data in kopdesk</source>
        <translation>Data di kopdesk</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
</context>
<context>
    <name>MaturitiesModel</name>
    <message>
        <source>Account no.</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Matures on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Rolled over to {date}</source>
        <translation>Diperpanjang sampai {date}</translation>
    </message>
    <message>
        <source>Paid into {account}</source>
        <translation>Dicairkan ke {account}</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Minutes of a meeting</source>
        <translation>Notulen rapat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Summary and decisions</source>
        <translation>Ringkasan dan keputusan</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <source>Edit data</source>
        <translation>Ubah data</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Settle exit…</source>
        <translation>Penyelesaian keluar…</translation>
    </message>
    <message>
        <source>Return the savings, offset the loans and record the member&apos;s leaving</source>
        <translation>Kembalikan simpanan, perhitungkan pinjaman dan catat keluarnya anggota</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Print profile</source>
        <translation>Cetak profil</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Assign an office…</source>
        <translation>Tugaskan jabatan…</translation>
    </message>
    <message>
        <source>End a term of office…</source>
        <translation>Akhiri masa jabatan…</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Place, date of birth</source>
        <translation>Tempat, tgl lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Latest {count} transactions</source>
        <translation>{count} transaksi terakhir</translation>
    </message>
    <message>
        <source>Total savings: {amount}</source>
        <translation>Jumlah simpanan: {amount}</translation>
    </message>
    <message>
        <source>Outstanding loans: {amount}</source>
        <translation>Sisa pinjaman: {amount}</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Belum ada anggota yang dipilih</translation>
    </message>
    <message>
        <source>Choose a member in the list to see their data.</source>
        <translation>Pilih anggota di daftar untuk melihat datanya.</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} sejak {date}</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Ubah data anggota</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 angka dari KTP</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>none: the product&apos;s monthly amount</source>
        <translation>kosong: jumlah bulanan produk</translation>
    </message>
    <message>
        <source>As in the NIK</source>
        <translation>Sesuai NIK</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Street, house no.</source>
        <translation>Jalan, nomor rumah</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kelurahan/Desa</source>
        <translation>Kelurahan/Desa</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wajib class</source>
        <translation>Golongan wajib</translation>
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
        <source>A member&apos;s number does not change.</source>
        <translation>Nomor anggota tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Change the status with the Change status button.</source>
        <translation>Ubah status dengan tombol Ubah status.</translation>
    </message>
    <message>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>From the NIK: born {date}, {sex}</source>
        <translation>Menurut NIK: lahir {date}, {sex}</translation>
    </message>
    <message>
        <source>As in the NIK ({sex})</source>
        <translation>Sesuai NIK ({sex})</translation>
    </message>
    <message>
        <source>Please check:
{warnings}

Save anyway?</source>
        <translation>Mohon periksa:
{warnings}

Tetap simpan?</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Periksa data</translation>
    </message>
    <message>
        <source>Member {number} saved.</source>
        <translation>Anggota {number} tersimpan.</translation>
    </message>
</context>
<context>
    <name>MemberExitDialog</name>
    <message>
        <source>Member exit settlement</source>
        <translation>Penyelesaian anggota keluar</translation>
    </message>
    <message>
        <source>e.g. resignation letter of 3 March</source>
        <translation>mis. surat pengunduran diri 3 Maret</translation>
    </message>
    <message>
        <source>Pay the net to the member in cash now (account 1101)</source>
        <translation>Bayar hak bersih anggota tunai sekarang (akun 1101)</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Post settlement</source>
        <translation>Catat penyelesaian</translation>
    </message>
    <message>
        <source>Save the paper…</source>
        <translation>Simpan berkas penyelesaian…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>{name} ({number}), now: {status}.</source>
        <translation>{name} ({number}), status sekarang: {status}.</translation>
    </message>
    <message>
        <source>Savings {savings} − loans paid from them {offset} = {net} due to the member.</source>
        <translation>Simpanan {savings} − pinjaman yang dilunasi darinya {offset} = hak anggota {net}.</translation>
    </message>
    <message>
        <source>The savings do not cover the loans: {owed} stays owed and the loan keeps running.</source>
        <translation>Simpanan tidak cukup untuk pinjaman: sisa {owed} tetap terutang dan pinjaman tetap berjalan.</translation>
    </message>
    <message>
        <source>Paying loans from savings needs a second user&apos;s approval.</source>
        <translation>Pelunasan pinjaman dari simpanan memerlukan persetujuan pengguna kedua.</translation>
    </message>
    <message>
        <source>There are no savings left to settle.</source>
        <translation>Tidak ada simpanan yang masih harus diselesaikan.</translation>
    </message>
    <message>
        <source>Exit settlement paid out in cash</source>
        <translation>Pembayaran tunai penyelesaian anggota keluar</translation>
    </message>
    <message>
        <source>Posted as {entry}. Paid in cash: {paid}; still owed to the member (2104): {payable}. Save the paper for signatures.</source>
        <translation>Dicatat dengan jurnal {entry}. Dibayar tunai: {paid}; masih terutang kepada anggota (2104): {payable}. Simpan berkasnya untuk ditandatangani.</translation>
    </message>
</context>
<context>
    <name>MemberFinder</name>
    <message>
        <source>Member: type a number or name, Enter picks (Ctrl+F)</source>
        <translation>Anggota: ketik nomor atau nama, Enter memilih (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tgl Masuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(member no longer exists)</source>
        <translation>(anggota tidak ada lagi)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Klik untuk mengurutkan</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jasa modal basis</source>
        <translation>Dasar jasa modal</translation>
    </message>
    <message>
        <source>Jasa usaha basis</source>
        <translation>Dasar jasa usaha</translation>
    </message>
    <message>
        <source>Jasa modal</source>
        <translation>Jasa modal</translation>
    </message>
    <message>
        <source>Jasa usaha</source>
        <translation>Jasa usaha</translation>
    </message>
    <message>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>to sukarela</source>
        <translation>ke sukarela</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search number, name, NIK or phone (Ctrl+F)</source>
        <translation>Cari nomor, nama, NIK atau No. HP (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Active and candidates</source>
        <translation>Aktif dan calon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Calon anggota</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Diberhentikan</translation>
    </message>
    <message>
        <source>Any office</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <source>Pengurus (board)</source>
        <translation>Pengurus</translation>
    </message>
    <message>
        <source>Pengawas (supervisors)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Ins or Ctrl+N</source>
        <translation>Ins atau Ctrl+N</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Impor dari Excel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Berkas CSV (.csv)</translation>
    </message>
    <message>
        <source>Print member register</source>
        <translation>Cetak Buku Daftar Anggota</translation>
    </message>
    <message>
        <source>Buku Daftar Anggota, as PDF</source>
        <translation>Buku Daftar Anggota, sebagai PDF</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>{count} members</source>
        <translation>{count} anggota</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search member no. or name</source>
        <translation>Cari no. anggota atau nama</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Semua anggota</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Print SHU list…</source>
        <translation>Cetak daftar SHU…</translation>
    </message>
    <message>
        <source>Print SHU slips…</source>
        <translation>Cetak slip SHU…</translation>
    </message>
    <message>
        <source>Pay in cash…</source>
        <translation>Bayar tunai…</translation>
    </message>
    <message>
        <source>Move all to simpanan sukarela…</source>
        <translation>Pindahkan semua ke simpanan sukarela…</translation>
    </message>
    <message>
        <source>Reprint receipt…</source>
        <translation>Cetak ulang kuitansi…</translation>
    </message>
    <message>
        <source>Under the plan: {count} members share {total}. Not posted yet: nothing can be paid.</source>
        <translation>Menurut rencana: {count} anggota menerima {total}. Belum diposting: belum ada yang dapat dibayar.</translation>
    </message>
    <message>
        <source>{count} members share {total}; paid {paid}, still to pay {left} ({unpaid} members).</source>
        <translation>{count} anggota menerima {total}; sudah dibayar {paid}, belum dibayar {left} ({unpaid} anggota).</translation>
    </message>
    <message>
        <source>Pay the SHU {year} of {name} ({number}), {amount}, in cash.</source>
        <translation>Bayar tunai SHU {year} {name} ({number}) sebesar {amount}.</translation>
    </message>
    <message>
        <source>SHU {year} paid in cash</source>
        <translation>SHU {year} dibayar tunai</translation>
    </message>
    <message>
        <source>SHU paid to {name}: {amount}, receipt {receipt}.</source>
        <translation>SHU dibayarkan kepada {name}: {amount}, kuitansi {receipt}.</translation>
    </message>
    <message>
        <source>Credit the unpaid SHU {year} of {count} members, {amount}, to their simpanan sukarela? One journal entry, a receipt number per member. Members who have left are paid in cash, one by one.</source>
        <translation>Pindahkan SHU {year} yang belum dibayar milik {count} anggota, {amount}, ke simpanan sukarela masing-masing? Satu jurnal, satu nomor kuitansi per anggota. Anggota yang sudah keluar dibayar tunai satu per satu.</translation>
    </message>
    <message>
        <source>Crediting the SHU of {count} members…</source>
        <translation>Memindahkan SHU {count} anggota…</translation>
    </message>
    <message>
        <source>SHU of {count} members credited to simpanan sukarela.</source>
        <translation>SHU {count} anggota sudah dipindahkan ke simpanan sukarela.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Check before posting</source>
        <translation>Periksa sebelum memposting</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Dibayarkan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Press Y to post, Enter or Esc to go back to the form.</source>
        <translation>Tekan Y untuk memposting; Enter atau Esc kembali ke formulir.</translation>
    </message>
    <message>
        <source>&amp;Yes, post (Y)</source>
        <translation>&amp;Ya, posting (Y)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
</context>
<context>
    <name>MonthEndHistoryModel</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Gross interest</source>
        <translation>Jasa bruto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>PPh</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Waktu posting</translation>
    </message>
    <message>
        <source>(nothing to post)</source>
        <translation>(tidak ada yang diposting)</translation>
    </message>
</context>
<context>
    <name>MonthEndPage</name>
    <message>
        <source>The routines every month needs after its last day, in one place. Each is run on its own page; this list shows which are still due.</source>
        <translation>Pekerjaan rutin setiap bulan sesudah hari terakhirnya, di satu tempat. Masing-masing dijalankan di halamannya sendiri; daftar ini menunjukkan mana yang belum dijalankan.</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>Savings interest and PPh 4(2)</source>
        <translation>Jasa simpanan dan PPh 4(2)</translation>
    </message>
    <message>
        <source>Loan loss allowance (PPAP)</source>
        <translation>Penyisihan penghapusan pinjaman (PPAP)</translation>
    </message>
    <message>
        <source>Depreciation of fixed assets</source>
        <translation>Penyusutan aset tetap</translation>
    </message>
    <message>
        <source>Savings → Monthly routine</source>
        <translation>Simpanan → Rutin bulanan</translation>
    </message>
    <message>
        <source>Loans → Arrears, quality and allowance</source>
        <translation>Pinjaman → Tunggakan, kolektibilitas dan PPAP</translation>
    </message>
    <message>
        <source>Closing &amp; SHU → Fixed assets</source>
        <translation>Tutup Buku &amp; SHU → Aset tetap</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where it is run</source>
        <translation>Tempat menjalankan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Done (entry {number})</source>
        <translation>Selesai (jurnal {number})</translation>
    </message>
    <message>
        <source>Done (nothing to post)</source>
        <translation>Selesai (tidak ada yang diposting)</translation>
    </message>
    <message>
        <source>To be run</source>
        <translation>Perlu dijalankan</translation>
    </message>
    <message>
        <source>Not yet: from {date}</source>
        <translation>Belum waktunya: mulai {date}</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
</context>
<context>
    <name>MonthEndTab</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Post…</source>
        <translation>Posting…</translation>
    </message>
    <message>
        <source>Term deposits maturing</source>
        <translation>Simpanan berjangka yang jatuh tempo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Interest and tax</source>
        <translation>Jasa dan PPh</translation>
    </message>
    <message>
        <source>Months already processed</source>
        <translation>Bulan yang sudah diproses</translation>
    </message>
    <message>
        <source>Nothing earned interest or matured in {month}. Posting records the month as processed without a journal entry.</source>
        <translation>Tidak ada jasa atau jatuh tempo pada {month}. Posting mencatat bulan ini sudah diproses tanpa jurnal.</translation>
    </message>
    <message>
        <source>{month}: {accounts} accounts earn interest of {gross}; PPh 4(2) withheld {tax} (rate {rate}% on a member&apos;s interest above {threshold} a month); net credited {net}. {maturities} term deposits mature. One journal entry dated {date}.</source>
        <translation>{month}: {accounts} rekening mendapat jasa {gross}; PPh 4(2) dipotong {tax} (tarif {rate}% atas jasa anggota di atas {threshold} sebulan); jasa neto dikreditkan {net}. {maturities} simpanan berjangka jatuh tempo. Satu jurnal bertanggal {date}.</translation>
    </message>
    <message>
        <source>Post the savings month-end of {month}? Interest {gross}, tax {tax}, {maturities} maturities, dated {date}. A month is processed only once.</source>
        <translation>Posting akhir bulan simpanan {month}? Jasa {gross}, PPh {tax}, {maturities} jatuh tempo, bertanggal {date}. Satu bulan hanya diproses sekali.</translation>
    </message>
    <message>
        <source>Savings month-end</source>
        <translation>Akhir bulan simpanan</translation>
    </message>
    <message>
        <source>Month-end of {month} posted as journal entry {number}.</source>
        <translation>Akhir bulan {month} sudah diposting dengan jurnal {number}.</translation>
    </message>
    <message>
        <source>Month-end of {month} recorded; there was nothing to post.</source>
        <translation>Akhir bulan {month} dicatat; tidak ada yang perlu diposting.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Find anything…</source>
        <translation>Cari apa saja…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Halaman</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>kata sandi sementara</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Give the temporary password to the new user in person. They must choose their own password when they first sign in.</source>
        <translation>Berikan kata sandi sementara langsung kepada pengguna baru. Ia wajib memilih kata sandinya sendiri saat pertama kali masuk.</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Book entry</source>
        <translation>Catatan buku</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Register entry</source>
        <translation>Data register</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Still serving</source>
        <translation>Masih menjabat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>NIK (16 digits)</source>
        <translation>NIK (16 angka)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai tanggal</translation>
    </message>
</context>
<context>
    <name>OpeningBalancesDialog</name>
    <message>
        <source>Import opening savings balances</source>
        <translation>Impor saldo awal simpanan</translation>
    </message>
    <message>
        <source>Balances as of (cut-over)</source>
        <translation>Saldo per tanggal (saldo awal)</translation>
    </message>
    <message>
        <source>One journal entry on this date: each member&apos;s savings against 3901 Opening balance equity.</source>
        <translation>Satu jurnal pada tanggal ini: simpanan setiap anggota dengan lawan akun 3901 Ekuitas saldo awal.</translation>
    </message>
</context>
<context>
    <name>OrganTermsModel</name>
    <message>
        <source>Office</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Pay SHU</source>
        <translation>Bayar SHU</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Dibayar dari</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
</context>
<context>
    <name>PayoffDialog</name>
    <message>
        <source>Pay off loan</source>
        <translation>Pelunasan pinjaman</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Received in</source>
        <translation>Diterima di</translation>
    </message>
    <message>
        <source>Payoff amount</source>
        <translation>Jumlah pelunasan</translation>
    </message>
    <message>
        <source>Pay off</source>
        <translation>Lunasi</translation>
    </message>
    <message>
        <source>Late fees {late}
Interest due so far {interest}
Remaining principal {principal}
(interest of installments not yet due is not charged)</source>
        <translation>Denda {late}
Jasa yang sudah jatuh tempo {interest}
Sisa pokok {principal}
(jasa angsuran yang belum jatuh tempo tidak ditagih)</translation>
    </message>
</context>
<context>
    <name>PayrollImportDialog</name>
    <message>
        <source>Import payroll deductions</source>
        <translation>Impor potong gaji</translation>
    </message>
    <message>
        <source>One journal entry per member</source>
        <translation>Satu jurnal per anggota</translation>
    </message>
    <message>
        <source>One journal entry for the whole list</source>
        <translation>Satu jurnal untuk seluruh daftar</translation>
    </message>
    <message>
        <source>e.g. Payroll January 2025 (default: file name)</source>
        <translation>misalnya Potong gaji Januari 2025 (bawaan: nama berkas)</translation>
    </message>
    <message>
        <source>Received in</source>
        <translation>Diterima di</translation>
    </message>
    <message>
        <source>Post as</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Posting date</source>
        <translation>Tanggal posting</translation>
    </message>
    <message>
        <source>List reference</source>
        <translation>Referensi daftar</translation>
    </message>
    <message>
        <source>A list with the reference &apos;{reference}&apos; was imported before; give this list its own reference.</source>
        <translation>Daftar dengan referensi &apos;{reference}&apos; sudah pernah diimpor; beri daftar ini referensinya sendiri.</translation>
    </message>
    <message>
        <source>Importing asks first.</source>
        <translation>Impor akan meminta konfirmasi dulu.</translation>
    </message>
    <message>
        <source>The same members with the same amounts were already posted on {date} under the reference &apos;{reference}&apos; by {user} ({entry}).</source>
        <translation>Anggota yang sama dengan jumlah yang sama sudah diposting pada {date} dengan referensi &apos;{reference}&apos; oleh {user} ({entry}).</translation>
    </message>
    <message>
        <source>Post this list again? Its members would be credited twice this month.</source>
        <translation>Posting daftar ini lagi? Anggotanya akan menerima setoran dua kali bulan ini.</translation>
    </message>
    <message>
        <source>Same list again</source>
        <translation>Daftar yang sama lagi</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Nama aset</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Penyusutan</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Termasuk susulan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Fine</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Alternative A</source>
        <translation>Alternatif A</translation>
    </message>
    <message>
        <source>Alternative B</source>
        <translation>Alternatif B</translation>
    </message>
    <message>
        <source>Use as plan</source>
        <translation>Jadikan rencana</translation>
    </message>
    <message>
        <source>Copy this alternative&apos;s percentages and bases into the plan</source>
        <translation>Salin persentase dan dasar alternatif ini ke rencana</translation>
    </message>
    <message>
        <source>member no.</source>
        <translation>no. anggota</translation>
    </message>
    <message>
        <source>e.g. Keputusan RAT No. 01/RAT/2026</source>
        <translation>mis. Keputusan RAT No. 01/RAT/2026</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Simpan rencana</translation>
    </message>
    <message>
        <source>Post SHU distribution…</source>
        <translation>Posting pembagian SHU…</translation>
    </message>
    <message>
        <source>RAT decision</source>
        <translation>Keputusan RAT</translation>
    </message>
    <message>
        <source>RAT date</source>
        <translation>Tanggal RAT</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Jasa modal basis</source>
        <translation>Dasar jasa modal</translation>
    </message>
    <message>
        <source>Jasa usaha basis</source>
        <translation>Dasar jasa usaha</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Members who share</source>
        <translation>Anggota yang menerima</translation>
    </message>
    <message>
        <source>Smallest member share</source>
        <translation>SHU anggota terkecil</translation>
    </message>
    <message>
        <source>Median member share</source>
        <translation>Median SHU anggota</translation>
    </message>
    <message>
        <source>Largest member share</source>
        <translation>SHU anggota terbesar</translation>
    </message>
    <message>
        <source>  jasa modal</source>
        <translation>  jasa modal</translation>
    </message>
    <message>
        <source>  jasa usaha</source>
        <translation>  jasa usaha</translation>
    </message>
    <message>
        <source>  SHU of the member</source>
        <translation>  SHU anggota ini</translation>
    </message>
    <message>
        <source>The SHU of {year} was posted on {date} ({entry}); the plan is fixed. The alternatives can still be tried.</source>
        <translation>SHU {year} sudah diposting pada {date} ({entry}); rencananya tetap. Alternatif masih dapat dicoba.</translation>
    </message>
    <message>
        <source>Fiscal year {year} is not closed: the SHU so far is shown. It is posted after the year is closed and the RAT has decided.</source>
        <translation>Tahun buku {year} belum ditutup: yang tampil SHU sampai saat ini. SHU diposting sesudah tahun buku ditutup dan RAT memutuskan.</translation>
    </message>
    <message>
        <source>The SHU of {year} waits for the RAT. Save the plan it decides, then post it dated the RAT day.</source>
        <translation>SHU {year} menunggu RAT. Simpan rencana yang diputuskan, lalu posting dengan tanggal RAT.</translation>
    </message>
    <message>
        <source>{name}: jasa modal basis {modal}, jasa usaha basis {usaha}</source>
        <translation>{name}: dasar jasa modal {modal}, dasar jasa usaha {usaha}</translation>
    </message>
    <message>
        <source>{number} gets no SHU.</source>
        <translation>{number} tidak mendapat SHU.</translation>
    </message>
    <message>
        <source>The plan cannot be saved: {problem}</source>
        <translation>Rencana tidak dapat disimpan: {problem}</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved yet.</source>
        <translation>Ada perubahan rencana yang belum disimpan.</translation>
    </message>
    <message>
        <source>SHU plan of {year} saved.</source>
        <translation>Rencana SHU {year} tersimpan.</translation>
    </message>
    <message>
        <source>Save the plan first: the SHU is posted as the saved plan says.</source>
        <translation>Simpan rencana dulu: SHU diposting menurut rencana yang tersimpan.</translation>
    </message>
    <message>
        <source>Post the SHU distribution of {year} dated {date}?

SHU {pool}: cadangan and the funds get their parts, {count} members get {members} together as SHU payable (2321) until it is paid. The plan cannot be changed afterwards and the year cannot be reopened.</source>
        <translation>Posting pembagian SHU {year} bertanggal {date}?

SHU {pool}: cadangan dan dana-dana mendapat bagiannya, {count} anggota mendapat {members} seluruhnya sebagai SHU bagian anggota yang belum dibayar (2321) sampai dibayarkan. Rencana tidak dapat diubah lagi dan tahun buku tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <source>Post SHU distribution</source>
        <translation>Posting pembagian SHU</translation>
    </message>
    <message>
        <source>Backing up the book before posting…</source>
        <translation>Membuat cadangan buku sebelum memposting SHU…</translation>
    </message>
    <message>
        <source>Posting the SHU of {count} members…</source>
        <translation>Memposting SHU {count} anggota…</translation>
    </message>
    <message>
        <source>SHU of {year} posted as journal entry {entry}.</source>
        <translation>SHU {year} diposting sebagai jurnal {entry}.</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Principal left</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Principal overdue</source>
        <translation>Tunggakan pokok</translation>
    </message>
    <message>
        <source>Interest overdue</source>
        <translation>Tunggakan bunga</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation>Jumlah tunggakan</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kolektibilitas</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Jatuh tempo berikut</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Agunan</translation>
    </message>
    <message>
        <source>Collateral counted</source>
        <translation>Agunan dihitung</translation>
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
    <name>PreviewDialog</name>
    <message>
        <source>Print preview – {name}</source>
        <translation>Pratinjau cetak – {name}</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>Cetak… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Selebar jendela</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Satu halaman penuh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Halaman {page} dari {count}</translation>
    </message>
    <message>
        <source>Printing {name}…</source>
        <translation>Mencetak {name}…</translation>
    </message>
    <message>
        <source>{name} sent to the printer.</source>
        <translation>{name} dikirim ke printer.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tersimpan: {path}.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Check: {text}</source>
        <translation>Periksa: {text}</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
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
        <source>Save profile</source>
        <translation>Simpan data koperasi</translation>
    </message>
    <message>
        <source>The cooperative&apos;s profile as recorded in this book.</source>
        <translation>Data koperasi sebagaimana tercatat di buku ini.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s profile as recorded in this book. Only the Ketua or the Admin may change it.</source>
        <translation>Data koperasi sebagaimana tercatat di buku ini. Hanya Ketua atau Admin yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>{year} (open)</source>
        <translation>{year} (terbuka)</translation>
    </message>
    <message>
        <source>{year} (closed)</source>
        <translation>{year} (ditutup)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Data koperasi tersimpan.</translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>Find anything</source>
        <translation>Cari apa saja</translation>
    </message>
    <message>
        <source>Name, member no., NIK, entry, loan, receipt or document number</source>
        <translation>Nama, no. anggota, NIK, no. jurnal, pinjaman, bukti atau dokumen</translation>
    </message>
    <message>
        <source>Type at least part of a name or a number.</source>
        <translation>Ketik sebagian nama atau nomor.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter opens · Esc closes</source>
        <translation>↑↓ memilih · Enter membuka · Esc menutup</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Savings receipt</source>
        <translation>Bukti simpanan</translation>
    </message>
    <message>
        <source>Loan receipt</source>
        <translation>Bukti pinjaman</translation>
    </message>
    <message>
        <source>SHU receipt</source>
        <translation>Kuitansi SHU</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>Dokumen {number}</translation>
    </message>
</context>
<context>
    <name>RapbPage</name>
    <message>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Fill realisation from the books</source>
        <translation>Isi realisasi dari buku</translation>
    </message>
    <message>
        <source>Save RAPB</source>
        <translation>Simpan RAPB</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Realisation {year}</source>
        <translation>Realisasi {year}</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Anggaran {year}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tanpa kelompok)</translation>
    </message>
    <message>
        <source>income</source>
        <translation>pendapatan</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>beban</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Baris {row}: {problem}</translation>
    </message>
    <message>
        <source>Mark rows as income or expense to see the planned surplus.</source>
        <translation>Tandai baris sebagai pendapatan atau beban untuk melihat rencana SHU.</translation>
    </message>
    <message>
        <source>Income {ir} → {ia}; expenses {er} → {ea}; surplus {sr} → {sa} (realisation → budget).</source>
        <translation>Pendapatan {ir} → {ia}; beban {er} → {ea}; SHU {sr} → {sa} (realisasi → anggaran).</translation>
    </message>
</context>
<context>
    <name>RatBookPanel</name>
    <message>
        <source>Make RAT book…</source>
        <translation>Buat buku RAT…</translation>
    </message>
    <message>
        <source>The RAT book prints the profile, membership, business, the financial statements, the SHU and every member&apos;s balances from the books; write here what the pengurus and pengawas report and plan.</source>
        <translation>Buku RAT mencetak profil, keanggotaan, usaha, laporan keuangan, SHU dan saldo setiap anggota dari pembukuan; tuliskan di sini laporan dan rencana pengurus serta pengawas.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>RAT book</source>
        <translation>Buku RAT</translation>
    </message>
    <message>
        <source>Discard the changes to the RAT book of {year}?</source>
        <translation>Buang perubahan buku RAT {year}?</translation>
    </message>
    <message>
        <source>RAPB {year}</source>
        <translation>RAPB {year}</translation>
    </message>
    <message>
        <source>{title} saved.</source>
        <translation>{title} tersimpan.</translation>
    </message>
    <message>
        <source>RAPB</source>
        <translation>RAPB</translation>
    </message>
    <message>
        <source>Replace the table with the income and expense accounts of {year}? Budgets typed for the same description are kept.</source>
        <translation>Ganti isi tabel dengan akun pendapatan dan beban {year}? Anggaran yang sudah diisi untuk uraian yang sama dipertahankan.</translation>
    </message>
    <message>
        <source>RAPB saved.</source>
        <translation>RAPB tersimpan.</translation>
    </message>
    <message>
        <source>Some texts are not saved; the book prints what is saved. Go on?</source>
        <translation>Ada teks yang belum disimpan; buku mencetak yang sudah tersimpan. Lanjutkan?</translation>
    </message>
    <message>
        <source>Making the RAT book {year}…</source>
        <translation>Menyusun buku RAT {year}…</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>The pengurus and pengawas are members&apos; offices and are recorded in one place only: Members → select the member → Offices → Assign an office… (and End a term of office…). This register shows them; print it here.</source>
        <translation>Pengurus dan pengawas adalah jabatan anggota dan dicatat di satu tempat saja: Anggota → pilih anggotanya → Jabatan → Tugaskan jabatan… (dan Akhiri masa jabatan…). Register ini menampilkannya; cetak di sini.</translation>
    </message>
    <message>
        <source>Open Members</source>
        <translation>Buka Anggota</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Save attachments…</source>
        <translation>Simpan lampiran…</translation>
    </message>
    <message>
        <source>Print PDF</source>
        <translation>Cetak PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.odt)</source>
        <translation>Dokumen dan pindaian (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.odt)</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>masih menjabat</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen fiscal year {year}</source>
        <translation>Buka kembali tahun buku {year}</translation>
    </message>
    <message>
        <source>Reopening reverses the closing entries of {year}, so its income and expenses can be corrected; close it again afterwards. A second user (Ketua, Bendahara or Admin) must approve. Write why:</source>
        <translation>Membuka kembali membatalkan jurnal penutup {year}, sehingga pendapatan dan bebannya dapat dikoreksi; tutup lagi sesudahnya. Pengguna kedua (Ketua, Bendahara atau Admin) harus menyetujui. Tuliskan alasannya:</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Write the reason in at least 10 letters.</source>
        <translation>Tuliskan alasan paling sedikit 10 huruf.</translation>
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
        <source>Member savings statement</source>
        <translation>Mutasi simpanan anggota</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Administration books</source>
        <translation>Buku administrasi</translation>
    </message>
    <message>
        <source>Member number or name</source>
        <translation>Nomor atau nama anggota</translation>
    </message>
    <message>
        <source>{count} members match “{text}”: pick one from the list.</source>
        <translation>{count} anggota cocok dengan “{text}”: pilih satu dari daftar.</translation>
    </message>
    <message>
        <source>No member matches “{text}”.</source>
        <translation>Tidak ada anggota yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>Type a member number or name and pick the member.</source>
        <translation>Ketik nomor atau nama anggota, lalu pilih anggotanya.</translation>
    </message>
    <message>
        <source>Daily cash report</source>
        <translation>Laporan kas harian</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Cash account</source>
        <translation>Akun kas</translation>
    </message>
    <message>
        <source>Savings recap per product</source>
        <translation>Rekapitulasi simpanan per produk</translation>
    </message>
    <message>
        <source>Print PDF</source>
        <translation>Cetak PDF</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>A temporary password for {user}. The user is unlocked and must choose a new password at the next sign-in.</source>
        <translation>Kata sandi sementara untuk {user}. Kunci akunnya dibuka dan ia wajib memilih kata sandi baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>kata sandi sementara</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Kata sandi sementara</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore the book from a backup</source>
        <translation>Pulihkan buku dari cadangan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restoring the book…</source>
        <translation>Memulihkan buku…</translation>
    </message>
    <message>
        <source>Restore the book from the backup of {when} ({name})</source>
        <translation>Memulihkan buku dari cadangan {when} ({name})</translation>
    </message>
    <message>
        <source>Book restored</source>
        <translation>Buku dipulihkan</translation>
    </message>
    <message>
        <source>The book was restored from the backup of {when}. The book as it was is kept in {safety}. kopdesk now closes the book; sign in again.</source>
        <translation>Buku dipulihkan dari cadangan {when}. Buku sebelumnya disimpan di {safety}. kopdesk sekarang menutup buku; silakan masuk lagi.</translation>
    </message>
</context>
<context>
    <name>RestructureDialog</name>
    <message>
        <source>Restructure loan</source>
        <translation>Restrukturisasi pinjaman</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>e.g. Usaha terdampak banjir, angsuran diringankan</source>
        <translation>mis. Usaha terdampak banjir, angsuran diringankan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>New tenor</source>
        <translation>Jangka waktu baru</translation>
    </message>
    <message>
        <source>Rate (%) {period}</source>
        <translation>Bunga (%) {period}</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The remaining principal {amount} becomes a new loan with a new schedule; unpaid interest and late fees of this loan are waived. A second user must approve.</source>
        <translation>Sisa pokok {amount} menjadi pinjaman baru dengan jadwal baru; jasa dan denda yang belum dibayar pada pinjaman ini dihapuskan. Perlu persetujuan pengguna kedua.</translation>
    </message>
    <message>
        <source>Restructure</source>
        <translation>Restrukturisasi</translation>
    </message>
    <message>
        <source>New installment {amount} (first of {n})</source>
        <translation>Angsuran baru {amount} (pertama dari {n})</translation>
    </message>
    <message>
        <source>Write the reason (at least 5 letters).</source>
        <translation>Tulis alasannya (paling sedikit 5 huruf).</translation>
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
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SampleItemsModel</name>
    <message>
        <source>No.</source>
        <translation>Ke</translation>
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
        <source>Checked</source>
        <translation>Terperiksa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>SamplePanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>Ambil sampel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>{number}: {kind}, {start} to {end}</source>
        <translation>{number}: {kind}, {start} s.d. {end}</translation>
    </message>
    <message>
        <source>No sample has been drawn yet.</source>
        <translation>Belum ada sampel yang diambil.</translation>
    </message>
    <message>
        <source>{size} of {population} drawn at random with seed {seed} by {who}; {checked} checked.</source>
        <translation>{size} dari {population} diambil acak dengan benih {seed} oleh {who}; {checked} sudah diperiksa.</translation>
    </message>
</context>
<context>
    <name>SavingsAccountsModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dapat ditarik</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Jatuh tempo</translation>
    </message>
</context>
<context>
    <name>SavingsImportDialog</name>
    <message>
        <source>Savings {name}</source>
        <translation>Simpanan {name}</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. Kolom</translation>
    </message>
    <message>
        <source>2. Rows checked (problems in red)</source>
        <translation>2. Baris yang diperiksa (masalah berwarna merah)</translation>
    </message>
    <message>
        <source>{name}: &lt;b&gt;{amount}&lt;/b&gt; ({count})</source>
        <translation>{name}: &lt;b&gt;{amount}&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Jumlah: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All rows are fine: {count} members ready to import.</source>
        <translation>Semua baris benar: {count} anggota siap diimpor.</translation>
    </message>
    <message>
        <source>The file has no amounts to import.</source>
        <translation>Berkas ini tidak berisi jumlah simpanan untuk diimpor.</translation>
    </message>
    <message>
        <source>Posting {amount}…</source>
        <translation>Memposting {amount}…</translation>
    </message>
    <message>
        <source>{count} members, {amount} posted on {date} ({entries}).</source>
        <translation>{count} anggota, {amount} diposting tanggal {date} ({entries}).</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <source>Receipt A5 (Ctrl+P)</source>
        <translation>Bukti A5 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Receipt 58 mm</source>
        <translation>Bukti 58 mm</translation>
    </message>
    <message>
        <source>Print directly</source>
        <translation>Cetak langsung</translation>
    </message>
    <message>
        <source>Print receipts straight to the default printer, without the preview</source>
        <translation>Cetak bukti langsung ke printer utama, tanpa pratinjau</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>Transaksi hari ini</translation>
    </message>
    <message>
        <source>Member history</source>
        <translation>Riwayat anggota</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak bukti</translation>
    </message>
    <message>
        <source>The receipt of the selected transaction (A5)</source>
        <translation>Bukti transaksi yang dipilih (A5)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>Cancel the selected transaction with a correcting one</source>
        <translation>Batalkan transaksi yang dipilih dengan transaksi koreksi</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Monthly routine</source>
        <translation>Rutin bulanan</translation>
    </message>
    <message>
        <source>Savings products…</source>
        <translation>Produk simpanan…</translation>
    </message>
    <message>
        <source>Import opening balances…</source>
        <translation>Impor saldo awal…</translation>
    </message>
    <message>
        <source>Import payroll deductions…</source>
        <translation>Impor potong gaji…</translation>
    </message>
    <message>
        <source>The book is open read-only: no transactions can be recorded here.</source>
        <translation>Buku dibuka hanya-baca: tidak ada transaksi yang dapat dicatat di sini.</translation>
    </message>
    <message>
        <source>Read only: as {role} you can look at members&apos; savings, but deposits, withdrawals and transfers are recorded by the Kasir or Bendahara.</source>
        <translation>Hanya lihat: sebagai {role} Anda dapat melihat simpanan anggota; setoran, penarikan dan pemindahbukuan dicatat oleh Kasir atau Bendahara.</translation>
    </message>
    <message>
        <source>No member chosen</source>
        <translation>Belum ada anggota yang dipilih</translation>
    </message>
    <message>
        <source>Type a member number or name above and press Enter.</source>
        <translation>Ketik nomor atau nama anggota di atas, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status} sejak {date}</translation>
    </message>
    <message>
        <source>Total savings: {amount}</source>
        <translation>Jumlah simpanan: {amount}</translation>
    </message>
    <message>
        <source>Simpanan wajib arrears: {amount} ({months} months)</source>
        <translation>Tunggakan wajib: {amount} ({months} bulan)</translation>
    </message>
    <message>
        <source>Simpanan wajib paid ahead: {amount}</source>
        <translation>Simpanan wajib lebih bayar {amount}</translation>
    </message>
    <message>
        <source>Simpanan wajib paid up</source>
        <translation>Simpanan wajib lunas</translation>
    </message>
    <message>
        <source>Loan {number}: principal left {amount}</source>
        <translation>Pinjaman {number}: sisa pokok {amount}</translation>
    </message>
    <message>
        <source>, {days} days late ({overdue} overdue)</source>
        <translation>, menunggak {days} hari (tunggakan {overdue})</translation>
    </message>
    <message>
        <source>, paid up to date</source>
        <translation>, lancar</translation>
    </message>
    <message>
        <source> to {product}</source>
        <translation> ke {product}</translation>
    </message>
    <message>
        <source>Saved as {number}: {kind} {product}{target} {amount}. Balance now {balance}.</source>
        <translation>Tersimpan dengan nomor {number}: {kind} {product}{target} {amount}. Saldo sekarang {balance}.</translation>
    </message>
    <message>
        <source>Savings transaction {number} saved.</source>
        <translation>Transaksi simpanan {number} tersimpan.</translation>
    </message>
    <message>
        <source>late fee {amount}</source>
        <translation>denda {amount}</translation>
    </message>
    <message>
        <source>interest {amount}</source>
        <translation>bunga {amount}</translation>
    </message>
    <message>
        <source>principal {amount}</source>
        <translation>pokok {amount}</translation>
    </message>
    <message>
        <source>overpayment {amount}</source>
        <translation>kelebihan {amount}</translation>
    </message>
    <message>
        <source>Saved as {number}: installment on {loan} {amount} = {split}. Principal left {left}.</source>
        <translation>Tersimpan sebagai {number}: angsuran {loan} {amount} = {split}. Sisa pokok {left}.</translation>
    </message>
    <message>
        <source>Loan payment {number} saved.</source>
        <translation>Pembayaran pinjaman {number} tersimpan.</translation>
    </message>
    <message>
        <source>Select a transaction first.</source>
        <translation>Pilih transaksi dulu.</translation>
    </message>
    <message>
        <source>{number} is not a counter transaction and has no receipt of its own; the member&apos;s savings statement (Laporan) shows it.</source>
        <translation>{number} bukan transaksi loket dan tidak punya bukti sendiri; mutasi simpanan anggota (menu Laporan) memuatnya.</translation>
    </message>
    <message>
        <source>{number} is a loan transaction: it cannot be corrected at the savings counter.</source>
        <translation>{number} adalah transaksi pinjaman: tidak dapat dikoreksi di loket simpanan.</translation>
    </message>
    <message>
        <source>{number} is not a counter transaction; it is corrected where it was made (month-end, import or settlement).</source>
        <translation>{number} bukan transaksi loket; koreksinya dilakukan di tempat asalnya (akhir bulan, impor atau penyelesaian keluar).</translation>
    </message>
    <message>
        <source>Correct savings transaction {number}</source>
        <translation>Koreksi transaksi simpanan {number}</translation>
    </message>
    <message>
        <source>Transaction {number} corrected by {correction}.</source>
        <translation>Transaksi {number} dikoreksi dengan {correction}.</translation>
    </message>
</context>
<context>
    <name>SavingsProductListModel</name>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Rate %/yr</source>
        <translation>Jasa %/thn</translation>
    </message>
</context>
<context>
    <name>SavingsProductsDialog</name>
    <message>
        <source>Savings products</source>
        <translation>Produk simpanan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>You can see the products&apos; terms; changing them needs the right to manage savings (Bendahara).</source>
        <translation>Anda dapat melihat ketentuan produk; mengubahnya memerlukan hak mengelola simpanan (Bendahara).</translation>
    </message>
    <message>
        <source>Equity (ekuitas)</source>
        <translation>Ekuitas</translation>
    </message>
    <message>
        <source>Liability (liabilitas)</source>
        <translation>Liabilitas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Tambah golongan</translation>
    </message>
    <message>
        <source>Remove class</source>
        <translation>Hapus golongan</translation>
    </message>
    <message>
        <source>Members may withdraw it</source>
        <translation>Dapat ditarik anggota</translation>
    </message>
    <message>
        <source>e.g. 4,5</source>
        <translation>mis. 4,5</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Roll over at maturity (ARO)</source>
        <translation>Diperpanjang otomatis (ARO)</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>mis. 1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Control account</source>
        <translation>Akun kontrol</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Amount (paid once)</source>
        <translation>Jumlah (dibayar sekali)</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>Jumlah per bulan</translation>
    </message>
    <message>
        <source>Per member class</source>
        <translation>Per golongan anggota</translation>
    </message>
    <message>
        <source>Minimum balance</source>
        <translation>Saldo minimum</translation>
    </message>
    <message>
        <source>Interest (jasa simpanan)</source>
        <translation>Jasa simpanan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tingkat jasa</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% per tahun</translation>
    </message>
    <message>
        <source>Interest expense account</source>
        <translation>Akun beban jasa</translation>
    </message>
    <message>
        <source>Term deposit</source>
        <translation>Simpanan berjangka</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Early-break penalty</source>
        <translation>Denda pencairan awal</translation>
    </message>
    <message>
        <source>% of the principal</source>
        <translation>% dari pokok simpanan</translation>
    </message>
    <message>
        <source>Penalty income account</source>
        <translation>Akun pendapatan denda</translation>
    </message>
    <message>
        <source>Discard the changes to {name}?</source>
        <translation>Buang perubahan pada {name}?</translation>
    </message>
    <message>
        <source>Minimum placement</source>
        <translation>Penempatan minimum</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} tersimpan.</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>Tutup tanpa menyimpan perubahan?</translation>
    </message>
</context>
<context>
    <name>SavingsRoutinePanel</name>
    <message>
        <source>Month-end</source>
        <translation>Akhir bulan</translation>
    </message>
    <message>
        <source>Wajib billing</source>
        <translation>Tagihan dan tunggakan wajib</translation>
    </message>
    <message>
        <source>PPh 4(2) list</source>
        <translation>Daftar PPh 4(2)</translation>
    </message>
</context>
<context>
    <name>SavingsSettingsPanel</name>
    <message>
        <source>Final income tax on savings interest: 0% while a member&apos;s interest for the month is at most the threshold, otherwise the rate on all of it (PP 15/2009). Change these only when the regulation changes.</source>
        <translation>PPh final atas jasa simpanan: 0% selama jasa seorang anggota dalam sebulan tidak melebihi batas, selebihnya tarif dikenakan atas seluruh jasa (PP 15/2009). Ubah hanya bila peraturannya berubah.</translation>
    </message>
    <message>
        <source>empty: from each member&apos;s joining</source>
        <translation>kosong: sejak tanggal masuk tiap anggota</translation>
    </message>
    <message>
        <source>Bill simpanan wajib from (DD-MM-YYYY)</source>
        <translation>Tagihan simpanan wajib sejak (HH-BB-TTTT)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
</context>
<context>
    <name>SavingsTransactionsModel</name>
    <message>
        <source>Receipt no.</source>
        <translation>No. bukti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>dikoreksi</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Balance at year end</source>
        <translation>Saldo akhir tahun</translation>
    </message>
    <message>
        <source>Average of month ends</source>
        <translation>Rata-rata bulanan</translation>
    </message>
    <message>
        <source>Loan interest paid</source>
        <translation>Jasa pinjaman dibayar</translation>
    </message>
    <message>
        <source>Loan volume</source>
        <translation>Volume pinjaman</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>with simpanan sukarela</source>
        <translation>termasuk simpanan sukarela</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <source>Per year</source>
        <translation>Per tahun</translation>
    </message>
    <message>
        <source>Installment {first} (first) down to {last} (last)</source>
        <translation>Angsuran {first} (pertama) turun sampai {last} (terakhir)</translation>
    </message>
    <message>
        <source>Installment {amount} per month</source>
        <translation>Angsuran {amount} per bulan</translation>
    </message>
    <message>
        <source>{n} installments: principal {principal}, interest {interest}, together {total}</source>
        <translation>{n} kali angsuran: pokok {principal}, jasa {interest}, seluruhnya {total}</translation>
    </message>
    <message>
        <source>Stated rate {rate}% {period}, method {method}. Flat equivalent {flat}% per month; effective rate {eff_month}% per month = {eff_year}% per year.</source>
        <translation>Bunga {rate}% {period}, metode {method}. Setara flat {flat}% per bulan; bunga efektif {eff_month}% per bulan = {eff_year}% per tahun.</translation>
    </message>
</context>
<context>
    <name>SchedulePreviewModel</name>
    <message>
        <source>No.</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Angsuran</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Sisa pokok</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Pengaturan tersimpan.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Signed in as {user} ({role}).</source>
        <translation>Masuk sebagai {user} ({role}).</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <source>Cooperative profile</source>
        <translation>Data koperasi</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Simpanan</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Statements &amp;&amp; SHU</source>
        <translation>Laporan &amp;&amp; SHU</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
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
        <source>This wizard sets up the books of your cooperative: its profile, the standard cooperative chart of accounts, the first fiscal year and the first user, the Admin.

The book will be saved in:
{path}</source>
        <translation>Panduan ini menyiapkan buku koperasi Anda: data koperasi, daftar akun standar koperasi, tahun buku pertama dan pengguna pertama, yaitu Admin.

Buku akan disimpan di:
{path}</translation>
    </message>
    <message>
        <source>Want to look around first? Open the demo book: an example savings and loan cooperative with members, savings, loans, closed years and SHU. It is a separate file; your own book is not created yet. Users admin, ketua, bendahara, kasir and pengawas, password {password}; each chooses a new password at the first sign-in.</source>
        <translation>Ingin melihat-lihat dulu? Buka buku contoh: sebuah koperasi simpan pinjam contoh lengkap dengan anggota, simpanan, pinjaman, tahun buku yang sudah ditutup dan SHU. Buku contoh adalah berkas tersendiri; buku koperasi Anda belum dibuat. Pengguna admin, ketua, bendahara, kasir dan pengawas, kata sandi {password}; masing-masing memilih kata sandi baru saat pertama masuk.</translation>
    </message>
    <message>
        <source>Open the demo book</source>
        <translation>Buka buku contoh</translation>
    </message>
    <message>
        <source>Building the demo book (the last two years and this one)...</source>
        <translation>Membuat buku contoh (dua tahun terakhir dan tahun ini)...</translation>
    </message>
    <message>
        <source>The demo book cannot be made in {folder}: {reason}</source>
        <translation>Buku contoh tidak dapat dibuat di {folder}: {reason}</translation>
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
    <message>
        <source>First user: the Admin</source>
        <translation>Pengguna pertama: Admin</translation>
    </message>
    <message>
        <source>Everyone signs in with their own name and password, and every change is recorded under that name. The Admin adds the other users later.</source>
        <translation>Setiap orang masuk dengan nama dan kata sandinya sendiri, dan setiap perubahan dicatat atas nama itu. Admin menambah pengguna lain kemudian.</translation>
    </message>
    <message>
        <source>may be left empty</source>
        <translation>boleh dikosongkan</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Pilih berkas .xlsx atau .csv</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose a file, check the columns, then press Check.</source>
        <translation>Pilih berkas, periksa pasangan kolomnya, lalu tekan Periksa.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>{count} rows with data in {name}. Check the columns, then press Check.</source>
        <translation>{count} baris berisi data di {name}. Periksa pasangan kolomnya, lalu tekan Periksa.</translation>
    </message>
    <message>
        <source>Something changed: press Check again.</source>
        <translation>Ada yang berubah: tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Memeriksa {name}…</translation>
    </message>
    <message>
        <source>{errors} problems must be fixed first; nothing is imported until every row is right.</source>
        <translation>{errors} masalah harus diperbaiki dulu; tidak ada yang diimpor sebelum semua baris benar.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Backing up the book before the import…</source>
        <translation>Mencadangkan buku sebelum impor…</translation>
    </message>
</context>
<context>
    <name>ShuPanel</name>
    <message>
        <source>Plan &amp;&amp; simulation</source>
        <translation>Rencana &amp;&amp; simulasi</translation>
    </message>
    <message>
        <source>Members &amp;&amp; payment</source>
        <translation>Anggota &amp;&amp; pembayaran</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>SHU {total}; from non-members {apart} to cadangan (not shared); to share: {pool}</source>
        <translation>SHU {total}; dari usaha non-anggota {apart} ke cadangan (tidak dibagi); dibagi: {pool}</translation>
    </message>
    <message>
        <source>Year not closed yet. {shu}</source>
        <translation>Tahun buku belum ditutup. {shu}</translation>
    </message>
    <message>
        <source>SHU to share: {pool}</source>
        <translation>SHU dibagi: {pool}</translation>
    </message>
    <message>
        <source>SHU so far (year not closed): {pool}</source>
        <translation>SHU sementara (tahun belum ditutup): {pool}</translation>
    </message>
</context>
<context>
    <name>SimulationDialog</name>
    <message>
        <source>Installment simulation</source>
        <translation>Simulasi angsuran</translation>
    </message>
    <message>
        <source>(own terms)</source>
        <translation>(isi sendiri)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Take terms of</source>
        <translation>Ambil ketentuan</translation>
    </message>
    <message>
        <source>Principal (Rp)</source>
        <translation>Pokok pinjaman (Rp)</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Bunga</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Pembulatan</translation>
    </message>
    <message>
        <source>Disbursed on</source>
        <translation>Tanggal cair</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Statement of financial position</source>
        <translation>Laporan Posisi Keuangan</translation>
    </message>
    <message>
        <source>Statement of operating results (PHU)</source>
        <translation>Laporan Perhitungan Hasil Usaha</translation>
    </message>
    <message>
        <source>Statement of changes in equity</source>
        <translation>Laporan Perubahan Ekuitas</translation>
    </message>
    <message>
        <source>Statement of cash flows</source>
        <translation>Laporan Arus Kas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan atas Laporan Keuangan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Cetak PDF…</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>Cetak semua…</translation>
    </message>
    <message>
        <source>The five statements of the period in one PDF</source>
        <translation>Kelima laporan periode ini dalam satu PDF</translation>
    </message>
    <message>
        <source>Save Excel…</source>
        <translation>Simpan Excel…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>{name} ({number}) is now: {status} since {date}.</source>
        <translation>{name} ({number}) saat ini: {status} sejak {date}.</translation>
    </message>
    <message>
        <source>e.g. resignation letter of 3 March</source>
        <translation>mis. surat pengunduran diri tanggal 3 Maret</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Status baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>The change is added to the member&apos;s history; earlier entries stay as they are.</source>
        <translation>Perubahan ditambahkan ke riwayat anggota; catatan sebelumnya tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Books and documents</source>
        <translation>Keaslian buku dan dokumen</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Periksa integritas</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <source>Switch user</source>
        <translation>Ganti pengguna</translation>
    </message>
    <message>
        <source>Signed in now: {user} ({role}).</source>
        <translation>Yang masuk sekarang: {user} ({role}).</translation>
    </message>
    <message>
        <source>The next user types their own user name and password. The window stays open; everything done from now on is recorded under the new user. Switch back the same way when you are done.</source>
        <translation>Pengguna berikutnya mengetik nama pengguna dan kata sandinya sendiri. Jendela tetap terbuka; semua yang dikerjakan mulai sekarang dicatat atas nama pengguna baru. Setelah selesai, ganti kembali dengan cara yang sama.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Type the user name and password.</source>
        <translation>Ketik nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>{user} is already signed in.</source>
        <translation>{user} sudah masuk.</translation>
    </message>
    <message>
        <source>Choose a new password to sign in.</source>
        <translation>Pilih kata sandi baru untuk masuk.</translation>
    </message>
</context>
<context>
    <name>TaxListModel</name>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Gross interest</source>
        <translation>Jasa bruto</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>PPh dipotong</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Jasa neto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>TaxListTab</name>
    <message>
        <source>Print PDF</source>
        <translation>Cetak PDF</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>no journal entry</source>
        <translation>tanpa jurnal</translation>
    </message>
    <message>
        <source>No interest was paid in {month} ({entry}).</source>
        <translation>Tidak ada jasa yang dibayar pada {month} ({entry}).</translation>
    </message>
    <message>
        <source>{month}, journal entry {entry}: {count} members; PPh 4(2) {rate}% on a member&apos;s interest above {threshold} a month. Pay the tax in by the 10th of the next month.</source>
        <translation>{month}, jurnal {entry}: {count} anggota; PPh 4(2) {rate}% atas jasa anggota di atas {threshold} sebulan. Setorkan pajaknya paling lambat tanggal 10 bulan berikutnya.</translation>
    </message>
</context>
<context>
    <name>TellerForm</name>
    <message>
        <source>Transaction</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>e.g. 1.250.000</source>
        <translation>mis. 1.250.000</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Roll over automatically at maturity (ARO)</source>
        <translation>Diperpanjang otomatis saat jatuh tempo (ARO)</translation>
    </message>
    <message>
        <source>Optional; the receipt says what it is</source>
        <translation>Boleh kosong; bukti menyebut jenis transaksinya</translation>
    </message>
    <message>
        <source>Post (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Deposit (F2)</source>
        <translation>Setor (F2)</translation>
    </message>
    <message>
        <source>Withdraw (F3)</source>
        <translation>Tarik (F3)</translation>
    </message>
    <message>
        <source>Transfer (F4)</source>
        <translation>Pindah buku (F4)</translation>
    </message>
    <message>
        <source>Installment (F5)</source>
        <translation>Angsuran (F5)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pinjaman</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Rekening berjangka</translation>
    </message>
    <message>
        <source>To product</source>
        <translation>Ke produk</translation>
    </message>
    <message>
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Cash account</source>
        <translation>Akun kas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>{number} · {product} · principal left {amount}</source>
        <translation>{number} · {product} · sisa pokok {amount}</translation>
    </message>
    <message>
        <source>{member} has no running loan.</source>
        <translation>{member} tidak punya pinjaman berjalan.</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>menunggak {days} hari</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>tepat waktu</translation>
    </message>
    <message>
        <source>Deposit to {product}</source>
        <translation>Setor ke {product}</translation>
    </message>
    <message>
        <source>Withdrawal from {product}</source>
        <translation>Tarik dari {product}</translation>
    </message>
    <message>
        <source>Transfer from {product} to {target}</source>
        <translation>Pindah dari {product} ke {target}</translation>
    </message>
    <message>
        <source>Installment on loan {loan}</source>
        <translation>Angsuran pinjaman {loan}</translation>
    </message>
    <message>
        <source>Late fee (denda)</source>
        <translation>Denda</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>Bunga (jasa) jatuh tempo</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>Pokok jatuh tempo</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Jumlah tagihan</translation>
    </message>
    <message>
        <source>Next installment</source>
        <translation>Angsuran berikutnya</translation>
    </message>
    <message>
        <source>Payoff amount</source>
        <translation>Pelunasan</translation>
    </message>
    <message>
        <source>Bill on {date}:</source>
        <translation>Tagihan per {date}:</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{amount} pada {date}</translation>
    </message>
    <message>
        <source>{member} has no {product} account yet.</source>
        <translation>{member} belum punya rekening {product}.</translation>
    </message>
    <message>
        <source>Available to withdraw: {amount} (balance {balance}).</source>
        <translation>Dapat ditarik: {amount} (saldo {balance}).</translation>
    </message>
    <message>
        <source>Opens a new placement at {rate}% a year.</source>
        <translation>Membuka bilyet baru dengan jasa {rate}% setahun.</translation>
    </message>
    <message>
        <source>Choose a member first (Ctrl+F).</source>
        <translation>Pilih anggota dulu (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Paragraphs are separated by an empty line; a line starting with - is printed as a bullet.</source>
        <translation>Paragraf dipisahkan baris kosong; baris yang diawali - dicetak sebagai butir.</translation>
    </message>
</context>
<context>
    <name>TodoList</name>
    <message>
        <source>Reading the book…</source>
        <translation>Membaca buku…</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>Buka halamannya</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <source>{count} loan application(s) waiting for a decision</source>
        <translation>{count} pengajuan pinjaman menunggu keputusan</translation>
    </message>
    <message>
        <source>{count} prospective member(s) waiting to be activated</source>
        <translation>{count} calon anggota menunggu diaktifkan</translation>
    </message>
    <message>
        <source>Month-end routines of {month}: {count} not run yet</source>
        <translation>Rutin akhir bulan {month}: {count} belum dijalankan</translation>
    </message>
    <message>
        <source>{count} member(s) behind on simpanan wajib, {amount} in total</source>
        <translation>{count} anggota menunggak simpanan wajib, seluruhnya {amount}</translation>
    </message>
    <message>
        <source>{count} loan installment(s) fall due by {date}</source>
        <translation>{count} angsuran pinjaman jatuh tempo sampai {date}</translation>
    </message>
    <message>
        <source>Fiscal year {year} has ended and is not closed yet</source>
        <translation>Tahun buku {year} sudah berakhir dan belum ditutup</translation>
    </message>
    <message>
        <source>The RAT for fiscal year {year} was due by {date}</source>
        <translation>RAT tahun buku {year} seharusnya paling lambat {date}</translation>
    </message>
    <message>
        <source>RAT for fiscal year {year}: hold it by {date}</source>
        <translation>RAT tahun buku {year}: adakan paling lambat {date}</translation>
    </message>
    <message>
        <source>This book has no backup yet</source>
        <translation>Buku ini belum punya cadangan</translation>
    </message>
    <message>
        <source>Last backup: today, {date}</source>
        <translation>Cadangan terakhir: hari ini, {date}</translation>
    </message>
    <message>
        <source>Last backup: {date}, {days} day(s) ago</source>
        <translation>Cadangan terakhir: {date}, {days} hari yang lalu</translation>
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
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Aktif, wajib ganti kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
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
        <source>Users are never deleted, so the audit trail always knows who did what. A user who leaves is deactivated.</source>
        <translation>Pengguna tidak pernah dihapus, agar jejak audit selalu tahu siapa melakukan apa. Pengguna yang berhenti dinonaktifkan.</translation>
    </message>
    <message>
        <source>User {user} added.</source>
        <translation>Pengguna {user} ditambahkan.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}.</source>
        <translation>Kata sandi sementara untuk {user} sudah dibuat.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <source>Deactivate {user}? They can no longer sign in.</source>
        <translation>Nonaktifkan {user}? Ia tidak dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>VerifyDocumentDialog</name>
    <message>
        <source>Check a document</source>
        <translation>Periksa dokumen</translation>
    </message>
    <message>
        <source>Every paper kopdesk prints gets a number and a fingerprint (SHA-256) recorded in the book. Choose the PDF file to check whether it is exactly the paper that was printed, unchanged.</source>
        <translation>Setiap kertas yang dicetak kopdesk mendapat nomor dan sidik jari (SHA-256) yang dicatat di buku. Pilih berkas PDF untuk memeriksa apakah isinya persis sama dengan yang dicetak, tanpa perubahan.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>Pilih PDF…</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Dicetak pada</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Dicetak oleh</translation>
    </message>
    <message>
        <source>Recorded fingerprint</source>
        <translation>Sidik jari tercatat</translation>
    </message>
    <message>
        <source>Choose the document to check</source>
        <translation>Pilih dokumen yang akan diperiksa</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Genuine and unchanged</source>
        <translation>ASLI dan utuh</translation>
    </message>
    <message>
        <source>Genuine, but the books changed since</source>
        <translation>Asli, tetapi buku telah berubah sejak itu</translation>
    </message>
    <message>
        <source>ALTERED: do not trust this paper</source>
        <translation>DIUBAH: jangan percayai kertas ini</translation>
    </message>
    <message>
        <source>Not a paper from this book</source>
        <translation>Bukan dokumen dari buku ini</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <source>kopdesk links every journal entry, every audit record and every change to users, accounts, members, savings, loans, documents and settings to the one before it with a fingerprint, and keeps the latest fingerprints outside the book too. A change made outside kopdesk (for example with a database editor) breaks the chain and is named here.</source>
        <translation>kopdesk mengaitkan setiap jurnal, setiap catatan audit dan setiap perubahan pengguna, akun, anggota, simpanan, pinjaman, dokumen dan pengaturan dengan yang sebelumnya melalui sidik jari, dan menyimpan sidik jari terakhir juga di luar buku. Perubahan di luar kopdesk (misalnya dengan program pengedit basis data) memutus rantai itu dan disebutkan di sini.</translation>
    </message>
    <message>
        <source>Check the books</source>
        <translation>Periksa keaslian buku</translation>
    </message>
    <message>
        <source>Check a document…</source>
        <translation>Periksa dokumen…</translation>
    </message>
    <message>
        <source>The books have not been checked yet.</source>
        <translation>Buku belum diperiksa.</translation>
    </message>
    <message>
        <source>Checking the books…</source>
        <translation>Memeriksa keaslian buku…</translation>
    </message>
</context>
<context>
    <name>WajibBillingModel</name>
    <message>
        <source>Member no.</source>
        <translation>No. Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Billed from</source>
        <translation>Ditagih sejak</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Months behind</source>
        <translation>Bulan menunggak</translation>
    </message>
    <message>
        <source>Paid ahead</source>
        <translation>Lebih bayar</translation>
    </message>
    <message>
        <source>Total ({count} members late)</source>
        <translation>Jumlah ({count} anggota menunggak)</translation>
    </message>
</context>
<context>
    <name>WajibTab</name>
    <message>
        <source>Only members in arrears</source>
        <translation>Hanya anggota yang menunggak</translation>
    </message>
    <message>
        <source>Print PDF</source>
        <translation>Cetak PDF</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>No member is behind with simpanan wajib.</source>
        <translation>Tidak ada anggota yang menunggak simpanan wajib.</translation>
    </message>
    <message>
        <source>Through {month}: {late} members are behind; arrears total {total}.</source>
        <translation>Sampai {month}: {late} anggota menunggak; jumlah tunggakan {total}.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>Write off loan</source>
        <translation>Hapus buku pinjaman</translation>
    </message>
    <message>
        <source>The remaining principal {amount} is taken off the books against the allowance (PPAP); what it does not cover is an expense. The member still owes it. A second user must approve.</source>
        <translation>Sisa pokok {amount} dihapus dari buku dengan cadangan (PPAP); yang tidak tertutup cadangan menjadi beban. Anggota tetap berutang. Perlu persetujuan pengguna kedua.</translation>
    </message>
    <message>
        <source>e.g. Macet lebih dari 2 tahun, agunan tidak ada</source>
        <translation>mis. Macet lebih dari 2 tahun, agunan tidak ada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Hapus buku</translation>
    </message>
    <message>
        <source>Write the reason (at least 5 letters).</source>
        <translation>Tulis alasannya (paling sedikit 5 huruf).</translation>
    </message>
</context>
<context>
    <name>YearClosePanel</name>
    <message>
        <source>Check again</source>
        <translation>Periksa ulang</translation>
    </message>
    <message>
        <source>Close fiscal year…</source>
        <translation>Tutup tahun buku…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Tahun buku</translation>
    </message>
    <message>
        <source>Checklist before closing</source>
        <translation>Daftar periksa sebelum tutup buku</translation>
    </message>
    <message>
        <source>Closed and reopened</source>
        <translation>Riwayat tutup dan buka kembali</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>Memeriksa buku…</translation>
    </message>
    <message>
        <source>Fiscal year {year} ({period}) is closed.</source>
        <translation>Tahun buku {year} ({period}) sudah ditutup.</translation>
    </message>
    <message>
        <source>Fiscal year {year} ({period}) is open.</source>
        <translation>Tahun buku {year} ({period}) masih terbuka.</translation>
    </message>
    <message>
        <source>SHU of {year} (income less expenses, closing entries left out): {amount}.</source>
        <translation>SHU tahun {year} (pendapatan dikurangi beban, tanpa jurnal penutup): {amount}.</translation>
    </message>
    <message>
        <source>The year cannot be closed yet: {count} of {total} checks are not met (marked ✗). Put them right and press Check again.</source>
        <translation>Tahun buku belum dapat ditutup: {count} dari {total} pemeriksaan belum terpenuhi (bertanda ✗). Selesaikan lalu tekan Periksa ulang.</translation>
    </message>
    <message>
        <source>The SHU of {year} has been distributed, so the year cannot be reopened: the distribution was made from its figures.</source>
        <translation>SHU {year} sudah dibagi, sehingga tahun buku itu tidak dapat dibuka kembali: pembagiannya dihitung dari angka tahun itu.</translation>
    </message>
    <message>
        <source>Reopen {next} first; a year is reopened after the years after it.</source>
        <translation>Buka kembali tahun {next} lebih dulu; tahun buku dibuka kembali mulai dari yang terakhir.</translation>
    </message>
    <message>
        <source>Close fiscal year {year}?

1. kopdesk first makes a backup of the book.
2. A closing entry dated {end} moves every income and expense of {year} (SHU {surplus}) to SHU tahun berjalan (3502).
3. Fiscal year {next} is opened if it is not yet, and on {start} the SHU moves to SHU belum dibagi (3501), where the RAT&apos;s distribution takes it from.
4. {year} is locked: no entry can be dated in it any more.

Reopening later needs a reason and a second user&apos;s approval.</source>
        <translation>Tutup tahun buku {year}?

1. kopdesk lebih dulu membuat cadangan buku.
2. Jurnal penutup bertanggal {end} memindahkan seluruh pendapatan dan beban {year} (SHU {surplus}) ke SHU tahun berjalan (3502).
3. Tahun buku {next} dibuka bila belum, dan pada {start} SHU dipindahkan ke SHU belum dibagi (3501), tempat pembagian SHU hasil RAT mengambilnya.
4. Tahun {year} dikunci: tidak ada lagi jurnal yang boleh bertanggal di tahun itu.

Membuka kembali nanti memerlukan alasan dan persetujuan pengguna kedua.</translation>
    </message>
    <message>
        <source>Close fiscal year</source>
        <translation>Tutup tahun buku</translation>
    </message>
    <message>
        <source>Closing fiscal year {year}…</source>
        <translation>Menutup tahun buku {year}…</translation>
    </message>
    <message>
        <source>Fiscal year {year} is closed (SHU {surplus}).</source>
        <translation>Tahun buku {year} sudah ditutup (SHU {surplus}).</translation>
    </message>
    <message>
        <source>Journal entries: {entries}.</source>
        <translation>Jurnal: {entries}.</translation>
    </message>
    <message>
        <source>Fiscal year {year} was opened.</source>
        <translation>Tahun buku {year} dibuka.</translation>
    </message>
    <message>
        <source>Backing up the book before closing…</source>
        <translation>Membuat cadangan buku sebelum tutup buku…</translation>
    </message>
    <message>
        <source>Reopen fiscal year {year}</source>
        <translation>Buka kembali tahun buku {year}</translation>
    </message>
    <message>
        <source>Fiscal year {year} is open again; its closing entries were reversed.</source>
        <translation>Tahun buku {year} terbuka kembali; jurnal penutupnya sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>YearCombo</name>
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
    <name>YearlyModel</name>
    <message>
        <source>Year</source>
        <translation>Tahun ke</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Pokok</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Jasa</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Angsuran</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>another kopdesk</source>
        <translation>kopdesk lain</translation>
    </message>
    <message>
        <source>{who} has the book open for writing.</source>
        <translation>{who} sedang membuka buku ini untuk menulis.</translation>
    </message>
    <message>
        <source>This book has no users yet; open it when no other computer is writing to it.</source>
        <translation>Buku ini belum memiliki pengguna; buka saat tidak ada komputer lain yang menulis ke buku ini.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Harian (otomatis)</translation>
    </message>
    <message>
        <source>On closing kopdesk</source>
        <translation>Saat kopdesk ditutup</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Before a member import</source>
        <translation>Sebelum impor anggota</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before a kopdesk update</source>
        <translation>Sebelum pembaruan kopdesk</translation>
    </message>
    <message>
        <source>No note (unchecked file)</source>
        <translation>Tanpa catatan (berkas belum diperiksa)</translation>
    </message>
    <message>
        <source>Before: {what}</source>
        <translation>Sebelum: {what}</translation>
    </message>
</context>
<context>
    <name>file_menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Ganti pengguna…</translation>
    </message>
    <message>
        <source>Open another book…</source>
        <translation>Buka buku lain…</translation>
    </message>
    <message>
        <source>Recent books</source>
        <translation>Buku terakhir</translation>
    </message>
    <message>
        <source>Close kopdesk</source>
        <translation>Tutup kopdesk</translation>
    </message>
    <message>
        <source>{book} (not found)</source>
        <translation>{book} (tidak ditemukan)</translation>
    </message>
    <message>
        <source>No other books yet</source>
        <translation>Belum ada buku lain</translation>
    </message>
    <message>
        <source>Remove books not found</source>
        <translation>Hapus buku yang tidak ditemukan</translation>
    </message>
    <message>
        <source>Open another book</source>
        <translation>Buka buku lain</translation>
    </message>
    <message>
        <source>kopdesk books ({pattern})</source>
        <translation>Buku kopdesk ({pattern})</translation>
    </message>
    <message>
        <source>The book {path} is not there any more.</source>
        <translation>Buku {path} sudah tidak ada di tempatnya.</translation>
    </message>
    <message>
        <source>This book is already open.</source>
        <translation>Buku ini sudah terbuka.</translation>
    </message>
</context>
<context>
    <name>guards</name>
    <message>
        <source>Check the date</source>
        <translation>Periksa tanggal</translation>
    </message>
    <message>
        <source>Post on {date}?</source>
        <translation>Posting dengan tanggal {date}?</translation>
    </message>
    <message>
        <source>&amp;Yes, post on this date</source>
        <translation>&amp;Ya, posting dengan tanggal ini</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Ubah tanggal</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Isian yang Anda ketik belum disimpan. Buang isian itu?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengisi</translation>
    </message>
</context>
<context>
    <name>member_status</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <source>The book does not balance: it was changed outside kopdesk or is damaged. Enter nothing new; open Supervision → Check integrity to see what is wrong, and restore the newest good backup.</source>
        <translation>Buku tidak seimbang: diubah di luar kopdesk atau rusak. Jangan mencatat apa pun dulu; buka Pengawasan → Periksa integritas untuk melihat masalahnya, lalu pulihkan cadangan sehat yang terbaru.</translation>
    </message>
    <message>
        <source>database server</source>
        <translation>server basis data</translation>
    </message>
</context>
<context>
    <name>pengawas</name>
    <message>
        <source>Cash count</source>
        <translation>Kas opname</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Sampel</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>The paper could not be read as a PDF; print it again.</source>
        <translation>Dokumen tidak dapat dibaca sebagai PDF; cetak ulang dokumennya.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is on.</source>
        <translation>Printer tidak dapat dipakai; periksa apakah printer menyala dan tersambung.</translation>
    </message>
    <message>
        <source>This computer has no default printer; choose one here.</source>
        <translation>Komputer ini tidak punya printer utama; pilih printer di pratinjau ini.</translation>
    </message>
    <message>
        <source>{name} sent to the printer {printer}.</source>
        <translation>{name} dikirim ke printer {printer}.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <source>The file is saved at {path}, but this computer has no program set to open it. Open it from its folder, or install a program for this kind of file (for a PDF: a PDF reader).</source>
        <translation>Berkas sudah disimpan di {path}, tetapi komputer ini belum punya program untuk membukanya. Bukalah dari foldernya, atau pasang program untuk jenis berkas ini (untuk PDF: pembaca PDF).</translation>
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
