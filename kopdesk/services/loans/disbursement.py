"""Disbursing an approved loan (pencairan): the receivable, the cash paid out net
of provisi and administration, the fee income, and the schedule fixed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import schedule
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.errors import InsufficientBalanceError, ValidationError
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans.products import product_of
from kopdesk.services.loans.records import (
    SOURCE,
    EventInfo,
    loan_info,
    loan_row,
    payment_account,
    record_event,
    require_status,
)
from kopdesk.services.loans.schedules import store_schedule

__all__ = ["disburse"]


@causes(Changes(journal=True))
def disburse(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    cash_account: str = coa.CASH,
) -> EventInfo:
    """Pay out an approved loan (``loans.disburse``): the receivable, the cash paid
    out net of provisi and administration, the fee income; the schedule is fixed."""
    authorize(session, actor, Permission.LOANS_DISBURSE)
    on = guards.check_date(on)
    cash = payment_account(session, cash_account)
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.DISETUJUI, "dicairkan")
    if row.decided_on is not None and on < row.decided_on:
        raise ValidationError("date", "Tanggal pencairan sebelum tanggal persetujuan.")
    product = product_of(session, row)
    info = loan_info(session, row)
    provisi, admin = product.fees(row.amount)
    net = row.amount - provisi - admin
    if net <= 0:
        raise ValidationError("amount", "Biaya pinjaman tidak boleh menghabiskan pokoknya.")
    journal.open_year_for(session, on)
    at_hand = guards.posted_balance(session, cash.id, on)
    if net > at_hand:
        raise InsufficientBalanceError(
            f"Saldo {cash.name} pada {on:%d-%m-%Y} hanya {format_rupiah(at_hand)}; tidak "
            f"cukup untuk mencairkan {format_rupiah(net)}."
        )
    rows = schedule(info.terms, on)
    lines = [
        LineInput(product.account_code, row.amount, member_id=row.member_id, loan_id=row.id),
        LineInput(cash.code, -net, member_id=row.member_id),
    ]
    if provisi:
        lines.append(LineInput(product.provisi_account_code, -provisi, "Provisi"))
    if admin:
        lines.append(LineInput(product.admin_account_code, -admin, "Administrasi"))
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            f"Pencairan {row.number} {info.product_name} {info.member_name} ({info.member_number})",
            lines,
            source=SOURCE,
        ),
        actor=actor,
    )
    store_schedule(session, row.id, rows)
    row.status, row.disbursed_on, row.provisi, row.admin_fee = LoanStatus.AKTIF, on, provisi, admin
    session.flush()
    return record_event(
        session,
        actor,
        row,
        kind=LoanEventKind.CAIR,
        on=on,
        cash=net,
        principal=row.amount,
        cash_account=cash,
        entry=entry,
    )
