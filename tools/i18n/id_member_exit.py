"""Indonesian for the member exit dialog (penyelesaian anggota keluar).

Everything is per context, so short words ("Close", "Status", "Reason") never
clash with another module's ``ID``.
"""

from __future__ import annotations

ID: dict[str, str] = {}

_DIALOG = "MemberExitDialog"
_MODEL = "ExitPlanModel"

ID_BY_CONTEXT: dict[tuple[str, str], str] = {
    (_DIALOG, "Member exit settlement"): "Penyelesaian anggota keluar",
    (_DIALOG, "Post settlement"): "Catat penyelesaian",
    (_DIALOG, "Save the paper…"): "Simpan berkas penyelesaian…",
    (_DIALOG, "Close"): "Tutup",
    (_DIALOG, "e.g. resignation letter of 3 March"): "mis. surat pengunduran diri 3 Maret",
    (_DIALOG, "Pay the net to the member in cash now (account 1101)"): (
        "Bayar hak bersih anggota tunai sekarang (akun 1101)"
    ),
    (_DIALOG, "Exit date"): "Tanggal keluar",
    (_DIALOG, "Status"): "Status",
    (_DIALOG, "Reason"): "Alasan",
    (_DIALOG, "{name} ({number}), now: {status}."): "{name} ({number}), status sekarang: {status}.",
    (_DIALOG, "Savings {savings} − loans paid from them {offset} = {net} due to the member."): (
        "Simpanan {savings} − pinjaman yang dilunasi darinya {offset} = hak anggota {net}."
    ),
    (
        _DIALOG,
        "The savings do not cover the loans: {owed} stays owed and the loan keeps running.",
    ): "Simpanan tidak cukup untuk pinjaman: sisa {owed} tetap terutang dan pinjaman tetap "
    "berjalan.",
    (_DIALOG, "Paying loans from savings needs a second user's approval."): (
        "Pelunasan pinjaman dari simpanan memerlukan persetujuan pengguna kedua."
    ),
    (_DIALOG, "There are no savings left to settle."): (
        "Tidak ada simpanan yang masih harus diselesaikan."
    ),
    (
        _DIALOG,
        "Posted as {entry}. Paid in cash: {paid}; still owed to the member (2104): {payable}. "
        "Save the paper for signatures.",
    ): "Dicatat dengan jurnal {entry}. Dibayar tunai: {paid}; masih terutang kepada anggota "
    "(2104): {payable}. Simpan berkasnya untuk ditandatangani.",
    (_MODEL, "Total savings"): "Jumlah simpanan",
    (
        _MODEL,
        "payoff {payoff}: late fee {late}, interest {interest}, principal {principal}; "
        "still owed {left}",
    ): "tagihan pelunasan {payoff}: denda {late}, bunga {interest}, pokok {principal}; sisa {left}",
    (_MODEL, "Loan {number}"): "Pinjaman {number}",
    (_MODEL, "Net due to the member"): "Hak anggota bersih",
    (_MODEL, "Item"): "Uraian",
    (_MODEL, "Details"): "Rincian",
    (_MODEL, "Amount (Rp)"): "Jumlah (Rp)",
}
