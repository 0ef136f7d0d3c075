"""Interest and PPh 4(2) on savings against numbers worked out by hand.

Lowest monthly balance: interest = lowest day-end balance × annual rate / 12.
Average daily balance: interest = Σ day-end balances × annual rate / 365.
PPh 4(2) (PP 15/2009, KOPERASI.md §1.3): 0% when a member's interest for the
month is at most Rp240.000, otherwise 10% of the whole gross interest.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain.dates import add_months
from kopdesk.domain.savings import (
    InterestMethod,
    TaxRule,
    day_end_balances,
    early_break_penalty,
    interest_for_month,
    member_tax,
    month_bounds,
    months_between,
    parse_percent,
    split_tax,
)
from kopdesk.errors import ValidationError

D = dt.date
MARCH = (D(2025, 3, 1), D(2025, 3, 31))


def test_day_end_balances_follow_the_movements() -> None:
    balances = day_end_balances(
        1_000_000, [(D(2025, 3, 11), -600_000), (D(2025, 3, 21), 200_000)], *MARCH
    )
    assert len(balances) == 31
    assert balances[:10] == [1_000_000] * 10
    assert balances[10:20] == [400_000] * 10
    assert balances[20:] == [600_000] * 11


def test_lowest_monthly_balance_worked_example() -> None:
    # 1.000.000 at the start, down to 400.000 on the 11th, up to 600.000 on the 21st.
    # Lowest = 400.000; at 3% a year: 400.000 × 0,03 / 12 = 1.000.
    balances = day_end_balances(
        1_000_000, [(D(2025, 3, 11), -600_000), (D(2025, 3, 21), 200_000)], *MARCH
    )
    result = interest_for_month(InterestMethod.LOWEST, Decimal(3), balances)
    assert (result.basis, result.gross) == (400_000, 1_000)


def test_average_daily_balance_worked_example() -> None:
    # Same month, 6% a year: Σ balances = 10 × 1.000.000 + 10 × 400.000 + 11 × 600.000
    # = 20.600.000; × 0,06 / 365 = 3.386,30… → Rp3.386.
    balances = day_end_balances(
        1_000_000, [(D(2025, 3, 11), -600_000), (D(2025, 3, 21), 200_000)], *MARCH
    )
    result = interest_for_month(InterestMethod.AVERAGE_DAILY, Decimal(6), balances)
    assert result.basis == 20_600_000
    assert result.gross == 3_386


def test_term_deposit_placed_mid_month_earns_for_its_days_only() -> None:
    # 5.000.000 placed on 6 January: 26 days × 5.000.000 × 6% / 365 = 21.369,86 → 21.370.
    balances = day_end_balances(0, [(D(2025, 1, 6), 5_000_000)], D(2025, 1, 1), D(2025, 1, 31))
    result = interest_for_month(InterestMethod.AVERAGE_DAILY, Decimal(6), balances)
    assert result.gross == 21_370


def test_below_minimum_balance_earns_nothing() -> None:
    balances = [9_999] * 30
    assert (
        interest_for_month(
            InterestMethod.LOWEST, Decimal(3), balances, minimum_balance=10_000
        ).gross
        == 0
    )
    assert interest_for_month(InterestMethod.NONE, Decimal(3), [10**9] * 30).gross == 0


def test_half_rupiah_rounds_up() -> None:
    # 20.000 × 3% / 12 = 50 exactly; 20.020 × 3% / 12 = 50,05 → 50; 20.200 → 50,5 → 51.
    for lowest, expected in ((20_000, 50), (20_020, 50), (20_200, 51)):
        assert interest_for_month(InterestMethod.LOWEST, Decimal(3), [lowest]).gross == expected


@pytest.mark.parametrize(
    ("gross", "tax"),
    [
        (0, 0),
        (240_000, 0),  # at the threshold: 0%
        (240_001, 24_000),  # above: 10% of the whole 240.001 = 24.000,1 → 24.000
        (250_000, 25_000),
        (1_234_567, 123_457),  # 123.456,7 → 123.457
    ],
)
def test_pph_4_2_worked_numbers(gross: int, tax: int) -> None:
    assert member_tax(gross, TaxRule()) == tax


def test_threshold_applies_to_the_members_total_not_each_account() -> None:
    # 150.000 + 100.000 = 250.000 > 240.000 → tax 25.000, split 15.000 + 10.000.
    # Another member with 200.000 on one account pays nothing.
    assert split_tax({1: [150_000, 100_000], 2: [200_000]}, TaxRule()) == {
        1: [15_000, 10_000],
        2: [0],
    }


@given(st.lists(st.integers(min_value=1, max_value=10**9), min_size=1, max_size=6))
def test_tax_parts_sum_exactly_to_the_members_tax(grosses: list[int]) -> None:
    parts = split_tax({7: grosses}, TaxRule())[7]
    assert sum(parts) == member_tax(sum(grosses), TaxRule())
    assert all(0 <= p <= g for p, g in zip(parts, grosses, strict=True))


def test_tax_rule_is_a_setting() -> None:
    assert member_tax(100_000, TaxRule(threshold=50_000, rate_percent=Decimal(15))) == 15_000


def test_dates_months_and_penalty() -> None:
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2025, 11, 15), 3) == D(2026, 2, 15)
    assert months_between(D(2025, 1, 20), D(2025, 3, 1)) == 3
    assert months_between(D(2025, 3, 1), D(2025, 1, 1)) == 0
    assert month_bounds("2024-02") == (D(2024, 2, 1), D(2024, 2, 29))
    assert early_break_penalty(5_000_000, Decimal("1.5")) == 75_000
    for bad in ("2025-13", "25-01", "Maret"):
        with pytest.raises(ValidationError):
            month_bounds(bad)


def test_percentages_typed_the_indonesian_way() -> None:
    assert parse_percent("4,5") == Decimal("4.5")
    assert parse_percent("6%") == Decimal(6)
    for bad in ("-1", "abc", "101", "1,23456"):
        with pytest.raises(ValidationError):
            parse_percent(bad)


def test_a_parsed_percentage_prints_as_a_plain_number() -> None:
    # Issue 14 item 4: "10" normalised to Decimal("1E+1") and was stored and written as
    # "1E+1" (CSV, settings, product rates). Whole numbers keep their digits.
    assert [str(parse_percent(t)) for t in ("10", "50", "100", "12", "0,5", "1,50", "0")] == [
        "10", "50", "100", "12", "0.5", "1.5", "0",
    ]  # fmt: skip
