"""Rules of the double-entry books that need no database.

Amounts are integer rupiah, debit-positive: a debit is ``+``, a credit ``-``.
An entry balances when its line amounts sum to exactly zero.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.errors import UnbalancedEntryError, ValidationError

# The bounds keep every sum the app computes inside 64-bit integers (SQLite's SUM
# raises "integer overflow" beyond 2^63 - 1 = 9.22 x 10^18). Any sum over a book's
# lines is at most its debits plus its credits, 2 x MAX_BOOK_DEBITS = 2 x 10^17; the
# largest product, the SHU month-end capital basis, weighs a line by at most 12
# month ends: 2.4 x 10^18. A sum inside one entry is bounded by its total whatever
# its number of lines. The database's guards (revision 0007) hold the same bounds.

MAX_LINE_AMOUNT = 10**15
"""No single line may move a quadrillion rupiah; larger is a typing mistake."""

MAX_ENTRY_TOTAL = MAX_LINE_AMOUNT - 1
"""The most one entry may debit (Rp999.999.999.999.999), whatever its number of lines."""

MAX_ENTRY_LINES = 1_000_000
"""Lines one entry may have (the opening balances of 250,000 members in four products)."""

MAX_BOOK_DEBITS = 10**17
"""The most all of a book's entries together may debit: a hundred thousand triliun,
a thousand times the yearly turnover of Indonesia's largest cooperatives."""


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

    Raises ``ValidationError`` for a non-integer, zero or absurd amount, more
    than :data:`MAX_ENTRY_LINES` lines or debits above :data:`MAX_ENTRY_TOTAL`,
    and ``UnbalancedEntryError`` when there are fewer than two lines or the sum
    is not exactly zero.
    """
    if len(amounts) < 2:
        raise UnbalancedEntryError(
            "Jurnal harus memiliki paling sedikit dua baris (debit dan kredit)."
        )
    if len(amounts) > MAX_ENTRY_LINES:
        raise ValidationError(
            "lines",
            f"Jurnal terlalu banyak baris ({format_number(len(amounts))}); paling banyak "
            f"{format_number(MAX_ENTRY_LINES)} baris. Pecah menjadi beberapa jurnal.",
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
    debits = sum(amount for amount in amounts if amount > 0)
    if debits > MAX_ENTRY_TOTAL:
        raise ValidationError(
            "lines",
            f"Jumlah debit jurnal ini {format_rupiah(debits)} melebihi batas satu jurnal "
            f"{format_rupiah(MAX_ENTRY_TOTAL)}; pecah menjadi beberapa jurnal.",
        )
    difference = sum(amounts)
    if difference != 0:
        side = "debit" if difference > 0 else "kredit"
        raise UnbalancedEntryError(
            f"Jurnal tidak seimbang: {side} lebih {abs(difference):,} rupiah. "
            "Jumlah debit harus sama dengan jumlah kredit.".replace(",", ".")
        )
