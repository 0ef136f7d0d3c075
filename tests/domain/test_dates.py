"""Indonesian dates: names, formats, parsing, Roman months (KOPERASI.md §9.3)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopdesk.domain.dates import (
    MONTHS_ID,
    format_date,
    format_date_short,
    format_datetime,
    parse_date,
    parse_typed_date,
    roman_month,
)
from kopdesk.errors import ValidationError

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")


def test_month_names_from_cldr_id() -> None:
    """KOPERASI.md §9.3 [lang-id-guide], [faker-id]; not the outdated "Pebruari"."""
    assert MONTHS_ID == (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    )


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (dt.date(2026, 7, 26), "26 Juli 2026", "26-07-2026"),
        (dt.date(2025, 12, 31), "31 Desember 2025", "31-12-2025"),
        (dt.date(2025, 1, 5), "5 Januari 2025", "05-01-2025"),
        (dt.date(2024, 2, 29), "29 Februari 2024", "29-02-2024"),
        (dt.date(999, 8, 17), "17 Agustus 999", "17-08-0999"),
    ],
)
def test_format_date(day: dt.date, long: str, short: str) -> None:
    assert format_date(day) == long
    assert format_date_short(day) == short


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2026, 7, 26, 14, 5, tzinfo=WIB), "26 Juli 2026 pukul 14.05"),
        (dt.datetime(2025, 3, 1, 1, 35, 20, tzinfo=WIB), "1 Maret 2025 pukul 01.35"),
        (dt.datetime(2025, 12, 31, 23, 59, tzinfo=WIB), "31 Desember 2025 pukul 23.59"),
        (dt.datetime(2025, 6, 1, 0, 0, tzinfo=dt.UTC), "1 Juni 2025 pukul 00.00"),
    ],
)
def test_format_datetime_uses_a_period_and_24_hours(moment: dt.datetime, expected: str) -> None:
    assert format_datetime(moment) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-12-31", dt.date(2025, 12, 31)),
        ("31-12-2025", dt.date(2025, 12, 31)),
        ("31/12/2025", dt.date(2025, 12, 31)),
        (" 26-07-2026 ", dt.date(2026, 7, 26)),
        ("5-7-2026", dt.date(2026, 7, 5)),
        ("5/7/2026", dt.date(2026, 7, 5)),
        ("2026-7-5", dt.date(2026, 7, 5)),
        ("29-02-2024", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "wajib diisi"),
        ("  ", "wajib diisi"),
        ("2025-02-30", "tidak ada di kalender"),
        ("30-02-2025", "tidak ada di kalender"),
        ("29/02/2025", "tidak ada di kalender"),
        ("31-04-2025", "tidak ada di kalender"),
        ("2025-13-01", "tidak ada di kalender"),
        ("00-01-2025", "tidak ada di kalender"),
        ("01-01-0000", "tidak ada di kalender"),
        ("2025/12/31", "tidak dikenali"),
        ("31-12/2025", "tidak dikenali"),
        ("31.12.2025", "tidak dikenali"),
        ("31-12-25", "tidak dikenali"),
        ("20251231", "tidak dikenali"),
        ("31 Desember 2025", "tidak dikenali"),
        ("2025-12-31T10:00", "tidak dikenali"),
        ("besok", "tidak dikenali"),
        ("١٢-١٢-٢٠٢٥", "tidak dikenali"),
    ],
)
def test_parse_date_rejects_with_indonesian_message(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, field="tanggal_lahir")
    assert caught.value.field == "tanggal_lahir"
    message = caught.value.message
    assert message.startswith("Tanggal tidak valid: ")
    assert says in message
    assert "gunakan format HH-BB-TTTT atau TTTT-BB-HH" in message


def test_parse_date_default_field_is_tanggal() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("kemarin")
    assert caught.value.field == "tanggal"


@pytest.mark.parametrize("value", [dt.date(2025, 1, 1), 20250101, None])
def test_parse_date_rejects_non_str_as_a_bug(value: object) -> None:
    with pytest.raises(TypeError):
        parse_date(value)  # type: ignore[arg-type]


@given(st.dates())
def test_parse_reverses_both_formats(day: dt.date) -> None:
    assert parse_date(format_date_short(day)) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(format_date_short(day).replace("-", "/")) == day


@pytest.mark.parametrize(
    ("month", "roman"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (6, "VI"),
        (7, "VII"),
        (8, "VIII"),
        (9, "IX"),
        (10, "X"),
        (11, "XI"),
        (12, "XII"),
    ],
)
def test_roman_month(month: int, roman: str) -> None:
    """As in document numbers like ``001/KSP-XX/III/2025`` (KOPERASI.md §9.3)."""
    assert roman_month(month) == roman


@pytest.mark.parametrize("month", [0, 13, -1, True])
def test_roman_month_refuses_out_of_range(month: int) -> None:
    with pytest.raises(ValueError, match="1-12"):
        roman_month(month)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-06-2025", dt.date(2025, 6, 15)),
        ("15/06/2025", dt.date(2025, 6, 15)),
        ("15.06.2025", dt.date(2025, 6, 15)),
        ("15062025", dt.date(2025, 6, 15)),
        (" 2025-06-15 ", dt.date(2025, 6, 15)),
    ],
)
def test_a_typed_date_is_taken_exactly(text: str, expected: dt.date) -> None:
    assert parse_typed_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "31022026", "15-6-25", "20250615x", "1506202", ""])
def test_a_typed_date_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="Tanggal tidak valid"):
        parse_typed_date(text)
