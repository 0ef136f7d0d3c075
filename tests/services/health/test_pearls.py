"""PEARLS (WOCCU, KOPERASI.md §7) on the hand-worked book of
:mod:`tests.services.health.kkpkk_book`: each ratio's figures worked by hand, goals met
and not met on both sides, and the share of goals met."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from kopdesk.domain import coa
from kopdesk.domain.health import Scheme
from kopdesk.services.health.pearls import Goal, PearlsRules, assess_pearls, assess_pearls_with
from kopdesk.storage.db import Book
from tests.services.health.kkpkk_book import AS_OF

TA = 224_422_500
"""Total aset on 30 Nov 2026 (kkpkk_book)."""

# (code, numerator, denominator, ratio or None, met), worked by hand:
EXPECTED = [
    # allowance 2.877.500 against L1 (4.000.000, 508 days late)
    ("P1", 2_877_500, 4_000_000, "71.94", False),
    # (2.877.500 − 4.000.000) against L2 + L3 (234 and 102 days late)
    ("P2", -1_122_500, 5_000_000, "-22.45", False),
    ("P3", 4_000_000, 20_000_000, "20.00", False),
    # (224.422.500 + 2.877.500) − (141.000.000 − 0) − 4.000.000 − 35% × 5.000.000
    # over simpanan 0 + simpanan anggota (3103) 20.000.000
    ("P6", 80_550_000, 20_000_000, "402.75", True),
    ("E1", 17_122_500, TA, "7.63", False),  # 20.000.000 − 2.877.500
    ("E2", 40_000_000, TA, "17.82", False),  # deposito, above 16%
    ("E3", 10_000_000, TA, "4.46", False),  # penyertaan
    ("E5", 0, TA, "0.00", False),
    ("E6", 100_000_000, TA, "44.56", False),  # utang bank
    ("E7", 20_000_000, TA, "8.91", True),
    ("E8", 40_000_000, TA, "17.82", True),  # hibah 10.000.000 + cadangan 30.000.000
    ("E9", 37_127_500, TA, "16.54", True),  # 40.000.000 + 2.877.500 − 4.000.000 − 1.750.000
    ("A1", 9_000_000, 20_000_000, "45.00", False),  # L1 + L2 + L3, ≥ 30 days
    ("A2", 107_300_000, TA, "47.81", False),  # kas 101.300.000 + inventaris 6.000.000
    ("A3", 81_000_000, 107_300_000, "75.49", False),  # 40.000.000 + titipan + utang PPh
    # beban usaha 12.877.500 − PPAP 2.877.500 + perkoperasian 2.000.000 over
    # (224.422.500 + 206.065.000) / 2
    ("R9", 12_000_000, 215_243_750, "5.58", False),
    ("L1", 190_300_000, 0, None, False),  # no savings deposits to measure against
    ("L2", 0, 0, None, False),
    ("L3", 101_300_000, TA, "45.14", False),
    ("S1", 16_000_000, 4_000_000, "400.00", True),  # E1 below 70%: must beat S11
    ("S5", 0, 0, None, False),
    ("S7", 0, 20_000_000, "0.00", True),  # E7 inside its goal: free
    ("S8", 0, 40_000_000, "0.00", True),
    ("S11", 18_357_500, 206_065_000, "8.91", True),  # above 3% inflation
]


def test_each_ratio_worked_by_hand_and_the_share_of_goals_met(worked: Book) -> None:
    with worked.read() as s:
        result = assess_pearls(s, 2026, AS_OF)
    rows = [
        (i.code, i.numerator, i.denominator, None if i.ratio is None else str(i.ratio), i.met)
        for i in result.indicators
    ]
    assert rows == EXPECTED
    assert (result.scheme, result.predicate, result.as_of) == (Scheme.PEARLS, None, AS_OF)
    assert result.composite == Decimal("33.33")  # 8 goals met of 24
    chart = {a.code for a in coa.KOPERASI_CHART}
    for i in result.indicators:
        met = Decimal(int(bool(i.met)))
        assert (i.nilai, i.score, i.weight) == (met, met, Decimal(1))
        assert sum(x.amount for x in i.numerator_from) == i.numerator
        assert all(set(x.accounts) <= chart for x in (*i.numerator_from, *i.denominator_from))
    goals = {i.code: i.goal for i in result.indicators}
    assert goals["E1"] == "70% – 80%"
    assert goals["L3"] == "< 1%"
    assert goals["S1"] == "> S11 (8,91%), E1 di bawah target"


def test_goals_on_both_sides_of_their_bounds() -> None:
    band = Goal(Decimal(70), Decimal(80))
    assert [band.met(Decimal(x)) for x in ("69.99", "70", "80", "80.01")] == [
        False, True, True, False,
    ]  # fmt: skip
    below = Goal(high=Decimal(1), strict=True)
    assert [below.met(Decimal(x)) for x in ("0.99", "1")] == [True, False]


def test_goals_are_rules(worked: Book) -> None:
    # E2 is 17,82%: met with a goal of at most 17,82%, not with at most 17,81%.
    with worked.read() as s:
        at = assess_pearls_with(
            s, 2026, AS_OF, dataclasses.replace(PearlsRules(), e2=Goal(high=Decimal("17.82")))
        )
        under = assess_pearls_with(
            s, 2026, AS_OF, dataclasses.replace(PearlsRules(), e2=Goal(high=Decimal("17.81")))
        )
        # S11 8,91% against an inflation of 8,91% is not growth above it
        inflation = assess_pearls_with(
            s, 2026, AS_OF, dataclasses.replace(PearlsRules(), inflation=Decimal("8.91"))
        )
    assert next(i.met for i in at.indicators if i.code == "E2") is True
    assert next(i.met for i in under.indicators if i.code == "E2") is False
    assert next(i.met for i in inflation.indicators if i.code == "S11") is False
    assert at.composite == Decimal("37.50")  # 9 of 24
