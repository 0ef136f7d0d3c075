"""Loans (pinjaman): products, applications, approval, disbursement, payments.

Every money event posts one balanced journal entry in the caller's unit of
work, with ``loan_id`` on the receivable-account lines: a loan's outstanding
principal is the sum of those lines, so the loan sub-ledger always equals the
receivable accounts. Interest, late fees and fees are income when received
(cash basis, the common koperasi practice). Refused input raises before
anything is written.

Arrears, kolektibilitas and the allowance live in
:mod:`kopdesk.services.loans.quality`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.loans import (
    DEFAULT_PRODUCTS,
    Allocation,
    Due,
    FeePeriod,
    Installment,
    LateFeeRule,
    Method,
    Part,
    RatePeriod,
    Terms,
    allocate_in_advance,
    allocate_payment,
    check_terms,
    days_past_due,
    fee,
    late_fee,
    parse_order,
    schedule,
)
from kopdesk.domain.money import Rounding, format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind, parse_percent
from kopdesk.errors import (
    DomainError,
    InsufficientBalanceError,
    NotFoundError,
    ValidationError,
)
from kopdesk.models import (
    Account,
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstallment,
    LoanPaymentPart,
    LoanProduct,
    Member,
    core_table,
)
from kopdesk.services.base import approvals, audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.sequences import next_value
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.savings import core as savings

SOURCE = "pinjaman"
CASH_ACCOUNTS = savings.CASH_ACCOUNTS
CASH_ACCOUNT = savings.CASH_ACCOUNT
ALLOWANCE_ACCOUNT = "1390"
ALLOWANCE_EXPENSE = "5201"
OPEN = ("aktif",)

STATUS_LABEL = {
    "diajukan": "Diajukan",
    "disetujui": "Disetujui",
    "ditolak": "Ditolak",
    "aktif": "Berjalan",
    "lunas": "Lunas",
    "direstrukturisasi": "Direstrukturisasi",
    "dihapus": "Dihapus buku",
}
EVENT_PREFIX = {
    "cair": "PC",
    "angsuran": "BA",
    "pelunasan": "BA",
    "restrukturisasi": "RS",
    "hapus": "HB",
    "saldo_awal": "SA",
}


# --- products ---------------------------------------------------------------------


@dataclass(frozen=True)
class LoanProductInfo:
    id: int
    code: str
    name: str
    method: Method
    rate_percent: Decimal
    rate_period: RatePeriod
    min_amount: int
    max_amount: int
    min_tenor: int
    max_tenor: int
    provisi_kind: str
    provisi_value: Decimal
    admin_kind: str
    admin_value: Decimal
    late_fee: LateFeeRule
    rounding: Rounding
    allocation_order: tuple[Part, ...]
    overpayment: str
    account_code: str
    interest_account_code: str
    provisi_account_code: str
    admin_account_code: str
    late_fee_account_code: str
    active: bool

    def fees(self, principal: int) -> tuple[int, int]:
        """Provisi and administration fee for a loan of ``principal``."""
        return (
            fee(self.provisi_kind, self.provisi_value, principal),
            fee(self.admin_kind, self.admin_value, principal),
        )


@dataclass(frozen=True)
class LoanProductInput:
    name: str
    method: Method
    rate_percent: str
    rate_period: RatePeriod
    min_amount: int
    max_amount: int
    min_tenor: int
    max_tenor: int
    provisi_kind: str
    provisi_value: str
    admin_kind: str
    admin_value: str
    late_fee_percent: str
    late_fee_period: FeePeriod
    grace_days: int
    rounding: Rounding
    allocation_order: str
    overpayment: str
    account_code: str
    active: bool = True
    interest_account_code: str | None = None
    """Income accounts; None keeps the product's current one."""
    provisi_account_code: str | None = None
    admin_account_code: str | None = None
    late_fee_account_code: str | None = None


def seed_products(session: Session) -> None:
    """Give a new book the default loan products (umum, usaha, darurat)."""
    ids = dict(session.execute(select(Account.code, Account.id)).all())
    for p in DEFAULT_PRODUCTS:
        session.add(
            LoanProduct(
                code=p.code,
                name=p.name,
                method=p.method.value,
                rate_percent=p.rate_percent,
                rate_period=p.rate_period.value,
                min_amount=p.min_amount,
                max_amount=p.max_amount,
                min_tenor=p.min_tenor,
                max_tenor=p.max_tenor,
                provisi_kind=p.provisi_kind,
                provisi_value=p.provisi_value,
                admin_kind=p.admin_kind,
                admin_value=p.admin_value,
                late_fee_percent=p.late_fee_percent,
                late_fee_period=p.late_fee_period.value,
                grace_days=p.grace_days,
                rounding=p.rounding.value,
                allocation_order="denda,bunga,pokok",
                overpayment="next",
                account_id=ids[p.account],
                interest_account_id=ids["4101"],
                provisi_account_id=ids["4103"],
                admin_account_id=ids["4102"],
                late_fee_account_id=ids["4104"],
                active=True,
            )
        )
    session.flush()


def _product_info(row: LoanProduct, codes: dict[int, str]) -> LoanProductInfo:
    return LoanProductInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        method=Method(row.method),
        rate_percent=Decimal(row.rate_percent),
        rate_period=RatePeriod(row.rate_period),
        min_amount=row.min_amount,
        max_amount=row.max_amount,
        min_tenor=row.min_tenor,
        max_tenor=row.max_tenor,
        provisi_kind=row.provisi_kind,
        provisi_value=Decimal(row.provisi_value),
        admin_kind=row.admin_kind,
        admin_value=Decimal(row.admin_value),
        late_fee=LateFeeRule(
            Decimal(row.late_fee_percent), FeePeriod(row.late_fee_period), row.grace_days
        ),
        rounding=Rounding(row.rounding),
        allocation_order=parse_order(row.allocation_order),
        overpayment=row.overpayment,
        account_code=codes[row.account_id],
        interest_account_code=codes[row.interest_account_id],
        provisi_account_code=codes[row.provisi_account_id],
        admin_account_code=codes[row.admin_account_id],
        late_fee_account_code=codes[row.late_fee_account_id],
        active=row.active,
    )


def _codes(session: Session) -> dict[int, str]:
    return accounts.code_map(session)


def list_products(session: Session, *, active_only: bool = False) -> list[LoanProductInfo]:
    stmt = select(LoanProduct).order_by(LoanProduct.id)
    if active_only:
        stmt = stmt.where(LoanProduct.active.is_(True))
    codes = _codes(session)
    return [_product_info(r, codes) for r in session.execute(stmt).scalars()]


def get_product(session: Session, code: str) -> LoanProductInfo:
    return _product_info(_product_row(session, code), _codes(session))


def _product_row(session: Session, code: str) -> LoanProduct:
    row = session.execute(
        select(LoanProduct).where(LoanProduct.code == code.strip().lower())
    ).scalar()
    if row is None:
        known = ", ".join(session.execute(select(LoanProduct.code)).scalars())
        raise NotFoundError(f"Produk pinjaman '{code}' tidak ada. Produk yang ada: {known}.")
    return row


def update_product(
    session: Session,
    actor: Actor,
    code: str,
    data: LoanProductInput,
    *,
    approval: int | None = None,
) -> LoanProductInfo:
    """Change a loan product's terms (``loans.manage``); a rate change needs a second
    person's approval. Loans already made keep the terms they were made with."""
    authorize(session, actor, Permission.LOANS_MANAGE)
    row = _product_row(session, code)
    before = get_product(session, code)
    name = " ".join(data.name.split())
    if not 3 <= len(name) <= 100:
        raise ValidationError("name", "Nama produk 3–100 huruf.")
    rate = parse_percent(data.rate_percent, field="rate_percent")
    provisi = _fee_value(data.provisi_kind, data.provisi_value, "provisi_value")
    admin = _fee_value(data.admin_kind, data.admin_value, "admin_value")
    late = parse_percent(data.late_fee_percent, field="late_fee_percent", maximum=Decimal(10))
    order = parse_order(data.allocation_order)
    if not 0 < data.min_amount <= data.max_amount:
        raise ValidationError("min_amount", "Plafon minimum harus > 0 dan ≤ plafon maksimum.")
    if not 1 <= data.min_tenor <= data.max_tenor <= 360:
        raise ValidationError("min_tenor", "Jangka waktu 1–360 bulan, minimum ≤ maksimum.")
    if not 0 <= data.grace_days <= 90:
        raise ValidationError("grace_days", "Masa tenggang 0–90 hari.")
    if data.overpayment not in ("next", "sukarela", "refuse"):
        raise ValidationError("overpayment", "Kelebihan bayar: next, sukarela atau refuse.")
    account = session.execute(
        select(Account).where(Account.code == data.account_code.strip())
    ).scalar()
    if account is None or account.type != "aset" or not account.postable or account.contra:
        raise ValidationError("account_code", "Akun piutang pinjaman harus akun aset rinci.")
    if account.id != row.account_id and _has_loans(session, row.id):
        raise DomainError(
            f"Akun piutang {before.name} tidak dapat diganti: sudah ada pinjaman di akun "
            f"{before.account_code}."
        )
    rate_changed = rate != before.rate_percent or data.rate_period is not before.rate_period
    approver = None
    if rate_changed:
        approver = approvals.consume(session, actor, approval, Permission.LOANS_MANAGE, row.code)
    row.name = name
    row.method = Method(data.method).value
    row.rate_percent = str(rate)
    row.rate_period = RatePeriod(data.rate_period).value
    row.min_amount, row.max_amount = data.min_amount, data.max_amount
    row.min_tenor, row.max_tenor = data.min_tenor, data.max_tenor
    row.provisi_kind, row.provisi_value = data.provisi_kind, str(provisi)
    row.admin_kind, row.admin_value = data.admin_kind, str(admin)
    row.late_fee_percent = str(late)
    row.late_fee_period = FeePeriod(data.late_fee_period).value
    row.grace_days = data.grace_days
    row.rounding = Rounding(data.rounding).value
    row.allocation_order = ",".join(p.value for p in order)
    row.overpayment = data.overpayment
    row.account_id = account.id
    _set_income_accounts(session, row, data)
    row.active = data.active
    session.flush()
    after = get_product(session, code)
    changed = {
        k: (str(getattr(before, k)), str(getattr(after, k)))
        for k in (
            "name", "method", "rate_percent", "rate_period", "min_amount", "max_amount",
            "min_tenor", "max_tenor", "provisi_value", "admin_value", "late_fee", "rounding",
            "allocation_order", "overpayment", "account_code", "active",
            "interest_account_code", "provisi_account_code", "admin_account_code",
            "late_fee_account_code",
        )
        if getattr(before, k) != getattr(after, k)
    }  # fmt: skip
    audit.record(
        session,
        actor,
        "loan.product",
        row.code,
        before={k: v[0] for k, v in changed.items()},
        after={k: v[1] for k, v in changed.items()}
        | ({"disetujui_oleh": approver} if approver else {}),
    )
    return after


def _set_income_accounts(session: Session, row: LoanProduct, data: LoanProductInput) -> None:
    for attr, account_code, field_ in (
        ("interest_account_id", data.interest_account_code, "interest_account_code"),
        ("provisi_account_id", data.provisi_account_code, "provisi_account_code"),
        ("admin_account_id", data.admin_account_code, "admin_account_code"),
        ("late_fee_account_id", data.late_fee_account_code, "late_fee_account_code"),
    ):
        if account_code is not None:
            setattr(row, attr, _income_account(session, account_code, field_).id)


def _income_account(session: Session, code: str, field_: str) -> Account:
    row = session.execute(select(Account).where(Account.code == code.strip())).scalar()
    if row is None or row.type != "pendapatan" or not row.postable or not row.active:
        raise ValidationError(field_, f"Akun {code} bukan akun pendapatan rinci yang aktif.")
    return row


def _fee_value(kind: str, text: str, field_: str) -> Decimal:
    if kind not in ("fixed", "percent"):
        raise ValidationError(field_, "Biaya: tetap (fixed) atau persen (percent).")
    if kind == "percent":
        return parse_percent(text, field=field_, maximum=Decimal(20))
    try:
        value = Decimal(str(text).replace(".", "").replace(",", "").strip() or "0")
    except ArithmeticError:
        raise ValidationError(field_, f"Biaya '{text}' tidak dapat dibaca.") from None
    if value < 0 or value != value.to_integral_value():
        raise ValidationError(field_, "Biaya tetap harus rupiah bulat, tidak negatif.")
    return value


def _has_loans(session: Session, product_id: int) -> bool:
    return (
        session.execute(select(Loan.id).where(Loan.product_id == product_id).limit(1)).first()
        is not None
    )


# --- loans --------------------------------------------------------------------------


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


def _loan_row(session: Session, number: str, *, lock: bool = False) -> Loan:
    stmt = _LOAN_BY_NUMBER_LOCKED if lock else _LOAN_BY_NUMBER
    row = session.execute(stmt, {"number": number.strip().upper()}).scalar()
    if row is None:
        raise NotFoundError(f"Pinjaman {number} tidak ditemukan.")
    return row


def get_loan(session: Session, number: str) -> LoanInfo:
    return _loan_info(session, _loan_row(session, number))


def _loan_info(session: Session, row: Loan) -> LoanInfo:
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


def _member_row(session: Session, number: str) -> Member:
    row = session.execute(select(Member).where(Member.number == number.strip().upper())).scalar()
    if row is None:
        raise NotFoundError(f"Anggota {number} tidak ditemukan.")
    return row


def _check_date(on: object, field_: str = "date") -> dt.date:
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError(field_, "Tanggal tidak valid.")
    return on


def _check_amount(amount: object, field_: str = "amount") -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(field_, "Jumlah harus bilangan rupiah bulat.")
    if amount <= 0:
        raise ValidationError(field_, "Jumlah harus lebih dari nol.")
    if amount > 100_000_000_000:
        raise ValidationError(field_, "Jumlah terlalu besar; periksa lagi.")
    return amount


def _application_terms(prod: LoanProductInfo, data: LoanApplication) -> Terms:
    amount = _check_amount(data.amount, "amount")
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


def _next_number(session: Session, prefix: str, year: int, width: int = 4) -> str:
    return f"{prefix}-{year}-{next_value(session, f'{prefix}-{year}'):0{width}d}"


def apply(session: Session, actor: Actor, data: LoanApplication) -> LoanInfo:
    """Record a loan application (``loans.apply``); it waits for another user's approval."""
    authorize(session, actor, Permission.LOANS_APPLY)
    on = _check_date(data.applied_on, "applied_on")
    member = _member_row(session, data.member)
    if member.status != "aktif":
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
        number=_next_number(session, "PJ", on.year),
        member_id=member.id,
        product_id=prod.id,
        status="diajukan",
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
    return _loan_info(session, row)


def review(session: Session, number: str, on: dt.date) -> list[str]:
    """What an approver should know: related-party limit, arrears on other loans."""
    from kopdesk.services.loans import quality as loan_quality  # arrears need the quality module

    row = _loan_row(session, number)
    member = session.get(Member, row.member_id)
    assert member is not None
    warnings = []
    related = loan_quality.related_party_check(session, member.id, row.amount, on)
    if related is not None:
        warnings.append(related)
    for other in session.execute(
        select(Loan).where(Loan.member_id == member.id, Loan.status == "aktif", Loan.id != row.id)
    ).scalars():
        position = loan_quality.position(session, other.number, on)
        if position.days_past_due > 0:
            warnings.append(
                f"{member.full_name} menunggak pinjaman {other.number}: "
                f"{format_rupiah(position.overdue_total)}, {position.days_past_due} hari."
            )
    return warnings


def approve(
    session: Session, actor: Actor, number: str, on: dt.date, *, note: str = ""
) -> LoanInfo:
    """Approve an application (``loans.approve``) — never by the user who entered it.

    The warnings (related party above the limit, arrears on other loans) are
    stored with the decision, so the file shows what the approver knew.
    """
    authorize(session, actor, Permission.LOANS_APPROVE)
    on = _check_date(on)
    row = _loan_row(session, number, lock=True)
    _require_status(row, "diajukan", "disetujui")
    if row.applied_by == actor.username:
        raise DomainError(
            f"Pengajuan {row.number} dicatat oleh {actor.username}; persetujuan harus oleh "
            "pengguna lain (pengurus yang berwenang)."
        )
    if on < row.applied_on:
        raise ValidationError("date", "Tanggal persetujuan sebelum tanggal pengajuan.")
    journal.open_year_for(session, on, what="persetujuan pinjaman")
    warnings = review(session, row.number, on)
    row.status, row.decided_on, row.decided_by = "disetujui", on, actor.username
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
    return _loan_info(session, row)


def reject(session: Session, actor: Actor, number: str, on: dt.date, *, reason: str) -> LoanInfo:
    """Reject an application (``loans.approve``), with the reason."""
    authorize(session, actor, Permission.LOANS_APPROVE)
    on = _check_date(on)
    row = _loan_row(session, number, lock=True)
    _require_status(row, "diajukan", "ditolak")
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan penolakan (paling sedikit 5 huruf).")
    if on < row.applied_on:
        raise ValidationError("date", "Tanggal penolakan sebelum tanggal pengajuan.")
    journal.open_year_for(session, on, what="penolakan pinjaman")
    row.status, row.decided_on, row.decided_by, row.decision_note = (
        "ditolak",
        on,
        actor.username,
        clean,
    )
    session.flush()
    audit.record(session, actor, "loan.reject", row.number, after={"alasan": clean})
    return _loan_info(session, row)


def _require_status(row: Loan, wanted: str, action: str) -> None:
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


def _cash(session: Session, code: str) -> Account:
    if code.strip() not in CASH_ACCOUNTS:
        raise ValidationError(
            "cash_account", f"Pilih akun kas atau bank ({', '.join(CASH_ACCOUNTS)})."
        )
    row = accounts.by_code(session, code)
    if row is None or not row.active:
        raise ValidationError("cash_account", f"Akun {code} tidak aktif.")
    return row


def _cash_balance(session: Session, account_id: int, on: dt.date) -> int:
    return int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id, JournalLine.date <= on
            )
        ).scalar_one()
    )


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


def _record_event(
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
    number = _next_number(session, EVENT_PREFIX[kind], on.year, width=6)
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
    from kopdesk.models import JournalEntry

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


def _store_schedule(session: Session, loan_id: int, rows: Sequence[Installment]) -> None:
    session.execute(
        insert(LoanInstallment),
        [
            {
                "loan_id": loan_id,
                "number": x.number,
                "due_date": x.due_date,
                "principal": x.principal,
                "interest": x.interest,
            }
            for x in rows
        ],
    )


def disburse(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    cash_account: str = CASH_ACCOUNT,
) -> EventInfo:
    """Pay out an approved loan (``loans.disburse``): the receivable, the cash paid
    out net of provisi and administration, the fee income; the schedule is fixed."""
    authorize(session, actor, Permission.LOANS_DISBURSE)
    on = _check_date(on)
    cash = _cash(session, cash_account)
    row = _loan_row(session, number, lock=True)
    _require_status(row, "disetujui", "dicairkan")
    if row.decided_on is not None and on < row.decided_on:
        raise ValidationError("date", "Tanggal pencairan sebelum tanggal persetujuan.")
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
    info = _loan_info(session, row)
    provisi, admin = product.fees(row.amount)
    net = row.amount - provisi - admin
    if net <= 0:
        raise ValidationError("amount", "Biaya pinjaman tidak boleh menghabiskan pokoknya.")
    journal.open_year_for(session, on)
    at_hand = _cash_balance(session, cash.id, on)
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
    _store_schedule(session, row.id, rows)
    row.status, row.disbursed_on, row.provisi, row.admin_fee = "aktif", on, provisi, admin
    session.flush()
    return _record_event(
        session,
        actor,
        row,
        kind="cair",
        on=on,
        cash=net,
        principal=row.amount,
        cash_account=cash,
        entry=entry,
    )


def _product_by_id(session: Session, product_id: int) -> LoanProduct:
    row = session.get(LoanProduct, product_id)
    assert row is not None
    return row


# --- what is owed -----------------------------------------------------------------------


@dataclass(frozen=True)
class InstallmentState:
    number: int
    due_date: dt.date
    principal: int
    interest: int
    paid_principal: int
    paid_interest: int
    late_fee_accrued: int
    late_fee_paid: int

    @property
    def owed_principal(self) -> int:
        return self.principal - self.paid_principal

    @property
    def owed_interest(self) -> int:
        return self.interest - self.paid_interest

    @property
    def owed_late_fee(self) -> int:
        return max(self.late_fee_accrued - self.late_fee_paid, 0)

    def due(self) -> Due:
        return Due(
            self.number, self.due_date, self.owed_late_fee, self.owed_interest, self.owed_principal
        )


def installment_states(
    session: Session, loan_id: int, as_of: dt.date, rule: LateFeeRule
) -> list[InstallmentState]:
    """Each installment with what was paid on it and the late fee accrued by ``as_of``."""
    return installment_states_many(session, {loan_id: rule}, as_of)[loan_id]


def installment_states_many(
    session: Session, rules: dict[int, LateFeeRule], as_of: dt.date
) -> dict[int, list[InstallmentState]]:
    """:func:`installment_states` for many loans in two queries (portfolio reports)."""
    ids = list(rules)
    plans: dict[int, list[_Planned]] = {i: [] for i in ids}
    payments: dict[tuple[int, int], list[tuple[dt.date, int, int, int]]] = defaultdict(list)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for loan_id, number, due, principal, interest in session.execute(
            select(
                LoanInstallment.loan_id,
                LoanInstallment.number,
                LoanInstallment.due_date,
                LoanInstallment.principal,
                LoanInstallment.interest,
            )
            .where(LoanInstallment.loan_id.in_(chunk))
            .order_by(LoanInstallment.loan_id, LoanInstallment.number)
        ).all():
            plans[loan_id].append(_Planned(loan_id, number, due, int(principal), int(interest)))
        for loan_id, number, day, late, interest, principal in session.execute(
            select(
                LoanEvent.loan_id,
                LoanPaymentPart.number,
                LoanEvent.date,
                LoanPaymentPart.late_fee,
                LoanPaymentPart.interest,
                LoanPaymentPart.principal,
            )
            .join(LoanEvent, LoanEvent.id == LoanPaymentPart.event_id)
            .where(LoanEvent.loan_id.in_(chunk), LoanEvent.date <= as_of)
            .order_by(LoanEvent.date, LoanEvent.id)
        ).all():
            payments[(loan_id, number)].append((day, int(late), int(interest), int(principal)))
    return {
        loan_id: [
            _state(x, payments.get((loan_id, x.number), []), as_of, rules[loan_id])
            for x in plans[loan_id]
        ]
        for loan_id in ids
    }


class _Planned(NamedTuple):
    loan_id: int
    number: int
    due_date: dt.date
    principal: int
    interest: int


def _state(
    x: _Planned,
    paid: Sequence[tuple[dt.date, int, int, int]],
    as_of: dt.date,
    rule: LateFeeRule,
) -> InstallmentState:
    unpaid = x.principal + x.interest
    points = [(dt.date.min, unpaid)]
    for day, _late, interest, principal in paid:
        unpaid -= interest + principal
        points.append((day, unpaid))
    return InstallmentState(
        number=x.number,
        due_date=x.due_date,
        principal=x.principal,
        interest=x.interest,
        paid_principal=sum(p[3] for p in paid),
        paid_interest=sum(p[2] for p in paid),
        late_fee_accrued=late_fee(points, x.due_date, as_of, rule) if x.due_date < as_of else 0,
        late_fee_paid=sum(p[1] for p in paid),
    )


@dataclass(frozen=True)
class Bill:
    """What a member owes on a loan on a date (tagihan)."""

    loan_number: str
    as_of: dt.date
    late_fee: int
    interest: int
    principal: int
    """Principal of installments due by ``as_of``."""
    outstanding: int
    """All principal still owed."""
    days_past_due: int
    next_due: dt.date | None
    next_installment: int

    @property
    def total_due(self) -> int:
        return self.late_fee + self.interest + self.principal

    @property
    def payoff(self) -> int:
        """Pelunasan: late fees, interest due so far and all remaining principal."""
        return self.late_fee + self.interest + self.outstanding


def bill(session: Session, number: str, as_of: dt.date) -> Bill:
    row = _loan_row(session, number)
    if row.status != "aktif":
        raise DomainError(f"Pinjaman {row.number} tidak berjalan ({STATUS_LABEL[row.status]}).")
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
    states = installment_states(session, row.id, as_of, product.late_fee)
    due = [s for s in states if s.due_date <= as_of]
    future = [s for s in states if s.due_date > as_of and (s.owed_principal or s.owed_interest)]
    return Bill(
        loan_number=row.number,
        as_of=as_of,
        late_fee=sum(s.owed_late_fee for s in states),
        interest=sum(s.owed_interest for s in due),
        principal=sum(s.owed_principal for s in due),
        outstanding=outstanding(session, row.id),
        days_past_due=days_past_due([s.due() for s in states], as_of),
        next_due=future[0].due_date if future else None,
        next_installment=(future[0].owed_principal + future[0].owed_interest) if future else 0,
    )


def repay(
    session: Session,
    actor: Actor,
    number: str,
    amount: int,
    on: dt.date,
    *,
    cash_account: str = CASH_ACCOUNT,
    note: str = "",
) -> EventInfo:
    """Take a payment (``loans.disburse``): split in the product's order (default
    denda → bunga → pokok) over the installments due, oldest first; anything
    beyond that per the product's policy (next installments, sukarela, or refused).
    """
    authorize(session, actor, Permission.LOANS_DISBURSE)
    amount = _check_amount(amount)
    on = _check_date(on)
    cash = _cash(session, cash_account)
    row = _loan_row(session, number, lock=True)
    _require_status(row, "aktif", "menerima angsuran")
    _held = session.get(Member, row.member_id)  # referenced, so the steps below find it loaded
    if row.disbursed_on is not None and on < row.disbursed_on:
        raise ValidationError("date", "Tanggal pembayaran sebelum tanggal pencairan.")
    _no_later_payment(session, row, on)
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
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
    event = _record_event(
        session,
        actor,
        row,
        kind="angsuran",
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
    _close_if_paid(session, row, on, event.outstanding_after)
    return event


def _no_later_payment(session: Session, row: Loan, on: dt.date) -> None:
    later = session.execute(
        select(func.max(LoanEvent.date)).where(
            LoanEvent.loan_id == row.id, LoanEvent.kind.in_(("angsuran", "pelunasan"))
        )
    ).scalar()
    if later is not None and later > on:
        raise ValidationError(
            "date",
            f"Sudah ada pembayaran {row.number} bertanggal {later:%d-%m-%Y}; pembayaran "
            "dicatat berurutan menurut tanggal.",
        )


def _not_before_last_event(session: Session, row: Loan, on: dt.date) -> None:
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
                for p in savings.list_products(session, active_only=True)
                if p.kind is ProductKind.SUKARELA
            ),
            None,
        )
        if sukarela is None:
            raise DomainError("Tidak ada produk simpanan sukarela untuk kelebihan bayar.")
        target = savings.ensure_account(session, member, sukarela, on)
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


def _close_if_paid(session: Session, row: Loan, on: dt.date, left: int) -> None:
    """Mark the loan paid off when ``left`` (its outstanding now) is nothing."""
    if left == 0:
        row.status, row.closed_on = "lunas", on
        session.flush()


def payoff(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    cash_account: str = CASH_ACCOUNT,
) -> EventInfo:
    """Pelunasan dipercepat: late fees and interest due so far plus all remaining
    principal; the interest of installments not yet due is not charged."""
    authorize(session, actor, Permission.LOANS_DISBURSE)
    on = _check_date(on)
    cash = _cash(session, cash_account)
    row = _loan_row(session, number, lock=True)
    _require_status(row, "aktif", "dilunasi")
    if row.disbursed_on is not None and on < row.disbursed_on:
        raise ValidationError("date", "Tanggal pelunasan sebelum tanggal pencairan.")
    _no_later_payment(session, row, on)
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
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
    event = _record_event(
        session,
        actor,
        row,
        kind="pelunasan",
        on=on,
        cash=total,
        principal=principal,
        interest=interest,
        late=late,
        cash_account=cash,
        entry=entry,
        parts=parts,
    )
    _close_if_paid(session, row, on, event.outstanding_after)
    return event


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
    on = _check_date(on)
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan restrukturisasi (paling sedikit 5 huruf).")
    old = _loan_row(session, number, lock=True)
    _require_status(old, "aktif", "direstrukturisasi")
    _not_before_last_event(session, old, on)
    remaining = outstanding(session, old.id)
    if remaining <= 0:
        raise DomainError(f"Pinjaman {old.number} tidak punya sisa pokok.")
    product = _product_info(_product_by_id(session, old.product_id), _codes(session))
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
        number=_next_number(session, "PJ", on.year),
        member_id=old.member_id,
        product_id=old.product_id,
        status="aktif",
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
    _store_schedule(session, new.id, rows)
    old.status, old.closed_on = "direstrukturisasi", on
    session.flush()
    _record_event(
        session,
        actor,
        old,
        kind="restrukturisasi",
        on=on,
        cash=0,
        principal=remaining,
        entry=entry,
        note=f"Menjadi {new.number}; disetujui {approver}. {clean}",
    )
    return _loan_info(session, new)


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
    on = _check_date(on)
    clean = " ".join(reason.split())
    if len(clean) < 5:
        raise ValidationError("reason", "Tulis alasan penghapusan (paling sedikit 5 huruf).")
    row = _loan_row(session, number, lock=True)
    _require_status(row, "aktif", "dihapus buku")
    _not_before_last_event(session, row, on)
    remaining = outstanding(session, row.id)
    if remaining <= 0:
        raise DomainError(f"Pinjaman {row.number} tidak punya sisa pokok.")
    journal.open_year_for(session, on)
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
    allowance_id = session.execute(
        select(Account.id).where(Account.code == ALLOWANCE_ACCOUNT)
    ).scalar_one()
    available = -_cash_balance(session, allowance_id, on)  # a contra asset: credit-positive
    covered = min(max(available, 0), remaining)
    approver = approvals.consume(session, actor, approval, Permission.LOANS_MANAGE, row.number)
    lines = [LineInput(product.account_code, -remaining, member_id=row.member_id, loan_id=row.id)]
    if covered:
        lines.append(LineInput(ALLOWANCE_ACCOUNT, covered, f"Hapus buku {row.number}"))
    if remaining - covered:
        lines.append(LineInput(ALLOWANCE_EXPENSE, remaining - covered, f"Hapus buku {row.number}"))
    entry = journal.post_business_entry(
        session,
        EntryInput(on, f"Hapus buku pinjaman {row.number}: {clean}", lines, source=SOURCE),
        actor=actor,
    )
    row.status, row.closed_on = "dihapus", on
    session.flush()
    return _record_event(
        session,
        actor,
        row,
        kind="hapus",
        on=on,
        cash=0,
        principal=remaining,
        entry=entry,
        note=f"Disetujui {approver}. {clean}",
    )


# --- lists ---------------------------------------------------------------------------


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


def schedule_of(
    session: Session, number: str, as_of: dt.date | None = None
) -> list[InstallmentState]:
    """The stored schedule with what was paid on each installment and the late fee
    accrued, as of ``as_of`` (default today)."""
    row = _loan_row(session, number)
    product = _product_info(_product_by_id(session, row.product_id), _codes(session))
    return installment_states(session, row.id, as_of or clock.today(), product.late_fee)


def events_of(session: Session, number: str) -> list[EventInfo]:
    row = _loan_row(session, number)
    numbers = session.execute(
        select(LoanEvent.number).where(LoanEvent.loan_id == row.id).order_by(LoanEvent.id)
    ).scalars()
    return [get_event(session, n) for n in numbers]
