"""The integrity check's results: one row per check, LULUS in green or GAGAL in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kopdesk.services.supervision.checks import CheckItem
from kopdesk.ui.kit.widgets import LEFT, bold

Index = QModelIndex | QPersistentModelIndex
PASS_FOREGROUND = QColor(255, 255, 255)
PASS_BACKGROUND = QColor(30, 126, 52)
FAIL_BACKGROUND = QColor(176, 0, 32)
FAILED_ROW = QColor(253, 226, 226)


class CheckItemsModel(QAbstractTableModel):
    """Hasil | Pemeriksaan | Keterangan."""

    RESULT, NAME, DETAIL = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[CheckItem, ...] = ()
        self._headers = (self.tr("Result"), self.tr("Check"), self.tr("Details"))
        self._passed = self.tr("PASSED")
        self._failed = self.tr("FAILED")

    def set_items(self, items: tuple[CheckItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> CheckItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.RESULT:
                return self._passed if item.ok else self._failed
            return item.name if column == self.NAME else item.detail
        if column == self.RESULT:
            if role == Qt.ItemDataRole.BackgroundRole:
                return PASS_BACKGROUND if item.ok else FAIL_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return PASS_FOREGROUND
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.FontRole:
                return bold(QFont())
            return None
        if role == Qt.ItemDataRole.BackgroundRole and not item.ok:
            return FAILED_ROW
        if role == Qt.ItemDataRole.FontRole and not item.ok and column == self.NAME:
            return bold(QFont())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
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
