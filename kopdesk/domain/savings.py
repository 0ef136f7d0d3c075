"""Savings rules that need no database: interest, tax, arrears, maturities.

Interest on simpanan sukarela is computed on the lowest balance of the month
or on the average daily balance (KOPERASI.md §1.3); simpanan berjangka earns
day by day. Interest paid to an individual member is subject to final income
tax PPh Pasal 4(2): 0% when the member's interest for the month is at most
Rp240.000, 10% of the whole gross interest above it (PP 15/2009). Threshold
and rate are settings (they are law and may change).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kopdesk.domain.coa import Code
from kopdesk.domain.money import Rounding, allocate, to_rupiah
from kopdesk.errors import ValidationError


class ProductKind(enum.StrEnum):
    POKOK = "pokok"
    WAJIB = "wajib"
    SUKARELA = "sukarela"
    BERJANGKA = "berjangka"

    @property
    def label(self) -> str:
        return f"Simpanan {self.value}"


class InterestMethod(enum.StrEnum):
    NONE = "none"
    LOWEST = "lowest"
    """Saldo terendah: lowest day-end balance of the month × rate / 12."""
    AVERAGE_DAILY = "average_daily"
    """Saldo rata-rata harian: Σ day-end balances × rate / days in the year."""

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    InterestMethod.NONE: "Tanpa jasa",
    InterestMethod.LOWEST: "Saldo terendah bulanan",
    InterestMethod.AVERAGE_DAILY: "Saldo rata-rata harian",
}


@dataclass(frozen=True)
class DefaultProduct:
    code: str
    name: str
    kind: ProductKind
    prefix: str
    classification: str
    account: str
    interest_account: str | None
    penalty_account: str | None
    fixed_amount: int
    monthly_amount: int
    minimum_balance: int
    withdrawable: bool
    interest_method: InterestMethod
    rate_percent: str
    term_months: int
    rollover: bool
    penalty_percent: str


DEFAULT_PRODUCTS: tuple[DefaultProduct, ...] = (
    # Classification per KOPERASI.md §1.2 (Kemenkop practice); amounts and
    # rates are only starting values [U]: each koperasi sets its own in the AD/ART.
    DefaultProduct(
        "pokok", "Simpanan Pokok", ProductKind.POKOK, "SP", "ekuitas",
        Code.SIMPANAN_POKOK, None, None,
        100_000, 0, 0, False, InterestMethod.NONE, "0", 0, False, "0",
    ),
    DefaultProduct(
        "wajib", "Simpanan Wajib", ProductKind.WAJIB, "SW", "ekuitas",
        Code.SIMPANAN_WAJIB, None, None,
        0, 50_000, 0, False, InterestMethod.NONE, "0", 0, False, "0",
    ),
    DefaultProduct(
        "sukarela", "Simpanan Sukarela", ProductKind.SUKARELA, "SS", "liabilitas",
        Code.SIMPANAN_SUKARELA_ANGGOTA, Code.JASA_SIMPANAN_SUKARELA_ANGGOTA, None,
        0, 0, 10_000, True, InterestMethod.LOWEST, "3", 0, False, "0",
    ),
    DefaultProduct(
        "berjangka", "Simpanan Berjangka", ProductKind.BERJANGKA, "SB", "liabilitas",
        Code.SIMPANAN_BERJANGKA_ANGGOTA, Code.JASA_SIMPANAN_BERJANGKA_ANGGOTA,
        Code.JASA_PELAYANAN_LAIN,
        0, 0, 1_000_000, True, InterestMethod.AVERAGE_DAILY, "6", 12, True, "1",
    ),
)  # fmt: skip


def parse_percent(text: str, *, field: str = "bunga", maximum: Decimal = Decimal(100)) -> Decimal:
    """A percentage typed the Indonesian way ("4,5" or "4.5") as an exact Decimal."""
    raw = str(text).strip().replace("%", "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, f"Persentase '{text}' tidak dapat dibaca.") from None
    if not value.is_finite() or value < 0 or value > maximum:
        raise ValidationError(field, f"Persentase harus antara 0 dan {maximum}.")
    if value.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValidationError(field, "Persentase paling banyak empat angka di belakang koma.")
    if value == 0:
        return Decimal(0)
    value = value.normalize()
    # normalize() writes 10 as 1E+1; keep whole numbers' digits so str() stays "10".
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]


def percent_text(value: Decimal) -> str:
    """'4,5' — a percentage for people (no trailing zeros, comma decimal)."""
    text = format(value.normalize(), "f") if value != 0 else "0"
    return text.replace(".", ",")


# --- balances over a month -------------------------------------------------


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of ``YYYY-MM``; ``ValidationError`` for anything else."""
    try:
        year_text, month_text = month.strip().split("-")
        year, mon = int(year_text), int(month_text)
        first = dt.date(year, mon, 1)
    except ValueError:
        raise ValidationError(
            "bulan", f"Bulan '{month}' tidak valid; tulis TTTT-BB, misalnya 2025-01."
        ) from None
    if len(year_text) != 4:
        raise ValidationError("bulan", f"Bulan '{month}' tidak valid; tulis TTTT-BB.")
    return first, dt.date(year, mon, calendar.monthrange(year, mon)[1])


def day_end_balances(
    opening: int, movements: Sequence[tuple[dt.date, int]], first: dt.date, last: dt.date
) -> list[int]:
    """The balance at the end of each day from ``first`` to ``last``.

    ``opening`` is the balance before ``first``; ``movements`` are (date,
    change) pairs inside the period, in any order.
    """
    by_day: dict[dt.date, int] = {}
    for day, change in movements:
        if not first <= day <= last:
            raise ValueError(f"movement on {day} outside {first}..{last}")
        by_day[day] = by_day.get(day, 0) + change
    balances, balance = [], opening
    day = first
    while day <= last:
        balance += by_day.get(day, 0)
        balances.append(balance)
        day += dt.timedelta(days=1)
    return balances


@dataclass(frozen=True)
class InterestResult:
    basis: int
    """Lowest balance (LOWEST) or the sum of day-end balances (AVERAGE_DAILY)."""
    gross: int


def interest_for_month(
    method: InterestMethod,
    rate_percent: Decimal,
    balances: Sequence[int],
    *,
    minimum_balance: int = 0,
    days_in_year: int = 365,
) -> InterestResult:
    """Gross interest for one account for one month from its day-end balances.

    LOWEST: the lowest day-end balance × rate / 12 (nothing when the lowest
    balance is under ``minimum_balance``). AVERAGE_DAILY: Σ day-end balances ×
    rate / ``days_in_year`` — the same as average balance × rate × days / year;
    days below ``minimum_balance`` earn nothing. Rounded half-up to the rupiah.
    """
    rate = rate_percent / 100
    if method is InterestMethod.NONE or rate == 0 or not balances:
        return InterestResult(0, 0)
    if method is InterestMethod.LOWEST:
        lowest = max(min(balances), 0)
        if lowest < minimum_balance:
            return InterestResult(lowest, 0)
        return InterestResult(lowest, to_rupiah(Decimal(lowest) * rate / 12, Rounding.HALF_UP))
    basis = sum(b for b in balances if b >= max(minimum_balance, 1))
    return InterestResult(basis, to_rupiah(Decimal(basis) * rate / days_in_year, Rounding.HALF_UP))


# --- tax -------------------------------------------------------------------


@dataclass(frozen=True)
class TaxRule:
    threshold: int = 240_000
    """Monthly interest up to this amount is taxed at 0%."""
    rate_percent: Decimal = Decimal(10)


def member_tax(gross: int, rule: TaxRule) -> int:
    """PPh 4(2) on one member's total interest for one month."""
    if gross <= rule.threshold:
        return 0
    return to_rupiah(Decimal(gross) * rule.rate_percent / 100, Rounding.HALF_UP)


def split_tax(gross_by_member: Mapping[int, Sequence[int]], rule: TaxRule) -> dict[int, list[int]]:
    """Tax per member, split over that member's accounts in proportion to gross.

    The threshold applies to the member's total for the month; the parts of
    one member's tax sum exactly to it (largest remainder).
    """
    out: dict[int, list[int]] = {}
    for member, grosses in gross_by_member.items():
        tax = member_tax(sum(grosses), rule)
        out[member] = allocate(tax, list(grosses)) if tax else [0] * len(grosses)
    return out


# --- simpanan wajib --------------------------------------------------------


def months_between(first: dt.date, last: dt.date) -> int:
    """Number of calendar months from ``first``'s month to ``last``'s, inclusive."""
    if last < first:
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


def wajib_due(monthly: int, start: dt.date, through: dt.date) -> int:
    """What a member should have paid in simpanan wajib from ``start``'s month to ``through``'s."""
    return monthly * months_between(start, through)


def early_break_penalty(principal: int, penalty_percent: Decimal) -> int:
    """Penalty for breaking a term deposit before maturity (percent of principal)."""
    return to_rupiah(Decimal(principal) * penalty_percent / 100, Rounding.HALF_UP)
