"""Terbilang: an amount in Indonesian words, as written on a kuitansi.

Rules (KOPERASI.md §9.2): below twelve from a table (so 11 is *sebelas*), 12–19
are *n belas*, 100–199 start with *seratus*, 1000–1999 with *seribu*; larger
numbers go by groups of three digits with ribu, juta, miliar, triliun
(standard spelling, not "milyar"/"trilyun").
"""

from __future__ import annotations

__all__ = ["MAX_TERBILANG", "terbilang", "terbilang_rupiah"]

MAX_TERBILANG = 10**15 - 1
"""Largest magnitude spelled: 999 triliun and the rest (same bound as parsing)."""

_BELOW_TWELVE = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
# Scale word for each group of three digits, least significant first.
_SCALES = ("", "ribu", "juta", "miliar", "triliun")


def terbilang(amount: int) -> str:
    """Integer in lowercase Indonesian words, without "rupiah".

    ``12500`` → ``"dua belas ribu lima ratus"``; ``0`` → ``"nol"``; a negative
    number starts with ``"minus"``. Raises TypeError for non-int (``bool``
    included) and ValueError beyond ±:data:`MAX_TERBILANG`.
    """
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"terbilang expects int, got {type(amount).__name__}")
    if abs(amount) > MAX_TERBILANG:
        raise ValueError(f"terbilang supports at most {MAX_TERBILANG}, got {amount}")
    if amount == 0:
        return "nol"
    if amount < 0:
        return "minus " + terbilang(-amount)
    return _join(_groups_in_words(amount))


def terbilang_rupiah(amount: int) -> str:
    """Words for a kuitansi: first letter capital, ending in "rupiah".

    ``12500`` → ``"Dua belas ribu lima ratus rupiah"``; ``0`` → ``"Nol rupiah"``.
    """
    words = f"{terbilang(amount)} rupiah"
    return words[0].upper() + words[1:]


def _groups_in_words(n: int) -> list[str]:
    """Words of each non-zero three-digit group of a positive ``n``, most
    significant first."""
    parts: list[str] = []
    for scale in _SCALES:
        n, group = divmod(n, 1000)
        if group == 0:
            continue
        if scale == "ribu" and group == 1:
            parts.append("seribu")
        else:
            parts.append(_join([_below_thousand(group), scale]))
    return parts[::-1]


def _below_thousand(n: int) -> str:
    """Words for 1–999."""
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        head = ""
    elif hundreds == 1:
        head = "seratus"
    else:
        head = f"{_BELOW_TWELVE[hundreds]} ratus"
    return _join([head, _below_hundred(rest) if rest else ""])


def _below_hundred(n: int) -> str:
    """Words for 1–99."""
    if n < 12:
        return _BELOW_TWELVE[n]
    if n < 20:
        return f"{_BELOW_TWELVE[n - 10]} belas"
    tens, units = divmod(n, 10)
    return _join([f"{_BELOW_TWELVE[tens]} puluh", _BELOW_TWELVE[units] if units else ""])


def _join(words: list[str]) -> str:
    """Space-join the non-empty pieces."""
    return " ".join(w for w in words if w)
