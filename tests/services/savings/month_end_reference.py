"""The month-end plan as it was computed before issue 16 (kept as the reference).

Every account loaded as an ORM row, every day of the month walked in Python
(``day_end_balances``), the interest from ``interest_for_month``. The fast plan
(``routine.plan_month_end``) must give exactly this."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.dates import add_months
from kopdesk.domain.savings import (
    InterestMethod,
    ProductKind,
    TaxRule,
    day_end_balances,
    interest_for_month,
    month_bounds,
    split_tax,
)
from kopdesk.domain.vocabulary import MemberStatus, SavingsAccountStatus
from kopdesk.models import JournalLine, Member, SavingsAccount
from kopdesk.services.base import settings
from kopdesk.services.savings.products import ProductInfo, list_products
from kopdesk.services.savings.routine import InterestLine, Maturity, MonthEndPlan

LEFT = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)


def reference_plan(session: Session, month: str) -> MonthEndPlan:
    first, last = month_bounds(month)
    key = f"{first:%Y-%m}"
    products = {p.id: p for p in list_products(session)}
    earning = [
        p.id
        for p in products.values()
        if p.interest_method is not InterestMethod.NONE
        and (p.rate_percent > 0 or p.kind is ProductKind.BERJANGKA)
    ]
    term_ids = [p.id for p in products.values() if p.kind is ProductKind.BERJANGKA]
    wanted = sorted(set(earning) | set(term_ids))
    accounts = list(
        session.execute(
            select(SavingsAccount)
            .join(Member, Member.id == SavingsAccount.member_id)
            .where(
                SavingsAccount.product_id.in_(wanted),
                SavingsAccount.status == SavingsAccountStatus.AKTIF,
                SavingsAccount.opened_on <= last,
                ~(Member.status.in_(LEFT) & (Member.status_date <= last)),
            )
            .order_by(SavingsAccount.id)
        ).scalars()
    )
    opening = dict(
        session.execute(
            select(JournalLine.savings_account_id, func.sum(JournalLine.amount))
            .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
            .where(
                SavingsAccount.product_id.in_(wanted),
                SavingsAccount.status == SavingsAccountStatus.AKTIF,
                JournalLine.date < first,
            )
            .group_by(JournalLine.savings_account_id)
        ).all()
    )
    moves: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for account_id, day, amount in session.execute(
        select(JournalLine.savings_account_id, JournalLine.date, func.sum(JournalLine.amount))
        .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
        .where(
            SavingsAccount.product_id.in_(wanted),
            SavingsAccount.status == SavingsAccountStatus.AKTIF,
            JournalLine.date >= first,
            JournalLine.date <= last,
        )
        .group_by(JournalLine.savings_account_id, JournalLine.date)
    ).all():
        if account_id is not None:
            moves[account_id].append((day, -int(amount)))
    members = {
        m.id: m
        for m in session.execute(
            select(Member).where(Member.id.in_({a.member_id for a in accounts}))
        ).scalars()
    }
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
        if sukarela
        else {}
    )
    days_in_year = settings.get_int(session, settings.SAVINGS_DAYS_IN_YEAR)

    def sukarela_of(member: Member, fallback: str) -> str:
        if sukarela is None:
            return fallback
        return sukarela_numbers.get(member.id, f"{sukarela.prefix}-{member.number}")

    raw: list[tuple[SavingsAccount, Member, ProductInfo, int, int, Decimal, str]] = []
    maturities: list[Maturity] = []
    for acct in accounts:
        product, member = products[acct.product_id], members[acct.member_id]
        balances = day_end_balances(
            -int(opening.get(acct.id) or 0), moves.get(acct.id, []), first, last
        )
        if product.kind is ProductKind.BERJANGKA:
            rate, floor, credited = Decimal(acct.rate_percent), 0, sukarela_of(member, acct.number)
        else:
            rate, floor, credited = product.rate_percent, product.minimum_balance, acct.number
        earning_days = until_payout(acct, product, balances, first, last)
        if product.id in earning and rate > 0:
            result = interest_for_month(
                product.interest_method,
                rate,
                earning_days,
                minimum_balance=floor,
                days_in_year=days_in_year,
            )
            if result.gross > 0:
                raw.append((acct, member, product, result.basis, result.gross, rate, credited))
        if (
            product.kind is ProductKind.BERJANGKA
            and acct.maturity_date is not None
            and acct.maturity_date <= last
            and balances[-1] > 0
        ):
            new_date = None
            if acct.rollover:
                new_date = acct.maturity_date
                while new_date <= last:
                    new_date = add_months(new_date, max(acct.term_months, 1))
            maturities.append(
                Maturity(
                    account_number=acct.number,
                    member_number=member.number,
                    member_name=member.full_name,
                    principal=balances[-1],
                    maturity_date=acct.maturity_date,
                    rollover=acct.rollover,
                    new_maturity_date=new_date,
                    credited_account_number=None
                    if acct.rollover
                    else sukarela_of(member, acct.number),
                )
            )
    rule = TaxRule(
        threshold=settings.get_int(session, settings.SAVINGS_TAX_THRESHOLD),
        rate_percent=Decimal(settings.get_int(session, settings.SAVINGS_TAX_RATE)),
    )
    by_member: dict[int, list[int]] = defaultdict(list)
    for acct, _m, _p, _b, gross, _r, _c in raw:
        by_member[acct.member_id].append(gross)
    taxes = split_tax(by_member, rule)
    position: dict[int, int] = defaultdict(int)
    lines = []
    for acct, member, product, basis, gross, rate, credited in raw:
        tax = taxes[member.id][position[member.id]]
        position[member.id] += 1
        lines.append(
            InterestLine(
                savings_account_id=acct.id,
                account_number=acct.number,
                member_id=member.id,
                member_number=member.number,
                member_name=member.full_name,
                product_code=product.code,
                product_name=product.name,
                method=product.interest_method,
                basis=basis,
                rate_percent=rate,
                days=(last - first).days + 1,
                gross=gross,
                tax=tax,
                credited_account_number=credited,
            )
        )
    return MonthEndPlan(key, first, last, tuple(lines), tuple(maturities), rule)


def until_payout(
    acct: SavingsAccount | None,
    product: ProductInfo,
    balances: list[int],
    first: dt.date,
    last: dt.date,
    *,
    maturity: dt.date | None = None,
    rollover: bool = False,
) -> list[int]:
    """The day-end balances that earn (the old ``routine._until_payout``)."""
    if acct is not None:
        maturity, rollover = acct.maturity_date, acct.rollover
    if product.kind is not ProductKind.BERJANGKA or rollover or maturity is None:
        return balances
    if maturity > last:
        return balances
    return [b if first + dt.timedelta(days=i) < maturity else 0 for i, b in enumerate(balances)]
