"""The glossary: the koperasi terms a treasurer meets in kopdesk, explained in Indonesian.

One source for the tooltips on labels and column headers and for the guide's chapter
``glosarium.md`` (a test keeps that chapter in step with :data:`TERMS`). The definitions
follow /work/shared/domain/KOPERASI.md (§1 savings, §1.3 tax, §3 SHU, §4.3–4.4 loans)
and kopdesk's defaults (kolektibilitas after 90/180/360 days, PPAP 0,5/10/50/100 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TERMS", "Term", "find_terms", "tooltip_for"]


@dataclass(frozen=True)
class Term:
    """A term as shown in the windows (``name``), the words that name it in a label
    (``words``, matched case-insensitively as whole words) and its meaning."""

    name: str
    words: tuple[str, ...]
    meaning: str


TERMS: tuple[Term, ...] = (
    Term(
        "Simpanan pokok",
        ("simpanan pokok",),
        "Setoran sekali saat masuk menjadi anggota, sama besar untuk semua anggota "
        "(besarnya diatur AD/ART). Tidak dapat ditarik selama masih anggota; dikembalikan "
        "saat keluar. Termasuk ekuitas (modal sendiri).",
    ),
    Term(
        "Simpanan wajib",
        ("simpanan wajib", "tunggakan wajib"),
        "Setoran rutin (biasanya bulanan) dengan jumlah yang ditetapkan, boleh berbeda "
        "per golongan. Umumnya tidak dapat ditarik selama masih anggota. Bulan yang belum "
        "disetor menjadi tunggakan wajib. Termasuk ekuitas.",
    ),
    Term(
        "Simpanan sukarela",
        ("simpanan sukarela", "sukarela"),
        "Tabungan anggota: disetor dan ditarik kapan saja dengan jumlah bebas. Diberi jasa "
        "simpanan tiap bulan (saldo terendah atau saldo rata-rata harian). Termasuk "
        "kewajiban (utang koperasi kepada anggota).",
    ),
    Term(
        "Simpanan berjangka",
        ("simpanan berjangka", "berjangka", "deposito"),
        "Simpanan dengan jumlah dan jangka waktu tetap serta bunga yang disepakati. Baru "
        "dapat dicairkan saat jatuh tempo; pencairan sebelum itu dikenai denda pencairan. "
        "Saat jatuh tempo dicairkan atau diperpanjang otomatis (ARO).",
    ),
    Term(
        "ARO",
        ("ARO", "diperpanjang otomatis"),
        "Automatic Roll Over: simpanan berjangka yang jatuh tempo diperpanjang otomatis "
        "untuk jangka waktu yang sama, tanpa perlu datang ke loket.",
    ),
    Term(
        "PPh Pasal 4(2)",
        ("PPh 4(2)", "PPh Pasal 4(2)", "PPh Pasal 4 ayat 2", "PPh"),
        "Pajak final atas jasa simpanan anggota (PP 15/2009): 0% bila jasa seorang anggota "
        "dalam sebulan paling banyak Rp240.000, dan 10% dari seluruh jasa bruto bila lebih. "
        "Koperasi memotongnya saat membayar jasa dan menyetorkannya paling lambat tanggal "
        "10 bulan berikutnya.",
    ),
    Term(
        "Kolektibilitas",
        ("kolektibilitas", "kurang lancar", "diragukan", "macet"),
        "Penggolongan mutu pinjaman menurut lama tunggakan: lancar (sampai 90 hari), "
        "kurang lancar (lebih dari 90 hari), diragukan (lebih dari 180 hari) dan macet "
        "(lebih dari 360 hari). Batas harinya dapat diubah di Pengaturan → Pinjaman.",
    ),
    Term(
        "PPAP",
        ("PPAP", "PPAPWD", "penyisihan penghapusan pinjaman"),
        "Penyisihan Penghapusan Pinjaman: cadangan kerugian pinjaman yang dibentuk setiap "
        "akhir bulan. PPAP wajib dibentuk = sisa pokok (dikurangi agunan yang diakui, "
        "kecuali pinjaman lancar) × 0,5% lancar, 10% kurang lancar, 50% diragukan, "
        "100% macet.",
    ),
    Term(
        "NPL",
        ("NPL",),
        "Non Performing Loan: pinjaman bermasalah, yaitu yang kolektibilitasnya kurang "
        "lancar, diragukan atau macet. Rasio NPL = sisa pokok pinjaman bermasalah dibagi "
        "seluruh sisa pokok pinjaman.",
    ),
    Term(
        "SHU",
        ("SHU", "sisa hasil usaha"),
        "Sisa Hasil Usaha: pendapatan satu tahun buku dikurangi biaya, penyusutan dan pajak "
        "(UU 25/1992 Pasal 45). Setelah disisihkan untuk cadangan, SHU dibagi kepada anggota "
        "(jasa modal dan jasa usaha) dan dana-dana lain menurut keputusan RAT.",
    ),
    Term(
        "Jasa modal",
        ("jasa modal", "JMA"),
        "Bagian SHU anggota atas modalnya: simpanan anggota dibagi jumlah simpanan semua "
        "anggota × persentase jasa modal × SHU yang dibagi.",
    ),
    Term(
        "Jasa usaha",
        ("jasa usaha", "JUA"),
        "Bagian SHU anggota atas transaksinya dengan koperasi (untuk KSP biasanya pinjaman "
        "atau jasa pinjaman yang dibayar): transaksi anggota dibagi jumlah transaksi semua "
        "anggota × persentase jasa usaha × SHU yang dibagi.",
    ),
    Term(
        "Jasa simpanan",
        ("jasa simpanan", "bunga simpanan"),
        "Bunga yang dibayar koperasi atas simpanan sukarela dan berjangka, dihitung dalam "
        "rutin akhir bulan; dipotong PPh 4(2) bila lebih dari Rp240.000 sebulan.",
    ),
    Term(
        "RAT",
        ("RAT", "rapat anggota tahunan"),
        "Rapat Anggota Tahunan: pengurus mempertanggungjawabkan tahun buku, anggota "
        "mengesahkan laporan keuangan dan memutuskan pembagian SHU.",
    ),
)
"""Every term the tooltips explain, in the glossary chapter's order."""


def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.IGNORECASE)


_PATTERNS = tuple((term, tuple(_pattern(w) for w in term.words)) for term in TERMS)


def find_terms(text: str) -> list[Term]:
    """The terms named in ``text`` (a label, a column header), in glossary order.

    Bare "pokok" and "wajib" are not terms: they also mean a loan's principal and
    "required" ("PPAP wajib dibentuk")."""
    found = []
    for term, patterns in _PATTERNS:
        if any(p.search(text) for p in patterns):
            found.append(term)
    return found


def tooltip_for(text: str) -> str:
    """The tooltip of a label or header reading ``text``: each term it names with its
    meaning, one paragraph each; empty when it names none."""
    return "\n\n".join(f"{t.name}: {t.meaning}" for t in find_terms(text))
