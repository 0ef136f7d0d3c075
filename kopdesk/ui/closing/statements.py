"""Laporan keuangan: the five SAK EP statements of any period, previewed and printed.

:class:`StatementsPanel` chooses a fiscal year, a period (the year, a semester,
a quarter or a month) and a statement — Posisi Keuangan, Perhitungan Hasil
Usaha, Perubahan Ekuitas, Arus Kas or Catatan — and previews it as the
``kopdesk.services.closing.statements`` service builds it: this period and the same
period a year earlier side by side, totals bold, lines indented by level,
negative amounts in parentheses. "Print PDF…" prints the statement shown, "Print
all…" the five in one paper (``kopdesk.app.papers``), "Save Excel…" writes the five
as one workbook (``kopdesk.reports.statements_xlsx``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.dates import MONTHS_ID
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.statements import (
    INTERIM_NOTE,
    EquityStatement,
    Notes,
    NoteTable,
    Period,
    Statement,
)
from kopdesk.domain.permissions import Permission
from kopdesk.services.closing import equity, statements
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.closing.year import YearCombo, last_closed, table_view
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.widgets import bold, today

INDENT = "\u2003"
"""An em space: one level of indentation in the preview."""
ROMAN = ("I", "II", "III", "IV")
KINDS = ("year", "semester", "quarter", "month")

Preview = Statement | EquityStatement | Notes
Build = Callable[[Session, Period], Preview]
Paper = Callable[..., bytes]


def amount_text(amount: int) -> str:
    """``1.250.000``; negative ``(1.250.000)``; zero ``–`` (as printed statements show)."""
    if amount == 0:
        return "–"
    text = format_number(abs(amount))
    return f"({text})" if amount < 0 else text


def statement_kinds() -> list[tuple[str, str, Build, Paper]]:
    """(key, title, service function, PDF function) of each statement."""
    return [
        (
            "posisi-keuangan",
            QCoreApplication.translate("StatementsPanel", "Statement of financial position"),
            statements.balance_sheet,
            documents.balance_sheet_pdf,
        ),
        (
            "hasil-usaha",
            QCoreApplication.translate("StatementsPanel", "Statement of operating results (PHU)"),
            statements.income_statement,
            documents.income_statement_pdf,
        ),
        (
            "perubahan-ekuitas",
            QCoreApplication.translate("StatementsPanel", "Statement of changes in equity"),
            statements.equity_changes,
            documents.equity_changes_pdf,
        ),
        (
            "arus-kas",
            QCoreApplication.translate("StatementsPanel", "Statement of cash flows"),
            statements.cash_flow,
            documents.cash_flow_pdf,
        ),
        (
            "catatan",
            QCoreApplication.translate("StatementsPanel", "Notes"),
            statements.notes,
            documents.notes_pdf,
        ),
    ]


class StatementModel(TextTableModel):
    """Line | note | this period | comparative; totals and headings bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        self.set_headers(
            (
                self.tr("Description"),
                self.tr("Note"),
                "",
                "",
            )
        )
        self.columns = ("", "")

    def set_statement(self, statement: Statement | None) -> None:
        self.columns = statement.columns if statement else ("", "")
        rows: list[tuple[str, ...]] = []
        strong: set[int] = set()
        for line in statement.lines if statement else ():
            if line.is_total or line.is_heading:
                strong.add(len(rows))
            shown = not line.is_heading
            rows.append(
                (
                    INDENT * line.level + line.name,
                    line.note,
                    amount_text(line.amount) if shown else "",
                    amount_text(line.prior) if shown else "",
                )
            )
        self.set_rows(rows, strong)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 2, 3)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and section in (2, 3)
        ):
            return self.columns[section - 2]
        return super().headerData(section, orientation, role)


class EquityModel(TextTableModel):
    """The equity matrix: the comparative block, then this period's, one column per group."""

    GROUPS = len(equity.EQUITY_COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset(range(1, self.GROUPS + 2)), parent)
        self.set_headers(
            (
                self.tr("Description"),
                *([""] * self.GROUPS),
                self.tr("Total"),
            )
        )
        self.labels: list[str] = [""] * self.GROUPS

    def set_statement(self, statement: EquityStatement | None) -> None:
        columns = statement.columns if statement else ()
        rows_all = (
            [r for b in (statement.prior, statement.current) for r in b.rows] if statement else []
        )
        # a column that is empty in both years (often "penghasilan komprehensif lain" of a
        # KSP) is left out of the preview; the printed statement shows it
        self.labels = [
            two_lines(c.label) if any(r.amounts[n] for r in rows_all) else ""
            for n, c in enumerate(columns[: self.GROUPS])
        ]
        self.labels += [""] * (self.GROUPS - len(self.labels))
        rows: list[tuple[str, ...]] = []
        strong: set[int] = set()
        blank = ("",) * (self.GROUPS + 1)
        for block in (statement.prior, statement.current) if statement else ():
            strong.add(len(rows))
            rows.append((block.period.label, *blank))
            for row in block.rows:
                if row.is_balance:
                    strong.add(len(rows))
                amounts = [amount_text(a) for a in row.amounts[: self.GROUPS]]
                amounts += [""] * (self.GROUPS - len(amounts))
                rows.append((INDENT + row.label, *amounts, amount_text(row.total)))
        self.set_rows(rows, strong)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, self.GROUPS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 1 <= section <= self.GROUPS
        ):
            return self.labels[section - 1]
        return super().headerData(section, orientation, role)


def two_lines(text: str, width: int = 10) -> str:
    """A long column title on two lines, broken at the space nearest the middle."""
    if len(text) <= width or " " not in text:
        return text
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def notes_html(notes: Notes) -> str:
    """The CaLK as simple HTML for the preview (the PDF is the paper)."""
    out = []
    if notes.general:
        out.append("<table cellspacing='0' cellpadding='2'>")
        out += [
            f"<tr><td>{html.escape(k)}</td><td>&nbsp;:&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in notes.general
        ]
        out.append("</table>")
    for note in (*notes.policies, *notes.tables):
        out.append(_note_html(note))
    return "".join(out)


def _note_html(note: NoteTable) -> str:
    title = f"{note.number}. {note.title}" if note.number else note.title
    out = [f"<h4>{html.escape(title)}</h4>"]
    out += [f"<p>{html.escape(text)}</p>" for text in note.text]
    if note.rows:
        out.append("<table border='0' cellspacing='0' cellpadding='3'><tr><th></th>")
        out += [f"<th align='right'>{html.escape(c)}</th>" for c in note.columns]
        out.append("</tr>")
        for row in note.rows:
            weight = " style='font-weight:bold'" if row.is_total else ""
            label = "&emsp;" * row.level + html.escape(row.label)
            cells = "".join(f"<td align='right'>{amount_text(v)}</td>" for v in row.values)
            out.append(f"<tr{weight}><td>{label}</td>{cells}</tr>")
        out.append("</table>")
    return "".join(out)


class StatementsPanel(QWidget):
    """Year, period, statement; the preview; print and export."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.kinds = statement_kinds()
        self.period: Period | None = None
        self.shown: Preview | None = None
        self.year_combo = YearCombo()
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.kind_combo = QComboBox()
        for key, label in zip(
            KINDS,
            (
                self.tr("Year"),
                self.tr("Semester"),
                self.tr("Quarter"),
                self.tr("Month"),
            ),
            strict=True,
        ):
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.number_combo = QComboBox()
        self.number_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.number_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.statement_combo = QComboBox()
        for key, title, _build, _pdf in self.kinds:
            self.statement_combo.addItem(title, key)
        self.statement_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.pdf_button = QPushButton(self.tr("Print PDF…"))
        self.pdf_button.clicked.connect(self.print_pdf)
        self.all_button = QPushButton(self.tr("Print all…"))
        self.all_button.setToolTip(self.tr("The five statements of the period in one PDF"))
        self.all_button.clicked.connect(self.print_all)
        self.xlsx_button = QPushButton(self.tr("Save Excel…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        printable = ops.can(Permission.REPORTS_PRINT)
        self.pdf_button.setEnabled(printable)
        self.xlsx_button.setEnabled(printable)
        self.all_button.setEnabled(printable)
        self.title_label = QLabel()
        self.title_label.setFont(bold(self.font()))
        self.title_label.setWordWrap(True)
        self.statement_model = StatementModel(self)
        self.statement_view = table_view(self.statement_model, 0)
        self.equity_model = EquityModel(self)
        # the equity matrix is wide: every column as wide as its contents
        self.equity_view = table_view(self.equity_model, 0)
        self.equity_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.equity_view.horizontalHeader().setStretchLastSection(True)
        self.notes_view = QTextBrowser()
        self.stack = QStackedWidget()
        for widget in (self.statement_view, self.equity_view, self.notes_view):
            self.stack.addWidget(widget)
        self._lay_out()
        self._kind_changed(load=False)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year")))
        bar.addWidget(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.number_combo)
        bar.addSpacing(12)
        bar.addWidget(self.statement_combo)
        bar.addStretch(1)
        title = QHBoxLayout()
        title.addWidget(self.title_label, 1)
        title.addWidget(self.pdf_button)
        title.addWidget(self.all_button)
        title.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(title)
        layout.addWidget(self.stack, 1)

    # --- choosing -------------------------------------------------------------------

    def refresh(self) -> None:
        years = self.ops.read(self, list_fiscal_years) or []
        self.year_combo.set_years(years, last_closed(years))
        self._kind_changed()

    def _year_changed(self) -> None:
        self._kind_changed()

    def _kind_changed(self, *, load: bool = True) -> None:
        """Fill the numbers of the period kind (semesters I–II, quarters I–IV, months)."""
        kind = str(self.kind_combo.currentData())
        keep = self.number_combo.currentData()
        self.number_combo.blockSignals(True)
        self.number_combo.clear()
        info = self.year_combo.info()
        if kind == "semester":
            for n in (1, 2):
                self.number_combo.addItem(ROMAN[n - 1], n)
        elif kind == "quarter":
            for n in (1, 2, 3, 4):
                self.number_combo.addItem(ROMAN[n - 1], n)
        elif kind == "month":
            first = info.start_date.month if info else 1
            for k in range(12):
                month = (first - 1 + k) % 12 + 1
                self.number_combo.addItem(MONTHS_ID[month - 1], month)
        else:
            self.number_combo.addItem("", 1)
        index = self.number_combo.findData(keep)
        self.number_combo.setCurrentIndex(max(index, 0))
        self.number_combo.setVisible(kind != "year")
        self.number_combo.blockSignals(False)
        if load:
            self.load()

    def statement_key(self) -> str:
        return str(self.statement_combo.currentData())

    def _build(self) -> Build:
        key = self.statement_key()
        return next(build for k, _t, build, _p in self.kinds if k == key)

    # --- preview --------------------------------------------------------------------

    def load(self) -> Preview | None:
        """Read the chosen statement of the chosen period and show it."""
        year = self.year_combo.year()
        kind, number = str(self.kind_combo.currentData()), int(self.number_combo.currentData() or 1)
        build = self._build()
        found: tuple[Period, Preview] | None = None
        on = today()
        if year is not None:

            def read(session: Session) -> tuple[Period, Preview]:
                period = statements.period_of(session, year, kind, number, as_of=on)
                return period, build(session, period)

            found = self.ops.read(self, read)
        self.period, self.shown = found if found else (None, None)
        self._show(self.shown)
        return self.shown

    def _show(self, shown: Preview | None) -> None:
        self.statement_model.set_statement(shown if isinstance(shown, Statement) else None)
        self.equity_model.set_statement(shown if isinstance(shown, EquityStatement) else None)
        self.notes_view.setHtml(notes_html(shown) if isinstance(shown, Notes) else "")
        for column, label in enumerate(self.equity_model.labels, start=1):
            self.equity_view.setColumnHidden(column, not label)
        if isinstance(shown, EquityStatement):
            self.stack.setCurrentWidget(self.equity_view)
        elif isinstance(shown, Notes):
            self.stack.setCurrentWidget(self.notes_view)
        else:
            self.stack.setCurrentWidget(self.statement_view)
        title = f"{shown.title} — {shown.subtitle}" if shown else ""
        if shown is not None and shown.period.interim:
            title += f"  ·  <span style='color:#b00020'><b>{INTERIM_NOTE}</b></span>"
        self.title_label.setText(title)
        for button in (self.pdf_button, self.all_button, self.xlsx_button):
            button.setEnabled(shown is not None and self.ops.can(Permission.REPORTS_PRINT))

    # --- printing -------------------------------------------------------------------

    def _period_stem(self) -> str:
        period = self.period
        return period.label.lower().replace(" ", "-") if period else "periode"

    def print_pdf(self) -> None:
        key, period = self.statement_key(), self.period
        make = next(pdf for k, _t, _b, pdf in self.kinds if k == key)
        if period is None or not self.ops.can(Permission.REPORTS_PRINT):
            return
        save_document(
            self,
            self.ops,
            f"{self.statement_key()}-{self._period_stem()}.pdf",
            lambda: make(self.ops.book, period, actor=self.ops.actor),
        )

    def print_all(self) -> None:
        """The five statements of the period in one signed paper."""
        period = self.period
        if period is None or not self.ops.can(Permission.REPORTS_PRINT):
            return
        save_document(
            self,
            self.ops,
            f"laporan-keuangan-{self._period_stem()}.pdf",
            lambda: documents.financial_statements_pdf(self.ops.book, period, actor=self.ops.actor),
        )

    def save_xlsx(self) -> None:
        period = self.period
        if period is None or not self.ops.can(Permission.REPORTS_PRINT):
            return

        def make() -> bytes:
            from kopdesk.reports.statements_xlsx import statements_workbook  # loads openpyxl

            with self.ops.book.read() as session:
                return statements_workbook(statements.all_statements(session, period))

        save_document(
            self,
            self.ops,
            f"laporan-keuangan-{self._period_stem()}.xlsx",
            make,
            pattern=self.tr("Excel workbooks (*.xlsx)"),
        )
