"""Rupiah: parsing, formatting, rounding and exact allocation.

Amounts are Python ``int`` rupiah; no float ever holds money. Rates and
percentages are :class:`~decimal.Decimal`. Every conversion of a computed value
to rupiah goes through :func:`to_rupiah`, which names its rounding rule, and every
split of a total goes through :func:`allocate`, whose parts sum exactly to the
total. Formatting follows KOPERASI.md §9.1: period for thousands, no space after
``Rp``, negatives as ``-Rp1.000`` in prose or ``(Rp1.000)`` in statements.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from kopdesk.errors import ValidationError

__all__ = [
    "MAX_RUPIAH",
    "Rounding",
    "allocate",
    "format_number",
    "format_rupiah",
    "parse_rupiah",
    "to_rupiah",
]

MAX_RUPIAH = 10**15 - 1
"""Largest amount :func:`parse_rupiah` accepts (Rp999.999.999.999.999); anything
longer is a typing slip, not money a cooperative holds."""

_PLAIN = re.compile(r"[0-9]+")
_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_SEN = re.compile(r"[0-9.]+,[0-9]{1,2}")
_NUMERIC = re.compile(r"[0-9.,]+")

_MSG_EMPTY = "Jumlah wajib diisi: ketik angka bulat rupiah, misalnya 1.250.000."
_MSG_GENERAL = "Jumlah tidak valid: gunakan angka bulat rupiah, misalnya 1.250.000."
_MSG_SEN = (
    "Jumlah tidak valid: rupiah dicatat bulat tanpa sen (akhiran ,00 boleh); "
    "ketik misalnya 1.250.000."
)
_MSG_COMMA = (
    "Jumlah tidak valid: pemisah ribuan adalah titik, bukan koma; ketik misalnya 1.250.000."
)
_MSG_DOT = (
    "Jumlah tidak valid: titik memisahkan ribuan dan harus diikuti tepat tiga angka, "
    "tanpa sen; ketik misalnya 1.250.000."
)
_MSG_TOO_LARGE = "Jumlah terlalu besar: periksa angkanya; paling banyak Rp999.999.999.999.999."


def _require_int(value: object, what: str) -> int:
    """Return ``value`` if it is a true ``int`` (not ``bool``), else raise TypeError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be int rupiah, got {type(value).__name__}")
    return value


# --- parsing ---------------------------------------------------------------


def parse_rupiah(text: str, *, field: str = "jumlah") -> int:
    """Parse an amount a person typed into integer rupiah.

    Accepts digits with or without period thousands separators (``1.250.000``,
    ``1250000``), an optional ``Rp`` / ``Rp.`` prefix in any case with or without
    a space, a leading ``-`` or surrounding parentheses for negatives (sign before
    ``Rp``), and an optional zero-sen ending ``,00`` or ``,-``.

    Raises :class:`ValidationError` (``field``, Indonesian message) for empty text,
    non-zero sen, letters, commas as thousands separators, a period not followed
    by exactly three digits, or a magnitude above :data:`MAX_RUPIAH`. Raises
    TypeError if ``text`` is not a ``str`` (a float passed by mistake).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_rupiah expects str, got {type(text).__name__}")
    body = text.strip()
    if not body:
        raise ValidationError(field, _MSG_EMPTY)
    negative, body = _strip_sign(body)
    body = _strip_zero_sen(_strip_currency(body))
    magnitude = _magnitude(body, field)
    return -magnitude if negative else magnitude


def _strip_sign(body: str) -> tuple[bool, str]:
    """Split ``-x`` or ``(x)`` into (negative, x); anything else is positive."""
    if body.startswith("(") and body.endswith(")"):
        return True, body[1:-1].strip()
    if body.startswith("-"):
        return True, body[1:].lstrip()
    return False, body


def _strip_currency(body: str) -> str:
    """Drop a leading ``Rp`` (any case), an optional period after it and spaces."""
    if body[:2].lower() != "rp":
        return body
    rest = body[2:]
    if rest.startswith("."):
        rest = rest[1:]
    return rest.lstrip()


def _strip_zero_sen(body: str) -> str:
    """Drop a trailing ``,00`` or ``,-`` (explicitly zero sen)."""
    for ending in (",00", ",-"):
        if body.endswith(ending):
            return body[: -len(ending)]
    return body


def _magnitude(body: str, field: str) -> int:
    """Digits of ``body`` (grouped or plain) as a non-negative int, or raise."""
    if _GROUPED.fullmatch(body):
        digits = body.replace(".", "")
    elif _PLAIN.fullmatch(body):
        digits = body
    else:
        raise ValidationError(field, _diagnose(body))
    # Check the length before int(): huge strings are slow and may exceed
    # Python's int-from-str digit limit.
    if len(digits.lstrip("0")) > len(str(MAX_RUPIAH)):
        raise ValidationError(field, _MSG_TOO_LARGE)
    return int(digits)


def _diagnose(body: str) -> str:
    """Pick the message that says what is wrong with an unparseable amount."""
    if not _NUMERIC.fullmatch(body):
        return _MSG_GENERAL
    if "," in body:
        return _MSG_SEN if _SEN.fullmatch(body) else _MSG_COMMA
    return _MSG_DOT


# --- formatting ------------------------------------------------------------


def format_number(amount: int) -> str:
    """Integer rupiah with period thousands separators: ``-1250000`` → ``-1.250.000``.

    For quantities only; never use it for years, account or ID numbers.
    """
    _require_int(amount, "amount")
    grouped = f"{abs(amount):,}".replace(",", ".")
    return f"-{grouped}" if amount < 0 else grouped


def plain_decimal(value: object) -> object:
    """A ``Decimal`` as a plain number for a spreadsheet (``10``, never ``1E+1``);
    anything else as it is."""
    return format(value, "f") if isinstance(value, Decimal) else value


def format_rupiah(amount: int, *, parens: bool = False) -> str:
    """``Rp1.250.000`` (no space after Rp); negative as ``-Rp1.250.000``, or as
    ``(Rp1.250.000)`` when ``parens`` is true (financial statements).

    Raises TypeError for anything but an ``int`` (``bool`` included).
    """
    _require_int(amount, "amount")
    body = "Rp" + format_number(abs(amount))
    if amount >= 0:
        return body
    return f"({body})" if parens else f"-{body}"


# --- rounding --------------------------------------------------------------


class Rounding(enum.Enum):
    """How a computed value becomes whole rupiah.

    Every rule works on the magnitude and puts the sign back, so a negative
    value rounds exactly like its positive mirror (``-x`` → ``-round(x)``).
    """

    HALF_UP = "half_up"
    """Nearest rupiah; exactly half goes away from zero (2,5 → 3; -2,5 → -3)."""
    DOWN = "down"
    """Drop the fraction of a rupiah, toward zero (2,9 → 2; -2,9 → -2)."""
    UP_100 = "up_100"
    """Up to the next multiple of Rp100, away from zero (12.301 → 12.400)."""
    UP_500 = "up_500"
    """Up to the next multiple of Rp500, away from zero (12.301 → 12.500)."""
    UP_1000 = "up_1000"
    """Up to the next multiple of Rp1.000, away from zero (12.301 → 13.000)."""


_STEP = {Rounding.UP_100: 100, Rounding.UP_500: 500, Rounding.UP_1000: 1000}


def to_rupiah(value: Decimal | int, rule: Rounding = Rounding.HALF_UP) -> int:
    """Convert an exact value (rupiah, possibly fractional) to integer rupiah.

    The one conversion helper: ``rule`` names the rounding (see :class:`Rounding`);
    the arithmetic is exact whatever the Decimal context precision.
    Raises TypeError for float or bool, ValueError for NaN or infinity.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"to_rupiah expects Decimal or int, got {type(value).__name__}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"cannot convert {value} to rupiah")
    exact = Fraction(value)
    magnitude = _round_magnitude(abs(exact), rule)
    return -magnitude if exact < 0 else magnitude


def _round_magnitude(x: Fraction, rule: Rounding) -> int:
    """Round a non-negative exact value to integer rupiah by ``rule``."""
    num, den = x.numerator, x.denominator
    if rule is Rounding.HALF_UP:
        return (2 * num + den) // (2 * den)
    if rule is Rounding.DOWN:
        return num // den
    step = _STEP[rule]
    return -(-num // (den * step)) * step


# --- allocation ------------------------------------------------------------


def allocate(total: int, weights: Sequence[int | Decimal]) -> list[int]:
    """Split ``total`` rupiah in proportion to ``weights`` (largest remainder).

    Invariants: the parts sum exactly to ``total``; each part differs from its
    exact share ``total × w / Σw`` by less than one rupiah; a zero weight gets
    zero. Each part first gets the floor of its share; the rupiah left over go
    one each to the largest fractional remainders, ties to the earlier index,
    so the result is deterministic. A negative ``total`` is split as its
    magnitude and negated. Arithmetic is exact (fractions, never float).

    Raises TypeError for a non-int total or a float/bool weight, ValueError for
    a negative, non-finite or all-zero (or empty) weight list.
    """
    _require_int(total, "total")
    exact_weights = [_weight(w) for w in weights]
    weight_sum = sum(exact_weights, Fraction(0))
    if weight_sum == 0:
        raise ValueError("Pembagian tidak bisa dilakukan: semua bobot nol.")
    magnitude = abs(total)
    shares = [magnitude * w / weight_sum for w in exact_weights]
    parts = [s.numerator // s.denominator for s in shares]
    leftover = magnitude - sum(parts)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(shares[i] - parts[i]), i))
    for i in by_remainder[:leftover]:
        parts[i] += 1
    return [-p for p in parts] if total < 0 else parts


def _weight(w: int | Decimal) -> Fraction:
    """A weight as an exact non-negative Fraction, or raise."""
    if isinstance(w, bool) or not isinstance(w, int | Decimal):
        raise TypeError(f"weight must be int or Decimal, got {type(w).__name__}")
    if isinstance(w, Decimal) and not w.is_finite():
        raise ValueError(f"Bobot tidak valid: {w}.")
    if w < 0:
        raise ValueError(f"Bobot tidak boleh negatif: {w}.")
    return Fraction(w)
