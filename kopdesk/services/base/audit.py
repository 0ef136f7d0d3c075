"""The audit trail: every write records who, when, which action and what changed.

Records are append-only (database triggers) and hash-chained, so the
pengawas can see any record changed, inserted or deleted outside kopdesk.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.chain import audit_record, canonical
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.models import AuditRecord, core_table
from kopdesk.services.base.access import authorize
from kopdesk.services.base.chains import AUDIT, next_link

SYSTEM = "sistem"
"""The name recorded for writes no signed-in user made (set-up, migrations)."""


_INSERT = insert(core_table(AuditRecord))
"""Built once: every write records itself."""


def _text(data: Mapping[str, object] | None) -> str:
    return "" if not data else canonical(data)


def record(
    session: Session,
    who: Actor | None,
    action: str,
    ref: str = "",
    *,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
    username: str | None = None,
) -> int:
    """Append one audit record; returns its position in the audit chain.

    ``who`` is the acting user (None with ``username`` for failed sign-ins
    or ``SYSTEM`` for book set-up). ``before``/``after`` hold what changed.
    """
    name = who.username if who is not None else (username or SYSTEM)
    row: dict[str, object] = {
        "at": clock.now(),
        "user_id": who.user_id if who is not None else None,
        "username": name[:64],
        "action": action,
        "ref": ref[:100],
        "before": _text(before),
        "after": _text(after),
    }
    link = next_link(session, AUDIT, lambda seq: audit_record({**row, "chain_seq": seq}))
    session.execute(
        _INSERT, {**row, "chain_seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash}
    )
    return link.seq


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: dt.datetime
    username: str
    action: str
    ref: str
    before: dict[str, object]
    after: dict[str, object]


def describe_change(entry: AuditEntry) -> str:
    """What changed, readable: ``nama: Kas kecil → Kas kecil kantor``, or ``nama=Kas``."""
    parts = []
    for key in sorted(set(entry.before) | set(entry.after)):
        if key in entry.before:
            parts.append(f"{key}: {entry.before[key]} → {entry.after.get(key, '')}")
        else:
            parts.append(f"{key}={entry.after[key]}")
    return "; ".join(parts)


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    """An action name or its prefix (``journal`` matches ``journal.post``)."""
    prefixes: tuple[str, ...] = ()
    """Any of these action prefixes (a category of :mod:`.audit_actions`); () is all."""
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _filtered(flt: AuditFilter):  # type: ignore[no-untyped-def]
    stmt = select(AuditRecord)
    if flt.username.strip():
        stmt = stmt.where(AuditRecord.username == flt.username.strip().lower())
    if flt.action.strip():
        stmt = stmt.where(AuditRecord.action.like(f"{flt.action.strip()}%"))
    if flt.prefixes:
        stmt = stmt.where(or_(*(AuditRecord.action.like(f"{p}%") for p in flt.prefixes)))
    if flt.date_from is not None:
        stmt = stmt.where(AuditRecord.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(AuditRecord.at < end)
    return stmt


def list_audit(
    session: Session, actor: Actor, flt: AuditFilter | None = None, *, limit: int = 5000
) -> list[AuditEntry]:
    """Audit records matching ``flt``, newest first. Needs ``audit.view``."""
    authorize(session, actor, Permission.AUDIT_VIEW)
    stmt = _filtered(flt or AuditFilter()).order_by(AuditRecord.chain_seq.desc()).limit(limit)
    return [
        AuditEntry(
            seq=r.chain_seq,
            at=r.at,
            username=r.username,
            action=r.action,
            ref=r.ref,
            before=json.loads(r.before) if r.before else {},
            after=json.loads(r.after) if r.after else {},
        )
        for r in session.execute(stmt).scalars()
    ]


def audit_usernames(session: Session, actor: Actor) -> Sequence[str]:
    """Every name that appears in the audit trail (for the viewer's filter)."""
    authorize(session, actor, Permission.AUDIT_VIEW)
    return list(
        session.execute(
            select(AuditRecord.username)
            .group_by(AuditRecord.username)
            .order_by(AuditRecord.username)
        ).scalars()
    )


def count_audit(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AuditRecord)).scalar_one())
