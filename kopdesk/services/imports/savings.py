"""Savings from spreadsheets: opening balances (saldo awal) when a koperasi moves
its books into kopdesk, and the employer's payroll deduction list (potong gaji)
of a koperasi karyawan.

Both work like the member import: a dry run (``plan_*``) reads the file, checks
every row against the book and lists **every** problem with its row and column;
the import (``commit_*``) writes all or nothing, only for a plan without
problems, and checks the rules once more against the book as it is then.
Amounts are integer rupiah. Savings balances stay derived from journal lines
(DESIGN.md §3): each member's amount is a line on the product's control
account carrying the member and the savings account.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.dates import add_months, format_date_short
from kopdesk.domain.money import format_rupiah, parse_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind, month_bounds
from kopdesk.errors import DomainError, PeriodClosedError, ValidationError
from kopdesk.models import (
    Account,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    SavingsBatch,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.imports.members import RowError, parse_cell_date
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header, read_sheet
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.guards import MAX_AMOUNT
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings.products import ProductInfo, list_products

Progress = Callable[[int, int], None]

OPENING = "saldo_awal"
PAYROLL = "potong_gaji"
SOURCE_OPENING = "simpanan.saldo_awal"
SOURCE_PAYROLL = "simpanan.potong_gaji"
OFFSET_ACCOUNT = "3901"
"""Ekuitas saldo awal (penyeimbang): the other side of the opening balances."""
PAYROLL_ACCOUNT = "1111"
MODES = ("per_member", "batch")
PAYROLL_STATUSES = ("calon", "aktif")

_PRODUCT_SPELLINGS = {
    "pokok": ("pokok", "simpanan pokok", "simp pokok", "s pokok", "sp"),
    "wajib": ("wajib", "simpanan wajib", "simp wajib", "s wajib", "sw", "iuran wajib"),
    "sukarela": ("sukarela", "simpanan sukarela", "simp sukarela", "tabungan", "ss"),
    "berjangka": ("berjangka", "simpanan berjangka", "simp berjangka", "deposito", "sb"),
}
_OTHER_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "number": (
        "No. Anggota",
        ("no anggota", "nomor anggota", "no_anggota", "kode anggota", "no agt", "no"),
    ),
    "nik": ("NIK", ("nik", "nik ktp", "no ktp", "nomor ktp", "no nik", "nip", "nik karyawan")),
    "name": ("Nama", ("nama", "nama anggota", "nama lengkap", "nama karyawan", "nama pegawai")),
    "maturity": (
        "Jatuh Tempo",
        ("jatuh tempo", "tgl jatuh tempo", "tanggal jatuh tempo", "jatuh tempo berjangka"),
    ),
    "term": ("Jangka (bulan)", ("jangka bulan", "jangka", "jangka waktu", "jangka waktu bulan")),
    "total": (
        "Jumlah",
        ("jumlah", "total", "jumlah potongan", "total potongan", "potongan", "jumlah potong"),
    ),
}
_KIND_FIELDS = {
    OPENING: ("number", "nik", "name", "*", "maturity", "term"),
    PAYROLL: ("number", "nik", "name", "*", "total"),
}


@dataclass(frozen=True)
class FieldSpec:
    """One thing the importer reads: its label (in errors) and the headers it matches."""

    label: str
    spellings: tuple[str, ...]
    product: bool = False


def import_fields(session: Session, kind: str) -> dict[str, FieldSpec]:
    """field -> spec for ``kind`` (``saldo_awal`` or ``potong_gaji``); products by code."""
    out: dict[str, FieldSpec] = {}
    for name in _KIND_FIELDS[kind]:
        if name != "*":
            label, spellings = _OTHER_FIELDS[name]
            out[name] = FieldSpec(label, spellings)
            continue
        for p in list_products(session):
            spellings = (p.code, normalize_header(p.name), *_PRODUCT_SPELLINGS.get(p.code, ()))
            out[p.code] = FieldSpec(p.code.capitalize(), spellings, product=True)
    return out


def auto_mapping(fields: Mapping[str, FieldSpec], headers: Sequence[str]) -> dict[str, str]:
    """field -> column label, matching the file's headers to known spellings."""
    mapping: dict[str, str] = {}
    for label in headers:
        key = normalize_header(label)
        for name, spec in fields.items():
            if name not in mapping and (
                key in spec.spellings or key == normalize_header(spec.label)
            ):
                mapping[name] = label
                break
    return mapping


def read_file(session: Session, kind: str, path: Path) -> Sheet:
    """The sheet of ``path``, its header row found by this import's column names."""
    fields = import_fields(session, kind)
    return read_sheet(path, [s for spec in fields.values() for s in spec.spellings])


def with_overrides(
    fields: Mapping[str, FieldSpec], headers: Sequence[str], overrides: Mapping[str, str]
) -> dict[str, str]:
    """The automatic mapping with some fields set by hand (``field=`` drops a field)."""
    for name in overrides:
        if name not in fields:
            known = ", ".join(fields)
            raise ValidationError("mapping", f"Bidang '{name}' tidak dikenal; bidang: {known}.")
    chosen = {v for v in overrides.values() if v}
    mapping = {
        k: v
        for k, v in auto_mapping(fields, headers).items()
        if k not in overrides and v not in chosen
    }
    mapping.update({k: v for k, v in overrides.items() if v})
    return mapping


# --- the plan ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    """One row of the file as understood (amounts per product code, rupiah)."""

    row: int
    member_id: int | None
    member_number: str
    member_name: str
    amounts: dict[str, int] = field(default_factory=dict)
    maturity: dt.date | None = None
    term_months: int | None = None

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


@dataclass(frozen=True)
class ProductTotal:
    code: str
    name: str
    account_code: str
    count: int
    """Rows with an amount in this product."""
    total: int


@dataclass(frozen=True)
class SavingsPlan:
    """The result of a dry run: every row read, every problem, totals per product."""

    kind: str
    file_name: str
    date: dt.date | None
    """The cut-over (saldo awal) or the posting date (potong gaji), when known."""
    mapping: dict[str, str]
    rows: tuple[PlanRow, ...]
    errors: tuple[RowError, ...]
    products: tuple[ProductTotal, ...]
    unmapped: tuple[str, ...] = ()
    """Columns of the file that were not used (ignored)."""

    @property
    def ok(self) -> bool:
        return not self.errors and self.total > 0

    @property
    def total(self) -> int:
        return sum(p.total for p in self.products)

    @property
    def error_rows(self) -> frozenset[int]:
        return frozenset(e.row for e in self.errors)

    def totals(self) -> dict[str, int]:
        return {p.code: p.total for p in self.products}


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    kind: str
    date: dt.date
    reference: str
    rows: int
    """Members with an amount."""
    total: int
    totals: dict[str, int]
    entries: tuple[str, ...]


@dataclass(frozen=True)
class _MemberRef:
    id: int
    number: str
    nik: str
    name: str
    status: str
    join_date: dt.date
    member_class: str


@dataclass(frozen=True)
class _Position:
    """A member's history in one product, from the journal lines."""

    balance: int
    first_date: dt.date | None
    opening_entry: str | None
    closed: bool


def default_cutover(session: Session) -> dt.date:
    """The first day of the earliest open fiscal year."""
    start = session.execute(
        select(func.min(FiscalYear.start_date)).where(FiscalYear.status == "open")
    ).scalar()
    if start is None:
        raise PeriodClosedError("Tidak ada tahun buku yang terbuka; buka tahun buku dulu.")
    return start


def plan_opening(
    session: Session,
    source: Path | Sheet,
    cutover: dt.date,
    mapping: Mapping[str, str] | None = None,
    *,
    file_name: str = "",
    progress: Progress | None = None,
) -> SavingsPlan:
    """Dry run of opening balances at ``cutover``: read, check every row. Writes nothing.

    One row per member; one column per product (amounts in rupiah, Indonesian
    text or Excel numbers); berjangka may have "Jatuh Tempo" and "Jangka (bulan)".
    """
    return _plan(
        session,
        kind=OPENING,
        source=source,
        on=cutover,
        mapping=mapping,
        file_name=file_name,
        progress=progress,
    )


def plan_payroll(
    session: Session,
    source: Path | Sheet,
    mapping: Mapping[str, str] | None = None,
    *,
    on: dt.date | None = None,
    file_name: str = "",
    progress: Progress | None = None,
) -> SavingsPlan:
    """Dry run of a payroll deduction list: read, check every row. Writes nothing.

    Members by number or NIK; amounts per product and/or a total. A total
    alone pays the member's monthly simpanan wajib first and the rest into
    sukarela. ``on`` (the posting date) lets the dry run check join dates
    and the open year too.
    """
    return _plan(
        session,
        kind=PAYROLL,
        source=source,
        on=on,
        mapping=mapping,
        file_name=file_name,
        progress=progress,
    )


def _plan(
    session: Session,
    *,
    kind: str,
    source: Path | Sheet,
    on: dt.date | None,
    mapping: Mapping[str, str] | None,
    file_name: str,
    progress: Progress | None,
) -> SavingsPlan:
    fields = import_fields(session, kind)
    if isinstance(source, Path):
        sheet = read_file(session, kind, source)
        file_name = file_name or source.name
    else:
        sheet = source
    used = dict(mapping) if mapping else auto_mapping(fields, sheet.headers)
    for name, label in used.items():
        if name not in fields:
            raise ValidationError("mapping", f"Kolom tujuan '{name}' tidak dikenal.")
        if label not in sheet.headers:
            raise ValidationError("mapping", f"Kolom '{label}' tidak ada di berkas {file_name}.")
    products = {p.code: p for p in list_products(session)}
    unmapped = tuple(h for h in sheet.headers if h not in used.values())
    errors = _header_errors(
        session, kind=kind, fields=fields, used=used, header_row=sheet.header_row, on=on
    )
    if any(e.row == sheet.header_row and e.column != _DATE_COLUMN[kind] for e in errors):
        return SavingsPlan(kind, file_name, on, used, (), tuple(errors), (), unmapped)
    reader = _RowReader(session, kind, sheet, used, products)
    rows: list[PlanRow] = []
    total = len(sheet.rows)
    for index, (row_no, cells) in enumerate(sheet.rows, start=1):
        if progress is not None and index % 100 == 0:
            progress(index, total)
        row = reader.read(row_no, cells, errors)
        if row is not None:
            rows.append(row)
    if on is not None or kind == PAYROLL:
        rules = _Rules(kind, on, used, products)
        errors.extend(_rule_errors(session, rules, rows, reader.failed))
    if progress is not None:
        progress(total, total)
    errors.sort(key=lambda e: e.row)
    return SavingsPlan(
        kind, file_name, on, used, tuple(rows), tuple(errors), _totals(rows, products), unmapped
    )


_DATE_COLUMN = {OPENING: "Tanggal saldo awal", PAYROLL: "Tanggal posting"}


def _header_errors(
    session: Session,
    *,
    kind: str,
    fields: Mapping[str, FieldSpec],
    used: Mapping[str, str],
    header_row: int,
    on: dt.date | None,
) -> list[RowError]:
    errors: list[RowError] = []
    if "number" not in used and "nik" not in used:
        errors.append(
            RowError(
                header_row,
                "No. Anggota",
                "Kolom No. Anggota (atau NIK) tidak ditemukan; atur pemetaan kolom.",
            )
        )
    if not any(fields[name].product for name in used) and "total" not in used:
        names = ", ".join(spec.label for spec in fields.values() if spec.product)
        errors.append(
            RowError(
                header_row,
                names,
                "Tidak ada kolom jumlah simpanan; beri judul kolom sesuai produk "
                "atau atur pemetaan kolom.",
            )
        )
    if kind == OPENING and on is None:
        raise ValidationError("date", "Tanggal saldo awal wajib diisi.")
    if on is not None:
        try:
            journal.open_year_for(session, on)
        except PeriodClosedError as exc:
            what = "saldo awal" if kind == OPENING else "posting"
            errors.append(
                RowError(
                    header_row,
                    _DATE_COLUMN[kind],
                    f"Tanggal {what} {format_date_short(on)}: {exc.message}",
                )
            )
    return errors


def _totals(
    rows: Sequence[PlanRow], products: Mapping[str, ProductInfo]
) -> tuple[ProductTotal, ...]:
    out = []
    for code, p in products.items():
        amounts = [r.amounts[code] for r in rows if r.amounts.get(code)]
        if amounts:
            out.append(ProductTotal(code, p.name, p.account_code, len(amounts), sum(amounts)))
    return tuple(out)


# --- reading the rows ----------------------------------------------------------------


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def parse_amount(value: Cell, label: str) -> int:
    """An amount cell: an Excel number or Indonesian text (``1.250.000``, ``Rp 50.000``).

    Empty is 0. Raises ``ValidationError`` for text that is no amount, sen,
    negatives and absurd sizes.
    """
    if value is None or (isinstance(value, str) and value.strip() in ("", "-")):
        return 0
    if isinstance(value, bool | dt.date):
        raise ValidationError(label, f"Jumlah {label} tidak terbaca: '{value}'.")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(
                label, f"Jumlah {label} {value:,.2f} bersen; rupiah dicatat bulat tanpa sen."
            )
        value = int(value)
    if isinstance(value, int):
        amount = value
    else:
        try:
            amount = parse_rupiah(str(value), field=label)
        except ValidationError as exc:
            raise ValidationError(label, f"'{value}': {exc.message}") from None
    if amount < 0:
        raise ValidationError(label, f"Jumlah {label} negatif ({format_rupiah(amount)}).")
    if amount > MAX_AMOUNT:
        raise ValidationError(label, f"Jumlah {format_rupiah(amount)} terlalu besar; periksa lagi.")
    return amount


def _parse_term(value: Cell, label: str) -> int | None:
    text = _text(value)
    if not text:
        return None
    if text.lower().endswith("bulan"):
        text = text[:-5].strip()
    if not text.isdigit() or not 1 <= int(text) <= 120:
        raise ValidationError(label, f"Jangka '{_text(value)}' harus 1–120 bulan.")
    return int(text)


class _RowReader:
    """Turns a sheet row into a :class:`PlanRow`, collecting its problems."""

    def __init__(
        self,
        session: Session,
        kind: str,
        sheet: Sheet,
        mapping: Mapping[str, str],
        products: Mapping[str, ProductInfo],
    ) -> None:
        self.kind = kind
        self.sheet = sheet
        self.mapping = mapping
        self.products = products
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
                Member.member_class,
            )
        ):
            ref = _MemberRef(*row)
            self.by_number[ref.number.upper()] = ref
            self.by_nik[ref.nik] = ref
        self.seen: dict[int, int] = {}
        self.failed: set[int] = set()
        """Rows with a problem already (the book's rules are not checked for them)."""

    def cell(self, name: str, cells: tuple[Cell, ...]) -> Cell:
        label = self.mapping.get(name)
        return None if label is None else cells[self.sheet.headers.index(label)]

    def column(self, name: str, default: str) -> str:
        return self.mapping.get(name, default)

    def read(self, row_no: int, cells: tuple[Cell, ...], errors: list[RowError]) -> PlanRow | None:
        before = len(errors)
        member = self._member(row_no, cells, errors)
        amounts: dict[str, int] = {}
        unreadable = False  # a total is compared only with a detail that was read
        for code in self.products:
            if code not in self.mapping:
                continue
            label = self.mapping[code]
            try:
                amount = parse_amount(self.cell(code, cells), label)
            except ValidationError as exc:
                errors.append(RowError(row_no, label, exc.message))
                unreadable = True
                continue
            if amount:
                amounts[code] = amount
        maturity = term = None
        if self.kind == OPENING:
            maturity, term = self._term_deposit(row_no, cells, errors)
        elif "total" in self.mapping and not unreadable:
            amounts = self._with_total(row_no, cells, member, amounts, errors)
        if len(errors) > before:
            self.failed.add(row_no)
        name = _text(self.cell("name", cells))
        return PlanRow(
            row_no,
            member.id if member else None,
            member.number if member else _text(self.cell("number", cells)),
            member.name if member else name,
            amounts,
            maturity,
            term,
        )

    def _member(
        self, row_no: int, cells: tuple[Cell, ...], errors: list[RowError]
    ) -> _MemberRef | None:
        number = _text(self.cell("number", cells)).upper()
        nik = _text(self.cell("nik", cells))
        column = self.column("number" if number or "nik" not in self.mapping else "nik", "NIK")
        if not number and not nik:
            errors.append(RowError(row_no, column, "Nomor anggota kosong."))
            return None
        member = self.by_number.get(number) if number else self.by_nik.get(nik)
        if member is None:
            what = f"Nomor anggota {number}" if number else f"NIK {nik}"
            errors.append(RowError(row_no, column, f"{what} tidak terdaftar di buku."))
            return None
        if number and nik and member.nik != nik:
            errors.append(
                RowError(
                    row_no,
                    self.column("nik", "NIK"),
                    f"NIK {nik} bukan NIK anggota {member.number} ({member.name}).",
                )
            )
        if member.id in self.seen:
            errors.append(
                RowError(
                    row_no,
                    column,
                    f"Anggota {member.number} ganda: sama dengan baris {self.seen[member.id]}.",
                )
            )
            return member
        self.seen[member.id] = row_no
        return member

    def _term_deposit(
        self, row_no: int, cells: tuple[Cell, ...], errors: list[RowError]
    ) -> tuple[dt.date | None, int | None]:
        maturity = term = None
        if "maturity" in self.mapping:
            label = self.mapping["maturity"]
            try:
                maturity = parse_cell_date(self.cell("maturity", cells), label)
            except ValidationError as exc:
                errors.append(RowError(row_no, label, exc.message))
        if "term" in self.mapping:
            label = self.mapping["term"]
            try:
                term = _parse_term(self.cell("term", cells), label)
            except ValidationError as exc:
                errors.append(RowError(row_no, label, exc.message))
        return maturity, term

    def _with_total(
        self,
        row_no: int,
        cells: tuple[Cell, ...],
        member: _MemberRef | None,
        amounts: dict[str, int],
        errors: list[RowError],
    ) -> dict[str, int]:
        label = self.mapping["total"]
        try:
            total = parse_amount(self.cell("total", cells), label)
        except ValidationError as exc:
            errors.append(RowError(row_no, label, exc.message))
            return amounts
        has_detail = any(code in self.mapping for code in self.products)
        if has_detail:
            if total != sum(amounts.values()) and (total or amounts):
                errors.append(
                    RowError(
                        row_no,
                        label,
                        f"Jumlah {format_rupiah(total)} tidak sama dengan rinciannya "
                        f"({format_rupiah(sum(amounts.values()))}).",
                    )
                )
            return amounts
        if not total or member is None:
            return {}
        return _split_total(total, member, self.products)


def _split_total(
    total: int, member: _MemberRef, products: Mapping[str, ProductInfo]
) -> dict[str, int]:
    """A total alone: the member's monthly simpanan wajib, the rest into sukarela."""
    wajib = next((p for p in products.values() if p.kind is ProductKind.WAJIB), None)
    sukarela = next((p for p in products.values() if p.kind is ProductKind.SUKARELA), None)
    first = min(total, wajib.monthly_for(member.member_class)) if wajib else 0
    out: dict[str, int] = {}
    if wajib is not None and first:
        out[wajib.code] = first
    rest = total - first
    if rest:
        if sukarela is None:
            assert wajib is not None
            out[wajib.code] = total
        else:
            out[sukarela.code] = rest
    return out


# --- the book's rules ------------------------------------------------------------------


def _positions(
    session: Session, member_ids: Iterable[int], cutover: dt.date | None
) -> dict[tuple[int, int], _Position]:
    """(member id, product id) -> balance, first line on/before ``cutover``, opening entry."""
    ids = list(set(member_ids))
    out: dict[tuple[int, int], _Position] = {}
    if not ids:
        return out
    first = func.min(case((JournalLine.date <= cutover, JournalLine.date))) if cutover else None
    opening = func.max(case((JournalEntry.source == SOURCE_OPENING, JournalEntry.number)))
    columns = [
        SavingsAccount.member_id,
        SavingsAccount.product_id,
        func.coalesce(func.sum(JournalLine.amount), 0),
        opening,
        func.min(case((SavingsAccount.status == "tutup", 1), else_=0)),
    ]
    if first is not None:
        columns.append(first)
    for chunk in range(0, len(ids), 500):
        stmt = (
            select(*columns)
            .select_from(SavingsAccount)
            .outerjoin(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
            .outerjoin(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(SavingsAccount.member_id.in_(ids[chunk : chunk + 500]))
            .group_by(SavingsAccount.member_id, SavingsAccount.product_id)
        )
        for row in session.execute(stmt):
            earliest = row[5] if first is not None else None
            if isinstance(earliest, str):  # SQLite returns MIN(CASE ...) of dates as text
                earliest = dt.date.fromisoformat(earliest)
            out[(row[0], row[1])] = _Position(-int(row[2]), earliest, row[3], bool(row[4]))
    return out


@dataclass(frozen=True)
class _Rules:
    """What the book's rules are checked with."""

    kind: str
    on: dt.date | None
    mapping: Mapping[str, str]
    products: Mapping[str, ProductInfo]

    @property
    def member_column(self) -> str:
        return self.mapping.get("number", self.mapping.get("nik", "No. Anggota"))


def _rule_errors(
    session: Session,
    rules: _Rules,
    rows: Sequence[PlanRow],
    skip: set[int] | frozenset[int] = frozenset(),
) -> list[RowError]:
    """Problems of well-read rows against the book (member status, product rules)."""
    kind = rules.kind
    checked = [r for r in rows if r.member_id is not None and r.row not in skip]
    members = {
        m.id: m
        for m in session.execute(
            select(Member).where(Member.id.in_({r.member_id for r in checked}))
        ).scalars()
    }
    positions = _positions(session, members, rules.on if kind == OPENING else None)
    errors: list[RowError] = []
    for r in checked:
        assert r.member_id is not None
        member = members[r.member_id]
        check = _check_opening if kind == OPENING else _check_payroll
        errors.extend(check(r, member, rules, positions))
    return errors


def _check_opening(
    r: PlanRow, member: Member, rules: _Rules, positions: Mapping[tuple[int, int], _Position]
) -> list[RowError]:
    cutover, mapping, products = rules.on, rules.mapping, rules.products
    assert cutover is not None
    errors: list[RowError] = []
    number_col = rules.member_column
    if r.total and member.join_date > cutover:
        errors.append(
            RowError(
                r.row,
                number_col,
                f"{member.full_name} masuk {format_date_short(member.join_date)}, sesudah "
                f"tanggal saldo awal {format_date_short(cutover)}.",
            )
        )
    for code, amount in r.amounts.items():
        p, column = products[code], mapping[code]
        pos = positions.get((member.id, p.id))
        if pos is not None and pos.opening_entry:
            errors.append(
                RowError(
                    r.row,
                    column,
                    f"{member.full_name} sudah punya saldo awal {p.name} ({pos.opening_entry}).",
                )
            )
        elif pos is not None and pos.first_date is not None:
            errors.append(
                RowError(
                    r.row,
                    column,
                    f"{member.full_name} sudah punya transaksi {p.name} tanggal "
                    f"{format_date_short(pos.first_date)}, sebelum atau pada tanggal saldo "
                    "awal; saldo awal hanya untuk yang belum tercatat.",
                )
            )
        elif p.kind is ProductKind.POKOK:
            already = pos.balance if pos else 0
            if amount + already > p.fixed_amount:
                errors.append(
                    RowError(
                        r.row,
                        column,
                        f"Simpanan pokok {format_rupiah(amount)} melebihi ketentuan "
                        f"{format_rupiah(p.fixed_amount)}"
                        + (f" (sudah tercatat {format_rupiah(already)})." if already else "."),
                    )
                )
        elif p.kind is ProductKind.BERJANGKA and r.maturity is not None and r.maturity <= cutover:
            errors.append(
                RowError(
                    r.row,
                    mapping.get("maturity", "Jatuh Tempo"),
                    f"Jatuh tempo {format_date_short(r.maturity)} harus sesudah tanggal "
                    f"saldo awal {format_date_short(cutover)}.",
                )
            )
    return errors


def _check_payroll(
    r: PlanRow, member: Member, rules: _Rules, positions: Mapping[tuple[int, int], _Position]
) -> list[RowError]:
    on, mapping, products = rules.on, rules.mapping, rules.products
    number_col = rules.member_column
    if not r.total:
        return []
    if member.status not in PAYROLL_STATUSES:
        return [
            RowError(
                r.row,
                number_col,
                f"{member.full_name} ({member.number}) berstatus {member.status}; "
                "potongan gaji tidak dapat dicatat sebagai simpanan.",
            )
        ]
    if on is not None and on < member.join_date:
        return [
            RowError(
                r.row,
                number_col,
                f"{member.full_name} baru masuk {format_date_short(member.join_date)}, "
                f"sesudah tanggal posting {format_date_short(on)}.",
            )
        ]
    errors: list[RowError] = []
    for code, amount in r.amounts.items():
        p = products[code]
        column = mapping.get(code, mapping.get("total", p.code.capitalize()))
        problem = _deposit_problem(member, p, amount, positions.get((member.id, p.id)))
        if problem:
            errors.append(RowError(r.row, column, problem))
    return errors


def _deposit_problem(
    member: Member, p: ProductInfo, amount: int, pos: _Position | None
) -> str | None:
    """Why this deposit breaks the product's rules (as ``savings.deposit`` has them)."""
    current = pos.balance if pos else 0
    if not p.active:
        return f"Produk {p.name} tidak aktif lagi."
    if p.kind is ProductKind.BERJANGKA:
        return "Simpanan berjangka tidak dipotong dari gaji; setor di loket (satu penempatan)."
    if member.status == "calon" and p.kind is not ProductKind.POKOK:
        return f"{member.full_name} masih calon anggota: hanya simpanan pokok yang dapat dibayar."
    if pos is not None and pos.closed:
        return f"Rekening {p.name} {member.full_name} sudah ditutup."
    if p.kind is ProductKind.POKOK:
        due = p.fixed_amount - current
        if due <= 0:
            return f"Simpanan pokok {member.full_name} sudah lunas; dibayar sekali."
        if amount != due:
            return (
                f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}, "
                f"bukan {format_rupiah(amount)}."
            )
    if p.kind is ProductKind.SUKARELA and current + amount < p.minimum_balance:
        return (
            f"Setoran awal simpanan sukarela paling sedikit "
            f"{format_rupiah(p.minimum_balance - current)} (saldo minimum "
            f"{format_rupiah(p.minimum_balance)})."
        )
    return None


# --- writing ---------------------------------------------------------------------------


def _recheck(session: Session, plan: SavingsPlan, on: dt.date) -> None:
    """Refuse a plan with problems, or one the book has moved past since the dry run."""
    if plan.errors:
        raise DomainError(
            f"Impor dibatalkan: ada {len(plan.errors)} masalah di berkas. Perbaiki semuanya "
            "dulu; tidak ada yang disimpan."
        )
    if plan.total <= 0:
        raise DomainError("Tidak ada jumlah simpanan untuk diimpor.")
    journal.open_year_for(session, on)
    products = {p.code: p for p in list_products(session)}
    again = _rule_errors(session, _Rules(plan.kind, on, plan.mapping, products), plan.rows)
    if again:
        listed = "; ".join(f"baris {e.row}: {e.message}" for e in again[:3])
        raise DomainError(
            f"Buku berubah sejak pemeriksaan: {listed}. Periksa ulang berkasnya; "
            "tidak ada yang disimpan."
        )


def _accounts(
    session: Session,
    wanted: Sequence[tuple[PlanRow, ProductInfo]],
    on: dt.date,
    *,
    move_opened_on: bool = False,
) -> dict[tuple[int, str], int]:
    """(row, product code) -> savings account id, opening the missing accounts.

    Written with Core in one statement (DESIGN.md §9); numbers as
    :mod:`kopdesk.services.savings.accounts` gives them (``SW-A-0001``, ``SB-A-0001-01``).
    """
    member_ids = {r.member_id for r, _ in wanted}
    numbers = dict(
        session.execute(select(Member.id, Member.number).where(Member.id.in_(member_ids))).all()
    )
    existing: dict[tuple[int, int], tuple[int, dt.date]] = {}
    slots: dict[tuple[int, int], int] = {}
    for acc_id, member_id, product_id, slot, opened in session.execute(
        select(
            SavingsAccount.id,
            SavingsAccount.member_id,
            SavingsAccount.product_id,
            SavingsAccount.slot,
            SavingsAccount.opened_on,
        ).where(SavingsAccount.member_id.in_(member_ids))
    ):
        key = (member_id, product_id)
        slots[key] = max(slots.get(key, 0), slot)
        if slot == 0:
            existing[key] = (acc_id, opened)
    new_rows: list[dict[str, object]] = []
    out_numbers: dict[tuple[int, str], str] = {}
    out: dict[tuple[int, str], int] = {}
    for r, p in wanted:
        assert r.member_id is not None
        key = (r.member_id, p.id)
        number = numbers[r.member_id]
        if p.kind is ProductKind.BERJANGKA:
            slot = slots.get(key, 0) + 1
            slots[key] = slot
            term = r.term_months or p.term_months
            row_data: dict[str, object] = {
                "number": f"{p.prefix}-{number}-{slot:02d}",
                "slot": slot,
                "rate_percent": str(p.rate_percent),
                "term_months": term,
                "maturity_date": r.maturity or add_months(on, term),
                "rollover": p.rollover,
            }
        elif key in existing:
            acc_id, opened = existing[key]
            out[(r.row, p.code)] = acc_id
            if move_opened_on and opened > on:
                # the opening balance is now its first movement
                account = session.get(SavingsAccount, acc_id)
                assert account is not None
                account.opened_on = on
            continue
        else:
            row_data = {
                "number": f"{p.prefix}-{number}",
                "slot": 0,
                "rate_percent": "0",
                "term_months": 0,
                "maturity_date": None,
                "rollover": False,
            }
        new_rows.append({**row_data, "member_id": r.member_id, "product_id": p.id, "opened_on": on})
        out_numbers[(r.row, p.code)] = str(row_data["number"])
    if new_rows:
        session.execute(insert(SavingsAccount), new_rows)
        ids = dict(
            session.execute(
                select(SavingsAccount.number, SavingsAccount.id).where(
                    SavingsAccount.number.in_(list(out_numbers.values()))
                )
            ).all()
        )
        out.update({key: ids[num] for key, num in out_numbers.items()})
    session.flush()
    return out


def _wanted(
    plan: SavingsPlan, products: Mapping[str, ProductInfo]
) -> list[tuple[PlanRow, ProductInfo]]:
    return [(r, products[c]) for r in plan.rows for c, a in r.amounts.items() if a > 0]


def _record_batch(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    *,
    on: dt.date,
    reference: str,
    entries: Sequence[str],
    extra: Mapping[str, object],
) -> ImportResult:
    rows = sum(1 for r in plan.rows if r.total > 0)
    batch = SavingsBatch(
        kind=plan.kind,
        date=on,
        reference=reference,
        rows=rows,
        total=plan.total,
        entries=",".join(entries),
        posted_by=actor.username,
        posted_at=clock.now(),
    )
    session.add(batch)
    session.flush()
    action = "savings.import_opening" if plan.kind == OPENING else "savings.import_payroll"
    audit.record(
        session,
        actor,
        action,
        reference[:100],
        after={
            "tanggal": on,
            "berkas": plan.file_name,
            "baris": rows,
            "jumlah": plan.total,
            **{f"jumlah_{code}": total for code, total in plan.totals().items()},
            "jurnal": entries[0] if len(entries) == 1 else f"{entries[0]} s.d. {entries[-1]}",
            "jumlah_jurnal": len(entries),
            **extra,
        },
    )
    return ImportResult(
        batch.id, plan.kind, on, reference, rows, plan.total, plan.totals(), tuple(entries)
    )


def commit_opening(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    reference: str = "",
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Post the opening balances of a plan without problems, all or nothing.

    Needs ``savings.manage``. Posts ONE journal entry dated the cut-over
    (source ``simpanan.saldo_awal``): a credit on each product's control account
    per member account (opened on the cut-over), a debit on 3901 for the total.
    Records a ``SavingsBatch`` (saldo_awal) and an audit record.
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    if plan.kind != OPENING or plan.date is None:
        raise DomainError("Rencana ini bukan impor saldo awal.")
    cutover = plan.date
    _recheck(session, plan, cutover)
    reference = " ".join(reference.split()) or plan.file_name
    products = {p.code: p for p in list_products(session)}
    wanted = _wanted(plan, products)
    accounts = _accounts(session, wanted, cutover, move_opened_on=True)
    lines = [
        LineInput(
            p.account_code,
            -r.amounts[p.code],
            member_id=r.member_id,
            savings_account_id=accounts[(r.row, p.code)],
        )
        for r, p in wanted
    ]
    lines.append(LineInput(OFFSET_ACCOUNT, plan.total, memo="Penyeimbang saldo awal simpanan"))
    entry = journal.post_business_entry(
        session,
        EntryInput(
            cutover,
            f"Saldo awal simpanan per {format_date_short(cutover)} ({reference})"[:500],
            lines,
            source=SOURCE_OPENING,
        ),
        actor=actor,
    )
    if progress is not None:
        progress(len(wanted), len(wanted))
    return _record_batch(
        session, actor, plan, on=cutover, reference=reference, entries=[entry.number], extra={}
    )


def commit_payroll(
    session: Session,
    actor: Actor,
    plan: SavingsPlan,
    *,
    on: dt.date,
    debit_account: str = PAYROLL_ACCOUNT,
    mode: str = "per_member",
    reference: str = "",
    again: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Post a payroll deduction list of a plan without problems, all or nothing.

    Needs ``savings.manage``. The employer's transfer comes into
    ``debit_account`` (bank 1111, or cash/bank 1101, 1102, 1112). ``mode``
    ``per_member``: one journal entry per member (debit the bank, credit each
    product); ``batch``: one entry with every member's lines and one debit for
    the total. Source ``simpanan.potong_gaji``. The same ``reference`` (default
    the file name) is refused a second time; so is the same list in the same month
    under another reference (:func:`same_list_posted`) unless ``again`` says the
    user confirmed it (recorded in the audit trail).
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    if plan.kind != PAYROLL:
        raise DomainError("Rencana ini bukan daftar potong gaji.")
    if mode not in MODES:
        raise ValidationError("mode", "Cara posting harus per anggota atau satu jurnal.")
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError("date", "Tanggal posting tidak valid.")
    debit = _debit_account(session, debit_account)
    reference = " ".join(reference.split()) or plan.file_name
    _refuse_repeated(session, reference)
    _recheck(session, plan, on)
    earlier = same_list_posted(session, plan, on)
    if earlier is not None and not again:
        raise DomainError(
            f"{earlier.describe()} Daftar yang sama tidak diposting dua kali tanpa konfirmasi."
        )
    products = {p.code: p for p in list_products(session)}
    wanted = _wanted(plan, products)
    accounts = _accounts(session, wanted, on)
    payers = [r for r in plan.rows if r.total > 0]

    def credits(r: PlanRow) -> list[LineInput]:
        return [
            LineInput(
                products[c].account_code,
                -a,
                member_id=r.member_id,
                savings_account_id=accounts[(r.row, c)],
            )
            for c, a in r.amounts.items()
            if a > 0
        ]

    entries: list[str] = []
    if mode == "batch":
        lines = [line for r in payers for line in credits(r)]
        lines.insert(0, LineInput(debit, plan.total, memo=f"Potong gaji {reference}"[:200]))
        text = f"Potong gaji {reference} ({len(payers)} anggota)"
        entries.append(_post(session, actor, on, text, lines).number)
    else:
        for index, r in enumerate(payers, start=1):
            lines = [LineInput(debit, r.total, member_id=r.member_id), *credits(r)]
            text = f"Potong gaji {reference}: {r.member_name} ({r.member_number})"
            entries.append(_post(session, actor, on, text, lines).number)
            if progress is not None and index % 50 == 0:
                progress(index, len(payers))
    if progress is not None:
        progress(len(payers), len(payers))
    extra: dict[str, object] = {"akun_debit": debit, "cara": mode}
    if earlier is not None:
        extra["diulang_dari"] = f"{earlier.reference} ({earlier.first_entry})"
    return _record_batch(
        session, actor, plan, on=on, reference=reference, entries=entries, extra=extra
    )


def _post(
    session: Session, actor: Actor, on: dt.date, text: str, lines: Sequence[LineInput]
) -> journal.EntryInfo:
    return journal.post_business_entry(
        session, EntryInput(on, text[:500], lines, source=SOURCE_PAYROLL), actor=actor
    )


def _debit_account(session: Session, code: str) -> str:
    code = code.strip()
    if code not in PAYMENT_ACCOUNTS:
        raise ValidationError(
            "account",
            f"Potongan gaji diterima di kas atau bank ({', '.join(PAYMENT_ACCOUNTS)}), "
            f"bukan {code}.",
        )
    active = session.execute(select(Account.active).where(Account.code == code)).scalar()
    if not active:
        raise ValidationError("account", f"Akun {code} tidak aktif.")
    return code


def _refuse_repeated(session: Session, reference: str) -> None:
    if not reference:
        raise ValidationError("reference", "Referensi daftar potong gaji wajib diisi.")
    earlier = session.execute(
        select(SavingsBatch).where(
            SavingsBatch.kind == PAYROLL,
            func.lower(SavingsBatch.reference) == reference.lower(),
        )
    ).scalar()
    if earlier is not None:
        first = earlier.entries.split(",")[0]
        raise DomainError(
            f"Daftar potong gaji '{reference}' sudah diimpor pada "
            f"{format_date_short(earlier.date)} oleh {earlier.posted_by} ({first}). "
            "Daftar yang sama tidak diimpor dua kali; bila ini daftar lain, beri referensi "
            "lain (misalnya nama bulannya)."
        )


@dataclass(frozen=True)
class EarlierList:
    """An earlier payroll import that credited the same members the same amounts
    in the same month: importing the list again would post it twice."""

    reference: str
    date: dt.date
    posted_by: str
    first_entry: str

    def describe(self) -> str:
        return (
            f"Daftar dengan anggota dan jumlah yang sama sudah diposting "
            f"{format_date_short(self.date)} dengan referensi '{self.reference}' oleh "
            f"{self.posted_by} ({self.first_entry})."
        )


def same_list_posted(session: Session, plan: SavingsPlan, on: dt.date) -> EarlierList | None:
    """The earlier payroll import in ``on``'s month that credited exactly the members
    of ``plan`` with exactly its amounts, or None.

    The reference alone does not catch a list imported again under another name.
    """
    wanted = {r.member_id: r.total for r in plan.rows if r.total > 0 and r.member_id is not None}
    if not wanted:
        return None
    first, last = month_bounds(f"{on:%Y-%m}")
    batches = session.execute(
        select(SavingsBatch)
        .where(
            SavingsBatch.kind == PAYROLL,
            SavingsBatch.date.between(first, last),
            SavingsBatch.total == sum(wanted.values()),
        )
        .order_by(SavingsBatch.id)
    ).scalars()
    for batch in batches:
        numbers = [n for n in batch.entries.split(",") if n]
        if numbers and _credited(session, numbers) == wanted:
            return EarlierList(batch.reference, batch.date, batch.posted_by, numbers[0])
    return None


def _credited(session: Session, numbers: Sequence[str]) -> dict[int, int]:
    """Rupiah credited to each member by the entries ``numbers``."""
    totals: dict[int, int] = {}
    for start in range(0, len(numbers), 500):
        rows = session.execute(
            select(JournalLine.member_id, func.sum(JournalLine.amount))
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(
                JournalEntry.number.in_(numbers[start : start + 500]),
                JournalLine.amount < 0,
                JournalLine.member_id.is_not(None),
            )
            .group_by(JournalLine.member_id)
        )
        for member_id, amount in rows:
            if member_id is not None:
                totals[member_id] = totals.get(member_id, 0) - int(amount)
    return totals


def imported_before(session: Session, reference: str) -> bool:
    """Whether a payroll list with this reference was imported already."""
    reference = " ".join(reference.split())
    try:
        _refuse_repeated(session, reference)
    except DomainError:
        return True
    except ValidationError:
        return False
    return False
