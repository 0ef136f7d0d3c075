"""Loan arithmetic against the worked examples of KOPERASI.md §4.1 and hand computations."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest

from kopdesk.domain.loans import (
    AllowanceRule,
    CollateralKind,
    CollateralRule,
    Due,
    FeePeriod,
    Grade,
    GradeRule,
    LateFeeRule,
    Method,
    Part,
    RatePeriod,
    Terms,
    aging_bucket,
    allocate_payment,
    days_past_due,
    effective_monthly_rate,
    fee,
    late_fee,
    parse_order,
    schedule,
    simulate,
)
from kopdesk.domain.money import Rounding
from kopdesk.errors import ValidationError

D = dt.date
START = D(2025, 1, 15)


def test_flat_worked_example() -> None:
    # KOPERASI.md §4.1 [kudo-flat]: 9.000.000 over 12 months at 1% a month → 90.000
    # interest a month, installment 840.000.
    rows = schedule(Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT), START)
    assert {(x.principal, x.interest, x.total) for x in rows} == {(750_000, 90_000, 840_000)}
    assert rows[0].due_date == D(2025, 2, 15)
    assert rows[-1].due_date == D(2026, 1, 15)


def test_menurun_worked_example() -> None:
    # 12.000.000 over 12 months at 1%: principal 1.000.000; 1.120.000, 1.110.000, 1.100.000…
    rows = schedule(Terms(12_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.MENURUN), START)
    assert [x.total for x in rows[:3]] == [1_120_000, 1_110_000, 1_100_000]
    assert rows[-1].total == 1_010_000
    assert {x.principal for x in rows} == {1_000_000}


def test_anuitas_worked_example() -> None:
    # 10.000.000 at 12% a year over 24 months (r = 1%): A ≈ 470.735; month 1 interest 100.000,
    # principal 370.735, balance 9.629.265; month 2 interest 96.293, principal 374.442.
    rows = schedule(Terms(10_000_000, Decimal(12), RatePeriod.YEAR, 24, Method.ANUITAS), START)
    first, second = rows[0], rows[1]
    assert (first.interest, first.principal, first.balance_after) == (100_000, 370_735, 9_629_265)
    assert (second.interest, second.principal) == (96_293, 374_442)
    assert {x.total for x in rows[:-1]} == {470_735}


def test_the_standard_annuity_formula_independently() -> None:
    # A = P·r / (1 − (1+r)^−n) with exact fractions, for another loan: 25.000.000 at
    # 1,25% a month over 36 months.
    p, r, n = 25_000_000, Fraction(125, 10_000), 36
    exact = p * r / (1 - (1 + r) ** -n)
    rows = schedule(Terms(p, Decimal("1.25"), RatePeriod.MONTH, n, Method.ANUITAS), START)
    assert abs(rows[0].total - exact) <= Fraction(1, 2)
    assert sum(x.principal for x in rows) == p


def test_rounding_up_to_100_and_the_last_installment_absorbs_it() -> None:
    # 10.000.000 flat 1% over 12: 833.333,33 + 100.000 = 933.333,33 → 933.400 up to Rp100.
    rows = schedule(
        Terms(10_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT, Rounding.UP_100), START
    )
    assert {x.total for x in rows[:-1]} == {933_400}
    # 11 × 833.400 principal = 9.167.400; the last takes 832.600 + 100.000 interest.
    assert (rows[-1].principal, rows[-1].total) == (832_600, 932_600)
    assert sum(x.principal for x in rows) == 10_000_000


def test_rounding_up_to_1000_that_would_end_the_loan_early_rounds_down() -> None:
    """Issue 14 item 1. 500.000 flat 1,5% a month over 36, rounded to Rp1.000:
    interest 7.500; 13.888,89 + 7.500 = 21.388,89. Up to 22.000 pays 14.500 of principal
    and 35 × 14.500 = 507.500 > 500.000 (gone at installment 35), so the installment is
    rounded down to 21.000: principal 13.500, 35 × 13.500 = 472.500, and the last one
    takes 500.000 − 472.500 = 27.500 + 7.500 interest = 35.000."""
    rows = schedule(
        Terms(500_000, Decimal("1.5"), RatePeriod.MONTH, 36, Method.FLAT, Rounding.UP_1000),
        START,
    )
    assert len(rows) == 36
    assert {(x.principal, x.interest, x.total) for x in rows[:-1]} == {(13_500, 7_500, 21_000)}
    assert (rows[-1].principal, rows[-1].interest, rows[-1].total) == (27_500, 7_500, 35_000)
    assert rows[-2].balance_after == 27_500
    assert rows[-1].balance_after == 0


def test_rounding_to_100_keeps_rounding_up() -> None:
    # Same loan to Rp100: 21.388,89 → 21.400, principal 13.900; 35 × 13.900 = 486.500,
    # the last takes 13.500 + 7.500 = 21.000.
    rows = schedule(
        Terms(500_000, Decimal("1.5"), RatePeriod.MONTH, 36, Method.FLAT, Rounding.UP_100),
        START,
    )
    assert {x.total for x in rows[:-1]} == {21_400}
    assert (rows[-1].principal, rows[-1].total) == (13_500, 21_000)


def test_a_long_loan_rounded_to_1000_keeps_every_installment() -> None:
    """1.000.000 flat 1% a month over 360, to Rp1.000: interest 10.000, 2.777,78 +
    10.000 → up 13.000 (principal 3.000, gone at installment 334) → down 12.000:
    principal 2.000, 359 × 2.000 = 718.000, the last 282.000 + 10.000 = 292.000."""
    rows = schedule(
        Terms(1_000_000, Decimal(1), RatePeriod.MONTH, 360, Method.FLAT, Rounding.UP_1000),
        START,
    )
    assert len(rows) == 360
    assert {x.total for x in rows[:-1]} == {12_000}
    assert (rows[-1].principal, rows[-1].total) == (282_000, 292_000)


@pytest.mark.parametrize(
    ("principal", "rate", "tenor", "method"),
    [(500_000, "1.5", 36, Method.FLAT), (500_000, "1.5", 36, Method.MENURUN),
     (500_000, "1.5", 36, Method.ANUITAS), (1_000_000, "1", 360, Method.FLAT),
     (1_000_000, "1", 360, Method.MENURUN)],
)  # fmt: skip
def test_no_zero_row_and_no_interest_on_a_zero_balance(
    principal: int, rate: str, tenor: int, method: Method
) -> None:
    # The cases, rounded to Rp1.000: at 500.000, 1,5% a month, 36 anuitas had
    # Rp0 rows 35-36 and menurun a Rp0 row 36; at 1.000.000, 1%, 360 the principal was
    # gone at 334 (flat) and 309 (menurun).
    terms = Terms(principal, Decimal(rate), RatePeriod.MONTH, tenor, method, Rounding.UP_1000)
    rows = schedule(terms, START)
    assert len(rows) == tenor
    assert all(x.principal > 0 for x in rows)
    assert sum(x.principal for x in rows) == principal
    assert all(x.total % 1000 == 0 for x in rows[:-1])
    if method is not Method.MENURUN:
        assert len({x.total for x in rows[:-1]}) == 1


def test_an_anuitas_no_multiple_of_1000_fits_is_refused() -> None:
    """1.000.000 anuitas 1% a month over 360 (the issue: principal gone at 242):
    A = 10.000 / (1 − 1,01^−360) ≈ 10.286,13. Up to 11.000 repays 1.000 growing 1% a
    month, 100.000 × (1,01^m − 1) ≥ 1.000.000 at m ≈ 241: gone early. Down to 10.000 is
    exactly the first month's interest (1% of 1.000.000): no principal. Refused."""
    terms = Terms(1_000_000, Decimal(1), RatePeriod.MONTH, 360, Method.ANUITAS, Rounding.UP_1000)
    with pytest.raises(ValidationError) as caught:
        schedule(terms, START)
    assert caught.value.field == "tenor"
    # To Rp100: up to 10.300 repays 300 growing 1% a month, 30.000 × (1,01^m − 1) ≥
    # 1.000.000 at 1,01^m ≥ 34,3, m ≈ 356 < 360: early again. Down to 10.200: 20.000 ×
    # (1,01^359 − 1) ≈ 20.000 × 34,6 ≈ 692.000 repaid by 359, the last takes the rest.
    rows = schedule(replace(terms, rounding=Rounding.UP_100), START)
    assert {x.total for x in rows[:-1]} == {10_200}
    assert all(x.principal > 0 for x in rows)
    assert 680_000 < 1_000_000 - rows[-1].principal < 700_000


def test_an_installment_too_small_for_the_rounding_step_is_refused() -> None:
    # 100.000 flat 1% over 360 to Rp1.000: interest 1.000, 277,78 + 1.000 = 1.277,78.
    # Up to 2.000 pays 1.000 of principal (gone at installment 100); down to 1.000 pays
    # no principal at all. No installment fits: refused, naming the tenor.
    terms = Terms(100_000, Decimal(1), RatePeriod.MONTH, 360, Method.FLAT, Rounding.UP_1000)
    with pytest.raises(ValidationError) as caught:
        schedule(terms, START)
    assert caught.value.field == "tenor"
    assert "Rp1.000" in caught.value.message


def test_zero_rate_is_principal_only() -> None:
    rows = schedule(Terms(1_000_000, Decimal(0), RatePeriod.MONTH, 3, Method.ANUITAS), START)
    assert [x.total for x in rows] == [333_333, 333_333, 333_334]


@pytest.mark.parametrize(
    ("principal", "tenor", "rate", "field"),
    [(0, 12, Decimal(1), "principal"), (1_000_000, 0, Decimal(1), "tenor"),
     (1_000_000, 12, Decimal(-1), "rate"), (1_000_000, 361, Decimal(1), "tenor")],
)  # fmt: skip
def test_impossible_terms_are_refused(
    principal: int, tenor: int, rate: Decimal, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        schedule(Terms(principal, rate, RatePeriod.MONTH, tenor, Method.FLAT), START)
    assert caught.value.field == field


def test_effective_rate_of_a_flat_loan() -> None:
    # KOPERASI.md §4.1: flat 1% a month over 12 months ≈ 1,79% a month effective (≈21,5% p.a.).
    monthly = effective_monthly_rate(9_000_000, [840_000] * 12)
    assert Decimal("1.78") < monthly < Decimal("1.80")
    sim = simulate(Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT), START)
    assert Decimal("21.3") < sim.effective_yearly_percent < Decimal("21.6")
    # An annuity's effective rate is its own rate.
    anuitas = simulate(Terms(10_000_000, Decimal(12), RatePeriod.YEAR, 24, Method.ANUITAS), START)
    assert anuitas.effective_monthly_percent.quantize(Decimal("0.01")) == Decimal("1.00")


def test_yearly_subtotals_add_up() -> None:
    sim = simulate(Terms(10_000_000, Decimal(12), RatePeriod.YEAR, 30, Method.MENURUN), START)
    assert [y.year for y in sim.years] == [1, 2, 3]
    assert sum(y.principal for y in sim.years) == 10_000_000
    assert sum(y.total for y in sim.years) == sim.total


def test_late_fee_per_day_with_grace() -> None:
    rule = LateFeeRule(Decimal("0.1"), FeePeriod.DAY, grace_days=3)
    due = D(2025, 2, 15)
    owed = [(D.min, 885_000)]
    # Paid within the grace days: nothing.
    assert late_fee([*owed, (D(2025, 2, 18), 0)], due, D(2025, 2, 18), rule) == 0
    # Paid 5 days late: every day since the due date counts: 885.000 × 0,1% × 5 = 4.425.
    assert late_fee([*owed, (D(2025, 2, 20), 0)], due, D(2025, 2, 20), rule) == 4_425
    # Half paid on day 10, the rest on day 20: 10 days × 885.000 + 10 days × 442.500.
    parts = [*owed, (D(2025, 2, 25), 442_500), (D(2025, 3, 7), 0)]
    assert late_fee(parts, due, D(2025, 3, 10), rule) == 8_850 + 4_425


def test_late_fee_per_month_counts_a_thirtieth_a_day() -> None:
    rule = LateFeeRule(Decimal(3), FeePeriod.MONTH)
    # 1.000.000 overdue 45 days at 3% a month: 1.000.000 × 3% × 45/30 = 45.000.
    assert late_fee([(D.min, 1_000_000)], D(2025, 1, 1), D(2025, 2, 15), rule) == 45_000


def test_payment_order_denda_bunga_pokok_oldest_first() -> None:
    dues = [
        Due(1, D(2025, 2, 15), 4_000, 135_000, 750_000),
        Due(2, D(2025, 3, 15), 1_000, 135_000, 750_000),
    ]
    parts, left = allocate_payment(300_000, dues)
    # all denda (5.000), then interest oldest first (270.000), then 25.000 principal of #1.
    assert [(p.number, p.denda, p.bunga, p.pokok) for p in parts] == [
        (1, 4_000, 135_000, 25_000),
        (2, 1_000, 135_000, 0),
    ]
    assert left == 0
    parts, left = allocate_payment(2_000_000, dues, parse_order("pokok,bunga,denda"))
    assert left == 2_000_000 - (5_000 + 270_000 + 1_500_000)
    assert parts[0].pokok == 750_000


def test_allocation_order_must_name_each_part_once() -> None:
    assert parse_order("bunga, denda, pokok") == (Part.BUNGA, Part.DENDA, Part.POKOK)
    for bad in ("denda,bunga", "denda,denda,pokok", "denda,bunga,pokok,biaya"):
        with pytest.raises(ValidationError):
            parse_order(bad)


def test_days_past_due_grades_and_buckets() -> None:
    dues = [
        Due(1, D(2025, 1, 15), 0, 0, 0),  # paid
        Due(2, D(2025, 2, 15), 0, 10_000, 100_000),
        Due(3, D(2025, 3, 15), 0, 10_000, 100_000),
    ]
    assert days_past_due(dues, D(2025, 2, 15)) == 0  # due today is not late
    assert days_past_due(dues, D(2025, 6, 1)) == 106
    rule = GradeRule()
    # KOPERASI.md §4.3 for monthly installments: > 3 months kurang lancar, > 6 diragukan,
    # > 12 macet (90 / 180 / 360 days by default).
    assert [rule.grade(d) for d in (0, 90, 91, 180, 181, 360, 361)] == [
        Grade.LANCAR, Grade.LANCAR, Grade.KURANG_LANCAR, Grade.KURANG_LANCAR,
        Grade.DIRAGUKAN, Grade.DIRAGUKAN, Grade.MACET,
    ]  # fmt: skip
    assert aging_bucket(0).startswith("Belum")
    assert aging_bucket(45) == "31–60 hari"
    assert aging_bucket(400) == "Lebih dari 360 hari"


def test_allowance_percentages() -> None:
    # KOPERASI.md §4.4 (BPR analogue): 0,5% lancar, 10% KL, 50% D, 100% M.
    rule = AllowanceRule()
    assert rule.required(Grade.LANCAR, 10_000_000) == 50_000
    assert rule.required(Grade.KURANG_LANCAR, 3_333_335) == 333_334  # 333.333,5 → up
    assert rule.required(Grade.MACET, 7_000_000) == 7_000_000


def test_collateral_kind_from_its_description() -> None:
    rule = CollateralRule()
    assert rule.kind("BPKB sepeda motor Honda Beat 2019") is CollateralKind.KENDARAAN
    assert rule.kind("Kendaraan bermotor roda empat") is CollateralKind.KENDARAAN
    assert rule.kind("SHM tanah dan bangunan No. 123") is CollateralKind.TANAH_BANGUNAN
    assert rule.kind("Sertipikat rumah") is CollateralKind.TANAH_BANGUNAN
    assert rule.kind("Deposito berjangka BJ-0007 diblokir") is CollateralKind.SIMPANAN
    assert rule.kind("Simpanan sukarela yang diblokir") is CollateralKind.SIMPANAN
    assert rule.kind("SK pegawai negeri") is CollateralKind.LAIN
    # Land counts only with a certificate; household goods are not a house.
    assert rule.kind("Tanah girik (letter C)") is CollateralKind.LAIN
    assert rule.kind("Perabot rumah tangga") is CollateralKind.LAIN
    assert rule.kind("") is CollateralKind.LAIN
    # Words of two kinds: the one counted least (kendaraan 50% < tanah/bangunan 80%).
    assert rule.kind("BPKB mobil dan SHM rumah") is CollateralKind.KENDARAAN
    assert CollateralRule(kendaraan=Decimal(90)).kind("BPKB mobil dan SHM rumah") is (
        CollateralKind.TANAH_BANGUNAN
    )


def test_collateral_counted_against_the_allowance() -> None:
    """KOPERASI.md §4.4, the BPR analogue: KL/D/M × (balance − collateral counted),
    negative → 0; lancar 0,5% × balance without deduction. Collateral counted per kind
    (PBI 8/19/2006 as amended): blocked savings/deposits 100%, certified land and
    buildings 80%, vehicles 50%, other 0% by default; rounded down to the rupiah."""
    collateral, allowance = CollateralRule(), AllowanceRule()
    assert collateral.counted("Deposito diblokir", 5_000_000) == 5_000_000
    assert collateral.counted("BPKB motor", 15_500_001) == 7_750_000  # 7.750.000,5 down
    assert collateral.counted("SK pegawai", 30_000_000) == 0
    # [pinjol-PPAP] case 1: balance 70.000.000, SHM with hak tanggungan 70.000.000 →
    # 80% = 56.000.000 counted; lancar 350.000, KL 1.400.000, D 7.000.000, M 14.000.000.
    counted = collateral.counted("SHM tanah dan bangunan", 70_000_000)
    assert counted == 56_000_000
    required = {
        g: allowance.required(g, 70_000_000 - allowance.deduction(g, 70_000_000, counted))
        for g in Grade
    }
    assert required == {Grade.LANCAR: 350_000, Grade.KURANG_LANCAR: 1_400_000,
                        Grade.DIRAGUKAN: 7_000_000, Grade.MACET: 14_000_000}  # fmt: skip
    # [pokebanking] case 1: balance 10.000.000, motor (fidusia) 15.000.000 → 7.500.000
    # counted; D 50% × 2.500.000 = 1.250.000.
    counted = collateral.counted("BPKB sepeda motor", 15_000_000)
    base = 10_000_000 - allowance.deduction(Grade.DIRAGUKAN, 10_000_000, counted)
    assert allowance.required(Grade.DIRAGUKAN, base) == 1_250_000
    # More collateral than balance takes the base to zero, never below.
    assert allowance.deduction(Grade.MACET, 4_000_000, 40_000_000) == 4_000_000
    assert allowance.deduction(Grade.LANCAR, 4_000_000, 40_000_000) == 0


def test_fees_fixed_or_percent() -> None:
    assert fee("percent", Decimal(1), 9_000_000) == 90_000
    assert fee("fixed", Decimal(25_000), 9_000_000) == 25_000
    assert fee("percent", Decimal("0.75"), 1_234_567) == 9_259  # 9.259,25


def test_paying_ahead_pays_the_next_installment_in_full_first() -> None:
    from kopdesk.domain.loans import allocate_in_advance

    dues = [Due(n, D(2025, n + 1, 15), 0, 135_000, 750_000) for n in (1, 2, 3)]
    parts, left = allocate_in_advance(1_000_000, dues)
    # 885.000 settles installment 1; the remaining 115.000 goes to installment 2's interest.
    assert [(p.number, p.bunga, p.pokok) for p in parts] == [(1, 135_000, 750_000), (2, 115_000, 0)]
    assert left == 0
