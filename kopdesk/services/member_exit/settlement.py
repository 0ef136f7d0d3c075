"""Member exit: penyelesaian hak dan kewajiban anggota keluar (KOPERASI.md §1.2, §2.4).

When a member leaves (keluar, meninggal, diberhentikan) every savings balance
moves to 2104 *Simpanan anggota keluar yang belum dibayar*; the running loans
are paid from that amount (as far as it goes: a loan larger than the savings
keeps running with the rest); what is left is paid out in cash now or stays in
2104 as owed to the member (or the heirs). The settlement is ONE journal entry
(source ``simpanan.keluar``) whose number identifies it; the loans get their
payment events with the usual split over installments, the savings accounts
are closed. Amounts are integer rupiah; savings balances are credit-positive.
Refused input raises before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import Allocation, Due, allocate_payment
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.members import ExitLoanLine, ExitSavingsLine, MemberExitReport
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus, MemberStatus, SavingsAccountStatus
from kopdesk.errors import DomainError, InsufficientBalanceError, NotFoundError, ValidationError
from kopdesk.models import Account, JournalLine, Loan, LoanEvent, Member, SavingsAccount
from kopdesk.services.base import approvals, audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.services.loans import schedules
from kopdesk.services.members import register as members
from kopdesk.services.members.register import status_label
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import products as savings_products

__all__ = [
    "EXIT_STATUSES",
    "PAYABLE_ACCOUNT",
    "SOURCE",
    "ExitPlan",
    "ExitResult",
    "pay_payable",
    "payable_balance",
    "plan_exit",
    "settle_exit",
    "settlement",
]

SOURCE = "simpanan.keluar"
"""Starts with ``simpanan``: the journal refuses to reverse it as a manual entry."""
SOURCE_PAYOUT = "simpanan.keluar.bayar"
PAYABLE_ACCOUNT = coa.Code.SIMPANAN_ANGGOTA_KELUAR_YANG_BELUM_DIBAYAR
EXIT_STATUSES = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)
MAX_REASON = 300


@dataclass(frozen=True)
class ExitPlan:
    """What settling a member's exit on ``on`` would post.

    ``net = total_savings − total_offset`` is returned to the member;
    ``owed_after = total_payoff − total_offset`` stays owed on the loans."""

    member_number: str
    member_name: str
    member_status: MemberStatus
    on: dt.date
    savings: tuple[ExitSavingsLine, ...]
    loans: tuple[ExitLoanLine, ...]
    total_savings: int
    total_payoff: int
    total_offset: int
    net: int
    owed_after: int

    @property
    def needs_approval(self) -> bool:
        """Offsetting loans against savings needs a second person (dual control)."""
        return self.total_offset > 0


@dataclass(frozen=True)
class ExitResult:
    entry_number: str
    plan: ExitPlan
    paid: int
    payable: int
    status: MemberStatus


@dataclass(frozen=True)
class _LoanOffset:
    row: Loan
    product: loan_products.LoanProductInfo
    line: ExitLoanLine
    parts: tuple[Allocation, ...]


# --- the plan -------------------------------------------------------------------------


def _check_date(on: object) -> dt.date:
    day = guards.check_date(on, message="Tanggal penyelesaian tidak valid.")
    if day > clock.today():
        raise ValidationError("date", "Tanggal penyelesaian tidak boleh di masa depan.")
    return day


def _savings_lines(
    session: Session, member: Member, on: dt.date
) -> tuple[list[savings_accounts.AccountInfo], list[ExitSavingsLine]]:
    accounts = savings_accounts.member_accounts(session, member.number)
    later = savings_accounts.balances(session, [a.id for a in accounts], on)
    for a in accounts:
        if later[a.id] != a.balance:
            raise ValidationError(
                "date",
                f"Rekening {a.number} mempunyai transaksi setelah {on:%d-%m-%Y}; pilih tanggal "
                "penyelesaian sesudah transaksi terakhir.",
            )
    lines = [
        ExitSavingsLine(a.number, a.product_name, a.kind.value, a.balance)
        for a in accounts
        if a.balance
    ]
    return accounts, lines


def _loan_offsets(
    session: Session, member: Member, on: dt.date, available: int
) -> list[_LoanOffset]:
    """Each running loan (oldest first) with the part of its payoff the savings cover.

    The payoff is as in ``loans.payoff``: late fees, interest of installments
    due by ``on``, all remaining principal; the split over installments
    follows the product's order."""
    rows = session.execute(
        select(Loan)
        .where(Loan.member_id == member.id, Loan.status == LoanStatus.AKTIF)
        .order_by(Loan.disbursed_on, Loan.id)
    ).scalars()
    out = []
    for row in rows:
        if row.disbursed_on is not None and on < row.disbursed_on:
            raise ValidationError("date", f"Tanggal sebelum pencairan pinjaman {row.number}.")
        loan_records.no_later_payment(session, row, on)
        product = loan_products.product_of(session, row)
        states = schedules.installment_states(session, row.id, on, product.late_fee)
        dues = [
            Due(s.number, s.due_date, s.owed_late_fee,
                s.owed_interest if s.due_date <= on else 0, s.owed_principal)
            for s in states
        ]  # fmt: skip
        payoff = sum(d.denda + d.bunga + d.pokok for d in dues)
        take = min(payoff, available)
        parts, left = allocate_payment(take, dues, product.allocation_order)
        assert left == 0
        available -= take
        line = ExitLoanLine(
            loan_number=row.number,
            product_name=product.name,
            payoff=payoff,
            late_fee=sum(p.denda for p in parts),
            interest=sum(p.bunga for p in parts),
            principal=sum(p.pokok for p in parts),
            remaining=payoff - take,
        )
        out.append(_LoanOffset(row, product, line, tuple(p for p in parts if p.total)))
    return out


def _plan(
    session: Session, member: Member, on: dt.date
) -> tuple[ExitPlan, list[savings_accounts.AccountInfo], list[_LoanOffset]]:
    accounts, lines = _savings_lines(session, member, on)
    total = sum(x.balance for x in lines)
    offsets = _loan_offsets(session, member, on, max(total, 0))
    offset = sum(o.line.offset for o in offsets)
    payoff = sum(o.line.payoff for o in offsets)
    plan = ExitPlan(
        member_number=member.number,
        member_name=member.full_name,
        member_status=MemberStatus(member.status),
        on=on,
        savings=tuple(lines),
        loans=tuple(o.line for o in offsets),
        total_savings=total,
        total_payoff=payoff,
        total_offset=offset,
        net=total - offset,
        owed_after=payoff - offset,
    )
    return plan, accounts, offsets


def plan_exit(session: Session, member_number: str, on: dt.date) -> ExitPlan:
    """The settlement statement of a member's exit on ``on``; writes nothing.

    Savings: each open account's balance. Loans: each running loan's payoff
    (remaining principal + interest due + late fees) and the part the savings
    cover, oldest loan first; a loan larger than what is left keeps running
    with the rest (``remaining``)."""
    on = _check_date(on)
    return _plan(session, members.member_row(session, member_number), on)[0]


# --- posting -------------------------------------------------------------------------


def _check_reason(reason: str) -> str:
    why = " ".join(reason.split())
    if len(why) < 3:
        raise ValidationError("reason", "Alasan keluar wajib diisi.")
    if len(why) > MAX_REASON:
        raise ValidationError("reason", f"Alasan paling banyak {MAX_REASON} huruf.")
    return why


def _ensure_left(
    session: Session, actor: Actor, member: Member, status: MemberStatus, *, on: dt.date, why: str
) -> MemberStatus:
    """Record the exit status unless the member already left; returns the status."""
    current = MemberStatus(member.status)
    if current in EXIT_STATUSES:
        return current
    if status not in EXIT_STATUSES:
        raise ValidationError("status", "Status keluar harus keluar, meninggal atau diberhentikan.")
    members.change_status(session, actor, member.number, status, on=on, reason=why)
    return status


def _lines(
    member: Member,
    accounts: list[savings_accounts.AccountInfo],
    offsets: list[_LoanOffset],
    *,
    codes: dict[str, str],
    paid: int,
    cash_code: str,
) -> list[LineInput]:
    """Savings → 2104; 2104 → each loan's principal, interest, late fee; 2104 → cash."""
    out = [
        LineInput(codes[a.product_code], a.balance, f"Tutup {a.number}", member.id, a.id)
        for a in accounts
        if a.balance
    ]
    total = sum(a.balance for a in accounts)
    if total:
        out.append(LineInput(PAYABLE_ACCOUNT, -total, "Simpanan anggota keluar", member.id))
    for o in offsets:
        if not o.line.offset:
            continue
        memo = f"Kompensasi {o.row.number}"
        out.append(LineInput(PAYABLE_ACCOUNT, o.line.offset, memo, member.id))
        if o.line.principal:
            out.append(
                LineInput(
                    o.product.account_code, -o.line.principal, memo, member.id, loan_id=o.row.id
                )
            )
        if o.line.interest:
            out.append(
                LineInput(o.product.interest_account_code, -o.line.interest, memo, member.id)
            )
        if o.line.late_fee:
            out.append(
                LineInput(o.product.late_fee_account_code, -o.line.late_fee, memo, member.id)
            )
    if paid:
        out.append(LineInput(PAYABLE_ACCOUNT, paid, "Dibayar tunai", member.id))
        out.append(LineInput(cash_code, -paid, "Pengembalian simpanan", member.id))
    return out


def _check_cash(session: Session, code: str, amount: int, on: dt.date) -> str:
    cash = loan_records.payment_account(session, code)
    at_hand = guards.posted_balance(session, cash.id, on)
    if amount > at_hand:
        raise InsufficientBalanceError(
            f"Saldo {cash.name} pada {on:%d-%m-%Y} hanya {format_rupiah(at_hand)}; tidak cukup "
            f"untuk membayar {format_rupiah(amount)}. Catat sebagai utang kepada anggota "
            "(bayar nanti) atau pilih akun kas lain."
        )
    return cash.code


@causes(Changes(journal=True, members=True))
def settle_exit(
    session: Session,
    actor: Actor,
    member_number: str,
    on: dt.date,
    *,
    reason: str,
    status: MemberStatus = MemberStatus.KELUAR,
    pay_now: bool = True,
    cash_account: str = coa.CASH,
    approval: int | None = None,
) -> ExitResult:
    """Settle a member's exit in the caller's unit of work (``savings.manage``).

    Records the exit ``status`` if the member is still active; moves every
    savings balance to 2104 (the lines on the savings control accounts carry
    their savings account, so the balances become zero); pays each running
    loan from it as far as it goes; pays the rest in cash from
    ``cash_account`` when ``pay_now`` (refused if the cash at hand is short),
    otherwise leaves it in 2104 as owed to the member. Closes the savings
    accounts. Posts one journal entry. Offsetting loans needs a second
    person's ``approval`` (``ApprovalRequiredError`` without it). Raises
    before writing anything when refused.
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    on = _check_date(on)
    why = _check_reason(reason)
    member = members.member_row(session, member_number)
    if MemberStatus(member.status) not in EXIT_STATUSES and status not in EXIT_STATUSES:
        raise ValidationError("status", "Status keluar harus keluar, meninggal atau diberhentikan.")
    if on < member.join_date:
        raise ValidationError("date", "Tanggal penyelesaian sebelum tanggal masuk anggota.")
    plan, accounts, offsets = _plan(session, member, on)
    if not plan.savings:
        raise DomainError(
            f"{member.full_name} ({member.number}) tidak mempunyai simpanan yang belum "
            "diselesaikan. Ubah status anggota lewat menu Anggota bila perlu."
        )
    if plan.total_savings < 0:
        raise DomainError("Jumlah simpanan anggota negatif; periksa rekeningnya dahulu.")
    journal.open_year_for(session, on)
    paid = plan.net if pay_now else 0
    cash_code = _check_cash(session, cash_account, paid, on) if paid else ""
    if plan.needs_approval:
        approvals.consume(
            session, actor, approval, Permission.SAVINGS_MANAGE, f"keluar {member.number}"
        )
    final = _ensure_left(session, actor, member, status, on=on, why=why)
    codes = {p.code: p.account_code for p in savings_products.list_products(session)}
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"Penyelesaian anggota keluar {member.full_name} ({member.number}): {why}",
            _lines(member, accounts, offsets, codes=codes, paid=paid, cash_code=cash_code),
            source=SOURCE,
        ),
        actor=actor,
    )
    _record_loans(session, actor, offsets, on, entry)
    _close_accounts(session, [a.id for a in accounts], on)
    result = ExitResult(entry.number, plan, paid, plan.net - paid, final)
    _audit(session, actor, result, why)
    return result


def _record_loans(
    session: Session,
    actor: Actor,
    offsets: list[_LoanOffset],
    on: dt.date,
    entry: journal.EntryInfo,
) -> None:
    """A payment event per loan offset (pelunasan when it pays the loan off), with
    its split over installments, so the loan's history shows the offset."""
    for o in offsets:
        if not o.line.offset:
            continue
        paid_off = o.line.remaining == 0
        event = loan_records.record_event(
            session,
            actor,
            o.row,
            kind=LoanEventKind.PELUNASAN if paid_off else LoanEventKind.ANGSURAN,
            on=on,
            cash=o.line.offset,
            principal=o.line.principal,
            interest=o.line.interest,
            late=o.line.late_fee,
            entry=entry,
            note=f"Kompensasi simpanan anggota keluar ({entry.number})",
            parts=o.parts,
        )
        loan_records.close_if_paid(session, o.row, on, event.outstanding_after)


def _close_accounts(session: Session, ids: list[int], on: dt.date) -> None:
    for row in session.execute(select(SavingsAccount).where(SavingsAccount.id.in_(ids))).scalars():
        row.status, row.closed_on = SavingsAccountStatus.TUTUP, on
    session.flush()


def _audit(session: Session, actor: Actor, result: ExitResult, why: str) -> None:
    plan = result.plan
    audit.record(
        session,
        actor,
        "member.exit",
        plan.member_number,
        after={
            "jurnal": result.entry_number,
            "tanggal": plan.on,
            "status": result.status.value,
            "alasan": why,
            "simpanan": {x.account_number: x.balance for x in plan.savings},
            "kompensasi": {x.loan_number: x.offset for x in plan.loans if x.offset},
            "dibayar": result.paid,
            "utang_2104": result.payable,
            **({"sisa_pinjaman": plan.owed_after} if plan.owed_after else {}),
        },
    )


# --- what is still owed to members who left -------------------------------------------


def payable_balance(session: Session, member_number: str, on: dt.date | None = None) -> int:
    """What 2104 still owes the member (credit-positive)."""
    member = members.member_row(session, member_number)
    stmt = (
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == PAYABLE_ACCOUNT, JournalLine.member_id == member.id)
    )
    if on is not None:
        stmt = stmt.where(JournalLine.date <= on)
    return -int(session.execute(stmt).scalar_one())


@causes(Changes(journal=True, members=True))
def pay_payable(
    session: Session,
    actor: Actor,
    member_number: str,
    on: dt.date,
    *,
    cash_account: str = coa.CASH,
) -> str:
    """Pay a member who left (or the heirs) what 2104 still owes them, in cash.

    Posts one entry (2104 debit, cash credit); returns its number. Refused
    when nothing is owed or the cash at hand is short."""
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    on = _check_date(on)
    member = members.member_row(session, member_number)
    owed = min(payable_balance(session, member.number), payable_balance(session, member.number, on))
    if owed <= 0:
        raise DomainError(f"Koperasi tidak berutang simpanan kepada {member.full_name}.")
    journal.open_year_for(session, on)
    code = _check_cash(session, cash_account, owed, on)
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"Pembayaran simpanan anggota keluar {member.full_name} ({member.number})",
            [
                LineInput(PAYABLE_ACCOUNT, owed, "Dibayar tunai", member.id),
                LineInput(code, -owed, "Pengembalian simpanan", member.id),
            ],
            source=SOURCE_PAYOUT,
        ),
        actor=actor,
    )
    audit.record(
        session,
        actor,
        "member.exit_paid",
        member.number,
        after={"jurnal": entry.number, "tanggal": on, "dibayar": owed},
    )
    return entry.number


# --- the paper -----------------------------------------------------------------------


def settlement(session: Session, entry_number: str) -> MemberExitReport:
    """The posted settlement ``entry_number`` as the paper's data, rebuilt from
    its journal lines and the loan events it recorded."""
    entry = journal.get_entry(session, entry_number)
    if entry.source != SOURCE:
        raise NotFoundError(f"{entry.number} bukan jurnal penyelesaian anggota keluar.")
    member_id = next(x.member_id for x in entry.lines if x.member_id is not None)
    member = session.get(Member, member_id)
    assert member is not None
    saved = _settled_savings(session, entry)
    lines = _settled_loans(session, entry)
    total = sum(x.balance for x in saved)
    offset = sum(x.offset for x in lines)
    cash = [x for x in entry.lines if x.account_code in coa.PAYMENT_ACCOUNTS]
    paid = -sum(x.amount for x in cash)
    status = _status_on(session, member, entry.date)
    return MemberExitReport(
        header=get_profile(session).header,
        member_number=member.number,
        member_name=member.full_name,
        member_address=member.address,
        status_label=status_label(status),
        reason=entry.description.split("): ", 1)[-1],
        date=entry.date,
        entry_number=entry.number,
        savings=tuple(saved),
        loans=tuple(lines),
        total_savings=total,
        total_payoff=sum(x.payoff for x in lines),
        total_offset=offset,
        net=total - offset,
        paid=paid,
        payable=total - offset - paid,
        owed_after=sum(x.remaining for x in lines),
        net_words=terbilang_rupiah(total - offset),
        cash_account=cash[0].account_code if cash else "",
    )


def _settled_savings(session: Session, entry: journal.EntryInfo) -> list[ExitSavingsLine]:
    ids = [x.savings_account_id for x in entry.lines if x.savings_account_id is not None]
    rows = session.execute(
        select(SavingsAccount.id, SavingsAccount.number).where(SavingsAccount.id.in_(ids))
    ).all()
    numbers = {int(r[0]): str(r[1]) for r in rows}
    infos = {i: savings_accounts.get_account(session, n) for i, n in numbers.items()}
    return [
        ExitSavingsLine(infos[i].number, infos[i].product_name, infos[i].kind.value, line.amount)
        for line in entry.lines
        if (i := line.savings_account_id) is not None
    ]


def _settled_loans(session: Session, entry: journal.EntryInfo) -> list[ExitLoanLine]:
    """Each loan event of the settlement; ``remaining`` is what the loan still
    owed on that day after it (late fees, interest due, principal)."""
    events = session.execute(
        select(LoanEvent).where(LoanEvent.entry_id == entry.id).order_by(LoanEvent.id)
    ).scalars()
    out = []
    for ev in events:
        row = session.get(Loan, ev.loan_id)
        assert row is not None
        product = loan_products.product_of(session, row)
        states = schedules.installment_states(session, row.id, entry.date, product.late_fee)
        left = loan_records.outstanding(session, row.id, entry.date) + sum(
            s.owed_late_fee + (s.owed_interest if s.due_date <= entry.date else 0) for s in states
        )
        offset = ev.late_fee + ev.interest + ev.principal
        out.append(
            ExitLoanLine(
                row.number,
                product.name,
                offset + left,
                ev.late_fee,
                ev.interest,
                ev.principal,
                left,
            )
        )
    return out


def _status_on(session: Session, member: Member, on: dt.date) -> MemberStatus:
    history = members.status_history(session, member.number)
    left = [e.status for e in history if e.date <= on and e.status in EXIT_STATUSES]
    return left[-1] if left else MemberStatus(member.status)
