"""What the Dinas Koperasi collects (ODS annual data, periodic statements) and the
buku administrasi: the list of books and the small registers kopdesk keeps itself
(pengurus/pengawas/karyawan, notulen rapat, saran and anjuran)."""
