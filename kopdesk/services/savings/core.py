"""Savings (simpanan): products, counter transactions, corrections, balances.

Every transaction posts one balanced journal entry in the caller's unit of
work, with the member and the savings account on the lines that touch the
product's control account. A balance is the negated sum of those lines, so
the members' balances always add up to the control account (DESIGN.md §3).
Refused input raises before anything is written.

Month-end interest, wajib billing and statements live in
:mod:`kopdesk.services.savings.routine`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session, aliased

from kopdesk.domain import clock
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import (
    DEFAULT_PRODUCTS,
    InterestMethod,
    ProductKind,
    add_months,
    early_break_penalty,
    parse_percent,
    percent_text,
)
from kopdesk.errors import (
    DomainError,
    InsufficientBalanceError,
    NotFoundError,
    ValidationError,
)
from kopdesk.models import (
    Account,
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    SavingsClassAmount,
    SavingsProduct,
    SavingsTransaction,
    core_table,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.sequences import next_value
from kopdesk.services.ledger import journal
from kopdesk.services.ledger.journal import EntryInput, LineInput

CASH_ACCOUNT = "1101"
CASH_ACCOUNTS = ("1101", "1102", "1111", "1112")
"""Where counter money may come from or go to: cash, petty cash, bank accounts."""
MAX_AMOUNT = 100_000_000_000
"""Rp100 miliar: anything larger at a koperasi counter is a typing mistake."""

SOURCE = "simpanan"
SOURCE_CORRECTION = "simpanan.koreksi"

RECEIPT_PREFIX = {"setor": "BS", "tarik": "BP", "pindah": "PB", "koreksi": "KS"}
KIND_LABEL = {
    "setor": "Setoran",
    "tarik": "Penarikan",
    "pindah": "Pemindahbukuan",
    "koreksi": "Koreksi",
    # mutations that are not counter transactions (no receipt of their own)
    "akhir_bulan": "Jasa / jatuh tempo",
    "potong_gaji": "Potong gaji",
    "saldo_awal": "Saldo awal",
    "keluar": "Penyelesaian keluar",
    "pinjaman": "Kelebihan angsuran",
    "lain": "Jurnal",
}
COUNTER_KINDS = frozenset(RECEIPT_PREFIX)
"""Kinds that have a receipt and can be corrected at the counter."""
DEPOSIT_STATUSES = ("calon", "aktif")
"""A calon anggota pays simpanan pokok to join; members who left cannot deposit."""


# --- products ----------------------------------------------------------------


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
    row = session.execute(
        select(SavingsProduct).where(SavingsProduct.code == code.strip().lower())
    ).scalar()
    if row is None:
        known = ", ".join(session.execute(select(SavingsProduct.code)).scalars())
        raise NotFoundError(f"Produk simpanan '{code}' tidak ada. Produk yang ada: {known}.")
    return row


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
        _check_amount(value, name_, allow_zero=True)
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
        _check_amount(amount, "class_amounts")
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


def set_member_class(session: Session, actor: Actor, member_number: str, member_class: str) -> None:
    """Put a member in a class (golongan) for the simpanan wajib amount; '' = none."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    member = _member_row(session, member_number)
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


# --- accounts and balances ---------------------------------------------------


@dataclass(frozen=True)
class AccountInfo:
    id: int
    number: str
    member_id: int
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    kind: ProductKind
    opened_on: dt.date
    status: str
    balance: int
    minimum_balance: int
    withdrawable: bool
    rate_percent: Decimal
    term_months: int
    maturity_date: dt.date | None
    rollover: bool

    @property
    def available(self) -> int:
        """What may be withdrawn now (sukarela keeps its minimum balance)."""
        if not self.withdrawable or self.status != "aktif":
            return 0
        if self.kind is ProductKind.BERJANGKA:
            return self.balance
        return max(self.balance - self.minimum_balance, 0)

    @property
    def label(self) -> str:
        if self.kind is ProductKind.BERJANGKA and self.maturity_date is not None:
            return f"{self.product_name} {self.number} (jatuh tempo {self.maturity_date:%d-%m-%Y})"
        return f"{self.product_name} {self.number}"


def balances(
    session: Session, savings_account_ids: Sequence[int], on: dt.date | None = None
) -> dict[int, int]:
    """Balance of each savings account (credit-positive) at the end of ``on`` (None: all)."""
    if not savings_account_ids:
        return {}
    stmt = select(JournalLine.savings_account_id, func.sum(JournalLine.amount)).where(
        JournalLine.savings_account_id.in_(list(savings_account_ids))
    )
    if on is not None:
        stmt = stmt.where(JournalLine.date <= on)
    sums = dict(session.execute(stmt.group_by(JournalLine.savings_account_id)).all())
    return {i: -int(sums.get(i) or 0) for i in savings_account_ids}


def balance(session: Session, savings_account_id: int, on: dt.date | None = None) -> int:
    return balances(session, [savings_account_id], on)[savings_account_id]


def _account_infos(
    session: Session, rows: Sequence[SavingsAccount], on: dt.date | None
) -> list[AccountInfo]:
    if not rows:
        return []
    sums = balances(session, [r.id for r in rows], on)
    products = {p.id: p for p in list_products(session)}
    members = {
        m.id: m
        for m in session.execute(
            select(Member).where(Member.id.in_({r.member_id for r in rows}))
        ).scalars()
    }
    out = []
    for r in rows:
        p, m = products[r.product_id], members[r.member_id]
        out.append(
            AccountInfo(
                id=r.id,
                number=r.number,
                member_id=m.id,
                member_number=m.number,
                member_name=m.full_name,
                product_code=p.code,
                product_name=p.name,
                kind=p.kind,
                opened_on=r.opened_on,
                status=r.status,
                balance=sums[r.id],
                minimum_balance=p.minimum_balance,
                withdrawable=p.withdrawable,
                rate_percent=Decimal(r.rate_percent)
                if p.kind is ProductKind.BERJANGKA
                else p.rate_percent,
                term_months=r.term_months,
                maturity_date=r.maturity_date,
                rollover=r.rollover,
            )
        )
    return out


def member_accounts(
    session: Session, member_number: str, *, on: dt.date | None = None, include_closed: bool = False
) -> list[AccountInfo]:
    """A member's savings accounts with balances, products in their usual order."""
    member = _member_row(session, member_number)
    stmt = (
        select(SavingsAccount)
        .where(SavingsAccount.member_id == member.id)
        .order_by(SavingsAccount.product_id, SavingsAccount.slot)
    )
    if not include_closed:
        stmt = stmt.where(SavingsAccount.status == "aktif")
    return _account_infos(session, list(session.execute(stmt).scalars()), on)


def get_account(session: Session, number: str, *, on: dt.date | None = None) -> AccountInfo:
    row = session.execute(
        select(SavingsAccount).where(SavingsAccount.number == number.strip().upper())
    ).scalar()
    if row is None:
        raise NotFoundError(f"Rekening simpanan {number} tidak ditemukan.")
    return _account_infos(session, [row], on)[0]


_MEMBER_BY_NUMBER = select(Member).where(Member.number == bindparam("number"))


def _member_row(session: Session, number: str) -> Member:
    row = session.execute(_MEMBER_BY_NUMBER, {"number": number.strip().upper()}).scalar()
    if row is None:
        raise NotFoundError(f"Anggota {number} tidak ditemukan.")
    return row


def _open_account(
    session: Session,
    member: Member,
    product: ProductInfo,
    on: dt.date,
    *,
    term_months: int = 0,
    rollover: bool = False,
) -> SavingsAccount:
    if product.kind is ProductKind.BERJANGKA:
        slot = (
            int(
                session.execute(
                    select(func.coalesce(func.max(SavingsAccount.slot), 0)).where(
                        SavingsAccount.member_id == member.id,
                        SavingsAccount.product_id == product.id,
                    )
                ).scalar_one()
            )
            + 1
        )
        number = f"{product.prefix}-{member.number}-{slot:02d}"
        row = SavingsAccount(
            number=number,
            member_id=member.id,
            product_id=product.id,
            slot=slot,
            opened_on=on,
            status="aktif",
            rate_percent=str(product.rate_percent),
            term_months=term_months,
            maturity_date=add_months(on, term_months),
            rollover=rollover,
        )
    else:
        row = SavingsAccount(
            number=f"{product.prefix}-{member.number}",
            member_id=member.id,
            product_id=product.id,
            slot=0,
            opened_on=on,
            status="aktif",
            rate_percent="0",
            term_months=0,
            maturity_date=None,
            rollover=False,
        )
    session.add(row)
    session.flush()
    return row


def account_for(
    session: Session, member: Member, product: ProductInfo, *, lock: bool = False
) -> SavingsAccount | None:
    """The member's one account in a non-term product (None if never opened)."""
    stmt = select(SavingsAccount).where(
        SavingsAccount.member_id == member.id,
        SavingsAccount.product_id == product.id,
        SavingsAccount.slot == 0,
    )
    if lock:
        stmt = stmt.with_for_update()
    return session.execute(stmt).scalar()


def ensure_account(
    session: Session, member: Member, product: ProductInfo, on: dt.date
) -> SavingsAccount:
    """The member's account in a non-term product, opened on ``on`` if it is new."""
    return account_for(session, member, product, lock=True) or _open_account(
        session, member, product, on
    )


# --- transactions ------------------------------------------------------------


@dataclass(frozen=True)
class TxInfo:
    number: str
    kind: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    product_name: str
    to_account_number: str | None
    to_product_name: str | None
    amount: int
    penalty: int
    cash_account_code: str | None
    entry_number: str
    description: str
    created_by: str
    created_at: dt.datetime
    balance_after: int
    to_balance_after: int | None
    reversal_of: str | None
    reversed_by: str | None

    @property
    def kind_label(self) -> str:
        return KIND_LABEL[self.kind]

    @property
    def paid_out(self) -> int:
        """Cash handed to the member (a withdrawal less any early-break penalty)."""
        return self.amount - self.penalty


def _check_amount(amount: object, field_: str = "amount", *, allow_zero: bool = False) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(field_, "Jumlah harus bilangan rupiah bulat.")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError(field_, "Jumlah harus lebih dari nol.")
    if amount > MAX_AMOUNT:
        raise ValidationError(
            field_, f"Jumlah {format_rupiah(amount)} terlalu besar; periksa lagi."
        )
    return amount


def _check_date(on: object) -> dt.date:
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError("date", "Tanggal transaksi tidak valid.")
    return on


def _check_cash(session: Session, code: str) -> Account:
    if code.strip() not in CASH_ACCOUNTS:
        raise ValidationError(
            "cash_account",
            f"Uang simpanan diterima/dibayar lewat kas atau bank ({', '.join(CASH_ACCOUNTS)}).",
        )
    row = session.execute(select(Account).where(Account.code == code.strip())).scalar()
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


def _require_status(member: Member, allowed: Sequence[str], what: str) -> None:
    if member.status not in allowed:
        raise DomainError(
            f"{member.full_name} ({member.number}) berstatus {member.status}; {what} tidak dapat "
            "dilakukan. Penyelesaian anggota keluar dicatat lewat menu Anggota."
        )


def _receipt_number(session: Session, kind: str, on: dt.date) -> str:
    prefix = RECEIPT_PREFIX[kind]
    return f"{prefix}-{on.year}-{next_value(session, f'{prefix}-{on.year}'):06d}"


_INSERT_TX = insert(core_table(SavingsTransaction))
"""Built once: every counter transaction is recorded."""


def _record_tx(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    on: dt.date,
    member: Member,
    account: SavingsAccount,
    amount: int,
    entry: journal.EntryInfo,
    description: str,
    to_account: SavingsAccount | None = None,
    penalty: int = 0,
    cash: Account | None = None,
    reversal_of: SavingsTransaction | None = None,
) -> TxInfo:
    number = _receipt_number(session, kind, on)
    created_at = clock.now()
    session.execute(
        _INSERT_TX,
        {
            "number": number,
            "kind": kind,
            "date": on,
            "member_id": member.id,
            "savings_account_id": account.id,
            "to_account_id": to_account.id if to_account else None,
            "amount": amount,
            "penalty": penalty,
            "cash_account_id": cash.id if cash else None,
            "entry_id": entry.id,
            "description": description,
            "reversal_of_id": reversal_of.id if reversal_of else None,
            "created_by": actor.username,
            "created_at": created_at,
        },
    )
    info = TxInfo(
        number=number,
        kind=kind,
        date=on,
        member_number=member.number,
        member_name=member.full_name,
        account_number=account.number,
        product_name=_product_name(session, account),
        to_account_number=to_account.number if to_account else None,
        to_product_name=_product_name(session, to_account) if to_account else None,
        amount=amount,
        penalty=penalty,
        cash_account_code=cash.code if cash else None,
        entry_number=entry.number,
        description=description,
        created_by=actor.username,
        created_at=created_at,
        # the entry just posted is the latest: the balance after it is the balance on its day
        balance_after=balance(session, account.id, on),
        to_balance_after=balance(session, to_account.id, on) if to_account else None,
        reversal_of=reversal_of.number if reversal_of else None,
        reversed_by=None,
    )
    audit.record(
        session,
        actor,
        f"savings.{kind}",
        number,
        after={
            "anggota": member.number,
            "rekening": account.number,
            **({"ke_rekening": to_account.number} if to_account else {}),
            "tanggal": on,
            "jumlah": amount,
            **({"denda": penalty} if penalty else {}),
            "jurnal": entry.number,
            **({"koreksi_atas": reversal_of.number} if reversal_of else {}),
        },
    )
    return info


def _product_name(session: Session, account: SavingsAccount) -> str:
    product = session.get(SavingsProduct, account.product_id)
    assert product is not None
    return product.name


def deposit_refusal(prod: ProductInfo, member_name: str, current: int, amount: int) -> str | None:
    """Why a deposit of ``amount`` into a pokok/wajib/sukarela account holding
    ``current`` is refused, in Indonesian; None when the product allows it."""
    if prod.kind is ProductKind.POKOK:
        due = prod.fixed_amount - current
        if due <= 0:
            return (
                f"Simpanan pokok {member_name} sudah lunas ({format_rupiah(current)}); "
                "simpanan pokok dibayar sekali."
            )
        if amount != due:
            return (
                f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}, "
                f"bukan {format_rupiah(amount)}."
            )
    if prod.kind is ProductKind.SUKARELA and current + amount < prod.minimum_balance:
        return (
            f"Setoran awal simpanan sukarela paling sedikit "
            f"{format_rupiah(prod.minimum_balance - current)} (saldo minimum "
            f"{format_rupiah(prod.minimum_balance)})."
        )
    if prod.kind is ProductKind.BERJANGKA:
        return "Simpanan berjangka dibuka sebagai bilyet baru lewat setoran di loket."
    return None


def _place_term_deposit(
    session: Session,
    member_row: Member,
    prod: ProductInfo,
    amount: int,
    on: dt.date,
    *,
    term_months: int | None,
    rollover: bool | None,
) -> SavingsAccount:
    term = prod.term_months if term_months is None else term_months
    if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= 120:
        raise ValidationError("term_months", "Jangka waktu simpanan berjangka 1–120 bulan.")
    if amount < prod.minimum_balance:
        raise ValidationError(
            "amount",
            f"Simpanan berjangka paling sedikit {format_rupiah(prod.minimum_balance)}.",
        )
    journal.open_year_for(session, on)
    return _open_account(
        session,
        member_row,
        prod,
        on,
        term_months=term,
        rollover=prod.rollover if rollover is None else rollover,
    )


def deposit(
    session: Session,
    actor: Actor,
    *,
    member: str,
    product: str,
    amount: int,
    on: dt.date,
    cash_account: str = CASH_ACCOUNT,
    description: str = "",
    term_months: int | None = None,
    rollover: bool | None = None,
) -> TxInfo:
    """Take a deposit (setoran) at the counter; returns it with its receipt number.

    Needs ``savings.teller``. Rules: pokok is paid once, exactly its fixed
    amount; a sukarela account may not be left under its minimum balance; a
    berjangka deposit opens a new placement of at least the minimum, for
    ``term_months`` (default the product's) with roll-over ``rollover``.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = _check_amount(amount)
    on = _check_date(on)
    cash = _check_cash(session, cash_account)
    member_row = _member_row(session, member)
    _require_status(member_row, DEPOSIT_STATUSES, "setoran")
    prod = get_product(session, product)
    if not prod.active:
        raise DomainError(f"Produk {prod.name} tidak aktif lagi.")
    if member_row.status == "calon" and prod.kind is not ProductKind.POKOK:
        raise DomainError(
            f"{member_row.full_name} masih calon anggota: bayar simpanan pokok dulu "
            "dan aktifkan keanggotaannya."
        )
    if on < member_row.join_date:
        raise ValidationError("date", "Tanggal setoran sebelum tanggal masuk anggota.")
    if prod.kind is ProductKind.BERJANGKA:
        account = _place_term_deposit(
            session, member_row, prod, amount, on, term_months=term_months, rollover=rollover
        )
    else:
        existing = account_for(session, member_row, prod, lock=True)
        if existing is not None and existing.status != "aktif":
            raise DomainError(f"Rekening {existing.number} sudah ditutup.")
        current = balance(session, existing.id, None) if existing else 0
        refusal = deposit_refusal(prod, member_row.full_name, current, amount)
        if refusal is not None:
            raise ValidationError("amount", refusal)
        journal.open_year_for(session, on)
        account = existing or _open_account(session, member_row, prod, on)
    text = (
        description.strip() or f"Setoran {prod.name} {member_row.full_name} ({member_row.number})"
    )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            text,
            [
                LineInput(cash.code, amount, member_id=member_row.id),
                LineInput(
                    prod.account_code,
                    -amount,
                    member_id=member_row.id,
                    savings_account_id=account.id,
                ),
            ],
            source=SOURCE,
        ),
        actor=actor,
    )
    return _record_tx(
        session,
        actor,
        kind="setor",
        on=on,
        member=member_row,
        account=account,
        amount=amount,
        entry=entry,
        description=text,
        cash=cash,
    )


def _require_withdrawable(prod: ProductInfo, member_row: Member) -> None:
    if not prod.withdrawable:
        raise DomainError(
            f"{prod.name} tidak dapat ditarik selama {member_row.full_name} masih menjadi "
            "anggota; dikembalikan saat keluar."
        )


def _withdrawal_check(
    session: Session,
    member_row: Member,
    prod: ProductInfo,
    account: SavingsAccount,
    *,
    amount: int,
    on: dt.date,
) -> int:
    """Refuse a withdrawal the product does not allow; returns the penalty (berjangka)."""
    _require_withdrawable(prod, member_row)
    if account.status != "aktif":
        raise DomainError(f"Rekening {account.number} sudah ditutup.")
    current = _spendable(session, account.id, on)
    if prod.kind is ProductKind.BERJANGKA:
        if amount != current:
            raise ValidationError(
                "amount",
                f"Simpanan berjangka {account.number} dicairkan seluruhnya: "
                f"{format_rupiah(current)}.",
            )
        if account.maturity_date is not None and on < account.maturity_date:
            return early_break_penalty(amount, prod.penalty_percent)
        return 0
    keep = prod.minimum_balance
    if amount > current - keep:
        raise InsufficientBalanceError(
            f"Saldo {prod.name} {member_row.full_name} {format_rupiah(current)}"
            + (f", saldo minimum {format_rupiah(keep)}" if keep else "")
            + f": yang dapat ditarik paling banyak {format_rupiah(max(current - keep, 0))}, "
            f"bukan {format_rupiah(amount)}."
        )
    return 0


def _spendable(session: Session, account_id: int, on: dt.date) -> int:
    """The balance a withdrawal on ``on`` may use: the lower of the balance at the end
    of ``on`` and the balance after every posted movement, so that a back-dated
    withdrawal never overdraws the account at a later date."""
    return min(balance(session, account_id, None), balance(session, account_id, on))


def withdrawable(session: Session, member: str, product: str, on: dt.date) -> int:
    """The most ``member`` may take out of their ``product`` account on ``on`` (rupiah):
    the balance :func:`withdraw` allows, less the product's minimum balance; 0 when
    the product cannot be withdrawn, the member is not active or has no open account.
    Not for berjangka (each placement is paid out whole: see :func:`get_account`)."""
    member_row = _member_row(session, member)
    prod = get_product(session, product)
    if not prod.withdrawable or prod.kind is ProductKind.BERJANGKA:
        return 0
    if member_row.status != "aktif":
        return 0
    row = account_for(session, member_row, prod)
    if row is None or row.status != "aktif":
        return 0
    return max(_spendable(session, row.id, on) - prod.minimum_balance, 0)


def _pick_account(
    session: Session, member_row: Member, prod: ProductInfo, account: str | None
) -> SavingsAccount:
    if account:
        row = session.execute(
            select(SavingsAccount)
            .where(SavingsAccount.number == account.strip().upper())
            .with_for_update()
        ).scalar()
        if row is None or row.member_id != member_row.id or row.product_id != prod.id:
            raise NotFoundError(
                f"Rekening {account} bukan rekening {prod.name} milik {member_row.full_name}."
            )
        return row
    if prod.kind is ProductKind.BERJANGKA:
        rows = list(
            session.execute(
                select(SavingsAccount)
                .where(
                    SavingsAccount.member_id == member_row.id,
                    SavingsAccount.product_id == prod.id,
                    SavingsAccount.status == "aktif",
                )
                .with_for_update()
            ).scalars()
        )
        if len(rows) != 1:
            raise ValidationError(
                "account",
                f"{member_row.full_name} punya {len(rows)} simpanan berjangka aktif; "
                "sebutkan nomor rekeningnya.",
            )
        return rows[0]
    row = account_for(session, member_row, prod, lock=True)
    if row is None:
        raise InsufficientBalanceError(
            f"{member_row.full_name} belum punya rekening {prod.name}; saldo Rp0."
        )
    return row


def withdraw(
    session: Session,
    actor: Actor,
    *,
    member: str,
    product: str,
    amount: int,
    on: dt.date,
    cash_account: str = CASH_ACCOUNT,
    account: str | None = None,
    description: str = "",
) -> TxInfo:
    """Pay out a withdrawal (penarikan); returns it with its receipt number.

    Needs ``savings.teller``. Only from products that allow it, never below
    the minimum or the available balance, never more than the cash at hand.
    A term deposit is paid out whole; before maturity less the penalty.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = _check_amount(amount)
    on = _check_date(on)
    cash = _check_cash(session, cash_account)
    member_row = _member_row(session, member)
    _require_status(member_row, ("aktif",), "penarikan")
    prod = get_product(session, product)
    _require_withdrawable(prod, member_row)
    acct = _pick_account(session, member_row, prod, account)
    penalty = _withdrawal_check(session, member_row, prod, acct, amount=amount, on=on)
    paid = amount - penalty
    at_hand = _cash_balance(session, cash.id, on)
    if paid > at_hand:
        raise InsufficientBalanceError(
            f"Saldo {cash.name} pada {on:%d-%m-%Y} hanya {format_rupiah(at_hand)}; "
            f"tidak cukup untuk membayar {format_rupiah(paid)}."
        )
    text = (
        description.strip() or f"Penarikan {prod.name} {member_row.full_name} ({member_row.number})"
    )
    lines = [
        LineInput(prod.account_code, amount, member_id=member_row.id, savings_account_id=acct.id),
        LineInput(cash.code, -paid, member_id=member_row.id),
    ]
    if penalty:
        assert prod.penalty_account_code is not None
        lines.append(
            LineInput(
                prod.penalty_account_code,
                -penalty,
                "Denda pencairan sebelum jatuh tempo",
                member_id=member_row.id,
            )
        )
    entry = journal.post_business_entry(
        session, EntryInput(on, text, lines, source=SOURCE), actor=actor
    )
    if prod.kind is ProductKind.BERJANGKA:
        acct.status, acct.closed_on = "tutup", on
        session.flush()
    return _record_tx(
        session,
        actor,
        kind="tarik",
        on=on,
        member=member_row,
        account=acct,
        amount=amount,
        entry=entry,
        description=text,
        penalty=penalty,
        cash=cash,
    )


def transfer(
    session: Session,
    actor: Actor,
    *,
    member: str,
    from_product: str,
    to_product: str,
    amount: int,
    on: dt.date,
    from_account: str | None = None,
    description: str = "",
) -> TxInfo:
    """Move money between two of a member's accounts (pemindahbukuan).

    The withdrawal rules of the source and the deposit rules of the target
    apply (e.g. sukarela → wajib to pay the month's wajib). Needs ``savings.teller``.
    """
    authorize(session, actor, Permission.SAVINGS_TELLER)
    amount = _check_amount(amount)
    on = _check_date(on)
    member_row = _member_row(session, member)
    _require_status(member_row, ("aktif",), "pemindahbukuan")
    source = get_product(session, from_product)
    target = get_product(session, to_product)
    if source.id == target.id and target.kind is not ProductKind.BERJANGKA:
        raise ValidationError("to_product", "Rekening asal dan tujuan sama.")
    _require_withdrawable(source, member_row)
    src = _pick_account(session, member_row, source, from_account)
    penalty = _withdrawal_check(session, member_row, source, src, amount=amount, on=on)
    if penalty:
        raise DomainError(
            "Simpanan berjangka yang belum jatuh tempo dicairkan lewat penarikan "
            "(dengan denda), bukan pemindahbukuan."
        )
    if target.kind is ProductKind.POKOK:
        existing = account_for(session, member_row, target)
        due = target.fixed_amount - (balance(session, existing.id) if existing else 0)
        if due <= 0 or amount != due:
            raise ValidationError(
                "amount",
                "Simpanan pokok sudah lunas."
                if due <= 0
                else f"Simpanan pokok dibayar sekali sebesar {format_rupiah(due)}.",
            )
    if target.kind is ProductKind.BERJANGKA:
        raise DomainError("Simpanan berjangka baru dibuka lewat setoran, bukan pemindahbukuan.")
    if not target.active:
        raise DomainError(f"Produk {target.name} tidak aktif lagi.")
    journal.open_year_for(session, on)
    dst = ensure_account(session, member_row, target, on)
    if dst.status != "aktif":
        raise DomainError(f"Rekening {dst.number} sudah ditutup.")
    text = description.strip() or (
        f"Pemindahbukuan {source.name} ke {target.name} {member_row.full_name} "
        f"({member_row.number})"
    )
    entry = journal.post_business_entry(
        session,
        EntryInput(
            on,
            text,
            [
                LineInput(
                    source.account_code, amount, member_id=member_row.id, savings_account_id=src.id
                ),
                LineInput(
                    target.account_code,
                    -amount,
                    member_id=member_row.id,
                    savings_account_id=dst.id,
                ),
            ],
            source=SOURCE,
        ),
        actor=actor,
    )
    if source.kind is ProductKind.BERJANGKA:
        src.status, src.closed_on = "tutup", on
        session.flush()
    return _record_tx(
        session,
        actor,
        kind="pindah",
        on=on,
        member=member_row,
        account=src,
        to_account=dst,
        amount=amount,
        entry=entry,
        description=text,
    )


def correct(
    session: Session,
    actor: Actor,
    number: str,
    on: dt.date,
    *,
    reason: str,
    approval: int | None = None,
) -> TxInfo:
    """Correct a transaction by reversing it (koreksi); the original stays.

    Needs ``savings.manage``. Refused when the reversal would leave an
    account negative (the money was withdrawn since), for a correction
    itself, twice, and — for transactions older than the set number of days —
    without a second user's approval (``approval``).
    """
    authorize(session, actor, Permission.SAVINGS_MANAGE)
    on = _check_date(on)
    clean_reason = " ".join(reason.split())
    if len(clean_reason) < 5:
        raise ValidationError("reason", "Tulis alasan koreksi (paling sedikit 5 huruf).")
    original = session.execute(
        select(SavingsTransaction).where(SavingsTransaction.number == number.strip().upper())
    ).scalar()
    if original is None:
        raise NotFoundError(f"Transaksi simpanan {number} tidak ditemukan.")
    if original.kind == "koreksi":
        raise DomainError(f"{original.number} adalah koreksi; catat transaksi baru bila perlu.")
    done = session.execute(
        select(SavingsTransaction.number).where(SavingsTransaction.reversal_of_id == original.id)
    ).scalar()
    if done is not None:
        raise DomainError(f"Transaksi {original.number} sudah dikoreksi dengan {done}.")
    entry = session.get(JournalEntry, original.entry_id)
    assert entry is not None
    posted = journal.get_entry(session, entry.number)
    # What the reversal does to each savings account, and whether it can.
    change: dict[int, int] = {}
    for line in posted.lines:
        if line.savings_account_id is not None:
            change[line.savings_account_id] = change.get(line.savings_account_id, 0) + line.amount
    for account_id, delta in change.items():
        # The reversal credits back -line.amount; balance is the negated sum.
        now = balance(session, account_id)
        if now + delta < 0:
            acct = session.get(SavingsAccount, account_id)
            assert acct is not None
            raise InsufficientBalanceError(
                f"{original.number} tidak dapat dikoreksi: saldo rekening {acct.number} "
                f"tinggal {format_rupiah(now)}, koreksi akan membuatnya minus. "
                "Koreksi dulu transaksi sesudahnya."
            )
    cash_line = next((line for line in posted.lines if line.account_code in CASH_ACCOUNTS), None)
    if cash_line is not None and cash_line.amount > 0:
        cash = session.execute(
            select(Account).where(Account.code == cash_line.account_code)
        ).scalar_one()
        at_hand = _cash_balance(session, cash.id, on)
        if cash_line.amount > at_hand:
            raise InsufficientBalanceError(
                f"Saldo {cash.name} hanya {format_rupiah(at_hand)}; tidak cukup untuk "
                f"mengembalikan {format_rupiah(cash_line.amount)}."
            )
    mirror = journal.reverse_business_entry(
        session,
        entry.number,
        on,
        actor=actor,
        description=f"Koreksi {original.number}: {clean_reason}",
        approval=approval,
        audit=False,
        source=SOURCE_CORRECTION,
        permission=Permission.SAVINGS_MANAGE,
    )
    for account_id in change:
        acct = session.get(SavingsAccount, account_id)
        assert acct is not None
        if acct.status == "tutup" and balance(session, account_id) > 0:
            acct.status, acct.closed_on = "aktif", None
    member_row = session.get(Member, original.member_id)
    account = session.get(SavingsAccount, original.savings_account_id)
    to_account = (
        session.get(SavingsAccount, original.to_account_id) if original.to_account_id else None
    )
    assert member_row is not None
    assert account is not None
    return _record_tx(
        session,
        actor,
        kind="koreksi",
        on=on,
        member=member_row,
        account=account,
        to_account=to_account,
        amount=original.amount,
        entry=mirror,
        description=mirror.description,
        reversal_of=original,
    )


def get_transaction(session: Session, number: str) -> TxInfo:
    """One counter transaction with the balances right after it."""
    tx = session.execute(
        select(SavingsTransaction).where(SavingsTransaction.number == number.strip().upper())
    ).scalar()
    if tx is None:
        raise NotFoundError(f"Transaksi simpanan {number} tidak ditemukan.")
    member = session.get(Member, tx.member_id)
    account = session.get(SavingsAccount, tx.savings_account_id)
    entry = session.get(JournalEntry, tx.entry_id)
    assert member is not None
    assert account is not None
    assert entry is not None
    product = session.get(SavingsProduct, account.product_id)
    assert product is not None
    to_account = session.get(SavingsAccount, tx.to_account_id) if tx.to_account_id else None
    to_product = session.get(SavingsProduct, to_account.product_id) if to_account else None
    cash = session.get(Account, tx.cash_account_id) if tx.cash_account_id else None
    original = session.get(SavingsTransaction, tx.reversal_of_id) if tx.reversal_of_id else None
    reverser = session.execute(
        select(SavingsTransaction.number).where(SavingsTransaction.reversal_of_id == tx.id)
    ).scalar()
    return TxInfo(
        number=tx.number,
        kind=tx.kind,
        date=tx.date,
        member_number=member.number,
        member_name=member.full_name,
        account_number=account.number,
        product_name=product.name,
        to_account_number=to_account.number if to_account else None,
        to_product_name=to_product.name if to_product else None,
        amount=tx.amount,
        penalty=tx.penalty,
        cash_account_code=cash.code if cash else None,
        entry_number=entry.number,
        description=tx.description,
        created_by=tx.created_by,
        created_at=tx.created_at,
        balance_after=_balance_through_entry(session, account.id, entry),
        to_balance_after=_balance_through_entry(session, to_account.id, entry)
        if to_account
        else None,
        reversal_of=original.number if original else None,
        reversed_by=reverser,
    )


def _balance_through_entry(session: Session, account_id: int, entry: JournalEntry) -> int:
    """Balance right after ``entry``: lines dated before, plus that day's up to it."""
    total = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalLine.savings_account_id == account_id,
            (JournalLine.date < entry.date)
            | ((JournalLine.date == entry.date) & (JournalEntry.id <= entry.id)),
        )
    ).scalar_one()
    return -int(total)


@dataclass(frozen=True)
class TxRow:
    """One row of a transaction list (the teller's day, a member's history)."""

    number: str
    kind: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    amount: int
    reversed: bool


def transactions(
    session: Session,
    *,
    member_number: str | None = None,
    on: dt.date | None = None,
    limit: int | None = None,
) -> list[TxRow]:
    """Counter transactions, newest first, of one member and/or one day."""
    reverser = aliased(SavingsTransaction)
    stmt = (
        select(
            SavingsTransaction.number,
            SavingsTransaction.kind,
            SavingsTransaction.date,
            Member.number,
            Member.full_name,
            SavingsAccount.number,
            SavingsTransaction.amount,
            reverser.id,
        )
        .join(Member, Member.id == SavingsTransaction.member_id)
        .join(SavingsAccount, SavingsAccount.id == SavingsTransaction.savings_account_id)
        .outerjoin(reverser, reverser.reversal_of_id == SavingsTransaction.id)
        .order_by(SavingsTransaction.date.desc(), SavingsTransaction.id.desc())
    )
    if member_number is not None:
        stmt = stmt.where(Member.number == member_number.strip().upper())
    if on is not None:
        stmt = stmt.where(SavingsTransaction.date == on)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        TxRow(n, k, d, mn, name, acc, int(a), rid is not None)
        for n, k, d, mn, name, acc, a, rid in session.execute(stmt)
    ]


def member_history(session: Session, member_number: str, *, limit: int = 50) -> list[TxRow]:
    """Every mutation of a member's savings, newest first: counter transactions (with
    their receipt numbers) and the rest — month-end interest, payroll batches, opening
    balances, exit settlements — under their journal numbers. Amounts of the rest are
    signed: into the account positive, out of it negative."""
    member = _member_row(session, member_number)
    counter = transactions(session, member_number=member.number, limit=limit)
    counter_entries = set(
        session.execute(
            select(SavingsTransaction.entry_id).where(SavingsTransaction.member_id == member.id)
        ).scalars()
    )
    rows = session.execute(
        select(
            JournalEntry.id,
            JournalEntry.number,
            JournalEntry.source,
            JournalLine.date,
            SavingsAccount.number,
            JournalLine.amount,
        )
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
        .where(SavingsAccount.member_id == member.id)
        .order_by(JournalLine.date.desc(), JournalEntry.id.desc())
        .limit(limit + len(counter_entries))
    ).all()
    others = [
        TxRow(
            number,
            _kind_of(source),
            day,
            member.number,
            member.full_name,
            account,
            -int(amount),
            False,
        )
        for entry_id, number, source, day, account, amount in rows
        if entry_id not in counter_entries
    ]
    merged = sorted(
        [*counter, *others], key=lambda r: (r.date, r.number.startswith("JU")), reverse=True
    )
    return merged[:limit]


def _kind_of(source: str) -> str:
    return {
        "simpanan.akhir_bulan": "akhir_bulan",
        "simpanan.potong_gaji": "potong_gaji",
        "simpanan.saldo_awal": "saldo_awal",
        "simpanan.keluar": "keluar",
        "pinjaman": "pinjaman",
    }.get(source, "lain")
