"""Restructuring a loan (restrukturisasi) into a new one with a new schedule, and
writing a loan off (hapus buku) against the allowance. Both need a second
person's approval.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import Method, RatePeriod, Terms, schedule
from kopdesk.domain.money import Rounding
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import parse_percent
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Account, Loan
from kopdesk.services.base import approvals
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans.products import product_of
from kopdesk.services.loans.records import (
    SOURCE,
    EventInfo,
    LoanInfo,
    loan_info,
    loan_row,
    next_number,
    not_before_last_event,
    outstanding,
    record_event,
    require_status,
)
from kopdesk.services.loans.schedules import store_schedule

__all__ = ["restructure", "write_off"]


@causes(Changes(journal=True))
def restructure(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    tenor: int,
    rate_percent: str | None = None,
    method: Method | None = None,
    reason: str,
    approval: int | None = None,
) -> LoanInfo:
    """Restrukturisasi: the remaining principal becomes a new loan with a new schedule
    (``loans.manage`` and a second person's approval). The old loan and its schedule
    stay, closed and linked to the new one; unpaid interest and late fees are waived
    on the old loan (recorded in the note), not carried over."""
    authorize(session, actor, Permission.LOANS_MANAGE)
    on = guards.check_date(on)
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan restrukturisasi (paling sedikit 5 huruf).")
    old = loan_row(session, number, lock=True)
    require_status(old, LoanStatus.AKTIF, "direstrukturisasi")
    not_before_last_event(session, old, on)
    remaining = outstanding(session, old.id)
    if remaining <= 0:
        raise DomainError(f"Pinjaman {old.number} tidak punya sisa pokok.")
    product = product_of(session, old)
    rate = Decimal(old.rate_percent) if rate_percent is None else parse_percent(rate_percent)
    terms = Terms(
        remaining,
        rate,
        RatePeriod(old.rate_period),
        tenor,
        method or Method(old.method),
        Rounding(old.rounding),
    )
    rows = schedule(terms, on)
    journal.open_year_for(session, on)
    approver = approvals.consume(session, actor, approval, Permission.LOANS_MANAGE, old.number)
    new = Loan(
        number=next_number(session, "PJ", on.year),
        member_id=old.member_id,
        product_id=old.product_id,
        status=LoanStatus.AKTIF,
        amount=remaining,
        tenor=terms.tenor,
        method=terms.method.value,
        rate_percent=str(terms.rate_percent),
        rate_period=terms.rate_period.value,
        rounding=terms.rounding.value,
        purpose=f"Restrukturisasi {old.number}: {clean}",
        collateral=old.collateral,
        collateral_value=old.collateral_value,
        guarantors=old.guarantors,
        applied_on=on,
        applied_by=actor.username,
        decided_on=on,
        decided_by=approver,
        decision_note=clean,
        disbursed_on=on,
        restructured_from_id=old.id,
        created_at=clock.now(),
    )
    session.add(new)
    session.flush()
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"Restrukturisasi {old.number} menjadi {new.number}",
            [
                LineInput(product.account_code, remaining, member_id=old.member_id, loan_id=new.id),
                LineInput(
                    product.account_code, -remaining, member_id=old.member_id, loan_id=old.id
                ),
            ],
            source=SOURCE,
        ),
        actor=actor,
    )
    store_schedule(session, new.id, rows)
    old.status, old.closed_on = LoanStatus.DIRESTRUKTURISASI, on
    session.flush()
    record_event(
        session,
        actor,
        old,
        kind=LoanEventKind.RESTRUKTURISASI,
        on=on,
        cash=0,
        principal=remaining,
        entry=entry,
        note=f"Menjadi {new.number}; disetujui {approver}. {clean}",
    )
    return loan_info(session, new)


@causes(Changes(journal=True))
def write_off(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    reason: str,
    approval: int | None = None,
) -> EventInfo:
    """Hapus buku: take the remaining principal off the books against the allowance
    (``loans.manage`` and a second person's approval); whatever the allowance does
    not cover is an expense. The member still owes it (recorded, not forgiven)."""
    authorize(session, actor, Permission.LOANS_MANAGE)
    on = guards.check_date(on)
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan penghapusan (paling sedikit 5 huruf).")
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.AKTIF, "dihapus buku")
    not_before_last_event(session, row, on)
    remaining = outstanding(session, row.id)
    if remaining <= 0:
        raise DomainError(f"Pinjaman {row.number} tidak punya sisa pokok.")
    journal.open_year_for(session, on)
    product = product_of(session, row)
    allowance_id = session.execute(
        select(Account.id).where(Account.code == coa.LOAN_ALLOWANCE)
    ).scalar_one()
    available = -guards.posted_balance(session, allowance_id, on)  # a contra asset: credit-positive
    covered = min(max(available, 0), remaining)
    approver = approvals.consume(session, actor, approval, Permission.LOANS_MANAGE, row.number)
    lines = [LineInput(product.account_code, -remaining, member_id=row.member_id, loan_id=row.id)]
    if covered:
        lines.append(LineInput(coa.LOAN_ALLOWANCE, covered, f"Hapus buku {row.number}"))
    if remaining - covered:
        lines.append(
            LineInput(coa.LOAN_ALLOWANCE_EXPENSE, remaining - covered, f"Hapus buku {row.number}")
        )
    entry = journal.post_business_entry(
        session,
        EntryInput(on, f"Hapus buku pinjaman {row.number}: {clean}", lines, source=SOURCE),
        actor=actor,
    )
    row.status, row.closed_on = LoanStatus.DIHAPUS, on
    session.flush()
    return record_event(
        session,
        actor,
        row,
        kind=LoanEventKind.HAPUS,
        on=on,
        cash=0,
        principal=remaining,
        entry=entry,
        note=f"Disetujui {approver}. {clean}",
    )
