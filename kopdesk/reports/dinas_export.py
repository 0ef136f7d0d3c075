"""The Dinas / ODS annual data as a spreadsheet: an .xlsx workbook and a .csv file.

The workbook has two sheets: "Data Tahunan" (one row per field: key, Indonesian
label, value, note; numbers are number cells) and "Laporan Periodik" (the Laporan
Posisi Keuangan and PHU of each quarter and semester, one row per line: period,
statement, code, name, amount). The CSV is the annual sheet's rows with the
columns :data:`CSV_COLUMNS` (the label as ``field``). Text is always text: anything a
spreadsheet would run as a formula gets the quote prefix (xlsx) or a leading
apostrophe (csv). Nothing is added up here.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kopdesk.domain.papers.dinas import DinasData
from kopdesk.domain.text import csv_text, looks_like_formula, strip_control

__all__ = ["ANNUAL_SHEET", "CSV_COLUMNS", "PERIODIC_SHEET", "dinas_csv", "dinas_workbook"]

ANNUAL_SHEET = "Data Tahunan"
PERIODIC_SHEET = "Laporan Periodik"
CSV_COLUMNS = ("field", "value")
NUMBER_FORMAT = '#,##0;(#,##0);"0"'
BOLD = Font(bold=True)


def _text(sheet: Worksheet, row: int, col: int, text: str) -> None:
    cell = sheet.cell(row, col)
    cell.value = strip_control(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True


def _value(sheet: Worksheet, row: int, col: int, value: int | str) -> None:
    if isinstance(value, int):
        sheet.cell(row, col, value).number_format = NUMBER_FORMAT
    else:
        _text(sheet, row, col, value)


def _header(sheet: Worksheet, labels: tuple[str, ...], widths: tuple[float, ...]) -> None:
    for col, (label, width) in enumerate(zip(labels, widths, strict=True), start=1):
        _text(sheet, 1, col, label)
        sheet.cell(1, col).font = BOLD
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"


def dinas_workbook(data: DinasData) -> bytes:
    """The .xlsx bytes of ``data`` (two sheets, see the module)."""
    book = Workbook()
    annual = book.active
    assert annual is not None
    annual.title = ANNUAL_SHEET
    _header(annual, ("Kode", "Uraian", "Nilai", "Keterangan"), (26, 46, 22, 52))
    for row, field in enumerate(data.fields(), start=2):
        _text(annual, row, 1, field.key)
        _text(annual, row, 2, field.label)
        _value(annual, row, 3, field.value)
        if field.note:
            _text(annual, row, 4, field.note)
            annual.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
    periodic = book.create_sheet(PERIODIC_SHEET)
    _header(periodic, ("Periode", "Laporan", "Kode", "Uraian", "Jumlah"), (30, 34, 22, 50, 20))
    row = 1
    for statement in data.statements:
        for line in statement.lines:
            if line.is_heading:
                continue
            row += 1
            _text(periodic, row, 1, statement.period.label)
            _text(periodic, row, 2, statement.title.capitalize())
            _text(periodic, row, 3, line.code)
            _text(periodic, row, 4, line.name)
            _value(periodic, row, 5, line.amount)
            if line.is_total:
                periodic.cell(row, 4).font = BOLD
                periodic.cell(row, 5).font = BOLD
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv_cell(value: int | str) -> int | str:
    if isinstance(value, int):
        return value
    text = csv_text(strip_control(value))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def dinas_csv(data: DinasData) -> bytes:
    """The annual data as UTF-8 CSV (``field,value``: the Indonesian label and the
    value), numbers plain. The notes and the periodic statements are in the workbook."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for field in data.fields():
        writer.writerow([_csv_cell(field.label), _csv_cell(field.value)])
    return buffer.getvalue().encode("utf-8")
