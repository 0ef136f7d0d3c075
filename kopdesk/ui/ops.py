"""Running a service call as one user action (Anki-style operations).

:class:`Ops` runs a function in ``book.unit_of_work()``, shows any
:class:`~kopdesk.errors.KopdeskError` the same way everywhere and, on success,
emits :attr:`Ops.changes_applied` with a :class:`Changes` record so pages
refresh only what changed. Reads go through :meth:`Ops.read`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from kopdesk.db import Book
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.ui import messages

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which parts of the book an action changed."""

    accounts: bool = False
    """The chart of accounts (names, new accounts, active flags)."""
    journal: bool = False
    """Journal entries, and therefore every balance."""
    profile: bool = False
    """The cooperative's profile or fiscal years."""

    @property
    def balances(self) -> bool:
        return self.accounts or self.journal


class Ops(QObject):
    """The one door from windows to services for an open book."""

    changes_applied = Signal(object)
    """Emitted with a :class:`Changes` after an action committed."""
    status_message = Signal(str)
    """A short note for the status bar (e.g. the number of a new entry)."""

    def __init__(self, book: Book, user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.user = user

    def run(
        self,
        parent: QWidget | None,
        action: Callable[[Session], T],
        changes: Changes,
        *,
        on_validation: Callable[[ValidationError], None] | None = None,
    ) -> T | None:
        """Run ``action`` in one unit of work; None when it was refused.

        A ``ValidationError`` goes to ``on_validation`` (to show it beside its
        field) when given; every other refusal is shown in a message box.
        Nothing is written when ``action`` raises.
        """
        try:
            with self.book.unit_of_work() as session:
                result = action(session)
        except ValidationError as exc:
            if on_validation is None:
                messages.show_error(parent, exc)
            else:
                on_validation(exc)
            return None
        except KopdeskError as exc:
            messages.show_error(parent, exc)
            return None
        self.changes_applied.emit(changes)
        return result

    def read(self, parent: QWidget | None, query: Callable[[Session], T]) -> T | None:
        """Run ``query`` in a read-only session; None (after a message) on error."""
        try:
            with self.book.read() as session:
                return query(session)
        except KopdeskError as exc:
            messages.show_error(parent, exc)
            return None


def book_location(ops: Ops) -> str:
    """Where the book lives, for people: the file path, never a URL with a password."""
    path = ops.book.path
    if path is not None:
        return str(path)
    return QCoreApplication.translate("ops", "database server")
