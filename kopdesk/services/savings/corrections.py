"""Correcting a savings counter transaction (koreksi): a reversing entry and a
receipt of its own; the original stays in the books.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.vocabulary import SavingsAccountStatus, SavingsTxKind
from kopdesk.errors import DomainError, InsufficientBalanceError, NotFoundError, ValidationError
from kopdesk.models import Account, JournalEntry, Member, SavingsAccount, SavingsTransaction
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.savings.accounts import balance
from kopdesk.services.savings.transactions import TxInfo, record_tx

__all__ = ["SOURCE_CORRECTION", "correct"]

SOURCE_CORRECTION = "simpanan.koreksi"


@causes(Changes(journal=True))
def correct(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    reason: str,
    approval: int | None = None,
) -> TxInfo:
    """Correct a transaction by reversing it (koreksi); the original stays.

    Needs ``savings.manage``. Refused when the reversal would leave an
    account negative (the money was withdrawn since), for a correction
    itself, twice, and — for transactions older than the set number of days —
    without a second user's approval (``approval``).
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    on = guards.check_date(on, message="Tanggal transaksi tidak valid.")
    clean_reason = " ".join(reason.split())
    if len(clean_reason) < 5:
        raise ValidationError("reason", "Tulis alasan koreksi (paling sedikit 5 huruf).")
    original = session.execute(
        select(SavingsTransaction).where(SavingsTransaction.number == number.strip().upper())
    ).scalar()
    if original is None:
        raise NotFoundError(f"Transaksi simpanan {number} tidak ditemukan.")
    if original.kind == SavingsTxKind.KOREKSI:
        raise DomainError(f"{original.number} adalah koreksi; catat transaksi baru bila perlu.")
    done = session.execute(
        select(SavingsTransaction.number).where(SavingsTransaction.reversal_of_id == original.id)
    ).scalar()
    if done is not None:
        raise DomainError(f"Transaksi {original.number} sudah dikoreksi dengan {done}.")
    entry = session.get(JournalEntry, original.entry_id)
    assert entry is not None
    posted = journal.get_entry(session, entry.number)
    # What the reversal does to each savings account, and whether it can.
    change: dict[int, int] = {}
    for line in posted.lines:
        if line.savings_account_id is not None:
            change[line.savings_account_id] = change.get(line.savings_account_id, 0) + line.amount
    for account_id, delta in change.items():
        # The reversal credits back -line.amount; balance is the negated sum.
        now = balance(session, account_id)
        if now + delta < 0:
            acct = session.get(SavingsAccount, account_id)
            assert acct is not None
            raise InsufficientBalanceError(
                f"{original.number} tidak dapat dikoreksi: saldo rekening {acct.number} "
                f"tinggal {format_rupiah(now)}, koreksi akan membuatnya minus. "
                "Koreksi dulu transaksi sesudahnya."
            )
    cash_line = next(
        (line for line in posted.lines if line.account_code in coa.PAYMENT_ACCOUNTS), None
    )
    if cash_line is not None and cash_line.amount > 0:
        cash = session.execute(
            select(Account).where(Account.code == cash_line.account_code)
        ).scalar_one()
        at_hand = guards.posted_balance(session, cash.id, on)
        if cash_line.amount > at_hand:
            raise InsufficientBalanceError(
                f"Saldo {cash.name} hanya {format_rupiah(at_hand)}; tidak cukup untuk "
                f"mengembalikan {format_rupiah(cash_line.amount)}."
            )
    mirror = journal.reverse_business_entry(
        session,
        entry.number,
        on,
        actor=actor,
        description=f"Koreksi {original.number}: {clean_reason}",
        approval=approval,
        audit=False,
        source=SOURCE_CORRECTION,
        permission=Permission.SAVINGS_MANAGE,
    )
    for account_id in change:
        acct = session.get(SavingsAccount, account_id)
        assert acct is not None
        if acct.status == SavingsAccountStatus.TUTUP and balance(session, account_id) > 0:
            acct.status, acct.closed_on = SavingsAccountStatus.AKTIF, None
    member_row = session.get(Member, original.member_id)
    account = session.get(SavingsAccount, original.savings_account_id)
    to_account = (
        session.get(SavingsAccount, original.to_account_id) if original.to_account_id else None
    )
    assert member_row is not None
    assert account is not None
    return record_tx(
        session,
        actor,
        kind=SavingsTxKind.KOREKSI,
        on=on,
        member=member_row,
        account=account,
        to_account=to_account,
        amount=original.amount,
        entry=mirror,
        description=mirror.description,
        reversal_of=original,
    )
