"""Every account's month for the month-end routine, from SQL aggregates.

One query reads the accounts that may earn (with their member and their
balance before the month: ``SUM`` per account), one reads the month's
movements summed per account and day (``GROUP BY`` account, date). The
day-end balances are then kept as runs of equal days (a balance changes only
on a day with a movement), so an account costs its movements, not the
month's days. ``interest_for_runs`` equals ``domain.savings.interest_for_month``
over the expanded day-end balances (tests/services/savings prove it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.money import Rounding, to_rupiah
from kopdesk.domain.savings import InterestMethod, InterestResult
from kopdesk.domain.vocabulary import MemberStatus, SavingsAccountStatus
from kopdesk.models import JournalLine, Member, SavingsAccount

__all__ = ["AccountMonth", "Run", "cut_at", "interest_for_runs", "month_positions", "runs_of"]

LEFT = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)

Run = tuple[int, int]
"""(number of days, day-end balance on each of them)."""


@dataclass(frozen=True)
class AccountMonth:
    """One account that may earn in the month, with its day-end balances as runs."""

    id: int
    number: str
    member_id: int
    member_number: str
    member_name: str
    product_id: int
    rate_percent: str
    term_months: int
    maturity_date: dt.date | None
    rollover: bool
    runs: tuple[Run, ...]
    closing: int
    """The day-end balance of the month's last day."""


def runs_of(
    opening: int, movements: Sequence[tuple[dt.date, int]], first: dt.date, last: dt.date
) -> tuple[list[Run], int]:
    """The day-end balances from ``first`` to ``last`` as runs, and the last one.

    ``movements``: (day, change) inside the period, sorted by day, one per day."""
    runs: list[Run] = []
    balance, start = opening, first.toordinal()
    for day, change in movements:
        at = day.toordinal()
        if at > start:
            runs.append((at - start, balance))
        balance += change
        start = at
    runs.append((last.toordinal() - start + 1, balance))
    return runs, balance


def cut_at(runs: Sequence[Run], first: dt.date, cut: dt.date) -> list[Run]:
    """The runs with every day from ``cut`` on earning nothing (balance 0)."""
    keep = max(cut.toordinal() - first.toordinal(), 0)
    out: list[Run] = []
    for days, balance in runs:
        if keep >= days:
            out.append((days, balance))
        elif keep > 0:
            out += [(keep, balance), (days - keep, 0)]
        else:
            out.append((days, 0))
        keep = max(keep - days, 0)
    return out


def interest_for_runs(
    method: InterestMethod,
    rate_percent: Decimal,
    runs: Sequence[Run],
    *,
    minimum_balance: int = 0,
    days_in_year: int = 365,
) -> InterestResult:
    """``interest_for_month`` over the day-end balances the runs stand for."""
    rate = rate_percent / 100
    if method is InterestMethod.NONE or rate == 0 or not runs:
        return InterestResult(0, 0)
    if method is InterestMethod.LOWEST:
        lowest = max(min(balance for _, balance in runs), 0)
        if lowest < minimum_balance:
            return InterestResult(lowest, 0)
        return InterestResult(lowest, to_rupiah(Decimal(lowest) * rate / 12, Rounding.HALF_UP))
    floor = max(minimum_balance, 1)
    basis = sum(days * balance for days, balance in runs if balance >= floor)
    return InterestResult(basis, to_rupiah(Decimal(basis) * rate / days_in_year, Rounding.HALF_UP))


def month_positions(
    session: Session, product_ids: Collection[int], first: dt.date, last: dt.date
) -> list[AccountMonth]:
    """The active accounts of ``product_ids`` opened by ``last`` whose member had
    not left by then, in account order, with their month's day-end balances."""
    chosen = (
        select(SavingsAccount.id)
        .join(Member, Member.id == SavingsAccount.member_id)
        .where(
            SavingsAccount.product_id.in_(sorted(product_ids)),
            SavingsAccount.status == SavingsAccountStatus.AKTIF,
            SavingsAccount.opened_on <= last,
            # no interest after leaving: the savings wait for the settlement
            ~(Member.status.in_(LEFT) & (Member.status_date <= last)),
        )
        .scalar_subquery()
    )
    before = (
        select(
            JournalLine.savings_account_id.label("account_id"),
            func.sum(JournalLine.amount).label("total"),
        )
        .where(JournalLine.savings_account_id.in_(chosen), JournalLine.date < first)
        .group_by(JournalLine.savings_account_id)
        .subquery()
    )
    moves: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for account_id, day, amount in session.execute(
        select(JournalLine.savings_account_id, JournalLine.date, func.sum(JournalLine.amount))
        .where(
            JournalLine.savings_account_id.in_(chosen),
            JournalLine.date >= first,
            JournalLine.date <= last,
        )
        .group_by(JournalLine.savings_account_id, JournalLine.date)
        .order_by(JournalLine.savings_account_id, JournalLine.date)
    ):
        if account_id is not None:
            moves[account_id].append((day, -int(amount)))
    rows = session.execute(
        select(
            SavingsAccount.id,
            SavingsAccount.number,
            SavingsAccount.member_id,
            Member.number,
            Member.full_name,
            SavingsAccount.product_id,
            SavingsAccount.rate_percent,
            SavingsAccount.term_months,
            SavingsAccount.maturity_date,
            SavingsAccount.rollover,
            before.c.total,
        )
        .join(Member, Member.id == SavingsAccount.member_id)
        .outerjoin(before, before.c.account_id == SavingsAccount.id)
        .where(SavingsAccount.id.in_(chosen))
        .order_by(SavingsAccount.id)
    )
    out = []
    for row in rows:
        runs, closing = runs_of(-int(row.total or 0), moves.get(row.id, ()), first, last)
        out.append(
            AccountMonth(
                id=row.id,
                number=row.number,
                member_id=row.member_id,
                member_number=row[3],
                member_name=row.full_name,
                product_id=row.product_id,
                rate_percent=row.rate_percent,
                term_months=row.term_months,
                maturity_date=row.maturity_date,
                rollover=bool(row.rollover),
                runs=tuple(runs),
                closing=closing,
            )
        )
    return out
