"""The annual data for the Dinas Koperasi / ODS (KOPERASI.md §6.2) of one tahun buku.

Where each figure comes from:

- identity: the cooperative's profile; the RAT date is the date the SHU of the year
  was posted (kopdesk posts the SHU split on the RAT's day, ``shu.post``), empty
  while it is not;
- members: the member register's status history. A member counts at a date when the
  latest status event up to that date is ``aktif`` (calon anggota are not members
  yet). New members: those whose first ``aktif`` event falls in the year; leaving:
  the exits (keluar, meninggal, diberhentikan) dated in the year. Every member has a
  sex (L/P) in kopdesk, so ``unknown`` stays 0;
- pengurus and pengawas: the members' offices (``organ_role``, Anggota → Jabatan;
  ketua, wakil ketua, sekretaris and bendahara are pengurus) serving on the year's
  last day, by the member's sex; managers and staff: the karyawan register of the
  buku administrasi — both through :func:`.registers.officer_counts`;
- modal sendiri = total equity, modal luar = total liabilities, assets = total
  assets: the Laporan Posisi Keuangan at the year end; income and SHU (after tax):
  the year's PHU — both from :mod:`kopdesk.services.closing.statements`, never summed
  here;
- volume usaha [U]: the Dinas forms do not define it for a KSP/USP; kopdesk reports
  the loans disbursed in the year (principal; a restructured loan is not new
  lending), the usual reading for savings and loan business, and gives the year's
  total income beside it so the Dinas can take the other reading;
- the health predicate is passed in (None: ``belum dinilai``).

An open year is reported up to today (``interim``), like its statements.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.health import Predicate
from kopdesk.domain.papers.dinas import DinasData, SexCount
from kopdesk.domain.papers.statements import Statement
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.models import Loan, Member, MemberStatusEvent
from kopdesk.services.closing import shu, statements
from kopdesk.services.dinas.registers import officer_counts
from kopdesk.services.ledger.books import get_profile

__all__ = [
    "assessed_dinas_data",
    "dinas_data",
    "member_counts",
    "periodic_statements",
    "volume_usaha",
]

EXITS = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)


def _count(sexes: list[str]) -> SexCount:
    laki = sexes.count("L")
    perempuan = sexes.count("P")
    return SexCount(laki, perempuan, len(sexes) - laki - perempuan)


def _active_on(session: Session, day: dt.date) -> SexCount:
    latest = (
        select(
            MemberStatusEvent.member_id,
            MemberStatusEvent.status,
            func.row_number()
            .over(
                partition_by=MemberStatusEvent.member_id,
                order_by=(MemberStatusEvent.date.desc(), MemberStatusEvent.id.desc()),
            )
            .label("n"),
        )
        .where(MemberStatusEvent.date <= day)
        .subquery()
    )
    sexes = session.execute(
        select(Member.sex)
        .join(latest, latest.c.member_id == Member.id)
        .where(latest.c.n == 1, latest.c.status == MemberStatus.AKTIF)
    ).scalars()
    return _count(list(sexes))


def member_counts(
    session: Session, start: dt.date, end: dt.date
) -> tuple[SexCount, SexCount, SexCount, SexCount]:
    """Members at the start (the day before ``start``) and at ``end``, joined and
    left between the two (both days included), by sex."""
    first_active = (
        select(MemberStatusEvent.member_id, func.min(MemberStatusEvent.date).label("day"))
        .where(MemberStatusEvent.status == MemberStatus.AKTIF)
        .group_by(MemberStatusEvent.member_id)
        .subquery()
    )
    joined = session.execute(
        select(Member.sex)
        .join(first_active, first_active.c.member_id == Member.id)
        .where(first_active.c.day.between(start, end))
    ).scalars()
    left = session.execute(
        select(Member.sex)
        .join(MemberStatusEvent, MemberStatusEvent.member_id == Member.id)
        .where(MemberStatusEvent.status.in_(EXITS), MemberStatusEvent.date.between(start, end))
    ).scalars()
    return (
        _active_on(session, start - dt.timedelta(days=1)),
        _active_on(session, end),
        _count(list(joined)),
        _count(list(left)),
    )


def volume_usaha(session: Session, start: dt.date, end: dt.date) -> int:
    """Principal of the loans disbursed between ``start`` and ``end`` (restructured
    loans, which lend no new money, left out)."""
    total = session.execute(
        select(func.coalesce(func.sum(Loan.amount), 0)).where(
            Loan.disbursed_on.between(start, end), Loan.restructured_from_id.is_(None)
        )
    ).scalar_one()
    return int(total)


def periodic_statements(session: Session, year: int, as_of: dt.date) -> tuple[Statement, ...]:
    """The Laporan Posisi Keuangan and PHU of each quarter, then each semester, of
    ``year`` that has begun by ``as_of``."""
    found: list[Statement] = []
    for kind, count in (("quarter", 4), ("semester", 2)):
        for number in range(1, count + 1):
            period = statements.period_of(session, year, kind, number, as_of=as_of)
            if period.start > as_of:
                continue
            found.append(statements.balance_sheet(session, period))
            found.append(statements.income_statement(session, period))
    return tuple(found)


def _rat_date(session: Session, year: int) -> dt.date | None:
    return shu.get_plan(session, year).posted_on


def assessed_dinas_data(session: Session, year: int) -> DinasData:
    """:func:`dinas_data` with the predicate of the year's health assessment by the
    cooperative's scheme (setting ``health.scheme``); "belum dinilai" when the year
    cannot be assessed."""
    from kopdesk.services.health import schemes

    assessment = schemes.assess_or_none(session, year)
    return dinas_data(session, year, assessment.predicate if assessment is not None else None)


def dinas_data(
    session: Session,
    year: int,
    health: Predicate | None = None,
    *,
    as_of: dt.date | None = None,
) -> DinasData:
    """The §6.2 data of tahun buku ``year`` (see the module's notes for each figure).

    Raises ``NotFoundError`` when the book has no such year."""
    period = statements.period_of(session, year, "year", as_of=as_of)
    profile = get_profile(session)
    balance = statements.balance_sheet(session, period)
    income = statements.income_statement(session, period)
    start_count, end_count, joined, left = member_counts(session, period.start, period.end)
    people = officer_counts(session, period.end)
    return DinasData(
        year=year,
        as_of=period.end,
        interim=period.interim,
        name=profile.name,
        nik_koperasi=profile.nik_koperasi,
        legal_number=profile.legal_number,
        legal_date=profile.legal_date,
        address=profile.address,
        coop_type=profile.coop_type.label,
        rat_date=_rat_date(session, year),
        members_start=start_count,
        members_end=end_count,
        members_new=joined,
        members_left=left,
        pengurus=people["pengurus"],
        pengawas=people["pengawas"],
        karyawan=people["karyawan"],
        modal_sendiri=balance.amount("jumlah_ekuitas"),
        modal_luar=balance.amount("jumlah_liabilitas"),
        assets=balance.amount("jumlah_aset"),
        volume_usaha=volume_usaha(session, period.start, period.end),
        income=income.amount("jumlah_pendapatan"),
        shu=income.amount("shu"),
        health=health,
        statements=periodic_statements(session, year, period.end),
    )
