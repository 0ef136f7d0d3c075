"""Loan arithmetic invariants for any terms (hypothesis).

Schedules (KOPERASI.md §4.1): the principal parts sum exactly to the
principal, no part is negative, the balance falls to zero; the anuitas
installment is A = P·r / (1 − (1+r)^−n), here computed independently with
``Decimal`` at 60 digits, within the rounding step for every installment
but the last; flat interest is P×r rounded, every month. Allocation of a
payment: no part exceeds what is owed, allocations and the leftover sum to
the payment, and a later part is paid only when the earlier ones are settled;
paying ahead settles one installment before the next.
"""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kopdesk.domain.loans import (
    DEFAULT_ORDER,
    Due,
    Method,
    Part,
    RatePeriod,
    Terms,
    allocate_in_advance,
    allocate_payment,
    schedule,
)
from kopdesk.domain.money import Rounding
from kopdesk.errors import ValidationError

START = dt.date(2025, 1, 31)
STEP = {
    Rounding.HALF_UP: 1,
    Rounding.DOWN: 1,
    Rounding.UP_100: 100,
    Rounding.UP_500: 500,
    Rounding.UP_1000: 1000,
}


@st.composite
def terms(draw: st.DrawFn, methods: tuple[Method, ...] = tuple(Method)) -> Terms:
    period = draw(st.sampled_from(RatePeriod))
    top = 500 if period is RatePeriod.MONTH else 6000  # 5 %/month or 60 %/year, in 0,01 %
    rate = Decimal(draw(st.integers(0, top))) / 100
    return Terms(
        principal=draw(
            st.one_of(st.integers(1_000, 10**10), st.sampled_from([1_000, 1_001, 10**10]))
        ),
        rate_percent=rate,
        rate_period=period,
        tenor=draw(st.one_of(st.integers(1, 360), st.sampled_from([1, 2, 12, 360]))),
        method=draw(st.sampled_from(methods)),
        rounding=draw(st.sampled_from(Rounding)),
    )


def _monthly(t: Terms) -> Decimal:
    rate = t.rate_percent / 100
    return rate if t.rate_period is RatePeriod.MONTH else rate / 12


def _annuity(t: Terms) -> Decimal:
    """A = P·r / (1 − (1+r)^−n), in ``Decimal`` (not the fractions the code uses)."""
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        r = _monthly(t)
        if r == 0:
            return Decimal(t.principal) / t.tenor
        return Decimal(t.principal) * r / (1 - (1 + r) ** -t.tenor)


def _half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=decimal.ROUND_HALF_UP))


@settings(max_examples=120, deadline=None)
@given(t=terms())
def test_schedule_parts_sum_to_the_principal_and_the_balance_falls_to_zero(t: Terms) -> None:
    assume(_fits(t))
    rows = schedule(t, START)
    assert len(rows) == t.tenor
    assert sum(x.principal for x in rows) == t.principal
    assert all(x.principal >= 0 and x.interest >= 0 for x in rows)
    balances = [t.principal, *(x.balance_after for x in rows)]
    assert all(a - x.principal == b for a, b, x in zip(balances, balances[1:], rows, strict=False))
    assert all(a >= b >= 0 for a, b in itertools.pairwise(balances))
    assert rows[-1].balance_after == 0
    assert [x.number for x in rows] == list(range(1, t.tenor + 1))
    assert all(a.due_date < b.due_date for a, b in itertools.pairwise(rows))


@settings(max_examples=120, deadline=None)
@given(t=terms())
def test_interest_follows_the_method(t: Terms) -> None:
    assume(_fits(t))
    rows = schedule(t, START)
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        r = _monthly(t)
        before = t.principal
        for x in rows:
            on = t.principal if t.method is Method.FLAT else before
            assert x.interest == _half_up(on * r)
            before = x.balance_after


@settings(max_examples=120, deadline=None)
@given(t=terms((Method.ANUITAS,)))
def test_anuitas_installment_is_the_standard_formula(t: Terms) -> None:
    """Every installment but the last is A rounded to the product's step, up (or half
    up) or, when that would end the loan early, down: within one step of A."""
    assume(_fits(t))
    rows = schedule(t, START)
    a = _annuity(t)
    step = STEP[t.rounding]
    assert len({x.total for x in rows[:-1]}) <= 1
    for x in rows[:-1]:
        assert abs(x.total - a) < step


@settings(max_examples=200, deadline=None)
@given(t=terms((Method.FLAT,)))
def test_flat_interest_is_constant(t: Terms) -> None:
    assume(_fits(t))
    rows = schedule(t, START)
    assert {x.interest for x in rows} == {_half_up(Decimal(t.principal) * _monthly(t))}


# --- rounding never ends a schedule early (issue 14) -----------------------------------
#
# An independent plan in exact fractions: each installment but the last is the ideal
# one (flat P/n + P·r, menurun P/n + S·r, anuitas A) rounded by the product's rule;
# when that leaves an installment without principal or repays the loan before the
# last one, every installment is rounded down to the step instead; when that fails
# too, the terms are refused.


def _ceil(value: Fraction, step: int) -> int:
    return -(-value.numerator // (value.denominator * step)) * step


def _floor(value: Fraction, step: int) -> int:
    return value.numerator // (value.denominator * step) * step


def _half(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def _by_rule(value: Fraction, rule: Rounding) -> int:
    if rule is Rounding.HALF_UP:
        return _half(value)
    if rule is Rounding.DOWN:
        return _floor(value, 1)
    return _ceil(value, STEP[rule])


def _rate(t: Terms) -> Fraction:
    rate = Fraction(t.rate_percent) / 100
    return rate if t.rate_period is RatePeriod.MONTH else rate / 12


def _plan(t: Terms, round_: Callable[[Fraction], int]) -> list[tuple[int, int]] | None:
    """(principal, interest) of each installment, or None when some installment would
    carry no principal (or the balance runs out before the last)."""
    p, n, r = t.principal, t.tenor, _rate(t)
    a = Fraction(p, n) if r == 0 else p * r / (1 - (1 + r) ** -n)
    out, balance = [], p
    for _ in range(n - 1):
        interest = _half((p if t.method is Method.FLAT else balance) * r)
        ideal = {
            Method.FLAT: Fraction(p, n) + p * r,
            Method.MENURUN: Fraction(p, n) + balance * r,
            Method.ANUITAS: a,
        }[t.method]
        principal = round_(ideal) - interest
        if principal <= 0 or principal >= balance:
            return None
        out.append((principal, interest))
        balance -= principal
    last_interest = _half((p if t.method is Method.FLAT else balance) * r)
    return [*out, (balance, last_interest)]


def _expected(t: Terms) -> list[tuple[int, int]] | None:
    first = _plan(t, lambda x: _by_rule(x, t.rounding))
    return first if first is not None else _plan(t, lambda x: _floor(x, STEP[t.rounding]))


def _fits(t: Terms) -> bool:
    return _expected(t) is not None


@st.composite
def coarse_terms(draw: st.DrawFn) -> Terms:
    """Small loans over long tenors: where a coarse rounding step bites."""
    return Terms(
        principal=draw(st.integers(1_000, 5_000_000)),
        rate_percent=Decimal(draw(st.integers(0, 300))) / 100,
        rate_period=RatePeriod.MONTH,
        tenor=draw(st.integers(1, 360)),
        method=draw(st.sampled_from(Method)),
        rounding=draw(st.sampled_from(Rounding)),
    )


ISSUE_CASES = [
    Terms(500_000, Decimal("1.5"), RatePeriod.MONTH, 36, method, Rounding.UP_1000)
    for method in Method
] + [
    Terms(1_000_000, Decimal(1), RatePeriod.MONTH, 360, method, Rounding.UP_1000)
    for method in Method
]


def _check_rounded_schedule(t: Terms) -> None:
    expected = _expected(t)
    if expected is None:
        with pytest.raises(ValidationError) as caught:
            schedule(t, START)
        assert caught.value.field == "tenor"
        return
    rows = schedule(t, START)
    # Exactly ``tenor`` installments, each with principal: never a zero row, never
    # interest on a zero balance.
    assert len(rows) == t.tenor
    assert all(x.principal > 0 and x.total > 0 for x in rows)
    assert sum(x.principal for x in rows) == t.principal
    assert all(before.balance_after > 0 for before in rows[:-1])
    assert rows[-1].balance_after == 0
    # Each installment but the last is a whole step; constant for flat and anuitas.
    step = STEP[t.rounding]
    assert all(x.total % step == 0 for x in rows[:-1])
    if t.method is not Method.MENURUN:
        assert len({x.total for x in rows[:-1]}) <= 1
    # And it is the one the product's rule gives, rounded down only when needed.
    assert [(x.principal, x.interest) for x in rows] == expected


@settings(max_examples=300, deadline=None)
@given(t=st.one_of(terms(), coarse_terms(), st.sampled_from(ISSUE_CASES)))
def test_rounding_never_ends_a_schedule_early(t: Terms) -> None:
    _check_rounded_schedule(t)


@pytest.mark.parametrize("t", ISSUE_CASES, ids=lambda t: f"{t.principal}-{t.method}")
def test_the_issue_cases_keep_every_installment(t: Terms) -> None:
    _check_rounded_schedule(t)


def test_worked_anuitas_example() -> None:
    """KOPERASI.md §4.1: 10.000.000 at 12% p.a. over 24 months → A ≈ Rp470.735."""
    t = Terms(10_000_000, Decimal(12), RatePeriod.YEAR, 24, Method.ANUITAS)
    rows = schedule(t, START)
    assert (rows[0].interest, rows[0].principal, rows[0].balance_after) == (
        100_000,
        370_735,
        9_629_265,
    )
    assert (rows[1].interest, rows[1].principal) == (96_293, 374_442)
    assert _half_up(_annuity(t)) == 470_735


# --- allocation of a payment --------------------------------------------------------


@st.composite
def dues(draw: st.DrawFn) -> list[Due]:
    count = draw(st.integers(0, 8))
    out = []
    for i in range(count):
        out.append(
            Due(
                number=i + 1,
                due_date=START + dt.timedelta(days=30 * i + draw(st.integers(0, 3))),
                denda=draw(st.one_of(st.just(0), st.integers(0, 50_000))),
                bunga=draw(st.one_of(st.just(0), st.integers(0, 500_000))),
                pokok=draw(st.integers(0, 2_000_000)),
            )
        )
    return out


orders = st.permutations(list(Part)).map(tuple)


@settings(max_examples=150, deadline=None)
@given(owed=dues(), amount=st.integers(0, 30_000_000), order=orders)
def test_allocation_is_exact_and_follows_the_order(
    owed: list[Due], amount: int, order: tuple[Part, ...]
) -> None:
    allocations, left = allocate_payment(amount, owed, order)
    by_number = {d.number: d for d in owed}
    assert sum(a.total for a in allocations) + left == amount
    assert left >= 0
    assert all(a.total > 0 for a in allocations)
    assert len({a.number for a in allocations}) == len(allocations)
    paid: dict[Part, int] = {}
    for part in Part:
        paid[part] = sum(getattr(a, part.value) for a in allocations)
        for a in allocations:
            assert 0 <= getattr(a, part.value) <= getattr(by_number[a.number], part.value)
    owed_total = {p: sum(getattr(d, p.value) for d in owed) for p in Part}
    # A part gets money only when every part before it in the order is paid in full.
    for i, part in enumerate(order):
        if paid[part]:
            assert all(paid[p] == owed_total[p] for p in order[:i])
    # Money is left over only when everything owed is paid.
    if left:
        assert all(paid[p] == owed_total[p] for p in Part)
    # Within a part, older installments are paid first.
    ordered = sorted(owed, key=lambda d: (d.due_date, d.number))
    got = {a.number: a for a in allocations}
    for part in Part:
        for older, newer in itertools.pairwise(ordered):
            newer_paid = getattr(got[newer.number], part.value) if newer.number in got else 0
            older_paid = getattr(got[older.number], part.value) if older.number in got else 0
            if newer_paid:
                assert older_paid == getattr(older, part.value)


@settings(max_examples=100, deadline=None)
@given(owed=dues(), amount=st.integers(0, 30_000_000))
def test_default_order_pays_no_interest_while_a_late_fee_is_owed(
    owed: list[Due], amount: int
) -> None:
    allocations, _left = allocate_payment(amount, owed, DEFAULT_ORDER)
    denda = sum(a.denda for a in allocations)
    bunga = sum(a.bunga for a in allocations)
    pokok = sum(a.pokok for a in allocations)
    if bunga:
        assert denda == sum(d.denda for d in owed)
    if pokok:
        assert bunga == sum(d.bunga for d in owed)


@settings(max_examples=100, deadline=None)
@given(owed=dues(), amount=st.integers(0, 30_000_000), order=orders)
def test_paying_ahead_settles_installments_one_after_the_other(
    owed: list[Due], amount: int, order: tuple[Part, ...]
) -> None:
    allocations, left = allocate_in_advance(amount, owed, order)
    by_number = {d.number: d for d in owed}
    assert sum(a.total for a in allocations) + left == amount >= 0 <= left
    got = {a.number: a for a in allocations}
    assert len(got) == len(allocations)
    for a in allocations:
        due = by_number[a.number]
        assert 0 <= a.denda <= due.denda
        assert 0 <= a.bunga <= due.bunga
        assert 0 <= a.pokok <= due.pokok
    ordered = sorted(owed, key=lambda d: (d.due_date, d.number))
    for older, newer in itertools.pairwise(ordered):
        if newer.number in got:  # a later installment only once the earlier one is settled
            older_total = older.denda + older.bunga + older.pokok
            assert older_total == (got[older.number].total if older.number in got else 0)
    if left:
        assert sum(a.total for a in allocations) == sum(d.denda + d.bunga + d.pokok for d in owed)
