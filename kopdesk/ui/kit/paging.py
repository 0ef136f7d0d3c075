"""The page cache behind the lazy lists (journal, members, ...).

A list holds only the ordered ids from a service query; the rows of one page
of ids are fetched when a row of that page is first shown. A failed fetch is
remembered as that page's error so ``data()`` never raises.
:class:`PagedTableModel` is the column table over such pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.errors import KopdeskError
from kopdesk.ui.kit.table import ColumnTableModel

__all__ = ["ERROR_COLOR", "PAGE_SIZE", "HasId", "IdPages", "PagedTableModel"]

PAGE_SIZE = 200
ERROR_COLOR = QColor(176, 0, 32)


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)


class IdPages(Generic[T]):
    """Ordered ids and the fetched pages of their rows."""

    def __init__(self, fetch: Callable[[Sequence[int]], list[T]]) -> None:
        self._fetch = fetch
        self.ids: list[int] = []
        self._pages: dict[int, dict[int, T]] = {}
        self._errors: dict[int, str] = {}

    def reset(self, ids: Sequence[int]) -> None:
        """New ids (ordered); every cached page is forgotten."""
        self.ids = list(ids)
        self._pages.clear()
        self._errors.clear()

    def row_of(self, item_id: int) -> int:
        """The row of ``item_id``, or -1 when it is not listed."""
        try:
            return self.ids.index(item_id)
        except ValueError:
            return -1

    def item(self, row: int) -> T | None:
        """The row ``row`` (fetching its page), None if it cannot be read."""
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages and page not in self._errors:
            ids = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            try:
                self._pages[page] = {x.id: x for x in self._fetch(ids)}
            except KopdeskError as exc:
                self._errors[page] = exc.message
        return self._pages.get(page, {}).get(self.ids[row])

    def error(self, row: int) -> str | None:
        """Why the page of ``row`` could not be read, if it could not."""
        return self._errors.get(row // PAGE_SIZE)

    def fetched_pages(self) -> int:
        return len(self._pages)


class PagedTableModel(ColumnTableModel[T]):
    """A column table over :class:`IdPages`: holds ordered ids, fetches rows by page.

    A row that cannot be read is red, with why (or :meth:`missing_text`) in
    the column ``MESSAGE_COLUMN`` and empty cells elsewhere.
    """

    MESSAGE_COLUMN: ClassVar[int] = 0

    def __init__(self, fetch: Callable[[Sequence[int]], list[T]], parent: QObject | None = None):
        super().__init__(parent)
        self._rows: IdPages[T] = IdPages(fetch)

    def set_ids(self, ids: list[int]) -> None:
        """Show the rows ``ids`` (ordered) and forget every cached page."""
        self.beginResetModel()
        self._rows.reset(ids)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._rows.ids[row]

    def row_of(self, item_id: int) -> int:
        """The row of ``item_id``, or -1 when it is not listed."""
        return self._rows.row_of(item_id)

    def row_item(self, row: int) -> T | None:
        """The row ``row`` (fetching its page), None if it cannot be read."""
        return self._rows.item(row)

    def row_count(self) -> int:
        return len(self._rows.ids)

    def fetched_pages(self) -> int:
        return self._rows.fetched_pages()

    def missing_text(self) -> str:
        """What a listed row that no longer exists says."""
        return ""

    def missing(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column != self.MESSAGE_COLUMN:
            return ""
        return self._rows.error(row) or self.missing_text()
