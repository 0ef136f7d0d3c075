"""Dual control: a dangerous action needs a second authorised user's password.

The second user types their password on the same PC; :func:`grant` checks it
(counting failures like a sign-in) and records a one-time approval. The
dangerous service then :func:`consume`-s that approval in its own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor, Permission, allowed
from kopdesk.errors import ApprovalRequiredError, PermissionDeniedError
from kopdesk.models import ApprovalGrant, AppUser
from kopdesk.services.base import audit, settings
from kopdesk.services.base.users import verify_login


@dataclass(frozen=True)
class GrantOutcome:
    """``grant_id`` on success; otherwise ``message`` says why (Indonesian)."""

    grant_id: int | None
    message: str = ""
    approver: str = ""


def grant(
    session: Session,
    requester: Actor,
    approver_username: str,
    approver_password: str,
    permission: Permission,
) -> GrantOutcome:
    """Check the second user and record a one-time approval of ``permission``.

    Refused when the approver is the requester, lacks the ``approve`` right,
    or gives a wrong password (which counts toward the approver's lockout).
    """
    if approver_username.strip().lower() == requester.username:
        return GrantOutcome(
            None, "Persetujuan harus diberikan oleh pengguna lain, bukan oleh Anda sendiri."
        )
    outcome = verify_login(
        session, approver_username, approver_password, purpose="approval", record_success=False
    )
    approver = outcome.actor
    if approver is None:
        return GrantOutcome(None, outcome.message)
    if not allowed(approver.role, Permission.APPROVE):
        return GrantOutcome(
            None,
            f"Pengguna {approver.username} ({approver.role.label}) tidak berhak menyetujui; "
            "minta Ketua, Bendahara atau Admin.",
        )
    row = ApprovalGrant(
        permission=permission.value,
        requester_id=requester.user_id,
        approver_id=approver.user_id,
        created_at=clock.now(),
        used_for="",
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        approver,
        "approval.grant",
        permission.value,
        after={"untuk": requester.username, "tindakan": permission.value},
    )
    return GrantOutcome(row.id, "", approver.username)


def consume(
    session: Session, actor: Actor, grant_id: int | None, permission: Permission, used_for: str
) -> str:
    """Use approval ``grant_id`` for ``permission`` by ``actor``; returns the approver's name.

    Raises ``ApprovalRequiredError`` when there is no valid, unused, recent
    approval for exactly this user and action.
    """
    needed = ApprovalRequiredError(
        f"Tindakan ini ({permission.label}) memerlukan persetujuan pengguna kedua "
        "(Ketua, Bendahara atau Admin) dengan kata sandinya.",
        permission.value,
    )
    if grant_id is None:
        raise needed
    row = session.get(ApprovalGrant, grant_id)
    minutes = settings.get_int(session, settings.APPROVAL_VALID_MINUTES)
    now = clock.now()
    if (
        row is None
        or row.used_at is not None
        or row.permission != permission.value
        or row.requester_id != actor.user_id
        or row.created_at < now - dt.timedelta(minutes=minutes)
    ):
        raise needed
    if row.approver_id == actor.user_id:  # defence in depth: grant() already refuses
        raise PermissionDeniedError("Persetujuan harus dari pengguna lain.")
    approver = session.get(AppUser, row.approver_id)
    session.execute(
        update(ApprovalGrant)
        .where(ApprovalGrant.id == grant_id)
        .values(used_at=now, used_for=used_for[:100])
    )
    return approver.username if approver else "?"
