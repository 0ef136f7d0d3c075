"""The Berita Acara Pemeriksaan (laporan pengawas) of a tahun buku: what the pengawas
recorded in it, for the paper and the RAT book's pengawas chapter."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.papers.supervision import (
    CashCountPaper,
    CountLinePaper,
    FindingPaper,
    SampleItemPaper,
    SamplePaper,
    SupervisionReport,
)
from kopdesk.domain.supervision import FindingStatus
from kopdesk.errors import NotFoundError
from kopdesk.models import FiscalYear
from kopdesk.services.ledger import books
from kopdesk.services.members.register import OrganKind, organ_terms
from kopdesk.services.supervision.cash_count import CashCountRecord, list_cash_counts
from kopdesk.services.supervision.findings import list_findings
from kopdesk.services.supervision.samples import SampleInfo, list_samples

__all__ = ["supervision_report", "year_span"]


def year_span(session: Session, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of tahun buku ``year``; ``NotFoundError`` when the book has none."""
    books.check_year(year)
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada di buku ini.")
    return row.start_date, row.end_date


def _count(c: CashCountRecord) -> CashCountPaper:
    return CashCountPaper(
        number=c.number,
        counted_at=c.counted_at,
        account=f"{c.account_code} {c.account_name}",
        lines=tuple(
            CountLinePaper(
                line.denomination.label, line.denomination.value, line.pieces, line.amount
            )
            for line in c.lines
        ),
        physical_total=c.physical_total,
        book_balance=c.book_balance,
        difference=c.difference,
        counter_name=c.counter_name,
        witness=c.witness,
        note=c.note,
    )


def _sample(s: SampleInfo) -> SamplePaper:
    return SamplePaper(
        number=s.number,
        kind_label=s.kind.label,
        date_from=s.date_from,
        date_to=s.date_to,
        size=s.size,
        seed=s.seed,
        population=s.population,
        items=tuple(
            SampleItemPaper(i.position, i.ref, i.label, i.checked, i.note) for i in s.items
        ),
        checked=s.checked_count,
    )


def supervision_report(session: Session, year: int) -> SupervisionReport:
    """Every cash count, sample and finding of tahun buku ``year`` (samples whose period
    overlaps it), with the pengawas and the ketua serving at its end."""
    start, end = year_span(session, year)
    found = list_findings(session, start, end)
    terms = organ_terms(session, on=end)
    return SupervisionReport(
        header=books.get_profile(session).header,
        year=year,
        start=start,
        end=end,
        counts=tuple(_count(c) for c in list_cash_counts(session, start, end)),
        samples=tuple(_sample(s) for s in list_samples(session, start, end)),
        findings=tuple(
            FindingPaper(
                f.number,
                f.found_on,
                f.title,
                f.description,
                f.recommendation,
                f.status.label,
                f.status_date,
                f.response,
            )
            for f in found
        ),
        pengawas=tuple(t.member_name for t in terms if t.role.is_pengawas),
        ketua=next((t.member_name for t in terms if t.role is OrganKind.KETUA), ""),
        findings_by_status=tuple(
            (status.label, sum(1 for f in found if f.status is status)) for status in FindingStatus
        ),
    )
