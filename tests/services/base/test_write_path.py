"""The write path returns what it wrote (not read back), asks for reference rows once
per session, and the small services the demo book relies on (issue 13)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import InsufficientBalanceError, PermissionDeniedError
from kopdesk.models import Account
from kopdesk.services.base import users
from kopdesk.services.base.audit import list_audit
from kopdesk.services.closing import rat
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.loans import applications, disbursement, payments
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter
from kopdesk.services.savings import transactions as savings_transactions
from kopdesk.storage.db import Book
from tests.conftest import TODAY, PostFn

D = dt.date


@pytest.fixture
def kasir(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.KASIR]


@pytest.fixture
def budi(book: Book, bendahara: Actor) -> str:
    data = MemberInput(
        full_name="Budi Hartono", nik="3273011708850001", birth_date=D(1985, 8, 17), sex="L",
        join_date=D(2024, 6, 1),
    )  # fmt: skip
    with book.unit_of_work() as s:
        return members.register_member(s, bendahara, data).number


@pytest.fixture
def statements_run(book: Book) -> Iterator[list[str]]:
    """The SQL statements the book's engine runs while the test runs."""
    seen: list[str] = []

    def note(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(Engine, "before_cursor_execute", note)
    yield seen
    event.remove(Engine, "before_cursor_execute", note)


def test_a_posted_entry_is_returned_as_it_reads_back(book: Book, post: PostFn) -> None:
    posted = post("2025-03-05", [("1101", 125_000), ("3201", -125_000)], memo="Setoran   modal")
    with book.read() as s:
        assert journal.get_entry(s, posted.number) == posted
    assert posted.description == "Setoran modal"
    assert [(x.account_code, x.account_name) for x in posted.lines] == [
        ("1101", "Kas"),
        ("3201", "Modal penyertaan"),
    ]


def test_a_deposit_and_a_transfer_are_returned_as_they_read_back(
    book: Book, kasir: Actor, budi: str
) -> None:
    with book.unit_of_work() as s:
        first = counter.deposit(
            s, kasir, member=budi, product="sukarela", amount=400_000, on=D(2025, 2, 3)
        )
        moved = counter.transfer(
            s, kasir, member=budi, from_product="sukarela", to_product="wajib",
            amount=150_000, on=D(2025, 2, 4),
        )  # fmt: skip
    with book.read() as s:
        assert savings_transactions.get_transaction(s, first.number) == first
        assert savings_transactions.get_transaction(s, moved.number) == moved
    assert (first.balance_after, moved.balance_after, moved.to_balance_after) == (
        400_000,
        250_000,
        150_000,
    )


def test_a_repayment_is_returned_as_it_reads_back(
    book: Book, kasir: Actor, bendahara: Actor, budi: str
) -> None:
    on = D(2025, 1, 15)
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=budi, product="sukarela", amount=20_000_000, on=on)
        number = applications.apply(
            s, kasir, applications.LoanApplication(budi, "umum", 6_000_000, 6, on)
        ).number
        applications.approve(s, bendahara, number, on)
        paid_out = disbursement.disburse(s, kasir, number, on)
    with book.unit_of_work() as s:
        # Flat 1,5% a month: 1.000.000 principal + 90.000 interest, paid on the day.
        paid = payments.repay(s, kasir, number, 1_090_000, D(2025, 2, 15))
    with book.read() as s:
        assert loan_records.get_event(s, paid.number) == paid
        assert loan_records.get_event(s, paid_out.number) == paid_out
    assert (paid.principal, paid.interest, paid.outstanding_after) == (
        1_000_000,
        90_000,
        5_000_000,
    )


def test_withdrawable_is_the_most_a_withdrawal_may_take(
    book: Book, kasir: Actor, budi: str
) -> None:
    """Sukarela keeps Rp10.000 (its minimum); a deposit dated later is not spendable
    earlier; pokok and wajib are not withdrawn while a member."""
    with book.unit_of_work() as s:
        assert savings_accounts.withdrawable(s, budi, "sukarela", D(2025, 3, 1)) == 0  # no account
        counter.deposit(s, kasir, member=budi, product="sukarela", amount=300_000, on=D(2025, 3, 1))
        counter.deposit(s, kasir, member=budi, product="sukarela", amount=50_000, on=D(2025, 3, 9))
        counter.deposit(s, kasir, member=budi, product="wajib", amount=50_000, on=D(2025, 3, 1))
    with book.read() as s:
        assert savings_accounts.withdrawable(s, budi, "sukarela", D(2025, 3, 5)) == 290_000
        assert savings_accounts.withdrawable(s, budi, "sukarela", D(2025, 3, 9)) == 340_000
        assert savings_accounts.withdrawable(s, budi, "wajib", D(2025, 3, 9)) == 0
    with pytest.raises(InsufficientBalanceError), book.unit_of_work() as s:
        counter.withdraw(
            s, kasir, member=budi, product="sukarela", amount=290_001, on=D(2025, 3, 5)
        )
    with book.unit_of_work() as s:
        counter.withdraw(
            s, kasir, member=budi, product="sukarela", amount=290_000, on=D(2025, 3, 5)
        )
        assert savings_accounts.withdrawable(s, budi, "sukarela", D(2025, 3, 9)) == 50_000


def test_a_member_who_left_may_withdraw_nothing_at_the_counter(
    book: Book, kasir: Actor, bendahara: Actor, budi: str
) -> None:
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=budi, product="sukarela", amount=300_000, on=D(2025, 3, 1))
        members.change_status(
            s, bendahara, budi, MemberStatus.KELUAR, on=D(2025, 4, 1), reason="Pindah kota"
        )
        assert savings_accounts.withdrawable(s, budi, "sukarela", D(2025, 4, 2)) == 0
        assert members.statuses(s, [budi, "A-9999"]) == {budi: "keluar"}


def test_reference_rows_are_asked_once_per_session(book: Book, statements_run: list[str]) -> None:
    with book.read() as s:
        cash = accounts.by_code(s, "1101")
        assert cash is not None
        statements_run.clear()
        again = s.get(Account, cash.id)
        assert accounts.by_code(s, " 1101 ") is cash
        assert journal.open_year_for(s, D(2025, 6, 1)).year == 2025
        count = len(statements_run)
        journal.open_year_for(s, D(2025, 7, 1))
        assert accounts.code_map(s)[cash.id] == "1101"
        mapped = len(statements_run)
        assert accounts.code_map(s)[cash.id] == "1101"
    assert again is cash
    assert count == 1  # the fiscal years, once; the account came from the session
    assert len(statements_run) == mapped  # the code map is read once


def test_balances_of_and_the_loans_of_a_year(book: Book, post: PostFn) -> None:
    post("2025-03-05", [("1101", 125_000), ("3201", -125_000)])
    post("2025-03-06", [("1112", 75_000), ("1101", -75_000)])
    with book.read() as s:
        assert accounts.balances_of(s, ["1101", "1112", "1111"], D(2025, 3, 5)) == {
            "1101": 125_000,
            "1112": 0,
            "1111": 0,
        }
        assert accounts.balances_of(s, ["1101"], D(2025, 12, 31)) == {"1101": 50_000}
        year = rat.loans_of_year(s, 2025)
    assert (year.total_disbursed_count, year.total_outstanding_end) == (0, 0)


def test_an_admin_can_make_a_user_choose_a_new_password(
    book: Book, admin: Actor, actors: dict[Role, Actor]
) -> None:
    with book.unit_of_work() as s:
        info = users.require_new_password(s, admin, "admin")
    assert info.must_change_password
    with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
        users.require_new_password(s, actors[Role.BENDAHARA], "kasir")
    with book.read() as s:
        actions = [e.action for e in list_audit(s, admin)]
    assert actions[0] == "user.require_new_password"


def test_the_clock_is_pinned_for_the_tests_and_can_be_pinned_again() -> None:
    assert clock.today() == TODAY
    with clock.pinned(D(2024, 2, 29)):
        assert clock.today() == D(2024, 2, 29)
        assert clock.now().date() == D(2024, 2, 29)
    assert clock.today() == TODAY
