"""Which health schemes kopdesk can assess, by :class:`Scheme`: the assessment of a
year, the trend over the book's years, and the questions whose answers are stored.

Only the schemes registered in :data:`ASSESSORS` are available; asking for another
gives an Indonesian ``ValidationError``. The scheme used by default is the setting
``health.scheme`` (KKPKK unless changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.health import Assessment, Scheme
from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.models import FiscalYear
from kopdesk.services.base import settings
from kopdesk.services.health import answers, common, kkpkk, pearls, perdep
from kopdesk.services.health.kkpkk_questions import KKPKK_QUESTIONS

__all__ = [
    "ASSESSORS",
    "QUESTIONS",
    "answered",
    "assess",
    "assess_or_none",
    "available",
    "default_scheme",
    "history",
    "questions",
    "save_answers",
    "trend",
]

Assessor = Callable[[Session, int, "dt.date | None"], Assessment]


def _assess_kkpkk(session: Session, year: int, as_of: dt.date | None) -> Assessment:
    """KKPKK with the stored checklist answers and the predicate bands of the settings."""
    given = answers.answers(session, Scheme.KKPKK, year)
    return kkpkk.assess_kkpkk(session, year, given, as_of, common.bands(session))


def _kkpkk_questions() -> dict[str, str]:
    return {q.key: q.text for q in KKPKK_QUESTIONS}


ASSESSORS: dict[Scheme, Assessor] = {
    Scheme.PERDEP_2016: perdep.assess_perdep,
    Scheme.KKPKK: _assess_kkpkk,
    Scheme.PEARLS: pearls.assess_pearls,
}
"""The schemes kopdesk computes, each with its assessment function."""
QUESTIONS: dict[Scheme, Callable[[], dict[str, str]]] = {
    Scheme.PERDEP_2016: perdep.questions,
    Scheme.KKPKK: _kkpkk_questions,
}
"""Each scheme's qualitative questions by key (the answers it stores), in order."""


def available() -> tuple[Scheme, ...]:
    return tuple(ASSESSORS)


def _check(scheme: Scheme) -> Assessor:
    found = ASSESSORS.get(scheme)
    if found is None:
        names = ", ".join(str(s) for s in ASSESSORS)
        raise ValidationError(
            "scheme",
            f"Penilaian kesehatan {scheme.label} belum tersedia di kopdesk ini; "
            f"yang tersedia: {names}.",
        )
    return found


def default_scheme(session: Session) -> Scheme:
    """The scheme the cooperative chose (setting ``health.scheme``)."""
    return Scheme(settings.get_text(session, settings.HEALTH_SCHEME))


def assess(session: Session, scheme: Scheme, year: int, as_of: dt.date | None = None) -> Assessment:
    """The assessment of tahun buku ``year`` by ``scheme`` as of ``as_of`` (the year's
    last day when None). Reads only."""
    return _check(scheme)(session, year, as_of)


def history(session: Session, scheme: Scheme, until: int | None = None) -> list[Assessment]:
    """The assessment of every closed and open tahun buku (up to ``until`` when
    given), oldest first (the trend). A year still running is assessed as of today."""
    assessor = _check(scheme)
    today = clock.today()
    out = []
    for year, start, end in session.execute(
        select(FiscalYear.year, FiscalYear.start_date, FiscalYear.end_date).order_by(
            FiscalYear.year
        )
    ).all():
        if start > today or (until is not None and year > until):
            continue
        out.append(assessor(session, year, min(end, today)))
    return out


def save_answers(
    session: Session, actor: Actor, scheme: Scheme, year: int, values: Mapping[str, bool]
) -> int:
    """Store answers to ``scheme``'s questions for ``year`` (``health.assess``, audited);
    returns how many changed. An unknown key or scheme writes nothing."""
    keys = questions(scheme)
    return answers.save_answers(session, actor, scheme, year, values, keys=keys)


def questions(scheme: Scheme) -> dict[str, str]:
    """``scheme``'s questions by key, in order; ``ValidationError`` when not available."""
    _check(scheme)
    found = QUESTIONS.get(scheme)
    return found() if found is not None else {}


def answered(session: Session, scheme: Scheme, year: int) -> list[tuple[str, str, bool]]:
    """Every question of ``scheme`` with its stored answer for ``year`` as
    (key, question, ya), in the questions' order; a question not answered reads
    "tidak" (False), which is how the assessment counts it."""
    given = answers.answers(session, scheme, year)
    return [(key, text, given.get(key, False)) for key, text in questions(scheme).items()]


def trend(session: Session, scheme: Scheme, year: int) -> list[Assessment]:
    """The assessments of the tahun buku up to ``year``, oldest first."""
    return history(session, scheme, until=year)


def assess_or_none(session: Session, year: int) -> Assessment | None:
    """The default scheme's assessment of ``year`` for a paper that prints it beside
    other things (the RAT book, the Dinas data); None when the book cannot be
    assessed for that year (no such tahun buku, a scheme not available)."""
    try:
        return assess(session, default_scheme(session), year)
    except KopdeskError:
        return None
