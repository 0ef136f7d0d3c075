"""What "Periksa keaslian buku" found: one row per problem, the first highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from kopdesk.services.supervision.integrity import Problem
from kopdesk.ui.kit.table import Cell, Column, ColumnTableModel
from kopdesk.ui.kit.widgets import bold

__all__ = ["ProblemsModel"]

FIRST_BACKGROUND = QColor(253, 226, 226)


class ProblemsModel(ColumnTableModel[Problem]):
    """Bagian | Rujukan | Masalah; the first problem (where to start looking) bold on red."""

    CHAIN, REF, MESSAGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Part"), lambda p: p.chain, tip=lambda p: p.chain),
                Column(self.tr("Reference"), lambda p: p.ref, tip=lambda p: p.ref),
                Column(self.tr("Problem"), lambda p: p.message, tip=lambda p: p.message),
            ]
        )

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        self.set_items(problems)

    def problem(self, row: int) -> Problem:
        return self._items[row]

    def style(self, cell: Cell[Problem], role: int) -> Any:
        if cell.row == 0 and role == Qt.ItemDataRole.BackgroundRole:
            return FIRST_BACKGROUND
        if cell.row == 0 and role == Qt.ItemDataRole.FontRole:
            return bold(QFont())
        return None
