"""Monthly straight-line depreciation of the fixed-asset register: which months
need a run, the plan of a month and its posting (source ``penyusutan``: debit
5206 per category, credit each category's accumulated-depreciation account,
dated the month's last day), the summary by category for the notes (CaLK) and
the check of the register against the ledger, and the printed register (Daftar
Aset Tetap dan Penyusutan).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.assets import (
    CATEGORIES,
    EXPENSE_ACCOUNT,
    AssetRegisterGroup,
    AssetRegisterReport,
    AssetRegisterRow,
    last_day,
    month_key,
    months_from_to,
    scheduled_through,
)
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds
from kopdesk.errors import DomainError, NotFoundError
from kopdesk.models import (
    Account,
    DepreciationLine,
    DepreciationRun,
    FiscalYear,
    FixedAsset,
    JournalEntry,
    JournalLine,
)
from kopdesk.services.assets.register import (
    AssetRow,
    account_ids,
    list_assets,
    on_books,
    posted_by_asset,
    scheduled,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.journal import EntryInput, LineInput

__all__ = [
    "SOURCE_DEPRECIATION",
    "CategorySummary",
    "DepreciationPlan",
    "DepreciationRunInfo",
    "LedgerDifference",
    "PlanLine",
    "depreciation_runs",
    "ledger_differences",
    "missing_depreciation_months",
    "pending_months",
    "plan_depreciation",
    "post_depreciation",
    "post_through",
    "register_report",
    "summary_by_category",
]

SOURCE_DEPRECIATION = "penyusutan"


@dataclass(frozen=True)
class PlanLine:
    code: str
    name: str
    category: str
    amount: int
    """What this run posts for the asset (the month, plus any months caught up)."""
    scheduled: int
    """The schedule's amount for the month alone."""

    @property
    def catch_up(self) -> int:
        return self.amount - self.scheduled


@dataclass(frozen=True)
class DepreciationPlan:
    month: str
    lines: tuple[PlanLine, ...]
    total: int

    @property
    def date(self) -> dt.date:
        return last_day(self.month)


@dataclass(frozen=True)
class DepreciationRunInfo:
    month: str
    total: int
    entry_number: str | None
    """None when nothing was depreciated that month."""
    posted_by: str = ""
    posted_at: dt.datetime | None = None


@dataclass(frozen=True)
class CategorySummary:
    """One category's movement over a period, for the notes (CaLK).

    ``cost_start + additions = cost_end``;
    ``accumulated_start + accumulated_added + depreciation = accumulated_end``;
    ``book_value_end = cost_end − accumulated_end``. "Start" is the balance
    before ``start``; ``accumulated_added`` is the opening accumulated of assets
    carried in (saldo awal) during the period (there are no disposals)."""

    category: str
    label: str
    cost_start: int
    additions: int
    cost_end: int
    accumulated_start: int
    depreciation: int
    accumulated_end: int
    book_value_end: int
    accumulated_added: int = 0


@dataclass(frozen=True)
class LedgerDifference:
    """A register-managed account whose general-ledger balance differs from the register."""

    account_code: str
    account_name: str
    register: int
    """Cost (asset account) or accumulated depreciation (contra account), positive."""
    ledger: int
    """The account's balance, as a positive debit (asset) or credit (contra) balance."""

    @property
    def difference(self) -> int:
        return self.ledger - self.register


# --- depreciation -----------------------------------------------------------------


def depreciation_runs(session: Session) -> list[DepreciationRunInfo]:
    """The months posted, newest first."""
    rows = session.execute(
        select(DepreciationRun, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == DepreciationRun.entry_id)
        .order_by(DepreciationRun.month.desc())
    ).all()
    return [DepreciationRunInfo(r.month, r.total, n, r.posted_by, r.posted_at) for r, n in rows]


def _month(month: str) -> str:
    first, _last = month_bounds(month)
    return f"{first:%Y-%m}"


def _all_assets(session: Session) -> list[FixedAsset]:
    return list(session.execute(select(FixedAsset).order_by(FixedAsset.code)).scalars())


def _open_months(session: Session) -> list[tuple[dt.date, dt.date]]:
    return [
        (y.start_date, y.end_date)
        for y in session.execute(select(FiscalYear).where(FiscalYear.status == "open")).scalars()
    ]


def _needing(
    session: Session, months: list[str], assets: list[FixedAsset], *, open_only: bool
) -> list[str]:
    """The months of ``months`` without a run in which some asset is depreciated."""
    done = set(session.execute(select(DepreciationRun.month)).scalars())
    spans = _open_months(session) if open_only else []
    found = []
    for m in months:
        if m in done:
            continue
        if open_only and not any(a <= last_day(m) <= b for a, b in spans):
            continue
        if any(scheduled(a, m) > 0 for a in assets):
            found.append(m)
    return found


def missing_depreciation_months(session: Session, year: int) -> list[str]:
    """Months (``YYYY-MM``) of fiscal year ``year`` in which some asset should be
    depreciated but no depreciation has been posted; ``NotFoundError`` for an unknown year."""
    fiscal = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if fiscal is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada.")
    months = months_from_to(month_key(fiscal.start_date), month_key(fiscal.end_date))
    return _needing(session, months, _all_assets(session), open_only=False)


def pending_months(session: Session, through: str) -> list[str]:
    """Months up to ``through`` in open fiscal years that need a depreciation run, oldest first."""
    key = _month(through)
    assets = _all_assets(session)
    if not assets:
        return []
    first = min(a.depreciation_start for a in assets)
    return _needing(session, months_from_to(first, key), assets, open_only=True)


def _check_month(session: Session, month: str, today: dt.date) -> str:
    key = _month(month)
    last = last_day(key)
    if last > today:
        raise DomainError(
            f"Bulan {key} belum berakhir; penyusutannya diposting mulai {last:%d-%m-%Y}."
        )
    done = session.execute(
        select(DepreciationRun, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == DepreciationRun.entry_id)
        .where(DepreciationRun.month == key)
    ).first()
    if done is not None:
        where = f"jurnal {done[1]}" if done[1] else "tanpa jurnal"
        raise DomainError(f"Penyusutan bulan {key} sudah diposting ({where}).")
    journal.open_year_for(session, last)
    earlier = pending_months(session, key)
    earlier = [m for m in earlier if m < key]
    if earlier:
        raise DomainError(
            f"Penyusutan bulan {earlier[0]} belum diposting; posting bulan demi bulan "
            f"berurutan, mulai {earlier[0]}."
        )
    return key


def plan_depreciation(
    session: Session, month: str, *, today: dt.date | None = None
) -> DepreciationPlan:
    """What the depreciation of ``month`` (``YYYY-MM``) would post; writes nothing.

    Refused like :func:`post_depreciation` (month not ended, already posted, an
    earlier month missing: ``DomainError``; closed year: ``PeriodClosedError``)."""
    key = _check_month(session, month, today or clock.today())
    return _plan(session, key)


def _plan(session: Session, key: str) -> DepreciationPlan:
    last = last_day(key)
    posted = posted_by_asset(session)
    lines = []
    for a in on_books(session, last):
        if a.accumulated_account_id is None:
            continue
        due = scheduled_through(
            cost=a.cost,
            residual=a.residual,
            opening_accumulated=a.opening_accumulated,
            life_months=a.life_months,
            acquired=month_key(a.acquired_on),
            start=a.depreciation_start,
            month=key,
        )
        amount = max(due - posted.get(a.id, 0), 0)
        if amount:
            lines.append(PlanLine(a.code, a.name, a.category, amount, scheduled(a, key)))
    return DepreciationPlan(key, tuple(lines), sum(x.amount for x in lines))


@causes(Changes(journal=True))
def post_depreciation(
    session: Session, actor: Actor, month: str, *, today: dt.date | None = None
) -> DepreciationRunInfo:
    """Post the depreciation of ``month`` (needs ``assets.manage``): one entry dated
    the month's last day, source ``penyusutan`` (debit 5206 and credit the
    accumulated account, per category), a run row even when nothing is due, and
    a line per asset depreciated. Once per month, in order (see :func:`plan_depreciation`)."""
    authorize(session, actor, Permission.ASSETS_MANAGE)
    plan = plan_depreciation(session, month, today=today)
    assets = {
        a.code: a
        for a in session.execute(
            select(FixedAsset).where(FixedAsset.code.in_([x.code for x in plan.lines]))
        ).scalars()
    }
    codes = {v: k for k, v in account_ids(session).items()}
    by_category: dict[str, int] = defaultdict(int)
    for x in plan.lines:
        by_category[x.category] += x.amount
    entry_lines: list[LineInput] = []
    credits: list[LineInput] = []
    for category in CATEGORIES:
        total = by_category.get(category.key, 0)
        if not total:
            continue
        sample = next(assets[x.code] for x in plan.lines if x.category == category.key)
        assert sample.accumulated_account_id is not None
        expense = codes.get(sample.expense_account_id or -1, EXPENSE_ACCOUNT)
        memo = f"Penyusutan {category.label.lower()} {plan.month}"
        entry_lines.append(LineInput(expense, total, memo))
        credits.append(LineInput(codes[sample.accumulated_account_id], -total, memo))
    entry = None
    if entry_lines:
        entry = journal.post_business_entry(
            session,
            EntryInput(
                plan.date,
                f"Penyusutan aset tetap {plan.month}",
                entry_lines + credits,
                source=SOURCE_DEPRECIATION,
            ),
            actor=actor,
        )
    run = DepreciationRun(
        month=plan.month,
        entry_id=entry.id if entry else None,
        total=plan.total,
        posted_by=actor.username,
        posted_at=clock.now(),
    )
    session.add(run)
    session.flush()
    if plan.lines:
        session.execute(
            insert(DepreciationLine),
            [
                {"run_id": run.id, "asset_id": assets[x.code].id, "amount": x.amount}
                for x in plan.lines
            ],
        )
    audit.record(
        session,
        actor,
        "asset.depreciate",
        plan.month,
        after={
            "jurnal": entry.number if entry else "",
            "jumlah": plan.total,
            "aset": len(plan.lines),
        },
    )
    return DepreciationRunInfo(
        plan.month, plan.total, entry.number if entry else None, run.posted_by, run.posted_at
    )


@causes(Changes(journal=True))
def post_through(
    session: Session, actor: Actor, through: str, *, today: dt.date | None = None
) -> list[DepreciationRunInfo]:
    """Post every month up to ``through`` that needs depreciation, oldest first
    (in the caller's one transaction: all or nothing)."""
    authorize(session, actor, Permission.ASSETS_MANAGE)
    return [
        post_depreciation(session, actor, m, today=today) for m in pending_months(session, through)
    ]


# --- the notes and the ledger check -------------------------------------------------


def summary_by_category(session: Session, start: dt.date, end: dt.date) -> list[CategorySummary]:
    """Cost and accumulated depreciation per category over ``start``..``end``
    (the fixed-asset note of the CaLK); categories without any asset by ``end`` are left out."""
    entry_dates = dict(
        session.execute(
            select(FixedAsset.id, JournalEntry.date).join(
                JournalEntry, JournalEntry.id == FixedAsset.acquisition_entry_id
            )
        ).all()
    )
    before = posted_by_asset(session, before=start)
    through = posted_by_asset(session, until=end)
    assets = _all_assets(session)
    result = []
    for category in CATEGORIES:
        mine = [a for a in assets if a.category == category.key]
        old = [a for a in mine if entry_dates[a.id] < start]
        new = [a for a in mine if start <= entry_dates[a.id] <= end]
        if not old and not new:
            continue
        cost_start = sum(a.cost for a in old)
        additions = sum(a.cost for a in new)
        acc_start = sum(a.opening_accumulated + before.get(a.id, 0) for a in old)
        acc_added = sum(a.opening_accumulated for a in new)
        acc_end = sum(a.opening_accumulated + through.get(a.id, 0) for a in old + new)
        result.append(
            CategorySummary(
                category=category.key,
                label=category.label,
                cost_start=cost_start,
                additions=additions,
                cost_end=cost_start + additions,
                accumulated_start=acc_start,
                depreciation=acc_end - acc_start - acc_added,
                accumulated_end=acc_end,
                book_value_end=cost_start + additions - acc_end,
                accumulated_added=acc_added,
            )
        )
    return result


def ledger_differences(session: Session) -> tuple[int, list[LedgerDifference]]:
    """Compare the register with the general ledger, per account the register uses.

    Asset accounts: the register's cost against the debit balance. Accumulated
    accounts: opening accumulated plus posted depreciation against the credit
    balance. Only accounts holding at least one registered asset are compared
    (a koperasi may keep older assets by manual journal in accounts the register
    does not use). Returns how many accounts were compared and the differences.
    """
    register: dict[int, int] = defaultdict(int)
    for a in _all_assets(session):
        register[a.asset_account_id] += a.cost
        if a.accumulated_account_id is not None:
            register[a.accumulated_account_id] += a.opening_accumulated
    for a_id, amount in session.execute(
        select(FixedAsset.accumulated_account_id, func.sum(DepreciationLine.amount))
        .join(DepreciationLine, DepreciationLine.asset_id == FixedAsset.id)
        .group_by(FixedAsset.accumulated_account_id)
    ).all():
        if a_id is not None:
            register[a_id] += int(amount)
    if not register:
        return 0, []
    balances = dict(
        session.execute(
            select(JournalLine.account_id, func.sum(JournalLine.amount))
            .where(JournalLine.account_id.in_(list(register)))
            .group_by(JournalLine.account_id)
        ).all()
    )
    accounts = {
        a.id: a
        for a in session.execute(select(Account).where(Account.id.in_(list(register)))).scalars()
    }
    found = []
    for account_id, amount in sorted(register.items(), key=lambda kv: accounts[kv[0]].code):
        account = accounts[account_id]
        gl = int(balances.get(account_id) or 0)
        ledger = -gl if account.contra else gl
        if ledger != amount:
            found.append(LedgerDifference(account.code, account.name, amount, ledger))
    return len(register), found


# --- the printed register ---------------------------------------------------------


def _printed(r: AssetRow) -> AssetRegisterRow:
    return AssetRegisterRow(
        r.code, r.name, r.acquired_on, r.cost, r.life_months, r.monthly, r.accumulated, r.book_value
    )


def register_report(session: Session, as_of: dt.date) -> AssetRegisterReport:
    """Daftar Aset Tetap dan Penyusutan as of a date, grouped by category, with totals."""
    rows = list_assets(session, as_of)
    groups = []
    for category in CATEGORIES:
        mine = [r for r in rows if r.category == category.key]
        if not mine:
            continue
        printed = tuple(_printed(r) for r in mine)
        groups.append(
            AssetRegisterGroup(
                category=category.key,
                label=category.label,
                rows=printed,
                cost=sum(r.cost for r in mine),
                monthly=sum(r.monthly for r in mine),
                accumulated=sum(r.accumulated for r in mine),
                book_value=sum(r.book_value for r in mine),
            )
        )
    for g in groups:
        if g.cost - g.accumulated != g.book_value:
            raise AssertionError(f"asset group {g.category} does not tie")
    runs = depreciation_runs(session)
    last_run = max((r.month for r in runs if last_day(r.month) <= as_of), default=None)
    return AssetRegisterReport(
        header=get_profile(session).header,
        as_of=as_of,
        groups=tuple(groups),
        cost=sum(g.cost for g in groups),
        monthly=sum(g.monthly for g in groups),
        accumulated=sum(g.accumulated for g in groups),
        book_value=sum(g.book_value for g in groups),
        last_run=last_run,
    )
