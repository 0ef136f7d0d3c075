"""The counter's lists with the loans in them: the day's transactions ("Transaksi hari
ini") and a member's history show loan disbursements (pencairan) and payments
(angsuran, pelunasan) beside the savings transactions, each under its receipt
number (PC-…, BA-…) with the journal entry that posted it.

Rows are :class:`~kopdesk.services.savings.transactions.TxRow`, newest first; a
loan row's account is the loan number and its amount the cash paid out or
received (integer rupiah, positive).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.vocabulary import LoanEventKind
from kopdesk.models import JournalEntry, Loan, LoanEvent, Member
from kopdesk.services.members import register
from kopdesk.services.savings.transactions import TxRow, member_history, transactions

__all__ = ["LOAN_ROW_KINDS", "day_rows", "loan_rows", "member_rows"]

LOAN_ROW_KINDS: dict[str, str] = {
    LoanEventKind.CAIR: "pinjaman.cair",
    LoanEventKind.ANGSURAN: "pinjaman.angsuran",
    LoanEventKind.PELUNASAN: "pinjaman.pelunasan",
}
"""Loan events that move money at the counter, and their kind in a :class:`TxRow`."""


def loan_rows(
    session: Session,
    *,
    on: dt.date | None = None,
    member_id: int | None = None,
    limit: int | None = None,
) -> list[TxRow]:
    """Disbursements and payments, newest first, of one day and/or one member."""
    stmt = (
        select(
            LoanEvent.number,
            LoanEvent.kind,
            LoanEvent.date,
            Member.number,
            Member.full_name,
            Loan.number,
            LoanEvent.cash,
            JournalEntry.number,
        )
        .join(Loan, Loan.id == LoanEvent.loan_id)
        .join(Member, Member.id == Loan.member_id)
        .outerjoin(JournalEntry, JournalEntry.id == LoanEvent.entry_id)
        .where(LoanEvent.kind.in_(list(LOAN_ROW_KINDS)))
        .order_by(LoanEvent.date.desc(), LoanEvent.id.desc())
    )
    if on is not None:
        stmt = stmt.where(LoanEvent.date == on)
    if member_id is not None:
        stmt = stmt.where(Loan.member_id == member_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        TxRow(n, LOAN_ROW_KINDS[k], d, mn, name, loan, int(cash), False, entry or "")
        for n, k, d, mn, name, loan, cash, entry in session.execute(stmt)
    ]


def _newest_first(rows: list[TxRow]) -> list[TxRow]:
    # within a day, the order of posting: journal numbers are gap-free and zero-padded
    return sorted(rows, key=lambda r: (r.date, r.entry_number), reverse=True)


def day_rows(session: Session, on: dt.date) -> list[TxRow]:
    """Every counter transaction of day ``on``: savings and loans, newest first."""
    return _newest_first([*transactions(session, on=on), *loan_rows(session, on=on)])


def member_rows(session: Session, member_number: str, *, limit: int = 50) -> list[TxRow]:
    """A member's latest ``limit`` mutations: savings (as
    :func:`~kopdesk.services.savings.transactions.member_history`) and loans."""
    member = register.member_row(session, member_number)
    savings = member_history(session, member.number, limit=limit)
    loans = loan_rows(session, member_id=member.id, limit=limit)
    return _newest_first([*savings, *loans])[:limit]
