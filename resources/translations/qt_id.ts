<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
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
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan rincian...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian...</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Apa ini?</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Masukkan nilai:</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Lanjut</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjut</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Batalkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ulangi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin &amp;alamat tautan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Pilih semua</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Naik satu</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Turun satu</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Sisipkan karakter kendali Unicode</translation>
        </message>
        <message>
            <source>LRM Left-to-right mark</source>
            <translation>LRM Left-to-right mark</translation>
        </message>
        <message>
            <source>RLM Right-to-left mark</source>
            <translation>RLM Right-to-left mark</translation>
        </message>
        <message>
            <source>ZWJ Zero width joiner</source>
            <translation>ZWJ Zero width joiner</translation>
        </message>
        <message>
            <source>ZWNJ Zero width non-joiner</source>
            <translation>ZWNJ Zero width non-joiner</translation>
        </message>
        <message>
            <source>ZWSP Zero width space</source>
            <translation>ZWSP Zero width space</translation>
        </message>
        <message>
            <source>LRE Start of left-to-right embedding</source>
            <translation>LRE Start of left-to-right embedding</translation>
        </message>
        <message>
            <source>RLE Start of right-to-left embedding</source>
            <translation>RLE Start of right-to-left embedding</translation>
        </message>
        <message>
            <source>LRO Start of left-to-right override</source>
            <translation>LRO Start of left-to-right override</translation>
        </message>
        <message>
            <source>RLO Start of right-to-left override</source>
            <translation>RLO Start of right-to-left override</translation>
        </message>
        <message>
            <source>PDF Pop directional formatting</source>
            <translation>PDF Pop directional formatting</translation>
        </message>
        <message>
            <source>LRI Left-to-right isolate</source>
            <translation>LRI Left-to-right isolate</translation>
        </message>
        <message>
            <source>RLI Right-to-left isolate</source>
            <translation>RLI Right-to-left isolate</translation>
        </message>
        <message>
            <source>FSI First strong isolate</source>
            <translation>FSI First strong isolate</translation>
        </message>
        <message>
            <source>PDI Pop directional isolate</source>
            <translation>PDI Pop directional isolate</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis berkas:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Lihat di:</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Lihat di:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;baru</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Tampilkan sebagai daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rinci</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Tampilkan rincian</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah samping</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan markah</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terakhir</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tampilkan </translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Cari folder</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Ganti berkas itu?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Periksa nama berkasnya.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Periksa nama foldernya.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Yakin akan menghapus '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folder tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer saya</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Folder berkas</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Pintasan</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak dikenal</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Semua halaman</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Halaman ganjil</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Halaman genap</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Pilihan &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Pilihan &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Cetak</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Cetak ke berkas (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Berkas di komputer ini</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Menulis berkas PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roperti</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lokasi:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Berkas hasil:</translation>
        </message>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Halaman yang dicetak</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Semua halaman</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Tulis halaman atau rentang halaman dipisah koma; rentang ditulis dua angka dengan tanda hubung. Contoh: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Halaman ini</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Bagian terpilih</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Kumpulan halaman:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Pengaturan hasil</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Rangkap:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Susun per rangkap</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Urutan terbalik</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Rangkap</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Warna</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Berwarna</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Hitam putih</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Cetak bolak-balik</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Jilid sisi panjang</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Jilid sisi pendek</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pilihan</translation>
        </message>
    </context>
</TS>
