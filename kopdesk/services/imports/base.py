"""The sheet importer every import is built on: members, savings opening balances,
payroll deduction lists and loan opening balances.

Each import runs the same steps, and the shared ones live here once:

1. read the sheet within the limits of :mod:`kopdesk.services.imports.sheets`,
   its header row found by the import's column names (:func:`read_for`);
2. map the file's columns to the import's fields by header synonyms
   (:class:`FieldSpec`, :func:`auto_mapping`, :func:`with_overrides`,
   :func:`check_mapping`);
3. a dry run that reads every row (:func:`read_rows`, :class:`Columns`,
   :class:`MemberIndex`, the cell parsers) and lists **every** problem as a
   :class:`RowError` with its row and column;
4. the import refuses a plan with problems (:func:`refuse_problems`) and one the
   book has moved past since the dry run (:func:`refuse_moved`), then writes in
   bulk with SQLAlchemy Core (:func:`ids_by_number` finds what it inserted).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kopdesk.domain.dates import MONTHS_ID, format_date_short, parse_date
from kopdesk.domain.money import format_rupiah, parse_rupiah
from kopdesk.errors import DomainError, PeriodClosedError, ValidationError
from kopdesk.models import FiscalYear, Member
from kopdesk.services.imports.sheets import Cell, Sheet, normalize_header, read_sheet
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.guards import MAX_AMOUNT

__all__ = [
    "Columns",
    "FieldSpec",
    "MappedSheet",
    "MemberIndex",
    "MemberRef",
    "PlanTotals",
    "Progress",
    "RowError",
    "auto_mapping",
    "cell_text",
    "check_mapping",
    "closed_date_error",
    "default_cutover",
    "ids_by_number",
    "known_headers",
    "map_sheet",
    "member_column",
    "missing_member_column",
    "parse_amount",
    "parse_cell_date",
    "read_for",
    "read_rows",
    "refuse_moved",
    "refuse_problems",
    "unmapped",
    "with_overrides",
]

Progress = Callable[[int, int], None]
"""Called with (rows done, rows in all) while a long import runs."""

T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    row: int
    """The row number as shown in Excel."""
    column: str
    message: str

    def __str__(self) -> str:
        return f"Baris {self.row}, kolom {self.column}: {self.message}"


class PlanTotals:
    """What a dry run's plan with totals per product says of itself (mixed into
    the frozen plan dataclasses, which give :meth:`totals` and ``errors``)."""

    errors: tuple[RowError, ...]

    def totals(self) -> dict[str, int]:
        """Rupiah per product code."""
        raise NotImplementedError

    @property
    def ok(self) -> bool:
        """No problem, and something to import."""
        return not self.errors and self.total > 0

    @property
    def total(self) -> int:
        return sum(self.totals().values())

    @property
    def error_rows(self) -> frozenset[int]:
        return frozenset(e.row for e in self.errors)


# --- the columns -----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """One thing the importer reads: its label (in errors) and the headers it matches."""

    label: str
    spellings: tuple[str, ...]
    product: bool = False


def known_headers(fields: Mapping[str, FieldSpec]) -> list[str]:
    """Every header spelling of ``fields`` (to find the header row by)."""
    return [s for spec in fields.values() for s in spec.spellings]


def read_for(fields: Mapping[str, FieldSpec], path: Path) -> Sheet:
    """The sheet of ``path``, its header row found by the column names of ``fields``."""
    return read_sheet(path, known_headers(fields))


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


def check_mapping(
    fields: Collection[str], used: Mapping[str, str], headers: Sequence[str], file_name: str
) -> None:
    """Refuse (``ValidationError``) a mapping to an unknown field or a missing column."""
    for name, label in used.items():
        if name not in fields:
            raise ValidationError("mapping", f"Kolom tujuan '{name}' tidak dikenal.")
        if label not in headers:
            raise ValidationError("mapping", f"Kolom '{label}' tidak ada di berkas {file_name}.")


def unmapped(headers: Sequence[str], used: Mapping[str, str]) -> tuple[str, ...]:
    """The file's columns no field reads (ignored)."""
    return tuple(h for h in headers if h not in used.values())


@dataclass(frozen=True)
class MappedSheet:
    """A sheet read for a dry run with the mapping it is read by."""

    sheet: Sheet
    file_name: str
    mapping: dict[str, str]
    """field -> column label in the file."""
    unmapped: tuple[str, ...]
    """Columns of the file that no field reads (ignored)."""


def map_sheet(
    fields: Mapping[str, FieldSpec],
    source: Path | Sheet,
    mapping: Mapping[str, str] | None,
    *,
    file_name: str = "",
) -> MappedSheet:
    """``source`` (a file, read by :func:`read_for`, or a sheet read already) with
    ``mapping``, or the automatic one; a file's name is the default ``file_name``.
    Refuses (``ValidationError``) a mapping that does not fit."""
    if isinstance(source, Path):
        sheet = read_for(fields, source)
        file_name = file_name or source.name
    else:
        sheet = source
    used = dict(mapping) if mapping else auto_mapping(fields, sheet.headers)
    check_mapping(fields, used, sheet.headers, file_name)
    return MappedSheet(sheet, file_name, used, unmapped(sheet.headers, used))


def member_column(mapping: Mapping[str, str], default: str) -> str:
    """The column that names the member: the number's, else the NIK's."""
    return mapping.get("number", mapping.get("nik", default))


def missing_member_column(used: Mapping[str, str], header_row: int, label: str) -> list[RowError]:
    """The header problem of a file with neither a member number nor a NIK column."""
    if "number" in used or "nik" in used:
        return []
    return [
        RowError(
            header_row,
            label,
            "Kolom No. Anggota (atau NIK) tidak ditemukan; atur pemetaan kolom.",
        )
    ]


class Columns:
    """A sheet's cells by field name, through the mapping."""

    def __init__(self, sheet: Sheet, mapping: Mapping[str, str]) -> None:
        self.sheet = sheet
        self.mapping = mapping

    def cell(self, name: str, cells: tuple[Cell, ...]) -> Cell:
        label = self.mapping.get(name)
        return None if label is None else cells[self.sheet.headers.index(label)]


def read_rows(
    sheet: Sheet, progress: Progress | None, read: Callable[[int, tuple[Cell, ...]], T | None]
) -> list[T]:
    """``read`` of every data row that gives something, progress every 100 rows.

    The caller reports the end (after whatever it checks once the rows are read).
    """
    out: list[T] = []
    total = len(sheet.rows)
    for index, (row_no, cells) in enumerate(sheet.rows, start=1):
        if progress is not None and index % 100 == 0:
            progress(index, total)
        row = read(row_no, cells)
        if row is not None:
            out.append(row)
    return out


# --- the cells -------------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """A cell as text: whole numbers without ``.0``, spaces collapsed."""
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


def parse_cell_date(value: Cell, label: str) -> dt.date | None:
    """Dates as Excel gives them: date cells, serial numbers, or text in
    ``31-12-1990``, ``31/12/1990``, ``1990-12-31`` or ``31 Desember 1990``."""
    if value is None or str(value).strip() == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 80000:
            return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
        raise ValidationError(label, f"{label} tidak terbaca: {value}.")
    text = " ".join(str(value).split())
    words = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", text)
    if words:
        months = {m.lower(): i for i, m in enumerate(MONTHS_ID, start=1)}
        months.update({m.lower()[:3]: i for i, m in enumerate(MONTHS_ID, start=1)})
        month = months.get(words.group(2).lower())
        if month:
            try:
                return dt.date(int(words.group(3)), month, int(words.group(1)))
            except ValueError:
                pass
        raise ValidationError(label, f"{label} tidak terbaca: '{text}'.")
    try:
        return parse_date(text, field=label)
    except ValidationError as exc:
        raise ValidationError(label, f"{label} tidak terbaca: '{text}'. {exc.message}") from exc


# --- the members -----------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRef:
    id: int
    number: str
    nik: str
    name: str
    status: str
    join_date: dt.date
    member_class: str


class MemberIndex:
    """Every member of the book by number (upper case) and by NIK, read once."""

    def __init__(self, session: Session) -> None:
        self.by_number: dict[str, MemberRef] = {}
        self.by_nik: dict[str, MemberRef] = {}
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
            ref = MemberRef(*row)
            self.by_number[ref.number.upper()] = ref
            self.by_nik[ref.nik] = ref

    def find(
        self,
        row_no: int,
        number: str,
        nik: str,
        *,
        column: str,
        nik_column: str,
        problems: list[RowError],
    ) -> MemberRef | None:
        """The member a row names by ``number`` (upper case) or else ``nik``; a
        problem for an empty or unknown one, and for a NIK of someone else."""
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
                    nik_column,
                    f"NIK {nik} bukan NIK anggota {member.number} ({member.name}).",
                )
            )
        return member


# --- the book --------------------------------------------------------------------------


def default_cutover(session: Session) -> dt.date:
    """The first day of the earliest open fiscal year."""
    start = session.execute(
        select(func.min(FiscalYear.start_date)).where(FiscalYear.status == "open")
    ).scalar()
    if start is None:
        raise PeriodClosedError("Tidak ada tahun buku yang terbuka; buka tahun buku dulu.")
    return start


def closed_date_error(
    session: Session, on: dt.date, header_row: int, column: str, what: str
) -> RowError | None:
    """The header problem of a date outside the open years (``what``: "saldo awal")."""
    try:
        journal.open_year_for(session, on)
    except PeriodClosedError as exc:
        return RowError(
            header_row, column, f"Tanggal {what} {format_date_short(on)}: {exc.message}"
        )
    return None


def refuse_problems(errors: Sequence[RowError]) -> None:
    """Refuse (``DomainError``) to import a plan with problems."""
    if errors:
        raise DomainError(
            f"Impor dibatalkan: ada {len(errors)} masalah di berkas. Perbaiki semuanya "
            "dulu; tidak ada yang disimpan."
        )


def refuse_moved(again: Sequence[RowError]) -> None:
    """Refuse (``DomainError``) a plan the book has moved past since the dry run:
    ``again`` holds the problems the rows have now."""
    if again:
        listed = "; ".join(f"baris {e.row}: {e.message}" for e in again[:3])
        raise DomainError(
            f"Buku berubah sejak pemeriksaan: {listed}. Periksa ulang berkasnya; "
            "tidak ada yang disimpan."
        )


def ids_by_number(
    session: Session,
    number: InstrumentedAttribute[str],
    id_: InstrumentedAttribute[int],
    numbers: Sequence[str],
) -> dict[str, int]:
    """number -> id of rows just inserted in bulk (asked 500 at a time)."""
    out: dict[str, int] = {}
    for chunk in range(0, len(numbers), 500):
        wanted = list(numbers[chunk : chunk + 500])
        rows: Any = session.execute(select(number, id_).where(number.in_(wanted)))
        out.update((n, i) for n, i in rows)
    return out
