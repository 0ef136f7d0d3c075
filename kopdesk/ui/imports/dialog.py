"""The import dialog every sheet import is built on (members, savings opening
balances, payroll lists, loan opening balances): choose the file, match its
columns (:class:`ColumnDelegate` over the mapping table), check every row (a dry
run whose problems are shown before anything is written), then import all or
nothing in a worker thread after a "pra-impor" backup.

Reading, checking and writing run in a worker thread with a progress dialog, so
10,000 rows never freeze the window. A dialog says what is its own through a few
hooks: how to read the file, how to plan and commit, and how to show a plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import maintenance
from kopdesk.domain.changes import Changes
from kopdesk.domain.money import format_number
from kopdesk.errors import KopdeskError
from kopdesk.services.imports.base import RowError
from kopdesk.services.imports.sheets import Sheet
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import Report, run_in_worker
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.members.members_model import MappingModel

__all__ = [
    "ERROR_BACKGROUND",
    "WRAP_LIMIT",
    "ColumnDelegate",
    "SheetImportDialog",
    "example",
    "fit_rows",
    "rows_view",
    "totals_label",
]

Index = QModelIndex | QPersistentModelIndex
WRAP_LIMIT = 2000
"""More rows than this keep one line each (the full problem is the tooltip)."""
ERROR_BACKGROUND = QColor(253, 236, 238)
ERROR_STYLE = "color: #b00020;"


def example(value: object) -> str:
    """A cell of the file's first row, short enough for the mapping table."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


class ColumnDelegate(QStyledItemDelegate):
    """A list of the file's columns (and "not imported") for the mapping table."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, MappingModel)
        combo = QComboBox(parent)
        combo.addItem(model.not_imported(), "")
        for header in model.headers:
            combo.addItem(header, header)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.blockSignals(True)
        editor.setCurrentIndex(max(found, 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def rows_view(model: QAbstractItemModel, *, min_section: int) -> QTableView:
    """The table of checked rows: whole rows selected, long problems wrapped."""
    view = QTableView()
    view.setModel(model)
    setup_table(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(True)
    view.horizontalHeader().setMinimumSectionSize(min_section)
    return view


def fit_rows(view: QTableView, wrapped: int, width: int) -> None:
    """Columns as wide as their contents, column ``wrapped`` ``width`` wide with its
    text wrapped (row heights only for a readable number of rows)."""
    model = view.model()
    for column in range(model.columnCount()):
        if column != wrapped:
            view.resizeColumnToContents(column)
    view.setColumnWidth(wrapped, width)
    if model.rowCount() <= WRAP_LIMIT:
        view.resizeRowsToContents()


def totals_label() -> QLabel:
    """The line under the checked rows with the totals (rich text)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class CheckedPlan(Protocol):
    """What the dialog needs of a dry run's plan."""

    @property
    def ok(self) -> bool: ...


PlanT = TypeVar("PlanT", bound=CheckedPlan)
ResultT = TypeVar("ResultT")


class SheetImportDialog(QDialog, Generic[PlanT, ResultT]):
    """What every import dialog shares: file, columns, dry run, backup, import.

    Subclasses build the right-hand side (the checked rows), call :meth:`_layout`
    and fill in the hooks :meth:`_read_sheet`, :meth:`_auto_mapping`,
    :meth:`_working_label`,
    :meth:`_planner`, :meth:`_show_plan`, :meth:`_clear_plan`, :meth:`_committer`
    and :meth:`_done_message`.
    """

    COLUMN_WIDTH = 170
    """The mapping table's column of the file's columns."""
    LEFT_MIN_WIDTH: int | None = 360
    SPLIT = (380, 840)
    SIZE = (1240, 720)

    def __init__(self, ops: Ops, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.path: Path | None = None
        self.sheet: Sheet | None = None
        self.plan: PlanT | None = None
        self.imported: ResultT | None = None
        self.file_edit = QLineEdit()
        set_read_only(self.file_edit, True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping_model = self._new_mapping_model()
        self.mapping_model.dataChanged.connect(self._options_changed)
        self.mapping_view = self._mapping_view()
        self.summary = QLabel(self.tr("Choose a file, check the columns, then press Check."))
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

    def _new_mapping_model(self) -> MappingModel:
        """The mapping table's model: the import's fields, the file's columns."""
        return MappingModel(self)

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
        view.setColumnWidth(MappingModel.COLUMN, self.COLUMN_WIDTH)
        return view

    def _layout(
        self,
        *,
        columns_title: str,
        checked_title: str,
        checked: Sequence[QWidget],
        options: QWidget | None = None,
        file_buttons: Iterable[QWidget] = (),
    ) -> None:
        """File row, ``options``, columns beside the ``checked`` widgets (the first
        one stretches), then the summary and the buttons."""
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        for button in file_buttons:
            file_row.addWidget(button)
        left = QWidget()
        if self.LEFT_MIN_WIDTH is not None:
            left.setMinimumWidth(self.LEFT_MIN_WIDTH)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(columns_title))
        left_column.addWidget(self.mapping_view, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(QLabel(checked_title))
        for number, widget in enumerate(checked):
            right_column.addWidget(widget, 1 if number == 0 else 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        if self.LEFT_MIN_WIDTH is not None:
            splitter.setStretchFactor(1, 1)
        splitter.setSizes(list(self.SPLIT))
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        if options is not None:
            layout.addWidget(options)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(*self.SIZE)
        self._update_buttons()

    # --- the file --------------------------------------------------------------------

    def _choose_title(self) -> str:
        return self.windowTitle()

    def choose_file(self) -> None:
        path = printing.ask_open_path(
            self, self._choose_title(), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path is not None:
            self.load_file(path)

    def _read_sheet(self, path: Path) -> Sheet:
        """The file's sheet (runs in the worker thread)."""
        raise NotImplementedError

    def _auto_mapping(self, headers: Sequence[str]) -> dict[str, str]:
        """field -> the file's column, matched by the column names."""
        raise NotImplementedError

    def load_file(self, path: Path) -> bool:
        """Read the file's columns and match them to the fields."""
        label = self.tr("Reading {name}…").format(name=path.name)
        try:
            sheet = run_in_worker(self, label, lambda _report: self._read_sheet(path))
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        self.path, self.sheet = path, sheet
        self.file_edit.setText(str(path))
        first = sheet.rows[0][1] if sheet.rows else ()
        examples = {h: example(first[i]) for i, h in enumerate(sheet.headers) if i < len(first)}
        self.mapping_model.set_file(sheet.headers, examples, self._auto_mapping(sheet.headers))
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

    def _changed_text(self) -> str:
        return self.tr("Something changed: press Check again.")

    def _options_changed(self) -> None:
        if self.plan is not None:
            self._forget_plan()
            self.summary.setText(self._changed_text())

    def _forget_plan(self) -> None:
        self.plan = None
        self._clear_plan()
        self._update_buttons()

    def _clear_plan(self) -> None:
        """Empty the checked rows (the plan is gone)."""
        raise NotImplementedError

    # --- dry run and import ----------------------------------------------------------

    def _planner(self) -> Callable[[Session, Sheet, Report], PlanT]:
        """The dry run with the options as set now (read here, on the window thread)."""
        raise NotImplementedError

    def check(self) -> PlanT | None:
        """The dry run: every row checked, every problem shown; nothing is written."""
        sheet, path = self.sheet, self.path
        if sheet is None or path is None:
            return None
        make_plan = self._planner()

        def work(report: Report) -> PlanT:
            with self.ops.book.read() as s:
                return make_plan(s, sheet, report)

        label = self.tr("Checking {name}…").format(name=path.name)
        try:
            self.plan = run_in_worker(self, label, work)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self._show_plan(self.plan)
        self._update_buttons()
        return self.plan

    def _show_plan(self, plan: PlanT) -> None:
        """Show the checked rows and the summary of ``plan``."""
        raise NotImplementedError

    def _must_fix(self, errors: Sequence[RowError], rows: Iterable[int]) -> str:
        """The summary of a plan with ``errors``; those outside the data ``rows``
        (about the file as a whole) are spelled out, since no row shows them."""
        data_rows = set(rows)
        general = [e.message for e in errors if e.row not in data_rows]
        text = self.tr(
            "{errors} problems must be fixed first; nothing is imported until every row is right."
        ).format(errors=format_number(len(errors)))
        if general:
            text += " " + " ".join(general)
        return text

    def _show_summary_text(self, text: str, *, problems: bool) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if problems else "")

    def _update_buttons(self) -> None:
        has_file = self.sheet is not None
        self.check_button.setEnabled(has_file)
        ready = self.plan is not None and self.plan.ok
        self.import_button.setEnabled(ready)
        self._label_import_button(ready)
        self.import_button.setDefault(ready)
        self.check_button.setDefault(has_file and not ready)

    def _label_import_button(self, ready: bool) -> None:
        """Say on the import button what it imports (``ready``: a plan without problems)."""

    def _confirmed(self, plan: PlanT) -> bool:  # noqa: ARG002 (a hook for subclasses)
        """Whether the user wants ``plan`` imported (asked when something looks off)."""
        return True

    def _committer(self, plan: PlanT) -> Callable[[Session, Report], ResultT]:
        """The import with the options as set now (read here, on the window thread)."""
        raise NotImplementedError

    def _working_label(self, plan: PlanT) -> str:
        """The progress dialog's text while ``plan`` is imported."""
        raise NotImplementedError

    def _done_message(self, result: ResultT) -> str:
        raise NotImplementedError

    def run_import(self) -> ResultT | None:
        """Import the checked file, all or nothing, after a backup."""
        plan = self.plan
        if plan is None or not plan.ok or not self._confirmed(plan):
            return None
        if not self._backup_first():
            return None
        self.imported = self.ops.run_in_background(
            self, self._working_label(plan), self._committer(plan)
        )
        if self.imported is None:
            return None
        message = self._done_message(self.imported)
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
