"""Paper data of savings: receipts, member statements, daily cash, recaps,
wajib arrears and interest tax withholding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "CashDayRow",
    "DailyCashReport",
    "MemberStatementReport",
    "SavingsRecapReport",
    "SavingsRecapRow",
    "SavingsReceipt",
    "StatementAccount",
    "StatementRow",
    "TaxWithholdingReport",
    "TaxWithholdingRow",
    "WajibArrearsReport",
    "WajibArrearsRow",
]


# --- savings papers ------------------------------------------------------------
# Savings balances are the member's money: credit-positive (what the koperasi
# owes the member). ``debit`` is money out of the account (a withdrawal),
# ``credit`` money in (a deposit), as in a passbook.


@dataclass(frozen=True)
class SavingsReceipt:
    """Bukti setoran / penarikan / pemindahbukuan / koreksi of one counter transaction.

    ``cash_amount`` is the money that changed hands (a withdrawal's amount less
    its penalty) and ``amount_words`` spells it; ``amount`` is what the account
    moved by. ``balance_after`` is the account's balance right after it."""

    header: BookHeader
    number: str
    kind: str
    """``setor``, ``tarik``, ``pindah`` or ``koreksi``."""
    title: str
    kind_label: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    product_name: str
    to_account_number: str | None
    to_product_name: str | None
    amount: int
    penalty: int
    cash_amount: int
    amount_words: str
    balance_after: int
    to_balance_after: int | None
    entry_number: str
    cash_account: str
    """``1101 Kas`` or empty (a transfer moves no cash)."""
    teller: str
    party_label: str
    """``Telah terima dari``, ``Dibayarkan kepada`` or ``Atas nama``."""
    purpose: str
    """The ``Untuk pembayaran`` / ``Keterangan`` text."""
    signatures: tuple[str, str]
    """Captions of the two signature places: member's side, koperasi's side."""
    reversal_of: str | None = None
    reversed_by: str | None = None


@dataclass(frozen=True)
class StatementRow:
    date: dt.date
    entry_number: str
    receipt_number: str
    description: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class StatementAccount:
    """One savings account's part of a statement; opening + credit − debit = closing."""

    account_number: str
    product_name: str
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    opening_balance: int
    rows: tuple[StatementRow, ...]
    total_debit: int
    total_credit: int
    closing_balance: int


@dataclass(frozen=True)
class MemberStatementReport:
    """Buku simpanan of one member for a period: a section per account."""

    header: BookHeader
    member_number: str
    member_name: str
    member_address: str
    date_from: dt.date
    date_to: dt.date
    accounts: tuple[StatementAccount, ...]
    total_opening: int
    total_debit: int
    total_credit: int
    total_closing: int


@dataclass(frozen=True)
class CashDayRow:
    entry_number: str
    receipt_number: str
    description: str
    member: str
    """``A-0001 Siti Aminah`` or empty."""
    cash_in: int
    cash_out: int
    balance: int


@dataclass(frozen=True)
class DailyCashReport:
    """Laporan kas harian of one cash account; balances debit-positive (cash at hand)."""

    header: BookHeader
    day: dt.date
    account_code: str
    account_name: str
    opening_balance: int
    rows: tuple[CashDayRow, ...]
    total_in: int
    total_out: int
    closing_balance: int


@dataclass(frozen=True)
class SavingsRecapRow:
    product_code: str
    product_name: str
    account_code: str
    account_name: str
    accounts: int
    """Accounts with a balance other than zero."""
    members: int
    subledger: int
    """Sum of the members' balances (credit-positive)."""
    gl: int
    """The control account's balance in the general ledger (credit-positive)."""
    difference: int
    """``subledger - gl``; zero when the books are consistent."""


@dataclass(frozen=True)
class SavingsRecapReport:
    """Rekapitulasi simpanan per product with the sub-ledger checked against the GL."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[SavingsRecapRow, ...]
    total_accounts: int
    total_members: int
    """Members with any non-zero balance (a member counts once)."""
    total_subledger: int
    total_gl: int
    total_difference: int


@dataclass(frozen=True)
class WajibArrearsRow:
    member_number: str
    member_name: str
    member_class: str
    monthly: int
    start: dt.date
    """Billed from this date's month (joining, or the billing start if later)."""
    months: int
    due: int
    """``monthly × months``: what should have been paid through the date."""
    paid: int
    arrears: int
    """Tunggakan: ``due − paid`` when positive."""
    ahead: int
    """Paid in advance: ``paid − due`` when positive."""
    months_behind: int


@dataclass(frozen=True)
class WajibArrearsReport:
    """Daftar tagihan dan tunggakan simpanan wajib through a date.

    ``total_due − total_paid = total_arrears − total_ahead`` over the rows."""

    header: BookHeader
    through: dt.date
    only_late: bool
    """Only the members behind are listed."""
    billing_start: dt.date | None
    """Wajib is counted from this date (cut-over) for members who joined before it."""
    rows: tuple[WajibArrearsRow, ...]
    total_due: int
    total_paid: int
    total_arrears: int
    total_ahead: int
    members_billed: int
    """Active members billed through the date (listed or not)."""
    members_late: int


@dataclass(frozen=True)
class TaxWithholdingRow:
    member_number: str
    member_name: str
    nik: str
    npwp: str
    """As printed: ``01.312.166.0-091.000`` (a 16-digit NPWP as it is); empty if none."""
    gross: int
    tax: int
    net: int


@dataclass(frozen=True)
class TaxWithholdingReport:
    """Daftar pemotongan PPh Pasal 4 ayat (2) atas jasa simpanan of one processed month."""

    header: BookHeader
    month: str
    """``2025-02``."""
    period_end: dt.date
    """The month's last day: the month-end entry's date."""
    pay_by: dt.date
    """The tax is paid in by this date (the 10th of the following month)."""
    rows: tuple[TaxWithholdingRow, ...]
    threshold: int
    rate_percent: Decimal
    rule_matches: bool
    """Every row's tax agrees with ``threshold``/``rate_percent`` (False when the
    setting changed after the month was processed)."""
    entry_number: str | None
    gross_total: int
    tax_total: int
    net_total: int
    members_taxed: int
    """Members whose interest was above the threshold (tax > 0)."""
