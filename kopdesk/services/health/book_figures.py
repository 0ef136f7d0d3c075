"""The ledger figures every health scheme reads (Perdep 06/2016, KKPKK, PEARLS):
balances at a date and the year's income and expenses, by account code, with
:class:`~kopdesk.domain.health.Source` rows that name the accounts each figure came
from: every postable account read (:meth:`Books.source`) or the header codes asked
for (:meth:`Books.header_source`).

Balances are as of the end of a day; income and expense over a period leave the
year-end closing entries out (so a closed year shows its SHU as it was earned). The
surplus not yet closed is part of equity, so total assets = liabilities + equity
holds whether or not the year is closed. Accounts a cooperative added under a
header count with the header (a figure names headers, and every postable account
below one is read).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kopdesk.domain.health import Source
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.papers.statements import Period
from kopdesk.errors import ValidationError
from kopdesk.services.closing.statements import period_of
from kopdesk.services.closing.sums import CLOSING_SOURCE, Chart, activity_sums, load_chart
from kopdesk.services.closing.yearend import year_bounds
from kopdesk.services.ledger.accounts import posted_sums

__all__ = [
    "Books",
    "assessment_period",
    "read_books",
    "read_year",
    "year_earlier",
]


def year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February → 28 February; a month end stays one)."""
    if (day + dt.timedelta(days=1)).day == 1:
        first_next = dt.date(day.year - 1 + (day.month == 12), day.month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)
    return day.replace(year=day.year - 1)


def assessment_period(session: Session, year: int, as_of: dt.date | None) -> Period:
    """Tahun buku ``year``, cut at ``as_of`` when that falls inside it (an open year
    without ``as_of`` runs to today, as its statements do)."""
    period = period_of(session, year, as_of=as_of)
    if as_of is not None and period.start <= as_of < period.end:
        period = replace(period, end=as_of)
    return period


@dataclass(frozen=True)
class Books:
    """Debit-positive balances at ``on`` and flows over [``start``, ``on``] per
    account code, and the chart to find the accounts under a header."""

    start: dt.date
    on: dt.date
    balances: dict[str, int]
    flows: dict[str, int]
    chart: Chart

    def postable_under(self, *codes: str) -> tuple[str, ...]:
        """The postable accounts that are one of ``codes`` or below one of them."""
        parents = {a.code: a.parent_code for a in self.chart.accounts}
        wanted = set(codes)
        found = []
        for info in self.chart.accounts:
            code: str | None = info.code
            while code is not None and code not in wanted:
                code = parents.get(code)
            if code is not None and info.postable:
                found.append(info.code)
        return tuple(found)

    def balance(self, *codes: str, credit: bool = False) -> int:
        """Σ balance of the accounts under ``codes`` (credit-positive when ``credit``)."""
        total = sum(self.balances.get(c, 0) for c in self.postable_under(*codes))
        return -total if credit else total

    def flow(self, *codes: str, credit: bool = False) -> int:
        """Σ movement over the period of the accounts under ``codes``."""
        total = sum(self.flows.get(c, 0) for c in self.postable_under(*codes))
        return -total if credit else total

    def source(self, label: str, *codes: str, credit: bool = False) -> Source:
        """One balance as a working row naming its accounts."""
        return Source(label, self.balance(*codes, credit=credit), self.postable_under(*codes))

    def flow_source(self, label: str, *codes: str, credit: bool = False) -> Source:
        return Source(label, self.flow(*codes, credit=credit), self.postable_under(*codes))

    def header_source(self, label: str, *codes: str, credit: bool = False) -> Source:
        """One balance as a working row naming ``codes`` as asked (the headers), not
        every account below them."""
        return Source(label, self.balance(*codes, credit=credit), tuple(str(c) for c in codes))

    def header_flow(self, label: str, *codes: str, credit: bool = False) -> Source:
        """One movement over the period as a working row naming ``codes`` as asked."""
        return Source(label, self.flow(*codes, credit=credit), tuple(str(c) for c in codes))

    def _of_type(self, kind: AccountType) -> tuple[str, ...]:
        return tuple(a.code for a in self.chart.accounts if a.postable and a.type is kind)

    @property
    def total_assets(self) -> int:
        """Σ asset accounts, contra accounts (allowance, depreciation) netted."""
        return sum(self.balances.get(c, 0) for c in self._of_type(AccountType.ASET))

    def total_assets_source(self) -> Source:
        return Source("Total aset", self.total_assets, self._of_type(AccountType.ASET))

    @property
    def total_liabilities(self) -> int:
        """Σ liability accounts, credit-positive."""
        return -sum(self.balances.get(c, 0) for c in self._of_type(AccountType.LIABILITAS))

    def liabilities_source(self) -> Source:
        codes = self._of_type(AccountType.LIABILITAS)
        return Source("Total liabilitas", self.total_liabilities, codes)

    @property
    def result_codes(self) -> tuple[str, ...]:
        return self._of_type(AccountType.PENDAPATAN) + self._of_type(AccountType.BEBAN)

    @property
    def equity(self) -> int:
        """Ekuitas (credit-positive): equity accounts plus the surplus not yet closed."""
        codes = self._of_type(AccountType.EKUITAS) + self.result_codes
        return -sum(self.balances.get(c, 0) for c in codes)

    def equity_source(self) -> Source:
        codes = self._of_type(AccountType.EKUITAS) + self.result_codes
        return Source("Ekuitas (termasuk SHU belum ditutup)", self.equity, codes)

    @property
    def income(self) -> int:
        """Σ income over the period (credit-positive), contra income (HPP) netted."""
        return -sum(self.flows.get(c, 0) for c in self._of_type(AccountType.PENDAPATAN))

    @property
    def surplus(self) -> int:
        """SHU of the period after tax: income − every expense, 5990 included."""
        return -sum(self.flows.get(c, 0) for c in self.result_codes)

    def income_source(self) -> Source:
        return Source("Total pendapatan", self.income, self._of_type(AccountType.PENDAPATAN))

    def surplus_source(self) -> Source:
        return Source("SHU setelah pajak", self.surplus, self.result_codes)


def _by_code(sums: dict[int, int], chart: Chart) -> dict[str, int]:
    codes = {a.id: a.code for a in chart.accounts}
    return {codes[i]: v for i, v in sums.items() if i in codes}


def _flows(session: Session, chart: Chart, start: dt.date, end: dt.date) -> dict[str, int]:
    ids = [a.id for a in chart.accounts if a.postable]
    codes = {a.id: a.code for a in chart.accounts}
    out: dict[str, int] = defaultdict(int)
    for (account_id, source), amount in activity_sums(session, ids, start, end).items():
        if source != CLOSING_SOURCE:
            out[codes[account_id]] += amount
    return dict(out)


def read_books(session: Session, start: dt.date, on: dt.date) -> Books:
    """Balances at the end of ``on`` and flows over [``start``, ``on``]."""
    chart = load_chart(session)
    balances = _by_code(posted_sums(session, on), chart)
    return Books(start, on, balances, _flows(session, chart, start, on), chart)


def read_year(session: Session, year: int, as_of: dt.date | None) -> Books:
    """Tahun buku ``year`` read at ``as_of`` (the year's last day when None, open or
    closed): balances then, flows from the year's first day. ``ValidationError`` for a
    date outside the year, ``NotFoundError`` for a year the book does not have."""
    start, end, _closed = year_bounds(session, year)
    day = end if as_of is None else as_of
    if not start <= day <= end:
        raise ValidationError(
            "as_of",
            f"Tanggal penilaian {day.isoformat()} di luar tahun buku {year} "
            f"({start.isoformat()} s.d. {end.isoformat()}).",
        )
    return read_books(session, start, day)
