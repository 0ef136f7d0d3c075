"""Reading and writing the treasurer's spreadsheets (.xlsx and .csv).

Reading returns raw cell values with their row numbers as the treasurer sees
them in Excel, so every import can name the row and column of each problem.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kopdesk.domain.money import csv_cell
from kopdesk.errors import StorageError, ValidationError

Cell = str | int | float | dt.date | dt.datetime | bool | None
HEADER_SCAN_ROWS = 10


@dataclass(frozen=True)
class Sheet:
    """A table read from a file: the header row's labels and the data rows.

    ``rows`` holds (row number as shown in Excel, cells) for non-empty rows.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    header_row: int


def normalize_header(text: object) -> str:
    """``' No. Anggota: '`` → ``no anggota`` (for matching column names)."""
    clean = re.sub(r"[^\w/]+", " ", str(text or "").lower())
    return " ".join(clean.split())


def read_sheet(path: Path, known_headers: Iterable[str] = ()) -> Sheet:
    """Read the first worksheet of an .xlsx file or a .csv file.

    The header row is the one among the first rows that matches most of
    ``known_headers`` (a title or merged group header above it is skipped).
    Raises ``StorageError`` for a file that cannot be read.
    """
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    elif suffix == ".csv":
        raw = _read_csv(path)
    else:
        raise ValidationError("file", "Berkas harus .xlsx atau .csv (simpan ulang dari Excel).")
    numbered = [(i, row) for i, row in enumerate(raw, start=1) if any(_filled(c) for c in row)]
    if not numbered:
        raise ValidationError("file", f"Berkas {path.name} kosong.")
    known = {normalize_header(h) for h in known_headers}
    candidates = numbered[:HEADER_SCAN_ROWS]
    header_at, header = max(
        candidates,
        key=lambda item: (sum(normalize_header(c) in known for c in item[1]), -item[0]),
    )
    width = max(len(row) for _, row in numbered)
    labels = tuple(
        str(header[i]).strip() if i < len(header) and _filled(header[i]) else f"Kolom {i + 1}"
        for i in range(width)
    )
    rows = tuple(
        (n, tuple(row) + (None,) * (width - len(row))) for n, row in numbered if n > header_at
    )
    return Sheet(labels, rows, header_at)


def _filled(value: Cell) -> bool:
    return value is not None and str(value).strip() != ""


def _read_xlsx(path: Path) -> list[tuple[Cell, ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError) as exc:
        raise StorageError(
            f"Berkas {path.name} tidak dapat dibaca sebagai .xlsx; buka di Excel lalu simpan ulang."
        ) from exc
    try:
        sheet = book.worksheets[0]
        return [tuple(_cell(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell(value: object) -> Cell:
    """Plain Python values: rich text, decimals and formulas become text or numbers."""
    if value is None or isinstance(value, str | int | float | dt.date | bool):
        return value
    return str(value)


def _read_csv(path: Path) -> list[tuple[Cell, ...]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"Berkas {path.name} tidak dapat dibaca ({exc.strerror}).") from exc
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def write_xlsx(headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, title: str) -> bytes:
    """An .xlsx workbook with one sheet; ID numbers are written as text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.append([_bold(book, h, Font) for h in headers])
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _bold(book: object, text: str, font: type) -> object:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(book.worksheets[0], value=text)  # type: ignore[attr-defined]
    cell.font = font(bold=True)
    return cell


def write_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([csv_cell(x) for x in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
