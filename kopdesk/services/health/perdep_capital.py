"""Rasio kecukupan modal sendiri (Perdep 06/2016 ratio 1c): modal tertimbang / ATMR.

Each equity item and each asset group counts at a weight. The weights are those of the
usual Permen 14/2009 / Perdep worksheet as best known here ([U] in KOPERASI.md §5.3):

- modal tertimbang: simpanan pokok, wajib and lain 100%; modal penyetaraan 100%;
  modal penyertaan 50%; cadangan umum 100%; cadangan tujuan risiko 50%; hibah 100%;
  SHU belum dibagi (earlier years' plus this year's up to the date) 50%;
- ATMR: kas 0%; bank 20%; penempatan pada koperasi/lembaga lain 50%; pinjaman dan
  piutang (net of the allowance) 100%; aset lancar lain 70%; investasi jangka panjang
  100%; aset tetap, tak berwujud and lain-lain (net of depreciation) 70%.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kopdesk.domain.coa import Code
from kopdesk.domain.health import Source
from kopdesk.services.health.book_figures import Books

__all__ = ["atmr", "modal_tertimbang"]

_EQUITY: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Simpanan pokok, wajib dan lain", 100, (Code.GROUP_SIMPANAN_ANGGOTA,)),
    ("Modal penyetaraan", 100, (Code.MODAL_PENYETARAAN,)),
    ("Modal penyertaan", 50, (Code.MODAL_PENYERTAAN,)),
    ("Cadangan umum", 100, (Code.CADANGAN_UMUM,)),
    ("Cadangan tujuan risiko", 50, (Code.CADANGAN_TUJUAN_RISIKO,)),
    ("Hibah / donasi", 100, (Code.GROUP_HIBAH,)),
)
_ASSETS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Kas", 0, (Code.KAS, Code.KAS_KECIL)),
    ("Bank dan deposito", 20, (Code.BANK_GIRO, Code.BANK_TABUNGAN, Code.DEPOSITO_BANK_3_BULAN)),
    ("Penempatan pada koperasi/lembaga lain", 50,
     (Code.GROUP_PENEMPATAN_PADA_KOPERASI_LEMBAGA_LAIN,)),
    ("Pinjaman dan piutang (bersih)", 100, (Code.GROUP_PINJAMAN_YANG_DIBERIKAN,)),
    ("Aset lancar lain", 70, (Code.GROUP_ASET_LANCAR_LAIN,)),
    ("Investasi jangka panjang", 100, (Code.GROUP_INVESTASI_JANGKA_PANJANG,)),
    ("Aset tetap (bersih)", 70, (Code.GROUP_ASET_TETAP,)),
    ("Aset tak berwujud dan lain-lain", 70,
     (Code.GROUP_ASET_TAK_BERWUJUD, Code.GROUP_ASET_LAIN_LAIN)),
)  # fmt: skip


def _weighted(source: Source, weight: int) -> Source:
    amount = (Decimal(source.amount) * weight / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Source(f"{weight}% × {source.label}", int(amount), source.accounts)


def modal_tertimbang(books: Books, shu_this_year: int) -> tuple[Source, ...]:
    """The weighted equity items; ``shu_this_year`` the year's SHU up to the date."""
    out = [
        _weighted(books.header_source(label, *codes, credit=True), weight)
        for label, weight, codes in _EQUITY
    ]
    earlier = books.header_source("SHU belum dibagi", Code.SHU_TAHUN_LALU_BELUM_DIBAGI, credit=True)
    unshared = Source(
        "SHU belum dibagi dan SHU tahun berjalan",
        earlier.amount + shu_this_year,
        (str(Code.SHU_TAHUN_LALU_BELUM_DIBAGI), str(Code.SHU_TAHUN_BERJALAN)),
    )
    out.append(_weighted(unshared, 50))
    return tuple(out)


def atmr(books: Books) -> tuple[Source, ...]:
    """Aktiva tertimbang menurut risiko: each asset group × its weight."""
    return tuple(_weighted(books.header_source(label, *codes), w) for label, w, codes in _ASSETS)
