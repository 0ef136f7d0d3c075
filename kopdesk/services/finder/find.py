"""One typed text, everything it names: members (by number, name or NIK, from the member
search index), journal entries, loans (by number or by their member), receipts (savings
counter, loan events, SHU payments) and registered documents, by number.

A number is matched exactly when typed whole ("JU-2026-000861"); a whole number typed
without its zeros ("JU-2026-861") is padded to the series' widths; any other text of
:data:`MIN_NUMBER_TEXT` or more characters with a digit finds the numbers containing it.
Reads only; nothing is written.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kopdesk.models import (
    DocumentRecord,
    JournalEntry,
    Loan,
    LoanEvent,
    Member,
    SavingsTransaction,
    ShuPayment,
)
from kopdesk.services.loans.records import STATUS_LABEL
from kopdesk.services.members.search import find_members
from kopdesk.services.savings.transactions import KIND_LABEL

__all__ = ["MIN_NUMBER_TEXT", "Hit", "HitKind", "find_anything"]

MIN_NUMBER_TEXT = 3
"""Shorter texts are not looked for among the numbers (too many would match)."""
PER_KIND = 5
"""At most this many hits of each kind of number."""
_WHOLE = re.compile(r"^([A-Z]+)-(\d{4})-(\d+)$")
_WIDTHS = (6, 4)
"""The digits of the last part of kopdesk's numbers: receipts and entries 6, loans 4."""


class HitKind(enum.StrEnum):
    MEMBER = "member"
    ENTRY = "entry"
    LOAN = "loan"
    SAVINGS_RECEIPT = "savings_receipt"
    LOAN_RECEIPT = "loan_receipt"
    SHU_RECEIPT = "shu_receipt"
    DOCUMENT = "document"


@dataclass(frozen=True)
class Hit:
    """One thing found: its ``number`` (a member's, an entry's, a loan's, a receipt's or
    a document's), what it is called (``title``: a name or a description), a short
    ``detail`` in Indonesian, and what opens it: the ``member_number`` (members,
    savings receipts), ``loan_number`` (loans, loan receipts) or ``entry_number``."""

    kind: HitKind
    number: str
    title: str
    detail: str = ""
    member_number: str = ""
    loan_number: str = ""
    entry_number: str = ""


def find_anything(session: Session, typed: str, *, limit: int = 8) -> list[Hit]:
    """What ``typed`` names: numbers matched whole first, then members, then their loans,
    then numbers containing the text; at most ``limit`` members and :data:`PER_KIND`
    hits of each other kind. Empty for an empty text."""
    text = typed.strip()
    if not text:
        return []
    hits: list[Hit] = []
    if _looks_like_number(text):
        hits.extend(_numbers(session, _number_condition(text)))
    members = _members(session, text, limit)
    hits.extend(members)
    hits.extend(_loans_of(session, [m.number for m in members[:3]]))
    seen: set[tuple[HitKind, str]] = set()
    unique = []
    for hit in hits:
        if (hit.kind, hit.number) not in seen:
            seen.add((hit.kind, hit.number))
            unique.append(hit)
    return unique


def _looks_like_number(text: str) -> bool:
    return len(text) >= MIN_NUMBER_TEXT and any(c.isdigit() for c in text)


def _number_condition(text: str) -> _Matcher:
    upper = text.upper()
    whole = _WHOLE.match(upper)
    if whole is None:
        return _Matcher(contains=upper)
    prefix, year, digits = whole.groups()
    exact = {upper} | {f"{prefix}-{year}-{int(digits):0{w}d}" for w in _WIDTHS}
    return _Matcher(exact=frozenset(exact))


@dataclass(frozen=True)
class _Matcher:
    exact: frozenset[str] = frozenset()
    contains: str = ""

    def on(self, column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        if self.exact:
            return column.in_(sorted(self.exact))
        escaped = self.contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(f"%{escaped}%", escape="\\")


def _numbers(session: Session, match: _Matcher) -> Iterable[Hit]:
    yield from _entries(session, match)
    yield from _loan_hits(session, match.on(Loan.number))
    yield from _savings_receipts(session, match)
    yield from _loan_receipts(session, match)
    yield from _shu_receipts(session, match)
    yield from _documents(session, match)


def _entries(session: Session, match: _Matcher) -> Iterable[Hit]:
    rows = session.execute(
        select(JournalEntry.number, JournalEntry.date, JournalEntry.description)
        .where(match.on(JournalEntry.number))
        .order_by(JournalEntry.number.desc())
        .limit(PER_KIND)
    )
    for number, date, description in rows:
        yield Hit(HitKind.ENTRY, number, description, f"{date:%d-%m-%Y}", entry_number=number)


def _members(session: Session, text: str, limit: int) -> list[Hit]:
    ids = find_members(session, text, limit=limit)
    if not ids:
        return []
    rows = {
        r.id: r
        for r in session.execute(
            select(Member.id, Member.number, Member.full_name, Member.nik, Member.status).where(
                Member.id.in_(ids)
            )
        )
    }
    return [
        Hit(
            HitKind.MEMBER,
            rows[i].number,
            rows[i].full_name,
            f"NIK {rows[i].nik}" if rows[i].nik else "",
            member_number=rows[i].number,
        )
        for i in ids
        if i in rows
    ]


def _loan_hits(session: Session, condition: ColumnElement[bool]) -> list[Hit]:
    rows = session.execute(
        select(Loan.number, Loan.status, Loan.amount, Member.number, Member.full_name)
        .join(Member, Member.id == Loan.member_id)
        .where(condition)
        .order_by(Loan.number.desc())
        .limit(PER_KIND)
    )
    return [
        Hit(
            HitKind.LOAN,
            number,
            name,
            STATUS_LABEL.get(status, status),
            member_number=member,
            loan_number=number,
        )
        for number, status, _amount, member, name in rows
    ]


def _loans_of(session: Session, member_numbers: list[str]) -> list[Hit]:
    if not member_numbers:
        return []
    return _loan_hits(session, Member.number.in_(member_numbers))


def _savings_receipts(session: Session, match: _Matcher) -> Iterable[Hit]:
    rows = session.execute(
        select(
            SavingsTransaction.number,
            SavingsTransaction.kind,
            SavingsTransaction.date,
            Member.number,
            Member.full_name,
            JournalEntry.number,
        )
        .join(Member, Member.id == SavingsTransaction.member_id)
        .join(JournalEntry, JournalEntry.id == SavingsTransaction.entry_id)
        .where(match.on(SavingsTransaction.number))
        .order_by(SavingsTransaction.number.desc())
        .limit(PER_KIND)
    )
    for number, kind, date, member, name, entry in rows:
        yield Hit(
            HitKind.SAVINGS_RECEIPT,
            number,
            name,
            f"{KIND_LABEL.get(kind, kind)} {date:%d-%m-%Y}",
            member_number=member,
            entry_number=entry,
        )


def _loan_receipts(session: Session, match: _Matcher) -> Iterable[Hit]:
    rows = session.execute(
        select(LoanEvent.number, LoanEvent.date, Loan.number, Member.number, Member.full_name)
        .join(Loan, Loan.id == LoanEvent.loan_id)
        .join(Member, Member.id == Loan.member_id)
        .where(match.on(LoanEvent.number))
        .order_by(LoanEvent.number.desc())
        .limit(PER_KIND)
    )
    for number, date, loan, member, name in rows:
        yield Hit(
            HitKind.LOAN_RECEIPT,
            number,
            name,
            f"{loan} {date:%d-%m-%Y}",
            member_number=member,
            loan_number=loan,
        )


def _shu_receipts(session: Session, match: _Matcher) -> Iterable[Hit]:
    rows = session.execute(
        select(
            ShuPayment.receipt_number,
            ShuPayment.year,
            Member.number,
            Member.full_name,
            JournalEntry.number,
        )
        .join(Member, Member.id == ShuPayment.member_id)
        .join(JournalEntry, JournalEntry.id == ShuPayment.entry_id)
        .where(match.on(ShuPayment.receipt_number))
        .order_by(ShuPayment.receipt_number.desc())
        .limit(PER_KIND)
    )
    for number, year, member, name, entry in rows:
        yield Hit(
            HitKind.SHU_RECEIPT,
            number,
            name,
            f"SHU {year}",
            member_number=member,
            entry_number=entry,
        )


def _documents(session: Session, match: _Matcher) -> Iterable[Hit]:
    rows = session.execute(
        select(DocumentRecord.number, DocumentRecord.title, DocumentRecord.made_at)
        .where(match.on(DocumentRecord.number))
        .order_by(DocumentRecord.number.desc())
        .limit(PER_KIND)
    )
    for number, title, made_at in rows:
        yield Hit(HitKind.DOCUMENT, number, title, f"{made_at:%d-%m-%Y %H:%M}")
