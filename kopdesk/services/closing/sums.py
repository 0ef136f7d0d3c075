"""The chart and the sums the financial statements read: the chart of accounts in
presentation order, SQL sums of journal lines per account (and per source of the
entry), and the helpers that turn them into grouped statement lines and column
headings. Used by :mod:`~kopdesk.services.closing.statements`,
:mod:`~kopdesk.services.closing.equity` and :mod:`~kopdesk.services.closing.notes`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from kopdesk.domain.dates import format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.papers.statements import (
    Period,
    StatementLine,
)
from kopdesk.models import Account, AccountMonthFlow, JournalEntry, JournalLine
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts, posted_sums

__all__ = [
    "CLOSING_SOURCE",
    "OCI_PREFIX",
    "OPENING_PREFIX",
    "OPENING_SOURCE",
    "RESULT_TYPES",
    "Chart",
    "activity_sums",
    "cash_moves",
    "chart_group",
    "date_columns",
    "flow_columns",
    "flow_subtitle",
    "grouped_lines",
    "line_activity_sums",
    "line_cash_moves",
    "load_chart",
    "month_span",
    "opening_entries",
    "result_sums",
    "shown_amount",
    "sum_lines",
]

CLOSING_SOURCE = "tutup-buku"
"""The journal source of the year-end closing entries (``yearend``)."""
OPENING_PREFIX = "39"
OPENING_SOURCE = "saldo_awal"
"""The source an opening-balance entry (one touching 39xx) counts under."""
OCI_PREFIX = "36"


# --- the chart and the sums ------------------------------------------------------------------

RESULT_TYPES = (AccountType.PENDAPATAN, AccountType.BEBAN)


@dataclass(frozen=True)
class Chart:
    """The chart of accounts in code order (= presentation order)."""

    accounts: tuple[AccountInfo, ...]

    @property
    def by_code(self) -> dict[str, AccountInfo]:
        return {a.code: a for a in self.accounts}

    def ids(self, *types: AccountType) -> list[int]:
        return [a.id for a in self.accounts if a.type in types]

    def postable(self, *types: AccountType) -> list[AccountInfo]:
        return [a for a in self.accounts if a.postable and a.type in types]

    def group_of(self, info: AccountInfo) -> AccountInfo | None:
        """The account's level-1 header (``1100 Kas dan setara kas``); None for an
        account directly under its class."""
        by_code = self.by_code
        current = info
        while current.level > 1 and current.parent_code is not None:
            current = by_code[current.parent_code]
        return current if current is not info else None


def load_chart(session: Session) -> Chart:
    return Chart(tuple(list_accounts(session)))


def shown_amount(info: AccountInfo, amount: int) -> int:
    """A debit-positive amount on its class's normal side; a contra account (whose
    balance is on the other side) comes out negative within its section."""
    return amount if info.type.debit_normal else -amount


def sum_lines(
    session: Session,
    account_ids: Sequence[int],
    *,
    start: dt.date | None = None,
    before: dt.date | None = None,
) -> int:
    """Sum of the lines on ``account_ids`` dated from ``start`` and before ``before``
    (from the balances the month totals give: :func:`posted_sums`)."""
    ids = set(account_ids)

    def upto(day: dt.date | None) -> int:
        return sum(v for k, v in posted_sums(session, day).items() if k in ids)

    total = upto(None if before is None else before - dt.timedelta(days=1))
    return total - upto(start - dt.timedelta(days=1)) if start is not None else total


def month_span(start: dt.date, end: dt.date) -> tuple[int, int] | None:
    """The first and last month (``year * 12 + month``) when [start, end] is whole
    calendar months, the only spans the month flows can answer; else None."""
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1 or end < start:
        return None
    return start.year * 12 + start.month, end.year * 12 + end.month


_FLOW_MONTH = AccountMonthFlow.year * 12 + AccountMonthFlow.month


def opening_entries(start: dt.date, end: dt.date) -> Select[int]:
    """Entries dated in [start, end] that bring balances into the book (they touch
    39xx, the opening-balance equity): their lines are saldo awal, not business."""
    return (
        select(JournalLine.entry_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(
            Account.code.like(f"{OPENING_PREFIX}%"),
            JournalLine.date >= start,
            JournalLine.date <= end,
        )
    )


def activity_sums(
    session: Session, account_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, str], int]:
    """Sum of the lines dated in [start, end] per (account id, source of the entry).

    A reversal counts under the source of the entry it reverses, so reversing a
    closing entry (reopening a year) is a closing entry too; an entry touching
    39xx counts as :data:`OPENING_SOURCE`. Whole months are read from the month
    flows the database keeps (``account_month_flow``), other spans from the lines
    (:func:`line_activity_sums`, equal by the property tests)."""
    span = month_span(start, end)
    if span is None:
        return line_activity_sums(session, account_ids, start, end)
    source = case((AccountMonthFlow.opening == 1, OPENING_SOURCE), else_=AccountMonthFlow.source)
    rows = session.execute(
        select(AccountMonthFlow.account_id, source, func.sum(AccountMonthFlow.amount))
        .where(
            _FLOW_MONTH.between(*span),
            AccountMonthFlow.account_id.in_(list(account_ids)),
        )
        .group_by(AccountMonthFlow.account_id, source)
    ).all()
    return {(int(a), str(s)): int(t) for a, s, t in rows if t}


def line_activity_sums(
    session: Session, account_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, str], int]:
    """:func:`activity_sums` computed from every line of the span and its entry."""
    original = aliased(JournalEntry)
    source = case(
        (JournalLine.entry_id.in_(opening_entries(start, end)), OPENING_SOURCE),
        else_=func.coalesce(original.source, JournalEntry.source),
    )
    rows = session.execute(
        select(JournalLine.account_id, source, func.sum(JournalLine.amount))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .outerjoin(original, original.id == JournalEntry.reversal_of_id)
        .where(
            JournalLine.date >= start,
            JournalLine.date <= end,
            JournalLine.account_id.in_(list(account_ids)),
        )
        .group_by(JournalLine.account_id, source)
    ).all()
    return {(int(a), str(s)): int(t) for a, s, t in rows if t}


def cash_moves(
    session: Session, cash_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, bool], int]:
    """Per (non-cash account id, opening entry?): the sum of the non-cash lines of the
    entries dated in [start, end] that touch a cash account (``cash_ids``, which
    must be the 11xx accounts for whole months: the month flows mark entries
    touching 11xx). Whole months from the month flows, other spans from the lines."""
    span = month_span(start, end)
    if span is None:
        return line_cash_moves(session, cash_ids, start, end)
    rows = session.execute(
        select(
            AccountMonthFlow.account_id, AccountMonthFlow.opening, func.sum(AccountMonthFlow.amount)
        )
        .where(
            _FLOW_MONTH.between(*span),
            AccountMonthFlow.cash == 1,
            AccountMonthFlow.account_id.not_in(list(cash_ids)),
        )
        .group_by(AccountMonthFlow.account_id, AccountMonthFlow.opening)
    ).all()
    return {(int(a), bool(o)): int(t) for a, o, t in rows}


def line_cash_moves(
    session: Session, cash_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, bool], int]:
    """:func:`cash_moves` computed from every line of the span."""
    touching = (
        select(JournalLine.entry_id)
        .where(
            JournalLine.account_id.in_(list(cash_ids)),
            JournalLine.date >= start,
            JournalLine.date <= end,
        )
        .distinct()
    )
    opening = JournalLine.entry_id.in_(opening_entries(start, end))
    rows = session.execute(
        select(JournalLine.account_id, opening, func.sum(JournalLine.amount))
        .where(JournalLine.entry_id.in_(touching), JournalLine.account_id.not_in(list(cash_ids)))
        .group_by(JournalLine.account_id, opening)
    ).all()
    return {(int(a), bool(o)): int(t) for a, o, t in rows}


def result_sums(session: Session, chart: Chart, period: Period) -> dict[int, int]:
    """Income and expense (and OCI) per account id over the period, closing entries
    left out (debit-positive)."""
    ids = chart.ids(*RESULT_TYPES) + [a.id for a in chart.accounts if a.code.startswith(OCI_PREFIX)]
    sums: dict[int, int] = defaultdict(int)
    for (account_id, source), amount in activity_sums(
        session, ids, period.start, period.end
    ).items():
        if source != CLOSING_SOURCE:
            sums[account_id] += amount
    return dict(sums)


# --- building lines ------------------------------------------------------------------------


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def grouped_lines(
    section: str,
    infos: Iterable[AccountInfo],
    current: dict[str, int],
    prior: dict[str, int],
    *,
    group_of: Callable[[AccountInfo], tuple[str, str] | None],
    notes: dict[str, str] | None = None,
) -> tuple[list[StatementLine], int, int]:
    """Heading, account lines and subtotal per group (subtotal only for two or more
    accounts); accounts with nothing in either period are left out. Returns the
    lines and the section's two totals."""
    groups: dict[tuple[str, str] | None, list[AccountInfo]] = {}
    for info in infos:
        if current.get(info.code, 0) or prior.get(info.code, 0):
            groups.setdefault(group_of(info), []).append(info)
    lines: list[StatementLine] = []
    total_cur = total_pri = 0
    for group, members in groups.items():
        cur = sum(current.get(m.code, 0) for m in members)
        pri = sum(prior.get(m.code, 0) for m in members)
        total_cur, total_pri = total_cur + cur, total_pri + pri
        level = 1
        if group is not None:
            code, name = group
            note = (notes or {}).get(code, "")
            lines.append(
                StatementLine(section, code, name, cur, pri, 1, is_heading=True, note=note)
            )
            level = 2
        for m in members:
            lines.append(
                StatementLine(
                    section, m.code, m.name, current.get(m.code, 0), prior.get(m.code, 0), level,
                    is_account=True,
                )
            )  # fmt: skip
        if group is not None and len(members) > 1:
            code, name = group
            lines.append(
                StatementLine(section, code, f"Jumlah {_lower_first(name)}", cur, pri, 1, True)
            )
    return lines, total_cur, total_pri


def chart_group(chart: Chart) -> Callable[[AccountInfo], tuple[str, str] | None]:
    def group_of(info: AccountInfo) -> tuple[str, str] | None:
        header = chart.group_of(info)
        return (header.code, header.name) if header is not None else None

    return group_of


def date_columns(period: Period, prior: Period) -> tuple[str, str]:
    return format_date(period.end), format_date(prior.end)


def flow_columns(period: Period, prior: Period) -> tuple[str, str]:
    if period.kind == "year" and period.start.month == 1:
        columns = str(period.start.year), str(prior.start.year)
    else:
        columns = period.label, prior.label
    if not _whole(period):  # an open period cut at the day it is printed names its days
        return f"{format_date(period.start)} s.d. {format_date(period.end)}", columns[1]
    return columns


def _whole(period: Period) -> bool:
    """Whether ``period`` runs to the end of its year, semester, quarter or month."""
    months = {"year": 12, "semester": 6, "quarter": 3, "month": 1}.get(period.kind)
    if months is None:
        return True
    index = period.start.year * 12 + period.start.month - 1 + months
    return period.end == dt.date(index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)


def flow_subtitle(period: Period) -> str:
    return f"Untuk periode {format_date(period.start)} s.d. {format_date(period.end)}"
