"""NIK, NPWP and phone numbers, with valid and invalid tables (KOPERASI.md §8)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.id import nik as stdnum_nik

from kopdesk.errors import ValidationError
from kopdesk.services.members.identity import (
    check_nik,
    check_npwp,
    format_npwp,
    format_phone,
    normalize_phone,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "birth", "sex", "region"),
    [
        # the worked example of python-stdnum / KOPERASI.md §8.1: b. 17-08-1945, male
        ("3171011708450001", D(1945, 8, 17), "L", "3171"),
        # Kota Bandung, woman born 15-04-1990: day 15 + 40 = 55
        ("3273015504900002", D(1990, 4, 15), "P", "3273"),
        # Surabaya, man born 01-01-2001 (20YY when 19YY would be over 100 years? no: 1901 < 1920)
        ("3578010101010003", D(2001, 1, 1), "L", "3578"),
        (" 3273.0155-04900002 ", D(1990, 4, 15), "P", "3273"),
    ],
)
def test_valid_niks(text: str, birth: dt.date, sex: str, region: str) -> None:
    info = check_nik(text)
    assert (info.birth_date, info.sex, info.region) == (birth, sex, region)
    assert len(info.nik) == 16


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "wajib diisi"),
        ("31710117084500", "16 angka; yang diketik 14"),
        ("317101170845000123", "16 angka; yang diketik 18"),
        ("31710117O8450001", "hanya boleh berisi angka"),
        ("3171013208450001", "tanggal lahir"),  # day 32
        ("3171017208450001", "tanggal lahir"),  # day 72 - 40 = 32
        ("3171011713450001", "tanggal lahir"),  # month 13
        ("9999011708450001", "kode wilayah 9999"),
        ("3.17101E+15", "dirusak Excel"),
        ("3,17101E+15", "dirusak Excel"),
    ],
)
def test_invalid_niks(text: str, needle: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_nik(text, field="NIK")
    assert needle in caught.value.message
    assert caught.value.field == "NIK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.312.166.0-091.000", "013121660091000"),  # KOPERASI.md §8.2 example
        ("013121660091000", "013121660091000"),
        ("0013121660091000", "0013121660091000"),  # 16-digit form: 0 + old number
        ("3171011708450001", "3171011708450001"),  # a citizen's NPWP is the NIK
        ("", ""),
    ],
)
def test_valid_npwp(text: str, expected: str) -> None:
    assert check_npwp(text) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("01.312.166.1-091.000", "pemeriksa"),  # wrong check digit
        ("01312166009", "15 angka"),
        ("9999011708450001", "kode wilayah"),
        ("1.31217E+13", "dirusak Excel"),
    ],
)
def test_invalid_npwp(text: str, needle: str) -> None:
    with pytest.raises(ValidationError, match=needle):
        check_npwp(text)


def test_npwp_display_form() -> None:
    assert format_npwp("013121660091000") == "01.312.166.0-091.000"
    assert format_npwp("0013121660091000") == "01.312.166.0-091.000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "+6281234567890"),
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("(022) 2501234", "+62222501234"),
        ("", ""),
    ],
)
def test_phone_numbers_are_normalised(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text",
    ["12345", "0812", "+62 0812 3456 789", "0812-3456-7890-12345", "08a2345678", "8.12346E+10"],
)
def test_bad_phone_numbers(text: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(text)


def test_phone_display_form() -> None:
    assert format_phone("+6281234567890") == "0812-3456-7890"
    assert format_phone("+62222501234") == "0222501234"


REGIONS = ("3171", "3273", "9101", "9901", "9999", "0000", "1101", "1234")


@settings(max_examples=400, deadline=None)
@given(
    region=st.sampled_from(REGIONS),
    rest=st.text("0123456789", min_size=2, max_size=2),
    day=st.integers(0, 72),
    month=st.integers(0, 13),
    year=st.integers(0, 99),
    serial=st.text("0123456789", min_size=4, max_size=4),
)
def test_nik_check_accepts_what_python_stdnum_accepts(
    region: str, rest: str, day: int, month: int, year: int, serial: str
) -> None:
    """The region lookup is asked once per region code (a cache for imports): a NIK
    with a possible birth date passes exactly when python-stdnum validates it."""
    number = f"{region}{rest}{day:02d}{month:02d}{year:02d}{serial}"
    try:
        check_nik(number)
    except ValidationError as exc:
        refused = str(exc)
    else:
        refused = ""
    birth_possible = "tanggal lahir" not in refused
    if birth_possible:
        assert (refused == "") == stdnum_nik.is_valid(number), number
