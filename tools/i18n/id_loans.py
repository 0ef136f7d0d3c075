"""Indonesian for the Pinjaman page, its dialogs (simulation, application, decision,
disbursement, payoff, restructuring, write-off) and the member detail's Pinjaman tab.

Everything is keyed by context (the widget class), so a short word here never
clashes with the same English word elsewhere.
"""

from __future__ import annotations

ID: dict[str, str] = {}

MONTHS = {" months": " bulan"}
REASON = {"Write the reason (at least 5 letters).": "Tulis alasannya (paling sedikit 5 huruf)."}

_BY_CLASS: dict[str, dict[str, str]] = {
    "MainWindow": {"Loans": "Pinjaman"},
    "MemberDetail": {
        "Loans": "Pinjaman",
        "Outstanding loans: {amount}": "Sisa pinjaman: {amount}",
    },
    "LoansPage": {
        "Loans": "Pinjaman",
        "All loans": "Semua pinjaman",
        "Approval queue": "Antrean persetujuan",
        "Approval queue ({count})": "Antrean persetujuan ({count})",
        "All statuses": "Semua status",
        "Running and waiting": "Berjalan dan menunggu",
        "Search loan no., member no. or name": "Cari no. pinjaman, no. anggota atau nama",
        "New application…": "Pengajuan baru…",
        "Simulation…": "Simulasi…",
        "Approve…": "Setujui…",
        "Reject…": "Tolak…",
        "Disburse…": "Cairkan…",
        "Pay off…": "Lunasi…",
        "Restructure…": "Restrukturisasi…",
        "Write off…": "Hapus buku…",
        "Print agreement": "Cetak perjanjian",
        "Print loan card": "Cetak kartu pinjaman",
        "{count} loans · outstanding {amount} · {late} late": (
            "{count} pinjaman · sisa pokok {amount} · {late} menunggak"
        ),
        "Application {number} saved; it waits for approval.": (
            "Pengajuan {number} disimpan; menunggu persetujuan."
        ),
        "Loan {number} approved.": "Pinjaman {number} disetujui.",
        "Loan {number} rejected.": "Pinjaman {number} ditolak.",
        "Loan {number} disbursed: {amount} paid out ({event}).": (
            "Pinjaman {number} dicairkan: {amount} dibayarkan ({event})."
        ),
        "Loan {number} paid off with {amount} ({event}).": (
            "Pinjaman {number} dilunasi sebesar {amount} ({event})."
        ),
        "Restructure loan {number}": "Restrukturisasi pinjaman {number}",
        "Loan {old} restructured into {new}.": "Pinjaman {old} direstrukturisasi menjadi {new}.",
        "Write off loan {number}": "Hapus buku pinjaman {number}",
        "Loan {number} written off ({event}).": "Pinjaman {number} dihapus buku ({event}).",
    },
    "LoanListModel": {
        "Loan no.": "No. pinjaman",
        "Member no.": "No. anggota",
        "Name": "Nama",
        "Product": "Produk",
        "Status": "Status",
        "Amount": "Pokok",
        "Outstanding": "Sisa pokok",
        "Days late": "Hari tunggak",
        "Kolektibilitas": "Kolektibilitas",
    },
    "SchedulePreviewModel": {
        "No.": "Ke",
        "Due date": "Jatuh tempo",
        "Principal": "Pokok",
        "Interest": "Jasa",
        "Installment": "Angsuran",
        "Balance": "Sisa pokok",
        "Total": "Jumlah",
    },
    "InstallmentStatesModel": {
        "No.": "Ke",
        "Due date": "Jatuh tempo",
        "Installment": "Angsuran",
        "Principal paid": "Pokok dibayar",
        "Interest paid": "Jasa dibayar",
        "Late fee owed": "Denda terutang",
        "Still owed": "Sisa tagihan",
        "State": "Keadaan",
        "paid": "lunas",
        "late": "tunggak",
        "not yet due": "belum jatuh tempo",
    },
    "LoanEventsModel": {
        "No.": "No.",
        "Date": "Tanggal",
        "Kind": "Jenis",
        "Cash": "Kas",
        "Principal": "Pokok",
        "Interest": "Jasa",
        "Late fee": "Denda",
        "Outstanding after": "Sisa pokok",
        "By": "Oleh",
        "Note": "Catatan",
    },
    "YearlyModel": {
        "Year": "Tahun ke",
        "Principal": "Pokok",
        "Interest": "Jasa",
        "Installments": "Angsuran",
    },
    "SchedulePreview": {
        "Per year": "Per tahun",
        "Installment {first} (first) down to {last} (last)": (
            "Angsuran {first} (pertama) turun sampai {last} (terakhir)"
        ),
        "Installment {amount} per month": "Angsuran {amount} per bulan",
        "{n} installments: principal {principal}, interest {interest}, together {total}": (
            "{n} kali angsuran: pokok {principal}, jasa {interest}, seluruhnya {total}"
        ),
        "Stated rate {rate}% {period}, method {method}. Flat equivalent {flat}% per month; "
        "effective rate {eff_month}% per month = {eff_year}% per year.": (
            "Bunga {rate}% {period}, metode {method}. Setara flat {flat}% per bulan; bunga "
            "efektif {eff_month}% per bulan = {eff_year}% per tahun."
        ),
    },
    "SimulationDialog": {
        **MONTHS,
        "Installment simulation": "Simulasi angsuran",
        "(own terms)": "(isi sendiri)",
        "Print…": "Cetak…",
        "Take terms of": "Ambil ketentuan",
        "Principal (Rp)": "Pokok pinjaman (Rp)",
        "Interest rate": "Bunga",
        "Tenor": "Jangka waktu",
        "Method": "Metode",
        "Rounding": "Pembulatan",
        "Disbursed on": "Tanggal cair",
    },
    "ApplicationDialog": {
        **MONTHS,
        "New loan application": "Pengajuan pinjaman baru",
        "e.g. 5.000.000": "mis. 5.000.000",
        "e.g. BPKB motor Honda Beat 2019": "mis. BPKB motor Honda Beat 2019",
        "One guarantor per line": "Satu penjamin per baris",
        "Save application": "Simpan pengajuan",
        "Member": "Anggota",
        "Product": "Produk",
        "Amount (Rp)": "Jumlah (Rp)",
        "Tenor": "Jangka waktu",
        "Purpose": "Tujuan",
        "Collateral": "Agunan",
        "Collateral value (Rp)": "Nilai agunan (Rp)",
        "Guarantors": "Penjamin",
        "Application date": "Tanggal pengajuan",
        "Fees": "Biaya",
        "Chosen: {number}": "Dipilih: {number}",
        "No active loan product.": "Tidak ada produk pinjaman yang aktif.",
        "{method}, {rate}% {period}; {low} to {high}; {min_tenor}–{max_tenor} months": (
            "{method}, {rate}% {period}; {low} s.d. {high}; {min_tenor}–{max_tenor} bulan"
        ),
        "Provisi {provisi}, administration {admin}; paid out {net}": (
            "Provisi {provisi}, administrasi {admin}; diterima {net}"
        ),
        "Choose the member first.": "Pilih anggotanya dulu.",
        "Choose a loan product.": "Pilih produk pinjaman.",
    },
    "LoanDetail": {
        "Terms": "Ketentuan",
        "Schedule": "Jadwal angsuran",
        "Events": "Transaksi",
        "Bill": "Tagihan",
        "Product": "Produk",
        "Principal": "Pokok",
        "Fees": "Biaya",
        "Disbursed": "Dicairkan",
        "Purpose": "Tujuan",
        "Collateral": "Agunan",
        "Guarantors": "Penjamin",
        "Applied": "Diajukan",
        "Decision": "Keputusan",
        "No loan selected": "Belum ada pinjaman yang dipilih",
        "Choose a loan in the list.": "Pilih pinjaman di daftar.",
        "Waiting for approval. Please note:": "Menunggu persetujuan. Perhatikan:",
        "Warnings recorded at approval:": "Peringatan yang dicatat saat persetujuan:",
        "provisi {provisi}, administration {admin}; paid out {net}": (
            "provisi {provisi}, administrasi {admin}; dibayarkan {net}"
        ),
        "charged at disbursement": "dipotong saat pencairan",
        "; closed {date}": "; ditutup {date}",
        "; restructured into {number}": "; direstrukturisasi menjadi {number}",
        "; restructures {number}": "; restrukturisasi dari {number}",
        "{tenor} months, {rate}% {period}, {method}": "{tenor} bulan, {rate}% {period}, {method}",
        "Only a running loan has a bill.": "Hanya pinjaman yang berjalan yang punya tagihan.",
        "Next installment {amount} due {date}.": (
            "Angsuran berikutnya {amount} jatuh tempo {date}."
        ),
        "As of {date}: principal due {principal}, interest due {interest}, late fees "
        "{late}; to pay now {total}. {days} days late.\n{next}\nRemaining principal "
        "{outstanding}; payoff today {payoff}.": (
            "Per {date}: pokok jatuh tempo {principal}, jasa jatuh tempo {interest}, denda "
            "{late}; harus dibayar sekarang {total}. Tunggakan {days} hari.\n{next}\nSisa "
            "pokok {outstanding}; pelunasan hari ini {payoff}."
        ),
    },
    "DecisionDialog": {
        **REASON,
        "Approve loan application": "Setujui pengajuan pinjaman",
        "Reject loan application": "Tolak pengajuan pinjaman",
        "{tenor} months, {rate}% {period}, {method}. Entered by {user}.": (
            "{tenor} bulan, {rate}% {period}, {method}. Dicatat oleh {user}."
        ),
        "Please note before deciding:": "Perhatikan sebelum memutuskan:",
        "No warnings: no related-party limit or arrears.": (
            "Tidak ada peringatan: batas pihak terkait dan tunggakan aman."
        ),
        "Optional note": "Catatan (boleh kosong)",
        "Why the application is rejected": "Alasan pengajuan ditolak",
        "Date": "Tanggal",
        "Note": "Catatan",
        "Reason": "Alasan",
        "Approve": "Setujui",
        "Reject": "Tolak",
    },
    "DisburseDialog": {
        "Disburse loan": "Pencairan pinjaman",
        "Principal {amount}\nless provisi {provisi} and administration {admin}\n"
        "Paid out to the member: {net}": (
            "Pokok {amount}\ndikurangi provisi {provisi} dan administrasi {admin}\n"
            "Dibayarkan kepada anggota: {net}"
        ),
        "Date": "Tanggal",
        "Paid from": "Dibayar dari",
        "Net amount": "Jumlah bersih",
        "Disburse {net}": "Cairkan {net}",
    },
    "PayoffDialog": {
        "Pay off loan": "Pelunasan pinjaman",
        "Date": "Tanggal",
        "Received in": "Diterima di",
        "Payoff amount": "Jumlah pelunasan",
        "Pay off": "Lunasi",
        "Late fees {late}\nInterest due so far {interest}\nRemaining principal {principal}\n"
        "(interest of installments not yet due is not charged)": (
            "Denda {late}\nJasa yang sudah jatuh tempo {interest}\nSisa pokok {principal}\n"
            "(jasa angsuran yang belum jatuh tempo tidak ditagih)"
        ),
    },
    "RestructureDialog": {
        **MONTHS,
        **REASON,
        "Restructure loan": "Restrukturisasi pinjaman",
        "e.g. Usaha terdampak banjir, angsuran diringankan": (
            "mis. Usaha terdampak banjir, angsuran diringankan"
        ),
        "Date": "Tanggal",
        "New tenor": "Jangka waktu baru",
        "Rate (%) {period}": "Bunga (%) {period}",
        "Method": "Metode",
        "Reason": "Alasan",
        "The remaining principal {amount} becomes a new loan with a new schedule; unpaid "
        "interest and late fees of this loan are waived. A second user must approve.": (
            "Sisa pokok {amount} menjadi pinjaman baru dengan jadwal baru; jasa dan denda "
            "yang belum dibayar pada pinjaman ini dihapuskan. Perlu persetujuan pengguna kedua."
        ),
        "Restructure": "Restrukturisasi",
        "New installment {amount} (first of {n})": "Angsuran baru {amount} (pertama dari {n})",
    },
    "WriteOffDialog": {
        **REASON,
        "Write off loan": "Hapus buku pinjaman",
        "The remaining principal {amount} is taken off the books against the allowance "
        "(PPAP); what it does not cover is an expense. The member still owes it. A second "
        "user must approve.": (
            "Sisa pokok {amount} dihapus dari buku dengan cadangan (PPAP); yang tidak "
            "tertutup cadangan menjadi beban. Anggota tetap berutang. Perlu persetujuan "
            "pengguna kedua."
        ),
        "e.g. Macet lebih dari 2 tahun, agunan tidak ada": (
            "mis. Macet lebih dari 2 tahun, agunan tidak ada"
        ),
        "Date": "Tanggal",
        "Reason": "Alasan",
        "Write off": "Hapus buku",
    },
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): text
    for context, texts in _BY_CLASS.items()
    for source, text in texts.items()
}
