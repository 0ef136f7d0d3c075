"""Paper data of the books: Neraca Saldo (trial balance), Jurnal Umum and Buku
Besar (ledger of one account).

Amounts are integer rupiah. ``debit``/``credit`` columns are never negative;
a ``balance`` is debit-positive (a credit balance is negative).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "JournalEntryRow",
    "JournalLineRow",
    "JournalReport",
    "LedgerReport",
    "LedgerRow",
    "TrialBalanceReport",
    "TrialBalanceRow",
]


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit: int
    credit: int


@dataclass(frozen=True)
class TrialBalanceReport:
    """Neraca Saldo: each postable account with a non-zero balance as of a date."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[TrialBalanceRow, ...]
    total_debit: int
    total_credit: int


@dataclass(frozen=True)
class JournalLineRow:
    code: str
    name: str
    debit: int
    credit: int
    memo: str = ""


@dataclass(frozen=True)
class JournalEntryRow:
    number: str
    date: dt.date
    description: str
    lines: tuple[JournalLineRow, ...]
    reversal_of: str | None = None


@dataclass(frozen=True)
class JournalReport:
    """Jurnal Umum: every entry dated within [date_from, date_to]."""

    header: BookHeader
    date_from: dt.date
    date_to: dt.date
    entries: tuple[JournalEntryRow, ...]
    total_debit: int
    total_credit: int


@dataclass(frozen=True)
class LedgerRow:
    date: dt.date
    number: str
    description: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class LedgerReport:
    """Buku Besar of one account: opening balance, every line, running balance."""

    header: BookHeader
    account_code: str
    account_name: str
    date_from: dt.date
    date_to: dt.date
    opening_balance: int
    rows: tuple[LedgerRow, ...]
    total_debit: int
    total_credit: int
    closing_balance: int
