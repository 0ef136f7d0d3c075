"""Year-end close: checklist, closing entries, lock, reopen and close again.

The book's surplus is worked out by hand from the entries the test posts; the
balances after the close are read straight from the journal lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import (
    AccountError,
    ApprovalRequiredError,
    DomainError,
    PeriodClosedError,
    PermissionDeniedError,
    ValidationError,
)
from kopdesk.models import Account, FiscalYear, JournalLine
from kopdesk.services.base import approvals
from kopdesk.services.closing import sums, yearend
from kopdesk.services.ledger import books, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot

D = dt.date
TODAY = D(2026, 2, 1)

# (date, debit account, credit account, amount): income 2.500.000 + 300.000,
# expenses 900.000 + 100.000 → SHU 2025 = 2.800.000 − 1.000.000 = 1.800.000.
ENTRIES = (
    (D(2025, 1, 10), "1101", "3901", 10_000_000),
    (D(2025, 3, 1), "1101", "4105", 2_500_000),
    (D(2025, 4, 1), "5202", "1101", 900_000),
    (D(2025, 5, 1), "5205", "1101", 100_000),
    (D(2025, 9, 30), "1112", "4901", 300_000),
)
SURPLUS = 1_800_000


@pytest.fixture
def books_2025(book: Book, bendahara: Actor) -> Book:
    with book.unit_of_work() as s:
        for on, debit, credit, amount in ENTRIES:
            journal.post_entry(
                s,
                EntryInput(
                    on, "Transaksi uji", [LineInput(debit, amount), LineInput(credit, -amount)]
                ),
                actor=bendahara,
            )
    return book


def _balance(book: Book, code: str, on: dt.date) -> int:
    with book.read() as s:
        return int(
            s.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0))
                .join(Account, Account.id == JournalLine.account_id)
                .where(Account.code == code, JournalLine.date <= on)
            ).scalar_one()
        )


def _balances(book: Book, on: dt.date) -> dict[str, int]:
    with book.read() as s:
        rows = s.execute(
            select(Account.code, func.sum(JournalLine.amount))
            .join(Account, Account.id == JournalLine.account_id)
            .where(JournalLine.date <= on)
            .group_by(Account.code)
        ).all()
    return {code: int(total) for code, total in rows if total}


def _close(book: Book, actor: Actor, year: int = 2025) -> yearend.CloseResult:
    with book.unit_of_work() as s:
        return yearend.close_year(s, actor, year, today=TODAY)


def _reopen(book: Book, ketua: Actor, reason: str = "Koreksi beban listrik Desember") -> None:
    with book.unit_of_work() as s:
        grant = approvals.grant(s, ketua, "admin", PASSWORD, Permission.YEAR_REOPEN).grant_id
    with book.unit_of_work() as s:
        yearend.reopen_year(s, ketua, 2025, reason, approval=grant)


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


def test_close_moves_the_years_result_to_shu_and_opens_the_next_year(
    books_2025: Book, bendahara: Actor
) -> None:
    book = books_2025
    with book.read() as s:
        assert yearend.year_surplus(s, 2025) == SURPLUS
        assert yearend.checklist(s, 2025, today=TODAY).ok
    result = _close(book, bendahara)
    assert result.surplus == SURPLUS
    assert result.opened_next
    assert result.closing_entry is not None
    assert result.transfer_entry is not None
    end = D(2025, 12, 31)
    for code in ("4105", "4901", "5202", "5205"):
        assert _balance(book, code, end) == 0, code
    assert _balance(book, "3502", end) == -SURPLUS
    # On the first day of 2026 the SHU waits in 3501 for the RAT.
    assert _balance(book, "3502", D(2026, 1, 1)) == 0
    assert _balance(book, "3501", D(2026, 1, 1)) == -SURPLUS
    with book.read() as s:
        years = {y.year: y.is_open for y in books.list_fiscal_years(s)}
        closing = journal.get_entry(s, result.closing_entry)
        assert yearend.is_closed(s, 2025)
        assert yearend.year_surplus(s, 2025) == SURPLUS  # closing entries left out
    assert years == {2025: False, 2026: True}
    assert closing.date == end
    assert closing.source == sums.CLOSING_SOURCE


def test_close_then_post_refused_then_reopen_then_close_gives_the_same_books(
    books_2025: Book,
    bendahara: Actor,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
) -> None:
    book = books_2025
    first = _close(book, bendahara)
    after_first = (_balances(book, D(2025, 12, 31)), _balances(book, D(2026, 1, 1)))
    late = EntryInput(D(2025, 12, 20), "Terlambat", [LineInput("5205", 1), LineInput("1101", -1)])
    _refused(book, snapshot, PeriodClosedError, journal.post_entry, late, actor=bendahara)

    ketua = actors[Role.KETUA]
    _reopen(book, ketua)
    with book.read() as s:
        assert not yearend.is_closed(s, 2025)
    # The income and expense accounts show the year again; 3501/3502 are empty.
    assert _balance(book, "4105", D(2025, 12, 31)) == -2_500_000
    assert _balance(book, "3502", D(2026, 1, 1)) == 0
    assert _balance(book, "3501", D(2026, 1, 1)) == 0

    second = _close(book, bendahara)
    assert second.surplus == first.surplus == SURPLUS
    assert (_balances(book, D(2025, 12, 31)), _balances(book, D(2026, 1, 1))) == after_first
    with book.read() as s:
        kinds = [event.kind for event in yearend.history(s, 2025)]
    assert kinds == ["close", "reopen", "close"]


def test_a_correction_after_reopening_changes_the_shu(
    books_2025: Book, bendahara: Actor, actors: dict[Role, Actor]
) -> None:
    book = books_2025
    _close(book, bendahara)
    _reopen(book, actors[Role.KETUA])
    with book.unit_of_work() as s:
        journal.post_entry(
            s,
            EntryInput(D(2025, 12, 20), "Listrik Desember", [
                LineInput("5205", 200_000), LineInput("1101", -200_000)
            ]),
            actor=bendahara,
        )  # fmt: skip
    assert _close(book, bendahara).surplus == SURPLUS - 200_000
    assert _balance(book, "3501", D(2026, 1, 1)) == -(SURPLUS - 200_000)


def test_close_is_refused_before_the_year_ends_and_while_the_year_before_is_open(
    books_2025: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    book = books_2025
    _refused(
        book, snapshot, DomainError, yearend.close_year, bendahara, 2025,
        today=D(2025, 12, 31), match="baru berakhir",
    )  # fmt: skip
    with book.unit_of_work() as s:
        books.open_fiscal_year(s, bendahara, 2026)
    _refused(
        book, snapshot, DomainError, yearend.close_year, bendahara, 2026,
        today=D(2027, 1, 5), match="Tutup dulu tahun buku 2025",
    )  # fmt: skip


def test_missing_savings_month_ends_block_the_close(
    books_2025: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    book = books_2025
    data = MemberInput(
        full_name="Ani Lestari", nik="3273011708850001", birth_date=D(1985, 8, 17),
        sex="P", join_date=D(2025, 1, 2),
    )  # fmt: skip
    with book.unit_of_work() as s:
        number = members.register_member(s, bendahara, data).number
        counter.deposit(
            s, bendahara, member=number, product="sukarela", amount=500_000, on=D(2025, 6, 2)
        )
    with book.read() as s:
        items = {i.key: i for i in yearend.checklist(s, 2025, today=TODAY).items}
    assert not items["jasa_simpanan"].ok
    assert "2025-06" in items["jasa_simpanan"].detail
    assert "2025-05" not in items["jasa_simpanan"].detail  # no account before June
    assert items["ppap"].ok
    assert items["penyusutan"].ok
    _refused(
        book, snapshot, DomainError, yearend.close_year, bendahara, 2025,
        today=TODAY, match="Jasa simpanan",
    )  # fmt: skip


def test_reopen_needs_a_reason_and_a_second_person_and_the_next_year_open(
    books_2025: Book,
    bendahara: Actor,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
) -> None:
    book = books_2025
    ketua = actors[Role.KETUA]
    _close(book, bendahara)
    _refused(
        book, snapshot, ValidationError, yearend.reopen_year, ketua, 2025, "salah",
        approval=None,
    )  # fmt: skip
    _refused(
        book, snapshot, ApprovalRequiredError, yearend.reopen_year, ketua, 2025,
        "Koreksi beban listrik Desember", approval=None,
    )  # fmt: skip
    # Close 2026 as well (on 2027-01-05): 2025 can no longer be reopened.
    with book.unit_of_work() as s:
        yearend.close_year(s, bendahara, 2026, today=D(2027, 1, 5))
    with book.unit_of_work() as s:
        grant = approvals.grant(s, ketua, "admin", PASSWORD, Permission.YEAR_REOPEN).grant_id
    _refused(
        book, snapshot, DomainError, yearend.reopen_year, ketua, 2025,
        "Koreksi beban listrik Desember", approval=grant, match="buka kembali tahun 2026",
    )  # fmt: skip


def test_closing_entries_are_not_touched_by_hand(
    books_2025: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    book = books_2025
    result = _close(book, bendahara)
    assert result.transfer_entry is not None
    _refused(
        book, snapshot, DomainError, journal.reverse_entry, result.transfer_entry,
        D(2026, 1, 2), actor=bendahara, match="Tutup Buku",
    )  # fmt: skip
    by_hand = EntryInput(
        D(2026, 1, 5), "SHU", [LineInput("3502", 1_000), LineInput("1101", -1_000)]
    )
    _refused(book, snapshot, AccountError, journal.post_entry, by_hand, actor=bendahara)


def test_a_year_without_any_income_or_expense_closes_without_entries(
    book: Book, bendahara: Actor
) -> None:
    result = _close(book, bendahara)
    assert (result.surplus, result.closing_entry, result.transfer_entry) == (0, None, None)
    with book.read() as s:
        status = s.execute(select(FiscalYear.status).where(FiscalYear.year == 2025)).scalar()
    assert status == "closed"


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_only_admin_and_bendahara_close_a_year(
    books_2025: Book, actors: dict[Role, Actor], role: Role, snapshot: Callable[[], Snapshot]
) -> None:
    if role in {Role.ADMIN, Role.BENDAHARA}:
        assert _close(books_2025, actors[role]).surplus == SURPLUS
        return
    _refused(
        books_2025, snapshot, PermissionDeniedError, yearend.close_year, actors[role], 2025,
        today=TODAY, match=role.label,
    )  # fmt: skip


def test_a_closed_years_checklist_says_so_without_a_fault(
    books_2025: Book, bendahara: Actor
) -> None:
    """Issue 17: a closed year showed a red ✗ "Tahun buku masih terbuka"."""
    with books_2025.read() as s:
        before = {i.key: i for i in yearend.checklist(s, 2025, today=TODAY).items}["status"]
    assert (before.label, before.ok, before.fact, before.mark) == (
        "Tahun buku masih terbuka",
        True,
        False,
        "v",
    )
    _close(books_2025, bendahara)
    with books_2025.read() as s:
        check = yearend.checklist(s, 2025, today=TODAY)
    status = {i.key: i for i in check.items}["status"]
    assert (status.label, status.ok, status.fact, status.mark) == (
        "Tahun buku sudah ditutup",
        False,
        True,
        "-",
    )
    assert not check.ok  # a closed year cannot be closed again
    assert "[-] Tahun buku sudah ditutup" in check.as_text()
