"""Loans from a spreadsheet, the rows: the outstanding loans (saldo awal pinjaman)
a koperasi brings when it moves its books into kopdesk. What the import reads
(:data:`FIELDS`), how its cells are read (rates, periods, methods, counts), and
the plan a dry run makes.

The reader is :mod:`kopdesk.services.imports.loans_reader`, the dry run
:mod:`kopdesk.services.imports.loans_plan`, the import
:mod:`kopdesk.services.imports.loans_openings`. Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kopdesk.domain.loans import Method, RatePeriod
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.imports.base import FieldSpec, PlanTotals, RowError, cell_text, read_for
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header

__all__ = [
    "DATE_COLUMN",
    "FIELDS",
    "METHODS",
    "NOTE_MARK",
    "REQUIRED",
    "SOURCE",
    "ImportResult",
    "LoanPlan",
    "PlanRow",
    "ProductTotal",
    "parse_count",
    "parse_period",
    "parse_rate",
    "percent_label",
    "read_file",
]

SOURCE = "pinjaman.saldo_awal"
DATE_COLUMN = "Tanggal saldo awal"
NOTE_MARK = "nomor lama: "


def _spellings(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


FIELDS: dict[str, FieldSpec] = {
    "number": FieldSpec(
        "No. Anggota", _spellings("no anggota|nomor anggota|no_anggota|kode anggota|no agt")
    ),
    "nik": FieldSpec("NIK", _spellings("nik|nik ktp|no ktp|nomor ktp|no nik")),
    "name": FieldSpec("Nama", _spellings("nama|nama anggota|nama lengkap|nama peminjam")),
    "product": FieldSpec(
        "Produk", _spellings("produk|kode produk|produk pinjaman|jenis pinjaman|jenis")
    ),
    "principal": FieldSpec(
        "Pokok Pinjaman",
        _spellings(
            "pokok pinjaman|pokok awal|plafon|plafond|jumlah pinjaman|nilai pinjaman|pinjaman|pokok"
        ),
    ),
    "disbursed": FieldSpec(
        "Tanggal Cair",
        _spellings(
            "tanggal cair|tgl cair|tanggal pencairan|tgl pencairan|tanggal pinjam|tgl pinjam"
            "|tanggal realisasi|tgl realisasi"
        ),
    ),
    "tenor": FieldSpec(
        "Jangka (bulan)",
        _spellings("jangka bulan|jangka|jangka waktu|jangka waktu bulan|tenor|lama angsuran"),
    ),
    "rate": FieldSpec("Bunga (%)", _spellings("bunga|bunga persen|suku bunga|jasa|jasa persen")),
    "period": FieldSpec("Periode Bunga", _spellings("periode bunga|bunga per|satuan bunga")),
    "method": FieldSpec("Metode", _spellings("metode|metode bunga|sistem bunga|jenis bunga")),
    "paid": FieldSpec(
        "Angsuran Dibayar",
        _spellings(
            "angsuran dibayar|angsuran terbayar|sudah diangsur|sudah dibayar"
            "|jumlah angsuran dibayar|cicilan dibayar|angsuran ke"
        ),
    ),
    "remaining": FieldSpec(
        "Sisa Pokok",
        _spellings("sisa pokok|sisa pinjaman|saldo pinjaman|saldo pokok|outstanding|baki debet"),
    ),
    "original": FieldSpec(
        "No. Pinjaman Lama",
        _spellings(
            "no pinjaman lama|nomor pinjaman lama|no pinjaman|nomor pinjaman|no kontrak|no spk"
            "|no rekening pinjaman"
        ),
    ),
}
"""field -> its label (in messages) and the headers it matches."""
REQUIRED = ("product", "principal", "disbursed", "tenor", "paid", "remaining")
"""Besides the member's number or NIK."""

METHODS = {
    "flat": Method.FLAT,
    "tetap": Method.FLAT,
    "flat tetap": Method.FLAT,
    "menurun": Method.MENURUN,
    "efektif": Method.MENURUN,
    "sliding": Method.MENURUN,
    "pokok tetap": Method.MENURUN,
    "menurun pokok tetap": Method.MENURUN,
    "anuitas": Method.ANUITAS,
    "annuity": Method.ANUITAS,
}
_MONTH_WORDS = ("per bulan", "bulan", "bln", "perbulan", "month", "bulanan")
_YEAR_WORDS = ("per tahun", "tahun", "thn", "th", "pertahun", "p a", "pa", "year", "tahunan")


def read_file(path: Path) -> Sheet:
    """The sheet of ``path``, its header row found by this import's column names."""
    return read_for(FIELDS, path)


@dataclass(frozen=True)
class PlanRow:
    """One loan of the file as understood (amounts in rupiah).

    The terms are complete (the product's rate, period and method filled in)
    when the row has no problem.
    """

    row: int
    member_id: int | None
    member_number: str
    member_name: str
    product_code: str
    principal: int = 0
    disbursed_on: dt.date | None = None
    tenor: int = 0
    rate_percent: Decimal | None = None
    rate_period: RatePeriod | None = None
    method: Method | None = None
    paid_count: int = 0
    remaining: int = 0
    original_number: str = ""
    scheduled_remaining: int | None = None
    """The principal the schedule still has after the paid installments."""
    paid_interest: int = 0
    """Interest of the paid installments (recorded as paid before the cut-over)."""

    @property
    def paid_principal(self) -> int:
        return self.principal - self.remaining


@dataclass(frozen=True)
class ProductTotal:
    code: str
    name: str
    account_code: str
    count: int
    principal: int
    """Original principal of the loans."""
    remaining: int
    """Principal owed at the cut-over: what the receivable account gets."""


@dataclass(frozen=True)
class LoanPlan(PlanTotals):
    """The result of a dry run: every row read, every problem, totals per product."""

    file_name: str
    cutover: dt.date
    mapping: dict[str, str]
    rows: tuple[PlanRow, ...]
    errors: tuple[RowError, ...]
    warnings: tuple[RowError, ...]
    """Worth a look but not blocking (a remaining principal off the schedule, arrears)."""
    products: tuple[ProductTotal, ...]
    unmapped: tuple[str, ...] = ()

    def totals(self) -> dict[str, int]:
        """Remaining principal per product code."""
        return {p.code: p.remaining for p in self.products}


@dataclass(frozen=True)
class ImportResult:
    date: dt.date
    reference: str
    entry: str
    """The journal entry's number."""
    loans: tuple[str, ...]
    """The new loans' numbers, in the file's order."""
    total: int
    totals: dict[str, int] = field(default_factory=dict)


def parse_count(value: Cell, label: str, what: str, low: int, high: int) -> int:
    """A count typed as a number (``12``, ``12 bulan``, ``12x``)."""
    text = cell_text(value).lower()
    for suffix in ("bulan", "bln", "kali", "x"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
            break
    if not text.isdigit():
        raise ValidationError(label, f"{what} '{cell_text(value)}' harus bilangan bulat.")
    number = int(text)
    if not low <= number <= high:
        raise ValidationError(label, f"{what} {number} harus {low}–{high}.")
    return number


def parse_period(text: str) -> RatePeriod | None:
    key = normalize_header(text)
    if not key:
        return None
    if key in _MONTH_WORDS or key.endswith(("bulan", "bln")):
        return RatePeriod.MONTH
    if key in _YEAR_WORDS or key.endswith(("tahun", "thn", "p a")):
        return RatePeriod.YEAR
    return None


def parse_rate(value: Cell, label: str) -> tuple[Decimal | None, RatePeriod | None]:
    """``1,5``, ``1.5%``, ``18% per tahun``, ``1,5%/bln`` or an Excel number (as typed:
    1.5 means 1,5%)."""
    if value is None or cell_text(value) in ("", "-"):
        return None, None
    if isinstance(value, bool | dt.date):
        raise ValidationError(label, f"Bunga tidak terbaca: '{value}'.")
    if isinstance(value, int | float):
        return parse_percent(str(value), field=label), None
    text = cell_text(value).lower()
    match = re.fullmatch(r"([0-9]+(?:[.,][0-9]+)?)\s*%?\s*(?:/|per)?\s*(.*)", text)
    if match is None:
        raise ValidationError(
            label, f"Bunga '{cell_text(value)}' tidak terbaca; tulis misalnya 1,5."
        )
    period = parse_period(match.group(2))
    if match.group(2).strip() and period is None:
        raise ValidationError(
            label, f"Bunga '{cell_text(value)}': periode harus per bulan atau per tahun."
        )
    try:
        return parse_percent(match.group(1), field=label), period
    except ValidationError as exc:
        raise ValidationError(label, f"Bunga '{cell_text(value)}': {exc.message}") from None


def percent_label(row: PlanRow) -> str:
    """``1,5% per bulan`` — a row's rate for people."""
    if row.rate_percent is None or row.rate_period is None:
        return ""
    return f"{percent_text(row.rate_percent)}% {row.rate_period.label}"
