"""Straight-line depreciation to the rupiah: worked examples and invariants.

Worked examples (straight line, garis lurus: (harga perolehan − nilai sisa) / umur):

* 12.000.000, no residual, 48 months → 12.000.000 / 48 = 250.000 every month.
* 10.000.000, 36 months → 277.777,78 a month: each month is 277.777 or 277.778
  and the 36 months add up to exactly 10.000.000 (largest-remainder style:
  month k gets ⌊D·k/n⌋ − ⌊D·(k−1)/n⌋).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain.assets import (
    CATEGORIES,
    CATEGORY_BY_KEY,
    add_months,
    depreciation_in,
    last_day,
    monthly_amount,
    months_from_to,
    remaining_months,
    scheduled_through,
)


def _months(depreciable: int, n: int) -> list[int]:
    return [monthly_amount(depreciable, n, k) for k in range(1, n + 1)]


def test_twelve_million_over_48_months_is_250_000_a_month() -> None:
    assert _months(12_000_000, 48) == [250_000] * 48


def test_ten_million_over_36_months_sums_exactly() -> None:
    amounts = _months(10_000_000, 36)
    assert set(amounts) == {277_777, 277_778}
    assert sum(amounts) == 10_000_000
    # 10.000.000 / 36 = 277.777,7…: seven of every nine months carry the extra rupiah
    assert amounts.count(277_778) == 10_000_000 - 36 * 277_777 == 28
    assert amounts[:3] == [277_777, 277_778, 277_778]


@given(
    depreciable=st.integers(min_value=0, max_value=10**13),
    n=st.integers(min_value=1, max_value=600),
)
def test_months_sum_to_the_depreciable_amount_and_differ_by_at_most_one(
    depreciable: int, n: int
) -> None:
    amounts = _months(depreciable, n)
    assert sum(amounts) == depreciable
    assert max(amounts) - min(amounts) <= 1
    assert min(amounts) == depreciable // n
    assert monthly_amount(depreciable, n, 0) == monthly_amount(depreciable, n, n + 1) == 0


@given(
    cost=st.integers(min_value=1, max_value=10**12),
    residual_share=st.floats(min_value=0, max_value=1),
    life=st.integers(min_value=1, max_value=480),
    elapsed=st.integers(min_value=0, max_value=480),
    opening_share=st.floats(min_value=0, max_value=1),
)
def test_the_schedule_adds_up_for_assets_carried_in(
    cost: int, residual_share: float, life: int, elapsed: int, opening_share: float
) -> None:
    """An asset acquired ``elapsed`` months before the cut-over with some depreciation
    already booked: the months left carry exactly the rest, and
    ``scheduled_through`` is the running sum of ``depreciation_in``."""
    residual = int(cost * residual_share)
    opening = int((cost - residual) * opening_share)
    acquired = "2015-01"
    start = add_months(acquired, elapsed)
    left = remaining_months(acquired, start, life)
    assert left == max(life - elapsed, 0)
    if left == 0:
        opening = cost - residual  # a finished life must be fully depreciated
    months = months_from_to(add_months(start, -2), add_months(start, left + 2))
    running = 0
    for month in months:
        running += depreciation_in(
            cost=cost, residual=residual, opening_accumulated=opening, life_months=life,
            acquired=acquired, start=start, month=month,
        )  # fmt: skip
        assert running == scheduled_through(
            cost=cost, residual=residual, opening_accumulated=opening, life_months=life,
            acquired=acquired, start=start, month=month,
        )  # fmt: skip
    assert opening + running == cost - residual


def test_month_helpers() -> None:
    assert last_day("2024-02") == dt.date(2024, 2, 29)
    assert last_day("2025-12") == dt.date(2025, 12, 31)
    assert add_months("2025-11", 3) == "2026-02"
    assert add_months("2025-01", -1) == "2024-12"
    assert months_from_to("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months_from_to("2025-03", "2025-02") == []


@pytest.mark.parametrize(
    ("key", "asset", "contra", "life"),
    [
        ("tanah", "1601", None, 0),
        ("bangunan", "1602", "1692", 240),
        ("kendaraan", "1603", "1693", 96),
        ("inventaris", "1604", "1694", 48),
    ],
)
def test_categories_post_to_the_koperasi_chart(
    key: str, asset: str, contra: str | None, life: int
) -> None:
    category = CATEGORY_BY_KEY[key]
    assert (category.asset_account, category.accumulated_account) == (asset, contra)
    assert category.default_life_months == life
    assert len(CATEGORIES) == 4
