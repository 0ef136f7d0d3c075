"""What "Periksa keaslian buku" found: one row per problem, the first highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kopdesk.services.supervision.integrity import Problem
from kopdesk.ui.kit.widgets import LEFT, bold

Index = QModelIndex | QPersistentModelIndex
FIRST_BACKGROUND = QColor(253, 226, 226)


class ProblemsModel(QAbstractTableModel):
    """Bagian | Rujukan | Masalah; the first problem (where to start looking) bold on red."""

    CHAIN, REF, MESSAGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()
        self._headers = (self.tr("Part"), self.tr("Reference"), self.tr("Problem"))

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (problem.chain, problem.ref, problem.message)[index.column()]
        if index.row() == 0 and role == Qt.ItemDataRole.BackgroundRole:
            return FIRST_BACKGROUND
        if index.row() == 0 and role == Qt.ItemDataRole.FontRole:
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
            return LEFT
        return None
