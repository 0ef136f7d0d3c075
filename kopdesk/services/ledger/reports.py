"""Report data for the books: Neraca Saldo, Buku Besar and Jurnal Umum.

Every number is computed here and checked (debits equal credits) before a
renderer or a window sees it. Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kopdesk.domain.ledger import split_debit_credit
from kopdesk.domain.papers.ledger import (
    JournalEntryRow,
    JournalLineRow,
    JournalReport,
    LedgerReport,
    LedgerRow,
    TrialBalanceReport,
    TrialBalanceRow,
)
from kopdesk.errors import AccountError, ValidationError
from kopdesk.models import Account, JournalEntry, JournalLine, core_table
from kopdesk.services.ledger.accounts import get_account, list_accounts, posted_sums
from kopdesk.services.ledger.books import get_profile

JournalLineExport = tuple[str, str, str, str, str, int, int]
"""One line of the Jurnal Umum as exported: entry number, date (ISO, ``2025-03-31``),
description, account code, account name, debit, credit."""


class LedgerInvariantError(AssertionError):
    """The books do not balance: a bug or tampering, never a user mistake."""


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError("date_from", "Tanggal awal tidak boleh setelah tanggal akhir.")


def trial_balance(session: Session, as_of: dt.date) -> TrialBalanceReport:
    """Each postable account's non-zero balance as of ``as_of`` on its side."""
    sums = posted_sums(session, as_of)
    rows = []
    for info in list_accounts(session):
        amount = sums.get(info.id, 0)
        if info.postable and amount != 0:
            debit, credit = split_debit_credit(amount)
            rows.append(TrialBalanceRow(info.code, info.name, debit, credit))
    total_debit = sum(r.debit for r in rows)
    total_credit = sum(r.credit for r in rows)
    if total_debit != total_credit:
        raise LedgerInvariantError(f"trial balance off by {total_debit - total_credit}")
    return TrialBalanceReport(
        header=get_profile(session).header,
        as_of=as_of,
        rows=tuple(rows),
        total_debit=total_debit,
        total_credit=total_credit,
    )


def general_ledger(
    session: Session, code: str, date_from: dt.date, date_to: dt.date
) -> LedgerReport:
    """Buku Besar of one postable account with a running debit-positive balance."""
    _check_period(date_from, date_to)
    info = get_account(session, code)
    if not info.postable:
        raise AccountError(
            f"Akun {info.code} adalah akun induk; buku besar dibuat untuk akun transaksi."
        )
    opening = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
            JournalLine.account_id == info.id, JournalLine.date < date_from
        )
    ).scalar_one()
    lines = session.execute(
        select(
            JournalLine.date,
            JournalEntry.number,
            JournalEntry.description,
            JournalLine.memo,
            JournalLine.amount,
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalLine.account_id == info.id,
            JournalLine.date >= date_from,
            JournalLine.date <= date_to,
        )
        .order_by(JournalLine.date, JournalEntry.id, JournalLine.line_no)
    ).all()
    running = int(opening)
    rows = []
    for date, number, description, memo, amount in lines:
        running += int(amount)
        debit, credit = split_debit_credit(int(amount))
        text = f"{description} — {memo}" if memo else description
        rows.append(LedgerRow(date, number, text, debit, credit, running))
    total_debit = sum(r.debit for r in rows)
    total_credit = sum(r.credit for r in rows)
    if int(opening) + total_debit - total_credit != running:
        raise LedgerInvariantError("ledger running balance does not close")
    return LedgerReport(
        header=get_profile(session).header,
        account_code=info.code,
        account_name=info.name,
        date_from=date_from,
        date_to=date_to,
        opening_balance=int(opening),
        rows=tuple(rows),
        total_debit=total_debit,
        total_credit=total_credit,
        closing_balance=running,
    )


def journal_report(session: Session, date_from: dt.date, date_to: dt.date) -> JournalReport:
    """Jurnal Umum: every entry dated in the period with its lines, in date order."""
    _check_period(date_from, date_to)
    original = aliased(JournalEntry)
    rows = session.execute(
        select(
            JournalEntry.id,
            JournalEntry.number,
            JournalEntry.date,
            JournalEntry.description,
            original.number,
            Account.code,
            Account.name,
            JournalLine.amount,
            JournalLine.memo,
        )
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .join(Account, Account.id == JournalLine.account_id)
        .outerjoin(original, JournalEntry.reversal_of_id == original.id)
        .where(JournalEntry.date >= date_from, JournalEntry.date <= date_to)
        .order_by(JournalEntry.date, JournalEntry.id, JournalLine.line_no)
    ).all()
    entries: list[JournalEntryRow] = []
    current: list[JournalLineRow] = []
    head: tuple[int, str, dt.date, str, str | None] | None = None
    for entry_id, number, date, description, reversal_of, code, name, amount, memo in rows:
        if head is None or head[0] != entry_id:
            if head is not None:
                entries.append(JournalEntryRow(head[1], head[2], head[3], tuple(current), head[4]))
            head, current = (entry_id, number, date, description, reversal_of), []
        debit, credit = split_debit_credit(int(amount))
        current.append(JournalLineRow(code, name, debit, credit, memo))
    if head is not None:
        entries.append(JournalEntryRow(head[1], head[2], head[3], tuple(current), head[4]))
    total_debit = sum(line.debit for e in entries for line in e.lines)
    total_credit = sum(line.credit for e in entries for line in e.lines)
    if total_debit != total_credit:
        raise LedgerInvariantError(f"journal off by {total_debit - total_credit}")
    return JournalReport(
        header=get_profile(session).header,
        date_from=date_from,
        date_to=date_to,
        entries=tuple(entries),
        total_debit=total_debit,
        total_credit=total_credit,
    )


def journal_lines(
    session: Session, date_from: dt.date, date_to: dt.date, *, batch: int = 5_000
) -> Iterator[JournalLineExport]:
    """The lines of :func:`journal_report` one by one, in its order (date, entry, line):
    :func:`journal_line_batches` flattened."""
    for part in journal_line_batches(session, date_from, date_to, batch=batch):
        yield from part


def _iso(day: object) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day)


def journal_line_batches(
    session: Session, date_from: dt.date, date_to: dt.date, *, batch: int = 5_000
) -> Iterator[Sequence[JournalLineExport]]:
    """The lines of :func:`journal_report` in its order (date, entry, line), ``batch`` at
    a time as the database gives them: an export of the whole book never holds it in
    memory. After the last batch raises ``LedgerInvariantError`` when the debits and
    credits differ, as :func:`journal_report` does before it returns (the caller
    writes to a temporary file and drops it then)."""
    _check_period(date_from, date_to)
    entry, line, account = core_table(JournalEntry), core_table(JournalLine), core_table(Account)
    # the date as the driver gives it: SQLite's ISO text as it is, a date from PostgreSQL
    day = type_coerce(entry.c.date, String)
    debit = case((line.c.amount > 0, line.c.amount), else_=0)
    credit = case((line.c.amount < 0, -line.c.amount), else_=0)
    stmt = (
        select(entry.c.number, day, entry.c.description, account.c.code, account.c.name,
               debit, credit)
        .join(line, line.c.entry_id == entry.c.id)
        .join(account, account.c.id == line.c.account_id)
        .order_by(entry.c.date, entry.c.id, line.c.line_no)
    )  # fmt: skip
    total_debit = total_credit = 0
    for part in row_batches(session, stmt, on=entry.c.date, span=(date_from, date_to), batch=batch):
        rows: Sequence[JournalLineExport] = part
        if part and not isinstance(part[0][1], str):  # a date object: PostgreSQL
            rows = [(n, _iso(d), t, c, a, dr, cr) for n, d, t, c, a, dr, cr in part]
        total_debit += sum(r[5] for r in rows)
        total_credit += sum(r[6] for r in rows)
        yield rows
    if total_debit != total_credit:
        raise LedgerInvariantError(f"journal off by {total_debit - total_credit}")


def row_batches(
    session: Session,
    stmt: Select[Any],
    *,
    on: ColumnElement[dt.date],
    span: tuple[dt.date, dt.date],
    batch: int,
) -> Iterator[Sequence[Any]]:
    """The rows of ``stmt`` whose date ``on`` lies in ``span`` (both ends in), ``batch`` at
    a time. On SQLite straight from the driver's cursor (the dates compared as the
    ISO text SQLite stores them as), which spares building a result row per line;
    elsewhere through a streaming (server-side) result."""
    date_from, date_to = span
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        result = connection.execution_options(yield_per=batch).execute(
            stmt.where(on >= date_from, on <= date_to)
        )
        yield from result.partitions()
        return
    text_on = type_coerce(on, String)
    compiled = stmt.where(text_on >= date_from.isoformat(), text_on <= date_to.isoformat()).compile(
        dialect=connection.dialect
    )
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()
