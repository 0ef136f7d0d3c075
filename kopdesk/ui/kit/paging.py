"""The page cache behind the lazy lists (journal, members, ...).

A list holds only the ordered ids from a service query; the rows of one page
of ids are fetched when a row of that page is first shown. A failed fetch is
remembered as that page's error so ``data()`` never raises.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from kopdesk.errors import KopdeskError

PAGE_SIZE = 200


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
