"""Payments on a loan: an installment payment (angsuran) split over what is due,
and early payoff (pelunasan dipercepat).

Each posts one balanced journal entry in the caller's unit of work; interest and
late fees are income when received (cash basis). Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import Allocation, Due, allocate_in_advance, allocate_payment
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Account, Loan, Member
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans.products import LoanProductInfo, product_of
from kopdesk.services.loans.records import (
    SOURCE,
    EventInfo,
    close_if_paid,
    loan_row,
    no_later_payment,
    payment_account,
    record_event,
    require_status,
)
from kopdesk.services.loans.schedules import installment_states
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import products as savings_products

__all__ = ["payoff", "repay"]


@causes(Changes(journal=True))
def repay(
    session: Session,
    actor: Actor,
    number: str,
    amount: int,
    on: dt.date,
    *,
    cash_account: str = coa.CASH,
    note: str = "",
) -> EventInfo:
    """Take a payment (``loans.disburse``): split in the product's order (default
    denda → bunga → pokok) over the installments due, oldest first; anything
    beyond that per the product's policy (next installments, sukarela, or refused).
    """
    authorize(session, actor, Permission.LOANS_DISBURSE)
    amount = guards.check_amount(amount, name_large=False)
    on = guards.check_date(on)
    cash = payment_account(session, cash_account)
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.AKTIF, "menerima angsuran")
    _held = session.get(Member, row.member_id)  # referenced, so the steps below find it loaded
    if row.disbursed_on is not None and on < row.disbursed_on:
        raise ValidationError("date", "Tanggal pembayaran sebelum tanggal pencairan.")
    no_later_payment(session, row, on)
    product = product_of(session, row)
    states = installment_states(session, row.id, on, product.late_fee)
    due_now = [s.due() for s in states if s.due_date <= on]
    late_only = [
        Due(s.number, s.due_date, s.owed_late_fee, 0, 0)
        for s in states
        if s.due_date > on and s.owed_late_fee
    ]
    parts, left = allocate_payment(amount, due_now + late_only, product.allocation_order)
    over = 0
    if left:
        if product.overpayment == "refuse":
            owed = amount - left
            raise ValidationError(
                "amount",
                f"Tagihan {row.number} per {on:%d-%m-%Y} hanya {format_rupiah(owed)}; "
                f"pembayaran {format_rupiah(amount)} melebihinya.",
            )
        if product.overpayment == "next":
            payoff_amount = amount - left + sum(s.owed_principal for s in states if s.due_date > on)
            if amount >= payoff_amount:
                raise ValidationError(
                    "amount",
                    f"Pembayaran {format_rupiah(amount)} mencukupi pelunasan {row.number} "
                    f"({format_rupiah(payoff_amount)}). Catat sebagai pelunasan dipercepat, "
                    "agar jasa yang belum jatuh tempo tidak ditagih.",
                )
            future = [s.due() for s in states if s.due_date > on]
            more, left = allocate_in_advance(left, future, product.allocation_order)
            parts = _merge(parts, more)
        over = left
    entry, principal, interest, late = _post_payment(
        session, actor, row, product=product, cash=cash, amount=amount, on=on, parts=parts,
        over=over, kind_text="Angsuran",
    )  # fmt: skip
    event = record_event(
        session,
        actor,
        row,
        kind=LoanEventKind.ANGSURAN,
        on=on,
        cash=amount,
        principal=principal,
        interest=interest,
        late=late,
        over=over,
        cash_account=cash,
        entry=entry,
        note=" ".join(note.split()),
        parts=parts,
    )
    close_if_paid(session, row, on, event.outstanding_after)
    return event


def _merge(first: list[Allocation], second: list[Allocation]) -> list[Allocation]:
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for a in (*first, *second):
        t = totals[a.number]
        t[0] += a.denda
        t[1] += a.bunga
        t[2] += a.pokok
    return [Allocation(n, *v) for n, v in sorted(totals.items())]


def _post_payment(
    session: Session,
    actor: Actor,
    row: Loan,
    *,
    product: LoanProductInfo,
    cash: Account,
    amount: int,
    on: dt.date,
    parts: Sequence[Allocation],
    over: int,
    kind_text: str,
) -> tuple[journal.EntryInfo, int, int, int]:
    member = session.get(Member, row.member_id)
    assert member is not None
    principal = sum(p.pokok for p in parts)
    interest = sum(p.bunga for p in parts)
    late = sum(p.denda for p in parts)
    lines = [LineInput(cash.code, amount, member_id=member.id)]
    if principal:
        lines.append(
            LineInput(product.account_code, -principal, member_id=member.id, loan_id=row.id)
        )
    if interest:
        lines.append(LineInput(product.interest_account_code, -interest, member_id=member.id))
    if late:
        lines.append(LineInput(product.late_fee_account_code, -late, member_id=member.id))
    if over:
        sukarela = next(
            (
                p
                for p in savings_products.list_products(session, active_only=True)
                if p.kind is ProductKind.SUKARELA
            ),
            None,
        )
        if sukarela is None:
            raise DomainError("Tidak ada produk simpanan sukarela untuk kelebihan bayar.")
        target = savings_accounts.ensure_account(session, member, sukarela, on)
        lines.append(
            LineInput(
                sukarela.account_code,
                -over,
                f"Kelebihan bayar {row.number}",
                member_id=member.id,
                savings_account_id=target.id,
            )
        )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"{kind_text} {row.number} {member.full_name} ({member.number})",
            lines,
            source=SOURCE,
        ),
        actor=actor,
    )
    return entry, principal, interest, late


@causes(Changes(journal=True))
def payoff(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    cash_account: str = coa.CASH,
) -> EventInfo:
    """Pelunasan dipercepat: late fees and interest due so far plus all remaining
    principal; the interest of installments not yet due is not charged."""
    authorize(session, actor, Permission.LOANS_DISBURSE)
    on = guards.check_date(on)
    cash = payment_account(session, cash_account)
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.AKTIF, "dilunasi")
    if row.disbursed_on is not None and on < row.disbursed_on:
        raise ValidationError("date", "Tanggal pelunasan sebelum tanggal pencairan.")
    no_later_payment(session, row, on)
    product = product_of(session, row)
    states = installment_states(session, row.id, on, product.late_fee)
    dues = [
        Due(
            s.number,
            s.due_date,
            s.owed_late_fee,
            s.owed_interest if s.due_date <= on else 0,
            s.owed_principal,
        )
        for s in states
    ]
    total = sum(d.denda + d.bunga + d.pokok for d in dues)
    if total <= 0:
        raise DomainError(f"Pinjaman {row.number} tidak punya sisa tagihan.")
    parts, left = allocate_payment(total, dues, product.allocation_order)
    assert left == 0
    entry, principal, interest, late = _post_payment(
        session, actor, row, product=product, cash=cash, amount=total, on=on, parts=parts,
        over=0, kind_text="Pelunasan",
    )  # fmt: skip
    event = record_event(
        session,
        actor,
        row,
        kind=LoanEventKind.PELUNASAN,
        on=on,
        cash=total,
        principal=principal,
        interest=interest,
        late=late,
        cash_account=cash,
        entry=entry,
        parts=parts,
    )
    close_if_paid(session, row, on, event.outstanding_after)
    return event
