"""The member statement as it was read before issue 16 (kept as the reference):
four queries per account and the receipts found by scanning savings_tx."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import split_debit_credit
from kopdesk.domain.papers.savings import MemberStatementReport, StatementAccount, StatementRow
from kopdesk.errors import ValidationError
from kopdesk.models import (
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    SavingsProduct,
    SavingsTransaction,
)
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.members.register import get_member

MAX_STATEMENT_DAYS = 366 * 10


def reference_statement(
    session: Session, member_number: str, date_from: dt.date, date_to: dt.date
) -> MemberStatementReport:
    """Buku simpanan: every account of the member that existed in the period.

    Per account the balance before ``date_from``, every line from ``date_from``
    to ``date_to`` with its journal and receipt number and a running balance,
    and the closing balance. Raises ``LedgerInvariantError`` if
    opening + credits − debits ≠ closing (a bug, never a user mistake)."""
    if date_from > date_to:
        raise ValidationError("date_from", "Tanggal awal tidak boleh setelah tanggal akhir.")
    if (date_to - date_from).days > MAX_STATEMENT_DAYS:
        raise ValidationError("date_to", "Rekening koran paling panjang sepuluh tahun.")
    member = get_member(session, member_number)
    rows = session.execute(
        select(SavingsAccount, SavingsProduct.name)
        .join(SavingsProduct, SavingsProduct.id == SavingsAccount.product_id)
        .join(Member, Member.id == SavingsAccount.member_id)
        .where(Member.number == member.number, SavingsAccount.opened_on <= date_to)
        .order_by(SavingsAccount.product_id, SavingsAccount.slot)
    ).all()
    accounts = []
    for acct, product_name in rows:
        part = _statement_account(session, acct, product_name, date_from, date_to)
        closed_before = acct.closed_on is not None and acct.closed_on < date_from
        if closed_before and not part.rows and part.opening_balance == 0:
            continue
        accounts.append(part)
    return MemberStatementReport(
        header=get_profile(session).header,
        member_number=member.number,
        member_name=member.full_name,
        member_address=member.full_address,
        date_from=date_from,
        date_to=date_to,
        accounts=tuple(accounts),
        total_opening=sum(a.opening_balance for a in accounts),
        total_debit=sum(a.total_debit for a in accounts),
        total_credit=sum(a.total_credit for a in accounts),
        total_closing=sum(a.closing_balance for a in accounts),
    )


def _statement_account(
    session: Session, acct: SavingsAccount, product_name: str, date_from: dt.date, date_to: dt.date
) -> StatementAccount:
    # Both queries filter on savings_account_id and date: the index
    # ix_journal_line_savings (savings_account_id, account_id, date) serves them.
    opening = -int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.savings_account_id == acct.id, JournalLine.date < date_from
            )
        ).scalar_one()
    )
    lines = session.execute(
        select(
            JournalLine.entry_id,
            JournalLine.member_id,
            JournalLine.date,
            JournalLine.amount,
            JournalLine.memo,
            JournalEntry.number,
            JournalEntry.description,
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalLine.savings_account_id == acct.id,
            JournalLine.date >= date_from,
            JournalLine.date <= date_to,
        )
        .order_by(JournalLine.date, JournalEntry.id, JournalLine.line_no)
    ).all()
    receipts = Receipts(session, {line.entry_id for line in lines})
    running = opening
    out = []
    for entry_id, member_id, day, amount, memo, entry_no, entry_text in lines:
        debit, credit = split_debit_credit(int(amount))
        running += credit - debit
        text = f"{entry_text} — {memo}" if memo else entry_text
        receipt_no = receipts.find(entry_id, member_id)
        out.append(StatementRow(day, entry_no, receipt_no, text, debit, credit, running))
    total_debit = sum(r.debit for r in out)
    total_credit = sum(r.credit for r in out)
    closing = -int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.savings_account_id == acct.id, JournalLine.date <= date_to
            )
        ).scalar_one()
    )
    if opening + total_credit - total_debit != closing or running != closing:
        raise LedgerInvariantError(
            f"statement of {acct.number} does not tie: {opening} + {total_credit} - "
            f"{total_debit} != {closing}"
        )
    return StatementAccount(
        account_number=acct.number,
        product_name=product_name,
        status=acct.status,
        opened_on=acct.opened_on,
        closed_on=acct.closed_on,
        opening_balance=opening,
        rows=tuple(out),
        total_debit=total_debit,
        total_credit=total_credit,
        closing_balance=closing,
    )


class Receipts:
    """Receipt numbers of the counter transactions behind some journal entries.

    An entry normally carries one transaction; where a batch put several on
    one entry, the line's own member's receipt is the one printed."""

    def __init__(self, session: Session, entry_ids: set[int]) -> None:
        self._by_member: dict[tuple[int, int], str] = {}
        self._by_entry: dict[int, list[str]] = defaultdict(list)
        if not entry_ids:
            return
        found = session.execute(
            select(
                SavingsTransaction.entry_id,
                SavingsTransaction.member_id,
                SavingsTransaction.number,
            )
            .where(SavingsTransaction.entry_id.in_(entry_ids))
            .order_by(SavingsTransaction.id)
        ).all()
        for entry_id, member_id, number in found:
            self._by_member.setdefault((entry_id, member_id), number)
            self._by_entry[entry_id].append(number)

    def find(self, entry_id: int, member_id: int | None) -> str:
        if member_id is not None and (entry_id, member_id) in self._by_member:
            return self._by_member[(entry_id, member_id)]
        numbers = self._by_entry.get(entry_id, [])
        return numbers[0] if len(numbers) == 1 else ""
