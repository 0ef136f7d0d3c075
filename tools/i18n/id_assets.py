"""Indonesian for the fixed-asset tab of Tutup Buku & SHU (register, add asset,
post depreciation).

Everything is per context (the window class), so short words ("Code", "Total",
"Post", ...) never clash with another module's translation.
"""

from __future__ import annotations

ID: dict[str, str] = {}

_REGISTER = "AssetRegisterModel"
_PLAN = "PlanModel"
_ADD = "AssetDialog"
_DEPRECIATE = "DepreciationDialog"
_PANEL = "AssetsPanel"

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (_REGISTER, "Code"): "Kode",
    (_REGISTER, "Asset"): "Nama aset",
    (_REGISTER, "Acquired"): "Tgl perolehan",
    (_REGISTER, "Cost"): "Harga perolehan",
    (_REGISTER, "Life (months)"): "Umur (bln)",
    (_REGISTER, "Per month"): "Penyusutan/bln",
    (_REGISTER, "Accumulated"): "Akumulasi",
    (_REGISTER, "Book value"): "Nilai buku",
    (_REGISTER, "{category} ({count} assets)"): "{category} ({count} aset)",
    (_REGISTER, "Total fixed assets ({count})"): "Jumlah seluruh aset tetap ({count} aset)",
    (_PLAN, "Code"): "Kode",
    (_PLAN, "Asset"): "Nama aset",
    (_PLAN, "Depreciation"): "Penyusutan",
    (_PLAN, "Catch-up"): "Termasuk susulan",
    (_PLAN, "Total"): "Jumlah",
    (_ADD, "Add fixed asset"): "Tambah aset tetap",
    (_ADD, "e.g. INV-001"): "mis. INV-001",
    (_ADD, " months"): " bulan",
    (_ADD, "Code"): "Kode aset",
    (_ADD, "Name"): "Nama aset",
    (_ADD, "Category"): "Kelompok",
    (_ADD, "Acquired on"): "Tanggal perolehan",
    (_ADD, "Cost (harga perolehan)"): "Harga perolehan",
    (_ADD, "Residual value"): "Nilai sisa",
    (_ADD, "Useful life"): "Umur manfaat",
    (_ADD, "Paid from"): "Dibayar dari",
    (_ADD, "Depreciation already booked"): "Akumulasi penyusutan awal",
    (_ADD, "Opening balance date"): "Tanggal saldo awal",
    (_ADD, "Note"): "Catatan",
    (_ADD, "Save and post"): "Simpan dan posting",
    (_ADD, "Land is not depreciated."): "Tanah tidak disusutkan.",
    (
        _ADD,
        "Straight line: about {amount} a month for {months} months from {month}.",
    ): "Garis lurus: sekitar {amount} per bulan selama {months} bulan mulai {month}.",
    (
        _ADD,
        "For an asset owned before this book started choose {account}: fill in the "
        "depreciation booked until the end of the month before the opening balance date.",
    ): "Untuk aset yang dimiliki sebelum buku ini dimulai pilih {account}: isi akumulasi "
    "penyusutan sampai akhir bulan sebelum tanggal saldo awal.",
    (_DEPRECIATE, "Post depreciation"): "Posting penyusutan",
    (_DEPRECIATE, "Post"): "Posting",
    (_DEPRECIATE, "Close"): "Tutup",
    (_DEPRECIATE, "Month"): "Bulan",
    (
        _DEPRECIATE,
        "Nothing to depreciate in {month}. Posting records the month without a journal entry.",
    ): "Tidak ada yang disusutkan pada {month}. Posting mencatat bulan ini tanpa jurnal.",
    (
        _DEPRECIATE,
        "{month}: {count} assets, depreciation {total}, one journal entry dated {date} "
        "(debit 5206, credit the accumulated depreciation of each category).",
    ): "{month}: {count} aset, penyusutan {total}, satu jurnal bertanggal {date} (debit 5206, "
    "kredit akumulasi penyusutan tiap kelompok).",
    (
        _DEPRECIATE,
        "It includes {amount} for earlier months of assets entered late.",
    ): "Termasuk {amount} untuk bulan-bulan sebelumnya dari aset yang terlambat dicatat.",
    (
        _DEPRECIATE,
        "Post the depreciation of {month}: {total}, dated {date}? A month is posted only once.",
    ): "Posting penyusutan {month}: {total}, bertanggal {date}? Satu bulan hanya diposting sekali.",
    (
        _DEPRECIATE,
        "Depreciation of {month} posted as journal entry {number}.",
    ): "Penyusutan {month} diposting dengan jurnal {number}.",
    (
        _DEPRECIATE,
        "{month} recorded; there was nothing to depreciate.",
    ): "{month} dicatat; tidak ada yang disusutkan.",
    (_PANEL, "Add asset…"): "Tambah aset…",
    (_PANEL, "Post depreciation…"): "Posting penyusutan…",
    (_PANEL, "Print register…"): "Cetak daftar…",
    (_PANEL, "As of"): "Per tanggal",
    (_PANEL, " and {count} more"): " dan {count} bulan lagi",
    (
        _PANEL,
        "Depreciation not posted yet for: {months}.",
    ): "Penyusutan belum diposting untuk: {months}.",
    (
        _PANEL,
        "No fixed assets on {date}. Add each asset once; kopdesk posts its purchase and, every "
        "month, its straight-line depreciation.",
    ): "Belum ada aset tetap per {date}. Catat setiap aset sekali; kopdesk memposting "
    "perolehannya dan, setiap bulan, penyusutan garis lurusnya.",
    (
        _PANEL,
        "{count} assets on {date}: cost {cost}, accumulated depreciation {accumulated}, "
        "book value {book}.",
    ): "{count} aset per {date}: harga perolehan {cost}, akumulasi penyusutan {accumulated}, "
    "nilai buku {book}.",
    (_PANEL, "Last month posted: {month}."): "Penyusutan terakhir diposting: {month}.",
    (
        _PANEL,
        "{code} {name} added; purchase posted as {number}.",
    ): "{code} {name} dicatat; perolehannya diposting dengan jurnal {number}.",
}
