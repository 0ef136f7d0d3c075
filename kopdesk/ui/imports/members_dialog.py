"""Importing the member list from Excel: choose the file, match its columns,
check every row (a dry run that lists every problem), then import all or nothing.

Reading, checking and writing run in a worker thread with a progress dialog,
so 10,000 rows never freeze the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
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

from kopdesk.app import maintenance
from kopdesk.domain.money import format_number
from kopdesk.errors import KopdeskError
from kopdesk.services.imports.members import (
    FIELDS,
    ImportPlan,
    ImportResult,
    auto_mapping,
    commit_import,
    plan_import,
    template_xlsx,
)
from kopdesk.services.imports.sheets import Sheet, read_sheet
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Changes, Ops
from kopdesk.ui.kit.progress import Report, run_in_worker
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.members.members_model import MappingModel, ProblemsModel

Index = QModelIndex | QPersistentModelIndex
WRAP_LIMIT = 2000
"""More problems than this keep one line each (the full text is the tooltip)."""
KNOWN_HEADERS = [s for _, spellings in FIELDS.values() for s in spellings]


def _example(value: object) -> str:
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


class WrapDelegate(QStyledItemDelegate):
    """Word-wrapped text whose height leaves room for the cells' padding
    (the style sheet's padding is not counted by Qt's own size hint)."""

    PADDING = 20

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, _option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(self.view.columnWidth(index.column()) - self.PADDING, 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        rect = self.view.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(width, rect.height() + 10)


class ImportDialog(QDialog):
    """Impor anggota dari Excel: file, column mapping, dry run, import."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Download template"))
        self.template_button.clicked.connect(self.save_template)
        self.mapping_model = MappingModel(self)
        self.mapping_model.dataChanged.connect(self._mapping_changed)
        self.mapping_view = self._mapping_view()
        self.problems_model = ProblemsModel(self)
        self.problems_view = self._problems_view()
        self.summary = QLabel(self.tr("Choose a file, check the columns, then press Check."))
        self.summary.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.import_members)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self._layout()
        self._update_buttons()

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
        view.setColumnWidth(MappingModel.COLUMN, 190)
        return view

    def _problems_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.problems_model)
        setup_table(view)
        view.setWordWrap(True)
        view.setItemDelegateForColumn(ProblemsModel.MESSAGE, WrapDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(ProblemsModel.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(ProblemsModel.COLUMN, 120)
        # long messages wrap; heights follow the width (measured for a readable number of rows)
        self.wrap_timer = QTimer(self)
        self.wrap_timer.setSingleShot(True)
        self.wrap_timer.setInterval(50)
        self.wrap_timer.timeout.connect(self._wrap_rows)
        header.sectionResized.connect(self.wrap_timer.start)
        return view

    def _wrap_rows(self) -> None:
        if self.problems_model.rowCount() <= WRAP_LIMIT:
            self.problems_view.resizeRowsToContents()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(self.tr("1. Columns (* = required)")))
        left_column.addWidget(self.mapping_view, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(QLabel(self.tr("2. Problems found")))
        right_column.addWidget(self.problems_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([540, 580])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1140, 700)

    # --- the file ----------------------------------------------------------------

    def choose_file(self) -> None:
        path = printing.ask_open_path(
            self, self.tr("Choose the member list"), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Read the file's columns and match them to kopdesk's fields."""
        label = self.tr("Reading {name}…").format(name=path.name)
        try:
            sheet: Sheet = run_in_worker(self, label, lambda _r: read_sheet(path, KNOWN_HEADERS))
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        self.path = path
        self.file_edit.setText(str(path))
        first = sheet.rows[0][1] if sheet.rows else ()
        examples = {h: _example(first[i]) for i, h in enumerate(sheet.headers) if i < len(first)}
        self.mapping_model.set_file(sheet.headers, examples, auto_mapping(sheet.headers))
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

    def save_template(self) -> None:
        printing.save_document(
            self,
            self.ops,
            "template-impor-anggota.xlsx",
            template_xlsx,
            pattern=self.tr("Excel workbooks (*.xlsx)"),
        )

    def _mapping_changed(self) -> None:
        if self.plan is not None:
            self._forget_plan()
            self.summary.setText(self.tr("The columns changed: press Check again."))

    def _forget_plan(self) -> None:
        self.plan = None
        self.problems_model.set_problems([], [])
        self._update_buttons()

    # --- dry run and import --------------------------------------------------------

    def check(self) -> ImportPlan | None:
        """The dry run: every row checked, every problem listed; nothing is written."""
        path = self.path
        if path is None:
            return None
        mapping = dict(self.mapping_model.mapping)

        def work(report: Report) -> ImportPlan:
            with self.ops.book.read() as session:
                return plan_import(session, path, mapping, progress=report)

        label = self.tr("Checking {name}…").format(name=path.name)
        try:
            self.plan = run_in_worker(self, label, work)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.problems_model.set_problems(self.plan.errors, self.plan.warnings)
        self._wrap_rows()
        self._show_summary(self.plan)
        self._update_buttons()
        return self.plan

    def _show_summary(self, plan: ImportPlan) -> None:
        counts = {
            "count": format_number(len(plan.members)),
            "errors": format_number(len(plan.errors)),
            "warnings": format_number(len(plan.warnings)),
        }
        if plan.errors:
            text = self.tr(
                "{errors} problems must be fixed in the file first; nothing is imported "
                "until every row is right. {count} rows are fine."
            )
        elif plan.members:
            text = self.tr("All rows are fine: {count} members ready to import.")
            if plan.warnings:
                text += " " + self.tr("{warnings} things to check (they do not stop the import).")
        else:
            text = self.tr("The file has no members to import.")
        self.summary.setText(text.format(**counts))
        self.summary.setStyleSheet("color: #b00020;" if plan.errors else "")

    def _update_buttons(self) -> None:
        has_file = self.path is not None
        self.check_button.setEnabled(has_file)
        ready = self.plan is not None and self.plan.ok
        self.import_button.setEnabled(ready)
        count = len(self.plan.members) if self.plan is not None else 0
        self.import_button.setText(
            self.tr("Import {count} members").format(count=format_number(count))
            if ready
            else self.tr("Import")
        )
        self.import_button.setDefault(ready)
        self.check_button.setDefault(has_file and not ready)

    def import_members(self) -> ImportResult | None:
        """Write every member of the checked file, all or nothing."""
        plan = self.plan
        if plan is None or not plan.ok:
            return None
        actor = self.ops.actor
        if not self._backup_first():
            return None
        self.imported = self.ops.run_in_background(
            self,
            self.tr("Importing {count} members…").format(count=format_number(len(plan.members))),
            lambda s, report: commit_import(s, actor, plan, progress=report),
            Changes(members=True),
        )
        if self.imported is None:
            return None
        message = self.tr("{count} members imported: numbers {first} to {last}.").format(
            count=format_number(self.imported.count),
            first=self.imported.first_number,
            last=self.imported.last_number,
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
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported
