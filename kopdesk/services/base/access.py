"""Who may do what: every writing service calls :func:`authorize` first."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor, Permission, Role, allowed
from kopdesk.errors import PermissionDeniedError
from kopdesk.models import AppUser


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse unless ``actor`` is an active user whose current role has ``permission``.

    The role is read from the book, not trusted from the caller, so a user
    whose role was changed or who was deactivated on another PC is refused.
    """
    row = session.get(AppUser, actor.user_id)
    if row is None or not row.active or row.username != actor.username:
        raise PermissionDeniedError(
            f"Pengguna {actor.username} tidak aktif di buku ini; masuk kembali."
        )
    role = Role(row.role)
    if not allowed(role, permission):
        raise PermissionDeniedError(
            f"Pengguna {row.username} ({role.label}) tidak berhak {permission.label}."
        )
