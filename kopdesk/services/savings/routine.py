"""The monthly savings routine: interest and tax, term-deposit maturities.

Month-end (``run_month_end``) computes each interest-bearing account's
interest for the month from its day-end balances (KOPERASI.md §1.3), the
member's final PPh 4(2), and posts one journal entry dated the month's last
day: interest expense per product, each member's net interest credited to
the account (term deposits: to the member's sukarela account), the tax to
the tax payable account. Term deposits that matured roll over or are paid
into sukarela in the same entry. A month is processed once, in order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import add_months
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import (
    InterestMethod,
    ProductKind,
    TaxRule,
    month_bounds,
    split_tax,
)
from kopdesk.domain.vocabulary import SavingsAccountStatus
from kopdesk.errors import DomainError, NotFoundError
from kopdesk.models import (
    JournalEntry,
    Member,
    SavingsAccount,
    SavingsInterest,
    SavingsMonthEnd,
)
from kopdesk.services.base import audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings.month_positions import (
    AccountMonth,
    Run,
    cut_at,
    interest_for_runs,
    month_positions,
)
from kopdesk.services.savings.products import ProductInfo, list_products

TAX_ACCOUNT = Code.UTANG_PPH_PASAL_4_BUNGA_SIMPANAN
SOURCE_MONTH_END = "simpanan.akhir_bulan"


@dataclass(frozen=True)
class InterestLine:
    savings_account_id: int
    account_number: str
    member_id: int
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    method: InterestMethod
    basis: int
    """Lowest balance (saldo terendah) or the sum of the day-end balances."""
    rate_percent: Decimal
    days: int
    gross: int
    tax: int
    credited_account_number: str
    """Where the net interest goes: the account itself, or the member's sukarela."""

    @property
    def net(self) -> int:
        return self.gross - self.tax


@dataclass(frozen=True)
class Maturity:
    account_number: str
    member_number: str
    member_name: str
    principal: int
    maturity_date: dt.date
    rollover: bool
    new_maturity_date: dt.date | None
    credited_account_number: str | None


@dataclass(frozen=True)
class MonthEndPlan:
    month: str
    first: dt.date
    last: dt.date
    lines: tuple[InterestLine, ...]
    maturities: tuple[Maturity, ...]
    tax_rule: TaxRule

    @property
    def gross_total(self) -> int:
        return sum(x.gross for x in self.lines)

    @property
    def tax_total(self) -> int:
        return sum(x.tax for x in self.lines)

    @property
    def net_total(self) -> int:
        return self.gross_total - self.tax_total


@dataclass(frozen=True)
class MonthEndResult:
    plan: MonthEndPlan
    entry_number: str | None
    """None when nothing earned interest or matured that month."""


@dataclass(frozen=True)
class MonthEndSummary:
    month: str
    entry_number: str | None
    gross_total: int
    tax_total: int
    posted_by: str
    posted_at: dt.datetime


def _tax_rule(session: Session) -> TaxRule:
    return TaxRule(
        threshold=settings.get_int(session, settings.SAVINGS_TAX_THRESHOLD),
        rate_percent=Decimal(settings.get_int(session, settings.SAVINGS_TAX_RATE)),
    )


def month_ends(session: Session) -> list[MonthEndSummary]:
    """The months already processed, newest first."""
    rows = session.execute(
        select(SavingsMonthEnd, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == SavingsMonthEnd.entry_id)
        .order_by(SavingsMonthEnd.month.desc())
    ).all()
    return [
        MonthEndSummary(r.month, number, r.gross_total, r.tax_total, r.posted_by, r.posted_at)
        for r, number in rows
    ]


def _check_month(session: Session, month: str, today: dt.date) -> tuple[str, dt.date, dt.date]:
    first, last = month_bounds(month)
    key = f"{first:%Y-%m}"
    if last > today:
        raise DomainError(
            f"Bulan {key} belum berakhir; proses akhir bulan dijalankan sesudah {last:%d-%m-%Y}."
        )
    later = session.execute(
        select(SavingsMonthEnd.month)
        .where(SavingsMonthEnd.month >= key)
        .order_by(SavingsMonthEnd.month.desc())
    ).scalar()
    if later == key:
        raise DomainError(f"Akhir bulan {key} sudah diproses.")
    if later is not None:
        raise DomainError(
            f"Akhir bulan {later} sudah diproses; bulan sebelumnya ({key}) tidak dapat "
            "diproses lagi."
        )
    journal.open_year_for(session, last)
    return key, first, last


def plan_month_end(session: Session, month: str, *, today: dt.date | None = None) -> MonthEndPlan:
    """What the month-end of ``month`` (``YYYY-MM``) would post; writes nothing.

    Refused (DomainError) for a month not yet ended, already processed, or
    before a processed month; PeriodClosedError when its year is closed.
    """
    key, first, last = _check_month(session, month, today or clock.today())
    products = {p.id: p for p in list_products(session)}
    earning = [
        p.id
        for p in products.values()
        if p.interest_method is not InterestMethod.NONE
        and (p.rate_percent > 0 or p.kind is ProductKind.BERJANGKA)
    ]
    term_ids = [p.id for p in products.values() if p.kind is ProductKind.BERJANGKA]
    accounts = month_positions(session, set(earning) | set(term_ids), first, last)
    sukarela = next(
        (p for p in products.values() if p.kind is ProductKind.SUKARELA and p.active), None
    )
    sukarela_numbers = (
        dict(
            session.execute(
                select(SavingsAccount.member_id, SavingsAccount.number).where(
                    SavingsAccount.product_id == sukarela.id, SavingsAccount.slot == 0
                )
            ).all()
        )
        if sukarela and any(a.product_id in term_ids for a in accounts)
        else {}
    )
    days_in_year = settings.get_int(session, settings.SAVINGS_DAYS_IN_YEAR)

    def sukarela_of(acct: AccountMonth) -> str:
        if sukarela is None:
            return acct.number
        return sukarela_numbers.get(acct.member_id, f"{sukarela.prefix}-{acct.member_number}")

    raw: list[tuple[AccountMonth, ProductInfo, int, int, Decimal, str]] = []
    maturities: list[Maturity] = []
    for acct in accounts:
        product = products[acct.product_id]
        if product.kind is ProductKind.BERJANGKA:
            rate, floor, credited = Decimal(acct.rate_percent), 0, sukarela_of(acct)
        else:
            rate, floor, credited = product.rate_percent, product.minimum_balance, acct.number
        if product.id in earning and rate > 0:
            result = interest_for_runs(
                product.interest_method,
                rate,
                _until_payout(acct, product, first, last),
                minimum_balance=floor,
                days_in_year=days_in_year,
            )
            if result.gross > 0:
                raw.append((acct, product, result.basis, result.gross, rate, credited))
        if (
            product.kind is ProductKind.BERJANGKA
            and acct.maturity_date is not None
            and acct.maturity_date <= last
            and acct.closing > 0
        ):
            new_date = None
            if acct.rollover:
                new_date = acct.maturity_date
                while new_date <= last:
                    new_date = add_months(new_date, max(acct.term_months, 1))
            maturities.append(
                Maturity(
                    account_number=acct.number,
                    member_number=acct.member_number,
                    member_name=acct.member_name,
                    principal=acct.closing,
                    maturity_date=acct.maturity_date,
                    rollover=acct.rollover,
                    new_maturity_date=new_date,
                    credited_account_number=None if acct.rollover else sukarela_of(acct),
                )
            )
    rule = _tax_rule(session)
    by_member: dict[int, list[int]] = defaultdict(list)
    for acct, _p, _b, gross, _r, _c in raw:
        by_member[acct.member_id].append(gross)
    taxes = split_tax(by_member, rule)
    position: dict[int, int] = defaultdict(int)
    lines = []
    days = (last - first).days + 1
    for acct, product, basis, gross, rate, credited in raw:
        tax = taxes[acct.member_id][position[acct.member_id]]
        position[acct.member_id] += 1
        lines.append(
            InterestLine(
                savings_account_id=acct.id,
                account_number=acct.number,
                member_id=acct.member_id,
                member_number=acct.member_number,
                member_name=acct.member_name,
                product_code=product.code,
                product_name=product.name,
                method=product.interest_method,
                basis=basis,
                rate_percent=rate,
                days=days,
                gross=gross,
                tax=tax,
                credited_account_number=credited,
            )
        )
    return MonthEndPlan(key, first, last, tuple(lines), tuple(maturities), rule)


def _until_payout(
    acct: AccountMonth, product: ProductInfo, first: dt.date, last: dt.date
) -> Sequence[Run]:
    """The day-end balances that earn: a term deposit paid out at maturity earns
    until the day before it matures; everything else all month."""
    maturity = acct.maturity_date
    if product.kind is not ProductKind.BERJANGKA or acct.rollover or maturity is None:
        return acct.runs
    if maturity > last:
        return acct.runs
    return cut_at(acct.runs, first, maturity)


@causes(Changes(journal=True))
def run_month_end(
    session: Session, actor: Actor, month: str, *, today: dt.date | None = None
) -> MonthEndResult:
    """Post the month-end of ``month``: interest, tax, maturities. Needs ``savings.manage``."""
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    plan = plan_month_end(session, month, today=today)
    products = {p.code: p for p in list_products(session)}
    by_number = {
        a.number: a
        for a in session.execute(
            select(SavingsAccount).where(
                SavingsAccount.number.in_(
                    {x.account_number for x in plan.lines}
                    | {m.account_number for m in plan.maturities}
                )
            )
        ).scalars()
    }
    members = {m.number: m for m in session.execute(
        select(Member).where(Member.number.in_(
            {x.member_number for x in plan.lines} | {m.member_number for m in plan.maturities}
        ))
    ).scalars()}  # fmt: skip
    sukarela = next(
        (p for p in products.values() if p.kind is ProductKind.SUKARELA and p.active), None
    )

    def credit_account(member: Member, number: str) -> SavingsAccount:
        if number in by_number:
            return by_number[number]
        assert sukarela is not None
        acct = savings_accounts.ensure_account(session, member, sukarela, plan.last)
        by_number[acct.number] = acct
        return acct

    entry_lines: list[LineInput] = []
    expense: dict[str, int] = defaultdict(int)
    tax_by_member: dict[int, int] = defaultdict(int)
    for x in plan.lines:
        product = products[x.product_code]
        assert product.interest_account_code is not None
        expense[product.interest_account_code] += x.gross
        member = members[x.member_number]
        target = credit_account(member, x.credited_account_number)
        target_product = next(p for p in products.values() if p.id == target.product_id)
        if x.net:
            entry_lines.append(
                LineInput(
                    target_product.account_code,
                    -x.net,
                    f"Jasa {x.product_name} {x.account_number} {plan.month}",
                    member_id=member.id,
                    savings_account_id=target.id,
                )
            )
        tax_by_member[member.id] += x.tax
    for code, amount in sorted(expense.items()):
        entry_lines.insert(0, LineInput(code, amount, f"Jasa simpanan {plan.month}"))
    for member_id, tax in tax_by_member.items():
        if tax:
            entry_lines.append(
                LineInput(
                    TAX_ACCOUNT, -tax, f"PPh 4(2) jasa simpanan {plan.month}", member_id=member_id
                )
            )
    for m in plan.maturities:
        acct = by_number[m.account_number]
        if m.rollover:
            acct.maturity_date = m.new_maturity_date
            continue
        member = members[m.member_number]
        assert m.credited_account_number is not None
        target = credit_account(member, m.credited_account_number)
        source_product = next(p for p in products.values() if p.id == acct.product_id)
        target_product = next(p for p in products.values() if p.id == target.product_id)
        entry_lines += [
            LineInput(
                source_product.account_code,
                m.principal,
                f"Jatuh tempo {acct.number}",
                member_id=member.id,
                savings_account_id=acct.id,
            ),
            LineInput(
                target_product.account_code,
                -m.principal,
                f"Pencairan {acct.number} jatuh tempo",
                member_id=member.id,
                savings_account_id=target.id,
            ),
        ]
        acct.status, acct.closed_on = SavingsAccountStatus.TUTUP, plan.last
    session.flush()
    entry = None
    if entry_lines:
        entry = journal.post_business_entry(
            session,
            EntryInput(
                plan.last,
                f"Akhir bulan simpanan {plan.month}: jasa, PPh 4(2) dan jatuh tempo",
                entry_lines,
                source=SOURCE_MONTH_END,
            ),
            actor=actor,
        )
    month_end = SavingsMonthEnd(
        month=plan.month,
        entry_id=entry.id if entry else None,
        gross_total=plan.gross_total,
        tax_total=plan.tax_total,
        tax_threshold=plan.tax_rule.threshold,
        tax_rate_percent=str(plan.tax_rule.rate_percent),
        posted_by=actor.username,
        posted_at=clock.now(),
    )
    session.add(month_end)
    session.flush()
    if plan.lines:
        session.execute(
            insert(SavingsInterest),
            [
                {
                    "month_end_id": month_end.id,
                    "savings_account_id": x.savings_account_id,
                    "member_id": x.member_id,
                    "credited_account_id": by_number[x.credited_account_number].id,
                    "method": x.method.value,
                    "basis": x.basis,
                    "rate_percent": str(x.rate_percent),
                    "gross": x.gross,
                    "tax": x.tax,
                }
                for x in plan.lines
            ],
        )
    audit.record(
        session,
        actor,
        "savings.month_end",
        plan.month,
        after={
            "jurnal": entry.number if entry else "",
            "rekening_berjasa": len(plan.lines),
            "jasa_bruto": plan.gross_total,
            "pph": plan.tax_total,
            "jatuh_tempo": len(plan.maturities),
        },
    )
    return MonthEndResult(plan, entry.number if entry else None)


# --- tax withholding list -------------------------------------------------------


@dataclass(frozen=True)
class TaxRow:
    member_number: str
    member_name: str
    nik: str
    npwp: str
    gross: int
    tax: int

    @property
    def net(self) -> int:
        return self.gross - self.tax


@dataclass(frozen=True)
class TaxList:
    month: str
    rows: tuple[TaxRow, ...]
    threshold: int
    rate_percent: Decimal
    entry_number: str | None

    @property
    def gross_total(self) -> int:
        return sum(r.gross for r in self.rows)

    @property
    def tax_total(self) -> int:
        return sum(r.tax for r in self.rows)

    @property
    def net_total(self) -> int:
        return self.gross_total - self.tax_total


def tax_list(session: Session, month: str) -> TaxList:
    """Daftar pemotongan PPh 4(2) of a processed month: every member paid interest."""
    first, _last = month_bounds(month)
    key = f"{first:%Y-%m}"
    head = session.execute(
        select(SavingsMonthEnd, JournalEntry.number)
        .outerjoin(JournalEntry, JournalEntry.id == SavingsMonthEnd.entry_id)
        .where(SavingsMonthEnd.month == key)
    ).first()
    if head is None:
        raise NotFoundError(f"Akhir bulan {key} belum diproses; belum ada pemotongan PPh.")
    month_end, entry_number = head
    rows = session.execute(
        select(
            Member.number,
            Member.full_name,
            Member.nik,
            Member.npwp,
            func.sum(SavingsInterest.gross),
            func.sum(SavingsInterest.tax),
        )
        .join(Member, Member.id == SavingsInterest.member_id)
        .where(SavingsInterest.month_end_id == month_end.id)
        .group_by(Member.number, Member.full_name, Member.nik, Member.npwp)
        .order_by(Member.number)
    ).all()
    posted_rule = TaxRule(month_end.tax_threshold, Decimal(month_end.tax_rate_percent))
    return TaxList(
        month=key,
        rows=tuple(TaxRow(n, name, nik, npwp, int(g), int(t)) for n, name, nik, npwp, g, t in rows),
        threshold=posted_rule.threshold,
        rate_percent=posted_rule.rate_percent,
        entry_number=entry_number,
    )
