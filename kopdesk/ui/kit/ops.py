"""Running a service call as one user action (Anki-style operations).

:class:`Ops` holds the signed-in :class:`~kopdesk.domain.permissions.Actor`,
runs a function in ``book.unit_of_work()``, shows any
:class:`~kopdesk.errors.KopdeskError` the same way everywhere and, on success,
emits :attr:`Ops.changes_applied` with the
:class:`~kopdesk.domain.changes.Changes` the unit of work's services declared
(``services/base/changes.py``) so pages refresh only what changed. Reads go
through :meth:`Ops.read`. Actions under dual control go through
:meth:`Ops.run_approved`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import ApprovalRequiredError, KopdeskError, StorageError, ValidationError
from kopdesk.services.base.changes import declared
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.storage.db import Book
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.approval import ApprovalDialog
from kopdesk.ui.kit.progress import BackgroundTasks, Report, run_in_worker

__all__ = ["Changes", "Ops", "book_location", "damaged_book_error"]

T = TypeVar("T")
READ_ONLY_PERMISSIONS = frozenset({Permission.AUDIT_VIEW, Permission.BOOKS_VERIFY})
"""What a user may still do in a book opened read-only: nothing that writes."""


def _with_approval(
    action: Callable[[Session, int | None], T], approval: int | None, session: Session
) -> T:
    return action(session, approval)


class Ops(QObject):
    """The one door from windows to services for an open book and a signed-in user."""

    changes_applied = Signal(object)
    """Emitted with a :class:`Changes` after an action committed."""
    status_message = Signal(str)
    """A short note for the status bar (e.g. the number of a new entry)."""
    book_restored = Signal(object)
    """Emitted with the safety copy's path after the book was replaced by a backup:
    the book is closed, the window must close and everyone signs in again."""

    def __init__(self, book: Book, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.actor = actor
        self.tasks = BackgroundTasks(self)
        self._damage_shown = False
        """Work that runs without any dialog (the daily backup, the quick check)."""

    @property
    def read_only(self) -> bool:
        """The book was opened read-only (another kopdesk is writing to it)."""
        return self.book.read_only

    def can(self, permission: Permission) -> bool:
        """Whether the signed-in user's role has ``permission`` (the services check again).

        In a read-only book only what writes nothing is allowed (reading the
        audit trail, checking the books); the book refuses every write anyway.
        """
        if self.read_only and permission not in READ_ONLY_PERMISSIONS:
            return False
        return self.actor.can(permission)

    def run(
        self,
        parent: QWidget | None,
        action: Callable[[Session], T],
        *,
        on_validation: Callable[[ValidationError], None] | None = None,
    ) -> T | None:
        """Run ``action`` in one unit of work; None when it was refused.

        On success :attr:`changes_applied` tells what its services declared.

        A ``ValidationError`` goes to ``on_validation`` (to show it beside its
        field) when given; every other refusal is shown in a message box.
        Nothing is written when ``action`` raises.
        """
        try:
            result, changes = self._attempt(action)
        except KopdeskError as exc:
            self._show(parent, exc, on_validation)
            return None
        self.changes_applied.emit(changes)
        return result

    def run_approved(
        self,
        parent: QWidget | None,
        action: Callable[[Session, int | None], T],
        *,
        what: str,
        on_validation: Callable[[ValidationError], None] | None = None,
    ) -> T | None:
        """Like :meth:`run` for an action under dual control.

        ``action(session, approval)`` is first run without an approval. When
        the service answers ``ApprovalRequiredError``, a second user is asked
        for their password (``what`` tells them which action) and the same
        action runs again with the one-time grant. None when refused or cancelled.
        """
        result = self.with_approval(
            parent,
            lambda approval: self._attempt(partial(_with_approval, action, approval)),
            what=what,
            on_validation=on_validation,
        )
        if result is None:
            return None
        value, changes = result
        if value is not None:
            self.changes_applied.emit(changes)
        return value

    def with_approval(
        self,
        parent: QWidget | None,
        attempt: Callable[[int | None], T],
        *,
        what: str,
        on_validation: Callable[[ValidationError], None] | None = None,
    ) -> T | None:
        """The dual-control loop around ``attempt(approval)``, which opens its own
        transactions (e.g. restoring a backup replaces the whole book).

        ``attempt(None)`` first; on ``ApprovalRequiredError`` a second user
        approves and ``attempt(grant)`` runs once more. None when refused or cancelled.
        """
        approval: int | None = None
        while True:
            try:
                return attempt(approval)
            except ApprovalRequiredError as exc:
                if approval is not None:  # the grant was refused too (expired, used)
                    messages.show_error(parent, exc)
                    return None
                approval = ApprovalDialog.ask(self, exc, what, parent)
                if approval is None:
                    return None
            except KopdeskError as exc:
                self._show(parent, exc, on_validation)
                return None

    def run_in_background(
        self,
        parent: QWidget | None,
        label: str,
        action: Callable[[Session, Report], T],
    ) -> T | None:
        """Like :meth:`run` for long work (a big import): ``action(session, report)``
        runs in a worker thread in one unit of work while a progress dialog
        labelled ``label`` shows how far it is. None when refused (after a message)."""

        def work(report: Report) -> tuple[T, Changes]:
            with self.book.unit_of_work() as session:
                return action(session, report), declared(session)

        try:
            result, changes = run_in_worker(parent, label, work)
        except KopdeskError as exc:
            messages.show_error(parent, exc)
            return None
        self.changes_applied.emit(changes)
        return result

    def _attempt(self, action: Callable[[Session], T]) -> tuple[T, Changes]:
        """``action``'s result and what the services it ran declared."""
        with self.book.unit_of_work() as session:
            return action(session), declared(session)

    @staticmethod
    def _show(
        parent: QWidget | None,
        error: KopdeskError,
        on_validation: Callable[[ValidationError], None] | None,
    ) -> None:
        if isinstance(error, ValidationError) and on_validation is not None:
            on_validation(error)
        else:
            messages.show_error(parent, error)

    def read(self, parent: QWidget | None, query: Callable[[Session], T]) -> T | None:
        """Run ``query`` in a read-only session; None (after a message) on error."""
        try:
            with self.book.read() as session:
                return query(session)
        except KopdeskError as exc:
            messages.show_error(parent, exc)
            return None
        except LedgerInvariantError:
            # the books do not balance: changed outside kopdesk or damaged. Say so once,
            # with the way out; the window stays usable for the check and a restore.
            if not self._damage_shown:
                self._damage_shown = True
                messages.show_error(parent, damaged_book_error())
            return None


def damaged_book_error() -> StorageError:
    return StorageError(
        QCoreApplication.translate(
            "ops",
            "The book does not balance: it was changed outside kopdesk or is damaged. "
            "Enter nothing new; open Supervision → Check integrity to see what is wrong, "
            "and restore the newest good backup.",
        )
    )


def book_location(ops: Ops) -> str:
    """Where the book lives, for people: the file path, never a URL with a password."""
    path = ops.book.path
    if path is not None:
        return str(path)
    return QCoreApplication.translate("ops", "database server")
