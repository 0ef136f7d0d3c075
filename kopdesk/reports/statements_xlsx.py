"""Financial statements as an Excel workbook: one sheet per statement.

Amounts are numbers (integer rupiah) with the thousands format ``#,##0`` (Excel
shows ``1.250.000`` with Indonesian regional settings), negatives in parentheses
and zero as ``-``; headings and totals are bold. Nothing is added up here: every
total is a figure of the DTO, not a formula, so the sheet shows what the PDF shows.
Text is always a text cell, never a formula (an account named ``=...`` stays a name).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kopdesk.domain.papers.statements import EquityStatement, FinancialStatements, Notes, Statement
from kopdesk.domain.text import looks_like_formula, strip_control
from kopdesk.reports.statements import KINDS, UNIT

__all__ = ["NUMBER_FORMAT", "SHEET_NAMES", "statements_workbook"]

NUMBER_FORMAT = '#,##0;(#,##0);"-"'
SHEET_NAMES = {
    "posisi-keuangan": "Posisi Keuangan",
    "hasil-usaha": "Hasil Usaha",
    "perubahan-ekuitas": "Perubahan Ekuitas",
    "arus-kas": "Arus Kas",
    "catatan": "Catatan",
}
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
RULE = Border(top=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")


def statements_workbook(fs: FinancialStatements, which: Collection[str] | None = None) -> bytes:
    """The statements named in ``which`` (``kopdesk.reports.statements.KINDS``;
    default all five) as .xlsx bytes, one sheet each in the regulation's order."""
    wanted = [k for k in KINDS if which is None or k in which]
    if not wanted or set(which or ()) - set(KINDS):
        raise ValueError(f"unknown statements: {sorted(set(which or ()) - set(KINDS))}")
    book = Workbook()
    for blank in list(book.worksheets):
        book.remove(blank)
    for kind in wanted:
        sheet = book.create_sheet(SHEET_NAMES[kind])
        if kind == "perubahan-ekuitas":
            _equity_sheet(sheet, fs, fs.equity)
        elif kind == "catatan":
            _notes_sheet(sheet, fs, fs.notes)
        else:
            statement = {"posisi-keuangan": fs.balance_sheet, "hasil-usaha": fs.income,
                         "arus-kas": fs.cash_flow}[kind]  # fmt: skip
            _statement_sheet(sheet, fs, statement)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _title(sheet: Worksheet, fs: FinancialStatements, title: str, subtitle: str) -> int:
    """Cooperative, title, period and unit in the first rows; returns the next row."""
    _text(sheet, 1, 1, fs.header.coop_name).font = BOLD
    _text(sheet, 2, 1, title).font = TITLE
    _text(sheet, 3, 1, subtitle)
    _text(sheet, 4, 1, UNIT)
    return 6


def _header(sheet: Worksheet, row: int, labels: Sequence[str]) -> None:
    for col, label in enumerate(labels, start=1):
        cell = _text(sheet, row, col, label)
        cell.font = BOLD
        cell.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
        cell.border = Border(bottom=Side(style="thin"))


def _text(sheet: Worksheet, row: int, col: int, text: str) -> Cell | MergedCell:
    """A text cell that stays text: a name like ``=HYPERLINK(...)`` is shown, never
    run (Excel's quote prefix keeps it so when edited); control characters,
    which a workbook cannot hold, are dropped."""
    cell = sheet.cell(row, col)
    cell.value = strip_control(text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def _amount(sheet: Worksheet, row: int, col: int, value: int, *, bold: bool = False) -> None:
    cell = sheet.cell(row, col, value)
    cell.number_format = NUMBER_FORMAT
    if bold:
        cell.font = BOLD


def _widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width


def _statement_sheet(sheet: Worksheet, fs: FinancialStatements, st: Statement) -> None:
    """Kode | Uraian | Catatan | this period | comparative."""
    row = _title(sheet, fs, st.title, st.subtitle)
    _header(sheet, row, ("Kode", "Uraian", "Catatan", *st.columns))
    sheet.freeze_panes = f"A{row + 1}"
    for ln in st.lines:
        row += 1
        bold = ln.is_heading or ln.is_total
        if ln.is_account:
            _text(sheet, row, 1, ln.code)
        name = _text(sheet, row, 2, ln.name)
        name.alignment = Alignment(indent=max(ln.level - 1, 0) * 2)
        if bold:
            name.font = BOLD
        if ln.note:
            _text(sheet, row, 3, ln.note).alignment = Alignment(horizontal="center")
        if not ln.is_heading:
            _amount(sheet, row, 4, ln.amount, bold=bold)
            _amount(sheet, row, 5, ln.prior, bold=bold)
        if ln.is_total:
            for col in range(2, 6):
                sheet.cell(row, col).border = RULE
    _widths(sheet, (8, 52, 9, 19, 19))


def _equity_sheet(sheet: Worksheet, fs: FinancialStatements, eq: EquityStatement) -> None:
    """Uraian | one column per equity group | Jumlah; the comparative block first."""
    row = _title(sheet, fs, eq.title, eq.subtitle)
    labels = ["Uraian", *(c.label for c in eq.columns), "Jumlah"]
    _header(sheet, row, labels)
    sheet.row_dimensions[row].height = 30
    for block in (eq.prior, eq.current):
        for item in block.rows:
            row += 1
            label = _text(sheet, row, 1, item.label)
            if item.is_balance:
                label.font = BOLD
            for col, value in enumerate((*item.amounts, item.total), start=2):
                _amount(sheet, row, col, value, bold=item.is_balance)
                if item.key == "saldo_akhir":
                    sheet.cell(row, col).border = RULE
        row += 1
    _widths(sheet, (44, *([16] * (len(labels) - 1))))


def _notes_sheet(sheet: Worksheet, fs: FinancialStatements, notes: Notes) -> None:
    """General information, the policies (text), then each note's table."""
    row = _title(sheet, fs, notes.title, notes.subtitle)
    _text(sheet, row, 1, "1. Umum").font = BOLD
    for key, text in notes.general:
        row += 1
        _text(sheet, row, 1, key)
        _text(sheet, row, 2, text)
    row += 2
    _text(sheet, row, 1, "2. Ikhtisar kebijakan akuntansi").font = BOLD
    for policy in notes.policies:
        row += 1
        _text(sheet, row, 1, f"{policy.number} {policy.title}").font = BOLD
        for text in policy.text:
            row += 1
            cell = _text(sheet, row, 1, text)
            cell.alignment = WRAP
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
            sheet.row_dimensions[row].height = 15 * (1 + len(text) // 110)
    for table in notes.tables:
        row += 2
        number = table.number if "." in table.number else f"{table.number}."
        _text(sheet, row, 1, f"{number} {table.title}").font = BOLD
        for text in table.text:
            row += 1
            _text(sheet, row, 1, text)
        if table.columns and table.rows:
            row += 1
            _header(sheet, row, ("Uraian", *table.columns))
            for item in table.rows:
                row += 1
                head = _text(sheet, row, 1, item.label)
                if item.is_total:
                    head.font = BOLD
                for col, figure in enumerate(item.values, start=2):
                    _amount(sheet, row, col, figure, bold=item.is_total)
    _widths(sheet, (46, 19, 19, 19, 19, 19))
