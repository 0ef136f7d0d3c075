"""Answers to the qualitative questions of a health assessment, stored per scheme and
tahun buku: the Perdep 06/2016 Manajemen questionnaire (``perdep.umum.1`` …) and the
KKPKK checklists use the same table and functions.

Reading needs nothing; saving needs ``health.assess`` (pengawas, ketua; Admin) and is
audited (one record per save, with each answer that changed). Bad input writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import ValidationError
from kopdesk.models import HealthAnswer
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.closing.yearend import year_bounds

__all__ = ["Answer", "answer_rows", "answers", "parse_value", "save_answers", "value_text"]

YES = "ya"
NO = "tidak"


def parse_value(text: str, field: str = "value") -> bool:
    """``ya`` → True, ``tidak`` → False (any case, spaces ignored); else ValidationError."""
    clean = text.strip().lower()
    if clean == YES:
        return True
    if clean == NO:
        return False
    shown = text.strip()[:20]
    raise ValidationError(field, f"Jawaban '{shown}' tidak dikenal; tulis ya atau tidak.")


def value_text(value: bool) -> str:
    return YES if value else NO


@dataclass(frozen=True)
class Answer:
    key: str
    value: bool
    answered_by: str
    answered_at: dt.datetime


def answer_rows(session: Session, scheme: Scheme, year: int) -> list[Answer]:
    """Every stored answer of ``scheme`` for ``year`` with who answered it, by key."""
    rows = session.execute(
        select(HealthAnswer)
        .where(HealthAnswer.scheme == str(scheme), HealthAnswer.year == year)
        .order_by(HealthAnswer.key)
    ).scalars()
    return [Answer(r.key, bool(r.value), r.answered_by, r.answered_at) for r in rows]


def answers(session: Session, scheme: Scheme, year: int) -> dict[str, bool]:
    """The stored answers of ``scheme`` for ``year`` by question key (unanswered: absent)."""
    return {a.key: a.value for a in answer_rows(session, scheme, year)}


@causes(NOTHING)
def save_answers(
    session: Session,
    actor: Actor,
    scheme: Scheme,
    year: int,
    values: Mapping[str, bool],
    *,
    keys: Collection[str],
) -> int:
    """Store ``values`` (question key → ya/tidak) for ``scheme`` and tahun buku ``year``;
    returns how many answers changed. ``keys`` are the scheme's question keys: any other
    key is refused (``ValidationError``) before anything is written. Needs
    ``health.assess``; one audit record per save with the answers before and after."""
    authorize(session, actor, Permission.HEALTH_ASSESS)
    year_bounds(session, year)
    unknown = sorted(k for k in values if k not in keys)
    if unknown:
        shown = ", ".join(unknown[:5])
        raise ValidationError(
            "key", f"Pertanyaan {shown} tidak ada pada penilaian {scheme.label}; periksa kuncinya."
        )
    stored = {
        r.key: r
        for r in session.execute(
            select(HealthAnswer).where(
                HealthAnswer.scheme == str(scheme), HealthAnswer.year == year
            )
        ).scalars()
    }
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    now = clock.now()
    for key in sorted(values):
        value = bool(values[key])
        row = stored.get(key)
        if row is not None and bool(row.value) == value:
            continue
        before[key] = value_text(bool(row.value)) if row is not None else "-"
        after[key] = value_text(value)
        if row is None:
            session.add(
                HealthAnswer(
                    scheme=str(scheme), year=year, key=key, value=value,
                    answered_by=actor.username, answered_at=now,
                )
            )  # fmt: skip
        else:
            row.value, row.answered_by, row.answered_at = value, actor.username, now
    if not after:
        return 0
    session.flush()
    audit.record(session, actor, "health.answer", f"{scheme}/{year}", before=before, after=after)
    return len(after)
