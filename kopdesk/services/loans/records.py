"""The loan file: a loan read back (:class:`LoanInfo`), its numbers, its events
(pencairan, angsuran, pelunasan, restrukturisasi, hapus buku) with what each
paid, its outstanding principal, and the lists of loans.

A loan's outstanding principal is the sum of the receivable lines that carry it
(debit-positive, integer rupiah), so the loan sub-ledger always equals the
receivable accounts. The guards every loan action shares live here too: the
loan's status, the payment account, payments kept in date order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.loans import Allocation, Method, RatePeriod, Terms
from kopdesk.domain.money import Rounding
from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import (
    Account,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    LoanPaymentPart,
    LoanProduct,
    Member,
    core_table,
)
from kopdesk.services.base import audit
from kopdesk.services.base.sequences import next_value
from kopdesk.services.ledger import guards, journal

__all__ = [
    "EVENT_PREFIX",
    "SOURCE",
    "STATUS_LABEL",
    "EventInfo",
    "LoanInfo",
    "LoanRow",
    "close_if_paid",
    "events_of",
    "get_event",
    "get_loan",
    "loan_info",
    "loan_row",
    "loan_rows",
    "next_number",
    "no_later_payment",
    "not_before_last_event",
    "outstanding",
    "payment_account",
    "record_event",
    "require_status",
]

SOURCE = "pinjaman"

STATUS_LABEL: dict[str, str] = {
    LoanStatus.DIAJUKAN: "Diajukan",
    LoanStatus.DISETUJUI: "Disetujui",
    LoanStatus.DITOLAK: "Ditolak",
    LoanStatus.AKTIF: "Berjalan",
    LoanStatus.LUNAS: "Lunas",
    LoanStatus.DIRESTRUKTURISASI: "Direstrukturisasi",
    LoanStatus.DIHAPUS: "Dihapus buku",
}
EVENT_PREFIX: dict[str, str] = {
    LoanEventKind.CAIR: "PC",
    LoanEventKind.ANGSURAN: "BA",
    LoanEventKind.PELUNASAN: "BA",
    LoanEventKind.RESTRUKTURISASI: "RS",
    LoanEventKind.HAPUS: "HB",
    LoanEventKind.SALDO_AWAL: "SA",
}


def payment_account(session: Session, code: str) -> Account:
    """The active cash or bank account with ``code`` that loan money goes through."""
    return guards.payment_account(session, code, "Pilih akun kas atau bank")


@dataclass(frozen=True)
class LoanInfo:
    id: int
    number: str
    member_id: int
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    status: str
    amount: int
    tenor: int
    method: Method
    rate_percent: Decimal
    rate_period: RatePeriod
    rounding: Rounding
    purpose: str
    collateral: str
    collateral_value: int
    guarantors: tuple[str, ...]
    applied_on: dt.date
    applied_by: str
    decided_on: dt.date | None
    decided_by: str | None
    decision_note: str
    warnings: tuple[str, ...]
    disbursed_on: dt.date | None
    provisi: int
    admin_fee: int
    closed_on: dt.date | None
    restructured_from: str | None
    restructured_into: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABEL[self.status]

    @property
    def terms(self) -> Terms:
        return Terms(
            self.amount, self.rate_percent, self.rate_period, self.tenor, self.method, self.rounding
        )

    @property
    def net_disbursed(self) -> int:
        return self.amount - self.provisi - self.admin_fee


_LOAN_BY_NUMBER = select(Loan).where(Loan.number == bindparam("number"))
_LOAN_BY_NUMBER_LOCKED = _LOAN_BY_NUMBER.with_for_update()


def loan_row(session: Session, number: str, *, lock: bool = False) -> Loan:
    stmt = _LOAN_BY_NUMBER_LOCKED if lock else _LOAN_BY_NUMBER
    row = session.execute(stmt, {"number": number.strip().upper()}).scalar()
    if row is None:
        raise NotFoundError(f"Pinjaman {number} tidak ditemukan.")
    return row


def get_loan(session: Session, number: str) -> LoanInfo:
    return loan_info(session, loan_row(session, number))


def loan_info(session: Session, row: Loan) -> LoanInfo:
    member = session.get(Member, row.member_id)
    product = session.get(LoanProduct, row.product_id)
    assert member is not None
    assert product is not None
    origin = session.get(Loan, row.restructured_from_id) if row.restructured_from_id else None
    into = session.execute(select(Loan.number).where(Loan.restructured_from_id == row.id)).scalar()
    return LoanInfo(
        id=row.id,
        number=row.number,
        member_id=member.id,
        member_number=member.number,
        member_name=member.full_name,
        product_code=product.code,
        product_name=product.name,
        status=row.status,
        amount=row.amount,
        tenor=row.tenor,
        method=Method(row.method),
        rate_percent=Decimal(row.rate_percent),
        rate_period=RatePeriod(row.rate_period),
        rounding=Rounding(row.rounding),
        purpose=row.purpose,
        collateral=row.collateral,
        collateral_value=row.collateral_value,
        guarantors=tuple(g for g in row.guarantors.splitlines() if g.strip()),
        applied_on=row.applied_on,
        applied_by=row.applied_by,
        decided_on=row.decided_on,
        decided_by=row.decided_by,
        decision_note=row.decision_note,
        warnings=tuple(w for w in row.warnings.splitlines() if w.strip()),
        disbursed_on=row.disbursed_on,
        provisi=row.provisi,
        admin_fee=row.admin_fee,
        closed_on=row.closed_on,
        restructured_from=origin.number if origin else None,
        restructured_into=into,
    )


def next_number(session: Session, prefix: str, year: int, width: int = 4) -> str:
    return f"{prefix}-{year}-{next_value(session, f'{prefix}-{year}'):0{width}d}"


def require_status(row: Loan, wanted: str, action: str) -> None:
    if row.status != wanted:
        raise DomainError(
            f"Pinjaman {row.number} berstatus {STATUS_LABEL[row.status].lower()}; "
            f"tidak dapat {action}."
        )


@dataclass(frozen=True)
class EventInfo:
    number: str
    kind: str
    loan_number: str
    member_number: str
    member_name: str
    date: dt.date
    cash: int
    principal: int
    interest: int
    late_fee: int
    overpayment: int
    entry_number: str | None
    note: str
    created_by: str
    outstanding_after: int
    parts: tuple[Allocation, ...] = field(default=())


def outstanding(session: Session, loan_id: int, on: dt.date | None = None) -> int:
    """Principal still owed: the sum of the loan's receivable lines (debit-positive)."""
    stmt = select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
        JournalLine.loan_id == loan_id
    )
    if on is not None:
        stmt = stmt.where(JournalLine.date <= on)
    return int(session.execute(stmt).scalar_one())


_INSERT_EVENT = insert(core_table(LoanEvent)).returning(core_table(LoanEvent).c.id)
_INSERT_PARTS = insert(core_table(LoanPaymentPart))
"""Built once: every payment records an event and its split."""


def record_event(
    session: Session,
    actor: Actor,
    row: Loan,
    *,
    kind: str,
    on: dt.date,
    cash: int,
    principal: int = 0,
    interest: int = 0,
    late: int = 0,
    over: int = 0,
    cash_account: Account | None = None,
    entry: journal.EntryInfo | None,
    note: str = "",
    parts: Iterable[Allocation] = (),
) -> EventInfo:
    number = next_number(session, EVENT_PREFIX[kind], on.year, width=6)
    event_id = session.execute(
        _INSERT_EVENT,
        {
            "number": number,
            "loan_id": row.id,
            "kind": kind,
            "date": on,
            "cash": cash,
            "principal": principal,
            "interest": interest,
            "late_fee": late,
            "overpayment": over,
            "cash_account_id": cash_account.id if cash_account else None,
            "entry_id": entry.id if entry else None,
            "note": note,
            "created_by": actor.username,
            "created_at": clock.now(),
        },
    ).scalar_one()
    paid = sorted((p for p in parts if p.total), key=lambda p: p.number)
    rows = [
        {
            "event_id": event_id,
            "number": p.number,
            "late_fee": p.denda,
            "interest": p.bunga,
            "principal": p.pokok,
        }
        for p in paid
    ]
    if rows:
        session.execute(_INSERT_PARTS, rows)
    audit.record(
        session,
        actor,
        f"loan.{kind}",
        number,
        after={
            "pinjaman": row.number,
            "tanggal": on,
            "kas": cash,
            **({"pokok": principal} if principal else {}),
            **({"bunga": interest} if interest else {}),
            **({"denda": late} if late else {}),
            **({"lebih_bayar": over} if over else {}),
            **({"jurnal": entry.number} if entry else {}),
            **({"catatan": note} if note else {}),
        },
    )
    member = session.get(Member, row.member_id)
    assert member is not None
    return EventInfo(
        number=number,
        kind=kind,
        loan_number=row.number,
        member_number=member.number,
        member_name=member.full_name,
        date=on,
        cash=cash,
        principal=principal,
        interest=interest,
        late_fee=late,
        overpayment=over,
        entry_number=entry.number if entry else None,
        note=note,
        created_by=actor.username,
        # the entry just posted is the loan's latest: its balance after it is the balance now
        outstanding_after=outstanding(session, row.id, None if entry else on),
        parts=tuple(paid),
    )


def get_event(session: Session, number: str) -> EventInfo:
    event = session.execute(
        select(LoanEvent).where(LoanEvent.number == number.strip().upper())
    ).scalar()
    if event is None:
        raise NotFoundError(f"Transaksi pinjaman {number} tidak ditemukan.")
    row = session.get(Loan, event.loan_id)
    assert row is not None
    member = session.get(Member, row.member_id)
    assert member is not None
    entry = session.get(JournalEntry, event.entry_id) if event.entry_id else None
    parts = session.execute(
        select(LoanPaymentPart)
        .where(LoanPaymentPart.event_id == event.id)
        .order_by(LoanPaymentPart.number)
    ).scalars()
    after = int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.loan_id == row.id,
                JournalLine.entry_id <= (event.entry_id or 0)
                if event.entry_id
                else JournalLine.date <= event.date,
            )
        ).scalar_one()
    )
    return EventInfo(
        number=event.number,
        kind=event.kind,
        loan_number=row.number,
        member_number=member.number,
        member_name=member.full_name,
        date=event.date,
        cash=event.cash,
        principal=event.principal,
        interest=event.interest,
        late_fee=event.late_fee,
        overpayment=event.overpayment,
        entry_number=entry.number if entry else None,
        note=event.note,
        created_by=event.created_by,
        outstanding_after=after,
        parts=tuple(Allocation(p.number, p.late_fee, p.interest, p.principal) for p in parts),
    )


def no_later_payment(session: Session, row: Loan, on: dt.date) -> None:
    later = session.execute(
        select(func.max(LoanEvent.date)).where(
            LoanEvent.loan_id == row.id,
            LoanEvent.kind.in_((LoanEventKind.ANGSURAN, LoanEventKind.PELUNASAN)),
        )
    ).scalar()
    if later is not None and later > on:
        raise ValidationError(
            "date",
            f"Sudah ada pembayaran {row.number} bertanggal {later:%d-%m-%Y}; pembayaran "
            "dicatat berurutan menurut tanggal.",
        )


def not_before_last_event(session: Session, row: Loan, on: dt.date) -> None:
    """Restructuring and write-off come after the loan's last event, never before it."""
    last = session.execute(
        select(func.max(LoanEvent.date)).where(LoanEvent.loan_id == row.id)
    ).scalar()
    if last is not None and on < last:
        raise ValidationError(
            "date",
            f"Pinjaman {row.number} punya transaksi bertanggal {last:%d-%m-%Y}; tanggal ini "
            "tidak boleh sebelumnya.",
        )


def close_if_paid(session: Session, row: Loan, on: dt.date, left: int) -> None:
    """Mark the loan paid off when ``left`` (its outstanding now) is nothing."""
    if left == 0:
        row.status, row.closed_on = LoanStatus.LUNAS, on
        session.flush()


@dataclass(frozen=True)
class LoanRow:
    number: str
    member_number: str
    member_name: str
    product_name: str
    status: str
    amount: int
    applied_on: dt.date
    disbursed_on: dt.date | None
    outstanding: int

    @property
    def status_label(self) -> str:
        return STATUS_LABEL[self.status]


def loan_rows(
    session: Session,
    *,
    statuses: Sequence[str] | None = None,
    member_number: str | None = None,
    search: str = "",
) -> list[LoanRow]:
    """Loans newest first, with their outstanding principal."""
    balance = (
        select(JournalLine.loan_id, func.sum(JournalLine.amount).label("owed"))
        .where(JournalLine.loan_id.is_not(None))
        .group_by(JournalLine.loan_id)
        .subquery()
    )
    stmt = (
        select(Loan, Member.number, Member.full_name, LoanProduct.name, balance.c.owed)
        .join(Member, Member.id == Loan.member_id)
        .join(LoanProduct, LoanProduct.id == Loan.product_id)
        .outerjoin(balance, balance.c.loan_id == Loan.id)
        .order_by(Loan.applied_on.desc(), Loan.id.desc())
    )
    if statuses:
        stmt = stmt.where(Loan.status.in_(list(statuses)))
    if member_number:
        stmt = stmt.where(Member.number == member_number.strip().upper())
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        stmt = stmt.where(
            func.lower(Loan.number).like(pattern)
            | func.lower(Member.full_name).like(pattern)
            | func.lower(Member.number).like(pattern)
        )
    return [
        LoanRow(
            loan.number,
            number,
            name,
            product,
            loan.status,
            loan.amount,
            loan.applied_on,
            loan.disbursed_on,
            int(owed or 0),
        )
        for loan, number, name, product, owed in session.execute(stmt).all()
    ]


def events_of(session: Session, number: str) -> list[EventInfo]:
    row = loan_row(session, number)
    numbers = session.execute(
        select(LoanEvent.number).where(LoanEvent.loan_id == row.id).order_by(LoanEvent.id)
    ).scalars()
    return [get_event(session, n) for n in numbers]
