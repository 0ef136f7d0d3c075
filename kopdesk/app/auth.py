"""Signing in and second-user approvals for the CLI and the windows.

Each runs in its own unit of work, so a wrong password's failure count is
committed before the refusal is raised (lockout cannot be dodged by errors).
"""

from __future__ import annotations

from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import AuthenticationError
from kopdesk.services.base import approvals, users
from kopdesk.storage.db import Book


def sign_in(book: Book, username: str, password: str, *, record_session: bool = True) -> Actor:
    """The signed-in user; ``AuthenticationError`` (Indonesian) otherwise.

    ``record_session`` records a window session's start (last sign-in, audit);
    the CLI signs in for each command without writing anything on success.
    """
    with book.unit_of_work() as session:
        if not users.has_users(session):
            raise AuthenticationError(
                "Buku ini belum memiliki pengguna. Buat Admin pertama dengan "
                "'kopdesk user create-admin' atau buka kopdesk di jendela."
            )
        outcome = users.verify_login(session, username, password, record_success=record_session)
    if outcome.actor is None:
        raise AuthenticationError(outcome.message)
    return outcome.actor


def sign_out(book: Book, actor: Actor, *, handed_to: str = "") -> None:
    """Record that ``actor`` left the window (nothing is written in a read-only book)."""
    if book.read_only:
        return
    with book.unit_of_work() as session:
        users.record_sign_out(session, actor, handed_to=handed_to)


def request_approval(
    book: Book, requester: Actor, approver: str, password: str, permission: Permission
) -> int:
    """A one-time approval of ``permission`` by a second user; its id for the service call."""
    with book.unit_of_work() as session:
        outcome = approvals.grant(session, requester, approver, password, permission)
    if outcome.grant_id is None:
        raise AuthenticationError(outcome.message)
    return outcome.grant_id
