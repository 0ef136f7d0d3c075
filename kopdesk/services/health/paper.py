"""The Laporan Penilaian Kesehatan Koperasi's data from the book: the cooperative's
header and who signs (the pengurus' Ketua and the pengawas serving on the day of the
assessment) around an :class:`~kopdesk.domain.health.Assessment` a scheme computed."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from kopdesk.domain.health import Assessment
from kopdesk.domain.papers.health import HealthPaper, HealthSigner, health_paper
from kopdesk.services.ledger import books
from kopdesk.services.members import register as members

__all__ = ["health_paper_of"]


def health_paper_of(
    session: Session,
    assessment: Assessment,
    *,
    answers: Sequence[tuple[str, str, bool]] = (),
    trend: Sequence[Assessment] = (),
) -> HealthPaper:
    """The paper of ``assessment``: header from the profile; the Ketua and every
    pengawas in office on ``assessment.as_of`` sign (dotted places when none is
    recorded). Reads only."""
    profile = books.get_profile(session)
    terms = members.organ_terms(session, on=assessment.as_of)
    ketua = [
        HealthSigner("Ketua", t.member_name) for t in terms if t.role is members.OrganKind.KETUA
    ]
    pengawas = [HealthSigner("Pengawas", t.member_name) for t in terms if t.role.is_pengawas]
    return health_paper(
        profile.header,
        assessment,
        answers=answers,
        trend=trend,
        pengurus=ketua[:1],
        pengawas=pengawas,
    )
