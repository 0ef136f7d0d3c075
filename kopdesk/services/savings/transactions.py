"""Counter transactions on savings (setoran, penarikan, pemindahbukuan, koreksi):
recording one with its receipt number and reading them back — one receipt, the
teller's day, a member's history of every mutation.

Amounts are integer rupiah; a balance after a transaction is credit-positive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, aliased

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import SavingsTxKind
from kopdesk.errors import NotFoundError
from kopdesk.models import (
    Account,
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    SavingsProduct,
    SavingsTransaction,
    core_table,
)
from kopdesk.services.base import audit
from kopdesk.services.base.sequences import next_value
from kopdesk.services.ledger import journal
from kopdesk.services.members import register
from kopdesk.services.savings.accounts import balance

__all__ = [
    "COUNTER_KINDS",
    "KIND_LABEL",
    "RECEIPT_PREFIX",
    "TxInfo",
    "TxRow",
    "get_transaction",
    "member_history",
    "receipt_number",
    "record_tx",
    "transactions",
]

RECEIPT_PREFIX: dict[str, str] = {
    SavingsTxKind.SETOR: "BS",
    SavingsTxKind.TARIK: "BP",
    SavingsTxKind.PINDAH: "PB",
    SavingsTxKind.KOREKSI: "KS",
}
OPENING_SOURCE = "saldo_awal"
"""A mutation from the opening balances (saldo awal), not a loan event."""
EXIT_SOURCE = "keluar"
"""A mutation from a member's exit settlement, not a member status."""
KIND_LABEL: dict[str, str] = {
    SavingsTxKind.SETOR: "Setoran",
    SavingsTxKind.TARIK: "Penarikan",
    SavingsTxKind.PINDAH: "Pemindahbukuan",
    SavingsTxKind.KOREKSI: "Koreksi",
    # mutations that are not counter transactions (no receipt of their own)
    "akhir_bulan": "Jasa / jatuh tempo",
    "potong_gaji": "Potong gaji",
    OPENING_SOURCE: "Saldo awal",
    EXIT_SOURCE: "Penyelesaian keluar",
    "pinjaman": "Kelebihan angsuran",
    "lain": "Jurnal",
    # loan events listed beside the savings (services.loans.counter_rows), receipt numbered
    "pinjaman.cair": "Pencairan pinjaman",
    "pinjaman.angsuran": "Angsuran pinjaman",
    "pinjaman.pelunasan": "Pelunasan pinjaman",
}
COUNTER_KINDS = frozenset(RECEIPT_PREFIX)
"""Kinds that have a receipt and can be corrected at the counter."""


@dataclass(frozen=True)
class TxInfo:
    number: str
    kind: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    product_name: str
    to_account_number: str | None
    to_product_name: str | None
    amount: int
    penalty: int
    cash_account_code: str | None
    entry_number: str
    description: str
    created_by: str
    created_at: dt.datetime
    balance_after: int
    to_balance_after: int | None
    reversal_of: str | None
    reversed_by: str | None

    @property
    def kind_label(self) -> str:
        return KIND_LABEL[self.kind]

    @property
    def paid_out(self) -> int:
        """Cash handed to the member (a withdrawal less any early-break penalty)."""
        return self.amount - self.penalty


def receipt_number(session: Session, kind: str, on: dt.date) -> str:
    prefix = RECEIPT_PREFIX[kind]
    return f"{prefix}-{on.year}-{next_value(session, f'{prefix}-{on.year}'):06d}"


_INSERT_TX = insert(core_table(SavingsTransaction))
"""Built once: every counter transaction is recorded."""


def record_tx(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    on: dt.date,
    member: Member,
    account: SavingsAccount,
    amount: int,
    entry: journal.EntryInfo,
    description: str,
    to_account: SavingsAccount | None = None,
    penalty: int = 0,
    cash: Account | None = None,
    reversal_of: SavingsTransaction | None = None,
    balance_after: int | None = None,
) -> TxInfo:
    """Record the counter transaction posted as ``entry``; ``balance_after``, when the
    caller knows it, is ``account``'s balance at the end of ``on`` with ``entry``."""
    number = receipt_number(session, kind, on)
    created_at = clock.now()
    session.execute(
        _INSERT_TX,
        {
            "number": number,
            "kind": kind,
            "date": on,
            "member_id": member.id,
            "savings_account_id": account.id,
            "to_account_id": to_account.id if to_account else None,
            "amount": amount,
            "penalty": penalty,
            "cash_account_id": cash.id if cash else None,
            "entry_id": entry.id,
            "description": description,
            "reversal_of_id": reversal_of.id if reversal_of else None,
            "created_by": actor.username,
            "created_at": created_at,
        },
    )
    info = TxInfo(
        number=number,
        kind=kind,
        date=on,
        member_number=member.number,
        member_name=member.full_name,
        account_number=account.number,
        product_name=_product_name(session, account),
        to_account_number=to_account.number if to_account else None,
        to_product_name=_product_name(session, to_account) if to_account else None,
        amount=amount,
        penalty=penalty,
        cash_account_code=cash.code if cash else None,
        entry_number=entry.number,
        description=description,
        created_by=actor.username,
        created_at=created_at,
        # the entry just posted is the latest: the balance after it is the balance on its day
        balance_after=balance(session, account.id, on) if balance_after is None else balance_after,
        to_balance_after=balance(session, to_account.id, on) if to_account else None,
        reversal_of=reversal_of.number if reversal_of else None,
        reversed_by=None,
    )
    audit.record(
        session,
        actor,
        f"savings.{kind}",
        number,
        after={
            "anggota": member.number,
            "rekening": account.number,
            **({"ke_rekening": to_account.number} if to_account else {}),
            "tanggal": on,
            "jumlah": amount,
            **({"denda": penalty} if penalty else {}),
            "jurnal": entry.number,
            **({"koreksi_atas": reversal_of.number} if reversal_of else {}),
        },
    )
    return info


def _product_name(session: Session, account: SavingsAccount) -> str:
    product = session.get(SavingsProduct, account.product_id)
    assert product is not None
    return product.name


def get_transaction(session: Session, number: str) -> TxInfo:
    """One counter transaction with the balances right after it."""
    tx = session.execute(
        select(SavingsTransaction).where(SavingsTransaction.number == number.strip().upper())
    ).scalar()
    if tx is None:
        raise NotFoundError(f"Transaksi simpanan {number} tidak ditemukan.")
    member = session.get(Member, tx.member_id)
    account = session.get(SavingsAccount, tx.savings_account_id)
    entry = session.get(JournalEntry, tx.entry_id)
    assert member is not None
    assert account is not None
    assert entry is not None
    product = session.get(SavingsProduct, account.product_id)
    assert product is not None
    to_account = session.get(SavingsAccount, tx.to_account_id) if tx.to_account_id else None
    to_product = session.get(SavingsProduct, to_account.product_id) if to_account else None
    cash = session.get(Account, tx.cash_account_id) if tx.cash_account_id else None
    original = session.get(SavingsTransaction, tx.reversal_of_id) if tx.reversal_of_id else None
    reverser = session.execute(
        select(SavingsTransaction.number).where(SavingsTransaction.reversal_of_id == tx.id)
    ).scalar()
    return TxInfo(
        number=tx.number,
        kind=tx.kind,
        date=tx.date,
        member_number=member.number,
        member_name=member.full_name,
        account_number=account.number,
        product_name=product.name,
        to_account_number=to_account.number if to_account else None,
        to_product_name=to_product.name if to_product else None,
        amount=tx.amount,
        penalty=tx.penalty,
        cash_account_code=cash.code if cash else None,
        entry_number=entry.number,
        description=tx.description,
        created_by=tx.created_by,
        created_at=tx.created_at,
        balance_after=_balance_through_entry(session, account.id, entry),
        to_balance_after=_balance_through_entry(session, to_account.id, entry)
        if to_account
        else None,
        reversal_of=original.number if original else None,
        reversed_by=reverser,
    )


def _balance_through_entry(session: Session, account_id: int, entry: JournalEntry) -> int:
    """Balance right after ``entry``: lines dated before, plus that day's up to it."""
    total = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalLine.savings_account_id == account_id,
            (JournalLine.date < entry.date)
            | ((JournalLine.date == entry.date) & (JournalEntry.id <= entry.id)),
        )
    ).scalar_one()
    return -int(total)


@dataclass(frozen=True)
class TxRow:
    """One row of a transaction list (the teller's day, a member's history)."""

    number: str
    kind: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    amount: int
    reversed: bool
    entry_number: str = ""
    """The journal entry that posted it (JU-…)."""

    @property
    def is_loan(self) -> bool:
        """A loan disbursement or payment (its receipt is the loan receipt)."""
        return self.kind.startswith("pinjaman.")


def transactions(
    session: Session,
    *,
    member_number: str | None = None,
    on: dt.date | None = None,
    limit: int | None = None,
) -> list[TxRow]:
    """Counter transactions, newest first, of one member and/or one day."""
    reverser = aliased(SavingsTransaction)
    stmt = (
        select(
            SavingsTransaction.number,
            SavingsTransaction.kind,
            SavingsTransaction.date,
            Member.number,
            Member.full_name,
            SavingsAccount.number,
            SavingsTransaction.amount,
            reverser.id,
            JournalEntry.number,
        )
        .join(Member, Member.id == SavingsTransaction.member_id)
        .join(JournalEntry, JournalEntry.id == SavingsTransaction.entry_id)
        .join(SavingsAccount, SavingsAccount.id == SavingsTransaction.savings_account_id)
        .outerjoin(reverser, reverser.reversal_of_id == SavingsTransaction.id)
        .order_by(SavingsTransaction.date.desc(), SavingsTransaction.id.desc())
    )
    if member_number is not None:
        stmt = stmt.where(Member.number == member_number.strip().upper())
    if on is not None:
        stmt = stmt.where(SavingsTransaction.date == on)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        TxRow(n, k, d, mn, name, acc, int(a), rid is not None, entry)
        for n, k, d, mn, name, acc, a, rid, entry in session.execute(stmt)
    ]


def member_history(session: Session, member_number: str, *, limit: int = 50) -> list[TxRow]:
    """Every mutation of a member's savings, newest first: counter transactions (with
    their receipt numbers) and the rest — month-end interest, payroll batches, opening
    balances, exit settlements — under their journal numbers. Amounts of the rest are
    signed: into the account positive, out of it negative."""
    member = register.member_row(session, member_number)
    counter = transactions(session, member_number=member.number, limit=limit)
    counter_entries = set(
        session.execute(
            select(SavingsTransaction.entry_id).where(SavingsTransaction.member_id == member.id)
        ).scalars()
    )
    rows = session.execute(
        select(
            JournalEntry.id,
            JournalEntry.number,
            JournalEntry.source,
            JournalLine.date,
            SavingsAccount.number,
            JournalLine.amount,
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
        .where(SavingsAccount.member_id == member.id)
        .order_by(JournalLine.date.desc(), JournalEntry.id.desc())
        .limit(limit + len(counter_entries))
    ).all()
    others = [
        TxRow(
            number,
            _kind_of(source),
            day,
            member.number,
            member.full_name,
            account,
            -int(amount),
            False,
            number,
        )
        for entry_id, number, source, day, account, amount in rows
        if entry_id not in counter_entries
    ]
    merged = sorted(
        [*counter, *others], key=lambda r: (r.date, r.number.startswith("JU")), reverse=True
    )
    return merged[:limit]


def _kind_of(source: str) -> str:
    return {
        "simpanan.akhir_bulan": "akhir_bulan",
        "simpanan.potong_gaji": "potong_gaji",
        "simpanan.saldo_awal": "saldo_awal",
        "simpanan.keluar": "keluar",
        "pinjaman": "pinjaman",
    }.get(source, "lain")
