"""Members' savings accounts (rekening simpanan): opening them, their balances and
what may be withdrawn from them, and reading them back.

A balance is the negated sum of the journal lines that carry the account
(credit-positive, integer rupiah), so the members' balances always add up to the
product's control account (DESIGN.md §3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.dates import add_months
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.vocabulary import MemberStatus, SavingsAccountStatus
from kopdesk.errors import NotFoundError
from kopdesk.models import JournalLine, Member, SavingsAccount
from kopdesk.services.members import register
from kopdesk.services.savings.products import ProductInfo, get_product, list_products

__all__ = [
    "AccountInfo",
    "account_for",
    "balance",
    "balance_now_and_on",
    "balances",
    "ensure_account",
    "get_account",
    "member_accounts",
    "open_account",
    "spendable",
    "withdrawable",
]


@dataclass(frozen=True)
class AccountInfo:
    id: int
    number: str
    member_id: int
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    kind: ProductKind
    opened_on: dt.date
    status: str
    balance: int
    minimum_balance: int
    withdrawable: bool
    rate_percent: Decimal
    term_months: int
    maturity_date: dt.date | None
    rollover: bool

    @property
    def available(self) -> int:
        """What may be withdrawn now (sukarela keeps its minimum balance)."""
        if not self.withdrawable or self.status != SavingsAccountStatus.AKTIF:
            return 0
        if self.kind is ProductKind.BERJANGKA:
            return self.balance
        return max(self.balance - self.minimum_balance, 0)

    @property
    def label(self) -> str:
        if self.kind is ProductKind.BERJANGKA and self.maturity_date is not None:
            return f"{self.product_name} {self.number} (jatuh tempo {self.maturity_date:%d-%m-%Y})"
        return f"{self.product_name} {self.number}"


def balances(
    session: Session, savings_account_ids: Sequence[int], on: dt.date | None = None
) -> dict[int, int]:
    """Balance of each savings account (credit-positive) at the end of ``on`` (None: all)."""
    if not savings_account_ids:
        return {}
    stmt = select(JournalLine.savings_account_id, func.sum(JournalLine.amount)).where(
        JournalLine.savings_account_id.in_(list(savings_account_ids))
    )
    if on is not None:
        stmt = stmt.where(JournalLine.date <= on)
    sums = dict(session.execute(stmt.group_by(JournalLine.savings_account_id)).all())
    return {i: -int(sums.get(i) or 0) for i in savings_account_ids}


def balance(session: Session, savings_account_id: int, on: dt.date | None = None) -> int:
    return balances(session, [savings_account_id], on)[savings_account_id]


def balance_now_and_on(session: Session, savings_account_id: int, on: dt.date) -> tuple[int, int]:
    """(balance after every posted line, balance at the end of ``on``) in one query:
    ``balance(id, None)`` and ``balance(id, on)``."""
    total, until = session.execute(
        select(
            func.sum(JournalLine.amount),
            func.sum(case((JournalLine.date <= on, JournalLine.amount), else_=0)),
        ).where(JournalLine.savings_account_id == savings_account_id)
    ).one()
    return -int(total or 0), -int(until or 0)


def _account_infos(
    session: Session, rows: Sequence[SavingsAccount], on: dt.date | None
) -> list[AccountInfo]:
    if not rows:
        return []
    sums = balances(session, [r.id for r in rows], on)
    products = {p.id: p for p in list_products(session)}
    members = {
        m.id: m
        for m in session.execute(
            select(Member).where(Member.id.in_({r.member_id for r in rows}))
        ).scalars()
    }
    out = []
    for r in rows:
        p, m = products[r.product_id], members[r.member_id]
        out.append(
            AccountInfo(
                id=r.id,
                number=r.number,
                member_id=m.id,
                member_number=m.number,
                member_name=m.full_name,
                product_code=p.code,
                product_name=p.name,
                kind=p.kind,
                opened_on=r.opened_on,
                status=r.status,
                balance=sums[r.id],
                minimum_balance=p.minimum_balance,
                withdrawable=p.withdrawable,
                rate_percent=Decimal(r.rate_percent)
                if p.kind is ProductKind.BERJANGKA
                else p.rate_percent,
                term_months=r.term_months,
                maturity_date=r.maturity_date,
                rollover=r.rollover,
            )
        )
    return out


def member_accounts(
    session: Session, member_number: str, *, on: dt.date | None = None, include_closed: bool = False
) -> list[AccountInfo]:
    """A member's savings accounts with balances, products in their usual order."""
    member = register.member_row(session, member_number)
    stmt = (
        select(SavingsAccount)
        .where(SavingsAccount.member_id == member.id)
        .order_by(SavingsAccount.product_id, SavingsAccount.slot)
    )
    if not include_closed:
        stmt = stmt.where(SavingsAccount.status == SavingsAccountStatus.AKTIF)
    return _account_infos(session, list(session.execute(stmt).scalars()), on)


def get_account(session: Session, number: str, *, on: dt.date | None = None) -> AccountInfo:
    row = session.execute(
        select(SavingsAccount).where(SavingsAccount.number == number.strip().upper())
    ).scalar()
    if row is None:
        raise NotFoundError(f"Rekening simpanan {number} tidak ditemukan.")
    return _account_infos(session, [row], on)[0]


def open_account(
    session: Session,
    member: Member,
    product: ProductInfo,
    on: dt.date,
    *,
    term_months: int = 0,
    rollover: bool = False,
) -> SavingsAccount:
    if product.kind is ProductKind.BERJANGKA:
        slot = (
            int(
                session.execute(
                    select(func.coalesce(func.max(SavingsAccount.slot), 0)).where(
                        SavingsAccount.member_id == member.id,
                        SavingsAccount.product_id == product.id,
                    )
                ).scalar_one()
            )
            + 1
        )
        number = f"{product.prefix}-{member.number}-{slot:02d}"
        row = SavingsAccount(
            number=number,
            member_id=member.id,
            product_id=product.id,
            slot=slot,
            opened_on=on,
            status=SavingsAccountStatus.AKTIF,
            rate_percent=str(product.rate_percent),
            term_months=term_months,
            maturity_date=add_months(on, term_months),
            rollover=rollover,
        )
    else:
        row = SavingsAccount(
            number=f"{product.prefix}-{member.number}",
            member_id=member.id,
            product_id=product.id,
            slot=0,
            opened_on=on,
            status=SavingsAccountStatus.AKTIF,
            rate_percent="0",
            term_months=0,
            maturity_date=None,
            rollover=False,
        )
    session.add(row)
    session.flush()
    return row


def account_for(
    session: Session, member: Member, product: ProductInfo, *, lock: bool = False
) -> SavingsAccount | None:
    """The member's one account in a non-term product (None if never opened)."""
    stmt = select(SavingsAccount).where(
        SavingsAccount.member_id == member.id,
        SavingsAccount.product_id == product.id,
        SavingsAccount.slot == 0,
    )
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar()


def ensure_account(
    session: Session, member: Member, product: ProductInfo, on: dt.date
) -> SavingsAccount:
    """The member's account in a non-term product, opened on ``on`` if it is new."""
    return account_for(session, member, product, lock=True) or open_account(
        session, member, product, on
    )


def spendable(session: Session, account_id: int, on: dt.date) -> int:
    """The balance a withdrawal on ``on`` may use: the lower of the balance at the end
    of ``on`` and the balance after every posted movement, so that a back-dated
    withdrawal never overdraws the account at a later date."""
    return min(balance(session, account_id, None), balance(session, account_id, on))


def withdrawable(session: Session, member: str, product: str, on: dt.date) -> int:
    """The most ``member`` may take out of their ``product`` account on ``on`` (rupiah):
    the balance :func:`withdraw` allows, less the product's minimum balance; 0 when
    the product cannot be withdrawn, the member is not active or has no open account.
    Not for berjangka (each placement is paid out whole: see :func:`get_account`)."""
    member_row = register.member_row(session, member)
    prod = get_product(session, product)
    if not prod.withdrawable or prod.kind is ProductKind.BERJANGKA:
        return 0
    if member_row.status != MemberStatus.AKTIF:
        return 0
    row = account_for(session, member_row, prod)
    if row is None or row.status != SavingsAccountStatus.AKTIF:
        return 0
    return max(spendable(session, row.id, on) - prod.minimum_balance, 0)
