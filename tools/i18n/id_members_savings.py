"""Indonesian for the savings fields of the member dialog, the savings settings tab and
the savings column of the Laporan page (merged by fill_ts.py)."""

from __future__ import annotations

ID: dict[str, str] = {
    "Wajib class": "Golongan wajib",
    "none: the product's monthly amount": "kosong: jumlah bulanan produk",
    "Final income tax on savings interest: 0% while a member's interest for the month is at "
    "most the threshold, otherwise the rate on all of it (PP 15/2009). Change these only when "
    "the regulation changes.": (
        "PPh final atas jasa simpanan: 0% selama jasa seorang anggota dalam sebulan tidak "
        "melebihi batas, selebihnya tarif dikenakan atas seluruh jasa (PP 15/2009). Ubah hanya "
        "bila peraturannya berubah."
    ),
    "empty: from each member's joining": "kosong: sejak tanggal masuk tiap anggota",
    "Bill simpanan wajib from (DD-MM-YYYY)": "Tagihan simpanan wajib sejak (HH-BB-TTTT)",
    # Laporan page, savings column
    "e.g. A-0001": "misalnya A-0001",
    "Member savings statement": "Mutasi simpanan anggota",
    "Daily cash report": "Laporan kas harian",
    "Cash account": "Akun kas",
    "Savings recap per product": "Rekapitulasi simpanan per produk",
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("SettingsPage", "Savings"): "Simpanan",
    # the Simpanan page's sections and tools
    ("SavingsPage", "Counter"): "Loket",
    ("SavingsPage", "Monthly routine"): "Rutin bulanan",
    ("SavingsPage", "Savings products…"): "Produk simpanan…",
    ("SavingsPage", "Import opening balances…"): "Impor saldo awal…",
    ("SavingsPage", "Import payroll deductions…"): "Impor potong gaji…",
    # the member's history also lists mutations that are not counter transactions
    (
        "SavingsPage",
        "{number} is not a counter transaction and has no receipt of its own; the "
        "member's savings statement (Laporan) shows it.",
    ): (
        "{number} bukan transaksi loket dan tidak punya bukti sendiri; mutasi simpanan "
        "anggota (menu Laporan) memuatnya."
    ),
    (
        "SavingsPage",
        "{number} is not a counter transaction; it is corrected where it was made "
        "(month-end, import or settlement).",
    ): (
        "{number} bukan transaksi loket; koreksinya dilakukan di tempat asalnya (akhir "
        "bulan, impor atau penyelesaian keluar)."
    ),
    # the member's exit settlement
    ("MemberDetail", "Settle exit…"): "Penyelesaian keluar…",
    ("MemberDetail", "Return the savings, offset the loans and record the member's leaving"): (
        "Kembalikan simpanan, perhitungkan pinjaman dan catat keluarnya anggota"
    ),
    # the Pinjaman page's sections and tools
    ("LoansPage", "Loan products…"): "Produk pinjaman…",
    ("LoansPage", "Import opening balances…"): "Impor saldo awal…",
    ("LoansPage", "Loan list"): "Daftar pinjaman",
    ("LoansPage", "Arrears, quality and allowance"): "Tunggakan, kolektibilitas dan PPAP",
    # a new term deposit at the counter
    ("TellerForm", "Term"): "Jangka waktu",
    ("TellerForm", " months"): " bulan",
    ("TellerForm", "Roll over automatically at maturity (ARO)"): (
        "Diperpanjang otomatis saat jatuh tempo (ARO)"
    ),
    ("TellerForm", "Opens a new placement at {rate}% a year."): (
        "Membuka bilyet baru dengan jasa {rate}% setahun."
    ),
}
