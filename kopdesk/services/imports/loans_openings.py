"""Loans from a spreadsheet, the import: :func:`commit_opening` records the loans
of a plan without problems, all or nothing, after checking the book once more.

Each loan gets its full original schedule; what was paid before the cut-over is
one ``saldo_awal`` event whose parts allocate (original − remaining) principal,
oldest installment first, and the interest of the paid installments
(:func:`opening_parts`), so arrears and kolektibilitas work from the cut-over on.
The book gets ONE journal entry on the cut-over: each loan's remaining principal
on its product's receivable account against opening-balance equity. Bulk rows go
through SQLAlchemy Core (DESIGN.md §9). Amounts are integer rupiah.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import OPENING_EQUITY
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.loans import Allocation, Installment, Terms, schedule
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.models import Loan, LoanEvent, LoanInstallment, LoanPaymentPart
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.imports.base import Progress, ids_by_number
from kopdesk.services.imports.loans_plan import recheck
from kopdesk.services.imports.loans_rows import (
    NOTE_MARK,
    SOURCE,
    ImportResult,
    LoanPlan,
    PlanRow,
)
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.services.loans.products import LoanProductInfo

__all__ = ["OFFSET_ACCOUNT", "commit_opening", "opening_parts"]

OFFSET_ACCOUNT = OPENING_EQUITY
"""Ekuitas saldo awal (penyeimbang): the other side of the opening balances."""


def opening_parts(
    rows: Sequence[Installment], paid_count: int, principal_paid: int
) -> list[Allocation]:
    """What the installments before the cut-over paid: ``principal_paid`` spread over
    the installments' principal oldest first, and the interest of the first
    ``paid_count`` installments."""
    left = principal_paid
    out = []
    for x in rows:
        pokok = min(x.principal, left)
        left -= pokok
        bunga = x.interest if x.number <= paid_count else 0
        if pokok or bunga:
            out.append(Allocation(x.number, 0, bunga, pokok))
    if left:
        raise ValueError("principal paid exceeds the schedule")
    return out


def _terms(r: PlanRow, product: LoanProductInfo) -> Terms:
    assert r.rate_percent is not None
    assert r.rate_period is not None
    assert r.method is not None
    return Terms(r.principal, r.rate_percent, r.rate_period, r.tenor, r.method, product.rounding)


@causes(Changes(journal=True))
def commit_opening(
    session: Session,
    actor: Actor,
    plan: LoanPlan,
    reference: str = "",
    *,
    progress: Progress | None = None,
) -> ImportResult:
    """Record the loans of a plan without problems, all or nothing.

    Needs ``loans.manage``. Each loan is created running ('aktif') with its
    full original schedule from the disbursement date; one ``saldo_awal``
    event per loan marks what was paid before the cut-over (dated on the
    disbursement, so the installments paid then accrue no late fee). Posts ONE
    journal entry dated the cut-over (source ``pinjaman.saldo_awal``): a debit
    on each product's receivable account per loan (member, loan) with its
    remaining principal, a credit on 3901 for the total. One audit record
    names the journal entry and the loans.
    """
    authorize(session, actor, Permission.LOANS_MANAGE)
    recheck(session, plan)
    cutover = plan.cutover
    reference = " ".join(reference.split()) or plan.file_name
    products = {p.code: p for p in loan_products.list_products(session)}
    rows = [r for r in plan.rows if r.remaining > 0]
    now = clock.now()
    numbers = _create_loans(
        session, actor, rows=rows, products=products, now=now, reference=reference, cutover=cutover
    )
    ids = ids_by_number(session, Loan.number, Loan.id, list(numbers.values()))
    loan_ids = {r.row: ids[numbers[r.row]] for r in rows}
    lines = [
        LineInput(
            products[r.product_code].account_code,
            r.remaining,
            member_id=r.member_id,
            loan_id=loan_ids[r.row],
        )
        for r in rows
    ]
    lines.append(LineInput(OFFSET_ACCOUNT, -plan.total, memo="Penyeimbang saldo awal pinjaman"))
    entry = journal.post_business_entry(
        session,
        EntryInput(
            cutover,
            f"Saldo awal pinjaman per {format_date_short(cutover)} ({reference})"[:500],
            lines,
            source=SOURCE,
        ),
        actor=actor,
    )
    _record_history(
        session,
        actor,
        rows=rows,
        products=products,
        loan_ids=loan_ids,
        entry_id=entry.id,
        cutover=cutover,
        now=now,
        progress=progress,
    )
    ordered = tuple(numbers[r.row] for r in rows)
    audit.record(
        session,
        actor,
        "loan.import_opening",
        reference[:100],
        after={
            "tanggal": cutover,
            "berkas": plan.file_name,
            "jumlah_pinjaman": len(rows),
            "sisa_pokok": plan.total,
            **{f"sisa_pokok_{code}": total for code, total in plan.totals().items()},
            "jurnal": entry.number,
            "pinjaman": list(ordered),
        },
    )
    return ImportResult(cutover, reference, entry.number, ordered, plan.total, plan.totals())


def _create_loans(
    session: Session,
    actor: Actor,
    *,
    rows: Sequence[PlanRow],
    products: Mapping[str, LoanProductInfo],
    now: dt.datetime,
    reference: str,
    cutover: dt.date,
) -> dict[int, str]:
    """Insert the loans (Core, one statement); row -> loan number, numbered in the
    order they were disbursed."""
    numbers: dict[int, str] = {}
    values = []
    note = f"Saldo awal per {format_date_short(cutover)} ({reference})"[:500]
    for r in sorted(rows, key=lambda r: (r.disbursed_on, r.row)):
        assert r.disbursed_on is not None
        assert r.member_id is not None
        product = products[r.product_code]
        terms = _terms(r, product)
        number = loan_records.next_number(session, "PJ", r.disbursed_on.year)
        numbers[r.row] = number
        purpose = "Pinjaman dari pembukuan lama (saldo awal)"
        if r.original_number:
            purpose += f"; nomor lama {r.original_number}"
        values.append(
            {
                "number": number,
                "member_id": r.member_id,
                "product_id": product.id,
                "status": LoanStatus.AKTIF.value,
                "amount": r.principal,
                "tenor": r.tenor,
                "method": terms.method.value,
                "rate_percent": str(terms.rate_percent),
                "rate_period": terms.rate_period.value,
                "rounding": terms.rounding.value,
                "purpose": purpose,
                "collateral": "",
                "collateral_value": 0,
                "guarantors": "",
                "applied_on": r.disbursed_on,
                "applied_by": actor.username,
                "decided_on": r.disbursed_on,
                "decided_by": actor.username,
                "decision_note": note,
                "warnings": "",
                "disbursed_on": r.disbursed_on,
                "provisi": 0,
                "admin_fee": 0,
                "created_at": now,
            }
        )
    session.execute(insert(Loan), values)
    return numbers


def _record_history(
    session: Session,
    actor: Actor,
    *,
    rows: Sequence[PlanRow],
    products: Mapping[str, LoanProductInfo],
    loan_ids: Mapping[int, int],
    entry_id: int,
    cutover: dt.date,
    now: dt.datetime,
    progress: Progress | None,
) -> None:
    """Each loan's schedule, and one ``saldo_awal`` event with its parts."""
    installments: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    parts: dict[str, list[Allocation]] = {}
    for index, r in enumerate(rows, start=1):
        assert r.disbursed_on is not None
        loan_id = loan_ids[r.row]
        plan_rows = schedule(_terms(r, products[r.product_code]), r.disbursed_on)
        installments.extend(
            {
                "loan_id": loan_id,
                "number": x.number,
                "due_date": x.due_date,
                "principal": x.principal,
                "interest": x.interest,
            }
            for x in plan_rows
        )
        paid = opening_parts(plan_rows, r.paid_count, r.paid_principal)
        number = loan_records.next_number(
            session, loan_records.EVENT_PREFIX["saldo_awal"], cutover.year, 6
        )
        parts[number] = paid
        note = (
            f"Saldo awal per {format_date_short(cutover)}: {r.paid_count} angsuran dibayar "
            f"sebelumnya, sisa pokok {format_rupiah(r.remaining)}"
        )
        if r.original_number:
            note += f"; {NOTE_MARK}{r.original_number}"
        events.append(
            {
                "number": number,
                "loan_id": loan_id,
                "kind": LoanEventKind.SALDO_AWAL.value,
                "date": r.disbursed_on,
                "cash": 0,
                "principal": r.paid_principal,
                "interest": sum(p.bunga for p in paid),
                "late_fee": 0,
                "overpayment": 0,
                "cash_account_id": None,
                "entry_id": entry_id,
                "note": note,
                "created_by": actor.username,
                "created_at": now,
            }
        )
        if progress is not None and index % 100 == 0:
            progress(index, len(rows))
    for chunk in range(0, len(installments), 5000):
        session.execute(insert(LoanInstallment), installments[chunk : chunk + 5000])
    session.execute(insert(LoanEvent), events)
    event_ids = ids_by_number(session, LoanEvent.number, LoanEvent.id, list(parts))
    part_rows = [
        {
            "event_id": event_ids[number],
            "number": p.number,
            "late_fee": 0,
            "interest": p.bunga,
            "principal": p.pokok,
        }
        for number, allocations in parts.items()
        for p in allocations
    ]
    for chunk in range(0, len(part_rows), 5000):
        session.execute(insert(LoanPaymentPart), part_rows[chunk : chunk + 5000])
    session.flush()
    if progress is not None:
        progress(len(rows), len(rows))
