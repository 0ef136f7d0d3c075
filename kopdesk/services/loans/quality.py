"""Loan quality: arrears as of any date, aging, kolektibilitas, the allowance (PPAP).

Days past due count from the oldest installment still owing principal or
interest. Grades and allowance percentages are settings with the
KOPERASI.md §4.3/§4.4 defaults. The allowance of a kurang lancar, diragukan
or macet loan is on its balance less the collateral counted (its value × the
share its kind counts, a setting), never below zero; a lancar loan's on its
balance. The month-end allowance run posts the difference between the
required allowance and the allowance account.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import (
    AGING_BUCKETS,
    AllowanceRule,
    CollateralKind,
    CollateralRule,
    Grade,
    GradeRule,
    aging_bucket,
)
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds, parse_percent
from kopdesk.errors import DomainError
from kopdesk.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    LoanAllowanceRun,
    LoanProduct,
    Member,
)
from kopdesk.services.base import audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records, schedules
from kopdesk.services.members.register import organ_terms

SOURCE_ALLOWANCE = "pinjaman.ppap"

GRADE_KL = settings.LOAN_GRADE_KL
GRADE_D = settings.LOAN_GRADE_D
GRADE_M = settings.LOAN_GRADE_M
PPAP_L = settings.LOAN_PPAP_L
PPAP_KL = settings.LOAN_PPAP_KL
PPAP_D = settings.LOAN_PPAP_D
PPAP_M = settings.LOAN_PPAP_M
RELATED_LIMIT = settings.LOAN_RELATED_LIMIT


def grade_rule(session: Session) -> GradeRule:
    rule = GradeRule(
        settings.get_int(session, GRADE_KL),
        settings.get_int(session, GRADE_D),
        settings.get_int(session, GRADE_M),
    )
    if not rule.kurang_lancar_after < rule.diragukan_after < rule.macet_after:
        return GradeRule()  # inconsistent settings: the documented defaults
    return rule


def allowance_rule(session: Session) -> AllowanceRule:
    def pct(setting: settings.TextSetting) -> Decimal:
        return parse_percent(settings.get_text(session, setting), field=setting.key)

    return AllowanceRule(pct(PPAP_L), pct(PPAP_KL), pct(PPAP_D), pct(PPAP_M))


def collateral_rule(session: Session) -> CollateralRule:
    """The share of each kind of collateral counted against the allowance (settings)."""
    return CollateralRule(
        *(
            parse_percent(settings.get_text(session, x), field=x.key)
            for x in settings.LOAN_COLLATERALS
        )
    )


@dataclass(frozen=True)
class Position:
    """One loan as of a date."""

    loan_number: str
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    disbursed_on: dt.date | None
    amount: int
    outstanding: int
    overdue_principal: int
    overdue_interest: int
    late_fee: int
    days_past_due: int
    grade: Grade
    next_due: dt.date | None
    collateral: str
    collateral_value: int
    collateral_kind: CollateralKind
    collateral_counted: int
    """The collateral's value × the share its kind counts (rounded down)."""
    collateral_deducted: int
    """Taken off the allowance base: 0 for a lancar loan, else at most ``outstanding``."""

    @property
    def overdue_total(self) -> int:
        return self.overdue_principal + self.overdue_interest + self.late_fee

    @property
    def bucket(self) -> str:
        return aging_bucket(self.days_past_due)


_ROWS = select(
    Loan.id,
    Loan.number,
    Loan.product_id,
    Loan.disbursed_on,
    Loan.amount,
    Loan.collateral,
    Loan.collateral_value,
    Member.number,
    Member.full_name,
).join(Member, Member.id == Loan.member_id)


def _positions(session: Session, as_of: dt.date, loans: ColumnElement[bool]) -> list[Position]:
    """The loans matching ``loans`` (a condition on :class:`Loan`), by loan number.

    Arrears come from :func:`schedules.standings` (SQL aggregates), the outstanding
    from the loan's journal lines."""
    rule = grade_rule(session)
    collateral = collateral_rule(session)
    codes = accounts.code_map(session)
    rows = session.execute(_ROWS.where(loans).order_by(Loan.number)).all()
    infos = {}
    for product_id in {r.product_id for r in rows}:
        found = session.get(LoanProduct, product_id)
        assert found is not None
        infos[product_id] = loan_products.product_info(found, codes)
    owed = dict(
        session.execute(
            select(JournalLine.loan_id, func.sum(JournalLine.amount))
            .where(JournalLine.loan_id.in_(select(Loan.id).where(loans)))
            .where(JournalLine.date <= as_of)
            .group_by(JournalLine.loan_id)
        ).all()
    )
    rules = {r.id: infos[r.product_id].late_fee for r in rows}
    standing = schedules.standings(session, rules, as_of, loans=loans)
    kinds: dict[str, CollateralKind] = {}
    counts: dict[tuple[CollateralKind, int], int] = {}
    out = []
    for loan_id, number, product_id, disbursed_on, amount, pledged, value, member, name in rows:
        product = infos[product_id]
        now = standing.get(loan_id, _NOTHING_DUE)
        grade, outstanding = rule.grade(now.days_past_due), int(owed.get(loan_id) or 0)
        kind = kinds.get(pledged)
        if kind is None:
            kind = kinds[pledged] = collateral.kind(pledged)
        counted = counts.get((kind, value))
        if counted is None:
            counted = counts[kind, value] = collateral.counted_as(kind, value)
        out.append(
            Position(
                loan_number=number,
                member_number=member,
                member_name=name,
                product_code=product.code,
                product_name=product.name,
                disbursed_on=disbursed_on,
                amount=amount,
                outstanding=outstanding,
                overdue_principal=now.overdue_principal,
                overdue_interest=now.overdue_interest,
                late_fee=now.late_fee,
                days_past_due=now.days_past_due,
                grade=grade,
                next_due=now.next_due,
                collateral=pledged,
                collateral_value=value,
                collateral_kind=kind,
                collateral_counted=counted,
                collateral_deducted=AllowanceRule.deduction(grade, outstanding, counted),
            )
        )
    return out


_NOTHING_DUE = schedules.Standing()
"""A loan without installments (nothing scheduled, so nothing overdue)."""


def _active_on(as_of: dt.date) -> ColumnElement[bool]:
    """Loans running on ``as_of``: disbursed by then and not closed before it."""
    return (
        Loan.disbursed_on.is_not(None)
        & (Loan.disbursed_on <= as_of)
        & ((Loan.closed_on.is_(None)) | (Loan.closed_on > as_of))
    )


def positions(
    session: Session, as_of: dt.date, *, member_number: str | None = None
) -> list[Position]:
    """Every loan running on ``as_of`` with its arrears and grade, by loan number."""
    loans = _active_on(as_of)
    if member_number:
        wanted = select(Member.id).where(Member.number == member_number.strip().upper())
        loans = loans & Loan.member_id.in_(wanted)
    return _positions(session, as_of, loans)


def position(session: Session, number: str, as_of: dt.date) -> Position:
    row = records.loan_row(session, number)
    return _positions(session, as_of, Loan.id == row.id)[0]


# --- arrears and kolektibilitas ----------------------------------------------------------


@dataclass(frozen=True)
class BucketTotal:
    label: str
    loans: int
    outstanding: int
    overdue: int


@dataclass(frozen=True)
class ArrearsReport:
    as_of: dt.date
    rows: tuple[Position, ...]
    """Loans with something overdue, longest overdue first."""
    buckets: tuple[BucketTotal, ...]
    """Every running loan by days past due."""

    @property
    def overdue_total(self) -> int:
        return sum(r.overdue_total for r in self.rows)

    @property
    def outstanding_total(self) -> int:
        return sum(b.outstanding for b in self.buckets)


def arrears(session: Session, as_of: dt.date) -> ArrearsReport:
    every = positions(session, as_of)
    late = sorted(
        (p for p in every if p.days_past_due > 0 or p.late_fee > 0),
        key=lambda p: (-p.days_past_due, p.loan_number),
    )
    grouped: dict[str, list[Position]] = defaultdict(list)
    for p in every:
        grouped[p.bucket].append(p)
    buckets = tuple(
        BucketTotal(
            label,
            len(grouped[label]),
            sum(p.outstanding for p in grouped[label]),
            sum(p.overdue_total for p in grouped[label]),
        )
        for label, _low, _high in AGING_BUCKETS
    )
    return ArrearsReport(as_of, tuple(late), buckets)


@dataclass(frozen=True)
class GradeTotal:
    grade: Grade
    loans: int
    outstanding: int
    percent: Decimal
    required: int
    """``percent`` × (``outstanding`` − ``collateral_deducted``)."""
    collateral_deducted: int
    """The loans' collateral counted, each at most its balance; 0 for lancar."""


@dataclass(frozen=True)
class CollectibilityReport:
    as_of: dt.date
    grades: tuple[GradeTotal, ...]
    rows: tuple[Position, ...]
    allowance_balance: int
    """The allowance account (1390) as of the date, credit-positive."""
    rule: GradeRule
    collateral: CollateralRule
    """The share of each kind of collateral counted."""

    @property
    def outstanding_total(self) -> int:
        return sum(g.outstanding for g in self.grades)

    @property
    def required_total(self) -> int:
        return sum(g.required for g in self.grades)

    @property
    def npl(self) -> int:
        """Outstanding of kurang lancar, diragukan and macet loans."""
        return sum(g.outstanding for g in self.grades if g.grade is not Grade.LANCAR)

    @property
    def npl_percent(self) -> Decimal:
        if not self.outstanding_total:
            return Decimal(0)
        return (Decimal(self.npl) * 100 / self.outstanding_total).quantize(Decimal("0.01"))

    @property
    def shortfall(self) -> int:
        """Required less formed: positive means the allowance must grow."""
        return self.required_total - self.allowance_balance


def _allowance_balance(session: Session, as_of: dt.date) -> int:
    account_id = session.execute(
        select(Account.id).where(Account.code == coa.LOAN_ALLOWANCE)
    ).scalar_one()
    return -int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id, JournalLine.date <= as_of
            )
        ).scalar_one()
    )


_REUSED = "kopdesk.loans.collectibility"


@contextmanager
def reused(session: Session) -> Iterator[None]:
    """Within the block :func:`collectibility` is computed once per date and given
    again to every later caller on ``session``: for a read gathering several papers
    that each show the grades (the RAT book and its statements' notes). Nothing may
    be written on ``session`` meanwhile."""
    if _REUSED in session.info:
        yield
        return
    session.info[_REUSED] = {}
    try:
        yield
    finally:
        del session.info[_REUSED]


def collectibility(session: Session, as_of: dt.date) -> CollectibilityReport:
    """Loans by grade with the allowance each grade requires (PPAP wajib dibentuk)."""
    memo: dict[dt.date, CollectibilityReport] | None = session.info.get(_REUSED)
    if memo is not None and as_of in memo:
        return memo[as_of]
    report = _collectibility(session, as_of)
    if memo is not None:
        memo[as_of] = report
    return report


def _collectibility(session: Session, as_of: dt.date) -> CollectibilityReport:
    every = positions(session, as_of)
    rule = allowance_rule(session)
    grades = []
    for grade in Grade:
        group = [p for p in every if p.grade is grade]
        owed = sum(p.outstanding for p in group)
        deducted = sum(p.collateral_deducted for p in group)
        grades.append(
            GradeTotal(grade, len(group), owed, rule.percent(grade),
                       rule.required(grade, owed - deducted), deducted)
        )  # fmt: skip
    return CollectibilityReport(
        as_of,
        tuple(grades),
        tuple(sorted(every, key=lambda p: (-p.days_past_due, p.loan_number))),
        _allowance_balance(session, as_of),
        grade_rule(session),
        collateral_rule(session),
    )


# --- the related-party limit ---------------------------------------------------------


def modal_sendiri(session: Session, as_of: dt.date) -> int:
    """Equity (ekuitas accounts, credit-positive) as of a date."""
    return -int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.type == "ekuitas", JournalLine.date <= as_of)
        ).scalar_one()
    )


def related_party_check(session: Session, member_id: int, amount: int, on: dt.date) -> str | None:
    """A warning when lending ``amount`` to a pengurus/pengawas would take the loans to
    related parties above the limit (≤10% of modal sendiri, KOPERASI.md §4.2)."""
    related = {t.member_number for t in organ_terms(session, on=on)}
    member = session.get(Member, member_id)
    if member is None or member.number not in related:
        return None
    limit_pct = parse_percent(settings.get_text(session, RELATED_LIMIT), field="limit")
    equity = modal_sendiri(session, on)
    limit = int(Decimal(max(equity, 0)) * limit_pct / 100)
    current = sum(p.outstanding for p in positions(session, on) if p.member_number in related)
    if current + amount <= limit:
        return None
    return (
        f"Pihak terkait (pengurus/pengawas): pinjaman kepada pihak terkait akan menjadi "
        f"{format_rupiah(current + amount)}, di atas batas {limit_pct}% modal sendiri "
        f"({format_rupiah(limit)}). Perlu persetujuan pengurus dan pengawas."
    )


# --- the month-end allowance ------------------------------------------------------------


@dataclass(frozen=True)
class AllowanceResult:
    month: str
    report: CollectibilityReport
    adjustment: int
    """Positive: the allowance grew (expense); negative: it was released."""
    entry_number: str | None


@causes(Changes(journal=True))
def run_allowance(
    session: Session, actor: Actor, month: str, *, today: dt.date | None = None
) -> AllowanceResult:
    """Post the month-end PPAP adjustment (``loans.manage``): bring the allowance
    account to the required allowance as of the month's last day. Once per month."""
    authorize(session, actor, Permission.LOANS_MANAGE)
    first, last = month_bounds(month)
    key = f"{first:%Y-%m}"
    if last > (today or clock.today()):
        raise DomainError(f"Bulan {key} belum berakhir; PPAP dihitung sesudah {last:%d-%m-%Y}.")
    done = session.execute(
        select(LoanAllowanceRun.month).where(LoanAllowanceRun.month >= key)
    ).scalar()
    if done is not None:
        raise DomainError(
            f"PPAP bulan {done} sudah diposting; bulan {key} tidak dapat diposting lagi."
        )
    journal.open_year_for(session, last)
    report = collectibility(session, last)
    adjustment = report.shortfall
    entry = None
    if adjustment:
        entry = journal.post_business_entry(
            session,
            EntryInput(
                last,
                f"Penyesuaian PPAP {key}: wajib dibentuk {format_rupiah(report.required_total)}",
                [
                    LineInput(coa.LOAN_ALLOWANCE_EXPENSE, adjustment, f"PPAP {key}"),
                    LineInput(coa.LOAN_ALLOWANCE, -adjustment, f"PPAP {key}"),
                ],
                source=SOURCE_ALLOWANCE,
            ),
            actor=actor,
        )
    detail = "; ".join(
        f"{g.grade.label}: {g.loans} pinjaman, ({g.outstanding} − agunan "
        f"{g.collateral_deducted}) × {g.percent}% = {g.required}"
        for g in report.grades
    )
    session.add(
        LoanAllowanceRun(
            month=key,
            required=report.required_total,
            previous=report.allowance_balance,
            entry_id=entry.id if entry else None,
            detail=detail,
            posted_by=actor.username,
            posted_at=clock.now(),
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "loan.allowance",
        key,
        after={
            "wajib_dibentuk": report.required_total,
            "sebelumnya": report.allowance_balance,
            "penyesuaian": adjustment,
            "jurnal": entry.number if entry else "",
        },
    )
    return AllowanceResult(key, report, adjustment, entry.number if entry else None)


@dataclass(frozen=True)
class AllowanceRunInfo:
    month: str
    required: int
    previous: int
    entry_number: str | None
    posted_by: str
    posted_at: dt.datetime

    @property
    def adjustment(self) -> int:
        return self.required - self.previous


def allowance_runs(session: Session) -> list[AllowanceRunInfo]:
    rows = session.execute(
        select(LoanAllowanceRun, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == LoanAllowanceRun.entry_id)
        .order_by(LoanAllowanceRun.month.desc())
    ).all()
    return [
        AllowanceRunInfo(r.month, r.required, r.previous, n, r.posted_by, r.posted_at)
        for r, n in rows
    ]
