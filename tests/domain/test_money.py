"""Rupiah parsing, formatting, rounding and largest-remainder allocation."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain.money import (
    MAX_RUPIAH,
    Rounding,
    allocate,
    format_number,
    format_rupiah,
    parse_rupiah,
    to_rupiah,
)
from kopdesk.errors import ValidationError

amounts = st.integers(min_value=-MAX_RUPIAH, max_value=MAX_RUPIAH)

# --- parse_rupiah: accepted -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250.000", 1_250_000),
        ("Rp1.250.000", 1_250_000),
        ("Rp 1.250.000", 1_250_000),
        ("rp1.250.000", 1_250_000),
        ("RP1.250.000", 1_250_000),
        ("Rp.1.250.000", 1_250_000),
        ("Rp. 1.250.000", 1_250_000),
        ("1250000", 1_250_000),
        (" 1.250.000 ", 1_250_000),
        ("\t1.250.000\n", 1_250_000),
        ("-1.250.000", -1_250_000),
        ("-Rp1.250.000", -1_250_000),
        ("- Rp 1.250.000", -1_250_000),
        ("(Rp1.250.000)", -1_250_000),
        ("(1.250.000)", -1_250_000),
        ("( Rp1.250.000 )", -1_250_000),
        ("1.250.000,00", 1_250_000),
        ("Rp1.250.000,-", 1_250_000),
        ("(Rp1.250.000,00)", -1_250_000),
        ("0", 0),
        ("-0", 0),
        ("Rp0", 0),
        ("Rp0,-", 0),
        ("500", 500),
        ("12.500", 12_500),
        ("999.999.999.999.999", MAX_RUPIAH),
        ("-999999999999999", -MAX_RUPIAH),
        ("000125", 125),
    ],
)
def test_parse_rupiah_accepts(text: str, expected: int) -> None:
    assert parse_rupiah(text) == expected


# --- parse_rupiah: rejected -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "wajib diisi"),
        ("   ", "wajib diisi"),
        ("1250000.5", "tepat tiga angka"),
        ("12.50", "tepat tiga angka"),
        ("1.25.000", "tepat tiga angka"),
        ("1.2500", "tepat tiga angka"),
        ("1.250.", "tepat tiga angka"),
        (".250", "tepat tiga angka"),
        ("0.500", "tepat tiga angka"),
        ("1..250", "tepat tiga angka"),
        ("1.250.000,50", "tanpa sen"),
        ("1250000,5", "tanpa sen"),
        ("1,5", "tanpa sen"),
        ("1,2,3", "bukan koma"),
        ("1,250,000", "bukan koma"),
        ("1,250,000.00", "bukan koma"),
        ("1.250.000,000", "bukan koma"),
        ("12a", "angka bulat rupiah"),
        ("sepuluh", "angka bulat rupiah"),
        ("Rp", "angka bulat rupiah"),
        ("Rp,-", "angka bulat rupiah"),
        ("-", "angka bulat rupiah"),
        ("()", "angka bulat rupiah"),
        ("(1.250.000", "angka bulat rupiah"),
        ("--1.000", "angka bulat rupiah"),
        ("-(1.000)", "angka bulat rupiah"),
        ("+1.000", "angka bulat rupiah"),
        ("1 250 000", "angka bulat rupiah"),
        ("1.250.000Rp", "angka bulat rupiah"),
        ("1e6", "angka bulat rupiah"),
        ("١٢٣", "angka bulat rupiah"),
        ("1.000.000.000.000.000", "terlalu besar"),
        ("1000000000000000", "terlalu besar"),
        ("9" * 5000, "terlalu besar"),
    ],
)
def test_parse_rupiah_rejects_with_indonesian_message(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah(text, field="pokok")
    assert caught.value.field == "pokok"
    assert caught.value.message.startswith("Jumlah ")
    assert says in caught.value.message


def test_parse_rupiah_default_field_is_jumlah() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rupiah("12a")
    assert caught.value.field == "jumlah"
    assert str(caught.value) == (
        "Jumlah tidak valid: gunakan angka bulat rupiah, misalnya 1.250.000."
    )


@pytest.mark.parametrize("value", [1250000.0, 1250000, Decimal("1250000"), None, b"1000"])
def test_parse_rupiah_rejects_non_str_as_a_bug(value: object) -> None:
    with pytest.raises(TypeError):
        parse_rupiah(value)  # type: ignore[arg-type]


# --- formatting ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "number", "rupiah", "statement"),
    [
        (0, "0", "Rp0", "Rp0"),
        (5, "5", "Rp5", "Rp5"),
        (999, "999", "Rp999", "Rp999"),
        (1000, "1.000", "Rp1.000", "Rp1.000"),
        (1_250_000, "1.250.000", "Rp1.250.000", "Rp1.250.000"),
        (-1_250_000, "-1.250.000", "-Rp1.250.000", "(Rp1.250.000)"),
        (-1, "-1", "-Rp1", "(Rp1)"),
        (10**15, "1.000.000.000.000.000", "Rp1.000.000.000.000.000", "Rp1.000.000.000.000.000"),
    ],
)
def test_format_number_and_rupiah(amount: int, number: str, rupiah: str, statement: str) -> None:
    assert format_number(amount) == number
    assert format_rupiah(amount) == rupiah
    assert format_rupiah(amount, parens=True) == statement


@pytest.mark.parametrize("value", [True, False, 1.0, Decimal(1), "1000", None])
def test_formatting_rejects_non_int(value: object) -> None:
    with pytest.raises(TypeError):
        format_rupiah(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_number(value)  # type: ignore[arg-type]


@given(amounts)
def test_parse_reverses_format_number(amount: int) -> None:
    assert parse_rupiah(format_number(amount)) == amount


@given(amounts)
def test_parse_reverses_format_rupiah(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)) == amount


@given(amounts)
def test_parse_reverses_statement_format(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount, parens=True)) == amount


@given(amounts)
def test_parse_accepts_plain_digits_and_zero_sen(amount: int) -> None:
    assert parse_rupiah(str(amount)) == amount
    assert parse_rupiah(format_rupiah(amount) + ",00") == amount


@given(amounts)
def test_format_rupiah_never_has_a_space_or_comma(amount: int) -> None:
    text = format_rupiah(amount, parens=amount % 2 == 0)
    assert " " not in text
    assert "," not in text


# --- to_rupiah -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rule", "expected"),
    [
        (Decimal("2.5"), Rounding.HALF_UP, 3),
        (Decimal("2.4999"), Rounding.HALF_UP, 2),
        (Decimal("-2.5"), Rounding.HALF_UP, -3),
        (Decimal("-2.4"), Rounding.HALF_UP, -2),
        (Decimal("0.5"), Rounding.HALF_UP, 1),
        (Decimal("-0.5"), Rounding.HALF_UP, -1),
        (Decimal("1250000.00"), Rounding.HALF_UP, 1_250_000),
        (Decimal("2.9"), Rounding.DOWN, 2),
        (Decimal("-2.9"), Rounding.DOWN, -2),
        (Decimal("0.999"), Rounding.DOWN, 0),
        (12_301, Rounding.UP_100, 12_400),
        (12_300, Rounding.UP_100, 12_300),
        (Decimal("12300.01"), Rounding.UP_100, 12_400),
        (-12_301, Rounding.UP_100, -12_400),
        (12_301, Rounding.UP_500, 12_500),
        (12_500, Rounding.UP_500, 12_500),
        (12_501, Rounding.UP_500, 13_000),
        (12_301, Rounding.UP_1000, 13_000),
        (Decimal("0.01"), Rounding.UP_1000, 1000),
        (0, Rounding.UP_1000, 0),
        (7, Rounding.HALF_UP, 7),
        (Decimal("1E+20"), Rounding.HALF_UP, 10**20),
    ],
)
def test_to_rupiah_rules(value: Decimal | int, rule: Rounding, expected: int) -> None:
    assert to_rupiah(value, rule) == expected


def test_to_rupiah_defaults_to_half_up() -> None:
    assert to_rupiah(Decimal("1000.5")) == 1001


def test_to_rupiah_is_exact_beyond_decimal_context_precision() -> None:
    """Default Decimal precision is 28 digits; this value needs 31."""
    value = Decimal("1234567890123456789012345678.5")
    assert to_rupiah(value) == 1234567890123456789012345679


@pytest.mark.parametrize("value", [2.5, True, "2", Fraction(5, 2), None])
def test_to_rupiah_rejects_float_and_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        to_rupiah(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_to_rupiah_rejects_non_finite(value: Decimal) -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        to_rupiah(value)


exact_values = st.decimals(
    min_value=Decimal(-(10**15)), max_value=Decimal(10**15), places=4, allow_nan=False
)


@given(exact_values)
def test_half_up_is_within_half_a_rupiah(value: Decimal) -> None:
    assert abs(to_rupiah(value) - value) <= Decimal("0.5")


@given(exact_values)
def test_down_drops_the_fraction_toward_zero(value: Decimal) -> None:
    result = to_rupiah(value, Rounding.DOWN)
    assert abs(result) <= abs(value) < abs(result) + 1
    assert result == 0 or (result > 0) == (value > 0)


@given(exact_values, st.sampled_from([(Rounding.UP_100, 100), (Rounding.UP_500, 500)]))
def test_round_up_to_step_is_the_next_multiple(
    value: Decimal, rule_step: tuple[Rounding, int]
) -> None:
    rule, step = rule_step
    result = to_rupiah(value, rule)
    assert result % step == 0
    assert abs(value) <= abs(result) < abs(value) + step


@given(exact_values, st.sampled_from(list(Rounding)))
def test_every_rule_is_symmetric_around_zero(value: Decimal, rule: Rounding) -> None:
    assert to_rupiah(-value, rule) == -to_rupiah(value, rule)


# --- allocate ------------------------------------------------------------------


def test_allocate_shu_worked_example_lukman() -> None:
    """KOPERASI.md §3.3 worked example [beritaharianku]: SHU Rp60.000.000, %JUA 25%,
    %JMA 20%; total pinjaman Rp75.000.000 (Lukman Rp5.000.000), total pokok+wajib
    Rp100.000.000 (Lukman Rp2.000.000). Lukman gets JUA Rp1.000.000 and JMA
    Rp240.000, together Rp1.240.000."""
    others = 55  # the rest of the SHU (cadangan, pengurus, ...) in percent
    jua_pool, jma_pool, _ = allocate(60_000_000, [Decimal(25), Decimal(20), others])
    assert (jua_pool, jma_pool) == (15_000_000, 12_000_000)

    lukman_jua, _ = allocate(jua_pool, [5_000_000, 75_000_000 - 5_000_000])
    lukman_jma, _ = allocate(jma_pool, [2_000_000, 100_000_000 - 2_000_000])
    assert lukman_jua == 1_000_000
    assert lukman_jma == 240_000
    assert lukman_jua + lukman_jma == 1_240_000


@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        (100, [1, 1, 1], [34, 33, 33]),  # tie: earliest index gets the extra rupiah
        (-100, [1, 1, 1], [-34, -33, -33]),
        (101, [1, 1, 1], [34, 34, 33]),
        (100, [0, 1, 1], [0, 50, 50]),
        (1, [0, 0, 5], [0, 0, 1]),
        (10, [1, 2], [3, 7]),  # 3.33 / 6.67: the larger remainder wins
        (0, [3, 4], [0, 0]),
        (7, [5], [7]),
        (100, [Decimal("0.1"), Decimal("0.2")], [33, 67]),
        (100, [Decimal("33.3333"), 1], [97, 3]),
    ],
)
def test_allocate_examples(total: int, weights: list[int | Decimal], expected: list[int]) -> None:
    assert allocate(total, weights) == expected


@pytest.mark.parametrize("weights", [[], [0], [0, 0, 0], [Decimal(0), 0]])
def test_allocate_refuses_all_zero_weights(weights: list[int | Decimal]) -> None:
    with pytest.raises(ValueError, match="semua bobot nol"):
        allocate(100, weights)


@pytest.mark.parametrize("weights", [[1, -1], [Decimal("-0.5"), 2]])
def test_allocate_refuses_negative_weights(weights: list[int | Decimal]) -> None:
    with pytest.raises(ValueError, match="negatif"):
        allocate(100, weights)


def test_allocate_refuses_non_finite_weight() -> None:
    with pytest.raises(ValueError, match="Bobot tidak valid"):
        allocate(100, [Decimal("NaN"), 1])


@pytest.mark.parametrize(
    ("total", "weights"),
    [(100.0, [1, 2]), (True, [1, 2]), (100, [1.5, 2]), (100, [True, 2])],
)
def test_allocate_rejects_floats_and_bools(total: object, weights: list[object]) -> None:
    with pytest.raises(TypeError):
        allocate(total, weights)  # type: ignore[arg-type]


weight_lists = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10**12),
        st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False),
    ),
    min_size=1,
    max_size=30,
).filter(lambda ws: any(w > 0 for w in ws))
totals = st.integers(min_value=-(10**15), max_value=10**15)


@given(totals, weight_lists)
def test_allocate_sums_exactly_and_stays_within_one_of_each_share(
    total: int, weights: list[int | Decimal]
) -> None:
    parts = allocate(total, weights)
    assert len(parts) == len(weights)
    assert sum(parts) == total
    weight_sum = sum(Fraction(w) for w in weights)
    for part, weight in zip(parts, weights, strict=True):
        exact_share = total * Fraction(weight) / weight_sum
        assert abs(part - exact_share) < 1
        if weight == 0:
            assert part == 0


@given(totals, weight_lists)
def test_allocate_of_negative_total_mirrors_positive(
    total: int, weights: list[int | Decimal]
) -> None:
    assert allocate(-total, weights) == [-p for p in allocate(total, weights)]


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=50))
def test_allocate_equal_weights_gives_extra_rupiah_to_earliest(total: int, n: int) -> None:
    parts = allocate(total, [1] * n)
    assert parts == sorted(parts, reverse=True)
    assert max(parts) - min(parts) <= 1
