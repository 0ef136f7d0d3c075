"""Temuan: the pengawas' findings and their follow-up (terbuka → ditindaklanjuti →
selesai).

The Pengawas alone record a finding and change its text or status
(``supervision.record``); the pengurus (Ketua, Bendahara, Admin) read them and may
only write their response (``finding.respond``). Every change is audited with what
it was before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.supervision import FindingStatus
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import Finding
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.base.sequences import next_value

__all__ = [
    "FindingInfo",
    "FindingInput",
    "get_finding",
    "list_findings",
    "record_finding",
    "respond_to_finding",
    "update_finding",
]

MAX_TEXT = 4000


@dataclass(frozen=True)
class FindingInput:
    """What the pengawas write about a finding."""

    found_on: dt.date
    title: str
    description: str = ""
    recommendation: str = ""
    status: FindingStatus = FindingStatus.TERBUKA


@dataclass(frozen=True)
class FindingInfo:
    number: str
    found_on: dt.date
    title: str
    description: str
    recommendation: str
    status: FindingStatus
    status_date: dt.date
    response: str
    response_by: str
    response_at: dt.datetime | None
    created_by: str


def _text(value: str, field: str, what: str, limit: int = MAX_TEXT) -> str:
    clean = value.strip()
    if len(clean) > limit:
        raise ValidationError(field, f"{what} terlalu panjang (paling banyak {limit} huruf).")
    return clean


def _validate(data: FindingInput) -> tuple[str, str, str, FindingStatus]:
    title = " ".join(data.title.split())
    if len(title) < 3:
        raise ValidationError("title", "Judul temuan wajib diisi.")
    if len(title) > 200:
        raise ValidationError("title", "Judul temuan terlalu panjang (paling banyak 200 huruf).")
    if data.found_on > clock.today():
        raise ValidationError("found_on", "Tanggal temuan tidak boleh di masa depan.")
    try:
        status = FindingStatus(data.status)
    except ValueError:
        raise ValidationError(
            "status", "Status temuan harus terbuka, ditindaklanjuti atau selesai."
        ) from None
    return (
        title,
        _text(data.description, "description", "Uraian"),
        _text(data.recommendation, "recommendation", "Saran"),
        status,
    )


def _fields(row: Finding) -> dict[str, object]:
    return {
        "tanggal": row.found_on.isoformat(),
        "judul": row.title,
        "uraian": row.description,
        "saran": row.recommendation,
        "status": row.status,
    }


@causes(NOTHING)
def record_finding(session: Session, actor: Actor, data: FindingInput) -> FindingInfo:
    """Record a finding (Pengawas only) numbered ``TM-YYYY-NNN``; audited."""
    authorize(session, actor, Permission.SUPERVISION_RECORD)
    title, description, recommendation, status = _validate(data)
    year = data.found_on.year
    number = f"TM-{year}-{next_value(session, f'temuan-{year}'):03d}"
    now = clock.now()
    row = Finding(
        number=number,
        found_on=data.found_on,
        title=title,
        description=description,
        recommendation=recommendation,
        status=status.value,
        status_date=clock.today(),
        response="",
        response_by="",
        created_by=actor.username,
        created_at=now,
        updated_by=actor.username,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "supervision.finding", number, after=_fields(row))
    return _info(row)


def _row(session: Session, number: str) -> Finding:
    row = session.execute(select(Finding).where(Finding.number == number.strip())).scalar()
    if row is None:
        raise NotFoundError(f"Temuan {number} tidak ada.")
    return row


@causes(NOTHING)
def update_finding(session: Session, actor: Actor, number: str, data: FindingInput) -> FindingInfo:
    """Change a finding's text or follow-up status (Pengawas only); audited with the
    fields before and after. A status change records the day it changed."""
    authorize(session, actor, Permission.SUPERVISION_RECORD)
    row = _row(session, number)
    title, description, recommendation, status = _validate(data)
    before = _fields(row)
    if status.value != row.status:
        row.status_date = clock.today()
    row.found_on = data.found_on
    row.title = title
    row.description = description
    row.recommendation = recommendation
    row.status = status.value
    after = _fields(row)
    if after == before:
        return _info(row)
    row.updated_by = actor.username
    row.updated_at = clock.now()
    session.flush()
    changed = {k for k in after if after[k] != before[k]}
    audit.record(
        session,
        actor,
        "supervision.finding_update",
        row.number,
        before={k: before[k] for k in changed},
        after={k: after[k] for k in changed},
    )
    return _info(row)


@causes(NOTHING)
def respond_to_finding(session: Session, actor: Actor, number: str, response: str) -> FindingInfo:
    """The pengurus' response to a finding (``finding.respond``: Ketua, Bendahara,
    Admin). Changes only the response; audited with the old response."""
    authorize(session, actor, Permission.FINDING_RESPOND)
    row = _row(session, number)
    clean = _text(response, "response", "Tanggapan")
    if not clean:
        raise ValidationError("response", "Tanggapan pengurus wajib diisi.")
    if clean == row.response:
        return _info(row)
    before = {"tanggapan": row.response}
    row.response = clean
    row.response_by = actor.username
    row.response_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "supervision.finding_response",
        row.number,
        before=before,
        after={"tanggapan": clean},
    )
    return _info(row)


def _info(row: Finding) -> FindingInfo:
    return FindingInfo(
        number=row.number,
        found_on=row.found_on,
        title=row.title,
        description=row.description,
        recommendation=row.recommendation,
        status=FindingStatus(row.status),
        status_date=row.status_date,
        response=row.response,
        response_by=row.response_by,
        response_at=row.response_at,
        created_by=row.created_by,
    )


def get_finding(session: Session, number: str) -> FindingInfo:
    return _info(_row(session, number))


def list_findings(
    session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[FindingInfo]:
    """Findings found in the given days (all when None), oldest first."""
    stmt = select(Finding).order_by(Finding.found_on, Finding.id)
    if date_from is not None:
        stmt = stmt.where(Finding.found_on >= date_from)
    if date_to is not None:
        stmt = stmt.where(Finding.found_on <= date_to)
    return [_info(row) for row in session.execute(stmt).scalars()]
