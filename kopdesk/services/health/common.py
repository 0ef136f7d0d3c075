"""What every scored health scheme shares: the figures of the books for a tahun buku
(balances at a date, flows over the year up to it), the predicate bands and scoring
tables from the settings, and the building of one :class:`Indicator` with its working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from sqlalchemy.orm import Session

from kopdesk.domain.health import Bands, Indicator, Source, percent
from kopdesk.domain.health_scoring import Table, linear_nilai, parse_table
from kopdesk.domain.papers.statements import Period
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.services.closing import sums
from kopdesk.services.closing.yearend import year_bounds
from kopdesk.services.ledger.accounts import posted_sums

__all__ = ["Books", "Head", "Linear", "Scorer", "bands", "build", "composite", "scoring_table"]


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
    aspect, code, name, formula = head
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
    return Indicator(
        aspect=aspect,
        code=code,
        name=name,
        formula=formula,
        numerator=num,
        denominator=den,
        ratio=ratio,
        nilai=nilai,
        score=nilai * weight / 100,
        weight=weight,
        numerator_from=tuple(numerator),
        denominator_from=tuple(denominator),
        goal=goal,
    )


def composite(indicators: Iterable[Indicator]) -> Decimal:
    return sum((i.score for i in indicators), Decimal(0))


@dataclass
class Books:
    """The books of tahun buku ``year`` as of ``as_of``: balances at ``as_of`` and the
    income and expense from the year's first day to ``as_of`` (closing entries left out,
    so a closed year reads as before its close). A code stands for the account and
    every account under it (a cooperative may add accounts under a header)."""

    session: Session
    year: int
    start: dt.date
    as_of: dt.date
    closed: bool

    @classmethod
    def of(cls, session: Session, year: int, as_of: dt.date | None) -> Books:
        start, end, closed = year_bounds(session, year)
        day = end if as_of is None else as_of
        if not start <= day <= end:
            raise ValidationError(
                "as_of",
                f"Tanggal penilaian {day.isoformat()} di luar tahun buku {year} "
                f"({start.isoformat()} s.d. {end.isoformat()}).",
            )
        books = cls(session, year, start, day, closed)
        books._load()
        return books

    def _load(self) -> None:
        chart = sums.load_chart(self.session)
        self._chart = chart
        self._balances = posted_sums(self.session, self.as_of)
        period = Period(self.start, self.as_of, label="")
        self._flows = sums.result_sums(self.session, chart, period)

    def _ids(self, codes: Iterable[str]) -> set[int]:
        wanted = set(codes)
        by_code = self._chart.by_code
        found = set()
        for info in self._chart.accounts:
            current = info
            while True:
                if current.code in wanted:
                    found.add(info.id)
                    break
                if current.parent_code is None:
                    break
                current = by_code[current.parent_code]
        return found

    def _sum(self, sums_by_id: dict[int, int], codes: Sequence[str]) -> int:
        return sum(v for k, v in sums_by_id.items() if k in self._ids(codes))

    def balance(self, label: str, *codes: str, credit: bool = False) -> Source:
        """The balance of ``codes`` at ``as_of``: debit-positive, or credit-positive."""
        amount = self._sum(self._balances, codes)
        return Source(label, -amount if credit else amount, tuple(str(c) for c in codes))

    def flow(self, label: str, *codes: str, credit: bool = False) -> Source:
        """The year's income or expense on ``codes`` up to ``as_of`` (credit-positive
        for income when ``credit``)."""
        amount = self._sum(self._flows, codes)
        return Source(label, -amount if credit else amount, tuple(str(c) for c in codes))
