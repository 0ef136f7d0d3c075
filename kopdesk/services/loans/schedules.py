"""What is owed on a loan: its stored schedule (jadwal angsuran), each
installment with what was paid on it and the late fee accrued, and the bill
(tagihan) on a date.

Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, Subquery, and_, case, func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.loans import Due, Installment, LateFeeRule, days_past_due, late_fee
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.errors import DomainError
from kopdesk.models import Loan, LoanEvent, LoanInstallment, LoanPaymentPart
from kopdesk.services.loans.products import product_of
from kopdesk.services.loans.records import STATUS_LABEL, loan_row, outstanding

__all__ = [
    "Bill",
    "InstallmentState",
    "Standing",
    "bill",
    "installment_states",
    "installment_states_many",
    "schedule_of",
    "standings",
    "store_schedule",
]


def store_schedule(session: Session, loan_id: int, rows: Sequence[Installment]) -> None:
    session.execute(
        insert(LoanInstallment),
        [
            {
                "loan_id": loan_id,
                "number": x.number,
                "due_date": x.due_date,
                "principal": x.principal,
                "interest": x.interest,
            }
            for x in rows
        ],
    )


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due_date: dt.date
    principal: int
    interest: int
    paid_principal: int
    paid_interest: int
    late_fee_accrued: int
    late_fee_paid: int

    @property
    def owed_principal(self) -> int:
        return self.principal - self.paid_principal

    @property
    def owed_interest(self) -> int:
        return self.interest - self.paid_interest

    @property
    def owed_late_fee(self) -> int:
        return max(self.late_fee_accrued - self.late_fee_paid, 0)

    def due(self) -> Due:
        return Due(
            self.number, self.due_date, self.owed_late_fee, self.owed_interest, self.owed_principal
        )


def installment_states(
    session: Session, loan_id: int, as_of: dt.date, rule: LateFeeRule
) -> list[InstallmentState]:
    """Each installment with what was paid on it and the late fee accrued by ``as_of``."""
    return installment_states_many(session, {loan_id: rule}, as_of)[loan_id]


def installment_states_many(
    session: Session, rules: dict[int, LateFeeRule], as_of: dt.date
) -> dict[int, list[InstallmentState]]:
    """:func:`installment_states` for many loans in two queries (portfolio reports)."""
    ids = list(rules)
    plans: dict[int, list[_Planned]] = {i: [] for i in ids}
    payments: dict[tuple[int, int], list[tuple[dt.date, int, int, int]]] = defaultdict(list)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for loan_id, number, due, principal, interest in session.execute(
            select(
                LoanInstallment.loan_id,
                LoanInstallment.number,
                LoanInstallment.due_date,
                LoanInstallment.principal,
                LoanInstallment.interest,
            )
            .where(LoanInstallment.loan_id.in_(chunk))
            .order_by(LoanInstallment.loan_id, LoanInstallment.number)
        ).all():
            plans[loan_id].append(_Planned(loan_id, number, due, int(principal), int(interest)))
        for loan_id, number, day, late, interest, principal in session.execute(
            _PAYMENTS.where(LoanEvent.loan_id.in_(chunk), LoanEvent.date <= as_of)
        ).all():
            payments[(loan_id, number)].append((day, int(late), int(interest), int(principal)))
    return {
        loan_id: [
            _state(x, payments.get((loan_id, x.number), []), as_of, rules[loan_id])
            for x in plans[loan_id]
        ]
        for loan_id in ids
    }


class _Planned(NamedTuple):
    loan_id: int
    number: int
    due_date: dt.date
    principal: int
    interest: int


def _state(
    x: _Planned,
    paid: Sequence[tuple[dt.date, int, int, int]],
    as_of: dt.date,
    rule: LateFeeRule,
) -> InstallmentState:
    unpaid = x.principal + x.interest
    points = [(dt.date.min, unpaid)]
    for day, _late, interest, principal in paid:
        unpaid -= interest + principal
        points.append((day, unpaid))
    return InstallmentState(
        number=x.number,
        due_date=x.due_date,
        principal=x.principal,
        interest=x.interest,
        paid_principal=sum(p[3] for p in paid),
        paid_interest=sum(p[2] for p in paid),
        late_fee_accrued=late_fee(points, x.due_date, as_of, rule) if x.due_date < as_of else 0,
        late_fee_paid=sum(p[1] for p in paid),
    )


# --- where many loans stand, from SQL aggregates ---------------------------------------


@dataclass(frozen=True)
class Standing:
    """One loan on a date, as :func:`installment_states` would sum it up: what is
    overdue (installments due before the date), the late fee still owed, the days
    past due and the next installment still owing principal."""

    overdue_principal: int = 0
    overdue_interest: int = 0
    late_fee: int = 0
    days_past_due: int = 0
    next_due: dt.date | None = None


_CHUNK = 500
MANY_LOANS = 500
"""Above this many loans :func:`standings` selects them by a condition, not by their ids."""


def standings(
    session: Session,
    rules: Mapping[int, LateFeeRule],
    as_of: dt.date,
    *,
    loans: ColumnElement[bool] | None = None,
) -> dict[int, Standing]:
    """Where each loan of ``rules`` (loan id → its late-fee rule) stands on ``as_of``;
    loans without installments are left out. ``loans``, a condition on :class:`Loan`
    selecting the same loans, spares the database a long list of ids when there are many.

    The figures equal those summed from :func:`installment_states_many` (the
    reference, checked by a property test), but the database does the summing: one
    grouped query reduces every installment and what was paid on it by ``as_of`` to
    one row per loan. Only installments that may carry a late fee come back to Python
    one by one, where the reference rule computes it: those due before ``as_of`` that
    were not paid in full by one payment on or before their due date.
    """
    ids = list(rules)
    if loans is not None and len(ids) > MANY_LOANS:
        # ``+ 0``: SQLite then reads the payments in their stored order rather than
        # one loan's events at a time through the index (several times slower).
        wanted = select(Loan.id).where(loans)
        rows = _summaries(
            session, (LoanEvent.loan_id + 0).in_(wanted), LoanInstallment.loan_id.in_(wanted), as_of
        )
    else:
        rows = []
        for chunk in (ids[k : k + _CHUNK] for k in range(0, len(ids), _CHUNK)):
            rows += _summaries(
                session, LoanEvent.loan_id.in_(chunk), LoanInstallment.loan_id.in_(chunk), as_of
            )
    late = [r.loan_id for r in rows if r.may_carry_fee and rules[r.loan_id].percent > 0]
    fees = _late_fees(session, late, rules, as_of)
    return {
        r.loan_id: Standing(
            r.overdue_principal,
            r.overdue_interest,
            fees.get(r.loan_id, 0),
            (as_of - r.first_late).days if r.first_late is not None else 0,
            r.next_due,
        )
        for r in rows
    }


class _Summary(NamedTuple):
    loan_id: int
    overdue_principal: int
    overdue_interest: int
    first_late: dt.date | None
    next_due: dt.date | None
    may_carry_fee: int


def _summaries(
    session: Session,
    events: ColumnElement[bool],
    installments: ColumnElement[bool],
    as_of: dt.date,
) -> list[_Summary]:
    """Per loan: principal and interest overdue, the oldest installment owing either,
    the next one owing principal, and how many installments may carry a late fee."""
    paid = _paid(events, as_of)
    owed_p = LoanInstallment.principal - func.coalesce(paid.c.principal, 0)
    owed_i = LoanInstallment.interest - func.coalesce(paid.c.interest, 0)
    due = LoanInstallment.due_date < as_of
    rows = session.execute(
        select(
            LoanInstallment.loan_id,
            func.sum(case((due, owed_p), else_=0)),
            func.sum(case((due, owed_i), else_=0)),
            func.min(case((due & ((owed_p != 0) | (owed_i != 0)), LoanInstallment.due_date))),
            func.min(case((~due & (owed_p != 0), LoanInstallment.due_date))),
            func.count(case((_may_carry_fee(paid, as_of), 1))),
        )
        .select_from(LoanInstallment)
        .outerjoin(paid, _same_installment(paid))
        .where(installments)
        .group_by(LoanInstallment.loan_id)
    ).all()
    return [
        _Summary(loan_id, int(principal or 0), int(interest or 0), first_late, next_due, count)
        for loan_id, principal, interest, first_late, next_due, count in rows
    ]


def _paid(events: ColumnElement[bool], as_of: dt.date) -> Subquery:
    """Per installment of the loans whose ``events`` count: principal and interest paid
    by ``as_of``, the last day paid and the number of payments. The date is tested
    inside the sums, not in WHERE, where SQLite would walk the events by date (slow)."""
    dated = LoanEvent.date <= as_of
    return (
        select(
            LoanEvent.loan_id.label("loan_id"),
            LoanPaymentPart.number.label("number"),
            func.sum(case((dated, LoanPaymentPart.principal), else_=0)).label("principal"),
            func.sum(case((dated, LoanPaymentPart.interest), else_=0)).label("interest"),
            func.max(case((dated, LoanEvent.date))).label("last"),
            func.count(case((dated, LoanEvent.id))).label("payments"),
        )
        .select_from(LoanPaymentPart)
        .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
        .where(events)
        .group_by(LoanEvent.loan_id, LoanPaymentPart.number)
        .subquery("paid")
    )


def _same_installment(paid: Subquery) -> ColumnElement[bool]:
    return and_(paid.c.loan_id == LoanInstallment.loan_id, paid.c.number == LoanInstallment.number)


def _may_carry_fee(paid: Subquery, as_of: dt.date) -> ColumnElement[bool]:
    """Due before ``as_of`` and not paid in full by one payment on or before the due
    date. Every other installment accrues no late fee under :func:`late_fee`: what it
    left unpaid after the due date (and so after the grace days) is nothing. (Several
    payments are looked at one by one: :func:`late_fee` sorts a day's payments by
    the amount left unpaid.)"""
    paid_total = func.coalesce(paid.c.principal, 0) + func.coalesce(paid.c.interest, 0)
    return (LoanInstallment.due_date < as_of) & (
        (paid_total < LoanInstallment.principal + LoanInstallment.interest)
        | (paid.c.last > LoanInstallment.due_date)
        | (paid.c.payments > 1)
    )


def _late_fees(
    session: Session, loan_ids: Sequence[int], rules: Mapping[int, LateFeeRule], as_of: dt.date
) -> dict[int, int]:
    """The late fee owed on each loan: the reference :func:`_state` on each installment
    that may carry one."""
    out: dict[int, int] = defaultdict(int)
    for chunk in (loan_ids[k : k + _CHUNK] for k in range(0, len(loan_ids), _CHUNK)):
        wanted = LoanInstallment.loan_id.in_(chunk)
        paid = _paid(LoanEvent.loan_id.in_(chunk), as_of)
        plans = session.execute(
            select(
                LoanInstallment.loan_id,
                LoanInstallment.number,
                LoanInstallment.due_date,
                LoanInstallment.principal,
                LoanInstallment.interest,
            )
            .select_from(LoanInstallment)
            .outerjoin(paid, _same_installment(paid))
            .where(wanted, _may_carry_fee(paid, as_of))
        ).all()
        payments: dict[tuple[int, int], list[tuple[dt.date, int, int, int]]] = defaultdict(list)
        for loan_id, number, day, late, interest, principal in session.execute(
            _PAYMENTS.where(LoanEvent.loan_id.in_(chunk), LoanEvent.date <= as_of)
        ).all():
            payments[(loan_id, number)].append((day, int(late), int(interest), int(principal)))
        for loan_id, number, due, principal, interest in plans:
            x = _Planned(loan_id, number, due, int(principal), int(interest))
            state = _state(x, payments.get((loan_id, number), []), as_of, rules[loan_id])
            out[loan_id] += state.owed_late_fee
    return out


_PAYMENTS = (
    select(
        LoanEvent.loan_id,
        LoanPaymentPart.number,
        LoanEvent.date,
        LoanPaymentPart.late_fee,
        LoanPaymentPart.interest,
        LoanPaymentPart.principal,
    )
    .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
    .order_by(LoanEvent.loan_id, LoanEvent.date, LoanEvent.id)
)
"""Payments in the reference's order (date, then entry) within each loan; the loan first
so that SQLite finds them by loan, not by walking every event up to the date."""


@dataclass(frozen=True)
class Bill:
    """What a member owes on a loan on a date (tagihan)."""

    loan_number: str
    as_of: dt.date
    late_fee: int
    interest: int
    principal: int
    """Principal of installments due by ``as_of``."""
    outstanding: int
    """All principal still owed."""
    days_past_due: int
    next_due: dt.date | None
    next_installment: int

    @property
    def total_due(self) -> int:
        return self.late_fee + self.interest + self.principal

    @property
    def payoff(self) -> int:
        """Pelunasan: late fees, interest due so far and all remaining principal."""
        return self.late_fee + self.interest + self.outstanding


def bill(session: Session, number: str, as_of: dt.date) -> Bill:
    row = loan_row(session, number)
    if row.status != LoanStatus.AKTIF:
        raise DomainError(f"Pinjaman {row.number} tidak berjalan ({STATUS_LABEL[row.status]}).")
    product = product_of(session, row)
    states = installment_states(session, row.id, as_of, product.late_fee)
    due = [s for s in states if s.due_date <= as_of]
    future = [s for s in states if s.due_date > as_of and (s.owed_principal or s.owed_interest)]
    return Bill(
        loan_number=row.number,
        as_of=as_of,
        late_fee=sum(s.owed_late_fee for s in states),
        interest=sum(s.owed_interest for s in due),
        principal=sum(s.owed_principal for s in due),
        outstanding=outstanding(session, row.id),
        days_past_due=days_past_due([s.due() for s in states], as_of),
        next_due=future[0].due_date if future else None,
        next_installment=(future[0].owed_principal + future[0].owed_interest) if future else 0,
    )


def schedule_of(
    session: Session, number: str, as_of: dt.date | None = None
) -> list[InstallmentState]:
    """The stored schedule with what was paid on each installment and the late fee
    accrued, as of ``as_of`` (default today)."""
    row = loan_row(session, number)
    product = product_of(session, row)
    return installment_states(session, row.id, as_of or clock.today(), product.late_fee)
