"""Reading and writing the treasurer's spreadsheets (.xlsx and .csv).

Reading returns raw cell values with their row numbers as the treasurer sees
them in Excel, so every import can name the row and column of each problem.
Every file may be hostile (corrupt, huge once unpacked, odd encoding): it is
read within the limits below or refused in one Indonesian line. Writing puts
text in text cells, so a member named ``=HYPERLINK(...)`` stays a name.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.domain.money import format_number, plain_decimal
from kopdesk.domain.text import csv_text, csv_unescape, looks_like_formula, strip_control
from kopdesk.errors import KopdeskError, StorageError, ValidationError

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as SheetCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Cell = str | int | float | dt.date | dt.datetime | bool | None
HEADER_SCAN_ROWS = 10

# Limits on what a user's file may make kopdesk read. A real member list of
# 10,000 rows is about 1 MB as .xlsx (15 MB unpacked) and 2 MB as .csv.
MAX_FILE_BYTES = 20 * 2**20
MAX_UNPACKED_BYTES = 100 * 2**20
MAX_PARTS = 1_000
"""Parts (files) inside an .xlsx zip."""
MAX_ROWS = 50_000
"""Rows with data, counted as Excel numbers them."""
MAX_COLUMNS = 100
MAX_CELL_CHARS = 1_000
EXCEL_LAST_ROW = 1_048_576


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
    The file may be hostile: it is read within the limits above, in bounded
    memory, and control characters are dropped from its text. Raises
    ``StorageError`` for a file that cannot be read and ``ValidationError``
    for one beyond the limits, each in one Indonesian line.
    """
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        reader = _read_xlsx
    elif suffix == ".csv":
        reader = _read_csv
    else:
        raise ValidationError("file", "Berkas harus .xlsx atau .csv (simpan ulang dari Excel).")
    _check_size(path)
    numbered = reader(path)
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


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StorageError(f"Berkas {path.name} tidak dapat dibaca ({exc.strerror}).") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            "file",
            f"Berkas {path.name} terlalu besar ({size / 2**20:.0f} MB); kopdesk membaca berkas "
            f"sampai {MAX_FILE_BYTES // 2**20} MB. Bagi data menjadi beberapa berkas.",
        )


def _column_letter(column: int) -> str:
    """``1`` → ``A``, ``101`` → ``CW`` (as Excel names columns)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _collect(name: str, rows: Iterable[Sequence[Cell]]) -> list[tuple[int, tuple[Cell, ...]]]:
    """The filled rows of ``rows`` with their numbers, trailing empty cells cut off.

    Refuses (``ValidationError``) filled rows past :data:`MAX_ROWS`, cells past
    :data:`MAX_COLUMNS` and text longer than :data:`MAX_CELL_CHARS`.
    """
    kept: list[tuple[int, tuple[Cell, ...]]] = []
    for number, row in enumerate(rows, start=1):
        if number > EXCEL_LAST_ROW:
            raise ValidationError(
                "file", f"Berkas {name} melewati baris terakhir Excel; simpan ulang dari Excel."
            )
        width = len(row)
        while width and not _filled(row[width - 1]):
            width -= 1
        if not width:
            continue
        if number > MAX_ROWS:
            raise ValidationError(
                "file",
                f"Berkas {name} berisi data sampai baris {format_number(number)} atau lebih; "
                f"kopdesk membaca paling banyak {format_number(MAX_ROWS)} baris. "
                "Bagi data menjadi beberapa berkas.",
            )
        if width > MAX_COLUMNS:
            raise ValidationError(
                "file",
                f"Berkas {name} berisi data di kolom {_column_letter(width)} (baris {number}); "
                f"kopdesk membaca paling banyak {MAX_COLUMNS} kolom. Hapus kolom yang tidak "
                "dipakai lalu simpan ulang.",
            )
        for column, value in enumerate(row[:width], start=1):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise _cell_too_long(name, number, _column_letter(column))
        kept.append((number, tuple(row[:width])))
    return kept


def _cell_too_long(name: str, row: int, column: str) -> ValidationError:
    where = f"Baris {row}, kolom {column}" if column else f"Baris {row}"
    return ValidationError(
        "file",
        f"{where} berkas {name}: isi sel lebih dari {format_number(MAX_CELL_CHARS)} karakter; "
        "perbaiki sel itu lalu simpan ulang.",
    )


def _unreadable_xlsx(path: Path) -> StorageError:
    return StorageError(
        f"Berkas {path.name} tidak dapat dibaca sebagai .xlsx (rusak, terpotong, atau bukan "
        "berkas Excel); buka di Excel lalu simpan ulang sebagai Buku Kerja Excel (.xlsx)."
    )


def _check_zip(path: Path) -> None:
    """An .xlsx is a zip: refuse one that is none, or that unpacks to too much.

    Python's zip reader stops each part at its declared size (a part that lies
    fails its checksum), so checking the declared sizes bounds what is unpacked.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except Exception as exc:  # a hostile zip may fail in any way; none is a kopdesk bug
        raise _unreadable_xlsx(path) from exc
    unpacked = sum(part.file_size for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
        raise ValidationError(
            "file",
            f"Berkas {path.name} terlalu besar setelah dibuka ({unpacked / 2**20:.0f} MB); "
            f"kopdesk membaca .xlsx sampai {MAX_UNPACKED_BYTES // 2**20} MB isi. Salin datanya "
            "saja ke buku kerja baru lalu simpan ulang.",
        )


def _read_xlsx(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    """The first worksheet, read once in openpyxl's read-only mode.

    The sheet's declared size is ignored (a 5 KB file may declare A1:XFD1048576);
    rows are read as they are stored. openpyxl parses the XML with defusedxml,
    which refuses entity tricks (billion laughs). Any failure of the parser on a
    hostile file is reported as an unreadable file.
    """
    from openpyxl import load_workbook

    _check_zip(path)
    # openpyxl leaves its zip open when loading fails; this stream is closed regardless.
    with path.open("rb") as stream:
        try:
            book = load_workbook(stream, read_only=True, data_only=True)
        except Exception as exc:  # see _check_zip
            raise _unreadable_xlsx(path) from exc
        try:
            return _first_sheet(path, book.worksheets[0])
        except KopdeskError:
            raise
        except Exception as exc:  # see _check_zip
            raise _unreadable_xlsx(path) from exc
        finally:
            book.close()


def _first_sheet(path: Path, sheet: object) -> list[tuple[int, tuple[Cell, ...]]]:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    if not isinstance(sheet, ReadOnlyWorksheet):
        raise _unreadable_xlsx(path)
    sheet.reset_dimensions()
    # types-openpyxl types iter_rows for the ordinary Worksheet only
    rows = sheet.iter_rows(values_only=True)  # type: ignore[misc]
    try:
        return _collect(path.name, ([_cell(v) for v in row] for row in rows))
    finally:
        rows.close()  # its open worksheet stream, when a limit stopped the reading


def _cell(value: object) -> Cell:
    """Plain Python values: rich text, decimals and formulas become text or numbers;
    control characters are dropped from text."""
    if isinstance(value, str):
        return strip_control(value)
    if value is None or isinstance(value, int | float | dt.date | bool):
        return value
    return strip_control(str(value))


def _read_csv(path: Path) -> list[tuple[int, tuple[Cell, ...]]]:
    """A CSV in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode Text") or
    Windows-1252, separated by commas, semicolons or tabs."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"Berkas {path.name} tidak dapat dibaca ({exc.strerror}).") from exc
    text = _decode(path.name, data)
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=sample.count)
    reader = csv.reader(_lines(path.name, text), delimiter=delimiter)
    rows = ([csv_unescape(strip_control(c)) for c in row] for row in reader)
    try:
        return _collect(path.name, rows)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise _cell_too_long(path.name, reader.line_num, "") from exc
        raise ValidationError(
            "file",
            f"Baris {reader.line_num} berkas {path.name} tidak dapat dibaca sebagai CSV; "
            "buka di Excel lalu simpan ulang sebagai CSV UTF-8.",
        ) from exc


def _lines(name: str, text: str) -> Iterator[str]:
    """The lines of ``text``, refusing one longer than a row within the limits can
    be (before the csv module builds a row of millions of empty cells)."""
    longest = MAX_COLUMNS * (MAX_CELL_CHARS + 3)
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > longest:
            raise ValidationError(
                "file",
                f"Baris {number} berkas {name} terlalu panjang (lebih dari "
                f"{format_number(longest)} karakter); periksa berkas itu di Excel.",
            )
        yield line


def _decode(name: str, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        "file",
        f"Berkas {name} bukan teks UTF-8, UTF-16 atau Windows-1252; di Excel simpan ulang "
        "sebagai 'CSV UTF-8 (Comma delimited)'.",
    )


def write_xlsx(headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, title: str) -> bytes:
    """An .xlsx workbook with one sheet; ID numbers are written as text.

    Text is always a text cell (a name like ``=HYPERLINK(...)`` is shown, never
    run; it also gets Excel's quote prefix so editing the cell keeps it text);
    characters a workbook cannot hold are dropped. Numbers stay numbers.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    header = [_text_cell(sheet, h) for h in headers]
    for cell in header:
        cell.font = Font(bold=True)
    sheet.append(header)
    for row in rows:
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_cell(sheet: WriteOnlyWorksheet, text: str) -> SheetCell:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=strip_control(text))
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def csv_row(row: Iterable[object]) -> list[object]:
    """A row for a CSV a spreadsheet will open: text that looks like a formula gets
    the usual leading apostrophe, control characters are dropped, numbers stay
    numbers (a ``Decimal`` written plainly: ``10``, never ``1E+1``).

    A carriage return inside text becomes a line feed: Python's writer quotes only
    the line terminator's characters, and a bare CR would end the row in Excel.
    """
    return [_csv_cell(v) if isinstance(v, str) else plain_decimal(v) for v in row]


def _csv_cell(text: str) -> str:
    return csv_text(strip_control(text)).replace("\r\n", "\n").replace("\r", "\n")


def write_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """CSV bytes (UTF-8 with BOM, as Excel expects) with text written as text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(csv_row(headers))
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
