"""The koperasi chart of accounts seeded into every new book.

Built from KOPERASI.md §2.3: the grouping follows the Dinas health-exam
template; the 4-digit codes are illustrative ([U]) and a cooperative may add
accounts under any header. Contra accounts carry a balance opposite to their
class (allowance for bad loans, accumulated depreciation, cost of goods sold).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


class Code(StrEnum):
    """Every account of the seeded chart by name: code outside this module names an
    account through ``Code`` or a role below, never as a literal ("1101")."""

    GROUP_KAS_DAN_SETARA_KAS = "1100"
    KAS = "1101"
    KAS_KECIL = "1102"
    BANK_GIRO = "1111"
    BANK_TABUNGAN = "1112"
    DEPOSITO_BANK_3_BULAN = "1113"
    GROUP_PENEMPATAN_PADA_KOPERASI_LEMBAGA_LAIN = "1200"
    SIMPANAN_SUKARELA_DI_KOPERASI_LAIN = "1201"
    SIMPANAN_BERJANGKA_DI_KOPERASI_LAIN = "1202"
    SURAT_BERHARGA = "1203"
    GROUP_PINJAMAN_YANG_DIBERIKAN = "1300"
    PINJAMAN_ANGGOTA_UMUM_KONSUMTIF = "1301"
    PINJAMAN_ANGGOTA_PRODUKTIF_USAHA = "1302"
    PINJAMAN_ANGGOTA_DARURAT_KHUSUS = "1303"
    PINJAMAN_KEPADA_KOPERASI_LAIN = "1304"
    PIUTANG_JASA_PINJAMAN = "1310"
    PIUTANG_LAIN_LAIN = "1320"
    PENYISIHAN_PENGHAPUSAN_PINJAMAN = "1390"
    GROUP_ASET_LANCAR_LAIN = "1400"
    PERSEDIAAN_BARANG = "1401"
    PERLENGKAPAN = "1402"
    PREMI_ASURANSI_DIBAYAR_DIMUKA = "1403"
    BEBAN_DIBAYAR_DIMUKA = "1404"
    PENDAPATAN_YANG_MASIH_AKAN_DITERIMA = "1405"
    GROUP_INVESTASI_JANGKA_PANJANG = "1500"
    SIMPANAN_BERJANGKA_LEBIH_DARI_1_TAHUN = "1501"
    PENYERTAAN_PADA_KOPERASI_SEKUNDER = "1502"
    PENYERTAAN_PADA_LEMBAGA_KEUANGAN_LAIN = "1503"
    INVESTASI_JANGKA_PANJANG_LAIN = "1504"
    GROUP_ASET_TETAP = "1600"
    TANAH = "1601"
    BANGUNAN = "1602"
    KENDARAAN = "1603"
    INVENTARIS_DAN_PERALATAN_KANTOR = "1604"
    AKUMULASI_PENYUSUTAN_BANGUNAN = "1692"
    AKUMULASI_PENYUSUTAN_KENDARAAN = "1693"
    AKUMULASI_PENYUSUTAN_INVENTARIS = "1694"
    GROUP_ASET_TAK_BERWUJUD = "1700"
    PERANGKAT_LUNAK = "1701"
    AKUMULASI_AMORTISASI = "1790"
    GROUP_ASET_LAIN_LAIN = "1800"
    AGUNAN_YANG_DIAMBIL_ALIH = "1801"
    BEBAN_DITANGGUHKAN = "1802"
    GROUP_SIMPANAN_NON_EKUITAS = "2100"
    SIMPANAN_SUKARELA_ANGGOTA = "2101"
    SIMPANAN_BERJANGKA_ANGGOTA = "2102"
    SIMPANAN_KOPERASI_LAIN = "2103"
    SIMPANAN_ANGGOTA_KELUAR_YANG_BELUM_DIBAYAR = "2104"
    GROUP_TITIPAN = "2200"
    TITIPAN_DANA_KESEJAHTERAAN_DANA_SOSIAL_ANGGOTA = "2201"
    TITIPAN_PREMI_ASURANSI = "2202"
    TITIPAN_ZAKAT_INFAK = "2203"
    GROUP_UTANG_LANCAR_LAIN = "2300"
    JASA_SIMPANAN_YANG_MASIH_HARUS_DIBAYAR = "2301"
    BEBAN_YANG_MASIH_HARUS_DIBAYAR = "2302"
    PENDAPATAN_DITERIMA_DIMUKA = "2303"
    UTANG_PPH_PASAL_4_BUNGA_SIMPANAN = "2310"
    UTANG_PPH_21_PPH_BADAN = "2311"
    GROUP_DANA_DANA_PEMBAGIAN_SHU = "2320"
    DANA_PENGURUS = "2322"
    DANA_PENGAWAS = "2323"
    DANA_KARYAWAN = "2324"
    DANA_PENDIDIKAN = "2325"
    DANA_SOSIAL = "2326"
    DANA_PEMBANGUNAN_DAERAH_KERJA = "2327"
    SHU_BAGIAN_ANGGOTA_YANG_BELUM_DIBAYAR = "2321"
    GROUP_PINJAMAN_YANG_DITERIMA = "2400"
    UTANG_BANK = "2401"
    UTANG_LPDB_KUMKM = "2402"
    UTANG_KOPERASI_SEKUNDER_KOPERASI_LAIN = "2403"
    UTANG_SEWA_PEMBIAYAAN = "2404"
    LIABILITAS_LAIN = "2405"
    GROUP_SIMPANAN_ANGGOTA = "3100"
    SIMPANAN_POKOK = "3101"
    SIMPANAN_WAJIB = "3102"
    SIMPANAN_LAIN_BERKARAKTERISTIK_EKUITAS = "3103"
    GROUP_MODAL_PENYERTAAN_DAN_PENYETARAAN = "3200"
    MODAL_PENYERTAAN = "3201"
    MODAL_PENYETARAAN = "3202"
    GROUP_HIBAH = "3300"
    HIBAH_DONASI = "3301"
    GROUP_CADANGAN = "3400"
    CADANGAN_UMUM = "3401"
    CADANGAN_TUJUAN_RISIKO = "3402"
    GROUP_SISA_HASIL_USAHA = "3500"
    SHU_TAHUN_LALU_BELUM_DIBAGI = "3501"
    SHU_TAHUN_BERJALAN = "3502"
    GROUP_PENGHASILAN_KOMPREHENSIF_LAIN = "3600"
    PENGHASILAN_KOMPREHENSIF_LAIN = "3601"
    GROUP_SALDO_AWAL = "3900"
    EKUITAS_SALDO_AWAL = "3901"
    GROUP_PARTISIPASI_ANGGOTA = "4100"
    JASA_PINJAMAN_ANGGOTA = "4101"
    PENDAPATAN_ADMINISTRASI_PINJAMAN = "4102"
    PENDAPATAN_PROVISI = "4103"
    DENDA_KETERLAMBATAN = "4104"
    JASA_PELAYANAN_LAIN = "4105"
    GROUP_PENDAPATAN_DARI_KOPERASI_LAIN_NON_ANGGOTA = "4200"
    JASA_PINJAMAN_NON_ANGGOTA = "4201"
    PENDAPATAN_ADMINISTRASI_NON_ANGGOTA = "4202"
    PENDAPATAN_PROVISI_NON_ANGGOTA = "4203"
    DENDA_KETERLAMBATAN_NON_ANGGOTA = "4204"
    JASA_PELAYANAN_LAIN_NON_ANGGOTA = "4205"
    GROUP_PENJUALAN_UNIT_USAHA_LAIN = "4300"
    PENJUALAN_BARANG = "4301"
    HARGA_POKOK_PENJUALAN = "4390"
    GROUP_PENDAPATAN_LAIN_LAIN = "4900"
    JASA_GIRO_BUNGA_BANK = "4901"
    BAGI_HASIL_PENYERTAAN = "4902"
    PENDAPATAN_SEWA = "4903"
    PENDAPATAN_LAIN_LAIN = "4999"
    GROUP_BEBAN_JASA_SIMPANAN_DAN_MODAL = "5100"
    JASA_SIMPANAN_SUKARELA_ANGGOTA = "5101"
    JASA_SIMPANAN_BERJANGKA_ANGGOTA = "5102"
    JASA_SIMPANAN_KOPERASI_LAIN = "5103"
    BUNGA_UTANG_BANK_JASA_MODAL_PENYERTAAN = "5104"
    GROUP_BEBAN_USAHA = "5200"
    BEBAN_PENYISIHAN_PENGHAPUSAN_PINJAMAN = "5201"
    GAJI_HONOR_KARYAWAN = "5202"
    PERLENGKAPAN_DAN_ALAT_TULIS = "5203"
    ASURANSI = "5204"
    LISTRIK_AIR_TELEPON_INTERNET = "5205"
    PENYUSUTAN_DAN_AMORTISASI = "5206"
    PEMELIHARAAN = "5207"
    PROMOSI = "5208"
    KONSUMSI_TRANSPORT_ADMINISTRASI_UMUM = "5209"
    PAJAK_DAN_RETRIBUSI = "5210"
    BEBAN_OPERASIONAL_LAIN = "5299"
    GROUP_BEBAN_PERKOPERASIAN = "5300"
    PENDIDIKAN_DAN_PELATIHAN_PERKOPERASIAN = "5301"
    PEMBINAAN_ANGGOTA = "5302"
    RAPAT_ANGGOTA_RAT = "5303"
    HONOR_PENGURUS_DAN_PENGAWAS = "5304"
    IURAN_GERAKAN_KOPERASI = "5305"
    GROUP_BEBAN_LAIN_LAIN = "5900"
    BEBAN_LAIN_LAIN = "5901"
    PAJAK_PENGHASILAN_BADAN = "5990"


# Account roles: which accounts play a part the services rely on.
PAYMENT_ACCOUNTS: tuple[Code, ...] = (Code.KAS, Code.KAS_KECIL, Code.BANK_GIRO, Code.BANK_TABUNGAN)
"""Where money paid in at the counter goes and money paid out comes from."""
CASH_AND_EQUIVALENTS: tuple[Code, ...] = (
    *PAYMENT_ACCOUNTS,
    Code.DEPOSITO_BANK_3_BULAN,
)
"""Kas dan setara kas (group 1100): the payment accounts and bank deposits of ≤ 3 months."""
CASH: Code = Code.KAS
"""The cash drawer: the default payment account."""
OPENING_EQUITY: Code = Code.EKUITAS_SALDO_AWAL
"""The balancing account of opening balances (saldo awal)."""
LOAN_ALLOWANCE: Code = Code.PENYISIHAN_PENGHAPUSAN_PINJAMAN
"""The allowance for loan losses (PPAP), a contra asset."""
LOAN_ALLOWANCE_EXPENSE: Code = Code.BEBAN_PENYISIHAN_PENGHAPUSAN_PINJAMAN
CURRENT_SURPLUS: Code = Code.SHU_TAHUN_BERJALAN
"""Where the year-end close moves the year's income and expenses."""
UNDISTRIBUTED_SURPLUS: Code = Code.SHU_TAHUN_LALU_BELUM_DIBAGI
"""Earlier years' SHU until the RAT shares it."""
MEMBER_SHU_PAYABLE: Code = Code.SHU_BAGIAN_ANGGOTA_YANG_BELUM_DIBAYAR
"""Members' SHU shares posted and not yet paid."""
