"""The savings counter (loket simpanan): deposits (setoran), withdrawals (penarikan)
and transfers between a member's accounts (pemindahbukuan).

Each posts one balanced journal entry in the caller's unit of work, with the
member and the savings account on the lines of the product's control account,
and records the transaction with its receipt number. Refused input raises before
anything is written. Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind, early_break_penalty
from kopdesk.domain.vocabulary import (
    MEMBER_MAY_DEPOSIT,
    MemberStatus,
    SavingsAccountStatus,
    SavingsTxKind,
)
from kopdesk.errors import DomainError, InsufficientBalanceError, NotFoundError, ValidationError
from kopdesk.models import Account, Member, SavingsAccount
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.members import register
from kopdesk.services.savings.accounts import (
    account_for,
    balance,
    balance_now_and_on,
    ensure_account,
    open_account,
    spendable,
)
from kopdesk.services.savings.products import ProductInfo, get_product
from kopdesk.services.savings.transactions import TxInfo, record_tx

__all__ = ["SOURCE", "deposit", "deposit_refusal", "transfer", "withdraw"]

SOURCE = "simpanan"


def _payment_account(session: Session, code: str) -> Account:
    return guards.payment_account(
        session, code, "Uang simpanan diterima/dibayar lewat kas atau bank"
    )


def deposit_refusal(prod: ProductInfo, member_name: str, current: int, amount: int) -> str | None:
    """Why a deposit of ``amount`` into a pokok/wajib/sukarela account holding
    ``current`` is refused, in Indonesian; None when the product allows it."""
    if prod.kind is ProductKind.POKOK:
        due = prod.fixed_amount - current
        if due <= 0:
            return (
                f"Simpanan pokok {member_name} sudah lunas ({format_rupiah(current)}); "
                "simpanan pokok dibayar sekali."
            )
        if amount != due:
            return (
                f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}, "
                f"bukan {format_rupiah(amount)}."
            )
    if prod.kind is ProductKind.SUKARELA and current + amount < prod.minimum_balance:
        return (
            f"Setoran awal simpanan sukarela paling sedikit "
            f"{format_rupiah(prod.minimum_balance - current)} (saldo minimum "
            f"{format_rupiah(prod.minimum_balance)})."
        )
    if prod.kind is ProductKind.BERJANGKA:
        return "Simpanan berjangka dibuka sebagai bilyet baru lewat setoran di loket."
    return None


def _place_term_deposit(
    session: Session,
    member_row: Member,
    prod: ProductInfo,
    amount: int,
    on: dt.date,
    *,
    term_months: int | None,
    rollover: bool | None,
) -> SavingsAccount:
    term = prod.term_months if term_months is None else term_months
    if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= 120:
        raise ValidationError("term_months", "Jangka waktu simpanan berjangka 1–120 bulan.")
    if amount < prod.minimum_balance:
        raise ValidationError(
            "amount",
            f"Simpanan berjangka paling sedikit {format_rupiah(prod.minimum_balance)}.",
        )
    journal.open_year_for(session, on)
    return open_account(
        session,
        member_row,
        prod,
        on,
        term_months=term,
        rollover=prod.rollover if rollover is None else rollover,
    )


@causes(Changes(journal=True))
def deposit(
    session: Session,
    actor: Actor,
    *,
    member: str,
    product: str,
    amount: int,
    on: dt.date,
    cash_account: str = coa.CASH,
    description: str = "",
    term_months: int | None = None,
    rollover: bool | None = None,
) -> TxInfo:
    """Take a deposit (setoran) at the counter; returns it with its receipt number.

    Needs ``savings.teller``. Rules: pokok is paid once, exactly its fixed
    amount; a sukarela account may not be left under its minimum balance; a
    berjangka deposit opens a new placement of at least the minimum, for
    ``term_months`` (default the product's) with roll-over ``rollover``.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = guards.check_amount(amount)
    on = guards.check_date(on, message="Tanggal transaksi tidak valid.")
    cash = _payment_account(session, cash_account)
    member_row = register.member_row(session, member)
    _require_status(member_row, MEMBER_MAY_DEPOSIT, "setoran")
    prod = get_product(session, product)
    if not prod.active:
        raise DomainError(f"Produk {prod.name} tidak aktif lagi.")
    if member_row.status == MemberStatus.CALON and prod.kind is not ProductKind.POKOK:
        raise DomainError(
            f"{member_row.full_name} masih calon anggota: bayar simpanan pokok dulu "
            "dan aktifkan keanggotaannya."
        )
    if on < member_row.join_date:
        raise ValidationError("date", "Tanggal setoran sebelum tanggal masuk anggota.")
    if prod.kind is ProductKind.BERJANGKA:
        account = _place_term_deposit(
            session, member_row, prod, amount, on, term_months=term_months, rollover=rollover
        )
        after = amount  # a new placement holds this deposit only
    else:
        existing = account_for(session, member_row, prod, lock=True)
        if existing is not None and existing.status != SavingsAccountStatus.AKTIF:
            raise DomainError(f"Rekening {existing.number} sudah ditutup.")
        # one query: the balance now (for the rules) and on ``on`` (for the receipt)
        current, current_on = balance_now_and_on(session, existing.id, on) if existing else (0, 0)
        refusal = deposit_refusal(prod, member_row.full_name, current, amount)
        if refusal is not None:
            raise ValidationError("amount", refusal)
        journal.open_year_for(session, on)
        account = existing or open_account(session, member_row, prod, on)
        after = current_on + amount
    text = (
        description.strip() or f"Setoran {prod.name} {member_row.full_name} ({member_row.number})"
    )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            text,
            [
                LineInput(cash.code, amount, member_id=member_row.id),
                LineInput(
                    prod.account_code,
                    -amount,
                    member_id=member_row.id,
                    savings_account_id=account.id,
                ),
            ],
            source=SOURCE,
        ),
        actor=actor,
    )
    return record_tx(
        session,
        actor,
        kind=SavingsTxKind.SETOR,
        on=on,
        member=member_row,
        account=account,
        amount=amount,
        entry=entry,
        description=text,
        cash=cash,
        balance_after=after,
    )


def _require_withdrawable(prod: ProductInfo, member_row: Member) -> None:
    if not prod.withdrawable:
        raise DomainError(
            f"{prod.name} tidak dapat ditarik selama {member_row.full_name} masih menjadi "
            "anggota; dikembalikan saat keluar."
        )


def _withdrawal_check(
    session: Session,
    member_row: Member,
    prod: ProductInfo,
    account: SavingsAccount,
    *,
    amount: int,
    on: dt.date,
) -> int:
    """Refuse a withdrawal the product does not allow; returns the penalty (berjangka)."""
    _require_withdrawable(prod, member_row)
    if account.status != SavingsAccountStatus.AKTIF:
        raise DomainError(f"Rekening {account.number} sudah ditutup.")
    current = spendable(session, account.id, on)
    if prod.kind is ProductKind.BERJANGKA:
        if amount != current:
            raise ValidationError(
                "amount",
                f"Simpanan berjangka {account.number} dicairkan seluruhnya: "
                f"{format_rupiah(current)}.",
            )
        if account.maturity_date is not None and on < account.maturity_date:
            return early_break_penalty(amount, prod.penalty_percent)
        return 0
    keep = prod.minimum_balance
    if amount > current - keep:
        raise InsufficientBalanceError(
            f"Saldo {prod.name} {member_row.full_name} {format_rupiah(current)}"
            + (f", saldo minimum {format_rupiah(keep)}" if keep else "")
            + f": yang dapat ditarik paling banyak {format_rupiah(max(current - keep, 0))}, "
            f"bukan {format_rupiah(amount)}."
        )
    return 0


def _pick_account(
    session: Session, member_row: Member, prod: ProductInfo, account: str | None
) -> SavingsAccount:
    if account:
        row = session.execute(
            select(SavingsAccount)
            .where(SavingsAccount.number == account.strip().upper())
            .with_for_update()
        ).scalar()
        if row is None or row.member_id != member_row.id or row.product_id != prod.id:
            raise NotFoundError(
                f"Rekening {account} bukan rekening {prod.name} milik {member_row.full_name}."
            )
        return row
    if prod.kind is ProductKind.BERJANGKA:
        rows = list(
            session.execute(
                select(SavingsAccount)
                .where(
                    SavingsAccount.member_id == member_row.id,
                    SavingsAccount.product_id == prod.id,
                    SavingsAccount.status == SavingsAccountStatus.AKTIF,
                )
                .with_for_update()
            ).scalars()
        )
        if len(rows) != 1:
            raise ValidationError(
                "account",
                f"{member_row.full_name} punya {len(rows)} simpanan berjangka aktif; "
                "sebutkan nomor rekeningnya.",
            )
        return rows[0]
    row = account_for(session, member_row, prod, lock=True)
    if row is None:
        raise InsufficientBalanceError(
            f"{member_row.full_name} belum punya rekening {prod.name}; saldo Rp0."
        )
    return row


@causes(Changes(journal=True))
def withdraw(
    session: Session,
    actor: Actor,
    *,
    member: str,
    product: str,
    amount: int,
    on: dt.date,
    cash_account: str = coa.CASH,
    account: str | None = None,
    description: str = "",
) -> TxInfo:
    """Pay out a withdrawal (penarikan); returns it with its receipt number.

    Needs ``savings.teller``. Only from products that allow it, never below
    the minimum or the available balance, never more than the cash at hand.
    A term deposit is paid out whole; before maturity less the penalty.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = guards.check_amount(amount)
    on = guards.check_date(on, message="Tanggal transaksi tidak valid.")
    cash = _payment_account(session, cash_account)
    member_row = register.member_row(session, member)
    _require_status(member_row, (MemberStatus.AKTIF,), "penarikan")
    prod = get_product(session, product)
    _require_withdrawable(prod, member_row)
    acct = _pick_account(session, member_row, prod, account)
    penalty = _withdrawal_check(session, member_row, prod, acct, amount=amount, on=on)
    paid = amount - penalty
    at_hand = guards.posted_balance(session, cash.id, on)
    if paid > at_hand:
        raise InsufficientBalanceError(
            f"Saldo {cash.name} pada {on:%d-%m-%Y} hanya {format_rupiah(at_hand)}; "
            f"tidak cukup untuk membayar {format_rupiah(paid)}."
        )
    text = (
        description.strip() or f"Penarikan {prod.name} {member_row.full_name} ({member_row.number})"
    )
    lines = [
        LineInput(prod.account_code, amount, member_id=member_row.id, savings_account_id=acct.id),
        LineInput(cash.code, -paid, member_id=member_row.id),
    ]
    if penalty:
        assert prod.penalty_account_code is not None
        lines.append(
            LineInput(
                prod.penalty_account_code,
                -penalty,
                "Denda pencairan sebelum jatuh tempo",
                member_id=member_row.id,
            )
        )
    entry = journal.post_business_entry(
        session, EntryInput(on, text, lines, source=SOURCE), actor=actor
    )
    if prod.kind is ProductKind.BERJANGKA:
        acct.status, acct.closed_on = SavingsAccountStatus.TUTUP, on
        session.flush()
    return record_tx(
        session,
        actor,
        kind=SavingsTxKind.TARIK,
        on=on,
        member=member_row,
        account=acct,
        amount=amount,
        entry=entry,
        description=text,
        penalty=penalty,
        cash=cash,
    )


@causes(Changes(journal=True))
def transfer(
    session: Session,
    actor: Actor,
    *,
    member: str,
    from_product: str,
    to_product: str,
    amount: int,
    on: dt.date,
    from_account: str | None = None,
    description: str = "",
) -> TxInfo:
    """Move money between two of a member's accounts (pemindahbukuan).

    The withdrawal rules of the source and the deposit rules of the target
    apply (e.g. sukarela → wajib to pay the month's wajib). Needs ``savings.teller``.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = guards.check_amount(amount)
    on = guards.check_date(on, message="Tanggal transaksi tidak valid.")
    member_row = register.member_row(session, member)
    _require_status(member_row, (MemberStatus.AKTIF,), "pemindahbukuan")
    source = get_product(session, from_product)
    target = get_product(session, to_product)
    if source.id == target.id and target.kind is not ProductKind.BERJANGKA:
        raise ValidationError("to_product", "Rekening asal dan tujuan sama.")
    _require_withdrawable(source, member_row)
    src = _pick_account(session, member_row, source, from_account)
    penalty = _withdrawal_check(session, member_row, source, src, amount=amount, on=on)
    if penalty:
        raise DomainError(
            "Simpanan berjangka yang belum jatuh tempo dicairkan lewat penarikan "
            "(dengan denda), bukan pemindahbukuan."
        )
    if target.kind is ProductKind.POKOK:
        existing = account_for(session, member_row, target)
        due = target.fixed_amount - (balance(session, existing.id) if existing else 0)
        if due <= 0 or amount != due:
            raise ValidationError(
                "amount",
                "Simpanan pokok sudah lunas."
                if due <= 0
                else f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}.",
            )
    if target.kind is ProductKind.BERJANGKA:
        raise DomainError("Simpanan berjangka baru dibuka lewat setoran, bukan pemindahbukuan.")
    if not target.active:
        raise DomainError(f"Produk {target.name} tidak aktif lagi.")
    journal.open_year_for(session, on)
    dst = ensure_account(session, member_row, target, on)
    if dst.status != SavingsAccountStatus.AKTIF:
        raise DomainError(f"Rekening {dst.number} sudah ditutup.")
    text = description.strip() or (
        f"Pemindahbukuan {source.name} ke {target.name} {member_row.full_name} "
        f"({member_row.number})"
    )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            text,
            [
                LineInput(
                    source.account_code, amount, member_id=member_row.id, savings_account_id=src.id
                ),
                LineInput(
                    target.account_code,
                    -amount,
                    member_id=member_row.id,
                    savings_account_id=dst.id,
                ),
            ],
            source=SOURCE,
        ),
        actor=actor,
    )
    if source.kind is ProductKind.BERJANGKA:
        src.status, src.closed_on = SavingsAccountStatus.TUTUP, on
        session.flush()
    return record_tx(
        session,
        actor,
        kind=SavingsTxKind.PINDAH,
        on=on,
        member=member_row,
        account=src,
        to_account=dst,
        amount=amount,
        entry=entry,
        description=text,
    )


def _require_status(member: Member, allowed: Sequence[str], what: str) -> None:
    if member.status not in allowed:
        raise DomainError(
            f"{member.full_name} ({member.number}) berstatus {member.status}; {what} tidak dapat "
            "dilakukan. Penyelesaian anggota keluar dicatat lewat menu Anggota."
        )
