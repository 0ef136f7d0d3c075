"""Savings from spreadsheets, the rows: what the opening-balance import (saldo awal)
and the payroll deduction list (potong gaji) read, the plan they make, and the
reader that turns each sheet row into a :class:`PlanRow`, collecting its problems.

The dry run is :mod:`kopdesk.services.imports.savings_plan`; the imports are
:mod:`kopdesk.services.imports.savings_openings` and
:mod:`kopdesk.services.imports.payroll`. Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from kopdesk.domain.money import format_rupiah
from kopdesk.domain.savings import ProductKind
from kopdesk.errors import ValidationError
from kopdesk.services.imports.base import (
    Columns,
    FieldSpec,
    MemberIndex,
    MemberRef,
    PlanTotals,
    RowError,
    cell_text,
    parse_amount,
    parse_cell_date,
    read_for,
)
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header
from kopdesk.services.savings.products import ProductInfo, list_products

__all__ = [
    "OPENING",
    "PAYROLL",
    "SOURCE_OPENING",
    "ImportResult",
    "PlanRow",
    "ProductTotal",
    "RowReader",
    "SavingsPlan",
    "import_fields",
    "read_file",
]

OPENING = "saldo_awal"
PAYROLL = "potong_gaji"
SOURCE_OPENING = "simpanan.saldo_awal"

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


def read_file(session: Session, kind: str, path: Path) -> Sheet:
    """The sheet of ``path``, its header row found by this import's column names."""
    return read_for(import_fields(session, kind), path)


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
class SavingsPlan(PlanTotals):
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


# --- reading the rows ----------------------------------------------------------------


def _parse_term(value: Cell, label: str) -> int | None:
    text = cell_text(value)
    if not text:
        return None
    if text.lower().endswith("bulan"):
        text = text[:-5].strip()
    if not text.isdigit() or not 1 <= int(text) <= 120:
        raise ValidationError(label, f"Jangka '{cell_text(value)}' harus 1–120 bulan.")
    return int(text)


class RowReader(Columns):
    """Turns a sheet row into a :class:`PlanRow`, collecting its problems."""

    def __init__(
        self,
        session: Session,
        kind: str,
        sheet: Sheet,
        mapping: Mapping[str, str],
        products: Mapping[str, ProductInfo],
    ) -> None:
        super().__init__(sheet, mapping)
        self.kind = kind
        self.products = products
        self.members = MemberIndex(session)
        self.seen: dict[int, int] = {}
        self.failed: set[int] = set()
        """Rows with a problem already (the book's rules are not checked for them)."""

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
        name = cell_text(self.cell("name", cells))
        return PlanRow(
            row_no,
            member.id if member else None,
            member.number if member else cell_text(self.cell("number", cells)),
            member.name if member else name,
            amounts,
            maturity,
            term,
        )

    def _member(
        self, row_no: int, cells: tuple[Cell, ...], errors: list[RowError]
    ) -> MemberRef | None:
        number = cell_text(self.cell("number", cells)).upper()
        nik = cell_text(self.cell("nik", cells))
        column = self.column("number" if number or "nik" not in self.mapping else "nik", "NIK")
        member = self.members.find(
            row_no,
            number,
            nik,
            column=column,
            nik_column=self.column("nik", "NIK"),
            problems=errors,
        )
        if member is None:
            return None
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
        member: MemberRef | None,
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
    total: int, member: MemberRef, products: Mapping[str, ProductInfo]
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
