"""Loan applications (pengajuan pinjaman): recording one, what an approver should
know about it, and the decision — approval by another user, or rejection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.loans import Terms, check_terms, schedule
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import parse_percent
from kopdesk.domain.vocabulary import LoanStatus, MemberStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Loan, Member
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards, journal
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans.products import LoanProductInfo, get_product
from kopdesk.services.loans.records import (
    LoanInfo,
    loan_info,
    loan_row,
    next_number,
    require_status,
)
from kopdesk.services.members import register

__all__ = ["LoanApplication", "apply", "approve", "reject", "review"]


@dataclass(frozen=True)
class LoanApplication:
    member: str
    product: str
    amount: int
    tenor: int
    applied_on: dt.date
    purpose: str = ""
    collateral: str = ""
    collateral_value: int = 0
    guarantors: Sequence[str] = ()
    rate_percent: str | None = None
    """None: the product's rate."""


def _application_terms(prod: LoanProductInfo, data: LoanApplication) -> Terms:
    amount = guards.check_amount(data.amount, "amount", name_large=False)
    if not prod.min_amount <= amount <= prod.max_amount:
        raise ValidationError(
            "amount",
            f"{prod.name}: plafon {format_rupiah(prod.min_amount)} s.d. "
            f"{format_rupiah(prod.max_amount)}.",
        )
    if isinstance(data.tenor, bool) or not isinstance(data.tenor, int):
        raise ValidationError("tenor", "Jangka waktu harus bilangan bulan.")
    if not prod.min_tenor <= data.tenor <= prod.max_tenor:
        raise ValidationError(
            "tenor", f"{prod.name}: jangka waktu {prod.min_tenor}–{prod.max_tenor} bulan."
        )
    rate = (
        prod.rate_percent
        if data.rate_percent is None
        else parse_percent(data.rate_percent, field="rate")
    )
    return check_terms(
        Terms(amount, rate, prod.rate_period, data.tenor, prod.method, prod.rounding)
    )


@causes(Changes(journal=True))
def apply(session: Session, actor: Actor, data: LoanApplication) -> LoanInfo:
    """Record a loan application (``loans.apply``); it waits for another user's approval."""
    authorize(session, actor, Permission.LOANS_APPLY)
    on = guards.check_date(data.applied_on, "applied_on")
    member = register.member_row(session, data.member)
    if member.status != MemberStatus.AKTIF:
        raise DomainError(
            f"{member.full_name} ({member.number}) berstatus {member.status}; hanya anggota "
            "aktif yang dapat mengajukan pinjaman."
        )
    if on < member.join_date:
        raise ValidationError("applied_on", "Tanggal pengajuan sebelum tanggal masuk anggota.")
    journal.open_year_for(session, on, what="pengajuan pinjaman")
    prod = get_product(session, data.product)
    if not prod.active:
        raise DomainError(f"Produk {prod.name} tidak aktif lagi.")
    terms = _application_terms(prod, data)
    schedule(terms, on)  # refuses an installment the product's rounding cannot fit
    if isinstance(data.collateral_value, bool) or not isinstance(data.collateral_value, int):
        raise ValidationError("collateral_value", "Nilai agunan harus rupiah bulat.")
    if data.collateral_value < 0:
        raise ValidationError("collateral_value", "Nilai agunan tidak boleh negatif.")
    purpose = " ".join(data.purpose.split())
    if len(purpose) > 500:
        raise ValidationError("purpose", "Tujuan pinjaman paling panjang 500 huruf.")
    guarantors = [" ".join(g.split()) for g in data.guarantors if g.strip()]
    row = Loan(
        number=next_number(session, "PJ", on.year),
        member_id=member.id,
        product_id=prod.id,
        status=LoanStatus.DIAJUKAN,
        amount=terms.principal,
        tenor=terms.tenor,
        method=terms.method.value,
        rate_percent=str(terms.rate_percent),
        rate_period=terms.rate_period.value,
        rounding=terms.rounding.value,
        purpose=purpose,
        collateral=data.collateral.strip(),
        collateral_value=data.collateral_value,
        guarantors="\n".join(guarantors),
        applied_on=on,
        applied_by=actor.username,
        created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "loan.apply",
        row.number,
        after={
            "anggota": member.number,
            "produk": prod.code,
            "pokok": terms.principal,
            "jangka": terms.tenor,
            "bunga": f"{terms.rate_percent}% {terms.rate_period.label}",
        },
    )
    return loan_info(session, row)


def review(session: Session, number: str, on: dt.date) -> list[str]:
    """What an approver should know: related-party limit, arrears on other loans."""
    row = loan_row(session, number)
    member = session.get(Member, row.member_id)
    assert member is not None
    warnings = []
    related = loan_quality.related_party_check(session, member.id, row.amount, on)
    if related is not None:
        warnings.append(related)
    for other in session.execute(
        select(Loan).where(
            Loan.member_id == member.id, Loan.status == LoanStatus.AKTIF, Loan.id != row.id
        )
    ).scalars():
        position = loan_quality.position(session, other.number, on)
        if position.days_past_due > 0:
            warnings.append(
                f"{member.full_name} menunggak pinjaman {other.number}: "
                f"{format_rupiah(position.overdue_total)}, {position.days_past_due} hari."
            )
    return warnings


@causes(Changes(journal=True))
def approve(
    session: Session, actor: Actor, number: str, on: dt.date, *, note: str = ""
) -> LoanInfo:
    """Approve an application (``loans.approve``) — never by the user who entered it.

    The warnings (related party above the limit, arrears on other loans) are
    stored with the decision, so the file shows what the approver knew.
    """
    authorize(session, actor, Permission.LOANS_APPROVE)
    on = guards.check_date(on)
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.DIAJUKAN, "disetujui")
    if row.applied_by == actor.username:
        raise DomainError(
            f"Pengajuan {row.number} dicatat oleh {actor.username}; persetujuan harus oleh "
            "pengguna lain (pengurus yang berwenang)."
        )
    if on < row.applied_on:
        raise ValidationError("date", "Tanggal persetujuan sebelum tanggal pengajuan.")
    journal.open_year_for(session, on, what="persetujuan pinjaman")
    warnings = review(session, row.number, on)
    row.status, row.decided_on, row.decided_by = LoanStatus.DISETUJUI, on, actor.username
    row.decision_note = " ".join(note.split())
    row.warnings = "\n".join(warnings)
    session.flush()
    audit.record(
        session,
        actor,
        "loan.approve",
        row.number,
        after={"tanggal": on, "catatan": row.decision_note, "peringatan": warnings},
    )
    return loan_info(session, row)


@causes(Changes(journal=True))
def reject(session: Session, actor: Actor, number: str, on: dt.date, *, reason: str) -> LoanInfo:
    """Reject an application (``loans.approve``), with the reason."""
    authorize(session, actor, Permission.LOANS_APPROVE)
    on = guards.check_date(on)
    row = loan_row(session, number, lock=True)
    require_status(row, LoanStatus.DIAJUKAN, "ditolak")
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan penolakan (paling sedikit 5 huruf).")
    if on < row.applied_on:
        raise ValidationError("date", "Tanggal penolakan sebelum tanggal pengajuan.")
    journal.open_year_for(session, on, what="penolakan pinjaman")
    row.status, row.decided_on, row.decided_by, row.decision_note = (
        LoanStatus.DITOLAK,
        on,
        actor.username,
        clean,
    )
    session.flush()
    audit.record(session, actor, "loan.reject", row.number, after={"alasan": clean})
    return loan_info(session, row)
