"""The journal list: holds entry ids, fetches summaries a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.services.ledger.journal import EntrySummary
from kopdesk.ui.kit.paging import IdPages
from kopdesk.ui.kit.widgets import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], list[EntrySummary]]
ERROR_COLOR = QColor(176, 0, 32)
MUTED_COLOR = QColor(120, 120, 120)


class JournalListModel(QAbstractTableModel):
    """Nomor | Tanggal | Keterangan | Jumlah | Status, newest first.

    Only the ordered ids are held; ``fetch`` (a read of ``entry_summaries``)
    is called for one page of ids when a row of that page is first shown.
    A failed fetch shows an error row instead of raising inside ``data()``.
    """

    NUMBER, DATE, DESCRIPTION, AMOUNT, STATUS = range(5)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: IdPages[EntrySummary] = IdPages(fetch)
        self._headers = (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Description"),
            self.tr("Amount"),
            self.tr("Status"),
        )

    def set_ids(self, ids: list[int]) -> None:
        """Show the entries ``ids`` (ordered) and forget every cached page."""
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def entry_id(self, row: int) -> int:
        return self._rows.ids[row]

    def row_of(self, entry_id: int) -> int:
        """The row of ``entry_id``, or -1 when it is not listed."""
        return self._rows.row_of(entry_id)

    def summary(self, row: int) -> EntrySummary | None:
        """The summary of ``row`` (fetching its page), None if it cannot be read."""
        return self._rows.item(row)

    def fetched_pages(self) -> int:
        return self._rows.fetched_pages()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.AMOUNT else LEFT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        item = self.summary(index.row())
        if item is None:
            return self._missing(index.row(), column, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED_COLOR if item.reversed_by or item.reversal_of else None
        return self._text(item, column)

    def _missing(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR
        if column != self.DESCRIPTION:
            return ""
        error = self._rows.error(row)
        return error or self.tr("(entry no longer exists)")

    def _text(self, item: EntrySummary, column: int) -> str:
        if column == self.NUMBER:
            return item.number
        if column == self.DATE:
            return format_date_short(item.date)
        if column == self.DESCRIPTION:
            return item.description
        if column == self.AMOUNT:
            return format_number(item.total)
        if item.reversed_by:
            return self.tr("Reversed by {number}").format(number=item.reversed_by)
        if item.reversal_of:
            return self.tr("Reverses {number}").format(number=item.reversal_of)
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.AMOUNT else LEFT
        return None
