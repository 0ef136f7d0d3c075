"""The whole journal as a plain-text ledger for an independent ledger program
(``kopdesk export ledger``): hledger's journal format or beancount's.

Every account with its code and Indonesian name, every entry (reversed ones and
their reversals too, as they are in the journal) with its number, date, memo, the
module that posted it, and on each line the member, savings account and loan it
belongs to. Amounts are integer rupiah in the commodity ``IDR``, written without
any digit group or decimal mark, so both programs read them one way only.

The text is made as the journal is read, a batch of lines at a time
(:func:`~kopdesk.services.ledger.reports.row_batches`): an export of a book of
hundreds of thousands of lines never holds it in memory.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from kopdesk import __version__
from kopdesk.domain.ledger import AccountType
from kopdesk.models import (
    Account,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    Member,
    SavingsAccount,
    core_table,
)
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError, row_batches

__all__ = [
    "COMMODITY",
    "ExportEntry",
    "ExportLine",
    "LedgerFormat",
    "beancount_account_names",
    "export_chunks",
    "hledger_account_names",
    "journal_entries",
]

COMMODITY = "IDR"
"""The commodity of every amount: integer rupiah."""


class LedgerFormat(enum.StrEnum):
    HLEDGER = "hledger"
    BEANCOUNT = "beancount"


@dataclass(frozen=True)
class ExportLine:
    code: str
    amount: int
    """Debit-positive integer rupiah."""
    memo: str
    member: str | None
    """The member's number (``A-0009``) the line belongs to, if any."""
    savings: str | None
    """The savings account's number, if any."""
    loan: str | None
    """The loan's number, if any."""


@dataclass(frozen=True)
class ExportEntry:
    number: str
    date: str
    """ISO date, ``2026-01-05``."""
    description: str
    source: str
    reverses: str | None
    """The number of the entry this one reverses."""
    reversed_by: str | None
    """The number of the entry that reverses this one."""
    lines: tuple[ExportLine, ...]


_HLEDGER_TYPES = {
    AccountType.ASET: "A",
    AccountType.LIABILITAS: "L",
    AccountType.EKUITAS: "E",
    AccountType.PENDAPATAN: "R",
    AccountType.BEBAN: "X",
}
_BEANCOUNT_ROOTS = {
    AccountType.ASET: "Assets",
    AccountType.LIABILITAS: "Liabilities",
    AccountType.EKUITAS: "Equity",
    AccountType.PENDAPATAN: "Income",
    AccountType.BEBAN: "Expenses",
}


def _one_line(text: str) -> str:
    """``text`` on one line with single spaces (hledger ends a name at two spaces)."""
    return " ".join(text.split())


def _tag_value(text: str) -> str:
    """A value of an hledger tag: one line, and no comma (which ends a tag's value)."""
    return _one_line(text).replace(",", ";")


def _chain(info: AccountInfo, by_code: dict[str, AccountInfo]) -> list[AccountInfo]:
    """The account's ancestors from its class header down to itself."""
    chain = [info]
    while chain[0].parent_code is not None and chain[0].parent_code in by_code:
        chain.insert(0, by_code[chain[0].parent_code])
    return chain


def hledger_account_names(accounts: Sequence[AccountInfo]) -> dict[str, str]:
    """Each account's hledger name by code: its chain of ``CODE Name`` parts joined by
    ``:`` (``1 ASET:11 Aset Lancar:1101 Kas``); a colon in a name becomes ``-``."""
    by_code = {a.code: a for a in accounts}
    return {
        a.code: ":".join(
            _one_line(f"{part.code} {part.name}").replace(":", "-") for part in _chain(a, by_code)
        )
        for a in accounts
    }


def _beancount_part(code: str) -> str:
    part = re.sub(r"[^A-Za-z0-9-]", "-", code)
    return part if part[:1].isalnum() and part[:1] == part[:1].upper() else f"K{part}"


def beancount_account_names(accounts: Sequence[AccountInfo]) -> dict[str, str]:
    """Each account's beancount name by code: the root of its type (``Assets``) and the
    codes of its groups below the class header (``Assets:11:1101``); a class header
    itself is the root alone (beancount opens no root, so it is left out)."""
    by_code = {a.code: a for a in accounts}
    names = {}
    for a in accounts:
        parts = [_beancount_part(p.code) for p in _chain(a, by_code) if p.parent_code is not None]
        names[a.code] = ":".join([_BEANCOUNT_ROOTS[a.type], *parts])
    return names


def _entries_query() -> Select[Any]:
    entry, line, account = core_table(JournalEntry), core_table(JournalLine), core_table(Account)
    member, savings, loan = core_table(Member), core_table(SavingsAccount), core_table(Loan)
    original, reversal = entry.alias("original"), entry.alias("reversal")
    return (
        select(
            entry.c.id, entry.c.number, type_coerce(entry.c.date, String), entry.c.description,
            entry.c.source, original.c.number, reversal.c.number, account.c.code,
            line.c.amount, line.c.memo, member.c.number, savings.c.number, loan.c.number,
        )
        .join(line, line.c.entry_id == entry.c.id)
        .join(account, account.c.id == line.c.account_id)
        .outerjoin(original, original.c.id == entry.c.reversal_of_id)
        .outerjoin(reversal, reversal.c.reversal_of_id == entry.c.id)
        .outerjoin(member, member.c.id == line.c.member_id)
        .outerjoin(savings, savings.c.id == line.c.savings_account_id)
        .outerjoin(loan, loan.c.id == line.c.loan_id)
        .order_by(entry.c.date, entry.c.id, line.c.line_no)
    )  # fmt: skip


def _iso(day: object) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day)


def journal_entries(session: Session, *, batch: int = 5_000) -> Iterator[list[ExportEntry]]:
    """Every entry of the journal in date order (then as posted), a batch at a time as
    the database gives the lines: an entry split over two batches comes whole in the
    second. Raises ``LedgerInvariantError`` after the last batch when an entry does
    not balance (the caller writes to a temporary file and drops it then)."""
    stmt = _entries_query()
    span = (dt.date.min, dt.date.max)
    on = core_table(JournalEntry).c.date
    head: tuple[object, ...] | None = None
    lines: list[ExportLine] = []
    for part in row_batches(session, stmt, on=on, span=span, batch=batch):
        done: list[ExportEntry] = []
        for row in part:
            if head is None or head[0] != row[0]:
                if head is not None:
                    done.append(_entry(head, lines))
                head, lines = tuple(row[:7]), []
            lines.append(ExportLine(row[7], int(row[8]), row[9] or "", row[10], row[11], row[12]))
        if done:
            yield done
    if head is not None:
        yield [_entry(head, lines)]


def _entry(head: tuple[object, ...], lines: list[ExportLine]) -> ExportEntry:
    _id, number, day, description, source, reverses, reversed_by = head
    entry = ExportEntry(
        number=str(number),
        date=_iso(day),
        description=str(description),
        source=str(source),
        reverses=None if reverses is None else str(reverses),
        reversed_by=None if reversed_by is None else str(reversed_by),
        lines=tuple(lines),
    )
    if sum(line.amount for line in lines) != 0:
        raise LedgerInvariantError(f"entry {entry.number} does not balance")
    return entry


# --- hledger ---------------------------------------------------------------------------


def hledger_header(coop_name: str, accounts: Sequence[AccountInfo]) -> str:
    """The directives before the entries: the commodity and every account."""
    names = hledger_account_names(accounts)
    out = [
        f"; Jurnal umum {_one_line(coop_name)}: diekspor oleh kopdesk {__version__}",
        "; Jumlah dalam rupiah bulat (IDR), debit positif, kredit negatif.",
        "",
        "decimal-mark .",
        f"commodity 1000. {COMMODITY}",
        "",
    ]
    for a in accounts:
        tags = [f"type:{_HLEDGER_TYPES[a.type]}", f"code:{_tag_value(a.code)}"]
        tags.append(f"name:{_tag_value(a.name)}")
        if not a.postable:
            tags.append("header:ya")
        if not a.active:
            tags.append("nonaktif:ya")
        out.append(f"account {names[a.code]}  ; {', '.join(tags)}")
    out.append("")
    return "\n".join(out) + "\n"


def _line_tags(line: ExportLine) -> list[str]:
    tags = []
    for key, value in (("member", line.member), ("savings", line.savings), ("loan", line.loan)):
        if value:
            tags.append(f"{key}:{_tag_value(value)}")
    if line.memo.strip():
        tags.append(f"memo:{_tag_value(line.memo)}")
    return tags


def hledger_entry(entry: ExportEntry, names: dict[str, str]) -> str:
    """One entry as an hledger transaction: the number as its code, the memo as its
    description (a ``;`` would start a comment there, so it becomes ``,``)."""
    description = _one_line(entry.description).replace(";", ",")
    tags = [f"source:{_tag_value(entry.source)}"]
    if entry.reverses:
        tags.append(f"reverses:{_tag_value(entry.reverses)}")
    if entry.reversed_by:
        tags.append(f"reversed_by:{_tag_value(entry.reversed_by)}")
    out = [f"{entry.date} ({_one_line(entry.number)}) {description}  ; {', '.join(tags)}"]
    for line in entry.lines:
        posting = f"    {names[line.code]}  {line.amount} {COMMODITY}"
        line_tags = _line_tags(line)
        out.append(f"{posting}  ; {', '.join(line_tags)}" if line_tags else posting)
    return "\n".join(out) + "\n\n"


# --- beancount -------------------------------------------------------------------------


def _string(text: str) -> str:
    """A beancount string literal on one line."""
    return '"' + _one_line(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def beancount_header(coop_name: str, accounts: Sequence[AccountInfo], opened: str) -> str:
    """The options, the commodity and an ``open`` of every account (but the class
    headers, which are beancount's roots) dated ``opened``."""
    names = beancount_account_names(accounts)
    out = [
        f"; Jurnal umum {_one_line(coop_name)}: diekspor oleh kopdesk {__version__}",
        "; Jumlah dalam rupiah bulat (IDR), debit positif, kredit negatif.",
        "",
        f"option {_string('title')} {_string(coop_name)}",
        f'option "operating_currency" "{COMMODITY}"',
        "",
        f"{opened} commodity {COMMODITY}",
        "",
    ]
    for a in accounts:
        if a.parent_code is None:
            continue
        out.append(f"{opened} open {names[a.code]} {COMMODITY}")
        out.append(f"  code: {_string(a.code)}")
        out.append(f"  name: {_string(a.name)}")
        if not a.postable:
            out.append('  header: "ya"')
        if not a.active:
            out.append('  nonaktif: "ya"')
    out.append("")
    return "\n".join(out) + "\n"


def beancount_entry(entry: ExportEntry, names: dict[str, str]) -> str:
    """One entry as a beancount transaction with its number and links as metadata."""
    out = [f"{entry.date} * {_string(entry.description)}"]
    out.append(f"  number: {_string(entry.number)}")
    out.append(f"  source: {_string(entry.source)}")
    if entry.reverses:
        out.append(f"  reverses: {_string(entry.reverses)}")
    if entry.reversed_by:
        out.append(f"  reversed_by: {_string(entry.reversed_by)}")
    for line in entry.lines:
        out.append(f"  {names[line.code]}  {line.amount} {COMMODITY}")
        for key, value in (("member", line.member), ("savings", line.savings), ("loan", line.loan)):
            if value:
                out.append(f"    {key}: {_string(value)}")
        if line.memo.strip():
            out.append(f"    memo: {_string(line.memo)}")
    return "\n".join(out) + "\n\n"


# --- the whole file --------------------------------------------------------------------


def _opened(session: Session) -> str:
    """The day the accounts open in beancount: the book's first day (its first fiscal
    year's start, or its first entry when that is earlier)."""
    first_year = session.execute(select(func.min(FiscalYear.start_date))).scalar_one()
    first_entry = session.execute(select(func.min(JournalEntry.date))).scalar_one()
    days = [d for d in (first_year, first_entry) if d is not None]
    return min(days).isoformat() if days else "2000-01-01"


def export_chunks(session: Session, fmt: LedgerFormat, *, batch: int = 5_000) -> Iterator[bytes]:
    """The whole journal in ``fmt`` as UTF-8 pieces, a batch of entries each."""
    accounts = list_accounts(session)
    coop = get_profile(session).name
    write: Callable[[ExportEntry, dict[str, str]], str]
    if fmt is LedgerFormat.HLEDGER:
        names, write = hledger_account_names(accounts), hledger_entry
        yield hledger_header(coop, accounts).encode()
    else:
        names, write = beancount_account_names(accounts), beancount_entry
        yield beancount_header(coop, accounts, _opened(session)).encode()
    for entries in journal_entries(session, batch=batch):
        yield _joined(write(e, names) for e in entries)


def _joined(parts: Iterable[str]) -> bytes:
    return "".join(parts).encode()
