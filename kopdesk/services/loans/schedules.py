"""What is owed on a loan: its stored schedule (jadwal angsuran), each
installment with what was paid on it and the late fee accrued, and the bill
(tagihan) on a date.

Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.loans import Due, Installment, LateFeeRule, days_past_due, late_fee
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.errors import DomainError
from kopdesk.models import LoanEvent, LoanInstallment, LoanPaymentPart
from kopdesk.services.loans.products import product_of
from kopdesk.services.loans.records import STATUS_LABEL, loan_row, outstanding

__all__ = [
    "Bill",
    "InstallmentState",
    "bill",
    "installment_states",
    "installment_states_many",
    "schedule_of",
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
            select(
                LoanEvent.loan_id,
                LoanPaymentPart.number,
                LoanEvent.date,
                LoanPaymentPart.late_fee,
                LoanPaymentPart.interest,
                LoanPaymentPart.principal,
            )
            .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
            .where(LoanEvent.loan_id.in_(chunk), LoanEvent.date <= as_of)
            .order_by(LoanEvent.date, LoanEvent.id)
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
