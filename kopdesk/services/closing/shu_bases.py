"""SHU bases: who shares (members *aktif* on the last day of the year) and each
member's jasa modal base (pokok + wajib, optionally + sukarela, at year end or
the average of the month ends) and jasa usaha base (loan interest paid, loans
received, or purchases on 43xx) in a fiscal year.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Protocol

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import AccountType
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.models import (
    Account,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    LoanProduct,
    Member,
    MemberStatusEvent,
    SavingsAccount,
    SavingsProduct,
)
from kopdesk.services.closing import sums

__all__ = [
    "PURCHASE_PREFIX",
    "BasisChoice",
    "MemberRef",
    "aktif_on",
    "members_on",
    "modal_bases",
    "usaha_bases",
]

PURCHASE_PREFIX = "43"


class BasisChoice(Protocol):
    """The plan's choice of bases (:class:`kopdesk.services.closing.shu.PlanInput`)."""

    @property
    def modal_basis(self) -> str: ...

    @property
    def include_sukarela(self) -> bool: ...

    @property
    def usaha_basis(self) -> str: ...


def _aktif_on(day: dt.date) -> ColumnElement[bool]:
    """Members whose latest status event on or before ``day`` is *aktif*."""
    latest = (
        select(
            MemberStatusEvent.member_id,
            MemberStatusEvent.status,
            func.row_number()
            .over(
                partition_by=MemberStatusEvent.member_id,
                order_by=(MemberStatusEvent.date.desc(), MemberStatusEvent.id.desc()),
            )
            .label("rn"),
        )
        .where(MemberStatusEvent.date <= day)
        .subquery()
    )
    return Member.id.in_(
        select(latest.c.member_id).where(latest.c.rn == 1, latest.c.status == MemberStatus.AKTIF)
    )


def members_on(session: Session, day: dt.date) -> list[Member]:
    """Members whose status on ``day`` was *aktif* (from the status history), by number."""
    return list(
        session.execute(select(Member).where(_aktif_on(day)).order_by(Member.number)).scalars()
    )


class MemberRef(NamedTuple):
    id: int
    number: str
    full_name: str


def aktif_on(session: Session, day: dt.date) -> list[MemberRef]:
    """:func:`members_on` as plain rows (id, number, name): what the SHU split needs."""
    rows = session.execute(
        select(Member.id, Member.number, Member.full_name)
        .where(_aktif_on(day))
        .order_by(Member.number)
    ).all()
    return [MemberRef(i, number, name) for i, number, name in rows]


def _savings_by_member(session: Session, product_ids: list[int], on: dt.date) -> dict[int, int]:
    if not product_ids:
        return {}
    # Summed per account first (the lines in the account index's order), then per member.
    accounts = select(SavingsAccount.id).where(SavingsAccount.product_id.in_(product_ids))
    per_account = (
        select(JournalLine.savings_account_id.label("id"), func.sum(JournalLine.amount).label("s"))
        .where(JournalLine.savings_account_id.in_(accounts), JournalLine.date <= on)
        .group_by(JournalLine.savings_account_id)
        .subquery()
    )
    rows = session.execute(
        select(SavingsAccount.member_id, func.sum(per_account.c.s))
        .join(per_account, per_account.c.id == SavingsAccount.id)
        .group_by(SavingsAccount.member_id)
    ).all()
    return {member_id: -int(total) for member_id, total in rows}


def _month_ends(start: dt.date, end: dt.date) -> list[dt.date]:
    days, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        nxt = dt.date(y + (m == 12), 1 if m == 12 else m + 1, 1)
        days.append(min(nxt - dt.timedelta(days=1), end))
        y, m = nxt.year, nxt.month
    return days


def modal_bases(session: Session, fy: FiscalYear, plan: BasisChoice) -> dict[int, int]:
    """Each member's capital base (rupiah) under ``plan``."""
    products = session.execute(
        select(SavingsProduct.id, SavingsProduct.code, Account.type).join(
            Account, Account.id == SavingsProduct.account_id
        )
    ).all()
    ids = [
        pid
        for pid, code, kind in products
        if kind == AccountType.EKUITAS.value or (plan.include_sukarela and code == "sukarela")
    ]
    if plan.modal_basis == "akhir_tahun":
        return _savings_by_member(session, ids, fy.end_date)
    ends = _month_ends(fy.start_date, fy.end_date)
    # The sum of the month-end balances in one pass: a line counts once for every
    # month end on or after its date.
    times = case(*((JournalLine.date <= day, len(ends) - i) for i, day in enumerate(ends)), else_=0)
    rows = session.execute(
        select(SavingsAccount.member_id, func.sum(JournalLine.amount * times))
        .join(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
        .where(SavingsAccount.product_id.in_(ids), JournalLine.date <= fy.end_date)
        .group_by(SavingsAccount.member_id)
    ).all()
    sums = {member_id: -int(total) for member_id, total in rows} if ids else {}
    # The average, rounded half up to the rupiah: the slip can show it and the
    # shares follow from the numbers printed.
    count = len(ends)
    return {m: (2 * total + count) // (2 * count) for m, total in sums.items()}


def usaha_bases(session: Session, fy: FiscalYear, plan: BasisChoice) -> dict[int, int]:
    """Each member's business with the koperasi in the year under ``plan``."""
    if plan.usaha_basis == "volume":
        rows = session.execute(
            select(Loan.member_id, func.sum(Loan.amount))
            .where(Loan.disbursed_on >= fy.start_date, Loan.disbursed_on <= fy.end_date)
            .group_by(Loan.member_id)
        ).all()
        return {m: int(total) for m, total in rows}
    if plan.usaha_basis == "bunga":
        # Installments put the member (not the loan) on the interest line.
        interest_accounts = select(LoanProduct.interest_account_id)
        paid = session.execute(
            select(JournalLine.member_id, func.sum(JournalLine.amount))
            .where(
                JournalLine.account_id.in_(interest_accounts),
                JournalLine.member_id.is_not(None),
                JournalLine.date >= fy.start_date,
                JournalLine.date <= fy.end_date,
            )
            .group_by(JournalLine.member_id)
        ).all()
        return {int(m): -int(total) for m, total in paid if m is not None}
    bought = session.execute(
        select(JournalLine.member_id, func.sum(JournalLine.amount))
        .join(Account, Account.id == JournalLine.account_id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            Account.code.startswith(PURCHASE_PREFIX),
            JournalLine.member_id.is_not(None),
            JournalEntry.source != sums.CLOSING_SOURCE,
            JournalLine.date >= fy.start_date,
            JournalLine.date <= fy.end_date,
        )
        .group_by(JournalLine.member_id)
    ).all()
    return {int(m): -int(total) for m, total in bought if m is not None}
