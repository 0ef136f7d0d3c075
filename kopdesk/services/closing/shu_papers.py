"""The SHU papers' data: the daftar pembagian SHU (the parts and every member's
share), the members' SHU slips, the receipt of a payment, and the SHU part of
the RAT book.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import shu as shu_rules
from kopdesk.domain.papers.rat import (
    RatShu,
    ShuListReport,
    ShuMemberRow,
    ShuPartRow,
    ShuReceipt,
    ShuSlip,
    ShuSlipsReport,
)
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.errors import KopdeskError, NotFoundError
from kopdesk.models import (
    AppUser,
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    ShuMember,
    ShuPayment,
)
from kopdesk.services.closing import shu
from kopdesk.services.closing.yearend import year_bounds
from kopdesk.services.ledger import books
from kopdesk.services.ledger.reports import LedgerInvariantError

__all__ = ["rat_shu", "shu_list", "shu_receipt", "shu_slips"]


def _shu_list(session: Session, year: int, result: shu.ShuResult) -> ShuListReport:
    """The SHU list of ``result`` (a ``shu.ShuResult``), totals checked against its parts."""
    plan = result.plan
    parts = tuple(
        ShuPartRow(p.key, p.label, Decimal(plan.allocation.get(p.key, 0)), result.parts[p.key])
        for p in shu_rules.PARTS
    )
    rows = tuple(
        ShuMemberRow(
            m.number,
            m.name,
            m.modal_basis,
            m.usaha_basis,
            m.jasa_modal,
            m.jasa_usaha,
            m.total,
            m.paid,
        )
        for m in sorted(result.members, key=lambda m: m.number)
    )
    report = ShuListReport(
        header=books.get_profile(session).header,
        year=year,
        pool=result.shared,
        parts=parts,
        modal_basis_label=_modal_label(plan),
        usaha_basis_label=shu_rules.USAHA_BASES.get(plan.usaha_basis, plan.usaha_basis),
        include_sukarela=bool(plan.include_sukarela),
        decision=plan.decision,
        posted=bool(result.posted),
        rows=rows,
        total_modal_basis=sum(r.modal_basis for r in rows),
        total_usaha_basis=sum(r.usaha_basis for r in rows),
        total_jasa_modal=sum(r.jasa_modal for r in rows),
        total_jasa_usaha=sum(r.jasa_usaha for r in rows),
        total=sum(r.total for r in rows),
        total_paid=sum(r.paid for r in rows),
        undistributed=result.undistributed,
        non_member=result.non_member,
        non_member_income=result.non_member_income,
        income_total=result.income_total,
    )
    members_part = result.parts[shu_rules.JASA_MODAL] + result.parts[shu_rules.JASA_USAHA]
    if (
        sum(p.amount for p in parts) != report.pool
        or report.total + report.undistributed != members_part
        or report.total != report.total_jasa_modal + report.total_jasa_usaha
    ):
        raise LedgerInvariantError(f"SHU {year}: members' shares do not add up to their parts")
    return report


def _modal_label(plan: shu.PlanInput) -> str:
    label = shu_rules.MODAL_BASES.get(plan.modal_basis, plan.modal_basis)
    what = "pokok + wajib + sukarela" if plan.include_sukarela else "pokok + wajib"
    return f"{label} ({what})"


def shu_list(session: Session, year: int) -> ShuListReport:
    """Daftar pembagian SHU of ``year``: the parts and every member's share."""
    year_bounds(session, year)
    return _shu_list(session, year, shu.compute(session, year))


def _exact(basis: int, total: int, part: int) -> Decimal:
    if not total:
        return Decimal("0.00")
    value = Fraction(basis * part, total)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"))


def shu_slips(session: Session, year: int, member_numbers: Sequence[str] = ()) -> ShuSlipsReport:
    """SHU slips of the given members (all members with a share when none given),
    with the numbers of both formulas and the payment, if paid."""
    listing = shu_list(session, year)
    wanted = [n.strip().upper() for n in member_numbers]
    by_number = {r.number: r for r in listing.rows}
    missing = [n for n in wanted if n not in by_number]
    if missing:
        raise NotFoundError(
            f"Anggota {', '.join(missing)} tidak mendapat SHU tahun {year} (atau tidak ada)."
        )
    chosen = [by_number[n] for n in wanted] if wanted else list(listing.rows)
    payments = _payments(session, year)
    parts = {p.key: p for p in listing.parts}
    jm, ju = parts[shu_rules.JASA_MODAL], parts[shu_rules.JASA_USAHA]
    slips = []
    for r in chosen:
        paid = payments.get(r.number)
        slips.append(
            ShuSlip(
                r.number,
                r.name,
                r.modal_basis,
                listing.total_modal_basis,
                jm.percent,
                jm.amount,
                _exact(r.modal_basis, listing.total_modal_basis, jm.amount),
                r.jasa_modal,
                r.usaha_basis,
                listing.total_usaha_basis,
                ju.percent,
                ju.amount,
                _exact(r.usaha_basis, listing.total_usaha_basis, ju.amount),
                r.jasa_usaha,
                r.total,
                terbilang_rupiah(r.total),
                r.paid,
                paid[0] if paid else "",
                paid[1] if paid else None,
                paid[2] if paid else "",
            )
        )
    return ShuSlipsReport(
        listing.header,
        year,
        listing.pool,
        listing.modal_basis_label,
        listing.usaha_basis_label,
        listing.posted,
        tuple(slips),
    )


def _payments(session: Session, year: int) -> dict[str, tuple[str, dt.date, str]]:
    """Member number → (method, date, receipt) of the year's SHU payments."""
    return {
        number: (method, date, receipt)
        for number, method, date, receipt in session.execute(
            select(Member.number, ShuPayment.method, ShuPayment.date, ShuPayment.receipt_number)
            .join(Member, Member.id == ShuPayment.member_id)
            .where(ShuPayment.year == year)
        ).all()
    }


def shu_receipt(session: Session, receipt_number: str) -> ShuReceipt:
    """The kuitansi of the SHU payment ``receipt_number`` (``SHU-2026-000001``)."""
    clean = receipt_number.strip().upper()
    row = session.execute(select(ShuPayment).where(ShuPayment.receipt_number == clean)).scalar()
    if row is None:
        raise NotFoundError(f"Kuitansi SHU {clean} tidak ditemukan.")
    member = session.get(Member, row.member_id)
    entry = session.get(JournalEntry, row.entry_id)
    assert member is not None
    assert entry is not None
    share = session.execute(
        select(ShuMember).where(ShuMember.year == row.year, ShuMember.member_id == member.id)
    ).scalar()
    account = session.execute(
        select(SavingsAccount.number)
        .join(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
        .where(JournalLine.entry_id == entry.id)
    ).scalar()
    teller = session.execute(select(AppUser.full_name).where(AppUser.username == row.paid_by))
    return ShuReceipt(
        header=books.get_profile(session).header,
        number=row.receipt_number,
        year=row.year,
        date=row.date,
        member_number=member.number,
        member_name=member.full_name,
        amount=row.amount,
        amount_words=terbilang_rupiah(row.amount),
        method=row.method,
        savings_account=account or "",
        jasa_modal=share.jasa_modal if share is not None else 0,
        jasa_usaha=share.jasa_usaha if share is not None else 0,
        entry_number=entry.number,
        teller=teller.scalar() or row.paid_by,
    )


def rat_shu(session: Session, year: int) -> RatShu:
    try:
        return RatShu(_shu_list(session, year, shu.compute(session, year)))
    except KopdeskError as exc:
        return RatShu(None, exc.message)
