"""Where loans stand, fast (SQL aggregates, ``schedules.standings``) equals the
reference: every installment walked in Python (``schedules.installment_states_many``)
and summed the way loan quality summed it before (overdue principal and interest of
installments due before the date, the late fee still owed on every installment, days
past due from the oldest installment owing principal or interest, the next due date
owing principal).

The property test writes schedules and payments straight into the loan tables, so it
reaches what the services rarely make: several payments on one day (the late fee
sorts a day's payments by what is left unpaid), payments before the due date, after
the date asked, beyond what is owed, late fees paid, zero interest, equal due dates,
per-day and per-month rules with and without grace days. The positions test goes
through the services and compares every field of every loan's position.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.loans import AllowanceRule, FeePeriod, LateFeeRule, days_past_due
from kopdesk.domain.permissions import Actor, Role
from kopdesk.models import (
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstallment,
    LoanPaymentPart,
    LoanProduct,
    Member,
)
from kopdesk.services.base import users
from kopdesk.services.ledger import accounts
from kopdesk.services.ledger.books import ProfileInput
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.loans import applications, disbursement, payments, quality, schedules
from kopdesk.services.loans import products as loan_products
from kopdesk.services.members import register as members
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD, make_book
from tests.helpers import postgres_book

D = dt.date
BASE = D(2025, 1, 1)


def reference(
    session: Session, rules: dict[int, LateFeeRule], as_of: dt.date
) -> dict[int, schedules.Standing]:
    """How loan quality summed each loan's installments before the SQL path."""
    out = {}
    for loan_id, states in schedules.installment_states_many(session, rules, as_of).items():
        due = [s for s in states if s.due_date < as_of]
        upcoming = [s.due_date for s in states if s.due_date >= as_of and s.owed_principal]
        out[loan_id] = schedules.Standing(
            overdue_principal=sum(s.owed_principal for s in due),
            overdue_interest=sum(s.owed_interest for s in due),
            late_fee=sum(s.owed_late_fee for s in states),
            days_past_due=days_past_due([s.due() for s in states], as_of),
            next_due=min(upcoming) if upcoming else None,
        )
    return out


# --- straight into the tables (hypothesis) ---------------------------------------------


@dataclass(frozen=True)
class Pay:
    day: int
    """Days after BASE."""
    parts: tuple[tuple[int, int, int, int], ...]
    """(installment index, late fee, interest, principal)."""


@dataclass(frozen=True)
class LoanCase:
    installments: tuple[tuple[int, int, int], ...]
    """(days after BASE of the due date, principal, interest)."""
    payments: tuple[Pay, ...]
    rule: LateFeeRule


money = st.one_of(st.just(0), st.integers(1, 2_000), st.integers(1, 5_000_000))
rules = st.builds(
    LateFeeRule,
    st.sampled_from([Decimal(0), Decimal("0.1"), Decimal("0.5"), Decimal(3)]),
    st.sampled_from(list(FeePeriod)),
    st.integers(0, 5),
)


@st.composite
def loan_cases(draw: st.DrawFn) -> LoanCase:
    count = draw(st.integers(0, 6))
    dues, day = [], draw(st.integers(0, 60))
    for _ in range(count):
        day += draw(st.sampled_from([0, 1, 28, 30, 31]))
        dues.append((day, draw(money), draw(money)))
    pays = []
    for _ in range(draw(st.integers(0, 8)) if dues else 0):
        parts = []
        for k in draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=3, unique=True)):
            _due, principal, interest = dues[k]
            # Mostly what the installment owes, or one half or the other (two halves pay
            # it in full); sometimes any amount.
            share = draw(st.sampled_from(["all", "all", "head", "tail", "any"]))
            if share == "any":
                parts.append((k, draw(money), draw(money), draw(money)))
            else:
                head = share != "tail"
                tail = share != "head"
                parts.append(
                    (
                        k,
                        draw(money) // 50,
                        head * (interest // 2) + tail * (interest - interest // 2),
                        head * (principal // 2) + tail * (principal - principal // 2),
                    )
                )
        near = dues[parts[0][0]][0] + draw(st.integers(-5, 12))
        when = draw(st.one_of(st.just(max(near, 0)), st.integers(0, day + 120)))
        pays.append(Pay(when, tuple(parts)))
    # Some payments share a day: the day of the one before.
    for j in range(1, len(pays)):
        if draw(st.integers(0, 3)) == 0:
            pays[j] = Pay(pays[j - 1].day, pays[j].parts)
    return LoanCase(tuple(dues), tuple(pays), draw(rules))


@dataclass
class RawBook:
    book: Book
    member_id: int
    product_id: int
    serial: Iterator[int]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def raw_book(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RawBook]:
    """A book with one member, on SQLite and (when a server is named, as in CI) on
    PostgreSQL: the aggregates must mean the same on both."""
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            path = tmp_path_factory.mktemp("standings") / "buku.sqlite"
            make_book(path)
            book = stack.enter_context(contextlib.closing(open_book(path)))
        else:
            book = stack.enter_context(postgres_book(_first_admin))
        yield _with_member(book)


def _first_admin(session: Session) -> None:
    first = users.create_first_admin(session, "admin", PASSWORD).actor()
    create_book(session, ProfileInput(name="KSP Uji"), 2025, actor=first)


def _with_member(book: Book) -> RawBook:

    with book.unit_of_work() as s:
        admin = next(a for a in _actors(s) if a.role is Role.ADMIN)
        number = members.register_member(
            s,
            admin,
            members.MemberInput(
                full_name="Peminjam Uji", nik="3273010101800001",
                birth_date=D(1980, 1, 1), join_date=D(2024, 1, 1), sex="L",
            ),
        ).number  # fmt: skip
        member_id = s.execute(select(Member.id).where(Member.number == number)).scalar_one()
        product_id = s.execute(select(LoanProduct.id).limit(1)).scalar_one()
    return RawBook(book, member_id, product_id, itertools.count(1))


def _actors(s: Session) -> list[Actor]:
    return [u.actor() for u in users.list_users(s)]


def _write(s: Session, raw: RawBook, case: LoanCase) -> int:
    n = next(raw.serial)
    loan = Loan(
        number=f"PJ-UJI-{n:05d}", member_id=raw.member_id, product_id=raw.product_id,
        status="aktif", amount=1, tenor=1, method="flat", rate_percent="0",
        rate_period="month", rounding="half_up", applied_on=BASE, applied_by="uji",
        disbursed_on=BASE, provisi=0, admin_fee=0, created_at=dt.datetime(2025, 1, 1),
    )  # fmt: skip
    s.add(loan)
    s.flush()
    s.add_all(
        LoanInstallment(
            loan_id=loan.id,
            number=k + 1,
            due_date=BASE + dt.timedelta(days),
            principal=principal,
            interest=interest,
        )
        for k, (days, principal, interest) in enumerate(case.installments)
    )
    for j, pay in enumerate(case.payments):
        event = LoanEvent(
            number=f"AG-UJI-{n:05d}-{j}", loan_id=loan.id, kind="angsuran",
            date=BASE + dt.timedelta(pay.day), cash=0, principal=0, interest=0, late_fee=0,
            overpayment=0, created_by="uji", created_at=dt.datetime(2025, 1, 1),
        )  # fmt: skip
        s.add(event)
        s.flush()
        s.add_all(
            LoanPaymentPart(
                event_id=event.id,
                number=k + 1,
                late_fee=late,
                interest=interest,
                principal=principal,
            )
            for k, late, interest, principal in pay.parts
        )
    s.flush()
    return loan.id


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cases=st.lists(loan_cases(), min_size=1, max_size=5),
    as_of_day=st.integers(0, 400),
    broad=st.booleans(),
)
def test_standings_equal_the_installments_walked_in_python(
    raw_book: RawBook, cases: list[LoanCase], as_of_day: int, broad: bool
) -> None:
    as_of = BASE + dt.timedelta(as_of_day)
    with raw_book.book.unit_of_work() as s:
        ids = [_write(s, raw_book, case) for case in cases]
        loan_rules = {i: case.rule for i, case in zip(ids, cases, strict=True)}
        expected = reference(s, loan_rules, as_of)
        if broad:  # the many-loans path: a condition on the loan table, not a list of ids
            with mock.patch.object(schedules, "MANY_LOANS", 0):
                got = schedules.standings(s, loan_rules, as_of, loans=Loan.id.in_(ids))
        else:
            got = schedules.standings(s, loan_rules, as_of)
        for loan_id in ids:
            assert got.get(loan_id, schedules.Standing()) == expected[loan_id], loan_id
        s.rollback()


def test_several_payments_on_one_day_in_full_on_time_cost_no_late_fee(
    raw_book: RawBook,
) -> None:
    """Paid in full on its due date in two payments: nothing is late. (The reference
    once sorted a day's payments by the amount left unpaid and kept charging what the
    first payment left: Rp6.000 over 10 days on a Rp1.000.000 installment.)"""
    case = LoanCase(
        ((30, 1_000_000, 0),),
        (Pay(30, ((0, 0, 0, 400_000),)), Pay(30, ((0, 0, 0, 600_000),))),
        LateFeeRule(Decimal("0.1")),
    )
    with raw_book.book.unit_of_work() as s:
        loan_id = _write(s, raw_book, case)
        as_of = BASE + dt.timedelta(40)
        expected = reference(s, {loan_id: case.rule}, as_of)[loan_id]
        assert expected.late_fee == 0
        assert schedules.standings(s, {loan_id: case.rule}, as_of)[loan_id] == expected
        s.rollback()


def test_a_late_day_paid_in_two_parts_is_charged_on_what_was_unpaid_before_it(
    raw_book: RawBook,
) -> None:
    """Due on day 30, paid 400.000 and then 600.000 on day 35: five days on the whole
    1.000.000 at 0,1% a day = Rp5.000, and nothing after day 35."""
    case = LoanCase(
        ((30, 1_000_000, 0),),
        (Pay(35, ((0, 0, 0, 400_000),)), Pay(35, ((0, 0, 0, 600_000),))),
        LateFeeRule(Decimal("0.1")),
    )
    with raw_book.book.unit_of_work() as s:
        loan_id = _write(s, raw_book, case)
        as_of = BASE + dt.timedelta(60)
        expected = reference(s, {loan_id: case.rule}, as_of)[loan_id]
        assert expected.late_fee == 5_000
        assert schedules.standings(s, {loan_id: case.rule}, as_of)[loan_id] == expected
        s.rollback()


# --- through the services: every field of every position -------------------------------


def reference_positions(session: Session, as_of: dt.date) -> list[quality.Position]:
    """Loan quality's positions as computed before the SQL path (ORM rows, every
    installment through ``installment_states_many``)."""
    rule, collateral = quality.grade_rule(session), quality.collateral_rule(session)
    codes = accounts.code_map(session)
    rows = session.execute(
        select(Loan, Member, LoanProduct)
        .join(Member, Member.id == Loan.member_id)
        .join(LoanProduct, LoanProduct.id == Loan.product_id)
        .where(Loan.disbursed_on.is_not(None), Loan.disbursed_on <= as_of)
        .where(Loan.closed_on.is_(None) | (Loan.closed_on > as_of))
        .order_by(Loan.number)
    ).all()
    infos = {p.id: loan_products.product_info(p, codes) for _l, _m, p in rows}
    standing = reference(session, {x.id: infos[p.id].late_fee for x, _m, p in rows}, as_of)
    owed = {
        x.id: sum(
            line.amount
            for line in session.execute(
                select(JournalLine).where(JournalLine.loan_id == x.id, JournalLine.date <= as_of)
            ).scalars()
        )
        for x, _m, _p in rows
    }
    out = []
    for loan, member, product in rows:
        now = standing[loan.id]
        grade, outstanding = rule.grade(now.days_past_due), owed[loan.id]
        counted = collateral.counted(loan.collateral, loan.collateral_value)
        out.append(
            quality.Position(
                loan.number, member.number, member.full_name, product.code, product.name,
                loan.disbursed_on, loan.amount, outstanding, now.overdue_principal,
                now.overdue_interest, now.late_fee, now.days_past_due, grade, now.next_due,
                loan.collateral, loan.collateral_value, collateral.kind(loan.collateral),
                counted, AllowanceRule.deduction(grade, outstanding, counted),
            )
        )  # fmt: skip
    return out


def test_positions_equal_the_reference_through_the_services(
    book: Book, actors: dict[Role, Actor]
) -> None:
    clerk, teller = actors[Role.BENDAHARA], actors[Role.KASIR]
    with book.unit_of_work() as s:
        post_entry(
            s,
            EntryInput(D(2025, 1, 2), "Modal awal",
                       [LineInput("1101", 500_000_000), LineInput("3201", -500_000_000)]),
            actor=clerk,
        )  # fmt: skip
        numbers = []
        terms = [("umum", 12_000_000, 12), ("usaha", 24_000_000, 10), ("darurat", 3_000_000, 6),
                 ("umum", 6_000_000, 6), ("usaha", 5_000_000, 3)]  # fmt: skip
        for i, (product, amount, tenor) in enumerate(terms):
            member = members.register_member(
                s,
                clerk,
                members.MemberInput(
                    full_name=f"Peminjam {i + 1}", nik=f"3273010101800{i + 1:03d}",
                    birth_date=D(1980, 1, 1), join_date=D(2025, 1, 1), sex="P",
                ),
            )  # fmt: skip
            info = applications.apply(
                s, teller,
                applications.LoanApplication(member.number, product, amount, tenor, D(2025, 1, 10),
                                             collateral="BPKB motor", collateral_value=4_000_000),
            )  # fmt: skip
            applications.approve(s, clerk, info.number, D(2025, 1, 10))
            disbursement.disburse(s, teller, info.number, D(2025, 1, 10))
            numbers.append(info.number)
    on_time, late, partial, twice, gone = numbers
    plan: list[tuple[str, dt.date, int | None]] = [
        (on_time, D(2025, 2, 10), None), (on_time, D(2025, 3, 10), None),
        (late, D(2025, 3, 25), None), (partial, D(2025, 2, 12), 200_000),
        (twice, D(2025, 2, 10), 500_000), (twice, D(2025, 2, 10), 700_000),
        (partial, D(2025, 5, 1), 150_000), (gone, D(2025, 2, 10), None),
        (late, D(2025, 6, 20), None), (twice, D(2025, 4, 14), 2_000_000),
    ]  # fmt: skip
    for number, day, paid in plan:
        with book.unit_of_work() as s:
            amount = schedules.bill(s, number, day).total_due or 1 if paid is None else paid
            payments.repay(s, teller, number, amount, day)
    with book.unit_of_work() as s:
        payments.payoff(s, teller, gone, D(2025, 3, 1))
    days = [D(2025, 1, 10), D(2025, 2, 11), D(2025, 2, 20), D(2025, 3, 1), D(2025, 4, 15),
            D(2025, 6, 30), D(2025, 9, 1), D(2026, 2, 1)]  # fmt: skip
    with book.read() as s:
        for day in days:
            expected = reference_positions(s, day)
            assert quality.positions(s, day) == expected, day
            for p in expected:
                assert quality.position(s, p.loan_number, day) == p
        late_ones = [p for p in reference_positions(s, D(2025, 9, 1)) if p.late_fee]
        assert len(late_ones) >= 2  # the scenario does reach late fees
        # The RAT book computes the grades once and shares them (quality.reused):
        # what it shares equals what each caller would compute, and only within the block.
        day = D(2025, 6, 30)
        plain = quality.collectibility(s, day)
        with quality.reused(s):
            first = quality.collectibility(s, day)
            assert quality.collectibility(s, day) is first
            assert quality.collectibility(s, D(2025, 9, 1)) != first
        assert first == plain
        assert quality.collectibility(s, day) is not first
