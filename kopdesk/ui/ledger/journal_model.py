"""The journal list: holds entry ids, fetches summaries a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.services.ledger.journal import EntrySummary
from kopdesk.ui.kit.paging import ERROR_COLOR, PagedTableModel
from kopdesk.ui.kit.table import Cell, Column
from kopdesk.ui.kit.widgets import RIGHT

__all__ = ["ERROR_COLOR", "MUTED_COLOR", "Fetch", "JournalListModel"]

Fetch = Callable[[Sequence[int]], list[EntrySummary]]
MUTED_COLOR = QColor(120, 120, 120)


class JournalListModel(PagedTableModel[EntrySummary]):
    """Nomor | Tanggal | Keterangan | Jumlah | Status, newest first.

    Only the ordered ids are held; ``fetch`` (a read of ``entry_summaries``)
    is called for one page of ids when a row of that page is first shown.
    A failed fetch shows an error row instead of raising inside ``data()``.
    """

    NUMBER, DATE, DESCRIPTION, AMOUNT, STATUS = range(5)
    MESSAGE_COLUMN = DESCRIPTION

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda e: e.number),
                Column(self.tr("Date"), lambda e: format_date_short(e.date)),
                Column(self.tr("Description"), lambda e: e.description),
                Column(self.tr("Amount"), lambda e: format_number(e.total), RIGHT),
                Column(self.tr("Status"), self._status),
            ]
        )

    def entry_id(self, row: int) -> int:
        return self.id_at(row)

    def summary(self, row: int) -> EntrySummary | None:
        """The summary of ``row`` (fetching its page), None if it cannot be read."""
        return self.row_item(row)

    def missing_text(self) -> str:
        return self.tr("(entry no longer exists)")

    def style(self, cell: Cell[EntrySummary], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED_COLOR if cell.item.reversed_by or cell.item.reversal_of else None
        return None

    def _status(self, item: EntrySummary) -> str:
        if item.reversed_by:
            return self.tr("Reversed by {number}").format(number=item.reversed_by)
        if item.reversal_of:
            return self.tr("Reverses {number}").format(number=item.reversal_of)
        return ""
