"""Indonesian dates: month names, formatting, parsing, Roman-numeral months and
calendar-month arithmetic.

Formats follow KOPERASI.md §9.3: long dates ``26 Juli 2026``, all-digit dates
with hyphens ``26-07-2026`` (EYD V), times on the 24-hour clock with a period
``14.05``. Parsing accepts what a treasurer types and refuses impossible dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from kopdesk.errors import ValidationError

__all__ = [
    "MONTHS_ID",
    "add_months",
    "format_date",
    "format_date_short",
    "format_datetime",
    "parse_date",
    "parse_typed_date",
    "roman_month",
]

MONTHS_ID: tuple[str, ...] = (
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
"""Month names; ``MONTHS_ID[month - 1]`` for month 1–12."""

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_ISO = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})")
_DMY = re.compile(r"(?P<d>[0-9]{1,2})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})")

_FORMATS = "gunakan format HH-BB-TTTT atau TTTT-BB-HH, misalnya 31-12-2025."


def format_date(d: dt.date) -> str:
    """Long date, day without a leading zero: ``26 Juli 2026``."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_date_short(d: dt.date) -> str:
    """All-digit date with hyphens: ``26-07-2026``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_datetime(value: dt.datetime) -> str:
    """Date and 24-hour time with a period: ``26 Juli 2026 pukul 14.05``.

    Shows the wall-clock time as stored; no time-zone conversion or label.
    """
    return f"{format_date(value)} pukul {value.hour:02d}.{value.minute:02d}"


def parse_date(text: str, *, field: str = "tanggal") -> dt.date:
    """Parse ``TTTT-BB-HH`` (ISO), ``HH-BB-TTTT`` or ``HH/BB/TTTT``.

    Day and month may have one or two digits; the year has four. Surrounding
    spaces are ignored. Raises :class:`ValidationError` (``field``, Indonesian
    message) for any other form or a date not on the calendar (``2025-02-30``),
    TypeError if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_date expects str, got {type(text).__name__}")
    body = text.strip()
    if not body:
        raise ValidationError(field, f"Tanggal tidak valid: tanggal wajib diisi; {_FORMATS}")
    match = _ISO.fullmatch(body) or _DMY.fullmatch(body)
    if match is None:
        raise ValidationError(
            field, f'Tanggal tidak valid: "{body}" tidak dikenali sebagai tanggal; {_FORMATS}'
        )
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise ValidationError(
            field, f"Tanggal tidak valid: {body} tidak ada di kalender; {_FORMATS}"
        ) from None


_DOTTED = re.compile(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})")
_PACKED = re.compile(r"(?P<d>[0-9]{2})(?P<m>[0-9]{2})(?P<y>[0-9]{4})")


def parse_typed_date(text: str, *, field: str = "tanggal") -> dt.date:
    """A date typed into a date field, taken exactly as typed or refused.

    Besides :func:`parse_date`'s forms it takes ``HH.BB.TTTT`` and eight digits
    ``HHBBTTTT`` (``15062025``). Never guesses: ``31-02-2026`` or ``15-6-25`` raise
    :class:`ValidationError` with an Indonesian message.
    """
    body = text.strip()
    match = _DOTTED.fullmatch(body) or _PACKED.fullmatch(body)
    if match is None:
        return parse_date(body, field=field)
    return parse_date(f"{match['d']}-{match['m']}-{match['y']}", field=field)


def roman_month(month: int) -> str:
    """Month 1–12 as a Roman numeral for document numbers (3 → ``III``).

    Raises ValueError outside 1–12.
    """
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be an int 1-12, got {month!r}")
    return _ROMAN[month - 1]


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later; the month's last day when shorter (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
