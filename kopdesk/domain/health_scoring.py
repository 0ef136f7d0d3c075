"""Scoring tables of a health assessment: which nilai a ratio earns (KOPERASI.md §5.3).

A table is written compactly, bands from the lowest ratio up, the last band ``*``::

    20:25,40:50,60:100,80:50,*:25

reads "a ratio below 20% → nilai 25; below 40% → 50; below 60% → 100; below 80% →
50; otherwise 25". Bands may be separated by semicolons instead, and then a comma
is a decimal comma (``5:25;7,5:50;*:100``). A bound written ``<=15`` includes the
bound itself (``<=10:25,<=15:100,<=20:50,*:25``: 10% → 25, 10.01% → 100, 15% →
100). Ratios are percent, bounds must rise, nilai is 0–100. The tables marked [U]
in KOPERASI.md are settings in this form, so a cooperative (or its Dinas) can
correct them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kopdesk.errors import ValidationError

__all__ = ["Band", "Table", "format_table", "linear_nilai", "parse_table"]


@dataclass(frozen=True)
class Band:
    bound: Decimal | None
    """The band's upper bound in percent; None for the last band (``*``)."""
    inclusive: bool
    nilai: Decimal

    def holds(self, ratio: Decimal) -> bool:
        if self.bound is None:
            return True
        return ratio <= self.bound if self.inclusive else ratio < self.bound


@dataclass(frozen=True)
class Table:
    bands: tuple[Band, ...]

    def band(self, ratio: Decimal) -> Band:
        return next(b for b in self.bands if b.holds(ratio))

    def nilai(self, ratio: Decimal) -> Decimal:
        return self.band(ratio).nilai

    def describe(self, ratio: Decimal) -> str:
        """The band ``ratio`` fell in, in words: ``rasio < 40% → nilai 50``."""
        found = self.band(ratio)
        index = self.bands.index(found)
        if found.bound is None:
            if index == 0:
                return f"semua rasio → nilai {_num(found.nilai)}"
            before = self.bands[index - 1]
            sign = ">" if before.inclusive else "≥"
            assert before.bound is not None
            return f"rasio {sign} {_num(before.bound)}% → nilai {_num(found.nilai)}"
        sign = "≤" if found.inclusive else "<"
        return f"rasio {sign} {_num(found.bound)}% → nilai {_num(found.nilai)}"


def _num(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _decimal(text: str, field: str, original: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", ".", 1))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValidationError(field, _message(original, f"'{text.strip()}' bukan angka"))
    return value


def _message(original: str, problem: str) -> str:
    return (
        f"Tabel nilai '{original}' tidak dapat dibaca: {problem}. Tulis batas:nilai dari "
        f"rasio terendah, dipisah titik koma, diakhiri *:nilai, misalnya "
        f"20:25;40:50;60:100;80:50;*:25 (pakai <= bila batas ikut band itu)."
    )


def parse_table(text: str, field: str) -> Table:
    """``text`` read as a table; ``ValidationError`` (Indonesian) when it cannot be."""
    original = text.strip()
    if len(original) > 300:
        raise ValidationError(field, _message(original[:40] + "…", "terlalu panjang"))
    # With semicolons between bands a comma is the decimal comma (``7,5:50``).
    items = [i.strip() for i in original.split(";" if ";" in original else ",") if i.strip()]
    if not items:
        raise ValidationError(field, _message(original, "tabel kosong"))
    bands: list[Band] = []
    for item in items:
        bound_text, sep, nilai_text = item.partition(":")
        if not sep:
            raise ValidationError(field, _message(original, f"'{item}' tidak memakai titik dua"))
        nilai = _decimal(nilai_text, field, original)
        if not Decimal(0) <= nilai <= Decimal(100):
            raise ValidationError(field, _message(original, "nilai harus antara 0 dan 100"))
        bound_text = bound_text.strip()
        if bound_text == "*":
            bands.append(Band(None, False, nilai))
            continue
        inclusive = bound_text.startswith("<=")
        bound = _decimal(bound_text.removeprefix("<=").removeprefix("<"), field, original)
        bands.append(Band(bound, inclusive, nilai))
    _check_order(bands, field, original)
    return Table(tuple(bands))


def _check_order(bands: list[Band], field: str, original: str) -> None:
    if bands[-1].bound is not None or any(b.bound is None for b in bands[:-1]):
        raise ValidationError(field, _message(original, "hanya band terakhir yang ditulis *"))
    bounds = [b for b in bands if b.bound is not None]
    for low, high in itertools.pairwise(bounds):
        assert low.bound is not None
        assert high.bound is not None
        same = high.bound == low.bound and not (high.inclusive and not low.inclusive)
        if high.bound < low.bound or same:
            raise ValidationError(field, _message(original, "batas harus naik"))


def format_table(table: Table) -> str:
    """The table in its normal written form (``20:25,40:50,*:25``)."""
    return ",".join(_plain(b) for b in table.bands)


def _plain(band: Band) -> str:
    nilai = format(band.nilai.normalize(), "f")
    if band.bound is None:
        return f"*:{nilai}"
    bound = format(band.bound.normalize(), "f")
    return f"{'<=' if band.inclusive else ''}{bound}:{nilai}"


def linear_nilai(ratio: Decimal) -> Decimal:
    """+1 nilai per whole 1%, at most 100 (Permen 14/2009 for cadangan risiko, §5.3 1b and
    2c): the ratio rounded half up to whole points, as the published workings do (31,24%
    → 31, 80,90% → 81; KPRI "Nagara" 2014–2016, see ``tests/services/health``)."""
    points = ratio.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return min(max(points, Decimal(0)), Decimal(100))
