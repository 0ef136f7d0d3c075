"""The thresholds of the KKPKK assessment (KOPERASI.md §5.4) in one frozen
dataclass, :class:`KkpkkRules`, so that every one is a setting with its documented
default (the ones marked [U] are kopdesk's reading where no source gave a table).

A :class:`Scale` turns a ratio in percent into the nilai 1 (best) to 4 (worst); the
skor is 5 − nilai (nilai 1 → skor 4 … nilai 4 → skor 1, [C] [flip-p32]).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kopdesk.errors import ValidationError

__all__ = ["KkpkkRules", "Scale", "skor_of"]


def _pct(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") + "%"


@dataclass(frozen=True)
class Scale:
    """The bounds of nilai 1, 2 and 3 (nilai 4 is beyond the third).

    ``higher_is_better``: nilai 1 when the ratio is at or above ``bounds[0]``
    (``inclusive``) or strictly above it; otherwise nilai 1 when the ratio is at or
    below ``bounds[0]`` (or strictly below it)."""

    bounds: tuple[Decimal, Decimal, Decimal]
    higher_is_better: bool = True
    inclusive: bool = True

    def __post_init__(self) -> None:
        a, b, c = self.bounds
        ordered = a >= b >= c if self.higher_is_better else a <= b <= c
        if not ordered:
            raise ValidationError("bounds", "Batas nilai 1, 2 dan 3 harus berurutan.")

    def _passes(self, ratio: Decimal, bound: Decimal) -> bool:
        if self.higher_is_better:
            return ratio >= bound if self.inclusive else ratio > bound
        return ratio <= bound if self.inclusive else ratio < bound

    def nilai(self, ratio: Decimal) -> int:
        for nilai, bound in enumerate(self.bounds, start=1):
            if self._passes(ratio, bound):
                return nilai
        return 4

    def band(self, nilai: int) -> str:
        """The band of ``nilai`` in words, e.g. ``"7,5% ≤ X < 10%"``."""
        up, down = (
            (("≥", "<") if self.inclusive else (">", "≤"))
            if self.higher_is_better
            else (("≤", ">") if self.inclusive else ("<", "≥"))
        )
        if nilai == 1:
            return f"X {up} {_pct(self.bounds[0])}"
        if nilai == 4:
            return f"X {down} {_pct(self.bounds[2])}"
        low, high = self.bounds[nilai - 1], self.bounds[nilai - 2]
        return f"X {up} {_pct(low)} dan X {down} {_pct(high)}"


def skor_of(nilai: int) -> int:
    return 5 - nilai


def _scale(a: str, b: str, c: str, *, higher: bool = True, inclusive: bool = True) -> Scale:
    return Scale((Decimal(a), Decimal(b), Decimal(c)), higher, inclusive)


_QUALITATIVE = _scale("75", "50", "25", inclusive=False)
_EQUITY_TO_ASSETS = _scale("30", "20", "10", inclusive=False)
_NPL = _scale("5", "10", "15", higher=False)
_ROE = _scale("10", "7.5", "5")
_SELF_RELIANCE = _scale("120", "110", "100")
_NET_MARGIN = _scale("15", "10", "5")
_ALLOWANCE_COVER = _scale("100", "75", "50")
_EQUITY_GROWTH = _scale("10", "7", "4")
_SURPLUS_GROWTH = _scale("10", "5", "1")
_PRODUCTIVE_ASSETS = _scale("75", "60", "50")
_LOANS_TO_PRODUCTIVE = _scale("75", "60", "50")
_LIQUID_TO_ASSETS = _scale("10", "7.5", "5")
_LIQUID_TO_CURRENT = _scale("20", "15", "10")


@dataclass(frozen=True)
class KkpkkRules:
    """Every threshold of the KKPKK assessment. [C]/[P]/[U] as in KOPERASI.md §5.4."""

    qualitative: Scale = _QUALITATIVE
    """Questionnaires: X > 75 → nilai 1, > 50 → 2, > 25 → 3, else 4. [C] the Juknis'
    text ("di atas 75 … setiap penurunan 25%", [flip-p32]); its table prints
    76 < X ≤ 100, 51 < X ≤ 75, … and leaves 75–76, 50–51, 25–26 and 0 to no band:
    the text's reading gives them one ([U] which side)."""
    equity_to_assets: Scale = _EQUITY_TO_ASSETS
    """Ekuitas / total aset: > 30 → 1, > 20 → 2, > 10 → 3. [C] bands, [U] boundary side."""
    npl: Scale = _NPL
    """Pinjaman bermasalah (KL+D+M) / total pinjaman: ≤ 5 → 1, ≤ 10 → 2, ≤ 15 → 3. [C]
    ([flip-p77]; the same page also says "> 12% → nilai 4")."""
    roe: Scale = _ROE
    """SHU setelah pajak / ekuitas: ≥ 10 → 1, ≥ 7,5 → 2, ≥ 5 → 3. [P] ([flip-p64];
    the nilai 3 band [U])."""
    self_reliance: Scale = _SELF_RELIANCE
    """Kemandirian operasional: ≥ 120 → 1, ≥ 110 → 2, ≥ 100 → 3. [C] ([flip-p65]
    prints "≤ 100" for nilai 4 too: 100 itself is [U])."""
    net_margin: Scale = _NET_MARGIN
    """SHU bersih / total pendapatan: table [U], kopdesk's reading."""
    allowance_cover: Scale = _ALLOWANCE_COVER
    """PPAP dibentuk / PPAP wajib dibentuk: table [U], kopdesk's reading."""
    equity_growth: Scale = _EQUITY_GROWTH
    """Pertumbuhan ekuitas: ≥ 10 → 1, ≥ 7 → 2, ≥ 4 → 3. [C] ([flip-p85])."""
    surplus_growth: Scale = _SURPLUS_GROWTH
    """Pertumbuhan SHU: < 1 → nilai 4 [P] ([flip-p85]); the other bounds [U]."""
    productive_assets: Scale = _PRODUCTIVE_ASSETS
    """Aset produktif / total aset (risiko inheren pinjaman): [U], kopdesk's reading."""
    loans_to_productive: Scale = _LOANS_TO_PRODUCTIVE
    """Pinjaman / aset produktif: [U], kopdesk's reading."""
    liquid_to_assets: Scale = _LIQUID_TO_ASSETS
    """Aset likuid / total aset (risiko inheren likuiditas): [U], kopdesk's reading."""
    liquid_to_current: Scale = _LIQUID_TO_CURRENT
    """Aset likuid / kewajiban lancar: [U], kopdesk's reading."""
    missing_nilai: int = 4
    """The nilai of a ratio that cannot be computed (its denominator is 0, e.g. a
    growth ratio in the book's first year): the worst, kopdesk's reading [U]."""
    weight_tata_kelola: Decimal = Decimal(30)
    """[C] [Yudhi-slide]."""
    weight_profil_risiko: Decimal = Decimal(15)
    """[C] [Yudhi-slide]."""
    weight_kinerja_keuangan: Decimal = Decimal(40)
    """[P] [anyflip-juknis]."""
    weight_permodalan: Decimal = Decimal(15)
    """[U]: inferred as 100 − 30 − 15 − 40."""

    def __post_init__(self) -> None:
        weights = (
            self.weight_tata_kelola,
            self.weight_profil_risiko,
            self.weight_kinerja_keuangan,
            self.weight_permodalan,
        )
        if sum(weights) != 100 or min(weights) < 0:
            raise ValidationError("bobot", "Bobot keempat aspek harus berjumlah 100.")
        if self.missing_nilai not in (1, 2, 3, 4):
            raise ValidationError("missing_nilai", "Nilai harus 1 sampai 4.")
