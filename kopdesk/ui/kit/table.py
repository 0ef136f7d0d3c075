"""A read-only table of text cells: the base of the report views' models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kopdesk.ui.kit.widgets import LEFT, RIGHT, bold

Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Rows of already formatted text; amount columns right-aligned, total rows bold.

    Subclasses turn a report DTO into rows with :meth:`set_rows`.
    """

    def __init__(self, right: frozenset[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._right = right
        self._rows: list[tuple[str, ...]] = []
        self._bold: set[int] = set()

    def set_headers(self, headers: tuple[str, ...]) -> None:
        """Set the column titles once, right after construction."""
        self._headers = headers

    def set_rows(self, rows: list[tuple[str, ...]], bold_rows: set[int] | None = None) -> None:
        if any(len(row) != len(self._headers) for row in rows):
            raise ValueError("every row needs one cell per column")
        self.beginResetModel()
        self._rows = rows
        self._bold = bold_rows or set()
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self._right else LEFT
        if role == Qt.ItemDataRole.FontRole and index.row() in self._bold:
            return bold(QFont())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self._right else LEFT
        return None
