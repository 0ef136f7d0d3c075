"""Savings products and counter transactions: every rule with an allowed and a refused case.

Refused means the book is unchanged (snapshot). Expected amounts are worked
out by hand in the comments, not taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import (
    AccountError,
    ApprovalRequiredError,
    DomainError,
    InsufficientBalanceError,
    PermissionDeniedError,
    ValidationError,
)
from kopdesk.models import Account, JournalLine, SavingsAccount
from kopdesk.services.ledger import journal
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import corrections, counter, transactions
from kopdesk.services.savings import products as savings_products
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot

D = dt.date


def _member(book: Book, actor: Actor, name: str, serial: int, **extra: object) -> str:
    nik = f"3273011708{85:02d}{serial:04d}"
    data = MemberInput(
        full_name=name,
        nik=nik,
        birth_date=D(1985, 8, 17),
        sex="L",
        join_date=extra.pop("join_date", D(2025, 1, 2)),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )
    with book.unit_of_work() as s:
        return members.register_member(s, actor, data).number


@pytest.fixture
def kasir(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.KASIR]


@pytest.fixture
def ani(book: Book, bendahara: Actor) -> str:
    return _member(book, bendahara, "Ani Lestari", 1)


@pytest.fixture
def act(book: Book, kasir: Actor) -> Callable[..., transactions.TxInfo]:
    """Run one savings service as the cashier in its own unit of work."""

    def _act(fn: Callable[..., transactions.TxInfo], **kwargs: object) -> transactions.TxInfo:
        with book.unit_of_work() as s:
            return fn(s, kasir, **kwargs)

    return _act


def _accounts(book: Book, number: str) -> dict[str, savings_accounts.AccountInfo]:
    with book.read() as s:
        return {a.product_code: a for a in savings_accounts.member_accounts(s, number)}


def _refused(
    book: Book,
    snapshot: Callable[[], Snapshot],
    error: type[Exception],
    fn: Callable[..., object],
    *args: object,
    match: str | None = None,
    **kwargs: object,
) -> None:
    before = snapshot()
    with pytest.raises(error, match=match), book.unit_of_work() as s:
        fn(s, *args, **kwargs)
    assert snapshot() == before


# --- products ------------------------------------------------------------------


def test_new_book_has_one_product_of_each_kind_classified_per_koperasi_md(book: Book) -> None:
    with book.read() as s:
        products = {p.code: p for p in savings_products.list_products(s)}
    assert list(products) == ["pokok", "wajib", "sukarela", "berjangka"]
    # KOPERASI.md §1.2: pokok and wajib are equity, sukarela and berjangka liabilities.
    assert {c: p.classification for c, p in products.items()} == {
        "pokok": "ekuitas",
        "wajib": "ekuitas",
        "sukarela": "liabilitas",
        "berjangka": "liabilitas",
    }
    assert {c: p.account_code for c, p in products.items()} == {
        "pokok": "3101",
        "wajib": "3102",
        "sukarela": "2101",
        "berjangka": "2102",
    }
    assert not products["pokok"].withdrawable
    assert not products["wajib"].withdrawable
    assert products["sukarela"].withdrawable


def _terms(p: savings_products.ProductInfo, **changes: object) -> savings_products.ProductInput:
    fields: dict[str, object] = {
        "name": p.name,
        "classification": p.classification,
        "account_code": p.account_code,
        "interest_account_code": p.interest_account_code,
        "penalty_account_code": p.penalty_account_code,
        "fixed_amount": p.fixed_amount,
        "monthly_amount": p.monthly_amount,
        "minimum_balance": p.minimum_balance,
        "withdrawable": p.withdrawable,
        "interest_method": p.interest_method,
        "rate_percent": str(p.rate_percent),
        "term_months": p.term_months,
        "rollover": p.rollover,
        "penalty_percent": str(p.penalty_percent),
        "active": p.active,
        "class_amounts": dict(p.class_amounts),
    }
    fields.update(changes)
    return savings_products.ProductInput(**fields)  # type: ignore[arg-type]


def test_product_terms_change_and_bad_terms_are_refused(
    book: Book, bendahara: Actor, kasir: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    with book.read() as s:
        sukarela = savings_products.get_product(s, "sukarela")
        wajib = savings_products.get_product(s, "wajib")
    with book.unit_of_work() as s:
        savings_products.update_product(
            s, bendahara, "sukarela", _terms(sukarela, rate_percent="4,5")
        )
        savings_products.update_product(
            s, bendahara, "wajib", _terms(wajib, class_amounts={"Karyawan tetap": 100_000})
        )
    with book.read() as s:
        assert str(savings_products.get_product(s, "sukarela").rate_percent) == "4.5"
        assert savings_products.get_product(s, "wajib").monthly_for("Karyawan tetap") == 100_000
        assert savings_products.get_product(s, "wajib").monthly_for("") == 50_000
        sukarela = savings_products.get_product(s, "sukarela")
    bad = [
        _terms(sukarela, rate_percent="dua persen"),
        _terms(sukarela, rate_percent="75"),
        _terms(sukarela, classification="modal"),
        _terms(sukarela, account_code="1101"),  # an asset cannot hold members' savings
        _terms(sukarela, account_code="2102"),  # berjangka's control account
        _terms(sukarela, minimum_balance=-1),
    ]
    for terms in bad:
        _refused(
            book,
            snapshot,
            ValidationError,
            savings_products.update_product,
            bendahara,
            "sukarela",
            terms,
        )
    _refused(
        book,
        snapshot,
        PermissionDeniedError,
        savings_products.update_product,
        kasir,
        "sukarela",
        sukarela,
    )


def test_control_account_cannot_change_once_members_hold_balances(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=50_000, on=D(2025, 2, 1))
    with book.read() as s:
        sukarela = savings_products.get_product(s, "sukarela")
    _refused(
        book, snapshot, DomainError, savings_products.update_product, bendahara, "sukarela",
        _terms(sukarela, account_code="2103"), match="sudah ada saldo",
    )  # fmt: skip


# --- pokok -------------------------------------------------------------------------


def test_pokok_is_paid_once_exactly(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    for amount in (50_000, 150_000):
        _refused(
            book, snapshot, ValidationError, counter.deposit, kasir, member=ani,
            product="pokok", amount=amount, on=D(2025, 1, 2), match="Rp100.000",
        )  # fmt: skip
    tx = act(counter.deposit, member=ani, product="pokok", amount=100_000, on=D(2025, 1, 2))
    assert tx.number == "BS-2025-000001"
    assert tx.balance_after == 100_000
    _refused(
        book, snapshot, ValidationError, counter.deposit, kasir, member=ani, product="pokok",
        amount=100_000, on=D(2025, 1, 3), match="sudah lunas",
    )  # fmt: skip
    _refused(
        book, snapshot, DomainError, counter.withdraw, kasir, member=ani, product="pokok",
        amount=100_000, on=D(2025, 1, 3), match="tidak dapat ditarik",
    )  # fmt: skip


def test_calon_anggota_may_only_pay_pokok_and_members_who_left_nothing(
    book: Book, bendahara: Actor, kasir: Actor, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    calon = _member(book, bendahara, "Calon Satu", 2, status=MemberStatus.CALON)
    _refused(
        book, snapshot, DomainError, counter.deposit, kasir, member=calon, product="sukarela",
        amount=50_000, on=D(2025, 1, 5), match="calon anggota",
    )  # fmt: skip
    act(counter.deposit, member=calon, product="pokok", amount=100_000, on=D(2025, 1, 5))
    left = _member(book, bendahara, "Sudah Keluar", 3)
    with book.unit_of_work() as s:
        members.change_status(
            s, bendahara, left, MemberStatus.KELUAR, on=D(2025, 3, 1), reason="Pindah kota"
        )
    _refused(
        book, snapshot, DomainError, counter.deposit, kasir, member=left, product="wajib",
        amount=50_000, on=D(2025, 3, 5), match="keluar",
    )  # fmt: skip


# --- wajib and sukarela ---------------------------------------------------------------


def test_wajib_takes_any_amount_but_is_not_withdrawable(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="wajib", amount=150_000, on=D(2025, 3, 1))
    assert _accounts(book, ani)["wajib"].balance == 150_000
    assert _accounts(book, ani)["wajib"].available == 0
    _refused(
        book, snapshot, DomainError, counter.withdraw, kasir, member=ani, product="wajib",
        amount=10_000, on=D(2025, 3, 2), match="tidak dapat ditarik",
    )  # fmt: skip


def test_sukarela_keeps_its_minimum_balance(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    _refused(
        book, snapshot, ValidationError, counter.deposit, kasir, member=ani,
        product="sukarela", amount=5_000, on=D(2025, 2, 1), match="paling sedikit Rp10.000",
    )  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=300_000, on=D(2025, 2, 1))
    # 300.000 with a Rp10.000 minimum: at most 290.000 may be withdrawn.
    _refused(
        book, snapshot, InsufficientBalanceError, counter.withdraw, kasir, member=ani,
        product="sukarela", amount=290_001, on=D(2025, 2, 2), match="Rp290.000",
    )  # fmt: skip
    tx = act(counter.withdraw, member=ani, product="sukarela", amount=290_000, on=D(2025, 2, 2))
    assert tx.number == "BP-2025-000001"
    assert tx.balance_after == 10_000
    _refused(
        book, snapshot, InsufficientBalanceError, counter.withdraw, kasir, member=ani,
        product="sukarela", amount=1, on=D(2025, 2, 3),
    )  # fmt: skip


def test_a_withdrawal_cannot_use_money_deposited_later(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=20_000, on=D(2025, 2, 1))
    act(counter.deposit, member=ani, product="sukarela", amount=500_000, on=D(2025, 2, 20))
    # On 10 February only 20.000 was there (10.000 of it withdrawable).
    _refused(
        book, snapshot, InsufficientBalanceError, counter.withdraw, kasir, member=ani,
        product="sukarela", amount=100_000, on=D(2025, 2, 10),
    )  # fmt: skip


def test_cash_cannot_go_below_zero(
    book: Book, kasir: Actor, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    post: Callable[..., object], snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=1_000_000, on=D(2025, 2, 1))
    # The cash was taken to the bank the same day: the cash box is empty.
    post("2025-02-01", [("1111", 1_000_000), ("1101", -1_000_000)], "Setor ke bank")
    _refused(
        book, snapshot, InsufficientBalanceError, counter.withdraw, kasir, member=ani,
        product="sukarela", amount=500_000, on=D(2025, 2, 2), match="Saldo Kas",
    )  # fmt: skip
    tx = act(
        counter.withdraw, member=ani, product="sukarela", amount=500_000, on=D(2025, 2, 2),
        cash_account="1111",
    )  # fmt: skip
    assert tx.cash_account_code == "1111"


@pytest.mark.parametrize("amount", [0, -5, 10.5, True, 100_000_000_001])
def test_bad_amounts_are_refused(
    book: Book, kasir: Actor, ani: str, amount: object, snapshot: Callable[[], Snapshot]
) -> None:
    _refused(
        book, snapshot, ValidationError, counter.deposit, kasir, member=ani,
        product="sukarela", amount=amount, on=D(2025, 2, 1),
    )  # fmt: skip


def test_closed_year_and_unknown_things_are_refused(
    book: Book, kasir: Actor, ani: str, snapshot: Callable[[], Snapshot]
) -> None:
    from kopdesk.errors import NotFoundError, PeriodClosedError

    _refused(
        book, snapshot, PeriodClosedError, counter.deposit, kasir, member=ani,
        product="sukarela", amount=50_000, on=D(2026, 1, 5),
    )  # fmt: skip
    _refused(
        book, snapshot, NotFoundError, counter.deposit, kasir, member="A-9999",
        product="sukarela", amount=50_000, on=D(2025, 2, 1),
    )  # fmt: skip
    _refused(
        book, snapshot, NotFoundError, counter.deposit, kasir, member=ani,
        product="tabungan-haji", amount=50_000, on=D(2025, 2, 1), match="sukarela",
    )  # fmt: skip
    _refused(
        book, snapshot, ValidationError, counter.deposit, kasir, member=ani,
        product="sukarela", amount=50_000, on=D(2025, 2, 1), cash_account="4101",
    )  # fmt: skip


# --- berjangka ---------------------------------------------------------------------


def test_term_deposit_minimum_maturity_and_early_break_penalty(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    _refused(
        book, snapshot, ValidationError, counter.deposit, kasir, member=ani,
        product="berjangka", amount=999_999, on=D(2025, 1, 31), match="Rp1.000.000",
    )  # fmt: skip
    tx = act(
        counter.deposit, member=ani, product="berjangka", amount=5_000_000, on=D(2025, 1, 31),
        term_months=3,
    )  # fmt: skip
    account = _accounts(book, ani)["berjangka"]
    assert account.number == tx.account_number == f"SB-{ani}-01"
    assert account.maturity_date == D(2025, 4, 30)  # 31 Jan + 3 months, April has 30 days
    _refused(
        book, snapshot, ValidationError, counter.withdraw, kasir, member=ani,
        product="berjangka", amount=1_000_000, on=D(2025, 3, 1), match="seluruhnya",
    )  # fmt: skip
    early = act(
        counter.withdraw,
        member=ani,
        product="berjangka",
        amount=5_000_000,
        on=D(2025, 3, 1),
    )
    # Default penalty 1% of 5.000.000 = 50.000; 4.950.000 is paid out.
    assert (early.penalty, early.paid_out) == (50_000, 4_950_000)
    with book.read() as s:
        lines = {(x.account_code, x.amount) for x in journal.get_entry(s, early.entry_number).lines}
        assert savings_accounts.member_accounts(s, ani) == []  # the placement is closed
    assert lines == {("2102", 5_000_000), ("1101", -4_950_000), ("4105", -50_000)}


def test_term_deposit_paid_at_maturity_has_no_penalty(
    book: Book, ani: str, act: Callable[..., transactions.TxInfo]
) -> None:
    act(counter.deposit, member=ani, product="berjangka", amount=2_000_000, on=D(2025, 1, 15),
        term_months=1)  # fmt: skip
    tx = act(
        counter.withdraw,
        member=ani,
        product="berjangka",
        amount=2_000_000,
        on=D(2025, 2, 15),
    )
    assert tx.penalty == 0
    assert tx.paid_out == 2_000_000


# --- transfers and corrections ----------------------------------------------------------


def test_transfer_pays_wajib_from_sukarela(
    book: Book, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=200_000, on=D(2025, 2, 1))
    tx = act(
        counter.transfer, member=ani, from_product="sukarela", to_product="wajib",
        amount=50_000, on=D(2025, 2, 2),
    )  # fmt: skip
    assert tx.number == "PB-2025-000001"
    assert (tx.balance_after, tx.to_balance_after) == (150_000, 50_000)
    _refused(
        book, snapshot, DomainError, counter.transfer, kasir, member=ani, from_product="wajib",
        to_product="sukarela", amount=10_000, on=D(2025, 2, 3), match="tidak dapat ditarik",
    )  # fmt: skip
    _refused(
        book, snapshot, InsufficientBalanceError, counter.transfer, kasir, member=ani,
        from_product="sukarela", to_product="wajib", amount=145_000, on=D(2025, 2, 3),
    )  # fmt: skip


def test_correction_reverses_with_the_member_dimensions(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    no_dual_control: None,
) -> None:  # fmt: skip
    tx = act(counter.deposit, member=ani, product="sukarela", amount=750_000, on=D(2025, 2, 1))
    with book.unit_of_work() as s:
        fix = corrections.correct(s, bendahara, tx.number, D(2025, 2, 1), reason="Salah anggota")
    assert fix.number == "KS-2025-000001"
    assert fix.reversal_of == tx.number
    assert fix.balance_after == 0
    with book.read() as s:
        assert transactions.get_transaction(s, tx.number).reversed_by == fix.number
        lines = s.execute(
            select(JournalLine.amount, JournalLine.member_id, JournalLine.savings_account_id)
            .where(JournalLine.savings_account_id.is_not(None))
            .order_by(JournalLine.id)
        ).all()
    assert [line[0] for line in lines] == [-750_000, 750_000]
    assert len({(line[1], line[2]) for line in lines}) == 1


def test_corrections_that_would_break_the_books_are_refused(
    book: Book, bendahara: Actor, kasir: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot], no_dual_control: None,
) -> None:  # fmt: skip
    deposit = act(counter.deposit, member=ani, product="sukarela", amount=500_000,
                  on=D(2025, 2, 1))  # fmt: skip
    act(counter.withdraw, member=ani, product="sukarela", amount=400_000, on=D(2025, 2, 2))
    # Reversing the deposit would leave -400.000 in the account.
    _refused(
        book, snapshot, InsufficientBalanceError, corrections.correct, bendahara, deposit.number,
        D(2025, 2, 3), reason="Salah catat", match="minus",
    )  # fmt: skip
    _refused(
        book, snapshot, ValidationError, corrections.correct, bendahara, deposit.number,
        D(2025, 2, 3), reason="x",
    )  # fmt: skip
    _refused(
        book, snapshot, PermissionDeniedError, corrections.correct, kasir, deposit.number,
        D(2025, 2, 3), reason="Salah catat",
    )  # fmt: skip


def test_old_correction_needs_a_second_person(
    book: Book, bendahara: Actor, ani: str,
    act: Callable[..., transactions.TxInfo], snapshot: Callable[[], Snapshot],
) -> None:  # fmt: skip
    tx = act(counter.deposit, member=ani, product="sukarela", amount=80_000, on=D(2025, 2, 1))
    _refused(
        book, snapshot, ApprovalRequiredError, corrections.correct, bendahara, tx.number,
        D(2025, 2, 5), reason="Salah catat",
    )  # fmt: skip
    from kopdesk.app.auth import request_approval
    from kopdesk.domain.permissions import Permission

    grant = request_approval(book, bendahara, "ketua", PASSWORD, Permission.SAVINGS_MANAGE)
    with book.unit_of_work() as s:
        fix = corrections.correct(
            s, bendahara, tx.number, D(2025, 2, 5), reason="Salah catat", approval=grant
        )
    assert fix.reversal_of == tx.number
    with book.read() as s:
        assert transactions.get_transaction(s, tx.number).reversed_by == fix.number


# --- the general ledger ------------------------------------------------------------------


def test_manual_journal_cannot_touch_savings_control_accounts(
    book: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    entry = journal.EntryInput(
        D(2025, 2, 1), "Setoran sukarela tanpa anggota",
        [journal.LineInput("1101", 10_000), journal.LineInput("2101", -10_000)],
    )  # fmt: skip
    _refused(
        book, snapshot, AccountError, journal.post_entry, entry, actor=bendahara,
        match="menu Simpanan",
    )  # fmt: skip


def test_savings_entries_are_corrected_in_savings_not_the_journal(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    snapshot: Callable[[], Snapshot], no_dual_control: None,
) -> None:  # fmt: skip
    tx = act(counter.deposit, member=ani, product="sukarela", amount=40_000, on=D(2025, 2, 1))
    _refused(
        book, snapshot, DomainError, journal.reverse_entry, tx.entry_number, D(2025, 2, 2),
        actor=bendahara, match="menu Simpanan",
    )  # fmt: skip


def test_members_balances_add_up_to_the_control_accounts(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    no_dual_control: None,
) -> None:  # fmt: skip
    budi = _member(book, bendahara, "Budi Santoso", 4)
    for who, amount in ((ani, 250_000), (budi, 1_250_000)):
        act(counter.deposit, member=who, product="sukarela", amount=amount, on=D(2025, 2, 1))
        act(counter.deposit, member=who, product="wajib", amount=50_000, on=D(2025, 2, 1))
    act(counter.withdraw, member=budi, product="sukarela", amount=300_000, on=D(2025, 2, 3))
    with book.read() as s:
        for code, expected in (("2101", 250_000 + 1_250_000 - 300_000), ("3102", 100_000)):
            account_id = s.execute(select(Account.id).where(Account.code == code)).scalar_one()
            gl = -int(
                s.execute(
                    select(func.sum(JournalLine.amount)).where(JournalLine.account_id == account_id)
                ).scalar_one()
            )
            ids = list(s.execute(select(SavingsAccount.id)).scalars())
            by_product = sum(
                a.balance
                for who in (ani, budi)
                for a in savings_accounts.member_accounts(s, who)
                if a.id in ids and (a.product_code == "sukarela") == (code == "2101")
            )
            assert gl == expected == by_product


def test_permissions_kasir_takes_money_pengawas_only_reads(
    book: Book, actors: dict[Role, Actor], ani: str, snapshot: Callable[[], Snapshot]
) -> None:
    for role in (Role.PENGAWAS, Role.KETUA):
        _refused(
            book, snapshot, PermissionDeniedError, counter.deposit, actors[role], member=ani,
            product="wajib", amount=50_000, on=D(2025, 2, 1),
        )  # fmt: skip
    with book.unit_of_work() as s:
        assert (
            counter.deposit(
                s, actors[Role.KASIR], member=ani, product="wajib", amount=50_000, on=D(2025, 2, 1)
            ).amount
            == 50_000
        )


def test_integrity_check_compares_members_savings_with_the_control_account(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo]
) -> None:
    from kopdesk.app import maintenance

    act(counter.deposit, member=ani, product="sukarela", amount=90_000, on=D(2025, 2, 1))
    title = "Sub-buku simpanan sama dengan akun kontrol"
    item = {i.name: i for i in maintenance.check(book, full=False).items}[title]
    assert item.ok
    # A line on the control account that names no savings account (written around the
    # savings services) makes the control account disagree with the members' balances.
    with book.unit_of_work() as s:
        journal.post_business_entry(
            s,
            journal.EntryInput(
                D(2025, 2, 2), "Ditulis di luar menu Simpanan",
                [journal.LineInput("1101", 5_000), journal.LineInput("2101", -5_000)],
            ),
            actor=bendahara,
        )  # fmt: skip
    item = {i.name: i for i in maintenance.check(book, full=False).items}[title]
    assert not item.ok
    assert "akun kontrol Rp95.000, jumlah saldo anggota Rp90.000" in item.detail


def test_correcting_a_transfer_names_both_accounts_and_restores_them(
    book: Book, bendahara: Actor, ani: str, act: Callable[..., transactions.TxInfo],
    no_dual_control: None,
) -> None:  # fmt: skip
    act(counter.deposit, member=ani, product="sukarela", amount=200_000, on=D(2025, 2, 1))
    moved = act(
        counter.transfer, member=ani, from_product="sukarela", to_product="wajib",
        amount=50_000, on=D(2025, 2, 2),
    )  # fmt: skip
    with book.unit_of_work() as s:
        fix = corrections.correct(s, bendahara, moved.number, D(2025, 2, 3), reason="Salah produk")
    assert (fix.account_number, fix.to_account_number) == (f"SS-{ani}", f"SW-{ani}")
    assert (fix.balance_after, fix.to_balance_after) == (200_000, 0)
