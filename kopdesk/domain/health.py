"""The shape of a health assessment (penilaian kesehatan, KOPERASI.md §5 and §7), shared
by every scheme: Perdep 06/2016 (seven aspects), Permenkop 9/2020 + Juknis 15/2021 (KKPKK,
four aspects) and WOCCU PEARLS for credit unions. A scheme's service turns the ledger and
the answers of the qualitative questions into :class:`Indicator` rows; the papers, the CSV
(``aspect,indicator,numerator,denominator,ratio,nilai,score,weight``), the window and the
dashboard read only these types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

__all__ = [
    "Assessment",
    "Bands",
    "Indicator",
    "Predicate",
    "Scheme",
    "Source",
    "percent",
    "predicate_for",
]


class Scheme(StrEnum):
    PERDEP_2016 = "perdep2016"
    """Perdep Deputi Pengawasan 06/Per/Dep.6/IV/2016 (KSP/USP), seven aspects."""
    KKPKK = "kkpkk"
    """Permenkop 9/2020 + Juknis Deputi Perkoperasian 15/2021, four aspects."""
    PEARLS = "pearls"
    """WOCCU PEARLS, for credit unions (kopdit): goals met or not, no predicate."""

    @property
    def label(self) -> str:
        return {
            Scheme.PERDEP_2016: "Perdep 06/2016",
            Scheme.KKPKK: "Permenkop 9/2020 (KKPKK)",
            Scheme.PEARLS: "PEARLS (WOCCU)",
        }[self]


class Predicate(StrEnum):
    SEHAT = "Sehat"
    CUKUP_SEHAT = "Cukup Sehat"
    DALAM_PENGAWASAN = "Dalam Pengawasan"
    DALAM_PENGAWASAN_KHUSUS = "Dalam Pengawasan Khusus"


@dataclass(frozen=True)
class Bands:
    """The lowest composite score of each predicate (KOPERASI.md §5.2: 80, 66, 51; which
    side of a boundary belongs where is [U], so these are settings). A score equal to a
    bound gets the better predicate."""

    sehat: Decimal = Decimal(80)
    cukup_sehat: Decimal = Decimal(66)
    dalam_pengawasan: Decimal = Decimal(51)


def predicate_for(score: Decimal, bands: Bands) -> Predicate:
    if score >= bands.sehat:
        return Predicate.SEHAT
    if score >= bands.cukup_sehat:
        return Predicate.CUKUP_SEHAT
    if score >= bands.dalam_pengawasan:
        return Predicate.DALAM_PENGAWASAN
    return Predicate.DALAM_PENGAWASAN_KHUSUS


@dataclass(frozen=True)
class Source:
    """One part of a numerator or denominator: what it is, how much, and the accounts
    (codes from ``coa``) or the register it was read from."""

    label: str
    amount: int
    accounts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Indicator:
    """One ratio or one questionnaire of a scheme, with its working.

    ``numerator`` and ``denominator`` are rupiah for a ratio of the books, counts for a
    questionnaire ("ya" answers over questions). ``ratio`` is in percent (None when the
    denominator is 0). ``nilai`` is the scheme's value for the ratio (Perdep: 0–100;
    KKPKK: 1–4; PEARLS: 1 when the goal is met, else 0); ``score`` what it adds to the
    composite; ``weight`` its weight in the composite."""

    aspect: str
    code: str
    name: str
    formula: str
    numerator: int
    denominator: int
    ratio: Decimal | None
    nilai: Decimal
    score: Decimal
    weight: Decimal
    numerator_from: tuple[Source, ...] = ()
    denominator_from: tuple[Source, ...] = ()
    goal: str = ""
    """PEARLS: the WOCCU goal in words ("≥ 10%"); other schemes: the band that applied."""
    met: bool | None = None
    """PEARLS: whether the goal is met; None for the scored schemes."""
    key: str = ""
    """A stable name for the indicator when ``code`` is only its number on the paper
    (KKPKK: the checklist's or the ratio's key); empty when ``code`` is stable."""


@dataclass(frozen=True)
class Assessment:
    scheme: Scheme
    year: int
    as_of: dt.date
    indicators: tuple[Indicator, ...]
    composite: Decimal
    """Σ score, 0–100 (PEARLS: the share of goals met, in percent)."""
    predicate: Predicate | None
    """None for PEARLS, which has goals, not a predicate."""


def percent(numerator: int, denominator: int) -> Decimal | None:
    """numerator / denominator × 100, to two decimals (half up); None when dividing by 0."""
    if denominator == 0:
        return None
    value = Decimal(numerator) * 100 / Decimal(denominator)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
