"""Indonesian for the outstanding-loans import dialog (saldo awal pinjaman)."""

from __future__ import annotations

ID: dict[str, str] = {
    "Import outstanding loans (opening balances)": "Impor saldo awal pinjaman",
    "One journal entry on this date: each loan's remaining principal on its product's "
    "receivable account against 3901 Opening balance equity. Installments paid before "
    "this date are recorded as paid.": (
        "Satu jurnal pada tanggal ini: sisa pokok setiap pinjaman di akun piutang produknya "
        "dengan lawan akun 3901 Ekuitas saldo awal. Angsuran yang dibayar sebelum tanggal "
        "ini dicatat lunas."
    ),
    "Loans outstanding as of (cut-over)": "Pinjaman beredar per (saldo awal)",
    "2. Loans checked (problems in red, warnings in amber)": (
        "2. Pinjaman yang diperiksa (masalah merah, peringatan kuning)"
    ),
    "{name}: <b>{amount}</b> ({count} loans)": "{name}: <b>{amount}</b> ({count} pinjaman)",
    "Remaining principal in total: <b>{amount}</b>": "Jumlah sisa pokok: <b>{amount}</b>",
    "All loans can be imported: {count}.": "Semua pinjaman dapat diimpor: {count}.",
    "{count} warnings (in amber): look at them before you import.": (
        "{count} peringatan (kuning): periksa dulu sebelum mengimpor."
    ),
    "The file has no loans to import.": "Berkas ini tidak berisi pinjaman untuk diimpor.",
    "{count} loans ({numbers}), remaining principal {amount}, posted on {date} ({entry}).": (
        "{count} pinjaman ({numbers}), sisa pokok {amount}, diposting tanggal {date} ({entry})."
    ),
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("LoanRowsModel", "Check"): "Hasil periksa",
    ("LoanRowsModel", "Product"): "Produk",
    ("LoanRowsModel", "Principal"): "Pokok",
    ("LoanRowsModel", "Disbursed"): "Tanggal cair",
    ("LoanRowsModel", "Months"): "Bulan",
    ("LoanRowsModel", "Interest"): "Bunga",
    ("LoanRowsModel", "Paid"): "Dibayar",
    ("LoanRowsModel", "Remaining"): "Sisa pokok",
    ("LoanRowsModel", "By schedule"): "Menurut jadwal",
}
