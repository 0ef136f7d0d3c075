"""Loans outstanding at the cut-over (saldo awal pinjaman) from Excel. Choose the
file, match its columns, set the cut-over, check every row (a dry run that shows
each loan with its problems in red and its warnings in amber, and the totals per
product), then import all or nothing after a backup. Reading, checking and posting
run in a worker thread, so a long list never freezes the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import maintenance
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.errors import KopdeskError
from kopdesk.services.imports import base, loans_openings, loans_plan, loans_rows
from kopdesk.services.imports.base import RowError
from kopdesk.services.imports.loans_rows import ImportResult, LoanPlan
from kopdesk.services.imports.sheets import Sheet
from kopdesk.ui.imports.members_dialog import ColumnDelegate, _example
from kopdesk.ui.imports.savings_dialog import ERROR_BACKGROUND, WRAP_LIMIT, FieldMappingModel
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Changes, Ops
from kopdesk.ui.kit.progress import Report, run_in_worker
from kopdesk.ui.kit.widgets import LEFT, RIGHT, DateField, setup_table
from kopdesk.ui.members.members_model import ERROR_COLOR, MappingModel

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = QColor(122, 77, 0)
WARNING_BACKGROUND = QColor(255, 244, 214)


class LoanRowsModel(QAbstractTableModel):
    """Row | Member no. | Name | Remaining | Check | Product | Principal | Disbursed |
    Months | Interest | Paid | By schedule: one line per loan of the file, rows with
    a problem in red and rows with a warning in amber. What the book gets (the
    remaining principal) and the check come early, seen without scrolling."""

    ROW, MEMBER, NAME, REMAINING, CHECK, PRODUCT, PRINCIPAL, DISBURSED = range(8)
    TENOR, RATE, PAID, SCHEDULED = range(8, 12)
    _RIGHT = frozenset({ROW, PRINCIPAL, TENOR, PAID, REMAINING, SCHEDULED})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: LoanPlan | None = None
        self.names: dict[str, str] = {}
        self.problems: dict[int, list[RowError]] = {}
        self.warnings: dict[int, list[RowError]] = {}

    def set_plan(self, plan: LoanPlan | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.names = dict(names)
        self.problems, self.warnings = {}, {}
        for error in plan.errors if plan else ():
            self.problems.setdefault(error.row, []).append(error)
        for warning in plan.warnings if plan else ():
            self.warnings.setdefault(warning.row, []).append(warning)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 12

    def check_text(self, row: int) -> str:
        listed = self.problems.get(row) or self.warnings.get(row) or []
        return " ".join(
            self.tr("{column}: {message}").format(column=e.column, message=e.message)
            for e in listed
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        r = self.plan.rows[index.row()]
        column, bad, warned = index.column(), r.row in self.problems, r.row in self.warnings
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR if bad else (WARNING_COLOR if warned else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if bad else (WARNING_BACKGROUND if warned else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self._RIGHT else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.check_text(r.row) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.CHECK:
            return self.check_text(r.row) or self.tr("Fine")
        values: dict[int, str] = {
            self.ROW: str(r.row),
            self.MEMBER: r.member_number,
            self.NAME: r.member_name,
            self.PRODUCT: self.names.get(r.product_code, r.product_code),
            self.PRINCIPAL: format_number(r.principal) if r.principal else "",
            self.DISBURSED: format_date_short(r.disbursed_on) if r.disbursed_on else "",
            self.TENOR: str(r.tenor) if r.tenor else "",
            self.RATE: loans_rows.percent_label(r),
            self.PAID: str(r.paid_count),
            self.REMAINING: format_number(r.remaining) if r.remaining else "",
            self.SCHEDULED: (
                format_number(r.scheduled_remaining) if r.scheduled_remaining is not None else ""
            ),
        }
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self._RIGHT else LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Row"),
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Remaining"),
            self.tr("Check"),
            self.tr("Product"),
            self.tr("Principal"),
            self.tr("Disbursed"),
            self.tr("Months"),
            self.tr("Interest"),
            self.tr("Paid"),
            self.tr("By schedule"),
        )[section]


class LoanOpeningDialog(QDialog):
    """Saldo awal pinjaman: one row per loan, at the cut-over."""

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Import outstanding loans (opening balances)"))
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.plan: LoanPlan | None = None
        self.imported: ImportResult | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping_model = FieldMappingModel(self)
        self.mapping_model.set_fields(loans_rows.FIELDS)
        self.mapping_model.dataChanged.connect(self._options_changed)
        self.mapping_view = self._mapping_view()
        self.rows_model = LoanRowsModel(self)
        self.rows_view = self._rows_view()
        self.product_names = self._product_names()
        start = cutover or self.ops.read(self, base.default_cutover)
        self.cutover = DateField(start)
        self.cutover.dateChanged.connect(self._options_changed)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        self.summary = QLabel(self.tr("Choose a file, check the columns, then press Check."))
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._layout()

    def _product_names(self) -> dict[str, str]:
        from kopdesk.services.loans.core import list_products

        def query(s: Session) -> dict[str, str]:
            return {p.code: p.name for p in list_products(s)}

        return self.ops.read(self, query) or {}

    def _mapping_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.mapping_model)
        setup_table(view)
        view.setItemDelegateForColumn(MappingModel.COLUMN, ColumnDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(MappingModel.COLUMN, 172)
        return view

    def _rows_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.rows_model)
        setup_table(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(True)
        view.horizontalHeader().setMinimumSectionSize(40)
        return view

    def _fit_rows(self) -> None:
        """Columns as wide as their contents, the check text wrapped in the rest."""
        view, model = self.rows_view, self.rows_model
        for column in range(model.columnCount()):
            if column != model.CHECK:
                view.resizeColumnToContents(column)
        view.setColumnWidth(model.CHECK, 320)
        if model.rowCount() <= WRAP_LIMIT:
            view.resizeRowsToContents()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        date_row = QHBoxLayout()
        date_row.addWidget(self.cutover)
        note = QLabel(
            self.tr(
                "One journal entry on this date: each loan's remaining principal on its "
                "product's receivable account against 3901 Opening balance equity. "
                "Installments paid before this date are recorded as paid."
            )
        )
        note.setWordWrap(True)
        date_row.addWidget(note, 1)
        form.addRow(self.tr("Loans outstanding as of (cut-over)"), date_row)
        left = QWidget()
        left.setMinimumWidth(360)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(self.tr("1. Columns")))
        left_column.addWidget(self.mapping_view, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(
            QLabel(self.tr("2. Loans checked (problems in red, warnings in amber)"))
        )
        right_column.addWidget(self.rows_view, 1)
        right_column.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 900])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(options)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1320, 740)
        self._update_buttons()

    # --- the file --------------------------------------------------------------------

    def choose_file(self) -> None:
        path = printing.ask_open_path(
            self, self.windowTitle(), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Read the file's columns and match them to the fields."""
        try:
            sheet = run_in_worker(
                self,
                self.tr("Reading {name}…").format(name=path.name),
                lambda _report: loans_rows.read_file(path),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        self.path, self.sheet = path, sheet
        self.file_edit.setText(str(path))
        first = sheet.rows[0][1] if sheet.rows else ()
        examples = {h: _example(first[i]) for i, h in enumerate(sheet.headers) if i < len(first)}
        mapping = base.auto_mapping(loans_rows.FIELDS, sheet.headers)
        self.mapping_model.set_file(sheet.headers, examples, mapping)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(
                self.mapping_model.index(row, MappingModel.COLUMN)
            )
        self._forget_plan()
        self.summary.setText(
            self.tr(
                "{count} rows with data in {name}. Check the columns, then press Check."
            ).format(count=format_number(len(sheet.rows)), name=path.name)
        )
        return True

    def _options_changed(self) -> None:
        if self.plan is not None:
            self._forget_plan()
            self.summary.setText(self.tr("Something changed: press Check again."))

    def _forget_plan(self) -> None:
        self.plan = None
        self.rows_model.set_plan(None, self.product_names)
        self.totals.setText("")
        self.summary.setStyleSheet("")
        self._update_buttons()

    # --- dry run and import ----------------------------------------------------------

    def _planner(self) -> Callable[[Session, Sheet, Report], LoanPlan]:
        cutover, mapping = self.cutover.value(), dict(self.mapping_model.mapping)
        name = self.path.name if self.path else ""

        def make(session: Session, sheet: Sheet, report: Report) -> LoanPlan:
            return loans_plan.plan_opening(
                session, sheet, cutover, mapping, file_name=name, progress=report
            )

        return make

    def check(self) -> LoanPlan | None:
        """The dry run: every row checked, every problem shown; nothing is written."""
        sheet, path = self.sheet, self.path
        if sheet is None or path is None:
            return None
        make_plan = self._planner()

        def work(report: Report) -> LoanPlan:
            with self.ops.book.read() as s:
                return make_plan(s, sheet, report)

        label = self.tr("Checking {name}…").format(name=path.name)
        try:
            self.plan = run_in_worker(self, label, work)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.rows_model.set_plan(self.plan, self.product_names)
        self._fit_rows()
        self._show_summary(self.plan)
        self._update_buttons()
        return self.plan

    def _show_summary(self, plan: LoanPlan) -> None:
        parts = [
            self.tr("{name}: <b>{amount}</b> ({count} loans)").format(
                name=p.name, amount=format_rupiah(p.remaining), count=format_number(p.count)
            )
            for p in plan.products
        ]
        parts.append(
            self.tr("Remaining principal in total: <b>{amount}</b>").format(
                amount=format_rupiah(plan.total)
            )
        )
        self.totals.setText(" · ".join(parts))
        data_rows = {r.row for r in plan.rows}
        general = [e.message for e in plan.errors if e.row not in data_rows]
        if plan.errors:
            text = self.tr(
                "{errors} problems must be fixed first; nothing is imported until every "
                "row is right."
            ).format(errors=format_number(len(plan.errors)))
            if general:
                text += " " + " ".join(general)
        elif plan.ok:
            text = self.tr("All loans can be imported: {count}.").format(
                count=format_number(len(plan.rows))
            )
            if plan.warnings:
                text += " " + self.tr(
                    "{count} warnings (in amber): look at them before you import."
                ).format(count=format_number(len(plan.warnings)))
        else:
            text = self.tr("The file has no loans to import.")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if plan.errors else "")

    def _update_buttons(self) -> None:
        has_file = self.sheet is not None
        self.check_button.setEnabled(has_file)
        ready = self.plan is not None and self.plan.ok
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.check_button.setDefault(has_file and not ready)

    def run_import(self) -> ImportResult | None:
        """Record the checked loans, all or nothing, after a backup."""
        plan = self.plan
        if plan is None or not plan.ok or not self._backup_first():
            return None
        actor = self.ops.actor

        def commit(session: Session, report: Report) -> ImportResult:
            return loans_openings.commit_opening(
                session, actor, plan, plan.file_name, progress=report
            )

        self.imported = self.ops.run_in_background(
            self,
            self.tr("Posting {amount}…").format(amount=format_rupiah(plan.total)),
            commit,
            Changes(journal=True),
        )
        if self.imported is None:
            return None
        numbers = self.imported.loans
        message = self.tr(
            "{count} loans ({numbers}), remaining principal {amount}, posted on {date} ({entry})."
        ).format(
            count=format_number(len(numbers)),
            numbers=numbers[0] if len(numbers) == 1 else f"{numbers[0]} – {numbers[-1]}",
            amount=format_rupiah(self.imported.total),
            date=format_date_short(self.imported.date),
            entry=self.imported.entry,
        )
        self.ops.status_message.emit(message)
        messages.inform(self, self.tr("Import finished"), message)
        self.accept()
        return self.imported

    def _backup_first(self) -> bool:
        """A "pra-impor" backup before the import commits (the way back if it was wrong)."""
        book = self.ops.book
        try:
            result = run_in_worker(
                self,
                self.tr("Backing up the book before the import…"),
                lambda _r: maintenance.before_risky(book, "impor"),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        if result is not None:
            self.ops.changes_applied.emit(Changes(backups=True))
        return True

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent, cutover=cutover)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported
