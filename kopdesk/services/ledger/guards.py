"""Checks every money service makes before it writes: a whole-rupiah amount in
bounds, a real date, a payment account (cash or bank) that is active, how much
an account held on a date, and a product looked up by its code.

Savings and loans (and the features above them) share these, so each refusal
reads the same wherever it comes from; where the features word a refusal
differently, the caller passes its own words.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.money import format_rupiah
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import Account, JournalLine, LoanProduct, SavingsProduct
from kopdesk.services.ledger import accounts

__all__ = [
    "MAX_AMOUNT",
    "check_amount",
    "check_date",
    "payment_account",
    "posted_balance",
    "product_row",
]

MAX_AMOUNT = 100_000_000_000
"""Rp100 miliar: anything larger at a koperasi counter is a typing mistake."""

Product = TypeVar("Product", SavingsProduct, LoanProduct)


def check_amount(
    amount: object,
    field_: str = "amount",
    *,
    allow_zero: bool = False,
    name_large: bool = True,
) -> int:
    """``amount`` as whole rupiah, or ``ValidationError`` on ``field_``: not an
    integer, negative, zero (unless ``allow_zero``) or above :data:`MAX_AMOUNT`
    (the message names the amount when ``name_large``)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(field_, "Jumlah harus bilangan rupiah bulat.")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError(field_, "Jumlah harus lebih dari nol.")
    if amount > MAX_AMOUNT:
        raise ValidationError(
            field_,
            f"Jumlah {format_rupiah(amount)} terlalu besar; periksa lagi."
            if name_large
            else "Jumlah terlalu besar; periksa lagi.",
        )
    return amount


def check_date(
    on: object, field_: str = "date", *, message: str = "Tanggal tidak valid."
) -> dt.date:
    """``on`` when it is a date (not a datetime), else ``ValidationError(field_, message)``."""
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError(field_, message)
    return on


def payment_account(session: Session, code: str, refusal: str) -> Account:
    """The active payment account (cash or bank, :data:`coa.PAYMENT_ACCOUNTS`) with
    ``code``. Any other code is refused with ``refusal`` followed by the list of
    payment accounts in brackets."""
    if code.strip() not in PAYMENT_ACCOUNTS:
        raise ValidationError("cash_account", f"{refusal} ({', '.join(PAYMENT_ACCOUNTS)}).")
    row = accounts.by_code(session, code)
    if row is None or not row.active:
        raise ValidationError("cash_account", f"Akun {code} tidak aktif.")
    return row


def posted_balance(session: Session, account_id: int, on: dt.date) -> int:
    """Debit-positive sum of one account's own lines dated on or before ``on``."""
    return int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.account_id == account_id, JournalLine.date <= on
            )
        ).scalar_one()
    )


def product_row(session: Session, model: type[Product], code: str, noun: str) -> Product:
    """The ``model`` product with ``code`` (any case), or ``NotFoundError`` naming the
    ``noun`` ("simpanan", "pinjaman") and the codes there are."""
    row = session.execute(select(model).where(model.code == code.strip().lower())).scalar()
    if row is None:
        known = ", ".join(session.execute(select(model.code)).scalars())
        raise NotFoundError(f"Produk {noun} '{code}' tidak ada. Produk yang ada: {known}.")
    return row
