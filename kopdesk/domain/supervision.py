"""The pengawas' work as data: the Rupiah denominations of a cash count (kas opname),
the follow-up statuses of a finding, and the kinds of sample.

Amounts are integer rupiah. Pure Python: the services store, the windows show.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kopdesk.errors import ValidationError

__all__ = [
    "DENOMINATIONS",
    "MAX_PIECES",
    "Denomination",
    "FindingStatus",
    "SampleKind",
    "check_counts",
    "count_total",
    "parse_counts",
    "parse_pieces",
]

MAX_PIECES = 1_000_000
"""More pieces of one denomination than any koperasi's safe holds: a typing slip."""


@dataclass(frozen=True)
class Denomination:
    """One Rupiah note or coin in circulation."""

    value: int
    coin: bool

    @property
    def key(self) -> str:
        """``100000`` for a note, ``1000k`` for the coin of the same value."""
        return f"{self.value}{'k' if self.coin else ''}"

    @property
    def label(self) -> str:
        kind = "Koin" if self.coin else "Kertas"
        return f"{kind} Rp{self.value:,}".replace(",", ".")


DENOMINATIONS: tuple[Denomination, ...] = (
    *(Denomination(v, False) for v in (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000)),
    *(Denomination(v, True) for v in (1_000, 500, 200, 100)),
)
"""Notes (Uang Kertas) and coins (Uang Logam) Bank Indonesia keeps in circulation,
largest first. Rp1.000 is both a note and a coin."""

_BY_KEY = {d.key: d for d in DENOMINATIONS}
_BY_TEXT = {**{str(d.value): d for d in reversed(DENOMINATIONS)}, **_BY_KEY}
"""What a person may type: ``500`` is the coin (there is no such note), ``1000`` the note,
``1000k`` the coin."""


class FindingStatus(enum.StrEnum):
    TERBUKA = "terbuka"
    DITINDAKLANJUTI = "ditindaklanjuti"
    SELESAI = "selesai"

    @property
    def label(self) -> str:
        return {"terbuka": "Terbuka", "ditindaklanjuti": "Ditindaklanjuti", "selesai": "Selesai"}[
            self.value
        ]


class SampleKind(enum.StrEnum):
    JURNAL = "jurnal"
    ANGGOTA = "anggota"

    @property
    def label(self) -> str:
        return "Jurnal" if self is SampleKind.JURNAL else "Anggota"


def parse_pieces(text: str, denomination: Denomination) -> int:
    """The number of pieces a person typed for one denomination (empty: 0).

    Raises :class:`ValidationError` for anything but a whole number 0..MAX_PIECES."""
    body = text.strip().replace(".", "")
    if not body:
        return 0
    if not body.lstrip("-").isdigit():
        raise ValidationError(
            denomination.key, f"Jumlah lembar/keping {denomination.label} harus bilangan bulat."
        )
    value = int(body)
    if value < 0:
        raise ValidationError(
            denomination.key, f"Jumlah lembar/keping {denomination.label} tidak boleh negatif."
        )
    if value > MAX_PIECES:
        raise ValidationError(
            denomination.key,
            f"Jumlah lembar/keping {denomination.label} terlalu besar (paling banyak "
            f"{MAX_PIECES:,}).".replace(",", "."),
        )
    return value


def parse_counts(text: str) -> dict[Denomination, int]:
    """``"100000=12,50000=3,1000k=4"`` → pieces by denomination (``k``: the coin).

    Raises :class:`ValidationError` naming the bad part."""
    counts: dict[Denomination, int] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key, sep, pieces = part.partition("=")
        denomination = _BY_TEXT.get(key.strip().replace(".", "").lower())
        if not sep or denomination is None:
            raise ValidationError(
                "counts",
                f"'{part}' tidak dikenal: tulis pecahan=jumlah, mis. 100000=12 atau 500=20 "
                "(koin Rp1.000: 1000k=5).",
            )
        if denomination in counts:
            raise ValidationError("counts", f"Pecahan {denomination.label} disebut dua kali.")
        counts[denomination] = parse_pieces(pieces, denomination)
    return counts


def check_counts(counts: Mapping[Denomination, int]) -> None:
    """Refuse pieces that are not whole numbers 0..MAX_PIECES or unknown denominations."""
    for denomination, pieces in counts.items():
        if denomination not in _BY_KEY.values():
            raise ValidationError("counts", f"Pecahan Rp{denomination.value} tidak beredar.")
        if isinstance(pieces, bool) or not isinstance(pieces, int):
            raise ValidationError(
                denomination.key,
                f"Jumlah lembar/keping {denomination.label} harus bilangan bulat.",
            )
        if pieces < 0:
            raise ValidationError(
                denomination.key,
                f"Jumlah lembar/keping {denomination.label} tidak boleh negatif.",
            )
        if pieces > MAX_PIECES:
            raise ValidationError(
                denomination.key, f"Jumlah lembar/keping {denomination.label} terlalu besar."
            )


def count_total(counts: Mapping[Denomination, int] | Sequence[tuple[Denomination, int]]) -> int:
    """The physical total in rupiah."""
    items = counts.items() if isinstance(counts, Mapping) else counts
    return sum(d.value * pieces for d, pieces in items)
