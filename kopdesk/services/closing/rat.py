"""The RAT book (laporan pertanggungjawaban pengurus).

:func:`rat_data` gathers everything the book prints for one tahun buku
(KOPERASI.md §6.1): the profile, membership by sex with joiners and leavers,
pengurus and pengawas, savings by product, loans and kolektibilitas, the
financial statements, the SHU split and every member's share and balances,
and what the pengurus wrote (reports, work plan, RAPB). Per-member numbers
come from one grouped query each (savings, loans), so 10,000 members stay fast.
The SHU papers' data (list, slips, receipt) live in
:mod:`~kopdesk.services.closing.shu_papers`.

What the pengurus write (texts, RAPB) lives in
:mod:`~kopdesk.services.closing.rat_inputs`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.health import Assessment
from kopdesk.domain.loans import Grade
from kopdesk.domain.papers.rat import (
    MembershipStats,
    RatBook,
    RatGradeRow,
    RatLoanRow,
    RatLoans,
    RatMemberRow,
    RatOfficer,
    RatSavingsRow,
    RatShu,
    RatText,
    SexCount,
)
from kopdesk.domain.papers.statements import FinancialStatements
from kopdesk.domain.papers.supervision import SupervisionReport
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.vocabulary import LoanEventKind, MemberStatus
from kopdesk.errors import KopdeskError
from kopdesk.models import (
    JournalLine,
    Loan,
    LoanEvent,
    LoanProduct,
    Member,
    MemberStatusEvent,
    SavingsAccount,
    SavingsProduct,
)
from kopdesk.services.closing import statements
from kopdesk.services.closing.rat_inputs import (
    TEXT_KEYS,
    get_rapb,
    get_text,
    key_title,
    rapb_totals,
)
from kopdesk.services.closing.shu_papers import rat_shu
from kopdesk.services.closing.yearend import year_bounds
from kopdesk.services.ledger import books
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.members import register as members
from kopdesk.services.supervision import berita_acara

__all__ = [
    "Progress",
    "membership",
    "rat_data",
]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``: how far a long job is, for a progress bar."""

LEFT_LABELS = {
    MemberStatus.KELUAR: "Keluar",
    MemberStatus.MENINGGAL: "Meninggal",
    MemberStatus.DIBERHENTIKAN: "Diberhentikan",
}
COOP_TYPE_LABEL = {
    "ksp": "Koperasi Simpan Pinjam (KSP)",
    "ksu": "Koperasi Serba Usaha (KSU)",
    "kopdit": "Koperasi Kredit (Kopdit)",
}
GRADE_CODE = {Grade.LANCAR: "L", Grade.KURANG_LANCAR: "KL", Grade.DIRAGUKAN: "D", Grade.MACET: "M"}


# --- the year and its members -----------------------------------------------------------


@dataclass
class _Timeline:
    """One member's status history as far as the book is concerned."""

    sex: str
    events: list[tuple[dt.date, str]]

    def status_on(self, day: dt.date) -> str | None:
        status = None
        for date, value in self.events:
            if date > day:
                break
            status = value
        return status


def _timelines(session: Session) -> dict[int, _Timeline]:
    """Every member's status events in order (date, then recording order)."""
    sexes = dict(session.execute(select(Member.id, Member.sex)).all())
    out: dict[int, _Timeline] = {}
    rows = session.execute(
        select(
            MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.status
        ).order_by(MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.id)
    ).all()
    for member_id, date, status in rows:
        line = out.get(member_id)
        if line is None:
            line = out[member_id] = _Timeline(sexes[member_id], [])
        line.events.append((date, status))
    return out


class _Counter:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, key: str, sex: str) -> None:
        self.counts[key][0 if sex == "L" else 1] += 1

    def get(self, key: str) -> SexCount:
        men, women = self.counts.get(key, [0, 0])
        return SexCount(men, women)


def _membership(
    lines: dict[int, _Timeline], year: int, start: dt.date, end: dt.date
) -> MembershipStats:
    before = start - dt.timedelta(days=1)
    c = _Counter()
    for line in lines.values():
        if line.status_on(before) == MemberStatus.AKTIF:
            c.add("start", line.sex)
        at_end = line.status_on(end)
        if at_end == MemberStatus.AKTIF:
            c.add("end", line.sex)
        elif at_end == MemberStatus.CALON:
            c.add(MemberStatus.CALON, line.sex)
        previous = None
        for date, status in line.events:
            if start <= date <= end:
                if status == MemberStatus.AKTIF and previous != MemberStatus.AKTIF:
                    c.add("joined", line.sex)
                elif previous == MemberStatus.AKTIF and status != MemberStatus.AKTIF:
                    c.add("left", line.sex)
                    c.add(f"left:{status}", line.sex)
            previous = status
    stats = MembershipStats(
        year=year,
        start=start,
        end=end,
        at_start=c.get("start"),
        joined=c.get("joined"),
        left=c.get("left"),
        left_by_status=tuple((label, c.get(f"left:{key}")) for key, label in LEFT_LABELS.items()),
        at_end=c.get("end"),
        candidates_at_end=c.get(MemberStatus.CALON),
    )
    for attr in ("men", "women"):
        flow = (
            getattr(stats.at_start, attr) + getattr(stats.joined, attr) - getattr(stats.left, attr)
        )
        if flow != getattr(stats.at_end, attr):
            raise LedgerInvariantError(f"membership {year}: {attr} {flow} != at end")
    return stats


def membership(session: Session, year: int) -> MembershipStats:
    """Members at the start and end of tahun buku ``year`` by sex, joiners and
    leavers, from the members' status history."""
    start, end, _closed = year_bounds(session, year)
    return _membership(_timelines(session), year, start, end)


def _officers(session: Session, end: dt.date) -> tuple[list[RatOfficer], list[RatOfficer]]:
    pengurus: list[RatOfficer] = []
    pengawas: list[RatOfficer] = []
    for t in members.organ_terms(session, on=end):
        officer = RatOfficer(t.role.label, t.member_number, t.member_name, t.term_start, t.term_end)
        (pengawas if t.role.is_pengawas else pengurus).append(officer)
    return pengurus, pengawas


# --- savings and loans ------------------------------------------------------------------


@dataclass(frozen=True)
class _SavingsBalances:
    rows: list[RatSavingsRow]
    by_member: dict[int, dict[str, int]]
    """member id → product kind → balance at the end of the year."""


def _savings(session: Session, start: dt.date, end: dt.date) -> _SavingsBalances:
    """Every savings account's balance the day before the year and at its end, in
    one grouped query; per product (members with a balance, total) and per member."""
    before = start - dt.timedelta(days=1)
    # Summed per account first, then joined: SQLite reads the lines in the account
    # index's order instead of sorting every line by account, product and member.
    per_account = (
        select(
            JournalLine.savings_account_id.label("id"),
            func.sum(case((JournalLine.date <= before, JournalLine.amount), else_=0)).label("o"),
            func.sum(JournalLine.amount).label("c"),
        )
        .where(JournalLine.savings_account_id.is_not(None), JournalLine.date <= end)
        .group_by(JournalLine.savings_account_id)
        .subquery()
    )
    sums = session.execute(
        select(
            SavingsAccount.product_id, SavingsAccount.member_id, per_account.c.o, per_account.c.c
        ).join(per_account, per_account.c.id == SavingsAccount.id)
    ).all()
    products = list(session.execute(select(SavingsProduct).order_by(SavingsProduct.id)).scalars())
    kind = {p.id: p.kind for p in products}
    members_at: dict[tuple[int, str], set[int]] = defaultdict(set)
    totals: dict[tuple[int, str], int] = defaultdict(int)
    by_member: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for product_id, member_id, opening, closing in sums:
        for when, amount in (("start", -int(opening or 0)), ("end", -int(closing or 0))):
            if amount:
                members_at[product_id, when].add(member_id)
                totals[product_id, when] += amount
        if closing:
            by_member[member_id][kind[product_id]] += -int(closing)
    rows = [
        RatSavingsRow(
            p.name,
            ProductKind(p.kind).label,
            len(members_at[p.id, "start"]),
            totals[p.id, "start"],
            len(members_at[p.id, "end"]),
            totals[p.id, "end"],
            totals[p.id, "end"] - totals[p.id, "start"],
        )
        for p in products
    ]
    return _SavingsBalances(rows, by_member)


def _percent(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal("0.00")
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.01"))


def _loans(session: Session, start: dt.date, end: dt.date) -> RatLoans:
    """Loans disbursed within the year per product (one grouped query) and the
    kolektibilitas of every loan running at its end."""
    report = loan_quality.collectibility(session, end)
    disbursed = {
        product_id: (int(count), int(amount or 0))
        for product_id, count, amount in session.execute(
            select(Loan.product_id, func.count(LoanEvent.id), func.sum(Loan.amount))
            .join(LoanEvent, LoanEvent.loan_id == Loan.id)
            .where(
                LoanEvent.kind == LoanEventKind.CAIR, LoanEvent.date >= start, LoanEvent.date <= end
            )
            .group_by(Loan.product_id)
        ).all()
    }
    running: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in report.rows:
        group = running[p.product_code]
        group[0] += 1
        group[1] += p.outstanding
        group[2] += p.outstanding if p.grade is not Grade.LANCAR else 0
    rows = []
    for product in session.execute(select(LoanProduct).order_by(LoanProduct.id)).scalars():
        count, amount = disbursed.get(product.id, (0, 0))
        loans, owed, npl = running.get(product.code, [0, 0, 0])
        rows.append(RatLoanRow(product.name, count, amount, loans, owed, npl))
    total = report.outstanding_total
    grades = tuple(
        RatGradeRow(
            g.grade.label,
            GRADE_CODE[g.grade],
            g.loans,
            g.outstanding,
            _percent(g.outstanding, total),
            g.percent,
            g.required,
        )
        for g in report.grades
    )
    if sum(r.outstanding_end for r in rows) != total:
        raise LedgerInvariantError(f"loans per {end}: products and grades disagree")
    return RatLoans(
        rows=tuple(rows),
        total_disbursed_count=sum(r.disbursed_count for r in rows),
        total_disbursed=sum(r.disbursed for r in rows),
        total_loans_end=sum(r.loans_end for r in rows),
        total_outstanding_end=total,
        grades=grades,
        npl=report.npl,
        npl_percent=report.npl_percent,
        allowance_required=report.required_total,
        allowance_formed=report.allowance_balance,
    )


def loans_of_year(session: Session, year: int) -> RatLoans:
    """The loans of tahun buku ``year`` as the RAT book shows them: disbursed within
    the year per product, and every loan running at its end by kolektibilitas."""
    start, end, _closed = year_bounds(session, year)
    return _loans(session, start, end)


def _loans_by_member(session: Session, end: dt.date) -> dict[int, int]:
    """Each member's loan outstanding at the end of ``end`` (one grouped query)."""
    return {
        member_id: int(total)
        for member_id, total in session.execute(
            select(Loan.member_id, func.sum(JournalLine.amount))
            .join(Loan, Loan.id == JournalLine.loan_id)
            .where(JournalLine.date <= end)
            .group_by(Loan.member_id)
        ).all()
        if total
    }


# --- statements -------------------------------------------------------------------------


def _statements(session: Session, year: int) -> tuple[FinancialStatements | None, str]:
    """The year's five statements with comparatives, or None and why not."""
    try:
        return statements.all_statements(session, statements.period_of(session, year)), ""
    except KopdeskError as exc:
        return None, f"Laporan keuangan belum dapat disusun: {exc.message}"


# --- the book ---------------------------------------------------------------------------

_STEPS = (
    "Profil koperasi",
    "Keanggotaan dan pengurus",
    "Simpanan",
    "Pinjaman dan kolektibilitas",
    "Laporan keuangan",
    "Pembagian SHU",
    "Saldo setiap anggota",
    "Teks dan RAPB",
)


def _members_appendix(
    session: Session,
    lines: dict[int, _Timeline],
    end: dt.date,
    saved: _SavingsBalances,
    distribution: RatShu,
) -> tuple[tuple[RatMemberRow, ...], RatMemberRow]:
    """Every member who was aktif at the end of the year or holds a balance or SHU,
    by member number."""
    owed = _loans_by_member(session, end)
    report = distribution.report
    shares = {r.number: r.total for r in report.rows} if report else {}
    rows = []
    for member_id, number, name in session.execute(
        select(Member.id, Member.number, Member.full_name).order_by(Member.number)
    ).all():
        kinds = saved.by_member.get(member_id, {})
        line = lines.get(member_id)
        aktif = line is not None and line.status_on(end) == MemberStatus.AKTIF
        share = shares.get(number, 0)
        if not (aktif or any(kinds.values()) or owed.get(member_id) or share):
            continue
        rows.append(
            RatMemberRow(
                number,
                name,
                kinds.get("pokok", 0),
                kinds.get("wajib", 0),
                kinds.get("sukarela", 0),
                kinds.get("berjangka", 0),
                owed.get(member_id, 0),
                share,
            )
        )
    total = RatMemberRow(
        "",
        "Jumlah",
        *(
            sum(getattr(r, f) for r in rows)
            for f in ("pokok", "wajib", "sukarela", "berjangka", "loan", "shu")
        ),
    )
    return tuple(rows), total


def rat_data(
    session: Session,
    year: int,
    progress: Progress | None = None,
    *,
    health: Assessment | None = None,
) -> RatBook:
    """Everything the RAT book of tahun buku ``year`` prints, checked; ``health`` (the
    year's assessment, computed by a health scheme) goes into the finance chapter.

    ``progress(done, total, label)`` is called before each step (eight steps)."""

    def step(index: int) -> None:
        if progress is not None:
            progress(index, len(_STEPS), _STEPS[index] if index < len(_STEPS) else "Data terkumpul")

    with loan_quality.reused(session):  # the loans and the statements' notes share the grades
        return dataclasses.replace(_rat_data(session, year, step), health=health)


def _rat_data(session: Session, year: int, step: Callable[[int], None]) -> RatBook:
    step(0)
    start, end, closed = year_bounds(session, year)
    profile = books.get_profile(session)
    step(1)
    lines = _timelines(session)
    stats = _membership(lines, year, start, end)
    pengurus, pengawas = _officers(session, end)
    step(2)
    saved = _savings(session, start, end)
    step(3)
    loans = _loans(session, start, end)
    step(4)
    statements, statements_note = _statements(session, year)
    step(5)
    distribution = rat_shu(session, year)
    step(6)
    member_rows, member_total = _members_appendix(session, lines, end, saved, distribution)
    step(7)
    texts = tuple(RatText(k, key_title(k, year), get_text(session, year, k)) for k in TEXT_KEYS)
    rapb = tuple(get_rapb(session, year))
    step(len(_STEPS))
    return RatBook(
        header=profile.header,
        year=year,
        start=start,
        end=end,
        coop_type_label=COOP_TYPE_LABEL.get(profile.coop_type.value, profile.coop_type.value),
        legal_date=profile.legal_date,
        closed=closed,
        membership=stats,
        pengurus=tuple(pengurus),
        pengawas=tuple(pengawas),
        savings=tuple(saved.rows),
        savings_total_start=sum(r.balance_start for r in saved.rows),
        savings_total_end=sum(r.balance_end for r in saved.rows),
        savings_total_change=sum(r.change for r in saved.rows),
        loans=loans,
        statements=statements,
        statements_note=statements_note,
        shu=distribution,
        texts=texts,
        rapb=rapb,
        rapb_totals=rapb_totals(rapb),
        members=member_rows,
        members_total=member_total,
        supervision=_supervision(session, year),
    )


def _supervision(session: Session, year: int) -> SupervisionReport | None:
    report = berita_acara.supervision_report(session, year)
    return None if report.empty else report
