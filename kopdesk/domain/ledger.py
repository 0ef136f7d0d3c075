"""Rules of the double-entry books that need no database.

Amounts are integer rupiah, debit-positive: a debit is ``+``, a credit ``-``.
An entry balances when its line amounts sum to exactly zero.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from kopdesk.errors import UnbalancedEntryError, ValidationError

MAX_LINE_AMOUNT = 10**15
"""No single line may move a quadrillion rupiah; larger is a typing mistake."""


class AccountType(enum.StrEnum):
    """The five account classes of the koperasi chart (KOPERASI.md §2.3)."""

    ASET = "aset"
    LIABILITAS = "liabilitas"
    EKUITAS = "ekuitas"
    PENDAPATAN = "pendapatan"
    BEBAN = "beban"

    @property
    def debit_normal(self) -> bool:
        """True when a normal balance of this class is a debit balance."""
        return self in (AccountType.ASET, AccountType.BEBAN)

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    AccountType.ASET: "Aset",
    AccountType.LIABILITAS: "Liabilitas",
    AccountType.EKUITAS: "Ekuitas",
    AccountType.PENDAPATAN: "Pendapatan",
    AccountType.BEBAN: "Beban",
}


class CoopType(enum.StrEnum):
    """Kind of cooperative a book belongs to."""

    KSP = "ksp"
    KSU = "ksu"
    KOPDIT = "kopdit"

    @property
    def label(self) -> str:
        return _COOP_LABELS[self]


_COOP_LABELS = {
    CoopType.KSP: "Koperasi Simpan Pinjam (KSP)",
    CoopType.KSU: "Unit Simpan Pinjam Koperasi Serba Usaha (KSU-USP)",
    CoopType.KOPDIT: "Koperasi Kredit / Credit Union (Kopdit)",
}


def split_debit_credit(amount: int) -> tuple[int, int]:
    """``(debit, credit)`` columns for a debit-positive amount; both non-negative."""
    return (amount, 0) if amount >= 0 else (0, -amount)


def natural_balance(amount: int, account_type: AccountType, *, contra: bool = False) -> int:
    """A debit-positive balance shown positive on the account's normal side."""
    debit_normal = account_type.debit_normal != contra
    return amount if debit_normal else -amount


def check_lines(amounts: Sequence[int]) -> None:
    """Validate the line amounts of one entry.

    Raises ``ValidationError`` for a non-integer, zero or absurd amount and
    ``UnbalancedEntryError`` when there are fewer than two lines or the sum is
    not exactly zero.
    """
    if len(amounts) < 2:
        raise UnbalancedEntryError(
            "Jurnal harus memiliki paling sedikit dua baris (debit dan kredit)."
        )
    for index, amount in enumerate(amounts, start=1):
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise ValidationError(
                f"baris {index}",
                f"Baris {index}: jumlah harus bilangan bulat rupiah, bukan pecahan.",
            )
        if amount == 0:
            raise ValidationError(f"baris {index}", f"Baris {index}: jumlah tidak boleh nol.")
        if abs(amount) >= MAX_LINE_AMOUNT:
            raise ValidationError(f"baris {index}", f"Baris {index}: jumlah terlalu besar.")
    difference = sum(amounts)
    if difference != 0:
        side = "debit" if difference > 0 else "kredit"
        raise UnbalancedEntryError(
            f"Jurnal tidak seimbang: {side} lebih {abs(difference):,} rupiah. "
            "Jumlah debit harus sama dengan jumlah kredit.".replace(",", ".")
        )
