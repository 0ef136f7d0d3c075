"""Loan invariants under random sequences of payments and payoffs (hypothesis).

Three loans (umum flat, usaha menurun, darurat anuitas) take partial, full
and over-payments, odd amounts and early payoffs, some refused (nothing
owed, a closed loan, a date before the last payment). Refused ones leave
the book unchanged. After each accepted one every loan's outstanding equals
the sum of its receivable lines, the scheduled principal less the principal
allocated in its payment parts, and a model of it; it is never negative;
no installment is paid beyond what it owes; each receivable account equals
its loans' outstanding; every journal entry is balanced.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import KopdeskError
from kopdesk.models import (
    Account,
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstallment,
    LoanPaymentPart,
)
from kopdesk.services.base import users
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.loans import applications, schedules
from kopdesk.services.loans import disbursement as loan_disbursement
from kopdesk.services.loans import payments as loan_payments
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.storage.db import Book, open_book
from tests.helpers import Snapshot

DISBURSED = dt.date(2025, 1, 10)
LAST_DAY = dt.date(2025, 12, 31)
LOANS = (("umum", 12_000_000, 12), ("usaha", 24_000_000, 10), ("darurat", 3_000_000, 6))


@dataclass(frozen=True)
class Op:
    kind: str
    """'bayar' (a share of what is due), 'jumlah' (any amount) or 'lunas' (payoff)."""
    loan: int
    share: float
    """For 'bayar': 0.3 pays part, 1 all that is due, 1.5 more than that."""
    amount: int
    days: int
    """Days after the last accepted operation (negative: an earlier date, refused)."""


ops = st.builds(
    Op,
    kind=st.sampled_from(["bayar", "bayar", "bayar", "jumlah", "lunas"]),
    loan=st.integers(0, len(LOANS) - 1),
    share=st.sampled_from([0.3, 0.5, 1.0, 1.0, 1.5, 3.0]),
    amount=st.one_of(st.integers(-5, 0), st.integers(1, 30_000_000)),
    days=st.one_of(st.integers(0, 45), st.integers(-10, -1)),
)


def _fresh(template_book: Path) -> Book:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return open_book(target)


def _snapshotter(book: Book) -> Callable[[], Snapshot]:
    meta = MetaData()
    meta.reflect(book.engine)

    def take() -> Snapshot:
        with book.read() as session:
            return {
                name: [tuple(row) for row in session.execute(select(table).order_by(*table.c))]
                for name, table in meta.tables.items()
            }

    return take


def _set_up(book: Book) -> tuple[dict[Role, Actor], list[str]]:
    """Members, cash, and the three loans applied for, approved and paid out."""
    with book.unit_of_work() as s:
        actors = {u.role: u.actor() for u in users.list_users(s)}
        clerk, teller = actors[Role.BENDAHARA], actors[Role.KASIR]
        post_entry(
            s,
            EntryInput(
                dt.date(2025, 1, 2),
                "Modal awal",
                [LineInput("1101", 100_000_000), LineInput("3201", -100_000_000)],
            ),
            actor=clerk,
        )
        numbers = []
        for i, (product, amount, tenor) in enumerate(LOANS):
            member = members.register_member(
                s,
                clerk,
                members.MemberInput(
                    full_name=f"Peminjam Uji {i + 1}",
                    nik=f"3273010101800{i + 1:03d}",
                    birth_date=dt.date(1980, 1, 1),
                    join_date=dt.date(2025, 1, 1),
                    sex="L",
                ),
            )
            info = applications.apply(
                s,
                teller,
                applications.LoanApplication(member.number, product, amount, tenor, DISBURSED),
            )
            applications.approve(s, clerk, info.number, DISBURSED)
            loan_disbursement.disburse(s, teller, info.number, DISBURSED)
            numbers.append(info.number)
    return actors, numbers


def _act(s: Session, teller: Actor, op: Op, number: str, on: dt.date) -> loan_records.EventInfo:
    if op.kind == "lunas":
        return loan_payments.payoff(s, teller, number, on)
    if op.kind == "jumlah":
        return loan_payments.repay(s, teller, number, op.amount, on)
    owed = schedules.bill(s, number, on)
    due = owed.total_due or owed.next_installment  # nothing due yet: pay ahead
    return loan_payments.repay(s, teller, number, int(due * op.share), on)


def _check_books(s: Session, model: dict[str, int]) -> None:
    by_loan = dict(
        s.execute(
            select(JournalLine.loan_id, func.sum(JournalLine.amount))
            .where(JournalLine.loan_id.is_not(None))
            .group_by(JournalLine.loan_id)
        ).all()
    )
    per_account: dict[str, int] = {}
    for loan in s.execute(select(Loan)).scalars():
        info = loan_records.get_loan(s, loan.number)
        owed = loan_records.outstanding(s, loan.id)
        assert owed == int(by_loan.get(loan.id, 0)) == model[loan.number]
        assert owed >= 0
        assert (loan.status == "lunas") == (owed == 0)
        scheduled = s.execute(
            select(func.sum(LoanInstallment.principal)).where(LoanInstallment.loan_id == loan.id)
        ).scalar_one()
        assert scheduled == loan.amount
        for number, principal, interest in s.execute(
            select(
                LoanInstallment.number, LoanInstallment.principal, LoanInstallment.interest
            ).where(LoanInstallment.loan_id == loan.id)
        ).all():
            paid_principal, paid_interest = s.execute(
                select(
                    func.coalesce(func.sum(LoanPaymentPart.principal), 0),
                    func.coalesce(func.sum(LoanPaymentPart.interest), 0),
                )
                .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
                .where(LoanEvent.loan_id == loan.id, LoanPaymentPart.number == number)
            ).one()
            assert 0 <= paid_principal <= principal
            assert 0 <= paid_interest <= interest
        allocated = s.execute(
            select(func.coalesce(func.sum(LoanPaymentPart.principal), 0))
            .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
            .where(LoanEvent.loan_id == loan.id)
        ).scalar_one()
        assert owed == scheduled - allocated
        code = loan_products.get_product(s, info.product_code).account_code
        per_account[code] = per_account.get(code, 0) + owed
    for code, total in per_account.items():
        balance = s.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code == code)
        ).scalar_one()
        assert int(balance) == total
    unbalanced = s.execute(
        select(JournalLine.entry_id)
        .group_by(JournalLine.entry_id)
        .having(func.sum(JournalLine.amount) != 0)
    ).all()
    assert unbalanced == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sequence=st.lists(ops, min_size=1, max_size=10))
def test_loan_sub_ledger_always_agrees_with_the_books(
    template_book: Path, sequence: list[Op]
) -> None:
    book = _fresh(template_book)
    try:
        actors, numbers = _set_up(book)
        teller = actors[Role.KASIR]
        model = {number: amount for number, (_p, amount, _t) in zip(numbers, LOANS, strict=True)}
        snapshot = _snapshotter(book)
        last = DISBURSED
        for op in sequence:
            on = min(last + dt.timedelta(days=op.days), LAST_DAY)
            number = numbers[op.loan]
            before = snapshot()
            refused: KopdeskError | None = None
            try:
                with book.unit_of_work() as s:
                    paid = _act(s, teller, op, number, on)
            except KopdeskError as exc:
                refused = exc
            if refused is not None:
                event(f"refused {op.kind}")
                assert refused.message
                assert snapshot() == before
                continue
            last = on
            event(f"accepted {op.kind}{' with overpayment' if paid.overpayment else ''}")
            assert paid.cash == paid.principal + paid.interest + paid.late_fee + paid.overpayment
            assert paid.principal <= model[number]
            model[number] -= paid.principal
            assert paid.outstanding_after == model[number]
            if op.kind == "lunas":
                assert model[number] == 0
            with book.read() as s:
                _check_books(s, model)
    finally:
        book.close()


def test_a_payoff_dated_before_the_disbursement_is_refused(template_book: Path) -> None:
    """repay() refuses a date before the disbursement; payoff() must too, or the
    receivable goes negative on the days between (kopdesk/services/loans.py, payoff)."""
    book = _fresh(template_book)
    try:
        actors, numbers = _set_up(book)
        take = _snapshotter(book)
        before = take()
        with pytest.raises(KopdeskError), book.unit_of_work() as s:
            loan_payments.payoff(
                s, actors[Role.KASIR], numbers[0], DISBURSED - dt.timedelta(days=5)
            )
        assert take() == before
    finally:
        book.close()
