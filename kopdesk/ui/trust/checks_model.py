"""The integrity check's results: one row per check, LULUS in green or GAGAL in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from kopdesk.services.supervision.checks import CheckItem
from kopdesk.ui.kit.table import CENTER, Cell, Column, ColumnTableModel
from kopdesk.ui.kit.widgets import LEFT, bold

__all__ = ["CheckItemsModel"]

PASS_FOREGROUND = QColor(255, 255, 255)
PASS_BACKGROUND = QColor(30, 126, 52)
FAIL_BACKGROUND = QColor(176, 0, 32)
FAILED_ROW = QColor(253, 226, 226)


class CheckItemsModel(ColumnTableModel[CheckItem]):
    """Hasil | Pemeriksaan | Keterangan."""

    RESULT, NAME, DETAIL = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._passed = self.tr("PASSED")
        self._failed = self.tr("FAILED")
        self.set_columns(
            [
                Column(self.tr("Result"), self._result, CENTER, self._result, LEFT),
                Column(self.tr("Check"), lambda i: i.name, tip=lambda i: i.name),
                Column(self.tr("Details"), lambda i: i.detail, tip=lambda i: i.detail),
            ]
        )

    def item(self, row: int) -> CheckItem:
        return self._items[row]

    def _result(self, item: CheckItem) -> str:
        return self._passed if item.ok else self._failed

    def style(self, cell: Cell[CheckItem], role: int) -> Any:
        if cell.column == self.RESULT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return PASS_BACKGROUND if cell.item.ok else FAIL_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return PASS_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                return bold(QFont())
            return None
        if role == Qt.ItemDataRole.BackgroundRole and not cell.item.ok:
            return FAILED_ROW
        if role == Qt.ItemDataRole.FontRole and not cell.item.ok and cell.column == self.NAME:
            return bold(QFont())
        return None
