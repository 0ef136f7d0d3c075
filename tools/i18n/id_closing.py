"""Indonesian for the Tutup Buku & SHU page (statements, year-end close, SHU,
RAT book) and the Pengaturan → Laporan & SHU tab.

Everything is translated per context, so no other module's ``ID`` key is claimed
and short words ("Check", "Description") get the meaning they have here.
"""

from __future__ import annotations

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "MainWindow": {"Closing & SHU": "Tutup Buku & SHU"},
    "SettingsPage": {"Statements && SHU": "Laporan && SHU"},
    "ClosingPage": {
        "Financial statements": "Laporan keuangan",
        "Fixed assets": "Aset tetap",
        "Year-end close": "Tutup buku",
        "SHU": "SHU",
        "RAT book": "Buku RAT",
        "You can look at everything here; the Bendahara closes the year and distributes "
        "the SHU.": "Anda dapat melihat semuanya di sini; Bendahara yang menutup tahun buku "
        "dan membagikan SHU.",
    },
    "StatementsPanel": {
        "Statement of financial position": "Laporan Posisi Keuangan",
        "Statement of operating results (PHU)": "Laporan Perhitungan Hasil Usaha",
        "Statement of changes in equity": "Laporan Perubahan Ekuitas",
        "Statement of cash flows": "Laporan Arus Kas",
        "Notes": "Catatan atas Laporan Keuangan",
        "Year": "Tahun",
        "Semester": "Semester",
        "Quarter": "Triwulan",
        "Month": "Bulan",
        "Period": "Periode",
        "Print PDF…": "Cetak PDF…",
        "Save Excel…": "Simpan Excel…",
        "Print all…": "Cetak semua…",
        "The five statements of the period in one PDF": "Kelima laporan periode ini dalam satu PDF",
    },
    "StatementModel": {"Description": "Uraian", "Note": "Catatan"},
    "EquityModel": {"Description": "Uraian"},
    "ChecklistModel": {"Check": "Pemeriksaan", "Detail": "Keterangan"},
    "HistoryModel": {
        "Event": "Peristiwa",
        "When": "Waktu",
        "By": "Oleh",
        "SHU": "SHU",
        "Journal entries": "Jurnal",
        "Closed": "Ditutup",
        "Reopened": "Dibuka kembali",
    },
    "ReopenDialog": {
        "Reopen fiscal year {year}": "Buka kembali tahun buku {year}",
        "Reopening reverses the closing entries of {year}, so its income and expenses can "
        "be corrected; close it again afterwards. A second user (Ketua, Bendahara or Admin) "
        "must approve. Write why:": "Membuka kembali membatalkan jurnal penutup {year}, "
        "sehingga pendapatan dan bebannya dapat dikoreksi; tutup lagi sesudahnya. Pengguna "
        "kedua (Ketua, Bendahara atau Admin) harus menyetujui. Tuliskan alasannya:",
        "Reopen…": "Buka kembali…",
        "Write the reason in at least 10 letters.": "Tuliskan alasan paling sedikit 10 huruf.",
    },
    "YearClosePanel": {
        "Check again": "Periksa ulang",
        "The SHU of {year} has been distributed, so the year cannot be reopened: the "
        "distribution was made from its figures.": "SHU {year} sudah dibagi, sehingga tahun "
        "buku itu tidak dapat dibuka kembali: pembagiannya dihitung dari angka tahun itu.",
        "Reopen {next} first; a year is reopened after the years after it.": "Buka kembali "
        "tahun {next} lebih dulu; tahun buku dibuka kembali mulai dari yang terakhir.",
        "Checking the book…": "Memeriksa buku…",
        "Close fiscal year…": "Tutup tahun buku…",
        "Reopen…": "Buka kembali…",
        "Checklist before closing": "Daftar periksa sebelum tutup buku",
        "Closed and reopened": "Riwayat tutup dan buka kembali",
        "Fiscal year {year} ({period}) is closed.": "Tahun buku {year} ({period}) sudah ditutup.",
        "Fiscal year {year} ({period}) is open.": "Tahun buku {year} ({period}) masih terbuka.",
        "SHU of {year} (income less expenses, closing entries left out): {amount}.": "SHU "
        "tahun {year} (pendapatan dikurangi beban, tanpa jurnal penutup): {amount}.",
        "The year cannot be closed yet: {count} of {total} checks are not met (marked ✗). "
        "Put them right and press Check again.": "Tahun buku belum dapat ditutup: {count} "
        "dari {total} pemeriksaan belum terpenuhi (bertanda ✗). Selesaikan lalu tekan "
        "Periksa ulang.",
        "Close fiscal year {year}?\n\n"
        "1. kopdesk first makes a backup of the book.\n"
        "2. A closing entry dated {end} moves every income and expense of {year} (SHU "
        "{surplus}) to SHU tahun berjalan (3502).\n"
        "3. Fiscal year {next} is opened if it is not yet, and on {start} the SHU moves to "
        "SHU belum dibagi (3501), where the RAT's distribution takes it from.\n"
        "4. {year} is locked: no entry can be dated in it any more.\n\n"
        "Reopening later needs a reason and a second user's approval.": "Tutup tahun buku "
        "{year}?\n\n"
        "1. kopdesk lebih dulu membuat cadangan buku.\n"
        "2. Jurnal penutup bertanggal {end} memindahkan seluruh pendapatan dan beban {year} "
        "(SHU {surplus}) ke SHU tahun berjalan (3502).\n"
        "3. Tahun buku {next} dibuka bila belum, dan pada {start} SHU dipindahkan ke SHU "
        "belum dibagi (3501), tempat pembagian SHU hasil RAT mengambilnya.\n"
        "4. Tahun {year} dikunci: tidak ada lagi jurnal yang boleh bertanggal di tahun itu.\n\n"
        "Membuka kembali nanti memerlukan alasan dan persetujuan pengguna kedua.",
        "Close fiscal year": "Tutup tahun buku",
        "Closing fiscal year {year}…": "Menutup tahun buku {year}…",
        "Fiscal year {year} is closed (SHU {surplus}).": "Tahun buku {year} sudah ditutup "
        "(SHU {surplus}).",
        "Journal entries: {entries}.": "Jurnal: {entries}.",
        "Fiscal year {year} was opened.": "Tahun buku {year} dibuka.",
        "Backing up the book before closing…": "Membuat cadangan buku sebelum tutup buku…",
        "Reopen fiscal year {year}": "Buka kembali tahun buku {year}",
        "Fiscal year {year} is open again; its closing entries were reversed.": "Tahun buku "
        "{year} terbuka kembali; jurnal penutupnya sudah dibatalkan.",
    },
    "Scenario": {
        "Balance at year end": "Saldo akhir tahun",
        "Average of month ends": "Rata-rata bulanan",
        "Loan interest paid": "Jasa pinjaman dibayar",
        "Loan volume": "Volume pinjaman",
        "Purchases": "Pembelian",
        "with simpanan sukarela": "termasuk simpanan sukarela",
    },
    "PlanTab": {
        "Plan": "Rencana",
        "Computing…": "Menghitung…",
        "Alternative A": "Alternatif A",
        "Alternative B": "Alternatif B",
        "Use as plan": "Jadikan rencana",
        "Copy this alternative's percentages and bases into the plan": "Salin persentase "
        "dan dasar alternatif ini ke rencana",
        "member no.": "no. anggota",
        "e.g. Keputusan RAT No. 01/RAT/2026": "mis. Keputusan RAT No. 01/RAT/2026",
        "Save plan": "Simpan rencana",
        "Post SHU distribution…": "Posting pembagian SHU…",
        "RAT decision": "Keputusan RAT",
        "RAT date": "Tanggal RAT",
        "Jasa modal basis": "Dasar jasa modal",
        "Jasa usaha basis": "Dasar jasa usaha",
        "Members who share": "Anggota yang menerima",
        "Smallest member share": "SHU anggota terkecil",
        "Median member share": "Median SHU anggota",
        "Largest member share": "SHU anggota terbesar",
        "  jasa modal": "  jasa modal",
        "  jasa usaha": "  jasa usaha",
        "  SHU of the member": "  SHU anggota ini",
        "The SHU of {year} was posted on {date} ({entry}); the plan is fixed. The "
        "alternatives can still be tried.": "SHU {year} sudah diposting pada {date} "
        "({entry}); rencananya tetap. Alternatif masih dapat dicoba.",
        "Fiscal year {year} is not closed: the SHU so far is shown. It is posted after the "
        "year is closed and the RAT has decided.": "Tahun buku {year} belum ditutup: yang "
        "tampil SHU sampai saat ini. SHU diposting sesudah tahun buku ditutup dan RAT "
        "memutuskan.",
        "The SHU of {year} waits for the RAT. Save the plan it decides, then post it dated "
        "the RAT day.": "SHU {year} menunggu RAT. Simpan rencana yang diputuskan, lalu "
        "posting dengan tanggal RAT.",
        "{name}: jasa modal basis {modal}, jasa usaha basis {usaha}": "{name}: dasar jasa "
        "modal {modal}, dasar jasa usaha {usaha}",
        "{number} gets no SHU.": "{number} tidak mendapat SHU.",
        "The plan cannot be saved: {problem}": "Rencana tidak dapat disimpan: {problem}",
        "The plan has changes that are not saved yet.": "Ada perubahan rencana yang belum "
        "disimpan.",
        "SHU plan of {year} saved.": "Rencana SHU {year} tersimpan.",
        "Save the plan first: the SHU is posted as the saved plan says.": "Simpan rencana "
        "dulu: SHU diposting menurut rencana yang tersimpan.",
        "Post the SHU distribution of {year} dated {date}?\n\n"
        "SHU {pool}: cadangan and the funds get their parts, {count} members get {members} "
        "together as SHU payable (2321) until it is paid. The plan cannot be changed "
        "afterwards and the year cannot be reopened.": "Posting pembagian SHU {year} "
        "bertanggal {date}?\n\n"
        "SHU {pool}: cadangan dan dana-dana mendapat bagiannya, {count} anggota mendapat "
        "{members} seluruhnya sebagai SHU bagian anggota yang belum dibayar (2321) sampai "
        "dibayarkan. Rencana tidak dapat diubah lagi dan tahun buku tidak dapat dibuka "
        "kembali.",
        "Post SHU distribution": "Posting pembagian SHU",
        "Backing up the book before posting…": "Membuat cadangan buku sebelum memposting SHU…",
        "Posting the SHU of {count} members…": "Memposting SHU {count} anggota…",
        "SHU of {year} posted as journal entry {entry}.": "SHU {year} diposting sebagai "
        "jurnal {entry}.",
    },
    "ShuPanel": {
        "Plan && simulation": "Rencana && simulasi",
        "Members && payment": "Anggota && pembayaran",
        "SHU to share: {pool}": "SHU dibagi: {pool}",
        "SHU so far (year not closed): {pool}": "SHU sementara (tahun belum ditutup): {pool}",
        "SHU {total}; from non-members {apart} to cadangan (not shared); to share: {pool}": (
            "SHU {total}; dari usaha non-anggota {apart} ke cadangan (tidak dibagi); dibagi: {pool}"
        ),
        "Year not closed yet. {shu}": "Tahun buku belum ditutup. {shu}",
    },
    "MembersModel": {
        "Jasa modal basis": "Dasar jasa modal",
        "Jasa usaha basis": "Dasar jasa usaha",
        "Jasa modal": "Jasa modal",
        "Jasa usaha": "Jasa usaha",
        "SHU": "SHU",
        "Paid": "Dibayar",
        "in cash": "tunai",
        "to sukarela": "ke sukarela",
    },
    "MembersTab": {
        "Search member no. or name": "Cari no. anggota atau nama",
        "All members": "Semua anggota",
        "Not paid": "Belum dibayar",
        "Paid": "Sudah dibayar",
        "Print SHU list…": "Cetak daftar SHU…",
        "Print SHU slips…": "Cetak slip SHU…",
        "Pay in cash…": "Bayar tunai…",
        "Reprint receipt…": "Cetak ulang kuitansi…",
        "Move all to simpanan sukarela…": "Pindahkan semua ke simpanan sukarela…",
        "Under the plan: {count} members share {total}. Not posted yet: nothing can be "
        "paid.": "Menurut rencana: {count} anggota menerima {total}. Belum diposting: belum "
        "ada yang dapat dibayar.",
        "{count} members share {total}; paid {paid}, still to pay {left} ({unpaid} "
        "members).": "{count} anggota menerima {total}; sudah dibayar {paid}, belum dibayar "
        "{left} ({unpaid} anggota).",
        "Pay the SHU {year} of {name} ({number}), {amount}, in cash.": "Bayar tunai SHU "
        "{year} {name} ({number}) sebesar {amount}.",
        "SHU paid to {name}: {amount}, receipt {receipt}.": "SHU dibayarkan kepada {name}: "
        "{amount}, kuitansi {receipt}.",
        "Credit the unpaid SHU {year} of {count} members, {amount}, to their simpanan "
        "sukarela? One journal entry, a receipt number per member. Members who have left "
        "are paid in cash, one by one.": "Pindahkan SHU {year} yang belum dibayar milik "
        "{count} anggota, {amount}, ke simpanan sukarela masing-masing? Satu jurnal, satu "
        "nomor kuitansi per anggota. Anggota yang sudah keluar dibayar tunai satu per satu.",
        "Crediting the SHU of {count} members…": "Memindahkan SHU {count} anggota…",
        "SHU of {count} members credited to simpanan sukarela.": "SHU {count} anggota sudah "
        "dipindahkan ke simpanan sukarela.",
    },
    "PaymentDialog": {"Pay SHU": "Bayar SHU", "Paid from": "Dibayar dari", "Pay": "Bayar"},
    "TextPage": {
        "Paragraphs are separated by an empty line; a line starting with - is printed as a "
        "bullet.": "Paragraf dipisahkan baris kosong; baris yang diawali - dicetak sebagai butir.",
    },
    "RapbPage": {
        "Description": "Uraian",
        "Group": "Kelompok",
        "Realisation {year}": "Realisasi {year}",
        "Budget {year}": "Anggaran {year}",
        "(none)": "(tanpa kelompok)",
        "income": "pendapatan",
        "expense": "beban",
        "Add row": "Tambah baris",
        "Remove row": "Hapus baris",
        "Fill realisation from the books": "Isi realisasi dari buku",
        "Save RAPB": "Simpan RAPB",
        "Row {row}: {problem}": "Baris {row}: {problem}",
        "Mark rows as income or expense to see the planned surplus.": "Tandai baris sebagai "
        "pendapatan atau beban untuk melihat rencana SHU.",
        "Income {ir} → {ia}; expenses {er} → {ea}; surplus {sr} → {sa} (realisation → "
        "budget).": "Pendapatan {ir} → {ia}; beban {er} → {ea}; SHU {sr} → {sa} (realisasi "
        "→ anggaran).",
    },
    "RatBookPanel": {
        "Make RAT book…": "Buat buku RAT…",
        "The RAT book prints the profile, membership, business, the financial statements, "
        "the SHU and every member's balances from the books; write here what the pengurus "
        "and pengawas report and plan.": "Buku RAT mencetak profil, keanggotaan, usaha, "
        "laporan keuangan, SHU dan saldo setiap anggota dari pembukuan; tuliskan di sini "
        "laporan dan rencana pengurus serta pengawas.",
        "RAT book": "Buku RAT",
        "Discard the changes to the RAT book of {year}?": "Buang perubahan buku RAT {year}?",
        "RAPB {year}": "RAPB {year}",
        "{title} saved.": "{title} tersimpan.",
        "RAPB": "RAPB",
        "Replace the table with the income and expense accounts of {year}? Budgets typed for "
        "the same description are kept.": "Ganti isi tabel dengan akun pendapatan dan beban "
        "{year}? Anggaran yang sudah diisi untuk uraian yang sama dipertahankan.",
        "RAPB saved.": "RAPB tersimpan.",
        "Some texts are not saved; the book prints what is saved. Go on?": "Ada teks yang "
        "belum disimpan; buku mencetak yang sudah tersimpan. Lanjutkan?",
        "Making the RAT book {year}…": "Menyusun buku RAT {year}…",
        "RAT book saved: {path}.": "Buku RAT tersimpan: {path}.",
    },
    "ClosingSettingsPanel": {
        "Statement of cash flows": "Laporan arus kas",
        "Each cash receipt or payment is shown under the line of its counter account. One "
        "pair a line: account code prefix = line; the longest prefix wins, accounts not "
        "listed go to {fallback}.": "Setiap penerimaan atau pengeluaran kas ditampilkan pada "
        "baris akun lawannya. Satu pasangan per baris: awalan kode akun = baris; awalan "
        "terpanjang yang berlaku, akun yang tidak tercantum masuk ke {fallback}.",
        "SHU: where each year's plan starts": "SHU: awal rencana setiap tahun",
        "The AD/ART split of the SHU and the bases of the members' shares. The RAT decides "
        "each year's plan on the SHU tab; it starts from these.": "Pembagian SHU menurut "
        "AD/ART dan dasar bagian anggota. RAT memutuskan rencana setiap tahun di tab SHU; "
        "rencana itu dimulai dari pengaturan ini.",
        "Jasa modal basis": "Dasar jasa modal",
        "Jasa usaha basis": "Dasar jasa usaha",
        "Simpanan sukarela counts for jasa modal": "Simpanan sukarela ikut dasar jasa modal",
        "SHU from business with non-members goes to cadangan, not to members": (
            "SHU dari usaha dengan non-anggota masuk cadangan, tidak dibagi kepada anggota"
        ),
        "The SHU times the non-members' share of the year's income (accounts 42xx) is set "
        "apart to cadangan before the AD/ART split.": (
            "SHU dikali bagian pendapatan non-anggota dalam seluruh pendapatan tahun itu "
            "(akun 42xx) disisihkan ke cadangan sebelum dibagi menurut AD/ART."
        ),
        "Only the Admin changes these settings.": "Hanya Admin yang dapat mengubah pengaturan ini.",
    },
}

ID: dict[str, str] = {}
ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): text
    for context, texts in _BY_CONTEXT.items()
    for source, text in texts.items()
}
