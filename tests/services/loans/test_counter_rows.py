"""The counter's lists with loans (issue 17, defect 2): "Transaksi hari ini", a
member's history and the daily cash report show loan disbursements and payments
with their receipt numbers (PC-…, BA-…) and journal entries, beside the savings."""

from __future__ import annotations

import datetime as dt

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.loans import applications, disbursement, payments
from kopdesk.services.loans.counter_rows import day_rows, loan_rows, member_rows
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.services.savings.papers import daily_cash
from kopdesk.services.savings.transactions import KIND_LABEL
from kopdesk.storage.db import Book

D = dt.date
LENT = D(2025, 1, 15)
PAID = D(2025, 2, 15)


def _member(book: Book, actor: Actor, name: str, serial: int) -> str:
    data = MemberInput(
        full_name=name, nik=f"32730117088{serial:05d}", birth_date=D(1985, 8, 17),
        sex="P", join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


@pytest.fixture
def lent(book: Book, actors: dict[Role, Actor]) -> tuple[str, str]:
    """Siti saves Rp50 juta on 2 January, borrows Rp9 juta on 15 January (cash out
    on the same day as Budi's deposit) and pays Rp1 juta on 15 February."""
    kasir, bendahara = actors[Role.KASIR], actors[Role.BENDAHARA]
    siti = _member(book, bendahara, "Siti Aminah", 1)
    budi = _member(book, bendahara, "Budi Santoso", 2)
    with book.unit_of_work() as s:
        counter.deposit(
            s, kasir, member=siti, product="sukarela", amount=50_000_000, on=D(2025, 1, 2)
        )
        counter.deposit(s, kasir, member=budi, product="sukarela", amount=200_000, on=LENT)
        loan = applications.apply(
            s, kasir, applications.LoanApplication(siti, "umum", 9_000_000, 12, LENT)
        ).number
        applications.approve(s, bendahara, loan, LENT)
        disbursement.disburse(s, kasir, loan, LENT)
        payments.repay(s, kasir, loan, 1_000_000, PAID)
    return siti, loan


def test_the_day_lists_the_loan_disbursement_beside_the_deposits(
    book: Book, lent: tuple[str, str]
) -> None:
    siti, loan = lent
    with book.read() as s:
        rows = day_rows(s, LENT)
    kinds = [(r.kind, r.member_number, r.account_number) for r in rows]
    assert ("pinjaman.cair", siti, loan) in kinds
    assert any(r.kind == "setor" for r in rows)
    cair = next(r for r in rows if r.is_loan)
    assert cair.number.startswith("PC-2025-")
    assert cair.entry_number.startswith("JU-2025-")
    assert cair.amount > 0
    assert KIND_LABEL[cair.kind] == "Pencairan pinjaman"
    # a day without loans lists none, and a savings row is not a loan
    with book.read() as s:
        assert [r.is_loan for r in day_rows(s, D(2025, 1, 2))] == [False]


def test_member_history_has_the_loan_and_its_payment_newest_first(
    book: Book, lent: tuple[str, str]
) -> None:
    siti, loan = lent
    with book.read() as s:
        history = member_rows(s, siti)
    assert [(r.kind, r.date) for r in history] == [
        ("pinjaman.angsuran", PAID),
        ("pinjaman.cair", LENT),
        ("setor", D(2025, 1, 2)),
    ]
    payment = history[0]
    assert payment.number.startswith("BA-2025-")
    assert (payment.amount, payment.account_number) == (1_000_000, loan)
    assert payment.entry_number.startswith("JU-2025-")
    with book.read() as s:
        assert member_rows(s, siti, limit=2) == history[:2]
        assert loan_rows(s, on=D(2025, 3, 1)) == []


def test_daily_cash_prints_the_loan_receipt_numbers(book: Book, lent: tuple[str, str]) -> None:
    del lent
    with book.read() as s:
        lent_day = daily_cash(s, LENT)
        paid_day = daily_cash(s, PAID)
        cair = next(r for r in day_rows(s, LENT) if r.is_loan)
        paid = next(r for r in day_rows(s, PAID) if r.is_loan)
    by_entry = {r.entry_number: r.receipt_number for r in lent_day.rows}
    assert by_entry[cair.entry_number] == cair.number
    assert [r.receipt_number for r in paid_day.rows] == [paid.number]
    assert all(r.receipt_number for r in lent_day.rows)
