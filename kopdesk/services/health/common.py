"""What every scored health scheme shares: the predicate bands and scoring tables from
the settings, the building of one :class:`Indicator` with its working and of the
:class:`Assessment` with its predicate. The figures of the books are read by
:mod:`~kopdesk.services.health.book_figures`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from kopdesk.domain.health import (
    Assessment,
    Bands,
    Indicator,
    Scheme,
    Source,
    percent,
    predicate_for,
)
from kopdesk.domain.health_scoring import Table, linear_nilai, parse_table
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings

__all__ = [
    "Head",
    "Linear",
    "Scorer",
    "assessment",
    "bands",
    "build",
    "composite",
    "indicator",
    "scoring_table",
]


def bands(session: Session) -> Bands:
    """The predicate bands from the settings (``health.band_*``, defaults 80/66/51)."""
    sehat, cukup, awas = (settings.get_int(session, x) for x in settings.HEALTH_BANDS)
    return Bands(Decimal(sehat), Decimal(cukup), Decimal(awas))


def scoring_table(session: Session, setting: settings.TextSetting) -> Table:
    """A scoring table from the settings; a stored text that no longer reads (changed
    outside kopdesk) gives the documented default."""
    try:
        return parse_table(settings.get_text(session, setting), setting.key)
    except ValidationError:
        return parse_table(setting.default, setting.key)


class Scorer(Protocol):
    def nilai(self, ratio: Decimal) -> Decimal: ...

    def describe(self, ratio: Decimal) -> str: ...


class Linear:
    """+1 nilai per whole 1% of ratio (rounded half up), at most 100 (Permen 14/2009)."""

    def nilai(self, ratio: Decimal) -> Decimal:
        return linear_nilai(ratio)

    def describe(self, ratio: Decimal) -> str:
        del ratio
        return "1 poin per 1% (dibulatkan), paling tinggi 100"


Head = tuple[str, str, str, str]
"""An indicator's aspect, code, name and formula text."""


def build(
    head: Head,
    numerator: Sequence[Source],
    denominator: Sequence[Source],
    weight: Decimal,
    scorer: Scorer,
    *,
    empty: Decimal | None = None,
) -> Indicator:
    """One ratio with its working. A denominator of 0 has no ratio: the nilai is
    ``empty`` when given, else the band of an endless ratio when the numerator is
    positive (e.g. cash with no current liabilities), else 0. A negative denominator
    (a loss where a surplus divides) counts as endless too."""
    num = sum(s.amount for s in numerator)
    den = sum(s.amount for s in denominator)
    ratio = percent(num, den) if den > 0 else None
    if ratio is not None:
        nilai, goal = scorer.nilai(ratio), scorer.describe(ratio)
    elif empty is not None and den == 0:
        nilai, goal = empty, "penyebut 0"
    elif num > 0 or den < 0:
        endless = Decimal("Infinity")
        nilai, goal = scorer.nilai(endless), "penyebut 0 atau negatif: " + scorer.describe(endless)
    else:
        nilai, goal = Decimal(0), "penyebut 0"
    return indicator(
        head,
        numerator,
        denominator,
        ratio=ratio,
        nilai=nilai,
        score=nilai * weight / 100,
        weight=weight,
        goal=goal,
    )


def indicator(
    head: Head,
    numerator: Sequence[Source],
    denominator: Sequence[Source],
    *,
    ratio: Decimal | None,
    nilai: Decimal,
    score: Decimal,
    weight: Decimal,
    goal: str,
) -> Indicator:
    """One scored indicator with its working: its numerator and denominator are the
    sums of their rows, which it keeps. The scheme has worked out the rest."""
    aspect, code, name, formula = head
    return Indicator(
        aspect=aspect,
        code=code,
        name=name,
        formula=formula,
        numerator=sum(s.amount for s in numerator),
        denominator=sum(s.amount for s in denominator),
        ratio=ratio,
        nilai=nilai,
        score=score,
        weight=weight,
        numerator_from=tuple(numerator),
        denominator_from=tuple(denominator),
        goal=goal,
    )


def composite(indicators: Iterable[Indicator]) -> Decimal:
    return sum((i.score for i in indicators), Decimal(0))


def assessment(
    scheme: Scheme,
    year: int,
    as_of: dt.date,
    indicators: Iterable[Indicator],
    *,
    total: Decimal,
    bands: Bands,
) -> Assessment:
    """A scored scheme's assessment: its indicators in the order of the paper, the
    composite ``total`` and the predicate the ``bands`` give it."""
    return Assessment(
        scheme=scheme,
        year=year,
        as_of=as_of,
        indicators=tuple(indicators),
        composite=total,
        predicate=predicate_for(total, bands),
    )
