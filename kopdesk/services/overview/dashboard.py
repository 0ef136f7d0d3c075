"""Beranda's figures as of a day, each with its last twelve month-ends, and the to-do
list: what the treasurer should look at today.

Balances come from the month totals the database keeps (:func:`posted_sums`), the
loans from :func:`quality.collectibility` (once, for the day itself), the members from
their status history. Amounts in rupiah, shown on their natural side (savings and
SHU credit-positive, cash and loans debit-positive).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.assets import last_day, month_key
from kopdesk.domain.papers.statements import Period
from kopdesk.domain.vocabulary import LoanStatus, MemberStatus
from kopdesk.models import Account, Loan, LoanProduct, Member, MemberStatusEvent, SavingsProduct
from kopdesk.services.base import settings
from kopdesk.services.closing import shu
from kopdesk.services.closing.statements import fiscal_start_of
from kopdesk.services.closing.sums import RESULT_TYPES, Chart, load_chart, result_sums
from kopdesk.services.ledger.accounts import posted_sums
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.services.loans import quality
from kopdesk.services.overview import month_end
from kopdesk.services.savings import wajib

__all__ = [
    "MONTHS",
    "SAVINGS_KINDS",
    "Dashboard",
    "Figures",
    "Todo",
    "month_ends",
    "npl_trend",
    "read_dashboard",
    "read_figures",
]

MONTHS = 12
"""How many month-ends each trend shows (the last one is the day itself)."""
SAVINGS_KINDS = ("pokok", "wajib", "sukarela", "berjangka")
DUE_SOON_DAYS = 7
"""Loans whose next installment falls within this many days from today (today included)."""


@dataclass(frozen=True)
class Figures:
    """The tiles' figures. Every ``*_trend`` has one value per month of ``months``:
    the balance at that month's end, the last one as of ``on``."""

    on: dt.date
    months: tuple[str, ...]
    """``YYYY-MM``, oldest first; the last is ``on``'s month."""
    members_active: int
    members_new: int
    """Became aktif in ``on``'s month up to ``on``."""
    members_leaving: int
    """Stopped being aktif (keluar, meninggal, diberhentikan) in ``on``'s month."""
    members_trend: tuple[int, ...]
    savings: dict[str, int]
    """Per kind (:data:`SAVINGS_KINDS`): the control accounts' balances."""
    savings_trend: dict[str, tuple[int, ...]]
    cash: int
    """Kas dan setara kas (:data:`coa.CASH_AND_EQUIVALENTS`)."""
    cash_trend: tuple[int, ...]
    shu_year: int
    """This fiscal year's income less expenses up to ``on`` (closing entries left out)."""
    shu_trend: tuple[int, ...]
    """The SHU of each month-end's own fiscal year up to that day."""
    loans_outstanding_trend: tuple[int, ...]
    """The loan products' principal accounts."""

    @property
    def savings_total(self) -> int:
        return sum(self.savings.values())


@dataclass(frozen=True)
class Todo:
    """One line of the to-do list; the window words it. ``target`` is the page it opens."""

    kind: str
    """``loan_applications``, ``candidates``, ``month_end``, ``wajib_arrears``,
    ``loans_due``, ``backup``, ``year_close``, ``rat``."""
    target: str
    count: int = 0
    amount: int = 0
    day: dt.date | None = None
    """The backup's day, a deadline, or the month-end checklist's month end."""
    year: int = 0
    urgent: bool = False
    """Past a deadline, or something that costs money or data when left."""


@dataclass(frozen=True)
class Dashboard:
    figures: Figures
    loans: quality.CollectibilityReport
    """Outstanding, NPL and the grades as of ``on``."""
    todo: tuple[Todo, ...]


def month_ends(on: dt.date, count: int = MONTHS) -> tuple[dt.date, ...]:
    """The last ``count`` month-ends up to ``on``, oldest first; ``on`` itself last."""
    index = on.year * 12 + on.month - 1
    days = [
        last_day(f"{(index - k) // 12:04d}-{(index - k) % 12 + 1:02d}") for k in range(1, count)
    ]
    return (*reversed(days), on)


# --- members --------------------------------------------------------------------------


def _members(session: Session, days: Sequence[dt.date]) -> tuple[tuple[int, ...], int, int]:
    """Aktif members at each of ``days`` and, in the last day's month up to it, how
    many became aktif and how many stopped being aktif: from each member's status
    history, as the moments a member enters or leaves *aktif*."""
    rows = session.execute(
        select(
            MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.status
        ).order_by(MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.id)
    )
    on = days[-1]
    first = on.replace(day=1)
    moves: dict[dt.date, int] = defaultdict(int)
    joined = left = 0
    member, previous = None, None
    for member_id, when, status in rows:
        if member_id != member:
            member, previous = member_id, None
        was, now = previous == MemberStatus.AKTIF, status == MemberStatus.AKTIF
        if was != now:
            moves[when] += 1 if now else -1
            if first <= when <= on:
                joined += now
                left += was
        previous = status
    ordered = sorted(moves.items())
    trend = tuple(sum(n for when, n in ordered if when <= day) for day in days)
    return trend, joined, left


# --- balances -------------------------------------------------------------------------


def _credit(sums: dict[int, int], ids: Iterable[int]) -> int:
    return -sum(sums.get(i, 0) for i in ids)


def _shu_to(session: Session, chart: Chart, day: dt.date) -> int:
    """Income less expenses of ``day``'s fiscal year up to ``day`` (as the PHU shows it)."""
    period = Period(fiscal_start_of(session, day), day, "")
    result_ids = set(chart.ids(*RESULT_TYPES))
    sums = result_sums(session, chart, period)
    return -sum(v for k, v in sums.items() if k in result_ids)


def read_figures(session: Session, on: dt.date) -> Figures:
    """Every tile's figure and trend as of ``on`` (no loan quality: see :func:`read_dashboard`)."""
    days = month_ends(on)
    kinds = session.execute(select(SavingsProduct.kind, SavingsProduct.account_id)).all()
    by_kind: dict[str, set[int]] = {k: set() for k in SAVINGS_KINDS}
    for kind, account_id in kinds:
        by_kind.setdefault(str(kind), set()).add(int(account_id))
    loan_ids = set(session.execute(select(LoanProduct.account_id)).scalars())
    cash_ids = set(
        session.execute(
            select(Account.id).where(Account.code.in_(list(coa.CASH_AND_EQUIVALENTS)))
        ).scalars()
    )
    savings_trend: dict[str, list[int]] = {k: [] for k in by_kind}
    cash_trend: list[int] = []
    loans_trend: list[int] = []
    for day in days:
        sums = posted_sums(session, day)
        for kind, ids in by_kind.items():
            savings_trend[kind].append(_credit(sums, ids))
        cash_trend.append(-_credit(sums, cash_ids))
        loans_trend.append(-_credit(sums, loan_ids))
    members_trend, joined, left = _members(session, days)
    chart = load_chart(session)
    shu_trend = tuple(_shu_to(session, chart, day) for day in days)
    return Figures(
        on=on,
        months=tuple(month_key(d) for d in days),
        members_active=members_trend[-1],
        members_new=joined,
        members_leaving=left,
        members_trend=members_trend,
        savings={k: v[-1] for k, v in savings_trend.items()},
        savings_trend={k: tuple(v) for k, v in savings_trend.items()},
        cash=cash_trend[-1],
        cash_trend=tuple(cash_trend),
        shu_year=shu_trend[-1],
        shu_trend=shu_trend,
        loans_outstanding_trend=tuple(loans_trend),
    )


def npl_trend(session: Session, on: dt.date) -> tuple[Decimal, ...]:
    """NPL (% of the outstanding) at each of :func:`month_ends` — a loan-quality read per
    month, so the window asks for it after the rest has shown."""
    with quality.reused(session):
        return tuple(quality.collectibility(session, day).npl_percent for day in month_ends(on))


# --- the to-do list -------------------------------------------------------------------


def _approvals(session: Session) -> list[Todo]:
    applied = session.execute(
        select(func.count()).select_from(Loan).where(Loan.status == LoanStatus.DIAJUKAN)
    ).scalar_one()
    candidates = session.execute(
        select(func.count()).select_from(Member).where(Member.status == MemberStatus.CALON)
    ).scalar_one()
    out = []
    if applied:
        out.append(Todo("loan_applications", "loan_queue", count=int(applied)))
    if candidates:
        out.append(Todo("candidates", "members", count=int(candidates)))
    return out


def _month_end(session: Session, on: dt.date) -> list[Todo]:
    month = month_end.latest_ended_month(on)
    due = [r for r in month_end.checklist(session, month, on) if r.status is month_end.Status.DUE]
    if not due:
        return []
    return [Todo("month_end", "month_end", count=len(due), day=last_day(month), urgent=True)]


def _loans(report: quality.CollectibilityReport, on: dt.date) -> list[Todo]:
    until = on + dt.timedelta(days=DUE_SOON_DAYS - 1)
    due = [p for p in report.rows if p.next_due is not None and on <= p.next_due <= until]
    return [Todo("loans_due", "loans", count=len(due), day=until)] if due else []


def _wajib(session: Session, on: dt.date) -> list[Todo]:
    billing = wajib.wajib_billing(session, on, only_late=True)
    if not billing.members_late:
        return []
    late, total = billing.members_late, billing.total_arrears
    return [Todo("wajib_arrears", "savings_wajib", count=late, amount=total)]


def _backup(last_backup: dt.datetime | None, on: dt.date) -> list[Todo]:
    if last_backup is None:
        return [Todo("backup", "backups", urgent=True)]
    age = (on - last_backup.date()).days
    return [Todo("backup", "backups", count=age, day=last_backup.date(), urgent=age > 1)]


def _years(session: Session, on: dt.date) -> list[Todo]:
    """An ended fiscal year still open (close it), and the RAT of the last ended year
    until its SHU is shared (``closing.rat_months`` after the year end)."""
    out = []
    ended = [y for y in list_fiscal_years(session) if y.end_date < on]
    for year in ended:
        if year.is_open:
            out.append(Todo("year_close", "closing_year", year=year.year, day=year.end_date))
    if ended:
        last = max(ended, key=lambda y: y.end_date)
        if shu.get_plan(session, last.year).status != "posted":
            months = settings.get_int(session, settings.RAT_MONTHS_AFTER_YEAR_END)
            index = last.end_date.year * 12 + last.end_date.month - 1 + months
            deadline = last_day(f"{index // 12:04d}-{index % 12 + 1:02d}")
            out.append(Todo("rat", "rat", year=last.year, day=deadline, urgent=deadline < on))
    return out


def read_dashboard(
    session: Session, on: dt.date, *, last_backup: dt.datetime | None = None
) -> Dashboard:
    """Beranda as of ``on``; ``last_backup`` is when the newest backup of the book was
    made (the caller reads the backup folders)."""
    figures = read_figures(session, on)
    loans = quality.collectibility(session, on)
    todo = [
        *_approvals(session),
        *_month_end(session, on),
        *_wajib(session, on),
        *_loans(loans, on),
        *_backup(last_backup, on),
        *_years(session, on),
    ]
    todo.sort(key=lambda t: not t.urgent)
    return Dashboard(figures, loans, tuple(todo))
