"""The table of checked rows an import dialog shows after its dry run: one line
per row of the file, rows with a problem in red (and with a warning in amber),
the row's problems as text and as tooltip. Each import says its columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kopdesk.services.imports.base import RowError
from kopdesk.ui.imports.dialog import ERROR_BACKGROUND
from kopdesk.ui.kit.widgets import LEFT, RIGHT
from kopdesk.ui.members.members_model import ERROR_COLOR

__all__ = ["CheckedRowsModel"]

Index = QModelIndex | QPersistentModelIndex


class CheckedRowsModel(QAbstractTableModel):
    """What the checked-rows tables share; subclasses give :meth:`_row_number`,
    :meth:`_text`, :meth:`_headers` and :meth:`_right`."""

    SEPARATOR = "; "
    """Between the problems of one row."""
    WARNING_FOREGROUND: QColor | None = None
    WARNING_BACKGROUND: QColor | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: dict[int, list[RowError]] = {}
        self.warnings: dict[int, list[RowError]] = {}

    def _set_checks(self, errors: Iterable[RowError], warnings: Iterable[RowError]) -> None:
        """Group the plan's problems and warnings by the file's row number."""
        self.problems, self.warnings = {}, {}
        for error in errors:
            self.problems.setdefault(error.row, []).append(error)
        for warning in warnings:
            self.warnings.setdefault(warning.row, []).append(warning)

    def _row_count(self) -> int:
        raise NotImplementedError

    def _row_number(self, row: int) -> int | None:
        """The file's row number (as Excel shows it) of the table's ``row``, or None
        when there is no plan."""
        raise NotImplementedError

    def _text(self, row: int, column: int) -> str:
        """What the cell shows (the check column is this class's)."""
        raise NotImplementedError

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def _right(self, column: int) -> bool:
        """Whether ``column`` is right-aligned (numbers)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def check_text(self, row: int) -> str:
        """The problems of the file's ``row`` (its warnings when it has none)."""
        listed = self.problems.get(row) or self.warnings.get(row) or []
        return self.SEPARATOR.join(
            self.tr("{column}: {message}").format(column=e.column, message=e.message)
            for e in listed
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = self._row_number(index.row()) if index.isValid() else None
        if number is None:
            return None
        column, bad, warned = index.column(), number in self.problems, number in self.warnings
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR if bad else (self.WARNING_FOREGROUND if warned else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BACKGROUND if bad else (self.WARNING_BACKGROUND if warned else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._right(column) else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.check_text(number) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(index.row(), column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self._right(section) else LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[section]
