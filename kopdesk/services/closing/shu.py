"""SHU distribution: the year's plan, each member's share, posting and payment.

The pool is the SHU of a closed tahun buku (the closing entry's surplus, now in
3501 *SHU tahun lalu belum dibagi*). The plan holds the AD/ART percentages the
RAT decided and the bases (KOPERASI.md §3.3, [U] parts are settings):

- jasa modal: each member's pokok + wajib (optionally + sukarela) at year end,
  or the average of the twelve month-end balances;
- jasa usaha: loan interest (jasa) the member paid in the year, the loans the
  member received (volume), or purchases (lines on 43xx accounts).

SHU earned from business with non-members is not paid out to members
(KOPERASI.md §3.1): with the setting ``shu.non_member_reserve`` on (the
default) that part — the SHU × non-member income (42xx) / all income of the
year — is set apart to cadangan first, and the plan's percentages share the rest.

Members who were *aktif* on the last day of the year share; every split is exact
(largest remainder), so the parts sum to what is shared and the members' shares
to their parts. A part that cannot be shared (nobody has a basis) goes to
cadangan. Posting moves 3501 to cadangan (with the non-members' part), the funds
(23xx) and 2321 per member, and keeps in ``ShuPlan.pool`` what the plan shared;
paying moves a member's 2321 to cash or to the member's simpanan sukarela, with
a receipt.

The bases live in :mod:`~kopdesk.services.closing.shu_bases`, paying in
:mod:`~kopdesk.services.closing.shu_payout`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain import shu as rules
from kopdesk.domain.changes import NOTHING, Changes
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import (
    Account,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Member,
    ShuMember,
    ShuPayment,
    ShuPlan,
    YearCloseEvent,
)
from kopdesk.services.base import audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.closing import sums, yearend
from kopdesk.services.closing.shu_bases import aktif_on, modal_bases, usaha_bases
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput

__all__ = [
    "SOURCE_POST",
    "UNSHARED_ACCOUNT",
    "MemberShare",
    "PlanInfo",
    "PlanInput",
    "ShuResult",
    "account_balance",
    "check_plan",
    "compute",
    "get_plan",
    "income_split",
    "non_member_part",
    "pool_for",
    "post",
    "save_plan",
    "simulate",
]

SOURCE_POST = "shu"
UNSHARED_ACCOUNT = Code.CADANGAN_UMUM
"""Where a part that nobody can share goes (cadangan umum)."""


@dataclass(frozen=True)
class PlanInput:
    allocation: dict[str, Decimal]
    modal_basis: str = "akhir_tahun"
    include_sukarela: bool = False
    usaha_basis: str = "bunga"
    decision: str = ""


@dataclass(frozen=True)
class PlanInfo:
    year: int
    allocation: dict[str, Decimal]
    modal_basis: str
    include_sukarela: bool
    usaha_basis: str
    decision: str
    status: str
    pool: int | None
    """Once posted, what the plan shared: the SHU less the non-members' part."""
    posted_on: dt.date | None
    entry_number: str | None

    def as_input(self) -> PlanInput:
        return PlanInput(
            dict(self.allocation),
            self.modal_basis,
            self.include_sukarela,
            self.usaha_basis,
            self.decision,
        )


@dataclass(frozen=True)
class MemberShare:
    member_id: int
    number: str
    name: str
    modal_basis: int
    usaha_basis: int
    jasa_modal: int
    jasa_usaha: int
    total: int
    paid: int = 0
    paid_method: str = ""
    receipt_number: str = ""


@dataclass(frozen=True)
class ShuResult:
    year: int
    pool: int
    """The year's SHU."""
    parts: dict[str, int]
    """The plan's parts of ``shared``."""
    members: list[MemberShare]
    undistributed: int
    """Member parts nobody could share (no basis); they go to cadangan."""
    plan: PlanInput
    posted: bool
    modal_total: int = 0
    usaha_total: int = 0
    entry_number: str | None = None
    notes: list[str] = field(default_factory=list)
    non_member: int = 0
    """SHU from business with non-members, set apart to cadangan (not shared)."""
    non_member_income: int = 0
    income_total: int = 0
    """The year's non-member income (42xx) and all its income, the basis of ``non_member``."""

    @property
    def shared(self) -> int:
        """What the plan's percentages share: the SHU less the non-members' part."""
        return self.pool - self.non_member

    @property
    def members_total(self) -> int:
        return sum(m.total for m in self.members)


# --- plan ----------------------------------------------------------------------


def _fiscal_year(session: Session, year: int) -> FiscalYear:
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada.")
    return row


def _default_plan(session: Session) -> PlanInput:
    return PlanInput(
        rules.read_allocation(settings.get_text(session, settings.SHU_ALLOCATION)),
        settings.get_text(session, settings.SHU_MODAL_BASIS),
        settings.get_text(session, settings.SHU_INCLUDE_SUKARELA) == "ya",
        settings.get_text(session, settings.SHU_USAHA_BASIS),
    )


def _entry_number(session: Session, entry_id: int | None) -> str | None:
    if entry_id is None:
        return None
    return session.execute(
        select(JournalEntry.number).where(JournalEntry.id == entry_id)
    ).scalar_one()


def get_plan(session: Session, year: int) -> PlanInfo:
    """The year's plan; a year without one gets the defaults from the settings."""
    _fiscal_year(session, year)
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if row is None:
        plan = _default_plan(session)
        return PlanInfo(
            year,
            {p.key: plan.allocation.get(p.key, Decimal(0)) for p in rules.PARTS},
            plan.modal_basis,
            plan.include_sukarela,
            plan.usaha_basis,
            "",
            "draft",
            None,
            None,
            None,
        )
    allocation = rules.read_allocation(row.allocation)
    return PlanInfo(
        year,
        {p.key: allocation.get(p.key, Decimal(0)) for p in rules.PARTS},
        row.modal_basis,
        row.include_sukarela,
        row.usaha_basis,
        row.decision,
        row.status,
        row.pool,
        row.posted_on,
        _entry_number(session, row.entry_id),
    )


def check_plan(plan: PlanInput) -> PlanInput:
    """The plan with its allocation checked (total 100%) and its bases known."""
    allocation = rules.check_allocation(plan.allocation)
    if plan.modal_basis not in rules.MODAL_BASES:
        raise ValidationError("modal_basis", "Dasar jasa modal tidak dikenal.")
    if plan.usaha_basis not in rules.USAHA_BASES:
        raise ValidationError("usaha_basis", "Dasar jasa usaha tidak dikenal.")
    decision = " ".join(plan.decision.split())
    if len(decision) > 500:
        raise ValidationError("decision", "Keterangan keputusan RAT terlalu panjang (maks. 500).")
    return PlanInput(
        allocation, plan.modal_basis, plan.include_sukarela, plan.usaha_basis, decision
    )


@causes(NOTHING)
def save_plan(session: Session, actor: Actor, year: int, plan: PlanInput) -> PlanInfo:
    """Store the year's plan (``shu.manage``); refused once the SHU is posted."""
    authorize(session, actor, Permission.SHU_MANAGE)
    _fiscal_year(session, year)
    clean = check_plan(plan)
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if row is not None and row.status == "posted":
        raise DomainError(f"Pembagian SHU tahun {year} sudah diposting; tidak dapat diubah.")
    before = get_plan(session, year)
    now = clock.now()
    if row is None:
        row = ShuPlan(year=year, status="draft")
        session.add(row)
    row.allocation = rules.format_allocation(clean.allocation)
    row.modal_basis = clean.modal_basis
    row.include_sukarela = clean.include_sukarela
    row.usaha_basis = clean.usaha_basis
    row.decision = clean.decision
    row.updated_by, row.updated_at = actor.username, now
    session.flush()
    audit.record(
        session,
        actor,
        "shu.plan",
        str(year),
        before={"pembagian": rules.format_allocation(before.allocation)},
        after={
            "pembagian": row.allocation,
            "dasar_modal": row.modal_basis,
            "sukarela": row.include_sukarela,
            "dasar_usaha": row.usaha_basis,
            "keputusan": row.decision,
        },
    )
    return get_plan(session, year)


# --- compute -----------------------------------------------------------------


def pool_for(session: Session, year: int) -> int:
    """The SHU to share: the closed year's surplus, or (open year) the surplus so far."""
    fy = _fiscal_year(session, year)
    if fy.status == "closed":
        last = session.execute(
            select(YearCloseEvent.surplus)
            .where(YearCloseEvent.year == year, YearCloseEvent.kind == "close")
            .order_by(YearCloseEvent.id.desc())
            .limit(1)
        ).scalar()
        if last is not None:
            return int(last)
    return yearend.year_surplus(session, year)


def income_split(session: Session, fy: FiscalYear) -> tuple[int, int]:
    """The year's income from non-members (42xx) and all its income (credit-positive,
    the closing entry left out)."""
    non_member = Account.code.startswith(rules.NON_MEMBER_INCOME_PREFIX)
    in_year = (JournalLine.date >= fy.start_date) & (JournalLine.date <= fy.end_date)

    def income(*where: ColumnElement[bool]) -> tuple[int, int]:
        row = session.execute(
            select(
                func.coalesce(func.sum(case((non_member, JournalLine.amount), else_=0)), 0),
                func.coalesce(func.sum(JournalLine.amount), 0),
            )
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.type == AccountType.PENDAPATAN.value, in_year, *where)
        ).one()
        return int(row[0]), int(row[1])

    # Every income line of the year (read from the account index alone) less those of
    # the closing entries, rather than looking up each line's entry.
    closing = select(JournalEntry.id).where(
        JournalEntry.source == sums.CLOSING_SOURCE,
        JournalEntry.date >= fy.start_date,
        JournalEntry.date <= fy.end_date,
    )
    every, closed = income(), income(JournalLine.entry_id.in_(closing))
    return -(every[0] - closed[0]), -(every[1] - closed[1])


def _non_member_note(amount: int, non_member_income: int, income: int) -> str:
    return (
        f"SHU dari usaha dengan non-anggota {format_rupiah(amount)} (pendapatan "
        f"non-anggota {format_rupiah(non_member_income)} dari pendapatan "
        f"{format_rupiah(income)}) disisihkan ke cadangan, tidak dibagi kepada anggota."
    )


def _set_apart(session: Session, fy: FiscalYear, pool: int) -> tuple[int, int, int]:
    """The non-members' part of ``pool`` the setting sets apart (0 when off), with the
    non-member income and all income it follows."""
    non_member_income, income = income_split(session, fy)
    if settings.get_text(session, settings.SHU_NON_MEMBER_RESERVE) != "ya":
        return 0, non_member_income, income
    return rules.non_member_part(pool, non_member_income, income), non_member_income, income


def non_member_part(session: Session, year: int, pool: int) -> int:
    """The part of ``year``'s SHU ``pool`` set apart to cadangan as SHU from business
    with non-members: as posted, or (not posted) by the setting and the year's income."""
    fy = _fiscal_year(session, year)
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if row is not None and row.status == "posted":
        return max(pool - int(row.pool or 0), 0)
    return _set_apart(session, fy, pool)[0]


def _compute(session: Session, fy: FiscalYear, plan: PlanInput, pool: int) -> ShuResult:
    clean = check_plan(plan)
    notes: list[str] = []
    non_member, non_member_income, income = _set_apart(session, fy, pool)
    if non_member:
        notes.append(_non_member_note(non_member, non_member_income, income))
    if pool <= 0:
        notes.append(
            "SHU tahun ini nol atau negatif (rugi): tidak ada yang dibagi; kerugian "
            "ditutup sesuai keputusan RAT."
        )
        parts = dict.fromkeys((p.key for p in rules.PARTS), 0)
    else:
        parts = rules.split_pool(pool - non_member, clean.allocation)
    people = aktif_on(session, fy.end_date)
    modal = modal_bases(session, fy, clean)
    usaha = usaha_bases(session, fy, clean)
    modal_list = [max(modal.get(m.id, 0), 0) for m in people]
    usaha_list = [max(usaha.get(m.id, 0), 0) for m in people]
    jm = rules.share(parts[rules.JASA_MODAL], modal_list)
    ju = rules.share(parts[rules.JASA_USAHA], usaha_list)
    undistributed = 0
    if parts[rules.JASA_MODAL] and sum(modal_list) == 0:
        undistributed += parts[rules.JASA_MODAL]
        notes.append("Tidak ada anggota dengan dasar jasa modal; bagian itu masuk cadangan.")
    if parts[rules.JASA_USAHA] and sum(usaha_list) == 0:
        undistributed += parts[rules.JASA_USAHA]
        notes.append("Tidak ada anggota dengan dasar jasa usaha; bagian itu masuk cadangan.")
    members = [
        MemberShare(m.id, m.number, m.full_name, s, t, a, b, a + b)
        for m, s, t, a, b in zip(people, modal_list, usaha_list, jm, ju, strict=True)
        if s or t
    ]
    return ShuResult(
        fy.year,
        max(pool, 0),
        parts,
        members,
        undistributed,
        clean,
        False,
        sum(modal_list),
        sum(usaha_list),
        notes=notes,
        non_member=non_member,
        non_member_income=non_member_income,
        income_total=income,
    )


def _posted(session: Session, fy: FiscalYear, row: ShuPlan) -> ShuResult:
    plan = get_plan(session, fy.year).as_input()
    paid = {
        r.member_id: (r.amount, r.method, r.receipt_number)
        for r in session.execute(select(ShuPayment).where(ShuPayment.year == fy.year)).scalars()
    }
    rows = session.execute(
        select(ShuMember, Member.number, Member.full_name)
        .join(Member, Member.id == ShuMember.member_id)
        .where(ShuMember.year == fy.year)
        .order_by(Member.number)
    ).all()
    members = [
        MemberShare(
            r.member_id,
            number,
            name,
            r.modal_basis,
            r.usaha_basis,
            r.jasa_modal,
            r.jasa_usaha,
            r.total,
            *paid.get(r.member_id, (0, "", "")),
        )
        for r, number, name in rows
    ]
    shared = int(row.pool or 0)  # what the plan shared when it was posted
    pool = max(pool_for(session, fy.year), shared)
    non_member_income, income = income_split(session, fy)
    parts = rules.split_pool(shared, plan.allocation)
    shared_modal = sum(m.jasa_modal for m in members)
    shared_usaha = sum(m.jasa_usaha for m in members)
    undistributed = (parts[rules.JASA_MODAL] - shared_modal) + (
        parts[rules.JASA_USAHA] - shared_usaha
    )
    non_member = pool - shared
    return ShuResult(
        fy.year,
        pool,
        parts,
        members,
        undistributed,
        plan,
        True,
        sum(m.modal_basis for m in members),
        sum(m.usaha_basis for m in members),
        _entry_number(session, row.entry_id),
        notes=[_non_member_note(non_member, non_member_income, income)] if non_member else [],
        non_member=non_member,
        non_member_income=non_member_income,
        income_total=income,
    )


def compute(session: Session, year: int, plan: PlanInput | None = None) -> ShuResult:
    """Each member's SHU of ``year`` under ``plan`` (default: the year's plan).

    A posted year gives what was posted (and paid) unless another plan is asked for."""
    fy = _fiscal_year(session, year)
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if plan is None and row is not None and row.status == "posted":
        return _posted(session, fy, row)
    return _compute(
        session, fy, plan or get_plan(session, year).as_input(), pool_for(session, year)
    )


def simulate(session: Session, year: int, plans: list[PlanInput]) -> list[ShuResult]:
    """The same year under several plans, side by side (nothing is written)."""
    fy = _fiscal_year(session, year)
    pool = pool_for(session, year)
    return [_compute(session, fy, plan, pool) for plan in plans]


# --- post and pay --------------------------------------------------------------


def account_balance(session: Session, code: str, on: dt.date, member_id: int | None = None) -> int:
    stmt = (
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == code, JournalLine.date <= on)
    )
    if member_id is not None:
        stmt = stmt.where(JournalLine.member_id == member_id)
    return int(session.execute(stmt).scalar_one())


@causes(Changes(journal=True))
def post(session: Session, actor: Actor, year: int, on: dt.date) -> ShuResult:
    """Post the distribution the RAT decided (``shu.manage``), dated ``on``.

    Needs the year closed and its SHU positive; once only. The plan is fixed."""
    authorize(session, actor, Permission.SHU_MANAGE)
    fy = _fiscal_year(session, year)
    if fy.status != "closed":
        raise DomainError(f"Tutup dulu tahun buku {year}; SHU dibagi dari tahun yang ditutup.")
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if row is not None and row.status == "posted":
        raise DomainError(f"Pembagian SHU tahun {year} sudah diposting.")
    if on <= fy.end_date:
        raise ValidationError(
            "date", f"Tanggal pembagian SHU harus sesudah {format_date(fy.end_date)} (RAT)."
        )
    plan = get_plan(session, year).as_input()
    pool = pool_for(session, year)
    if pool <= 0:
        raise DomainError(f"SHU tahun buku {year} nol atau negatif; tidak ada yang dibagi.")
    available = -account_balance(session, yearend.UNDISTRIBUTED_ACCOUNT, on)
    if available < pool:
        raise DomainError(
            f"Saldo SHU belum dibagi (3501) per {format_date(on)} {format_rupiah(available)}, "
            f"kurang dari SHU {year} {format_rupiah(pool)}."
        )
    result = _compute(session, fy, plan, pool)
    lines = [LineInput(yearend.UNDISTRIBUTED_ACCOUNT, pool, f"SHU {year}")]
    for part in rules.PARTS:
        amount = result.parts[part.key]
        if part.account == rules.MEMBER_ACCOUNT or not amount:
            continue
        lines.append(LineInput(part.account, -amount, f"{part.label} SHU {year}"))
    if result.non_member:
        lines.append(
            LineInput(UNSHARED_ACCOUNT, -result.non_member, f"SHU {year} dari usaha non-anggota")
        )
    if result.undistributed:
        lines.append(
            LineInput(UNSHARED_ACCOUNT, -result.undistributed, f"SHU {year} tanpa dasar pembagian")
        )
    for m in result.members:
        if m.total:
            lines.append(
                LineInput(
                    rules.MEMBER_ACCOUNT, -m.total, f"SHU {year} {m.number}", member_id=m.member_id
                )
            )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"Pembagian SHU tahun buku {year} sesuai keputusan RAT"
            + (f" ({plan.decision})" if plan.decision else ""),
            lines,
            source=SOURCE_POST,
        ),
        actor=actor,
    )
    session.add_all(
        ShuMember(
            year=year,
            member_id=m.member_id,
            modal_basis=m.modal_basis,
            usaha_basis=m.usaha_basis,
            jasa_modal=m.jasa_modal,
            jasa_usaha=m.jasa_usaha,
            total=m.total,
        )
        for m in result.members
        if m.total
    )
    if row is None:
        save_plan(session, actor, year, plan)
        row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar_one()
    row.status, row.pool, row.entry_id, row.posted_on = "posted", result.shared, entry.id, on
    session.flush()
    audit.record(
        session,
        actor,
        "shu.post",
        str(year),
        after={
            "shu": pool,
            "non_anggota_ke_cadangan": result.non_member,
            "jurnal": entry.number,
            "anggota": len(result.members),
            "bagian_anggota": result.members_total,
        },
    )
    return compute(session, year)
