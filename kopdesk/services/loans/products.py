"""Loan products (produk pinjaman): their terms, the defaults a new book gets and
the changes a manager makes to them (a rate change needs a second person).

Amounts are integer rupiah, rates percent as ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.changes import NOTHING
from kopdesk.domain.coa import Code
from kopdesk.domain.loans import (
    DEFAULT_PRODUCTS,
    FeePeriod,
    LateFeeRule,
    Method,
    Part,
    RatePeriod,
    fee,
    parse_order,
)
from kopdesk.domain.money import Rounding
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import parse_percent
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Account, Loan, LoanProduct
from kopdesk.services.base import approvals, audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import accounts, guards

__all__ = [
    "LoanProductInfo",
    "LoanProductInput",
    "get_product",
    "list_products",
    "product_by_id",
    "product_info",
    "product_of",
    "seed_products",
    "update_product",
]


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
                interest_account_id=ids[Code.JASA_PINJAMAN_ANGGOTA],
                provisi_account_id=ids[Code.PENDAPATAN_PROVISI],
                admin_account_id=ids[Code.PENDAPATAN_ADMINISTRASI_PINJAMAN],
                late_fee_account_id=ids[Code.DENDA_KETERLAMBATAN],
                active=True,
            )
        )
    session.flush()


def product_info(row: LoanProduct, codes: dict[int, str]) -> LoanProductInfo:
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


def list_products(session: Session, *, active_only: bool = False) -> list[LoanProductInfo]:
    stmt = select(LoanProduct).order_by(LoanProduct.id)
    if active_only:
        stmt = stmt.where(LoanProduct.active.is_(True))
    codes = accounts.code_map(session)
    return [product_info(r, codes) for r in session.execute(stmt).scalars()]


def get_product(session: Session, code: str) -> LoanProductInfo:
    return product_info(_product_row(session, code), accounts.code_map(session))


def _product_row(session: Session, code: str) -> LoanProduct:
    return guards.product_row(session, LoanProduct, code, "pinjaman")


@causes(NOTHING)
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


def product_by_id(session: Session, product_id: int) -> LoanProduct:
    row = session.get(LoanProduct, product_id)
    assert row is not None
    return row


def product_of(session: Session, loan: Loan) -> LoanProductInfo:
    """The product ``loan`` was made under, with its account codes."""
    return product_info(product_by_id(session, loan.product_id), accounts.code_map(session))
