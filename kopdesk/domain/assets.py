"""Straight-line depreciation of fixed assets, to the rupiah (KOPERASI.md §2.3, 1600).

The depreciable amount (cost − residual − depreciation already booked before the
book started) is spread over the remaining months so that month ``k`` of ``n`` gets
``⌊D·k/n⌋ − ⌊D·(k−1)/n⌋``: every month differs by at most one rupiah and the months
sum exactly to ``D``. Depreciation starts in the month of acquisition (a whole month)
unless the asset says otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.coa import Code
from kopdesk.domain.papers.common import BookHeader


@dataclass(frozen=True)
class AssetCategory:
    key: str
    label: str
    asset_account: str
    accumulated_account: str | None
    """None: the category is not depreciated (land)."""
    default_life_months: int


CATEGORIES: tuple[AssetCategory, ...] = (
    AssetCategory("tanah", "Tanah", Code.TANAH, None, 0),
    AssetCategory("bangunan", "Bangunan", Code.BANGUNAN, Code.AKUMULASI_PENYUSUTAN_BANGUNAN, 240),
    AssetCategory(
        "kendaraan", "Kendaraan", Code.KENDARAAN, Code.AKUMULASI_PENYUSUTAN_KENDARAAN, 96
    ),
    AssetCategory(
        "inventaris",
        "Inventaris dan peralatan kantor",
        Code.INVENTARIS_DAN_PERALATAN_KANTOR,
        Code.AKUMULASI_PENYUSUTAN_INVENTARIS,
        48,
    ),
)
CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}
EXPENSE_ACCOUNT = Code.PENYUSUTAN_DAN_AMORTISASI


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_index(month: str) -> int:
    """``YYYY-MM`` as a running month count (for differences)."""
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def months_between(first: str, later: str) -> int:
    """How many months ``later`` is after ``first`` (0 for the same month)."""
    return month_index(later) - month_index(first)


def remaining_months(acquired: str, start: str, life_months: int) -> int:
    """Months of depreciation left from ``start`` for an asset acquired in ``acquired``."""
    return max(life_months - max(months_between(acquired, start), 0), 0)


def monthly_amount(depreciable: int, months: int, k: int) -> int:
    """The depreciation of month ``k`` (1-based) of ``months``; 0 outside 1..months."""
    if depreciable < 0:
        raise ValueError("Nilai yang disusutkan tidak boleh negatif.")
    if months <= 0 or k < 1 or k > months:
        return 0
    return depreciable * k // months - depreciable * (k - 1) // months


def depreciation_in(
    *,
    cost: int,
    residual: int,
    opening_accumulated: int,
    life_months: int,
    acquired: str,
    start: str,
    month: str,
) -> int:
    """The depreciation of one asset in ``month`` (``YYYY-MM``)."""
    months = remaining_months(acquired, start, life_months)
    k = months_between(start, month) + 1
    return monthly_amount(cost - residual - opening_accumulated, months, k)


def scheduled_through(
    *,
    cost: int,
    residual: int,
    opening_accumulated: int,
    life_months: int,
    acquired: str,
    start: str,
    month: str,
) -> int:
    """Depreciation scheduled from ``start`` through ``month`` inclusive, without the
    opening accumulated: the sum of :func:`depreciation_in` over those months
    (``⌊D·k/n⌋`` after ``k`` of ``n`` months, so it never passes ``D``)."""
    months = remaining_months(acquired, start, life_months)
    if months <= 0:
        return 0
    k = min(max(months_between(start, month) + 1, 0), months)
    return (cost - residual - opening_accumulated) * k // months


def month_from_index(index: int) -> str:
    """The inverse of :func:`month_index`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def add_months(month: str, count: int) -> str:
    """``YYYY-MM`` ``count`` months later (earlier when negative)."""
    return month_from_index(month_index(month) + count)


def months_from_to(first: str, last: str) -> list[str]:
    """Every month from ``first`` through ``last`` (empty when ``last`` is earlier)."""
    return [month_from_index(i) for i in range(month_index(first), month_index(last) + 1)]


def last_day(month: str) -> dt.date:
    """The last day of ``YYYY-MM``."""
    nxt = month_index(month) + 1
    return dt.date(nxt // 12, nxt % 12 + 1, 1) - dt.timedelta(days=1)


# --- the printed register (Daftar Aset Tetap dan Penyusutan) -------------------------


@dataclass(frozen=True)
class AssetRegisterRow:
    code: str
    name: str
    acquired_on: dt.date
    cost: int
    life_months: int
    """0 for land (not depreciated)."""
    monthly: int
    """This month's depreciation by the schedule."""
    accumulated: int
    """Opening accumulated plus the depreciation posted up to the date."""
    book_value: int


@dataclass(frozen=True)
class AssetRegisterGroup:
    """One category's assets with its subtotals (``cost − accumulated = book_value``)."""

    category: str
    label: str
    rows: tuple[AssetRegisterRow, ...]
    cost: int
    monthly: int
    accumulated: int
    book_value: int


@dataclass(frozen=True)
class AssetRegisterReport:
    """Daftar Aset Tetap dan Penyusutan as of a date; totals over the groups."""

    header: BookHeader
    as_of: dt.date
    groups: tuple[AssetRegisterGroup, ...]
    cost: int
    monthly: int
    accumulated: int
    book_value: int
    last_run: str | None
    """The newest month whose depreciation is posted (``YYYY-MM``), if any."""
