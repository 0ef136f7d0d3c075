"""Loans from a spreadsheet: the outstanding loans (saldo awal pinjaman) when a
koperasi moves its books into kopdesk.

Works like the savings opening-balance import
(:mod:`kopdesk.services.imports.savings`): a dry run (:func:`plan_opening`)
reads the file, checks every row against the book and lists **every** problem
with its row and column; :func:`commit_opening` writes all or nothing, only for
a plan without problems, after checking the book once more.

One row per loan: the member, the product, the original principal, the
disbursement date, the tenor, optionally the rate (and its period) and the
method when they differ from the product's, the installments already paid and
the principal still owed at the cut-over. Each loan gets its full original
schedule; what was paid before the cut-over is one ``saldo_awal`` event whose
parts allocate (original − remaining) principal, oldest installment first, and
the interest of the paid installments, so arrears and kolektibilitas work from
the cut-over on. The book gets ONE journal entry on the cut-over: each loan's
remaining principal on its product's receivable account against 3901.
Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.dates import add_months, format_date_short
from kopdesk.domain.loans import (
    MAX_TENOR,
    Allocation,
    Installment,
    Method,
    RatePeriod,
    Terms,
    schedule,
)
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.errors import DomainError, PeriodClosedError, ValidationError
from kopdesk.models import Loan, LoanEvent, LoanInstallment, LoanPaymentPart, Member
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.imports.members import RowError, parse_cell_date
from kopdesk.services.imports.savings import (
    FieldSpec,
    auto_mapping,
    default_cutover,
    parse_amount,
    with_overrides,
)
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header, read_sheet
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.services.loans.products import LoanProductInfo

__all__ = [
    "FIELDS",
    "ImportResult",
    "LoanPlan",
    "PlanRow",
    "ProductTotal",
    "auto_mapping",
    "commit_opening",
    "default_cutover",
    "opening_parts",
    "plan_opening",
    "read_file",
    "with_overrides",
]

Progress = Callable[[int, int], None]

SOURCE = "pinjaman.saldo_awal"
OFFSET_ACCOUNT = "3901"
"""Ekuitas saldo awal (penyeimbang): the other side of the opening balances."""
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

_METHODS = {
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
    return read_sheet(path, [s for spec in FIELDS.values() for s in spec.spellings])


# --- the plan ------------------------------------------------------------------------


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
class LoanPlan:
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

    @property
    def ok(self) -> bool:
        return not self.errors and self.total > 0

    @property
    def total(self) -> int:
        return sum(p.remaining for p in self.products)

    @property
    def error_rows(self) -> frozenset[int]:
        return frozenset(e.row for e in self.errors)

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


@dataclass(frozen=True)
class _MemberRef:
    id: int
    number: str
    nik: str
    name: str
    status: str
    join_date: dt.date


def plan_opening(
    session: Session,
    source: Path | Sheet,
    cutover: dt.date,
    mapping: Mapping[str, str] | None = None,
    *,
    file_name: str = "",
    progress: Progress | None = None,
) -> LoanPlan:
    """Dry run of the loans outstanding at ``cutover``: read, check every row.

    Writes nothing. ``mapping`` is field -> column label (default: matched by
    the column names).
    """
    if not isinstance(cutover, dt.date) or isinstance(cutover, dt.datetime):
        raise ValidationError("date", "Tanggal saldo awal wajib diisi.")
    if isinstance(source, Path):
        sheet = read_file(source)
        file_name = file_name or source.name
    else:
        sheet = source
    used = dict(mapping) if mapping else auto_mapping(FIELDS, sheet.headers)
    for name, label in used.items():
        if name not in FIELDS:
            raise ValidationError("mapping", f"Kolom tujuan '{name}' tidak dikenal.")
        if label not in sheet.headers:
            raise ValidationError("mapping", f"Kolom '{label}' tidak ada di berkas {file_name}.")
    unmapped = tuple(h for h in sheet.headers if h not in used.values())
    errors = _header_errors(session, used, sheet.header_row, cutover)
    if any(e.column != DATE_COLUMN for e in errors):
        return LoanPlan(file_name, cutover, used, (), tuple(errors), (), (), unmapped)
    products = {p.code: p for p in loan_products.list_products(session)}
    reader = _RowReader(session, sheet, used, products, cutover)
    rows: list[PlanRow] = []
    warnings: list[RowError] = []
    total = len(sheet.rows)
    for index, (row_no, cells) in enumerate(sheet.rows, start=1):
        if progress is not None and index % 100 == 0:
            progress(index, total)
        rows.append(reader.read(row_no, cells, errors, warnings))
    good = [r for r in rows if r.row not in reader.failed]
    errors.extend(_rule_errors(session, good, used))
    warnings.extend(_rule_warnings(session, good, used))
    if progress is not None:
        progress(total, total)
    errors.sort(key=lambda e: e.row)
    warnings.sort(key=lambda e: e.row)
    return LoanPlan(
        file_name,
        cutover,
        used,
        tuple(rows),
        tuple(errors),
        tuple(warnings),
        _totals(rows, products),
        unmapped,
    )


def _header_errors(
    session: Session, used: Mapping[str, str], header_row: int, cutover: dt.date
) -> list[RowError]:
    errors: list[RowError] = []
    if "number" not in used and "nik" not in used:
        errors.append(
            RowError(
                header_row,
                FIELDS["number"].label,
                "Kolom No. Anggota (atau NIK) tidak ditemukan; atur pemetaan kolom.",
            )
        )
    for name in REQUIRED:
        if name not in used:
            label = FIELDS[name].label
            errors.append(
                RowError(
                    header_row,
                    label,
                    f"Kolom {label} tidak ditemukan; beri judul kolom itu atau atur "
                    "pemetaan kolom.",
                )
            )
    try:
        journal.open_year_for(session, cutover)
    except PeriodClosedError as exc:
        errors.append(
            RowError(
                header_row,
                DATE_COLUMN,
                f"Tanggal saldo awal {format_date_short(cutover)}: {exc.message}",
            )
        )
    return errors


def _totals(
    rows: Sequence[PlanRow], products: Mapping[str, LoanProductInfo]
) -> tuple[ProductTotal, ...]:
    out = []
    for code, p in products.items():
        mine = [r for r in rows if r.product_code == code and r.remaining > 0]
        if mine:
            out.append(
                ProductTotal(
                    code,
                    p.name,
                    p.account_code,
                    len(mine),
                    sum(r.principal for r in mine),
                    sum(r.remaining for r in mine),
                )
            )
    return tuple(out)


def opening_parts(
    rows: Sequence[Installment], paid_count: int, principal_paid: int
) -> list[Allocation]:
    """What the installments before the cut-over paid: ``principal_paid`` spread over
    the installments' principal oldest first, and the interest of the first
    ``paid_count`` installments."""
    left = principal_paid
    out = []
    for x in rows:
        pokok = min(x.principal, left)
        left -= pokok
        bunga = x.interest if x.number <= paid_count else 0
        if pokok or bunga:
            out.append(Allocation(x.number, 0, bunga, pokok))
    if left:
        raise ValueError("principal paid exceeds the schedule")
    return out


# --- reading the rows ----------------------------------------------------------------


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _whole(value: Cell, label: str, what: str, low: int, high: int) -> int:
    """A count typed as a number (``12``, ``12 bulan``, ``12x``)."""
    text = _text(value).lower()
    for suffix in ("bulan", "bln", "kali", "x"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
            break
    if not text.isdigit():
        raise ValidationError(label, f"{what} '{_text(value)}' harus bilangan bulat.")
    number = int(text)
    if not low <= number <= high:
        raise ValidationError(label, f"{what} {number} harus {low}–{high}.")
    return number


def _period(text: str) -> RatePeriod | None:
    key = normalize_header(text)
    if not key:
        return None
    if key in _MONTH_WORDS or key.endswith(("bulan", "bln")):
        return RatePeriod.MONTH
    if key in _YEAR_WORDS or key.endswith(("tahun", "thn", "p a")):
        return RatePeriod.YEAR
    return None


def _rate(value: Cell, label: str) -> tuple[Decimal | None, RatePeriod | None]:
    """``1,5``, ``1.5%``, ``18% per tahun``, ``1,5%/bln`` or an Excel number (as typed:
    1.5 means 1,5%)."""
    if value is None or _text(value) in ("", "-"):
        return None, None
    if isinstance(value, bool | dt.date):
        raise ValidationError(label, f"Bunga tidak terbaca: '{value}'.")
    if isinstance(value, int | float):
        return parse_percent(str(value), field=label), None
    text = _text(value).lower()
    match = re.fullmatch(r"([0-9]+(?:[.,][0-9]+)?)\s*%?\s*(?:/|per)?\s*(.*)", text)
    if match is None:
        raise ValidationError(label, f"Bunga '{_text(value)}' tidak terbaca; tulis misalnya 1,5.")
    period = _period(match.group(2))
    if match.group(2).strip() and period is None:
        raise ValidationError(
            label, f"Bunga '{_text(value)}': periode harus per bulan atau per tahun."
        )
    try:
        return parse_percent(match.group(1), field=label), period
    except ValidationError as exc:
        raise ValidationError(label, f"Bunga '{_text(value)}': {exc.message}") from None


class _RowReader:
    """Turns a sheet row into a :class:`PlanRow`, collecting its problems."""

    def __init__(
        self,
        session: Session,
        sheet: Sheet,
        mapping: Mapping[str, str],
        products: Mapping[str, LoanProductInfo],
        cutover: dt.date,
    ) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.products = products
        self.cutover = cutover
        self.by_number: dict[str, _MemberRef] = {}
        self.by_nik: dict[str, _MemberRef] = {}
        for row in session.execute(
            select(
                Member.id,
                Member.number,
                Member.nik,
                Member.full_name,
                Member.status,
                Member.join_date,
            )
        ):
            ref = _MemberRef(*row)
            self.by_number[ref.number.upper()] = ref
            self.by_nik[ref.nik] = ref
        self.by_name = {normalize_header(p.name): p.code for p in products.values()}
        self.originals: dict[str, int] = {}
        self.same: dict[tuple[int, str, int, dt.date], int] = {}
        self.failed: set[int] = set()
        """Rows with a problem already (the book's rules are not checked for them)."""

    def cell(self, name: str, cells: tuple[Cell, ...]) -> Cell:
        label = self.mapping.get(name)
        return None if label is None else cells[self.sheet.headers.index(label)]

    def column(self, name: str) -> str:
        return self.mapping.get(name, FIELDS[name].label)

    def read(
        self,
        row_no: int,
        cells: tuple[Cell, ...],
        errors: list[RowError],
        warnings: list[RowError],
    ) -> PlanRow:
        problems: list[RowError] = []

        def take(name: str, parse: Callable[[Cell, str], object]) -> object:
            try:
                return parse(self.cell(name, cells), self.column(name))
            except ValidationError as exc:
                problems.append(RowError(row_no, self.column(name), exc.message))
                return None

        member = self._member(row_no, cells, problems)
        product = self._product(row_no, cells, problems)
        principal = take("principal", self._principal)
        disbursed = take("disbursed", self._disbursed)
        tenor = take("tenor", lambda v, c: _whole(v, c, "Jangka waktu", 1, MAX_TENOR))
        rate_cell = take("rate", _rate)
        rate, rate_period = rate_cell if isinstance(rate_cell, tuple) else (None, None)
        period = take("period", self._period_cell)
        method = take("method", self._method)
        paid = take("paid", self._paid)
        remaining = take("remaining", self._remaining)
        original = _text(self.cell("original", cells))
        row = PlanRow(
            row_no,
            member.id if member else None,
            member.number if member else _text(self.cell("number", cells)).upper(),
            member.name if member else _text(self.cell("name", cells)),
            product.code if product else _text(self.cell("product", cells)).lower(),
            principal if isinstance(principal, int) else 0,
            disbursed if isinstance(disbursed, dt.date) else None,
            tenor if isinstance(tenor, int) else 0,
            original_number=original[:100],
            remaining=remaining if isinstance(remaining, int) else 0,
            paid_count=paid if isinstance(paid, int) else 0,
        )
        if not problems and member is not None and product is not None:
            row = self._complete(
                row,
                product=product,
                rate=rate,
                period=period or rate_period,
                method=method,
                problems=problems,
            )
        if not problems:
            assert member is not None
            self._duplicates(row, problems)
        if not problems:
            self._warn(row, warnings)
        if problems:
            self.failed.add(row_no)
            errors.extend(problems)
        return row

    def _member(
        self, row_no: int, cells: tuple[Cell, ...], problems: list[RowError]
    ) -> _MemberRef | None:
        number = _text(self.cell("number", cells)).upper()
        nik = _text(self.cell("nik", cells))
        column = self.column("number" if number or "nik" not in self.mapping else "nik")
        if not number and not nik:
            problems.append(RowError(row_no, column, "Nomor anggota kosong."))
            return None
        member = self.by_number.get(number) if number else self.by_nik.get(nik)
        if member is None:
            what = f"Nomor anggota {number}" if number else f"NIK {nik}"
            problems.append(RowError(row_no, column, f"{what} tidak terdaftar di buku."))
            return None
        if number and nik and member.nik != nik:
            problems.append(
                RowError(
                    row_no,
                    self.column("nik"),
                    f"NIK {nik} bukan NIK anggota {member.number} ({member.name}).",
                )
            )
        return member

    def _product(
        self, row_no: int, cells: tuple[Cell, ...], problems: list[RowError]
    ) -> LoanProductInfo | None:
        text = _text(self.cell("product", cells))
        key = normalize_header(text)
        code = key if key in self.products else self.by_name.get(key)
        if code is None:
            known = ", ".join(self.products)
            message = (
                f"Produk pinjaman '{text}' tidak ada. Produk yang ada: {known}."
                if text
                else f"Produk pinjaman kosong. Produk yang ada: {known}."
            )
            problems.append(RowError(row_no, self.column("product"), message))
            return None
        return self.products[code]

    @staticmethod
    def _principal(value: Cell, label: str) -> int:
        amount = parse_amount(value, label)
        if amount <= 0:
            raise ValidationError(label, "Pokok pinjaman kosong atau nol.")
        return amount

    def _disbursed(self, value: Cell, label: str) -> dt.date:
        day = parse_cell_date(value, label)
        if day is None:
            raise ValidationError(label, "Tanggal pencairan kosong.")
        if day > self.cutover:
            raise ValidationError(
                label,
                f"Dicairkan {format_date_short(day)}, sesudah tanggal saldo awal "
                f"{format_date_short(self.cutover)}; pinjaman itu dicatat lewat pencairan biasa.",
            )
        return day

    @staticmethod
    def _period_cell(value: Cell, label: str) -> RatePeriod | None:
        text = _text(value)
        if not text:
            return None
        period = _period(text)
        if period is None:
            raise ValidationError(label, f"Periode bunga '{text}': tulis per bulan atau per tahun.")
        return period

    @staticmethod
    def _method(value: Cell, label: str) -> Method | None:
        text = normalize_header(_text(value))
        if not text:
            return None
        method = _METHODS.get(text)
        if method is None:
            raise ValidationError(
                label, f"Metode '{_text(value)}' tidak dikenal; tulis flat, menurun atau anuitas."
            )
        return method

    @staticmethod
    def _paid(value: Cell, label: str) -> int:
        if value is None or _text(value) in ("", "-"):
            return 0
        return _whole(value, label, "Angsuran dibayar", 0, MAX_TENOR)

    @staticmethod
    def _remaining(value: Cell, label: str) -> int:
        amount = parse_amount(value, label)
        if amount <= 0:
            raise ValidationError(
                label, "Sisa pokok kosong atau nol: pinjaman yang sudah lunas tidak diimpor."
            )
        return amount

    def _complete(
        self,
        row: PlanRow,
        *,
        product: LoanProductInfo,
        rate: Decimal | None,
        period: object,
        method: object,
        problems: list[RowError],
    ) -> PlanRow:
        """The row's terms with the product's defaults, its schedule checked."""
        assert row.disbursed_on is not None
        rate_period = period if isinstance(period, RatePeriod) else product.rate_period
        terms = Terms(
            row.principal,
            product.rate_percent if rate is None else rate,
            rate_period,
            row.tenor,
            method if isinstance(method, Method) else product.method,
            product.rounding,
        )
        if row.paid_count > row.tenor:
            problems.append(
                RowError(
                    row.row,
                    self.column("paid"),
                    f"Angsuran dibayar {row.paid_count} melebihi jangka waktu {row.tenor} bulan.",
                )
            )
        if row.remaining > row.principal:
            problems.append(
                RowError(
                    row.row,
                    self.column("remaining"),
                    f"Sisa pokok {format_rupiah(row.remaining)} melebihi pokok pinjaman "
                    f"{format_rupiah(row.principal)}.",
                )
            )
        try:
            rows = schedule(terms, row.disbursed_on)
        except ValidationError as exc:
            column = {"principal": "principal", "tenor": "tenor"}.get(exc.field, "rate")
            problems.append(RowError(row.row, self.column(column), exc.message))
        if problems:
            return row
        paid = row.paid_count
        return replace(
            row,
            rate_percent=terms.rate_percent,
            rate_period=terms.rate_period,
            method=terms.method,
            scheduled_remaining=rows[paid - 1].balance_after if paid else row.principal,
            paid_interest=sum(x.interest for x in rows[:paid]),
        )

    def _duplicates(self, row: PlanRow, problems: list[RowError]) -> None:
        assert row.member_id is not None
        assert row.disbursed_on is not None
        original = row.original_number.upper()
        if original:
            first = self.originals.setdefault(original, row.row)
            if first != row.row:
                problems.append(
                    RowError(
                        row.row,
                        self.column("original"),
                        f"Nomor pinjaman lama {row.original_number} ganda: sama dengan "
                        f"baris {first}.",
                    )
                )
            return
        key = (row.member_id, row.product_code, row.principal, row.disbursed_on)
        first = self.same.setdefault(key, row.row)
        if first != row.row:
            problems.append(
                RowError(
                    row.row,
                    self.column("number" if "number" in self.mapping else "nik"),
                    f"Pinjaman {row.member_number} ganda: produk, pokok dan tanggal cair sama "
                    f"dengan baris {first}. Bila memang dua pinjaman, isi nomor pinjaman lama.",
                )
            )

    def _warn(self, row: PlanRow, warnings: list[RowError]) -> None:
        scheduled = row.scheduled_remaining
        if scheduled is not None and scheduled != row.remaining:
            warnings.append(
                RowError(
                    row.row,
                    self.column("remaining"),
                    f"Sisa pokok {format_rupiah(row.remaining)} berbeda dari jadwal sesudah "
                    f"{row.paid_count} angsuran ({format_rupiah(scheduled)}); dicatat sesuai "
                    "berkas.",
                )
            )
        assert row.disbursed_on is not None
        due = sum(
            1 for k in range(1, row.tenor + 1) if add_months(row.disbursed_on, k) <= self.cutover
        )
        if row.paid_count < due:
            warnings.append(
                RowError(
                    row.row,
                    self.column("paid"),
                    f"Menunggak: {row.paid_count} dari {due} angsuran yang jatuh tempo dibayar.",
                )
            )


# --- the book's rules ------------------------------------------------------------------


def _earlier_loans(
    session: Session, member_ids: Iterable[int]
) -> dict[int, list[tuple[str, str, int, dt.date | None, str, str]]]:
    """member id -> (loan number, product code, amount, disbursed on, status,
    original number of an imported loan)."""
    ids = list(set(member_ids))
    out: dict[int, list[tuple[str, str, int, dt.date | None, str, str]]] = {}
    if not ids:
        return out
    codes = {p.id: p.code for p in loan_products.list_products(session)}
    for chunk in range(0, len(ids), 500):
        stmt = (
            select(
                Loan.member_id,
                Loan.number,
                Loan.product_id,
                Loan.amount,
                Loan.disbursed_on,
                Loan.status,
                LoanEvent.note,
            )
            .outerjoin(LoanEvent, (LoanEvent.loan_id == Loan.id) & (LoanEvent.kind == "saldo_awal"))
            .where(Loan.member_id.in_(ids[chunk : chunk + 500]))
        )
        for member_id, number, product_id, amount, disbursed, status, note in session.execute(stmt):
            original = ""
            if note and NOTE_MARK in note:
                original = note.rpartition(NOTE_MARK)[2].strip()
            out.setdefault(member_id, []).append(
                (number, codes[product_id], amount, disbursed, status, original)
            )
    return out


def _rule_errors(
    session: Session, rows: Sequence[PlanRow], mapping: Mapping[str, str]
) -> list[RowError]:
    """Loans of the file the book already has (imported before, or the same loan)."""
    earlier = _earlier_loans(session, (r.member_id for r in rows if r.member_id is not None))
    member_col = mapping.get("number", mapping.get("nik", FIELDS["number"].label))
    errors: list[RowError] = []
    for r in rows:
        assert r.member_id is not None
        for number, code, amount, disbursed, status, original in earlier.get(r.member_id, []):
            if r.original_number and original.upper() == r.original_number.upper():
                errors.append(
                    RowError(
                        r.row,
                        mapping.get("original", FIELDS["original"].label),
                        f"Pinjaman lama {r.original_number} milik {r.member_name} sudah "
                        f"diimpor sebagai {number}.",
                    )
                )
                break
            same = (code, amount, disbursed) == (r.product_code, r.principal, r.disbursed_on)
            if same and not r.original_number and status in ("aktif", "lunas"):
                errors.append(
                    RowError(
                        r.row,
                        member_col,
                        f"{r.member_name} sudah punya pinjaman {number} dengan produk, pokok dan "
                        "tanggal cair yang sama; pinjaman tidak diimpor dua kali.",
                    )
                )
                break
    return errors


def _rule_warnings(
    session: Session, rows: Sequence[PlanRow], mapping: Mapping[str, str]
) -> list[RowError]:
    """What is unusual but possible: a member who left, loans already running."""
    ids = {r.member_id for r in rows if r.member_id is not None}
    members = {m.id: m for m in session.execute(select(Member).where(Member.id.in_(ids))).scalars()}
    earlier = _earlier_loans(session, ids)
    member_col = mapping.get("number", mapping.get("nik", FIELDS["number"].label))
    warnings: list[RowError] = []
    for r in rows:
        assert r.member_id is not None
        member = members[r.member_id]
        notes = []
        if member.status != "aktif":
            notes.append(f"{member.full_name} berstatus {member.status}.")
        running = [
            n for n, _c, _a, _d, status, _o in earlier.get(r.member_id, []) if status == "aktif"
        ]
        if running:
            notes.append(f"{member.full_name} juga punya pinjaman berjalan {', '.join(running)}.")
        if notes:
            warnings.append(RowError(r.row, member_col, " ".join(notes)))
    return warnings


# --- writing ---------------------------------------------------------------------------


def _recheck(session: Session, plan: LoanPlan) -> None:
    """Refuse a plan with problems, or one the book has moved past since the dry run."""
    if plan.errors:
        raise DomainError(
            f"Impor dibatalkan: ada {len(plan.errors)} masalah di berkas. Perbaiki semuanya "
            "dulu; tidak ada yang disimpan."
        )
    if plan.total <= 0:
        raise DomainError("Tidak ada pinjaman untuk diimpor.")
    journal.open_year_for(session, plan.cutover)
    products = {p.code for p in loan_products.list_products(session)}
    missing = sorted({r.product_code for r in plan.rows} - products)
    if missing:
        raise DomainError(f"Produk pinjaman {', '.join(missing)} tidak ada lagi di buku.")
    again = _rule_errors(session, plan.rows, plan.mapping)
    if again:
        listed = "; ".join(f"baris {e.row}: {e.message}" for e in again[:3])
        raise DomainError(
            f"Buku berubah sejak pemeriksaan: {listed}. Periksa ulang berkasnya; "
            "tidak ada yang disimpan."
        )


def _terms(r: PlanRow, product: LoanProductInfo) -> Terms:
    assert r.rate_percent is not None
    assert r.rate_period is not None
    assert r.method is not None
    return Terms(r.principal, r.rate_percent, r.rate_period, r.tenor, r.method, product.rounding)


def commit_opening(
    session: Session,
    actor: Actor,
    plan: LoanPlan,
    reference: str = "",
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Record the loans of a plan without problems, all or nothing.

    Needs ``loans.manage``. Each loan is created running ('aktif') with its
    full original schedule from the disbursement date; one ``saldo_awal``
    event per loan marks what was paid before the cut-over (dated on the
    disbursement, so the installments paid then accrue no late fee). Posts ONE
    journal entry dated the cut-over (source ``pinjaman.saldo_awal``): a debit
    on each product's receivable account per loan (member, loan) with its
    remaining principal, a credit on 3901 for the total. One audit record
    names the journal entry and the loans.
    """
    authorize(session, actor, Permission.LOANS_MANAGE)
    _recheck(session, plan)
    cutover = plan.cutover
    reference = " ".join(reference.split()) or plan.file_name
    products = {p.code: p for p in loan_products.list_products(session)}
    rows = [r for r in plan.rows if r.remaining > 0]
    now = clock.now()
    numbers = _create_loans(
        session, actor, rows=rows, products=products, now=now, reference=reference, cutover=cutover
    )
    ids = _ids(session, Loan, list(numbers.values()))
    loan_ids = {r.row: ids[numbers[r.row]] for r in rows}
    lines = [
        LineInput(
            products[r.product_code].account_code,
            r.remaining,
            member_id=r.member_id,
            loan_id=loan_ids[r.row],
        )
        for r in rows
    ]
    lines.append(LineInput(OFFSET_ACCOUNT, -plan.total, memo="Penyeimbang saldo awal pinjaman"))
    entry = journal.post_business_entry(
        session,
        EntryInput(
            cutover,
            f"Saldo awal pinjaman per {format_date_short(cutover)} ({reference})"[:500],
            lines,
            source=SOURCE,
        ),
        actor=actor,
    )
    _record_history(
        session,
        actor,
        rows=rows,
        products=products,
        loan_ids=loan_ids,
        entry_id=entry.id,
        cutover=cutover,
        now=now,
        progress=progress,
    )
    ordered = tuple(numbers[r.row] for r in rows)
    audit.record(
        session,
        actor,
        "loan.import_opening",
        reference[:100],
        after={
            "tanggal": cutover,
            "berkas": plan.file_name,
            "jumlah_pinjaman": len(rows),
            "sisa_pokok": plan.total,
            **{f"sisa_pokok_{code}": total for code, total in plan.totals().items()},
            "jurnal": entry.number,
            "pinjaman": list(ordered),
        },
    )
    return ImportResult(cutover, reference, entry.number, ordered, plan.total, plan.totals())


def _ids(
    session: Session, table: type[Loan] | type[LoanEvent], numbers: Sequence[str]
) -> dict[str, int]:
    """number -> id of the rows just inserted (asked 500 at a time)."""
    out: dict[str, int] = {}
    for chunk in range(0, len(numbers), 500):
        wanted = list(numbers[chunk : chunk + 500])
        stmt = select(table.number, table.id).where(table.number.in_(wanted))
        out.update((number, id_) for number, id_ in session.execute(stmt))
    return out


def _create_loans(
    session: Session,
    actor: Actor,
    *,
    rows: Sequence[PlanRow],
    products: Mapping[str, LoanProductInfo],
    now: dt.datetime,
    reference: str,
    cutover: dt.date,
) -> dict[int, str]:
    """Insert the loans (Core, one statement); row -> loan number, numbered in the
    order they were disbursed."""
    numbers: dict[int, str] = {}
    values = []
    note = f"Saldo awal per {format_date_short(cutover)} ({reference})"[:500]
    for r in sorted(rows, key=lambda r: (r.disbursed_on, r.row)):
        assert r.disbursed_on is not None
        assert r.member_id is not None
        product = products[r.product_code]
        terms = _terms(r, product)
        number = loan_records.next_number(session, "PJ", r.disbursed_on.year)
        numbers[r.row] = number
        purpose = "Pinjaman dari pembukuan lama (saldo awal)"
        if r.original_number:
            purpose += f"; nomor lama {r.original_number}"
        values.append(
            {
                "number": number,
                "member_id": r.member_id,
                "product_id": product.id,
                "status": "aktif",
                "amount": r.principal,
                "tenor": r.tenor,
                "method": terms.method.value,
                "rate_percent": str(terms.rate_percent),
                "rate_period": terms.rate_period.value,
                "rounding": terms.rounding.value,
                "purpose": purpose,
                "collateral": "",
                "collateral_value": 0,
                "guarantors": "",
                "applied_on": r.disbursed_on,
                "applied_by": actor.username,
                "decided_on": r.disbursed_on,
                "decided_by": actor.username,
                "decision_note": note,
                "warnings": "",
                "disbursed_on": r.disbursed_on,
                "provisi": 0,
                "admin_fee": 0,
                "created_at": now,
            }
        )
    session.execute(insert(Loan), values)
    return numbers


def _record_history(
    session: Session,
    actor: Actor,
    *,
    rows: Sequence[PlanRow],
    products: Mapping[str, LoanProductInfo],
    loan_ids: Mapping[int, int],
    entry_id: int,
    cutover: dt.date,
    now: dt.datetime,
    progress: Progress | None,
) -> None:
    """Each loan's schedule, and one ``saldo_awal`` event with its parts."""
    installments: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    parts: dict[str, list[Allocation]] = {}
    for index, r in enumerate(rows, start=1):
        assert r.disbursed_on is not None
        loan_id = loan_ids[r.row]
        plan_rows = schedule(_terms(r, products[r.product_code]), r.disbursed_on)
        installments.extend(
            {
                "loan_id": loan_id,
                "number": x.number,
                "due_date": x.due_date,
                "principal": x.principal,
                "interest": x.interest,
            }
            for x in plan_rows
        )
        paid = opening_parts(plan_rows, r.paid_count, r.paid_principal)
        number = loan_records.next_number(
            session, loan_records.EVENT_PREFIX["saldo_awal"], cutover.year, 6
        )
        parts[number] = paid
        note = (
            f"Saldo awal per {format_date_short(cutover)}: {r.paid_count} angsuran dibayar "
            f"sebelumnya, sisa pokok {format_rupiah(r.remaining)}"
        )
        if r.original_number:
            note += f"; {NOTE_MARK}{r.original_number}"
        events.append(
            {
                "number": number,
                "loan_id": loan_id,
                "kind": "saldo_awal",
                "date": r.disbursed_on,
                "cash": 0,
                "principal": r.paid_principal,
                "interest": sum(p.bunga for p in paid),
                "late_fee": 0,
                "overpayment": 0,
                "cash_account_id": None,
                "entry_id": entry_id,
                "note": note,
                "created_by": actor.username,
                "created_at": now,
            }
        )
        if progress is not None and index % 100 == 0:
            progress(index, len(rows))
    for chunk in range(0, len(installments), 5000):
        session.execute(insert(LoanInstallment), installments[chunk : chunk + 5000])
    session.execute(insert(LoanEvent), events)
    event_ids = _ids(session, LoanEvent, list(parts))
    part_rows = [
        {
            "event_id": event_ids[number],
            "number": p.number,
            "late_fee": 0,
            "interest": p.bunga,
            "principal": p.pokok,
        }
        for number, allocations in parts.items()
        for p in allocations
    ]
    for chunk in range(0, len(part_rows), 5000):
        session.execute(insert(LoanPaymentPart), part_rows[chunk : chunk + 5000])
    session.flush()
    if progress is not None:
        progress(len(rows), len(rows))


def percent_label(row: PlanRow) -> str:
    """``1,5% per bulan`` — a row's rate for people."""
    if row.rate_percent is None or row.rate_period is None:
        return ""
    return f"{percent_text(row.rate_percent)}% {row.rate_period.label}"
