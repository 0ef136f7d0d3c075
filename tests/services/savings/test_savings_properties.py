"""Savings invariants under random sequences of counter transactions (hypothesis).

Deposits, withdrawals, transfers and corrections on a few members, refused
ones included: refused ones leave the book unchanged; accepted ones keep each
balance equal to the negated sum of its journal lines and to a simple model,
never negative, never under the product's minimum except by a correction,
the members' balances per product equal to the control account, and every
journal entry balanced.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import MetaData, func, select
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.models import Account, JournalLine, SavingsAccount, SavingsProduct
from kopdesk.services.base import settings as book_settings
from kopdesk.services.members import register as members
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import corrections as savings_corrections
from kopdesk.services.savings import counter as savings_counter
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings import transactions as savings_transactions
from kopdesk.storage.db import Book, open_book
from tests.helpers import Snapshot

MEMBERS = ("A-0001", "A-0002", "A-0003")
PRODUCTS = ("pokok", "wajib", "sukarela")
START = dt.date(2025, 1, 2)


@dataclass(frozen=True)
class Op:
    kind: str
    member: int
    product: str
    amount: int
    days: int
    """Days after the previous operation (dates never go back)."""
    target: int
    """Which earlier transaction a correction reverses (modulo their number)."""


amounts = st.one_of(
    st.sampled_from([10_000, 50_000, 100_000, 5_000]),
    st.integers(min_value=1, max_value=3_000_000),
    st.integers(min_value=-5, max_value=0),
)
ops = st.builds(
    Op,
    kind=st.sampled_from(["setor", "setor", "tarik", "pindah", "koreksi"]),
    member=st.integers(0, len(MEMBERS) - 1),
    product=st.sampled_from(PRODUCTS),
    amount=amounts,
    days=st.integers(0, 20),
    target=st.integers(0, 50),
)


def _fresh(template_book: Path) -> Book:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return open_book(target)


def _snapshotter(book: Book) -> Callable[[], Snapshot]:
    """Every row of every table (the schema reflected once, for speed)."""
    meta = MetaData()
    meta.reflect(book.engine)

    def take() -> Snapshot:
        with book.read() as session:
            return {
                name: [tuple(row) for row in session.execute(select(table).order_by(*table.c))]
                for name, table in meta.tables.items()
            }

    return take


def _apply(
    s: Session, actor: Actor, op: Op, on: dt.date, done: list[str]
) -> savings_transactions.TxInfo:
    member = MEMBERS[op.member]
    if op.kind == "setor":
        return savings_counter.deposit(
            s, actor, member=member, product=op.product, amount=op.amount, on=on
        )
    if op.kind == "tarik":
        return savings_counter.withdraw(
            s, actor, member=member, product=op.product, amount=op.amount, on=on
        )
    if op.kind == "pindah":
        return savings_counter.transfer(
            s,
            actor,
            member=member,
            from_product="sukarela",
            to_product=op.product,
            amount=op.amount,
            on=on,
        )
    number = done[op.target % len(done)] if done else "BS-2025-999999"
    return savings_corrections.correct(s, actor, number, on, reason="Salah catat di loket")


def _balances(s: Session) -> dict[tuple[str, str], int]:
    """Balance per (member number, product code), from the savings service."""
    rows = s.execute(
        select(SavingsAccount.id, SavingsAccount.number, SavingsProduct.code).join(
            SavingsProduct, SavingsProduct.id == SavingsAccount.product_id
        )
    ).all()
    found = savings_accounts.balances(s, [r[0] for r in rows])
    return {(number.split("-", 1)[1], code): found[i] for i, number, code in rows}


def _check_books(s: Session, model: dict[tuple[str, str], int]) -> None:
    by_account = dict(
        s.execute(
            select(JournalLine.savings_account_id, func.sum(JournalLine.amount))
            .where(JournalLine.savings_account_id.is_not(None))
            .group_by(JournalLine.savings_account_id)
        ).all()
    )
    for account_id, balance in savings_accounts.balances(s, [i for i in by_account if i]).items():
        assert balance == -int(by_account[account_id])
    assert {k: v for k, v in _balances(s).items() if v} == {k: v for k, v in model.items() if v}
    for product in savings_products.list_products(s):
        members_total = sum(v for (_m, code), v in model.items() if code == product.code)
        control = s.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code == product.account_code)
        ).scalar_one()
        assert members_total == -int(control)
    unbalanced = s.execute(
        select(JournalLine.entry_id)
        .group_by(JournalLine.entry_id)
        .having(func.sum(JournalLine.amount) != 0)
    ).all()
    assert unbalanced == []


def _effect(s: Session, tx: savings_transactions.TxInfo) -> dict[tuple[str, str], int]:
    """What ``tx`` did to each (member, product) balance, read from its journal lines."""
    from kopdesk.services.ledger import journal

    codes = {a.id: a.number for a in s.execute(select(SavingsAccount)).scalars()}
    products = {
        a.id: p.code
        for a, p in s.execute(
            select(SavingsAccount, SavingsProduct).join(
                SavingsProduct, SavingsProduct.id == SavingsAccount.product_id
            )
        ).all()
    }
    out: dict[tuple[str, str], int] = {}
    for line in journal.get_entry(s, tx.entry_number).lines:
        if line.savings_account_id is not None:
            key = (
                codes[line.savings_account_id].split("-", 1)[1],
                products[line.savings_account_id],
            )
            out[key] = out.get(key, 0) - line.amount
    return out


def _expected(op: Op, amount: int) -> dict[tuple[str, str], int]:
    member = MEMBERS[op.member]
    if op.kind == "setor":
        return {(member, op.product): amount}
    if op.kind == "tarik":
        return {(member, op.product): -amount}
    return {(member, "sukarela"): -amount, (member, op.product): amount}


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sequence=st.lists(ops, min_size=1, max_size=12))
def test_savings_sub_ledger_always_agrees_with_the_books(
    template_book: Path, sequence: list[Op], bendahara: Actor
) -> None:
    book = _fresh(template_book)
    try:
        with book.unit_of_work() as s:
            book_settings.set_int(s, book_settings.REVERSAL_APPROVAL_DAYS, 3650)
            for i, _ in enumerate(MEMBERS):
                members.register_member(
                    s,
                    bendahara,
                    members.MemberInput(
                        full_name=f"Anggota Uji {i + 1}",
                        nik=f"3273010101800{i + 1:03d}",
                        birth_date=dt.date(1980, 1, 1),
                        join_date=dt.date(2025, 1, 1),
                        sex="L",
                    ),
                )
            minimum = savings_products.get_product(s, "sukarela").minimum_balance
        snapshot = _snapshotter(book)
        model: dict[tuple[str, str], int] = {}
        corrected: set[tuple[str, str]] = set()
        done: list[str] = []
        effects: dict[str, dict[tuple[str, str], int]] = {}
        on = START
        for op in sequence:
            on = min(on + dt.timedelta(days=op.days), dt.date(2025, 12, 31))
            before = snapshot()
            refused: KopdeskError | None = None
            try:
                with book.unit_of_work() as s:
                    tx = _apply(s, bendahara, op, on, done)
                    effect = _effect(s, tx)
            except KopdeskError as exc:
                refused = exc
            if refused is not None:
                assert refused.message
                assert snapshot() == before
                continue
            if tx.kind == "koreksi":
                assert tx.reversal_of is not None
                assert effect == {k: -v for k, v in effects[tx.reversal_of].items()}
                corrected |= set(effect)
            else:
                assert effect == _expected(op, tx.amount)
                done.append(tx.number)
                effects[tx.number] = effect
            for key, change in effect.items():
                model[key] = model.get(key, 0) + change
            for key, balance in model.items():
                assert balance >= 0
                if key[1] == "sukarela" and key not in corrected and balance:
                    assert balance >= minimum
            with book.read() as s:
                _check_books(s, model)
    finally:
        book.close()
