"""Member exit settlement (KOPERASI.md §1.2, §2.4): savings to 2104, loans offset,
the rest paid or owed. Expected amounts are worked out by hand in the comments.

Refused means the book is unchanged (snapshot). Afterwards the savings
sub-ledger still equals its control accounts and 2104 holds exactly what was
not paid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import (
    ApprovalRequiredError,
    DomainError,
    InsufficientBalanceError,
    PermissionDeniedError,
    ValidationError,
)
from kopdesk.models import Account, JournalLine, SavingsAccount
from kopdesk.services.base import approvals
from kopdesk.services.loans import applications, disbursement, payments, schedules
from kopdesk.services.loans import records as loan_records
from kopdesk.services.member_exit import settlement as member_exit
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter
from kopdesk.services.savings import papers as savings_papers
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD, TODAY, PostFn
from tests.helpers import Snapshot

D = dt.date


def make_member(book: Book, actor: Actor, name: str, serial: int) -> str:
    data = MemberInput(
        full_name=name,
        nik=f"327301170885{serial:04d}",
        birth_date=D(1985, 8, 17),
        sex="P",
        join_date=D(2025, 1, 2),
        address="Jl. Melati No. 3, Bandung",
    )
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


def deposit(book: Book, actor: Actor, number: str, product: str, amount: int, on: dt.date) -> None:
    with book.unit_of_work() as s:
        counter.deposit(s, actor, member=number, product=product, amount=amount, on=on)


def make_loan(book: Book, actors: dict[Role, Actor], number: str, amount: int, on: dt.date) -> str:
    """A Pinjaman Umum (flat 1,5 % a month, provisi 1 %, admin Rp25.000) over 10 months."""
    app = applications.LoanApplication(number, "umum", amount, 10, on)
    with book.unit_of_work() as s:
        loan = applications.apply(s, actors[Role.BENDAHARA], app).number
    with book.unit_of_work() as s:
        applications.approve(s, actors[Role.KETUA], loan, on)
    with book.unit_of_work() as s:
        disbursement.disburse(s, actors[Role.BENDAHARA], loan, on)
    return loan


def grant(book: Book, actors: dict[Role, Actor]) -> int:
    with book.unit_of_work() as s:
        out = approvals.grant(
            s, actors[Role.BENDAHARA], "ketua", PASSWORD, Permission.SAVINGS_MANAGE
        )
    assert out.grant_id is not None
    return out.grant_id


def gl(book: Book, code: str, member_number: str | None = None) -> int:
    """Credit-positive balance of an account (of one member's lines when given)."""
    with book.read() as s:
        stmt = (
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code == code)
        )
        if member_number is not None:
            member_id = members.get_member(s, member_number).id
            stmt = stmt.where(JournalLine.member_id == member_id)
        return -int(s.execute(stmt).scalar_one())


def assert_subledger_matches(book: Book, on: dt.date) -> None:
    with book.read() as s:
        recap = savings_papers.savings_recap(s, on)
    assert recap.total_difference == 0
    assert all(row.difference == 0 for row in recap.rows)


@pytest.fixture
def ani(book: Book, actors: dict[Role, Actor]) -> tuple[str, str]:
    """Ani: pokok 100.000, wajib 1.200.000, sukarela 500.000 (Rp1.800.000), and a
    loan of Rp1.000.000 over 10 months (installment 100.000 + 15.000) of which
    three installments are paid: Rp700.000 principal left, no interest due
    on 20-04-2025 (the 4th installment falls due on 10-05-2025)."""
    kasir = actors[Role.KASIR]
    number = make_member(book, actors[Role.BENDAHARA], "Ani Lestari", 1)
    deposit(book, kasir, number, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, number, "wajib", 1_200_000, D(2025, 1, 2))
    deposit(book, kasir, number, "sukarela", 500_000, D(2025, 1, 2))
    loan = make_loan(book, actors, number, 1_000_000, D(2025, 1, 10))
    for month in (2, 3, 4):
        with book.unit_of_work() as s:
            payments.repay(s, kasir, loan, 115_000, D(2025, month, 10))
    return number, loan


def test_worked_example_pays_the_net_in_cash(
    book: Book, actors: dict[Role, Actor], ani: tuple[str, str]
) -> None:
    """1.800.000 savings − 700.000 payoff = 1.100.000 paid out in cash."""
    number, loan = ani
    bendahara = actors[Role.BENDAHARA]
    on = D(2025, 4, 20)
    with book.read() as s:
        plan = member_exit.plan_exit(s, number, on)
    assert [(x.kind, x.balance) for x in plan.savings] == [
        ("pokok", 100_000),
        ("wajib", 1_200_000),
        ("sukarela", 500_000),
    ]
    assert [(x.loan_number, x.payoff, x.principal, x.interest, x.late_fee, x.remaining)
            for x in plan.loans] == [(loan, 700_000, 700_000, 0, 0, 0)]  # fmt: skip
    assert (plan.total_savings, plan.total_offset, plan.net, plan.owed_after) == (
        1_800_000, 700_000, 1_100_000, 0,
    )  # fmt: skip
    cash_before = gl(book, "1101")
    with book.unit_of_work() as s:
        result = member_exit.settle_exit(
            s, bendahara, number, on, reason="Pindah domisili", approval=grant(book, actors)
        )
    assert (result.paid, result.payable, result.status) == (1_100_000, 0, MemberStatus.KELUAR)
    assert gl(book, "1101") - cash_before == 1_100_000  # credit-positive: cash went out
    assert gl(book, "2104", number) == 0
    with book.read() as s:
        assert members.get_member(s, number).status == "keluar"
        accounts = savings_accounts.member_accounts(s, number, include_closed=True)
        assert {(a.status, a.balance) for a in accounts} == {("tutup", 0)}
        info = loan_records.get_loan(s, loan)
        assert (info.status, info.closed_on) == ("lunas", on)
        event = loan_records.events_of(s, loan)[-1]
        assert (event.kind, event.principal, event.entry_number) == (
            "pelunasan", 700_000, result.entry_number,
        )  # fmt: skip
        assert sum(p.pokok for p in event.parts) == 700_000
        report = member_exit.settlement(s, result.entry_number)
    assert (report.net, report.paid, report.payable, report.cash_account) == (
        1_100_000, 1_100_000, 0, "1101",
    )  # fmt: skip
    assert report.net_words == "Satu juta seratus ribu rupiah"
    assert report.reason == "Pindah domisili"
    assert report.status_label == "Keluar"
    assert [x.offset for x in report.loans] == [700_000]
    assert_subledger_matches(book, on)


def test_loans_larger_than_savings_keep_running(
    book: Book, actors: dict[Role, Actor], post: PostFn
) -> None:
    """Savings 300.000 against a fresh loan of 1.000.000 (nothing due yet on
    05-02-2025): 300.000 of principal is offset, 700.000 stays owed, nothing is paid."""
    bendahara, kasir = actors[Role.BENDAHARA], actors[Role.KASIR]
    number = make_member(book, bendahara, "Budi Santoso", 2)
    deposit(book, kasir, number, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, number, "wajib", 200_000, D(2025, 1, 2))
    post("2025-01-03", [("1101", 2_000_000), ("3201", -2_000_000)], "Modal awal kas")
    loan = make_loan(book, actors, number, 1_000_000, D(2025, 1, 10))
    on = D(2025, 2, 5)
    with book.unit_of_work() as s:
        result = member_exit.settle_exit(
            s, bendahara, number, on, reason="Diberhentikan karena pindah kerja",
            status=MemberStatus.DIBERHENTIKAN, approval=grant(book, actors),
        )  # fmt: skip
    plan = result.plan
    assert (plan.total_savings, plan.total_payoff, plan.total_offset, plan.net) == (
        300_000, 1_000_000, 300_000, 0,
    )  # fmt: skip
    assert plan.owed_after == 700_000
    assert (result.paid, result.payable) == (0, 0)
    with book.read() as s:
        info = loan_records.get_loan(s, loan)
        assert info.status == "aktif"
        assert schedules.bill(s, loan, on).outstanding == 700_000
        assert loan_records.events_of(s, loan)[-1].kind == "angsuran"
        assert members.get_member(s, number).status == "diberhentikan"
        report = member_exit.settlement(s, result.entry_number)
    assert [(x.offset, x.remaining) for x in report.loans] == [(300_000, 700_000)]
    assert report.owed_after == 700_000
    assert gl(book, "2104", number) == 0
    assert_subledger_matches(book, on)


def test_member_already_left_pay_later_then_pay(book: Book, actors: dict[Role, Actor]) -> None:
    """The status was recorded before; the settlement keeps it, holds 1.300.000
    in 2104 until it is paid."""
    bendahara, kasir = actors[Role.BENDAHARA], actors[Role.KASIR]
    number = make_member(book, bendahara, "Citra Dewi", 3)
    deposit(book, kasir, number, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, number, "wajib", 1_200_000, D(2025, 1, 2))
    with book.unit_of_work() as s:
        members.change_status(s, bendahara, number, MemberStatus.MENINGGAL,
                              on=D(2025, 3, 1), reason="Meninggal dunia")  # fmt: skip
    with book.unit_of_work() as s:
        result = member_exit.settle_exit(
            s, bendahara, number, D(2025, 3, 5), reason="Hak diserahkan ke ahli waris",
            pay_now=False,
        )  # fmt: skip
    assert (result.paid, result.payable, result.status) == (0, 1_300_000, MemberStatus.MENINGGAL)
    assert gl(book, "2104", number) == 1_300_000
    assert gl(book, "3101") == 0
    assert gl(book, "3102") == 0
    with book.read() as s:
        assert member_exit.payable_balance(s, number) == 1_300_000
        assert len(members.status_history(s, number)) == 2  # aktif, meninggal
        assert member_exit.settlement(s, result.entry_number).status_label == "Meninggal"
    assert_subledger_matches(book, D(2025, 3, 5))
    with book.unit_of_work() as s:
        member_exit.pay_payable(s, bendahara, number, D(2025, 3, 10))
    assert gl(book, "2104", number) == 0


def refused(
    snapshot: Callable[[], Snapshot], error: type[Exception], fn: Callable[[], object]
) -> None:
    before = snapshot()
    with pytest.raises(error):
        fn()
    assert snapshot() == before


def test_refused_cases_leave_the_book_unchanged(
    book: Book,
    actors: dict[Role, Actor],
    ani: tuple[str, str],
    snapshot: Callable[[], Snapshot],
) -> None:
    number, _loan = ani
    bendahara = actors[Role.BENDAHARA]
    on = D(2025, 4, 20)

    def settle(actor: Actor = bendahara, **kw: object) -> Callable[[], object]:
        def run() -> object:
            options: dict[str, object] = {"reason": "Pindah domisili", **kw}
            when = options.pop("on", on)
            who = options.pop("member", number)
            with book.unit_of_work() as s:
                return member_exit.settle_exit(s, actor, who, when, **options)  # type: ignore[arg-type]

        return run

    refused(snapshot, ApprovalRequiredError, settle())  # offsets a loan
    refused(snapshot, PermissionDeniedError, settle(actors[Role.KASIR]))
    refused(snapshot, ValidationError, settle(reason=" "))
    refused(snapshot, ValidationError, settle(on=TODAY + dt.timedelta(days=1)))
    refused(snapshot, ValidationError, settle(on=D(2025, 4, 5)))  # before the last payment
    refused(snapshot, ValidationError, settle(status=MemberStatus.AKTIF))
    refused(snapshot, DomainError, settle(member="A-9999"))
    # cash short: take the cash out of 1101 first
    with book.unit_of_work() as s:
        from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry

        at_hand = -gl(book, "1101")
        post_entry(s, EntryInput(on, "Setor ke bank", [LineInput("1111", at_hand - 1000),
                                                      LineInput("1101", 1000 - at_hand)]),
                   actor=bendahara)  # fmt: skip
    refused(snapshot, InsufficientBalanceError, settle(approval=grant(book, actors)))
    # the same settlement owed (pay later) goes through; a second one is refused
    with book.unit_of_work() as s:
        member_exit.settle_exit(s, bendahara, number, on, reason="Pindah domisili",
                                pay_now=False, approval=grant(book, actors))  # fmt: skip
    assert gl(book, "2104", number) == 1_100_000
    refused(snapshot, DomainError, settle(approval=grant(book, actors)))
    with book.read() as s:
        rows = s.execute(select(SavingsAccount.status)).scalars().all()
    assert set(rows) == {"tutup"}


def test_paper_shows_the_settlement(
    book: Book, actors: dict[Role, Actor], ani: tuple[str, str]
) -> None:
    """The registered A4 paper carries every figure of the worked example and its words."""
    from kopdesk.app import papers as documents
    from tests.reports.pdftext import pdf_text

    number, loan = ani
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        result = member_exit.settle_exit(
            s, bendahara, number, D(2025, 4, 20), reason="Pindah domisili",
            approval=grant(book, actors),
        )  # fmt: skip
    text = pdf_text(documents.member_exit_pdf(book, result.entry_number, actor=bendahara))
    flat = " ".join(text.split())
    for expected in (
        "PENYELESAIAN HAK DAN KEWAJIBAN ANGGOTA KELUAR",
        "Ani Lestari",
        "Pindah domisili",
        "1.800.000",
        loan,
        "700.000",
        "1.100.000",
        "Satu juta seratus ribu rupiah",
        "Anggota / Ahli Waris",
        "Bendahara",
        "Ketua",
        result.entry_number,
    ):
        assert expected in flat
