"""The scoring tables of the Perdep 06/2016 ratios at their edges (KOPERASI.md §5.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopdesk.domain.health_scoring import format_table, linear_nilai, parse_table
from kopdesk.services.base import settings

W = Decimal
DEFAULTS = {s.key.rsplit(".", 1)[1]: parse_table(s.default, s.key) for s in settings.PERDEP_TABLES}


@pytest.mark.parametrize(
    ("code", "ratio", "nilai"),
    [
        # 1a: <20 → 25; 20–40 → 50; 40–60 → 100; 60–80 → 50; >80 → 25
        ("1a", "19.99", 25), ("1a", "20", 50), ("1a", "39.99", 50), ("1a", "40", 100),
        ("1a", "59.99", 100), ("1a", "60", 50), ("1a", "79.99", 50), ("1a", "80", 25),
        # 1c: <4 → 25; 4–6 → 50; 6–8 → 75; ≥8 → 100
        ("1c", "3.99", 25), ("1c", "4", 50), ("1c", "7.99", 75), ("1c", "8", 100),
        # 2a: <25 → 25; 25–50 → 50; 50–75 → 75; >75 → 100
        ("2a", "24.99", 25), ("2a", "25", 50), ("2a", "75", 75), ("2a", "75.01", 100),
        # 2d: <21 → 100; 21–25 → 75; 26–30 → 50; >30 → 25
        ("2d", "20.99", 100), ("2d", "21", 75), ("2d", "25", 75), ("2d", "25.01", 50),
        ("2d", "30", 50), ("2d", "30.01", 25),
        # 4a: <70 → 100; 70–85 → 75; 85–100 → 50; >100 → 25
        ("4a", "69.99", 100), ("4a", "70", 75), ("4a", "100", 50), ("4a", "100.01", 25),
        # 5b: <50 → 25; 50–75 → 50; 75–100 → 75; >100 → 100
        ("5b", "49.99", 25), ("5b", "100", 75), ("5b", "100.01", 100),
        # 6a: <5 → 25; 5–7,5 → 50; 7,5–10 → 75; >10 → 100
        ("6a", "4.99", 25), ("6a", "5", 50), ("6a", "7.5", 75), ("6a", "10", 75),
        ("6a", "10.01", 100),
        # 6c: <100 → 25; 100–125 → 50; 125–150 → 75; >150 → 100
        ("6c", "99.99", 25), ("6c", "100", 50), ("6c", "150", 75), ("6c", "150.01", 100),
    ],
)  # fmt: skip
def test_default_tables_at_their_edges(code: str, ratio: str, nilai: int) -> None:
    assert DEFAULTS[code].nilai(W(ratio)) == nilai


def test_the_fixed_tables_at_their_edges() -> None:
    from kopdesk.services.health.perdep import FIXED_2B, FIXED_5A, FIXED_7A

    b2 = parse_table(FIXED_2B, "2b")
    assert [b2.nilai(W(x)) for x in ("0", "0.01", "10", "10.01", "45", "45.01")] == [
        100, 80, 80, 60, 10, 0,
    ]  # fmt: skip
    a5 = parse_table(FIXED_5A, "5a")
    assert [a5.nilai(W(x)) for x in ("10", "10.01", "15", "15.01", "20", "20.01")] == [
        25, 100, 100, 50, 50, 25,
    ]  # fmt: skip
    a7 = parse_table(FIXED_7A, "7a")
    assert [a7.nilai(W(x)) for x in ("24.99", "25", "75", "75.01")] == [25, 50, 75, 100]


def test_linear_nilai_is_one_whole_point_per_percent_up_to_100() -> None:
    assert [linear_nilai(W(x)) for x in ("-5", "0", "31.24", "80.5", "100", "197.12")] == [
        0, 0, 31, 81, 100, 100,
    ]  # fmt: skip


def test_the_written_form_round_trips_and_describes_the_band() -> None:
    table = parse_table(" 5 : 25 ; 7,5:50;<=10:75; *:100 ", "t")
    assert format_table(table) == "5:25,7.5:50,<=10:75,*:100"
    assert parse_table(format_table(table), "t") == table
    assert table.describe(W("7.5")) == "rasio ≤ 10% → nilai 75"
    assert table.describe(W("12")) == "rasio > 10% → nilai 100"
    assert table.describe(W("6")) == "rasio < 7,5% → nilai 50"
