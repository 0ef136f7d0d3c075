"""Indonesian for the loan installment at the Simpanan counter, the loan quality panel
(tunggakan, kolektibilitas & PPAP, PPAP akhir bulan), the Produk Pinjaman dialog and
Pengaturan → Pinjaman.

Everything is keyed by context (class name): many of these short words ("Product",
"Rate", "Month", "Loans") are used by other windows with other meanings.
"""

from __future__ import annotations

ID: dict[str, str] = {}

_BY_CLASS: dict[str, dict[str, str]] = {
    "TellerForm": {
        "Installment (F5)": "Angsuran (F5)",
        "Loan": "Pinjaman",
        "{number} · {product} · principal left {amount}": (
            "{number} · {product} · sisa pokok {amount}"
        ),
        "{member} has no running loan.": "{member} tidak punya pinjaman berjalan.",
        "{days} days late": "menunggak {days} hari",
        "on time": "tepat waktu",
        "Late fee (denda)": "Denda",
        "Interest due": "Bunga (jasa) jatuh tempo",
        "Principal due": "Pokok jatuh tempo",
        "Total due": "Jumlah tagihan",
        "Next installment": "Angsuran berikutnya",
        "Payoff amount": "Pelunasan",
        "Bill on {date}:": "Tagihan per {date}:",
        "{amount} on {date}": "{amount} pada {date}",
    },
    "SavingsPage": {
        "Loan {number}: principal left {amount}": "Pinjaman {number}: sisa pokok {amount}",
        ", {days} days late ({overdue} overdue)": ", menunggak {days} hari (tunggakan {overdue})",
        ", paid up to date": ", lancar",
        "late fee {amount}": "denda {amount}",
        "interest {amount}": "bunga {amount}",
        "principal {amount}": "pokok {amount}",
        "overpayment {amount}": "kelebihan {amount}",
        "Saved as {number}: installment on {loan} {amount} = {split}. Principal left {left}.": (
            "Tersimpan sebagai {number}: angsuran {loan} {amount} = {split}. Sisa pokok {left}."
        ),
        "Loan payment {number} saved.": "Pembayaran pinjaman {number} tersimpan.",
    },
    "SettingsPage": {"Loans": "Pinjaman"},
    "AgingModel": {
        "Days late": "Umur tunggakan",
        "Loans": "Pinjaman",
        "Principal left": "Sisa pokok",
        "Overdue": "Tunggakan",
        "Total": "Jumlah",
    },
    "PositionsModel": {
        "Loan": "Pinjaman",
        "Member": "Anggota",
        "Product": "Produk",
        "Principal left": "Sisa pokok",
        "Principal overdue": "Tunggakan pokok",
        "Interest overdue": "Tunggakan bunga",
        "Late fee": "Denda",
        "Total overdue": "Jumlah tunggakan",
        "Days late": "Hari",
        "Grade": "Kolektibilitas",
        "Next due": "Jatuh tempo berikut",
        "Collateral": "Agunan",
        "Collateral counted": "Agunan dihitung",
    },
    "GradesModel": {
        "Grade": "Kolektibilitas",
        "Loans": "Pinjaman",
        "Principal left": "Sisa pokok",
        "Share %": "Porsi %",
        "Collateral counted": "Agunan dihitung",
        "Allowance %": "PPAP %",
        "Allowance required": "PPAP wajib dibentuk",
        "Total": "Jumlah",
    },
    "AllowanceRunsModel": {
        "Month": "Bulan",
        "Required": "Wajib dibentuk",
        "Formed before": "Sudah dibentuk",
        "Adjustment": "Penyesuaian",
        "Journal entry": "Jurnal",
        "Posted by": "Diposting oleh",
        "Posted at": "Waktu posting",
        "(nothing to post)": "(tidak ada yang diposting)",
    },
    "LoanProductListModel": {
        "Product": "Produk",
        "Method": "Metode",
        "Rate": "Bunga",
        "Amount": "Plafon (Rp)",
        "Term (months)": "Jangka (bulan)",
        "Active": "Aktif",
        "yes": "ya",
        "no": "tidak",
    },
    "ArrearsTab": {
        "Print arrears…": "Cetak tunggakan…",
        "Aging": "Umur tunggakan",
        "Late loans, longest overdue first": "Pinjaman menunggak, yang terlama di atas",
        "As of": "Per tanggal",
        "On {date}: {late} of {loans} running loans are late; {overdue} overdue (principal, "
        "interest and late fees) on {outstanding} principal left.": (
            "Per {date}: {late} dari {loans} pinjaman berjalan menunggak; tunggakan {overdue} "
            "(pokok, bunga dan denda) atas sisa pokok {outstanding}."
        ),
    },
    "CollectibilityTab": {
        "Print collectibility…": "Cetak kolektibilitas…",
        "As of": "Per tanggal",
        "Running loans": "Pinjaman berjalan",
    },
    "AllowanceTab": {
        "Preview": "Pratinjau",
        "Post…": "Posting…",
        "Month": "Bulan",
        "Months already posted": "Bulan yang sudah diposting",
        "On {date}: ": "Per {date}: ",
        "{month} has not ended: its allowance is posted after {date}.": (
            "{month} belum berakhir: PPAP-nya diposting sesudah {date}."
        ),
        "The allowance of {month} is already posted; a month is posted once, in order.": (
            "PPAP {month} sudah diposting; setiap bulan diposting sekali, berurutan."
        ),
        "Posting adds {amount} (expense 5201, allowance 1390).": (
            "Posting menambah {amount} (beban 5201, PPAP 1390)."
        ),
        "Posting releases {amount} of the allowance.": "Posting mengurangi PPAP sebesar {amount}.",
        "Posting records the month without a journal entry.": (
            "Posting mencatat bulan ini tanpa jurnal."
        ),
        "Post the loan allowance (PPAP) of {month}? Required {required}; a month is posted "
        "only once.": (
            "Posting PPAP pinjaman {month}? Wajib dibentuk {required}; setiap bulan hanya "
            "diposting sekali."
        ),
        "Month-end allowance": "PPAP akhir bulan",
        "Allowance of {month} posted as journal entry {number}.": (
            "PPAP {month} diposting sebagai jurnal {number}."
        ),
        "Allowance of {month} recorded; there was nothing to post.": (
            "PPAP {month} dicatat; tidak ada yang perlu diposting."
        ),
    },
    "LoanQualityPanel": {
        "Arrears": "Tunggakan",
        "Collectibility && allowance": "Kolektibilitas && PPAP",
        "Month-end allowance": "PPAP akhir bulan",
        "Allowance required {required}, formed {formed} (account 1390). NPL (kurang lancar, "
        "diragukan, macet): {npl} = {percent}% of {outstanding}.": (
            "PPAP wajib dibentuk {required}, sudah dibentuk {formed} (akun 1390). NPL "
            "(kurang lancar, diragukan, macet): {npl} = {percent}% dari {outstanding}."
        ),
        "Shortfall: {amount} still to be formed.": "Kekurangan: {amount} masih harus dibentuk.",
        "Excess: {amount} more than required.": "Kelebihan: {amount} di atas yang wajib.",
        "The allowance is exactly what is required.": "PPAP tepat sebesar yang wajib dibentuk.",
    },
    "LoanProductsDialog": {
        "Loan products": "Produk pinjaman",
        "e.g. 1,5": "mis. 1,5",
        "e.g. 1": "mis. 1",
        "e.g. 25.000": "mis. 25.000",
        "e.g. 0,1": "mis. 0,1",
        "% per month": "% per bulan",
        "% per year": "% per tahun",
        " months": " bulan",
        " days": " hari",
        "Rp (fixed)": "Rp (tetap)",
        "% of the loan": "% dari pokok pinjaman",
        "% of the overdue installment per day": "% dari angsuran tertunggak per hari",
        "% of the overdue installment per month": "% dari angsuran tertunggak per bulan",
        "To the rupiah": "Ke rupiah terdekat",
        "Down to the rupiah": "Ke bawah (rupiah penuh)",
        "Up to Rp100": "Ke atas Rp100",
        "Up to Rp500": "Ke atas Rp500",
        "Up to Rp1.000": "Ke atas Rp1.000",
        "Pays the next installments": "Membayar angsuran berikutnya",
        "Goes to the member's simpanan sukarela": "Masuk simpanan sukarela anggota",
        "Refused: take no more than the bill": "Ditolak: terima paling banyak sebesar tagihan",
        "Offered for new loans": "Ditawarkan untuk pinjaman baru",
        "Product": "Produk",
        "Name": "Nama",
        "Interest method": "Metode bunga",
        "Rate": "Bunga",
        "Amount (Rp)": "Plafon (Rp)",
        "Term": "Jangka waktu",
        "Receivable account": "Akun piutang",
        "Fees and late payment": "Biaya dan keterlambatan",
        "Provisi": "Provisi",
        "Administration": "Administrasi",
        "Late fee (denda)": "Denda",
        "Grace period": "Masa tenggang",
        "Payments": "Pembayaran",
        "Installment rounding": "Pembulatan angsuran",
        "A payment pays": "Urutan pembayaran",
        "More than the bill": "Kelebihan bayar",
        "Save": "Simpan",
        "Loans already made keep the terms they were made with. A change of the rate needs "
        "a second user's approval.": (
            "Pinjaman yang sudah dibuat tetap memakai ketentuan saat dibuat. Perubahan bunga "
            "memerlukan persetujuan pengguna kedua."
        ),
        "You can see the products' terms; changing them needs the right to manage loans "
        "(Bendahara).": (
            "Anda dapat melihat ketentuan produk; mengubahnya memerlukan hak mengelola "
            "pinjaman (Bendahara)."
        ),
        "Change the rate of {name}": "Ubah bunga {name}",
        "Discard the changes to {name}?": "Buang perubahan pada {name}?",
        "{name} saved.": "{name} tersimpan.",
        "Close without saving the changes?": "Tutup tanpa menyimpan perubahan?",
    },
    "LoanSettingsPanel": {
        "A loan's grade (kolektibilitas) follows the days its oldest unpaid installment is "
        "overdue; the allowance for bad loans (PPAP) required is a percentage of the "
        "principal left in each grade, for kurang lancar, diragukan and macet less the "
        "collateral counted: its value times the share its kind counts (the kind is read "
        "from the collateral's description). Only the Admin changes these, following the "
        "cooperative's policy.": (
            "Kolektibilitas pinjaman mengikuti berapa hari angsuran tertua yang belum dibayar "
            "menunggak; PPAP wajib dibentuk adalah persentase sisa pokok pada tiap "
            "kolektibilitas, untuk kurang lancar, diragukan dan macet sesudah dikurangi "
            "agunan yang dihitung: nilainya kali bagian yang dihitung untuk jenisnya (jenis "
            "dibaca dari uraian agunan). Hanya Admin yang mengubahnya, sesuai kebijakan "
            "koperasi."
        ),
        "Kurang lancar when overdue more than": "Kurang lancar bila menunggak lebih dari",
        "Diragukan when overdue more than": "Diragukan bila menunggak lebih dari",
        "Macet when overdue more than": "Macet bila menunggak lebih dari",
        " days": " hari",
        "Allowance for lancar loans": "PPAP pinjaman lancar",
        "Allowance for kurang lancar loans": "PPAP pinjaman kurang lancar",
        "Allowance for diragukan loans": "PPAP pinjaman diragukan",
        "Allowance for macet loans": "PPAP pinjaman macet",
        "Loans to pengurus and pengawas at most": (
            "Pinjaman kepada pengurus dan pengawas paling banyak"
        ),
        "% of the principal left": "% dari sisa pokok",
        "% of modal sendiri": "% dari modal sendiri",
        "Blocked savings or deposit counted": "Agunan simpanan/deposito diblokir dihitung",
        "Certified land or building (SHM, SHGB) counted": (
            "Agunan tanah/bangunan bersertifikat (SHM, SHGB) dihitung"
        ),
        "Vehicle (BPKB) counted": "Agunan kendaraan (BPKB) dihitung",
        "Other collateral counted": "Agunan lain dihitung",
        "% of its value": "% dari nilainya",
        "The days must grow: kurang lancar < diragukan < macet (for example 90, 180 and 360).": (
            "Jumlah hari harus naik: kurang lancar < diragukan < macet (misalnya 90, 180 dan 360)."
        ),
        "Save settings": "Simpan pengaturan",
        "Settings saved.": "Pengaturan tersimpan.",
    },
}

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): text
    for context, texts in _BY_CLASS.items()
    for source, text in texts.items()
}
