"""A health assessment as a spreadsheet: CSV (``aspect,indicator,numerator,
denominator,ratio,nilai,score,weight``, one row an indicator) and an Excel workbook
(the same rows with the aspects' subtotals and the composite; numbers are numbers).

Text is written so a spreadsheet shows it and never runs it: a name that starts like
a formula (``=``, ``+``, ``@`` …) gets the usual apostrophe in the CSV and Excel's
quote prefix in the workbook. Numbers are written plainly (``24.18``, never
``2.418E+1``); a ratio over zero is an empty cell. Nothing is added up here: the
subtotals come from :func:`kopdesk.domain.papers.health.aspect_totals`."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kopdesk.domain.health import Assessment, Indicator
from kopdesk.domain.papers.health import CSV_COLUMNS, aspect_totals
from kopdesk.domain.text import csv_text, looks_like_formula, strip_control

__all__ = [
    "CSV_COLUMNS",
    "health_csv",
    "health_workbook",
    "write_health_csv",
    "write_health_xlsx",
]

RATIO_FORMAT = "0.00"
AMOUNT_FORMAT = "#,##0"


def _name(indicator: Indicator) -> str:
    return f"{indicator.code} {indicator.name}".strip()


def _cell(text: str) -> str:
    return csv_text(strip_control(text)).replace("\r\n", "\n").replace("\r", "\n")


def _plain(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def health_csv(assessment: Assessment) -> bytes:
    """UTF-8 CSV like kopdesk's other CSV files, the header row :data:`CSV_COLUMNS`, a
    row per indicator and a last row: aspect ``Komposit``, indicator the predicate,
    score the composite, weight 100."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for i in assessment.indicators:
        writer.writerow(
            (
                _cell(i.aspect),
                _cell(_name(i)),
                i.numerator,
                i.denominator,
                _plain(i.ratio),
                _plain(i.nilai),
                _plain(i.score),
                _plain(i.weight),
            )
        )
    predicate = assessment.predicate.value if assessment.predicate is not None else ""
    writer.writerow(("Komposit", predicate, "", "", "", "", _plain(assessment.composite), 100))
    return buffer.getvalue().encode("utf-8")


def health_workbook(assessment: Assessment) -> bytes:
    """One sheet ``Penilaian``: title lines, the :data:`CSV_COLUMNS` rows, each
    aspect's subtotal and the composite with the predicate."""
    book = Workbook()
    for blank in list(book.worksheets):
        book.remove(blank)
    sheet = book.create_sheet("Penilaian")
    sheet.append([f"Penilaian kesehatan koperasi tahun buku {assessment.year}"])
    sheet.append([assessment.scheme.label, f"per {assessment.as_of.isoformat()}"])
    sheet.append([])
    sheet.append(list(CSV_COLUMNS))
    sheet["A1"].font = Font(bold=True, size=12)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for i in assessment.indicators:
        row = sheet.max_row + 1
        for col, text in ((1, i.aspect), (2, _name(i))):
            cell = sheet.cell(row, col)
            cell.value = strip_control(text)
            cell.data_type = "s"
            cell.quotePrefix = looks_like_formula(text)
        sheet.cell(row, 3, i.numerator).number_format = AMOUNT_FORMAT
        sheet.cell(row, 4, i.denominator).number_format = AMOUNT_FORMAT
        if i.ratio is not None:
            sheet.cell(row, 5, float(i.ratio)).number_format = RATIO_FORMAT
        for col, value in ((6, i.nilai), (7, i.score), (8, i.weight)):
            sheet.cell(row, col, float(value)).number_format = RATIO_FORMAT
    sheet.append([])
    for total in aspect_totals(assessment):
        row = sheet.max_row + 1
        label = sheet.cell(row, 1)
        label.value = strip_control(f"Jumlah aspek {total.aspect}")
        label.data_type = "s"
        label.quotePrefix = looks_like_formula(total.aspect)
        sheet.cell(row, 7, float(total.score)).number_format = RATIO_FORMAT
        sheet.cell(row, 8, float(total.weight)).number_format = RATIO_FORMAT
    row = sheet.max_row + 1
    sheet.cell(row, 1, "Skor komposit").font = Font(bold=True)
    composite = sheet.cell(row, 7, float(assessment.composite))
    composite.number_format = RATIO_FORMAT
    composite.font = Font(bold=True)
    predicate = assessment.predicate.value if assessment.predicate is not None else "-"
    sheet.cell(row, 2, predicate).font = Font(bold=True)
    for letter, width in zip("ABCDEFGH", (28, 60, 16, 16, 10, 10, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_health_csv(assessment: Assessment, path: Path | str) -> None:
    """Write :func:`health_csv` to ``path`` (replacing it)."""
    Path(path).write_bytes(health_csv(assessment))


def write_health_xlsx(assessment: Assessment, path: Path | str) -> None:
    """Write :func:`health_workbook` to ``path`` (replacing it)."""
    Path(path).write_bytes(health_workbook(assessment))
