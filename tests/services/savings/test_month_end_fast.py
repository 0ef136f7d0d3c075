"""The month-end plan from SQL aggregates equals the old day-by-day computation.

``month_positions`` keeps each account's day-end balances as runs of equal
days; the reference (``month_end_reference``) is the plan as computed before
issue 16: every day of the month walked in Python. Two layers: the arithmetic
on random balances and movements, and whole plans on random books.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor
from kopdesk.domain.savings import (
    InterestMethod,
    ProductKind,
    day_end_balances,
    interest_for_month,
    month_bounds,
)
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import KopdeskError
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings import routine
from kopdesk.services.savings.month_positions import cut_at, interest_for_runs, runs_of
from kopdesk.services.savings.products import ProductInfo
from kopdesk.storage.db import Book, open_book
from tests.services.savings.month_end_reference import reference_plan, until_payout

D = dt.date
TODAY = D(2026, 1, 15)
TERM = ProductInfo.__new__(ProductInfo)
object.__setattr__(TERM, "kind", ProductKind.BERJANGKA)

months = st.sampled_from(["2025-01", "2025-02", "2024-02", "2025-04", "2025-12"])
balances = st.integers(-2_000_000, 50_000_000)


@settings(max_examples=400, deadline=None)
@given(
    month=months,
    opening=balances,
    changes=st.lists(st.tuples(st.integers(0, 30), st.integers(-5_000_000, 20_000_000))),
    method=st.sampled_from(list(InterestMethod)),
    rate=st.sampled_from([Decimal(0), Decimal(3), Decimal("6.5"), Decimal("0.25")]),
    minimum=st.sampled_from([0, 1, 10_000, 1_000_000]),
    days_in_year=st.sampled_from([360, 365]),
    maturity=st.one_of(st.none(), st.integers(-40, 40)),
    rollover=st.booleans(),
)
def test_runs_give_the_day_by_day_interest(
    month: str,
    opening: int,
    changes: list[tuple[int, int]],
    method: InterestMethod,
    rate: Decimal,
    minimum: int,
    days_in_year: int,
    maturity: int | None,
    rollover: bool,
) -> None:
    first, last = month_bounds(month)
    by_day: dict[dt.date, int] = {}
    for offset, change in changes:
        day = min(first + dt.timedelta(days=offset), last)
        by_day[day] = by_day.get(day, 0) + change
    moves = sorted(by_day.items())
    days = day_end_balances(opening, moves, first, last)
    runs, closing = runs_of(opening, moves, first, last)
    assert closing == days[-1]
    assert [b for n, b in runs for _ in range(n)] == days
    due = None if maturity is None else first + dt.timedelta(days=maturity)
    earning = until_payout(None, TERM, days, first, last, maturity=due, rollover=rollover)
    fast = runs
    if due is not None and not rollover and due <= last:
        fast = cut_at(runs, first, due)
    assert [b for n, b in fast for _ in range(n)] == earning
    kw = {"minimum_balance": minimum, "days_in_year": days_in_year}
    assert interest_for_runs(method, rate, fast, **kw) == interest_for_month(
        method, rate, earning, **kw
    )


# --- whole plans on random books --------------------------------------------------------


@dataclass(frozen=True)
class Op:
    kind: str
    member: int
    amount: int
    day: int
    term: int
    rollover: bool


ops = st.builds(
    Op,
    kind=st.sampled_from(["setor", "setor", "tarik", "berjangka"]),
    member=st.integers(0, 3),
    amount=st.sampled_from([5_000, 10_000, 250_000, 1_000_000, 3_650_000, 96_000_000]),
    day=st.integers(0, 119),
    term=st.integers(1, 3),
    rollover=st.booleans(),
)


def _fresh(template_book: Path) -> Book:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return open_book(target)


def _setup(book: Book, actor: Actor, method: InterestMethod, minimum: int) -> list[str]:
    numbers = []
    with book.unit_of_work() as s:
        sukarela = savings_products.get_product(s, "sukarela")
        fields = savings_products.ProductInput.__dataclass_fields__
        terms = {k: getattr(sukarela, k) for k in fields}
        terms.update(
            interest_method=method,
            minimum_balance=minimum,
            rate_percent=str(sukarela.rate_percent),
        )
        savings_products.update_product(
            s, actor, "sukarela", savings_products.ProductInput(**terms)
        )
        for i in range(4):
            data = MemberInput(
                full_name=f"Anggota Uji {i}", nik=f"32730117088{i}{i:04d}",
                birth_date=D(1985, 8, 17), sex="L", join_date=D(2025, 1, 1),
            )  # fmt: skip
            numbers.append(members.register_member(s, actor, data).number)
    return numbers


def _apply(s: Session, actor: Actor, member: str, op: Op, on: dt.date) -> None:
    if op.kind == "tarik":
        savings_counter.withdraw(
            s, actor, member=member, product="sukarela", amount=op.amount, on=on
        )
    elif op.kind == "berjangka":
        savings_counter.deposit(
            s, actor, member=member, product="berjangka", amount=max(op.amount, 1_000_000),
            on=on, term_months=op.term, rollover=op.rollover,
        )  # fmt: skip
    else:
        savings_counter.deposit(
            s, actor, member=member, product="sukarela", amount=op.amount, on=on
        )


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sequence=st.lists(ops, min_size=1, max_size=14),
    method=st.sampled_from([InterestMethod.LOWEST, InterestMethod.AVERAGE_DAILY]),
    minimum=st.sampled_from([0, 10_000, 1_000_000]),
    leaves=st.one_of(st.none(), st.integers(0, 119)),
)
def test_month_end_plan_equals_the_day_by_day_plan(
    template_book: Path,
    bendahara: Actor,
    sequence: list[Op],
    method: InterestMethod,
    minimum: int,
    leaves: int | None,
) -> None:
    book = _fresh(template_book)
    try:
        numbers = _setup(book, bendahara, method, minimum)
        start = D(2025, 1, 1)
        for month in (1, 2, 3, 4):
            for op in sorted(sequence, key=lambda o: o.day):
                on = start + dt.timedelta(days=op.day)
                if on.month != month:
                    continue
                try:
                    with book.unit_of_work() as s:
                        _apply(s, bendahara, numbers[op.member], op, on)
                except KopdeskError:
                    pass  # refused (e.g. more than the balance): nothing written
            if leaves is not None and (start + dt.timedelta(days=leaves)).month == month:
                with book.unit_of_work() as s:
                    members.change_status(
                        s, bendahara, numbers[3], MemberStatus.KELUAR,
                        on=start + dt.timedelta(days=leaves), reason="Pindah kota",
                    )  # fmt: skip
            key = f"2025-{month:02d}"
            with book.read() as s:
                assert routine.plan_month_end(s, key, today=TODAY) == reference_plan(s, key)
            with book.unit_of_work() as s:
                routine.run_month_end(s, bendahara, key, today=TODAY)
    finally:
        book.close()


def test_the_book_level_test_sees_interest_and_maturities(
    template_book: Path, bendahara: Actor
) -> None:
    """The equality above is not vacuous: a plain book has lines and maturities."""
    book = _fresh(template_book)
    try:
        numbers = _setup(book, bendahara, InterestMethod.LOWEST, 10_000)
        with book.unit_of_work() as s:
            rich = Op("setor", 0, 96_000_000, 0, 1, False)
            term = Op("berjangka", 1, 3_650_000, 0, 1, False)
            _apply(s, bendahara, numbers[0], rich, D(2025, 1, 2))
            _apply(s, bendahara, numbers[1], term, D(2025, 1, 10))
        with book.read() as s:
            fast = routine.plan_month_end(s, "2025-02", today=TODAY)
            assert fast == reference_plan(s, "2025-02")
        # 96.000.000 × 3% / 12 = 240.000 (at the threshold: no tax); the term deposit
        # earns 9 days × 6% / 365 on 3.650.000 = 5.400 and matures on 10 February.
        assert sorted(x.gross for x in fast.lines) == [5_400, 240_000]
        assert [m.principal for m in fast.maturities] == [3_650_000]
    finally:
        book.close()
