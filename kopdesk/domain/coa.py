"""The koperasi chart of accounts seeded into every new book.

Built from KOPERASI.md §2.3: the grouping follows the Dinas health-exam
template; the 4-digit codes are illustrative ([U]) and a cooperative may add
accounts under any header. Contra accounts carry a balance opposite to their
class (allowance for bad loans, accumulated depreciation, cost of goods sold).
"""

from __future__ import annotations

from dataclasses import dataclass

from kopdesk.domain.ledger import AccountType


@dataclass(frozen=True)
class SeedAccount:
    code: str
    name: str
    type: AccountType
    parent: str | None
    postable: bool
    contra: bool = False


A, L, E, P, X = (
    AccountType.ASET,
    AccountType.LIABILITAS,
    AccountType.EKUITAS,
    AccountType.PENDAPATAN,
    AccountType.BEBAN,
)

# (code, name, parent, postable, contra); the class follows from the first digit.
_ROWS: tuple[tuple[str, str, str | None, bool, bool], ...] = (
    ("1", "ASET", None, False, False),
    ("1100", "Kas dan setara kas", "1", False, False),
    ("1101", "Kas", "1100", True, False),
    ("1102", "Kas kecil", "1100", True, False),
    ("1111", "Bank - giro", "1100", True, False),
    ("1112", "Bank - tabungan", "1100", True, False),
    ("1113", "Deposito bank sampai dengan 3 bulan", "1100", True, False),
    ("1200", "Penempatan pada koperasi / lembaga lain", "1", False, False),
    ("1201", "Simpanan sukarela di koperasi lain", "1200", True, False),
    ("1202", "Simpanan berjangka di koperasi lain", "1200", True, False),
    ("1203", "Surat berharga", "1200", True, False),
    ("1300", "Pinjaman yang diberikan", "1", False, False),
    ("1301", "Pinjaman anggota - umum/konsumtif", "1300", True, False),
    ("1302", "Pinjaman anggota - produktif/usaha", "1300", True, False),
    ("1303", "Pinjaman anggota - darurat/khusus", "1300", True, False),
    ("1304", "Pinjaman kepada koperasi lain", "1300", True, False),
    ("1310", "Piutang jasa pinjaman", "1300", True, False),
    ("1320", "Piutang lain-lain", "1300", True, False),
    ("1390", "Penyisihan penghapusan pinjaman", "1300", True, True),
    ("1400", "Aset lancar lain", "1", False, False),
    ("1401", "Persediaan barang", "1400", True, False),
    ("1402", "Perlengkapan", "1400", True, False),
    ("1403", "Premi asuransi dibayar dimuka", "1400", True, False),
    ("1404", "Beban dibayar dimuka", "1400", True, False),
    ("1405", "Pendapatan yang masih akan diterima", "1400", True, False),
    ("1500", "Investasi jangka panjang", "1", False, False),
    ("1501", "Simpanan berjangka lebih dari 1 tahun", "1500", True, False),
    ("1502", "Penyertaan pada koperasi sekunder", "1500", True, False),
    ("1503", "Penyertaan pada lembaga keuangan lain", "1500", True, False),
    ("1504", "Investasi jangka panjang lain", "1500", True, False),
    ("1600", "Aset tetap", "1", False, False),
    ("1601", "Tanah", "1600", True, False),
    ("1602", "Bangunan", "1600", True, False),
    ("1603", "Kendaraan", "1600", True, False),
    ("1604", "Inventaris dan peralatan kantor", "1600", True, False),
    ("1692", "Akumulasi penyusutan bangunan", "1600", True, True),
    ("1693", "Akumulasi penyusutan kendaraan", "1600", True, True),
    ("1694", "Akumulasi penyusutan inventaris", "1600", True, True),
    ("1700", "Aset tak berwujud", "1", False, False),
    ("1701", "Perangkat lunak", "1700", True, False),
    ("1790", "Akumulasi amortisasi", "1700", True, True),
    ("1800", "Aset lain-lain", "1", False, False),
    ("1801", "Agunan yang diambil alih (AYDA)", "1800", True, False),
    ("1802", "Beban ditangguhkan", "1800", True, False),
    ("2", "LIABILITAS", None, False, False),
    ("2100", "Simpanan non-ekuitas", "2", False, False),
    ("2101", "Simpanan sukarela anggota", "2100", True, False),
    ("2102", "Simpanan berjangka anggota", "2100", True, False),
    ("2103", "Simpanan koperasi lain", "2100", True, False),
    ("2104", "Simpanan anggota keluar yang belum dibayar", "2100", True, False),
    ("2200", "Titipan", "2", False, False),
    ("2201", "Titipan dana kesejahteraan / dana sosial anggota", "2200", True, False),
    ("2202", "Titipan premi asuransi", "2200", True, False),
    ("2203", "Titipan zakat / infak", "2200", True, False),
    ("2300", "Utang lancar lain", "2", False, False),
    ("2301", "Jasa simpanan yang masih harus dibayar", "2300", True, False),
    ("2302", "Beban yang masih harus dibayar", "2300", True, False),
    ("2303", "Pendapatan diterima dimuka", "2300", True, False),
    ("2310", "Utang PPh Pasal 4(2) bunga simpanan", "2300", True, False),
    ("2311", "Utang PPh 21 / PPh badan", "2300", True, False),
    ("2320", "Dana-dana pembagian SHU", "2300", False, False),
    ("2322", "Dana pengurus", "2320", True, False),
    ("2323", "Dana pengawas", "2320", True, False),
    ("2324", "Dana karyawan", "2320", True, False),
    ("2325", "Dana pendidikan", "2320", True, False),
    ("2326", "Dana sosial", "2320", True, False),
    ("2327", "Dana pembangunan daerah kerja", "2320", True, False),
    ("2321", "SHU bagian anggota yang belum dibayar", "2300", True, False),
    ("2400", "Pinjaman yang diterima", "2", False, False),
    ("2401", "Utang bank", "2400", True, False),
    ("2402", "Utang LPDB-KUMKM", "2400", True, False),
    ("2403", "Utang koperasi sekunder / koperasi lain", "2400", True, False),
    ("2404", "Utang sewa pembiayaan", "2400", True, False),
    ("2405", "Liabilitas lain", "2400", True, False),
    ("3", "EKUITAS", None, False, False),
    ("3100", "Simpanan anggota", "3", False, False),
    ("3101", "Simpanan pokok", "3100", True, False),
    ("3102", "Simpanan wajib", "3100", True, False),
    ("3103", "Simpanan lain berkarakteristik ekuitas", "3100", True, False),
    ("3200", "Modal penyertaan dan penyetaraan", "3", False, False),
    ("3201", "Modal penyertaan", "3200", True, False),
    ("3202", "Modal penyetaraan", "3200", True, False),
    ("3300", "Hibah", "3", False, False),
    ("3301", "Hibah / donasi (modal sumbangan)", "3300", True, False),
    ("3400", "Cadangan", "3", False, False),
    ("3401", "Cadangan umum", "3400", True, False),
    ("3402", "Cadangan tujuan risiko", "3400", True, False),
    ("3500", "Sisa hasil usaha", "3", False, False),
    ("3501", "SHU tahun lalu belum dibagi", "3500", True, False),
    ("3502", "SHU tahun berjalan", "3500", True, False),
    ("3600", "Penghasilan komprehensif lain", "3", False, False),
    ("3601", "Penghasilan komprehensif lain", "3600", True, False),
    ("3900", "Saldo awal", "3", False, False),
    ("3901", "Ekuitas saldo awal (penyeimbang)", "3900", True, False),
    ("4", "PENDAPATAN", None, False, False),
    ("4100", "Partisipasi anggota", "4", False, False),
    ("4101", "Jasa pinjaman anggota", "4100", True, False),
    ("4102", "Pendapatan administrasi pinjaman", "4100", True, False),
    ("4103", "Pendapatan provisi", "4100", True, False),
    ("4104", "Denda keterlambatan", "4100", True, False),
    ("4105", "Jasa pelayanan lain", "4100", True, False),
    ("4200", "Pendapatan dari koperasi lain / non-anggota", "4", False, False),
    ("4201", "Jasa pinjaman non-anggota", "4200", True, False),
    ("4202", "Pendapatan administrasi non-anggota", "4200", True, False),
    ("4203", "Pendapatan provisi non-anggota", "4200", True, False),
    ("4204", "Denda keterlambatan non-anggota", "4200", True, False),
    ("4205", "Jasa pelayanan lain non-anggota", "4200", True, False),
    ("4300", "Penjualan unit usaha lain", "4", False, False),
    ("4301", "Penjualan barang", "4300", True, False),
    ("4390", "Harga pokok penjualan", "4300", True, True),
    ("4900", "Pendapatan lain-lain", "4", False, False),
    ("4901", "Jasa giro / bunga bank", "4900", True, False),
    ("4902", "Bagi hasil penyertaan", "4900", True, False),
    ("4903", "Pendapatan sewa", "4900", True, False),
    ("4999", "Pendapatan lain-lain", "4900", True, False),
    ("5", "BEBAN", None, False, False),
    ("5100", "Beban jasa simpanan dan modal", "5", False, False),
    ("5101", "Jasa simpanan sukarela anggota", "5100", True, False),
    ("5102", "Jasa simpanan berjangka anggota", "5100", True, False),
    ("5103", "Jasa simpanan koperasi lain", "5100", True, False),
    ("5104", "Bunga utang bank / jasa modal penyertaan", "5100", True, False),
    ("5200", "Beban usaha", "5", False, False),
    ("5201", "Beban penyisihan penghapusan pinjaman", "5200", True, False),
    ("5202", "Gaji / honor karyawan", "5200", True, False),
    ("5203", "Perlengkapan dan alat tulis", "5200", True, False),
    ("5204", "Asuransi", "5200", True, False),
    ("5205", "Listrik, air, telepon, internet", "5200", True, False),
    ("5206", "Penyusutan dan amortisasi", "5200", True, False),
    ("5207", "Pemeliharaan", "5200", True, False),
    ("5208", "Promosi", "5200", True, False),
    ("5209", "Konsumsi, transport, administrasi umum", "5200", True, False),
    ("5210", "Pajak dan retribusi", "5200", True, False),
    ("5299", "Beban operasional lain", "5200", True, False),
    ("5300", "Beban perkoperasian", "5", False, False),
    ("5301", "Pendidikan dan pelatihan perkoperasian", "5300", True, False),
    ("5302", "Pembinaan anggota", "5300", True, False),
    ("5303", "Rapat anggota / RAT", "5300", True, False),
    ("5304", "Honor pengurus dan pengawas", "5300", True, False),
    ("5305", "Iuran gerakan koperasi (Dekopin)", "5300", True, False),
    ("5900", "Beban lain-lain", "5", False, False),
    ("5901", "Beban lain-lain", "5900", True, False),
    ("5990", "Pajak penghasilan badan", "5900", True, False),
)

_CLASS_BY_DIGIT = {"1": A, "2": L, "3": E, "4": P, "5": X}

KOPERASI_CHART: tuple[SeedAccount, ...] = tuple(
    SeedAccount(code, name, _CLASS_BY_DIGIT[code[0]], parent, postable, contra)
    for code, name, parent, postable, contra in _ROWS
)
"""The seeded chart, parents before children."""
