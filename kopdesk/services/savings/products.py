"""Savings products (produk simpanan): their terms, the defaults a new book gets,
the Bendahara's changes to them, and the member class (golongan) that sets a
member's simpanan wajib.

Amounts are integer rupiah, rates percent per year as ``Decimal``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import (
    DEFAULT_PRODUCTS,
    InterestMethod,
    ProductKind,
    parse_percent,
    percent_text,
)
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import (
    Account,
    JournalLine,
    SavingsAccount,
    SavingsClassAmount,
    SavingsProduct,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.ledger import guards
from kopdesk.services.members import register

__all__ = [
    "ProductInfo",
    "ProductInput",
    "get_product",
    "list_products",
    "seed_products",
    "set_member_class",
    "update_product",
]


@dataclass(frozen=True)
class ProductInfo:
    id: int
    code: str
    name: str
    kind: ProductKind
    prefix: str
    classification: str
    account_code: str
    account_name: str
    interest_account_code: str | None
    penalty_account_code: str | None
    fixed_amount: int
    monthly_amount: int
    minimum_balance: int
    withdrawable: bool
    interest_method: InterestMethod
    rate_percent: Decimal
    term_months: int
    rollover: bool
    penalty_percent: Decimal
    active: bool
    class_amounts: dict[str, int] = field(default_factory=dict)

    @property
    def rate_text(self) -> str:
        return percent_text(self.rate_percent)

    def monthly_for(self, member_class: str) -> int:
        """Simpanan wajib per month for a member of ``member_class``."""
        return self.class_amounts.get(member_class, self.monthly_amount)


@dataclass(frozen=True)
class ProductInput:
    """What the Bendahara may change about a product (code and kind are fixed)."""

    name: str
    classification: str
    account_code: str
    interest_account_code: str | None
    penalty_account_code: str | None
    fixed_amount: int
    monthly_amount: int
    minimum_balance: int
    withdrawable: bool
    interest_method: InterestMethod
    rate_percent: str
    term_months: int
    rollover: bool
    penalty_percent: str
    active: bool = True
    class_amounts: dict[str, int] = field(default_factory=dict)


def seed_products(session: Session) -> None:
    """Give a new book one product of each kind (codes pokok, wajib, sukarela, berjangka)."""
    ids = dict(session.execute(select(Account.code, Account.id)).all())
    for p in DEFAULT_PRODUCTS:
        session.add(
            SavingsProduct(
                code=p.code,
                name=p.name,
                kind=p.kind.value,
                prefix=p.prefix,
                classification=p.classification,
                account_id=ids[p.account],
                interest_account_id=ids[p.interest_account] if p.interest_account else None,
                penalty_account_id=ids[p.penalty_account] if p.penalty_account else None,
                fixed_amount=p.fixed_amount,
                monthly_amount=p.monthly_amount,
                minimum_balance=p.minimum_balance,
                withdrawable=p.withdrawable,
                interest_method=p.interest_method.value,
                rate_percent=p.rate_percent,
                term_months=p.term_months,
                rollover=p.rollover,
                penalty_percent=p.penalty_percent,
                active=True,
            )
        )
    session.flush()


def list_products(session: Session, *, active_only: bool = False) -> list[ProductInfo]:
    stmt = select(SavingsProduct).order_by(SavingsProduct.id)
    if active_only:
        stmt = stmt.where(SavingsProduct.active.is_(True))
    rows = list(session.execute(stmt).scalars())
    return [_product_info(session, row) for row in rows]


def get_product(session: Session, code: str) -> ProductInfo:
    return _product_info(session, _product_row(session, code))


def _product_row(session: Session, code: str) -> SavingsProduct:
    return guards.product_row(session, SavingsProduct, code, "simpanan")


def _account_code(session: Session, account_id: int | None) -> str | None:
    if account_id is None:
        return None
    account = session.get(Account, account_id)
    return account.code if account is not None else None


def _product_info(session: Session, row: SavingsProduct) -> ProductInfo:
    account = session.get(Account, row.account_id)
    assert account is not None
    classes = dict(
        session.execute(
            select(SavingsClassAmount.member_class, SavingsClassAmount.monthly_amount).where(
                SavingsClassAmount.product_id == row.id
            )
        ).all()
    )
    return ProductInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        kind=ProductKind(row.kind),
        prefix=row.prefix,
        classification=row.classification,
        account_code=account.code,
        account_name=account.name,
        interest_account_code=_account_code(session, row.interest_account_id),
        penalty_account_code=_account_code(session, row.penalty_account_id),
        fixed_amount=row.fixed_amount,
        monthly_amount=row.monthly_amount,
        minimum_balance=row.minimum_balance,
        withdrawable=row.withdrawable,
        interest_method=InterestMethod(row.interest_method),
        rate_percent=Decimal(row.rate_percent),
        term_months=row.term_months,
        rollover=row.rollover,
        penalty_percent=Decimal(row.penalty_percent),
        active=row.active,
        class_amounts={k: int(v) for k, v in classes.items()},
    )


@causes(Changes(savings=True))
def update_product(session: Session, actor: Actor, code: str, data: ProductInput) -> ProductInfo:
    """Change a product's terms. Needs ``savings.manage``; recorded in the audit trail.

    The control account cannot change once the product has balances (the
    members' money would be split over two accounts). A new rate applies to
    sukarela from the next month-end and to term deposits placed afterwards.
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    row = _product_row(session, code)
    before = get_product(session, code)
    kind = ProductKind(row.kind)
    name, account, interest, penalty, rate, penalty_pct, method = _validate_product(
        session, kind, data
    )
    shared = session.execute(
        select(SavingsProduct.name).where(
            SavingsProduct.account_id == account.id, SavingsProduct.id != row.id
        )
    ).scalar()
    if shared is not None:
        raise ValidationError(
            "account_code",
            f"Akun {account.code} sudah menjadi akun kontrol {shared}; tiap produk punya akun "
            "kontrolnya sendiri agar saldo anggota dapat dicocokkan.",
        )
    if account.id != row.account_id and _product_has_lines(session, row.id):
        raise DomainError(
            f"Akun kontrol {before.name} tidak dapat diganti: sudah ada saldo anggota di akun "
            f"{before.account_code}."
        )
    row.name = name
    row.classification = data.classification
    row.account_id = account.id
    row.interest_account_id = interest.id if interest else None
    row.penalty_account_id = penalty.id if penalty else None
    row.fixed_amount = data.fixed_amount
    row.monthly_amount = data.monthly_amount
    row.minimum_balance = data.minimum_balance
    row.withdrawable = data.withdrawable
    row.interest_method = method.value
    row.rate_percent = str(rate)
    row.term_months = data.term_months
    row.rollover = data.rollover
    row.penalty_percent = str(penalty_pct)
    row.active = data.active
    existing = {
        c.member_class: c
        for c in session.execute(
            select(SavingsClassAmount).where(SavingsClassAmount.product_id == row.id)
        ).scalars()
    }
    wanted = {c.strip(): a for c, a in data.class_amounts.items()}
    for cls, obj in existing.items():
        if cls not in wanted:
            session.delete(obj)
    for cls, amount in wanted.items():
        if cls in existing:
            existing[cls].monthly_amount = amount
        else:
            session.add(
                SavingsClassAmount(product_id=row.id, member_class=cls, monthly_amount=amount)
            )
    session.flush()
    after = get_product(session, code)
    changed = {
        k: (getattr(before, k), getattr(after, k))
        for k in ProductInput.__dataclass_fields__
        if getattr(before, k, None) != getattr(after, k, None)
    }
    audit.record(
        session,
        actor,
        "savings.product",
        row.code,
        before={k: _auditable(v[0]) for k, v in changed.items()},
        after={k: _auditable(v[1]) for k, v in changed.items()},
    )
    return after


def _validate_product(
    session: Session, kind: ProductKind, data: ProductInput
) -> tuple[str, Account, Account | None, Account | None, Decimal, Decimal, InterestMethod]:
    name = " ".join(data.name.split())
    if len(name) < 3 or len(name) > 100:
        raise ValidationError("name", "Nama produk 3–100 huruf.")
    if data.classification not in ("ekuitas", "liabilitas"):
        raise ValidationError("classification", "Klasifikasi harus ekuitas atau liabilitas.")
    account = _account_for(session, data.account_code, "account_code", data.classification)
    interest = (
        _account_for(session, data.interest_account_code, "interest_account_code", "beban")
        if data.interest_account_code
        else None
    )
    penalty = (
        _account_for(session, data.penalty_account_code, "penalty_account_code", "pendapatan")
        if data.penalty_account_code
        else None
    )
    for name_, value in (
        ("fixed_amount", data.fixed_amount),
        ("monthly_amount", data.monthly_amount),
        ("minimum_balance", data.minimum_balance),
    ):
        guards.check_amount(value, name_, allow_zero=True)
    rate = parse_percent(data.rate_percent, field="rate_percent", maximum=Decimal(50))
    penalty_pct = parse_percent(data.penalty_percent, field="penalty_percent", maximum=Decimal(50))
    method = InterestMethod(data.interest_method)
    if kind is ProductKind.POKOK and data.fixed_amount <= 0:
        raise ValidationError("fixed_amount", "Simpanan pokok harus punya jumlah tetap.")
    if kind is ProductKind.WAJIB and data.monthly_amount <= 0:
        raise ValidationError("monthly_amount", "Simpanan wajib harus punya jumlah per bulan.")
    if kind is ProductKind.BERJANGKA and not 1 <= data.term_months <= 120:
        raise ValidationError("term_months", "Jangka waktu simpanan berjangka 1–120 bulan.")
    if kind is ProductKind.POKOK and data.withdrawable:
        raise ValidationError(
            "withdrawable", "Simpanan pokok tidak dapat ditarik selama menjadi anggota."
        )
    if method is not InterestMethod.NONE and rate > 0 and interest is None:
        raise ValidationError("interest_account_code", "Pilih akun beban jasa simpanan.")
    if kind is ProductKind.BERJANGKA and penalty_pct > 0 and penalty is None:
        raise ValidationError("penalty_account_code", "Pilih akun pendapatan denda pencairan.")
    for cls, amount in data.class_amounts.items():
        if not cls.strip() or len(cls.strip()) > 30:
            raise ValidationError("class_amounts", "Nama golongan 1–30 huruf.")
        guards.check_amount(amount, "class_amounts")
    return name, account, interest, penalty, rate, penalty_pct, method


def _auditable(value: object) -> object:
    if isinstance(value, Decimal | InterestMethod):
        return str(value)
    return value


def _product_has_lines(session: Session, product_id: int) -> bool:
    return (
        session.execute(
            select(JournalLine.id)
            .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
            .where(SavingsAccount.product_id == product_id)
            .limit(1)
        ).first()
        is not None
    )


def _account_for(session: Session, code: str | None, field_: str, kind: str) -> Account:
    row = session.execute(select(Account).where(Account.code == (code or "").strip())).scalar()
    if row is None:
        raise ValidationError(field_, f"Akun {code} tidak ada.")
    if not row.postable or not row.active:
        raise ValidationError(field_, f"Akun {row.code} {row.name} bukan akun rinci yang aktif.")
    if row.type != kind:
        raise ValidationError(field_, f"Akun {row.code} {row.name} bukan akun {kind}.")
    return row


@causes(Changes(savings=True))
def set_member_class(session: Session, actor: Actor, member_number: str, member_class: str) -> None:
    """Put a member in a class (golongan) for the simpanan wajib amount; '' = none."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    member = register.member_row(session, member_number)
    clean = " ".join(member_class.split())
    if len(clean) > 30:
        raise ValidationError("member_class", "Nama golongan paling panjang 30 huruf.")
    before = member.member_class
    member.member_class = clean
    session.flush()
    audit.record(
        session,
        actor,
        "member.class",
        member.number,
        before={"golongan": before},
        after={"golongan": clean},
    )
