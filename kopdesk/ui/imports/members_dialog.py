"""Importing the member list from Excel: choose the file, match its columns,
check every row (a dry run that lists every problem), then import all or nothing.

Reading, checking and writing run in a worker thread with a progress dialog,
so 10,000 rows never freeze the window (:mod:`kopdesk.ui.imports.dialog`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.money import format_number
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
from kopdesk.ui.imports.dialog import WRAP_LIMIT, SheetImportDialog
from kopdesk.ui.kit import printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import Report
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.members.members_model import ProblemsModel

__all__ = ["KNOWN_HEADERS", "ImportDialog", "WrapDelegate"]

Index = QModelIndex | QPersistentModelIndex
KNOWN_HEADERS = [s for _, spellings in FIELDS.values() for s in spellings]


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


class ImportDialog(SheetImportDialog[ImportPlan, ImportResult]):
    """Impor anggota dari Excel: file, column mapping, dry run, import."""

    COLUMN_WIDTH = 190
    LEFT_MIN_WIDTH = None
    SPLIT = (540, 580)
    SIZE = (1140, 700)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.template_button = QPushButton(self.tr("Download template"))
        self.template_button.clicked.connect(self.save_template)
        self.problems_model = ProblemsModel(self)
        self.problems_view = self._problems_view()
        self._layout(
            columns_title=self.tr("1. Columns (* = required)"),
            checked_title=self.tr("2. Problems found"),
            checked=[self.problems_view],
            file_buttons=[self.template_button],
        )

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

    # --- the file ----------------------------------------------------------------

    def _choose_title(self) -> str:
        return self.tr("Choose the member list")

    def _read_sheet(self, path: Path) -> Sheet:
        return read_sheet(path, KNOWN_HEADERS)

    def _auto_mapping(self, headers: Sequence[str]) -> dict[str, str]:
        return auto_mapping(headers)

    def save_template(self) -> None:
        printing.save_document(
            self,
            self.ops,
            "template-impor-anggota.xlsx",
            template_xlsx,
            pattern=self.tr("Excel workbooks (*.xlsx)"),
        )

    def _changed_text(self) -> str:
        return self.tr("The columns changed: press Check again.")

    def _clear_plan(self) -> None:
        self.problems_model.set_problems([], [])

    # --- dry run and import --------------------------------------------------------

    def _planner(self) -> Callable[[Session, Sheet, Report], ImportPlan]:
        path, mapping = self.path, dict(self.mapping_model.mapping)
        assert path is not None

        def make(session: Session, _sheet: Sheet, report: Report) -> ImportPlan:
            return plan_import(session, path, mapping, progress=report)

        return make

    def _show_plan(self, plan: ImportPlan) -> None:
        self.problems_model.set_problems(plan.errors, plan.warnings)
        self._wrap_rows()
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
        self._show_summary_text(text.format(**counts), problems=bool(plan.errors))

    def _label_import_button(self, ready: bool) -> None:
        count = len(self.plan.members) if self.plan is not None else 0
        self.import_button.setText(
            self.tr("Import {count} members").format(count=format_number(count))
            if ready
            else self.tr("Import")
        )

    def _working_label(self, plan: ImportPlan) -> str:
        return self.tr("Importing {count} members…").format(count=format_number(len(plan.members)))

    def _committer(self, plan: ImportPlan) -> Callable[[Session, Report], ImportResult]:
        actor = self.ops.actor
        return lambda s, report: commit_import(s, actor, plan, progress=report)

    def _done_message(self, result: ImportResult) -> str:
        return self.tr("{count} members imported: numbers {first} to {last}.").format(
            count=format_number(result.count), first=result.first_number, last=result.last_number
        )

    def import_members(self) -> ImportResult | None:
        """Write every member of the checked file, all or nothing."""
        return self.run_import()

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported
