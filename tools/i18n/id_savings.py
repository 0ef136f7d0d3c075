"""Indonesian for the Simpanan page (teller screen), its correction dialog and the
Simpanan tab of the member detail panel.

Short words that other savings windows may use too ("Product", "Kind", ...) are
translated per context, so two modules never claim the same English key.
"""

from __future__ import annotations

ID: dict[str, str] = {
    # CorrectionDialog
    "Correct a savings transaction": "Koreksi transaksi simpanan",
    "{summary}\n\nThe transaction is cancelled by a correcting transaction with its own "
    "receipt number; the original stays in the books.": "{summary}\n\nTransaksi ini "
    "dibatalkan dengan transaksi koreksi yang punya nomor bukti sendiri; transaksi asli "
    "tetap ada di buku.",
    "e.g. Amount typed wrongly, should be 50.000": "mis. jumlah salah ketik, seharusnya 50.000",
    "Date of the correction": "Tanggal koreksi",
    "Write why it is corrected (at least 5 letters).": (
        "Tulis alasan koreksi (paling sedikit 5 huruf)."
    ),
    # MemberDetail, SavingsPage
    "Latest {count} transactions": "{count} transaksi terakhir",
    "Total savings: {amount}": "Jumlah simpanan: {amount}",
    # MemberFinder
    "Member: type a number or name, Enter picks (Ctrl+F)": (
        "Anggota: ketik nomor atau nama, Enter memilih (Ctrl+F)"
    ),
    # SavingsPage
    "Receipt A5 (Ctrl+P)": "Bukti A5 (Ctrl+P)",
    "Receipt 58 mm": "Bukti 58 mm",
    "Today at the counter": "Transaksi hari ini",
    "Member history": "Riwayat anggota",
    "The receipt of the selected transaction (A5)": "Bukti transaksi yang dipilih (A5)",
    "Cancel the selected transaction with a correcting one": (
        "Batalkan transaksi yang dipilih dengan transaksi koreksi"
    ),
    "The book is open read-only: no transactions can be recorded here.": (
        "Buku dibuka hanya-baca: tidak ada transaksi yang dapat dicatat di sini."
    ),
    "Read only: as {role} you can look at members' savings, but deposits, withdrawals and "
    "transfers are recorded by the Kasir or Bendahara.": "Hanya lihat: sebagai {role} Anda "
    "dapat melihat simpanan anggota; setoran, penarikan dan pemindahbukuan dicatat oleh "
    "Kasir atau Bendahara.",
    "No member chosen": "Belum ada anggota yang dipilih",
    "Type a member number or name above and press Enter.": (
        "Ketik nomor atau nama anggota di atas, lalu tekan Enter."
    ),
    "Simpanan wajib arrears: {amount} ({months} months)": (
        "Tunggakan wajib: {amount} ({months} bulan)"
    ),
    "Simpanan wajib paid ahead: {amount}": "Simpanan wajib lebih bayar {amount}",
    "Simpanan wajib paid up": "Simpanan wajib lunas",
    " to {product}": " ke {product}",
    "Saved as {number}: {kind} {product}{target} {amount}. Balance now {balance}.": (
        "Tersimpan dengan nomor {number}: {kind} {product}{target} {amount}. "
        "Saldo sekarang {balance}."
    ),
    "Savings transaction {number} saved.": "Transaksi simpanan {number} tersimpan.",
    "Receipts cannot be printed by this version of kopdesk yet. Transaction {number} is "
    "saved; its receipt can be printed later from the member's history.": "Bukti transaksi "
    "belum dapat dicetak oleh versi kopdesk ini. Transaksi {number} sudah tersimpan; "
    "buktinya dapat dicetak nanti dari riwayat anggota.",
    "Correct savings transaction {number}": "Koreksi transaksi simpanan {number}",
    "Transaction {number} corrected by {correction}.": (
        "Transaksi {number} dikoreksi dengan {correction}."
    ),
    # TellerForm
    "e.g. 1.250.000": "mis. 1.250.000",
    "Optional; the receipt says what it is": "Boleh kosong; bukti menyebut jenis transaksinya",
    "Post (Enter)": "Simpan (Enter)",
    "Deposit (F2)": "Setor (F2)",
    "Withdraw (F3)": "Tarik (F3)",
    "Transfer (F4)": "Pindah buku (F4)",
    "{member} has no {product} account yet.": "{member} belum punya rekening {product}.",
    "Available to withdraw: {amount} (balance {balance}).": (
        "Dapat ditarik: {amount} (saldo {balance})."
    ),
    "Opens a new placement for {months} months.": (
        "Membuka simpanan berjangka baru selama {months} bulan."
    ),
    "Choose a member first (Ctrl+F).": "Pilih anggota dulu (Ctrl+F).",
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("MainWindow", "Savings"): "Simpanan",
    ("MemberDetail", "Savings"): "Simpanan",
    ("SavingsPage", "Savings"): "Simpanan",
    ("SavingsPage", "Print receipt"): "Cetak bukti",
    ("SavingsPage", "Correct…"): "Koreksi…",
    ("SavingsPage", "Select a transaction first."): "Pilih transaksi dulu.",
    ("CorrectionDialog", "Correct"): "Koreksi",
    ("SavingsAccountsModel", "Product"): "Produk",
    ("SavingsAccountsModel", "Account no."): "No. rekening",
    ("SavingsAccountsModel", "Available"): "Dapat ditarik",
    ("SavingsAccountsModel", "Maturity"): "Jatuh tempo",
    ("SavingsTransactionsModel", "Receipt no."): "No. bukti",
    ("SavingsTransactionsModel", "Kind"): "Jenis",
    ("SavingsTransactionsModel", "Account no."): "No. rekening",
    ("SavingsTransactionsModel", "Note"): "Keterangan",
    ("SavingsTransactionsModel", "corrected"): "dikoreksi",
    ("TellerForm", "Transaction"): "Transaksi",
    ("TellerForm", "Kind"): "Jenis",
    ("TellerForm", "Product"): "Produk",
    ("TellerForm", "Placement"): "Rekening berjangka",
    ("TellerForm", "To product"): "Ke produk",
    ("TellerForm", "Amount (Rp)"): "Jumlah (Rp)",
    ("TellerForm", "Cash account"): "Akun kas",
}
