"""SHU split rules against worked examples and exact-sum properties (KOPERASI.md §3.3)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain import shu
from kopdesk.errors import ValidationError


def _plan(**percents: str) -> dict[str, Decimal]:
    return {key: Decimal(value) for key, value in percents.items()}


def test_worked_example_of_beritaharianku() -> None:
    """KOPERASI.md §3.3: SHU Rp60 juta, %JUA 25, %JMA 20; total pinjaman Rp75 juta and
    total pokok+wajib Rp100 juta; Lukman borrowed Rp5 juta and holds Rp2 juta:
    JUA = 5/75 × 25% × 60 jt = Rp1.000.000, JMA = 2/100 × 20% × 60 jt = Rp240.000."""
    allocation = _plan(cadangan="55", jasa_modal="20", jasa_usaha="25")
    parts = shu.split_pool(60_000_000, allocation)
    assert parts["jasa_usaha"] == 15_000_000
    assert parts["jasa_modal"] == 12_000_000
    # Lukman first; the other members hold the rest of the totals.
    modal = shu.share(parts["jasa_modal"], [2_000_000, 58_000_000, 40_000_000])
    usaha = shu.share(parts["jasa_usaha"], [5_000_000, 30_000_000, 40_000_000])
    assert modal[0] == 240_000
    assert usaha[0] == 1_000_000
    assert modal[0] + usaha[0] == 1_240_000


def test_an_independent_example_with_remainders() -> None:
    """Worked by hand: SHU Rp10.000.001 split 40/20/20/5/5/5/5 (pengawas and PDK 0).
    Exact parts: cadangan 4.000.000,4; jasa modal and usaha 2.000.000,2 each; four funds
    500.000,05 each. Floors sum to 10.000.000; the one rupiah left goes to the largest
    remainder, cadangan (0,4). Jasa modal over three equal bases: 666.666,67 each →
    floors 666.666 × 3 = 1.999.998, two rupiah to the first two (ties to the earlier)."""
    allocation = _plan(
        cadangan="40", jasa_modal="20", jasa_usaha="20", dana_pengurus="5",
        dana_karyawan="5", dana_pendidikan="5", dana_sosial="5",
    )  # fmt: skip
    parts = shu.split_pool(10_000_001, allocation)
    assert parts == {
        "cadangan": 4_000_001,
        "jasa_modal": 2_000_000,
        "jasa_usaha": 2_000_000,
        "dana_pengurus": 500_000,
        "dana_pengawas": 0,
        "dana_karyawan": 500_000,
        "dana_pendidikan": 500_000,
        "dana_sosial": 500_000,
        "dana_pdk": 0,
    }
    assert shu.share(2_000_000, [7, 7, 7]) == [666_667, 666_667, 666_666]
    # Bases 1 : 3 : 0 → 500.000 and 1.500.000, nothing to the member without a basis.
    assert shu.share(2_000_000, [250_000, 750_000, 0]) == [500_000, 1_500_000, 0]


@pytest.mark.parametrize(
    ("allocation", "message"),
    [
        ({"cadangan": Decimal("40"), "jasa_modal": Decimal("40")}, "harus 100%"),
        ({"cadangan": Decimal("101")}, "antara 0 dan 100"),
        ({"cadangan": Decimal("100"), "bonus": Decimal("0")}, "tidak dikenal"),
    ],
)
def test_an_allocation_must_total_exactly_100(allocation: dict[str, Decimal], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        shu.check_allocation(allocation)


def test_a_loss_is_not_shared() -> None:
    with pytest.raises(ValidationError, match="tidak dibagi"):
        shu.split_pool(-1, shu.default_allocation())


def test_percent_text_is_read_the_indonesian_way() -> None:
    assert shu.parse_percent("12,5", "x") == Decimal("12.5")
    assert shu.parse_percent("20%", "x") == Decimal("20")
    for bad in ("abc", "-1", "100,5", "1,234"):
        with pytest.raises(ValidationError):
            shu.parse_percent(bad, "x")


_percents = st.lists(st.integers(0, 10_000), min_size=len(shu.PARTS), max_size=len(shu.PARTS))


@given(
    pool=st.integers(0, 10**13),
    raw=_percents.filter(lambda xs: sum(xs) > 0),
    bases=st.lists(st.integers(0, 10**11), min_size=1, max_size=40),
)
def test_parts_and_member_shares_sum_exactly(pool: int, raw: list[int], bases: list[int]) -> None:
    # Scale arbitrary weights to basis points summing to exactly 10.000 (100,00%).
    total = sum(raw)
    points = [w * 10_000 // total for w in raw]
    points[0] += 10_000 - sum(points)
    allocation = {p.key: Decimal(n) / 100 for p, n in zip(shu.PARTS, points, strict=True)}
    parts = shu.split_pool(pool, allocation)
    assert sum(parts.values()) == pool
    for part, n in zip(shu.PARTS, points, strict=True):
        exact = Fraction(pool * n, 10_000)
        assert abs(parts[part.key] - exact) < 1
    shares = shu.share(parts["jasa_modal"], bases)
    if sum(bases):
        assert sum(shares) == parts["jasa_modal"]
        for s, b in zip(shares, bases, strict=True):
            assert abs(s - Fraction(parts["jasa_modal"] * b, sum(bases))) < 1
    else:
        assert shares == [0] * len(bases)


@given(
    total=st.integers(0, 10**12),
    bases=st.lists(st.integers(0, 10**12), min_size=1, max_size=30).filter(any),
)
def test_member_shares_are_the_general_largest_remainder_split(
    total: int, bases: list[int]
) -> None:
    """share() is the integer shortcut of money.allocate: the very same rupiah."""
    from kopdesk.domain.money import allocate

    assert shu.share(total, bases) == allocate(total, bases)


def test_the_part_of_the_shu_from_non_members() -> None:
    """KOPERASI.md §3.1: SHU from business with non-members is not paid to members; its
    part is the SHU in the share non-member income has in all income, half up."""
    from kopdesk.domain.shu import non_member_part

    assert non_member_part(5_000_000, 2_000_000, 8_000_000) == 1_250_000  # × 2/8
    assert non_member_part(1_000, 1, 3) == 333  # 333,33 down
    assert non_member_part(1_001, 1, 2) == 501  # 500,5 up
    assert non_member_part(0, 2_000_000, 8_000_000) == 0  # no SHU (or a loss): nothing
    assert non_member_part(-5_000, 2_000_000, 8_000_000) == 0
    assert non_member_part(5_000_000, 0, 8_000_000) == 0  # no non-member income
    # Non-member income above all income (losses elsewhere): never more than the SHU.
    assert non_member_part(5_000_000, 9_000_000, 8_000_000) == 5_000_000
