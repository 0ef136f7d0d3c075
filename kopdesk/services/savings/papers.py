"""Report data for the savings papers: receipts (bukti setoran, penarikan,
pemindahbukuan, koreksi), a member's statement (buku simpanan), the daily
cash report (laporan kas harian), the savings recap, the simpanan wajib
arrears list and the PPh 4(2) withholding list.

Every number is computed and checked here; renderers only lay it out.
Savings balances are credit-positive (the member's money); the cash balance
is debit-positive (cash at hand). Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.dates import add_months
from kopdesk.domain.ledger import split_debit_credit
from kopdesk.domain.papers.savings import (
    CashDayRow,
    DailyCashReport,
    MemberStatementReport,
    SavingsRecapReport,
    SavingsRecapRow,
    SavingsReceipt,
    StatementAccount,
    StatementRow,
    TaxWithholdingReport,
    TaxWithholdingRow,
    WajibArrearsReport,
    WajibArrearsRow,
)
from kopdesk.domain.savings import TaxRule, member_tax, month_bounds
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.domain.vocabulary import SavingsTxKind
from kopdesk.errors import ValidationError
from kopdesk.models import (
    Account,
    AppUser,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    Member,
    SavingsAccount,
    SavingsProduct,
    SavingsTransaction,
)
from kopdesk.services.base import settings
from kopdesk.services.ledger.accounts import get_account, posted_sums
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.members.identity import format_npwp
from kopdesk.services.members.register import get_member
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.savings import wajib
from kopdesk.services.savings.transactions import TxInfo, get_transaction

TITLES: dict[str, str] = {
    SavingsTxKind.SETOR: "BUKTI SETORAN SIMPANAN",
    SavingsTxKind.TARIK: "BUKTI PENARIKAN SIMPANAN",
    SavingsTxKind.PINDAH: "BUKTI PEMINDAHBUKUAN SIMPANAN",
    SavingsTxKind.KOREKSI: "BUKTI KOREKSI SIMPANAN",
}
PARTY: dict[str, str] = {
    SavingsTxKind.SETOR: "Telah terima dari",
    SavingsTxKind.TARIK: "Dibayarkan kepada",
    SavingsTxKind.PINDAH: "Atas nama",
    SavingsTxKind.KOREKSI: "Atas nama",
}
SIGNATURES: dict[str, tuple[str, str]] = {
    SavingsTxKind.SETOR: ("Penyetor", "Kasir"),
    SavingsTxKind.TARIK: ("Penerima", "Kasir"),
    SavingsTxKind.PINDAH: ("Anggota", "Kasir"),
    SavingsTxKind.KOREKSI: ("Diperiksa", "Petugas"),
}
MAX_STATEMENT_DAYS = 366 * 10
_Line = tuple[int, int | None, dt.date, int, str, str, str]
"""A statement line: entry id, member id, date, amount, memo, entry number, entry text."""


# --- receipts -------------------------------------------------------------------


def receipt(session: Session, number: str) -> SavingsReceipt:
    """The receipt of counter transaction ``number`` (``BS-2025-000001`` …).

    ``NotFoundError`` when there is no such transaction."""
    tx = get_transaction(session, number)
    cash = ""
    if tx.cash_account_code:
        cash_info = get_account(session, tx.cash_account_code)
        cash = f"{cash_info.code} {cash_info.name}"
    teller = session.execute(
        select(AppUser.full_name).where(AppUser.username == tx.created_by)
    ).scalar()
    cash_amount = tx.paid_out if tx.kind == SavingsTxKind.TARIK else tx.amount
    return SavingsReceipt(
        header=get_profile(session).header,
        number=tx.number,
        kind=tx.kind,
        title=TITLES[tx.kind],
        kind_label=tx.kind_label,
        date=tx.date,
        member_number=tx.member_number,
        member_name=tx.member_name,
        account_number=tx.account_number,
        product_name=tx.product_name,
        to_account_number=tx.to_account_number,
        to_product_name=tx.to_product_name,
        amount=tx.amount,
        penalty=tx.penalty,
        cash_amount=cash_amount,
        amount_words=terbilang_rupiah(cash_amount),
        balance_after=tx.balance_after,
        to_balance_after=tx.to_balance_after,
        entry_number=tx.entry_number,
        cash_account=cash,
        teller=teller or tx.created_by,
        party_label=PARTY[tx.kind],
        purpose=_purpose(tx),
        signatures=SIGNATURES[tx.kind],
        reversal_of=tx.reversal_of,
        reversed_by=tx.reversed_by,
    )  # fmt: skip


def _purpose(tx: TxInfo) -> str:
    if tx.kind == SavingsTxKind.SETOR:
        return f"Setoran {tx.product_name} rekening {tx.account_number}"
    if tx.kind == SavingsTxKind.TARIK:
        return f"Penarikan {tx.product_name} rekening {tx.account_number}"
    if tx.kind == SavingsTxKind.PINDAH:
        return (
            f"Pemindahbukuan dari {tx.product_name} {tx.account_number} "
            f"ke {tx.to_product_name} {tx.to_account_number}"
        )
    return tx.description or f"Koreksi atas {tx.reversal_of}"


# --- member statement -----------------------------------------------------------


def member_statement(
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
    ids = [acct.id for acct, _name in rows]
    sums = _statement_sums(session, ids, date_from, date_to)
    lines = _statement_lines(session, ids, date_from, date_to)
    receipts = _Receipts(session, {line[0] for part in lines.values() for line in part})
    accounts = []
    for acct, product_name in rows:
        part = _statement_account(
            acct, product_name, sums.get(acct.id, (0, 0)), lines.get(acct.id, []), receipts
        )
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


def _statement_sums(
    session: Session, ids: list[int], date_from: dt.date, date_to: dt.date
) -> dict[int, tuple[int, int]]:
    """(balance before ``date_from``, balance at the end of ``date_to``) per account,
    in one pass over the accounts' lines (index ix_journal_line_savings)."""
    if not ids:
        return {}
    before = func.sum(case((JournalLine.date < date_from, JournalLine.amount), else_=0))
    rows = session.execute(
        select(JournalLine.savings_account_id, before, func.sum(JournalLine.amount))
        .where(JournalLine.savings_account_id.in_(ids), JournalLine.date <= date_to)
        .group_by(JournalLine.savings_account_id)
    ).all()
    return {account_id: (-int(o or 0), -int(c or 0)) for account_id, o, c in rows}


def _statement_lines(
    session: Session, ids: list[int], date_from: dt.date, date_to: dt.date
) -> dict[int, list[_Line]]:
    """Every line of the accounts in the period, per account, in statement order."""
    out: dict[int, list[_Line]] = defaultdict(list)
    if not ids:
        return out
    for account_id, entry_id, member_id, day, amount, memo, number, text in session.execute(
        select(
            JournalLine.savings_account_id,
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
            JournalLine.savings_account_id.in_(ids),
            JournalLine.date >= date_from,
            JournalLine.date <= date_to,
        )
        .order_by(JournalLine.date, JournalEntry.id, JournalLine.line_no)
    ):
        if account_id is not None:
            out[account_id].append((entry_id, member_id, day, int(amount), memo, number, text))
    return out


def _statement_account(
    acct: SavingsAccount,
    product_name: str,
    sums: tuple[int, int],
    lines: Sequence[_Line],
    receipts: _Receipts,
) -> StatementAccount:
    opening, closing = sums
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


class _Receipts:
    """Receipt numbers of the counter transactions and loan events behind some
    journal entries.

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
        # a loan's disbursement or payment is receipted by its loan event (PC-…, BA-…)
        loans = session.execute(
            select(LoanEvent.entry_id, Loan.member_id, LoanEvent.number)
            .join(Loan, Loan.id == LoanEvent.loan_id)
            .where(LoanEvent.entry_id.in_(entry_ids))
            .order_by(LoanEvent.id)
        ).all()
        for entry_id, member_id, number in [*found, *loans]:
            assert entry_id is not None  # the loan events asked for are those of entries
            self._by_member.setdefault((entry_id, member_id), number)
            self._by_entry[entry_id].append(number)

    def find(self, entry_id: int, member_id: int | None) -> str:
        if member_id is not None and (entry_id, member_id) in self._by_member:
            return self._by_member[(entry_id, member_id)]
        numbers = self._by_entry.get(entry_id, [])
        return numbers[0] if len(numbers) == 1 else ""


# --- daily cash -------------------------------------------------------------------


def daily_cash(session: Session, day: dt.date, cash_account: str = coa.CASH) -> DailyCashReport:
    """Laporan kas harian: the cash account's balance before ``day``, every line
    on it that day (with the receipt and the member where there is one), totals
    and the closing balance; ``LedgerInvariantError`` if they do not tie."""
    info = get_account(session, cash_account)
    if not info.postable:
        raise ValidationError("account", f"Akun {info.code} adalah akun induk, bukan akun kas.")
    opening = int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == info.id, JournalLine.date < day
            )
        ).scalar_one()
    )
    lines = session.execute(
        select(
            JournalLine.entry_id,
            JournalLine.member_id,
            JournalLine.amount,
            JournalLine.memo,
            JournalEntry.number,
            JournalEntry.description,
            Member.number,
            Member.full_name,
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .outerjoin(Member, Member.id == JournalLine.member_id)
        .where(JournalLine.account_id == info.id, JournalLine.date == day)
        .order_by(JournalEntry.id, JournalLine.line_no)
    ).all()
    receipts = _Receipts(session, {line.entry_id for line in lines})
    running = opening
    rows = []
    for entry_id, member_id, amount, memo, entry_no, entry_text, m_no, m_name in lines:
        cash_in, cash_out = split_debit_credit(int(amount))
        running += cash_in - cash_out
        rows.append(
            CashDayRow(
                entry_number=entry_no,
                receipt_number=receipts.find(entry_id, member_id),
                description=f"{entry_text} — {memo}" if memo else entry_text,
                member=f"{m_no} {m_name}" if m_no else "",
                cash_in=cash_in,
                cash_out=cash_out,
                balance=running,
            )
        )
    total_in = sum(r.cash_in for r in rows)
    total_out = sum(r.cash_out for r in rows)
    closing = int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == info.id, JournalLine.date <= day
            )
        ).scalar_one()
    )
    if opening + total_in - total_out != closing or running != closing:
        raise LedgerInvariantError(f"daily cash {info.code} {day} does not tie")
    return DailyCashReport(
        header=get_profile(session).header,
        day=day,
        account_code=info.code,
        account_name=info.name,
        opening_balance=opening,
        rows=tuple(rows),
        total_in=total_in,
        total_out=total_out,
        closing_balance=closing,
    )


# --- recap ------------------------------------------------------------------------


def savings_recap(session: Session, as_of: dt.date) -> SavingsRecapReport:
    """Per product at the end of ``as_of``: accounts and members with a balance,
    the members' balances (sub-ledger) and the control account in the general
    ledger (both credit-positive) and their difference, shown as it is."""
    per_account = (  # summed per account first, then joined: one pass over the index
        select(JournalLine.savings_account_id.label("id"), func.sum(JournalLine.amount).label("s"))
        .where(JournalLine.savings_account_id.is_not(None), JournalLine.date <= as_of)
        .group_by(JournalLine.savings_account_id)
        .subquery()
    )
    balances = session.execute(
        select(SavingsAccount.product_id, SavingsAccount.member_id, per_account.c.s).join(
            SavingsAccount, SavingsAccount.id == per_account.c.id
        )
    ).all()
    accounts: dict[int, int] = defaultdict(int)
    members: dict[int, set[int]] = defaultdict(set)
    subledger: dict[int, int] = defaultdict(int)
    everyone: set[int] = set()
    for product_id, member_id, total in balances:
        balance = -int(total or 0)
        if balance == 0:
            continue
        accounts[product_id] += 1
        members[product_id].add(member_id)
        subledger[product_id] += balance
        everyone.add(member_id)
    gl_sums = posted_sums(session, as_of)
    products = session.execute(
        select(SavingsProduct, Account.code, Account.name)
        .join(Account, Account.id == SavingsProduct.account_id)
        .order_by(SavingsProduct.id)
    ).all()
    rows = []
    for product, code, name in products:
        gl = -gl_sums.get(product.account_id, 0)
        sub = subledger[product.id]
        rows.append(
            SavingsRecapRow(
                product_code=product.code,
                product_name=product.name,
                account_code=code,
                account_name=name,
                accounts=accounts[product.id],
                members=len(members[product.id]),
                subledger=sub,
                gl=gl,
                difference=sub - gl,
            )
        )
    return SavingsRecapReport(
        header=get_profile(session).header,
        as_of=as_of,
        rows=tuple(rows),
        total_accounts=sum(r.accounts for r in rows),
        total_members=len(everyone),
        total_subledger=sum(r.subledger for r in rows),
        total_gl=sum(r.gl for r in rows),
        total_difference=sum(r.difference for r in rows),
    )


# --- simpanan wajib arrears ---------------------------------------------------------


def wajib_arrears(session: Session, through: dt.date, only_late: bool = True) -> WajibArrearsReport:
    """Daftar tagihan dan tunggakan simpanan wajib of the active members through
    ``through`` (the billing of ``wajib.wajib_billing``), by default
    only the members behind. ``LedgerInvariantError`` if a row or the totals do
    not tie (due − paid = arrears − ahead)."""
    billing = wajib.wajib_billing(session, through)
    rows = []
    for r in billing.rows:
        if r.due - r.paid != r.arrears - r.ahead or min(r.arrears, r.ahead) < 0:
            raise LedgerInvariantError(f"wajib billing of {r.member_number} does not tie")
        if only_late and not r.arrears:
            continue
        rows.append(
            WajibArrearsRow(
                member_number=r.member_number,
                member_name=r.member_name,
                member_class=r.member_class,
                monthly=r.monthly,
                start=r.start,
                months=r.months,
                due=r.due,
                paid=r.paid,
                arrears=r.arrears,
                ahead=r.ahead,
                months_behind=r.months_behind,
            )
        )
    total_due = sum(r.due for r in rows)
    total_paid = sum(r.paid for r in rows)
    total_arrears = sum(r.arrears for r in rows)
    total_ahead = sum(r.ahead for r in rows)
    late = sum(1 for r in rows if r.arrears)
    if (
        total_due - total_paid != total_arrears - total_ahead
        or total_arrears != billing.total_arrears
        or late != billing.members_late
    ):
        raise LedgerInvariantError(f"wajib arrears through {through} do not tie")
    start_text = settings.get_text(session, settings.WAJIB_BILLING_START).strip()
    return WajibArrearsReport(
        header=get_profile(session).header,
        through=through,
        only_late=only_late,
        billing_start=dt.date.fromisoformat(start_text) if start_text else None,
        rows=tuple(rows),
        total_due=total_due,
        total_paid=total_paid,
        total_arrears=total_arrears,
        total_ahead=total_ahead,
        members_billed=len(billing.rows),
        members_late=late,
    )


# --- PPh 4(2) withholding -------------------------------------------------------------


def tax_withholding(session: Session, month: str) -> TaxWithholdingReport:
    """Daftar pemotongan PPh Pasal 4 ayat (2) atas jasa simpanan of a processed
    month (``2025-02``); ``NotFoundError`` when its month-end has not been run.

    The rows' totals are checked against the month-end record and the tax
    credited to the tax payable account in its journal entry
    (``LedgerInvariantError`` if they differ)."""
    listing = savings_routine.tax_list(session, month)
    rows = tuple(
        TaxWithholdingRow(
            r.member_number, r.member_name, r.nik, format_npwp(r.npwp), r.gross, r.tax, r.net
        )
        for r in listing.rows
    )
    for row in rows:
        if row.gross - row.tax != row.net or not 0 <= row.tax <= row.gross:
            raise LedgerInvariantError(f"tax row of {row.member_number} does not tie")
    gross_total = sum(r.gross for r in rows)
    tax_total = sum(r.tax for r in rows)
    net_total = sum(r.net for r in rows)
    if gross_total - tax_total != net_total:
        raise LedgerInvariantError(f"tax list {listing.month} does not tie")
    record = next(m for m in savings_routine.month_ends(session) if m.month == listing.month)
    if (record.gross_total, record.tax_total) != (gross_total, tax_total):
        raise LedgerInvariantError(
            f"tax list {listing.month} ({gross_total}, {tax_total}) differs from its month-end "
            f"({record.gross_total}, {record.tax_total})"
        )
    if listing.entry_number is not None:
        posted = -int(
            session.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0))
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .join(Account, Account.id == JournalLine.account_id)
                .where(
                    JournalEntry.number == listing.entry_number,
                    Account.code == savings_routine.TAX_ACCOUNT,
                )
            ).scalar_one()
        )
        if posted != tax_total:
            raise LedgerInvariantError(
                f"tax list {listing.month}: {tax_total} listed, {posted} posted to "
                f"{savings_routine.TAX_ACCOUNT} in {listing.entry_number}"
            )
    rule = TaxRule(threshold=listing.threshold, rate_percent=listing.rate_percent)
    _first, last = month_bounds(listing.month)
    return TaxWithholdingReport(
        header=get_profile(session).header,
        month=listing.month,
        period_end=last,
        pay_by=add_months(last.replace(day=10), 1),
        rows=rows,
        threshold=listing.threshold,
        rate_percent=listing.rate_percent,
        rule_matches=all(member_tax(r.gross, rule) == r.tax for r in rows),
        entry_number=listing.entry_number,
        gross_total=gross_total,
        tax_total=tax_total,
        net_total=net_total,
        members_taxed=sum(1 for r in rows if r.tax),
    )
