"""Paying the SHU: one member's share in cash or to simpanan sukarela, every
unpaid share to simpanan sukarela at once, and the receipt of a payment.
The distribution itself is posted by :func:`kopdesk.services.closing.shu.post`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain import shu as rules
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import (
    Account,
    JournalEntry,
    Member,
    ShuMember,
    ShuPayment,
    ShuPlan,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.base.sequences import next_value
from kopdesk.services.closing.shu import account_balance
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import products as savings_products

__all__ = ["RECEIPT_PREFIX", "SOURCE_PAY", "ShuPaymentInfo", "pay", "pay_all_to_savings", "payment"]

SOURCE_PAY = "shu-bayar"
RECEIPT_PREFIX = "SHU"


@dataclass(frozen=True)
class ShuPaymentInfo:
    receipt_number: str
    member_number: str
    name: str
    amount: int
    method: str
    date: dt.date
    entry_number: str
    year: int = 0


def _receipt(session: Session, on: dt.date) -> str:
    return f"{RECEIPT_PREFIX}-{on.year}-{next_value(session, f'{RECEIPT_PREFIX}-{on.year}'):06d}"


def _payable(session: Session, year: int, member: Member) -> ShuMember:
    share_row = session.execute(
        select(ShuMember).where(ShuMember.year == year, ShuMember.member_id == member.id)
    ).scalar()
    if share_row is None or share_row.total <= 0:
        raise DomainError(f"{member.full_name} ({member.number}) tidak mendapat SHU tahun {year}.")
    done = session.execute(
        select(ShuPayment.receipt_number).where(
            ShuPayment.year == year, ShuPayment.member_id == member.id
        )
    ).scalar()
    if done is not None:
        raise DomainError(
            f"SHU tahun {year} {member.full_name} ({member.number}) sudah dibayar ({done})."
        )
    return share_row


def _member(session: Session, number: str) -> Member:
    row = session.execute(select(Member).where(Member.number == number.strip())).scalar()
    if row is None:
        raise NotFoundError(f"Anggota {number} tidak ada.")
    return row


def _check_posted(session: Session, year: int) -> None:
    row = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar()
    if row is None or row.status != "posted":
        raise DomainError(f"Pembagian SHU tahun {year} belum diposting.")


@causes(Changes(journal=True))
def pay(
    session: Session,
    actor: Actor,
    year: int,
    member_number: str,
    *,
    on: dt.date,
    method: str,
    cash_account: str = coa.CASH,
) -> ShuPaymentInfo:
    """Pay one member's SHU (``shu.pay``): in cash from ``cash_account`` or credited
    to the member's simpanan sukarela. Once per member and year; with a receipt."""
    authorize(session, actor, Permission.SHU_PAY)
    if method not in ("tunai", "sukarela"):
        raise ValidationError("method", "Cara bayar SHU: tunai atau sukarela.")
    _check_posted(session, year)
    member = _member(session, member_number)
    share_row = _payable(session, year, member)
    amount = share_row.total
    plan = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar_one()
    if plan.posted_on is not None and on < plan.posted_on:
        raise ValidationError(
            "date",
            f"Tanggal bayar tidak boleh sebelum pembagian SHU ({format_date(plan.posted_on)}).",
        )
    memo = f"SHU {year} {member.number}"
    debit = LineInput(rules.MEMBER_ACCOUNT, amount, memo, member_id=member.id)
    if method == "tunai":
        code = cash_account.strip()
        if not code.startswith("11"):
            raise ValidationError("cash_account", f"Akun {code} bukan akun kas atau bank.")
        account = session.execute(select(Account).where(Account.code == code)).scalar()
        if account is None:
            raise ValidationError("cash_account", f"Akun {code} tidak ada.")
        cash = account_balance(session, code, on)
        if cash < amount:
            raise DomainError(
                f"Saldo {account.name} per {format_date(on)} {format_rupiah(cash)}, tidak cukup "
                f"untuk membayar SHU {format_rupiah(amount)}."
            )
        credit = LineInput(code, -amount, memo, member_id=member.id)
        what = "dibayar tunai"
    else:
        if member.status != MemberStatus.AKTIF:
            raise DomainError(
                f"{member.full_name} ({member.number}) berstatus {member.status}; SHU-nya dibayar "
                "tunai, tidak ke simpanan sukarela."
            )
        product = savings_products.get_product(session, "sukarela")
        account_row = savings_accounts.ensure_account(session, member, product, on)
        credit = LineInput(
            product.account_code,
            -amount,
            memo,
            member_id=member.id,
            savings_account_id=account_row.id,
        )
        what = "dipindahkan ke simpanan sukarela"
    number = _receipt(session, on)
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"SHU tahun {year} {member.full_name} ({member.number}) {what}, kuitansi {number}",
            [debit, credit],
            source=SOURCE_PAY,
        ),
        actor=actor,
    )
    session.add(
        ShuPayment(
            year=year,
            member_id=member.id,
            amount=amount,
            method=method,
            date=on,
            entry_id=entry.id,
            receipt_number=number,
            paid_by=actor.username,
            paid_at=clock.now(),
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "shu.pay",
        number,
        after={"anggota": member.number, "jumlah": amount, "cara": method, "jurnal": entry.number},
    )
    return ShuPaymentInfo(
        number, member.number, member.full_name, amount, method, on, entry.number, year
    )


@causes(Changes(journal=True))
def pay_all_to_savings(
    session: Session, actor: Actor, year: int, on: dt.date
) -> list[ShuPaymentInfo]:
    """Credit every unpaid active member's SHU to simpanan sukarela in one entry,
    one receipt per member (``shu.pay``). Members who left are paid in cash, one by one."""
    authorize(session, actor, Permission.SHU_PAY)
    _check_posted(session, year)
    plan = session.execute(select(ShuPlan).where(ShuPlan.year == year)).scalar_one()
    if plan.posted_on is not None and on < plan.posted_on:
        raise ValidationError(
            "date",
            f"Tanggal bayar tidak boleh sebelum pembagian SHU ({format_date(plan.posted_on)}).",
        )
    paid = set(
        session.execute(select(ShuPayment.member_id).where(ShuPayment.year == year)).scalars()
    )
    rows = session.execute(
        select(ShuMember, Member)
        .join(Member, Member.id == ShuMember.member_id)
        .where(ShuMember.year == year, ShuMember.total > 0, Member.status == MemberStatus.AKTIF)
        .order_by(Member.number)
    ).all()
    todo = [(r, m) for r, m in rows if m.id not in paid]
    if not todo:
        raise DomainError(
            f"Tidak ada SHU tahun {year} yang belum dibayar ke simpanan anggota aktif."
        )
    product = savings_products.get_product(session, "sukarela")
    lines: list[LineInput] = []
    numbers: list[str] = []
    for share_row, member in todo:
        account_row = savings_accounts.ensure_account(session, member, product, on)
        memo = f"SHU {year} {member.number}"
        numbers.append(_receipt(session, on))
        lines.append(LineInput(rules.MEMBER_ACCOUNT, share_row.total, memo, member_id=member.id))
        lines.append(
            LineInput(
                product.account_code,
                -share_row.total,
                memo,
                member_id=member.id,
                savings_account_id=account_row.id,
            )
        )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"SHU tahun {year} dipindahkan ke simpanan sukarela {len(todo)} anggota "
            f"(kuitansi {numbers[0]} s.d. {numbers[-1]})",
            lines,
            source=SOURCE_PAY,
        ),
        actor=actor,
    )
    now = clock.now()
    session.add_all(
        ShuPayment(
            year=year,
            member_id=member.id,
            amount=share_row.total,
            method="sukarela",
            date=on,
            entry_id=entry.id,
            receipt_number=number,
            paid_by=actor.username,
            paid_at=now,
        )
        for (share_row, member), number in zip(todo, numbers, strict=True)
    )
    session.flush()
    total = sum(r.total for r, _ in todo)
    audit.record(
        session,
        actor,
        "shu.pay",
        f"{numbers[0]}..{numbers[-1]}",
        after={"anggota": len(todo), "jumlah": total, "cara": "sukarela", "jurnal": entry.number},
    )
    return [
        ShuPaymentInfo(number, m.number, m.full_name, r.total, "sukarela", on, entry.number, year)
        for (r, m), number in zip(todo, numbers, strict=True)
    ]


def payment(session: Session, receipt_number: str) -> ShuPaymentInfo:
    """A payment by its receipt number (for reprinting the receipt)."""
    row = session.execute(
        select(ShuPayment, Member, JournalEntry.number)
        .join(Member, Member.id == ShuPayment.member_id)
        .join(JournalEntry, JournalEntry.id == ShuPayment.entry_id)
        .where(ShuPayment.receipt_number == receipt_number.strip())
    ).first()
    if row is None:
        raise NotFoundError(f"Kuitansi SHU {receipt_number} tidak ada.")
    pay_row, member, entry_number = row
    return ShuPaymentInfo(
        pay_row.receipt_number,
        member.number,
        member.full_name,
        pay_row.amount,
        pay_row.method,
        pay_row.date,
        entry_number,
        pay_row.year,
    )
