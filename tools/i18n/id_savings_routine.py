"""Indonesian for the savings routine panel (month-end, wajib billing, PPh 4(2) list)
and the Produk Simpanan dialog.

Short words that other windows may use too ("Product", "Month", "Tax", ...) are
translated per context, so two modules never claim the same English key.
"""

from __future__ import annotations

ID: dict[str, str] = {
    # SavingsProductsDialog
    "You can see the products' terms; changing them needs the right to manage savings "
    "(Bendahara).": "Anda dapat melihat ketentuan produk; mengubahnya memerlukan hak "
    "mengelola simpanan (Bendahara).",
    "Equity (ekuitas)": "Ekuitas",
    "Liability (liabilitas)": "Liabilitas",
    "Members may withdraw it": "Dapat ditarik anggota",
    "e.g. 4,5": "mis. 4,5",
    "e.g. 1": "mis. 1",
    "Roll over at maturity (ARO)": "Diperpanjang otomatis (ARO)",
    "Amount (paid once)": "Jumlah (dibayar sekali)",
    "Amount per month": "Jumlah per bulan",
    "Per member class": "Per golongan anggota",
    "Interest (jasa simpanan)": "Jasa simpanan",
    "Interest expense account": "Akun beban jasa",
    "Early-break penalty": "Denda pencairan awal",
    "Penalty income account": "Akun pendapatan denda",
    "% per year": "% per tahun",
    "% of the principal": "% dari pokok simpanan",
    "Minimum placement": "Penempatan minimum",
    "{name} saved.": "{name} tersimpan.",
    "Close without saving the changes?": "Tutup tanpa menyimpan perubahan?",
    "Discard the changes to {name}?": "Buang perubahan pada {name}?",
    # ClassAmountsModel
    "Write the class name for the amount {amount}.": "Tulis nama golongan untuk jumlah {amount}.",
    "Class {name} is listed twice.": "Golongan {name} tertulis dua kali.",
    "Class {name}: {problem}": "Golongan {name}: {problem}",
    # MaturitiesModel
    "Rolled over to {date}": "Diperpanjang sampai {date}",
    "Paid into {account}": "Dicairkan ke {account}",
    # MonthEndHistoryModel
    "(nothing to post)": "(tidak ada yang diposting)",
    # WajibBillingModel
    "Total ({count} members late)": "Jumlah ({count} anggota menunggak)",
    # MonthEndTab
    "Term deposits maturing": "Simpanan berjangka yang jatuh tempo",
    "Months already processed": "Bulan yang sudah diproses",
    "{month}: {accounts} accounts earn interest of {gross}; PPh 4(2) withheld {tax} (rate "
    "{rate}% on a member's interest above {threshold} a month); net credited {net}. "
    "{maturities} term deposits mature. One journal entry dated {date}.": "{month}: "
    "{accounts} rekening mendapat jasa {gross}; PPh 4(2) dipotong {tax} (tarif {rate}% atas "
    "jasa anggota di atas {threshold} sebulan); jasa neto dikreditkan {net}. {maturities} "
    "simpanan berjangka jatuh tempo. Satu jurnal bertanggal {date}.",
    "Nothing earned interest or matured in {month}. Posting records the month as processed "
    "without a journal entry.": "Tidak ada jasa atau jatuh tempo pada {month}. Posting "
    "mencatat bulan ini sudah diproses tanpa jurnal.",
    "Post the savings month-end of {month}? Interest {gross}, tax {tax}, {maturities} "
    "maturities, dated {date}. A month is processed only once.": "Posting akhir bulan "
    "simpanan {month}? Jasa {gross}, PPh {tax}, {maturities} jatuh tempo, bertanggal {date}. "
    "Satu bulan hanya diproses sekali.",
    "Savings month-end": "Akhir bulan simpanan",
    "Month-end of {month} posted as journal entry {number}.": (
        "Akhir bulan {month} sudah diposting dengan jurnal {number}."
    ),
    "Month-end of {month} recorded; there was nothing to post.": (
        "Akhir bulan {month} dicatat; tidak ada yang perlu diposting."
    ),
    # WajibTab
    "Only members in arrears": "Hanya anggota yang menunggak",
    "No member is behind with simpanan wajib.": "Tidak ada anggota yang menunggak simpanan wajib.",
    "Through {month}: {late} members are behind; arrears total {total}.": (
        "Sampai {month}: {late} anggota menunggak; jumlah tunggakan {total}."
    ),
    # TaxListTab
    "No interest was paid in {month} ({entry}).": (
        "Tidak ada jasa yang dibayar pada {month} ({entry})."
    ),
    "{month}, journal entry {entry}: {count} members; PPh 4(2) {rate}% on a member's "
    "interest above {threshold} a month. Pay the tax in by the 10th of the next month.": (
        "{month}, jurnal {entry}: {count} anggota; PPh 4(2) {rate}% atas jasa anggota di atas "
        "{threshold} sebulan. Setorkan pajaknya paling lambat tanggal 10 bulan berikutnya."
    ),
    # SavingsRoutinePanel
    "PPh 4(2) list": "Daftar PPh 4(2)",
}

_DIALOG = "SavingsProductsDialog"
_PLAN = "InterestPlanModel"
_MATURITIES = "MaturitiesModel"
_HISTORY = "MonthEndHistoryModel"
_WAJIB = "WajibBillingModel"
_TAX = "TaxListModel"
_PRODUCTS = "SavingsProductListModel"
_CLASSES = "ClassAmountsModel"

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (_DIALOG, "Savings products"): "Produk simpanan",
    (_DIALOG, "(none)"): "(tidak ada)",
    (_DIALOG, "Add class"): "Tambah golongan",
    (_DIALOG, "Remove class"): "Hapus golongan",
    (_DIALOG, " months"): " bulan",
    (_DIALOG, "Product"): "Produk",
    (_DIALOG, "Classification"): "Klasifikasi",
    (_DIALOG, "Control account"): "Akun kontrol",
    (_DIALOG, "Amounts"): "Jumlah",
    (_DIALOG, "Minimum balance"): "Saldo minimum",
    (_DIALOG, "Method"): "Metode",
    (_DIALOG, "Rate"): "Tingkat jasa",
    (_DIALOG, "Term deposit"): "Simpanan berjangka",
    (_DIALOG, "Term"): "Jangka waktu",
    (_CLASSES, "Class"): "Golongan",
    (_CLASSES, "Per month"): "Per bulan",
    (_PLAN, "Account no."): "No. rekening",
    (_PLAN, "Product"): "Produk",
    (_PLAN, "Method"): "Metode",
    (_PLAN, "Rate %/yr"): "Jasa %/thn",
    (_PLAN, "Gross interest"): "Jasa bruto",
    (_PLAN, "Tax"): "PPh",
    (_PLAN, "Net"): "Neto",
    (_PLAN, "Credited to"): "Dikreditkan ke",
    (_MATURITIES, "Account no."): "No. rekening",
    (_MATURITIES, "Principal"): "Pokok",
    (_MATURITIES, "Matures on"): "Jatuh tempo",
    (_MATURITIES, "What happens"): "Tindakan",
    (_HISTORY, "Month"): "Bulan",
    (_HISTORY, "Journal entry"): "Jurnal",
    (_HISTORY, "Gross interest"): "Jasa bruto",
    (_HISTORY, "Tax"): "PPh",
    (_HISTORY, "Posted at"): "Waktu posting",
    (_WAJIB, "Class"): "Golongan",
    (_WAJIB, "Per month"): "Per bulan",
    (_WAJIB, "Billed from"): "Ditagih sejak",
    (_WAJIB, "Months"): "Bulan",
    (_WAJIB, "Due"): "Tagihan",
    (_WAJIB, "Paid"): "Dibayar",
    (_WAJIB, "Arrears"): "Tunggakan",
    (_WAJIB, "Months behind"): "Bulan menunggak",
    (_WAJIB, "Paid ahead"): "Lebih bayar",
    (_TAX, "Gross interest"): "Jasa bruto",
    (_TAX, "Tax withheld"): "PPh dipotong",
    (_TAX, "Net"): "Jasa neto",
    (_PRODUCTS, "Product"): "Produk",
    (_PRODUCTS, "Kind"): "Jenis",
    (_PRODUCTS, "Classification"): "Klasifikasi",
    (_PRODUCTS, "Rate %/yr"): "Jasa %/thn",
    ("MonthEndTab", "Preview"): "Pratinjau",
    ("MonthEndTab", "Post…"): "Posting…",
    ("MonthEndTab", "Month"): "Bulan",
    ("MonthEndTab", "Interest and tax"): "Jasa dan PPh",
    ("TaxListTab", "Month"): "Bulan",
    ("TaxListTab", "no journal entry"): "tanpa jurnal",
    ("SavingsRoutinePanel", "Month-end"): "Akhir bulan",
    ("SavingsRoutinePanel", "Wajib billing"): "Tagihan dan tunggakan wajib",
}
