"""Creating a book, its chart of accounts and fiscal years."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from kopdesk.domain.coa import KOPERASI_CHART
from kopdesk.domain.ledger import AccountType, CoopType
from kopdesk.domain.permissions import Actor
from kopdesk.errors import AccountError, DomainError, NotFoundError, ValidationError
from kopdesk.services.base import users
from kopdesk.services.ledger import accounts, books, journal
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD

D = dt.date.fromisoformat


def test_new_book_has_profile_chart_and_first_year(book: Book) -> None:
    with book.read() as s:
        profile = books.get_profile(s)
        chart = accounts.list_accounts(s)
        years = books.list_fiscal_years(s)
    assert profile.name == "KSP Sejahtera Bersama"
    assert profile.coop_type is CoopType.KSP
    assert len(profile.book_uid) == 36
    assert [a.code for a in chart] == sorted(seed.code for seed in KOPERASI_CHART)
    by_code = {a.code: a for a in chart}
    # KOPERASI.md §2.3: pokok/wajib are equity, sukarela a liability, 1390 a contra asset.
    assert by_code["3201"].type is AccountType.EKUITAS
    assert by_code["2401"].type is AccountType.LIABILITAS
    assert by_code["1390"].contra
    assert by_code["1390"].type is AccountType.ASET
    assert by_code["1101"].parent_code == "1100"
    assert by_code["1101"].level == 2
    assert not by_code["1100"].postable
    assert years == [books.FiscalYearInfo(2025, D("2025-01-01"), D("2025-12-31"), True)]


def test_every_seeded_parent_is_a_header_of_the_same_class() -> None:
    codes = {seed.code: seed for seed in KOPERASI_CHART}
    for seed in KOPERASI_CHART:
        if seed.parent is not None:
            parent = codes[seed.parent]
            assert not parent.postable, seed.code
            assert parent.type is seed.type, seed.code
            assert seed.code.startswith(seed.parent[0]), seed.code


def test_create_book_twice_is_refused(book: Book, admin: Actor) -> None:
    with pytest.raises(DomainError), book.unit_of_work() as s:
        create_book(s, books.ProfileInput(name="Koperasi Lain"), 2025, actor=admin)


@pytest.mark.parametrize(
    ("data", "year", "field"),
    [
        (books.ProfileInput(name="  "), 2025, "name"),
        (books.ProfileInput(name="KSP A", nik_koperasi="123"), 2025, "nik_koperasi"),
        (
            books.ProfileInput(name="KSP A", fiscal_year_start_month=13),
            2025,
            "fiscal_year_start_month",
        ),
        (books.ProfileInput(name="KSP A"), 1800, "year"),
    ],
)
def test_bad_profile_input_names_the_field(
    tmp_path: Path, data: books.ProfileInput, year: int, field: str
) -> None:
    new = open_book(tmp_path / "baru.sqlite", create=True)
    with new.unit_of_work() as s:
        first = users.create_first_admin(s, "admin", PASSWORD).actor()
    with pytest.raises(ValidationError) as caught, new.unit_of_work() as s:
        create_book(s, data, year, actor=first)
    assert caught.value.field == field
    with new.read() as s:
        assert not books.book_exists(s)
    new.close()


def test_fiscal_year_with_july_start(tmp_path: Path) -> None:
    new = open_book(tmp_path / "juli.sqlite", create=True)
    with new.unit_of_work() as s:
        first = users.create_first_admin(s, "admin", PASSWORD).actor()
        data = books.ProfileInput(name="Kopdit Juli", fiscal_year_start_month=7)
        create_book(s, data, 2025, actor=first)
        books.open_fiscal_year(s, first, 2026)
        years = books.list_fiscal_years(s)
    assert [(y.start_date, y.end_date) for y in years] == [
        (D("2025-07-01"), D("2026-06-30")),
        (D("2026-07-01"), D("2027-06-30")),
    ]
    new.close()


def test_fiscal_years_cannot_skip(book: Book, admin: Actor) -> None:
    with pytest.raises(DomainError, match="2026"), book.unit_of_work() as s:
        books.open_fiscal_year(s, admin, 2027)


def test_update_profile(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        changed = books.update_profile(
            s, admin, books.ProfileInput(name="KSP Sejahtera", nik_koperasi="3273010012345678")
        )
    assert changed.nik_koperasi == "3273010012345678"
    assert changed.header.coop_name == "KSP Sejahtera"


def test_add_rename_deactivate_account(
    book: Book, post: Callable[..., journal.EntryInfo], admin: Actor
) -> None:
    with book.unit_of_work() as s:
        added = accounts.add_account(s, admin, "1114", "Bank BRI - tabungan", "1100")
    assert (added.type, added.parent_code, added.postable) == (AccountType.ASET, "1100", True)
    post("2025-01-05", [("1114", 500_000), ("3201", -500_000)])
    with book.unit_of_work() as s:
        renamed = accounts.rename_account(s, admin, "1114", "Bank BRI Cabang Bandung")
    assert renamed.name == "Bank BRI Cabang Bandung"
    with pytest.raises(AccountError, match="bersaldo"), book.unit_of_work() as s:
        accounts.deactivate_account(s, admin, "1114")
    post("2025-01-06", [("1101", 500_000), ("1114", -500_000)])
    with book.unit_of_work() as s:
        assert not accounts.deactivate_account(s, admin, "1114").active
        assert accounts.reactivate_account(s, admin, "1114").active


@pytest.mark.parametrize(
    ("code", "name", "parent", "error"),
    [
        ("1101", "Kas lagi", "1100", ValidationError),  # code taken
        ("2105", "Salah kelas", "1100", ValidationError),  # wrong class digit
        ("1199", "Di bawah akun transaksi", "1101", ValidationError),
        ("11a", "Huruf", "1100", ValidationError),
        ("1199", "", "1100", ValidationError),
        ("1199", "Induk tak ada", "8888", ValidationError),
    ],
)
def test_add_account_refusals(
    book: Book,
    snapshot: Callable[[], object],
    code: str,
    name: str,
    parent: str,
    error: type[Exception],
    admin: Actor,
) -> None:
    before = snapshot()
    with pytest.raises(error), book.unit_of_work() as s:
        accounts.add_account(s, admin, code, name, parent)
    assert snapshot() == before


def test_header_balances_roll_up(book: Book, post: Callable[..., journal.EntryInfo]) -> None:
    post("2025-01-05", [("1101", 300_000), ("1112", 200_000), ("3201", -500_000)])
    post("2025-02-05", [("1390", -25_000), ("5201", 25_000)])
    with book.read() as s:
        items = {b.account.code: b for b in accounts.account_balances(s, D("2025-12-31"))}
        assert accounts.balance(s, "1100", D("2025-12-31")) == 500_000
        assert accounts.balance(s, "1101", D("2025-01-04")) == 0
        with pytest.raises(NotFoundError):
            accounts.balance(s, "7777", D("2025-12-31"))
    assert items["1"].balance == 475_000
    assert items["1390"].natural == 25_000  # contra asset shows its credit balance positive
    assert items["3"].natural == 500_000
    assert items["5"].balance == 25_000
