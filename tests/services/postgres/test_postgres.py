"""The same books on PostgreSQL, the multi-PC option (DESIGN.md §4).

Runs when ``KOPDESK_TEST_POSTGRES_URL`` names a server database the tests may
use to create scratch databases (``.ci/run`` starts a local server and sets
it), e.g. ``postgresql+psycopg://kopdesk:kopdesk@127.0.0.1/postgres``.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import PeriodClosedError, StorageError, UnbalancedEntryError
from kopdesk.services.base import settings, users
from kopdesk.services.ledger import books, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.setup.book import create_book
from kopdesk.services.supervision import integrity
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD
from tests.helpers import NO_POSTGRES, postgres_book, take_snapshot

SERVER_URL = os.environ.get("KOPDESK_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(not SERVER_URL, reason=NO_POSTGRES)

D = dt.date.fromisoformat


@pytest.fixture
def pg_book() -> Iterator[Book]:
    """A new scratch database with a created book (KSP, fiscal year 2025)."""

    def setup(session: Session) -> None:
        first = users.create_first_admin(session, "admin", PASSWORD).actor()
        create_book(session, books.ProfileInput(name="KSP Antar Kantor"), 2025, actor=first)
        settings.set_int(session, settings.REVERSAL_APPROVAL_DAYS, 3650)

    with postgres_book(setup) as book:
        yield book


def admin_of(book: Book) -> Actor:
    with book.read() as s:
        return users.get_user(s, "admin").actor()


def post(book: Book, day: str, lines: list[tuple[str, int]]) -> journal.EntryInfo:
    entry = journal.EntryInput(D(day), "Jurnal uji", [journal.LineInput(c, a) for c, a in lines])
    with book.unit_of_work() as s:
        return journal.post_entry(s, entry, actor=admin_of(book))


def test_post_reverse_and_trial_balance(pg_book: Book) -> None:
    first = post(pg_book, "2025-01-05", [("1101", 750_000), ("3201", -750_000)])
    second = post(pg_book, "2025-01-09", [("5205", 50_000), ("1101", -50_000)])
    with pg_book.unit_of_work() as s:
        mirror = journal.reverse_entry(s, second.number, D("2025-01-10"), actor=admin_of(pg_book))
    assert [first.number, second.number, mirror.number] == [
        "JU-2025-000001",
        "JU-2025-000002",
        "JU-2025-000003",
    ]
    with pg_book.read() as s:
        tb = ledger.trial_balance(s, D("2025-12-31"))
    assert [(r.code, r.debit, r.credit) for r in tb.rows] == [
        ("1101", 750_000, 0),
        ("3201", 0, 750_000),
    ]


def test_rejected_postings_write_nothing(pg_book: Book) -> None:
    post(pg_book, "2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    before = take_snapshot(pg_book)
    for day, lines, error in [
        ("2025-01-06", [("1101", 1_000), ("3201", -999)], UnbalancedEntryError),
        ("2024-12-31", [("1101", 1_000), ("3201", -1_000)], PeriodClosedError),
    ]:
        with pytest.raises(error):
            post(pg_book, day, lines)
    assert take_snapshot(pg_book) == before


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE journal_line SET amount = 5",
        "DELETE FROM journal_line",
        "UPDATE journal_entry SET description = 'diubah'",
        "DELETE FROM journal_entry",
    ],
)
def test_the_server_refuses_changes_to_posted_rows(pg_book: Book, sql: str) -> None:
    post(pg_book, "2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    with (
        pytest.raises(DBAPIError, match="tidak boleh diubah atau dihapus"),
        pg_book.engine.begin() as c,
    ):
        c.execute(text(sql))


def test_the_server_refuses_an_unbalanced_entry(pg_book: Book) -> None:
    header = text(
        "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source,"
        " created_by, created_at) VALUES (99, 'X', 1, '2025-01-05', 'x', 'manual', 'x', now())"
    )
    with pg_book.engine.begin() as c:
        for n, (code, amount) in enumerate([("1101", 500), ("3201", -400)], start=1):
            c.execute(
                text(
                    "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
                    "SELECT 99, :n, id, '2025-01-05', :amount, '' FROM account WHERE code = :code"
                ),
                {"n": n, "amount": amount, "code": code},
            )
        with pytest.raises(DBAPIError, match="tidak seimbang"):
            c.execute(header)


def test_the_server_holds_the_amount_bounds(pg_book: Book) -> None:
    """A line beyond Rp999.999.999.999.999, an entry debiting more than that, and the
    book's debits past 10^17 are refused by the server as by SQLite (issue 14)."""
    post(pg_book, "2025-01-05", [("1101", 250_000), ("3901", -250_000)])
    line = text(
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT :e, :n, id, '2025-01-05', :amount, '' FROM account WHERE code = :code"
    )
    header = text(
        "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source,"
        " created_by, created_at, chain_seq, prev_hash, hash) VALUES (:e, :num, 1, '2025-01-05',"
        " 'x', 'manual', 'x', now(), :e, 'x', 'x')"
    )
    with (
        pytest.raises(DBAPIError, match="di luar batas"),
        pg_book.engine.begin() as c,
    ):
        c.execute(line, {"e": 90, "n": 1, "amount": 10**15, "code": "1101"})
    half = 500_000_000_000_000  # two of them: 10^15 of debits in one entry
    with pg_book.engine.begin() as c:
        for n, (code, amount) in enumerate(
            [("1101", half), ("1102", half), ("3901", -half), ("3901", -half)], start=1
        ):
            c.execute(line, {"e": 91, "n": n, "amount": amount, "code": code})
        with pytest.raises(DBAPIError, match="melebihi batas satu jurnal"):
            c.execute(header, {"e": 91, "num": "X-91"})
    with pg_book.engine.begin() as c:
        assert c.execute(text("SELECT debit_total FROM ledger_total")).scalar() == 250_000
        with pytest.raises(DBAPIError, match="tidak boleh dikurangi"):
            c.execute(text("UPDATE ledger_total SET debit_total = 0"))
    with pg_book.engine.begin() as c:  # 5 rupiah of room left; an entry of 6 passes it
        c.execute(text(f"UPDATE ledger_total SET debit_total = {10**17 - 5}"))
    with pg_book.engine.begin() as c:
        for n, (code, amount) in enumerate([("1101", 6), ("3901", -6)], start=1):
            c.execute(line, {"e": 92, "n": n, "amount": amount, "code": code})
        with pytest.raises(DBAPIError, match="batas jumlah debit buku"):
            c.execute(header, {"e": 92, "num": "X-92"})


def test_two_offices_posting_at_once_get_unique_gap_free_numbers(pg_book: Book) -> None:
    other = open_book(pg_book.url)
    numbers: list[str] = []
    lock = threading.Lock()

    def worker(book: Book) -> None:
        for _ in range(15):
            entry = post(book, "2025-02-01", [("1101", 1_000), ("3202", -1_000)])
            with lock:
                numbers.append(entry.number)

    threads = [threading.Thread(target=worker, args=(b,)) for b in (pg_book, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert sorted(numbers) == [f"JU-2025-{i:06d}" for i in range(1, 31)]
    # both offices extended one hash chain without a fork
    with pg_book.read() as s:
        assert integrity.verify_books(s, admin_of(pg_book)).problems == ()


def test_two_counters_withdrawing_from_one_account_cannot_overdraw_it(pg_book: Book) -> None:
    """Two cashiers pay out from the same sukarela account at the same moment: the
    account row is locked, so the second sees the first's withdrawal and is refused."""
    from kopdesk.errors import InsufficientBalanceError
    from kopdesk.services.members import register as members
    from kopdesk.services.savings import accounts as savings_accounts
    from kopdesk.services.savings import counter

    admin = admin_of(pg_book)
    with pg_book.unit_of_work() as s:
        number = members.register_member(
            s,
            admin,
            members.MemberInput("Siti Aminah", "3273015504900002", None, D("2025-01-02")),
        ).number
        counter.deposit(
            s, admin, member=number, product="sukarela", amount=100_000, on=D("2025-02-01")
        )
    other = open_book(pg_book.url)
    outcomes: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(2)

    def withdraw(book: Book) -> None:
        start.wait()
        try:
            with book.unit_of_work() as s:
                tx = counter.withdraw(
                    s, admin, member=number, product="sukarela", amount=60_000,
                    on=D("2025-02-02"),
                )  # fmt: skip
            result = tx.number
        except InsufficientBalanceError:
            result = "ditolak"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=withdraw, args=(b,)) for b in (pg_book, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert sorted(outcomes) == ["BP-2025-000001", "ditolak"]
    with pg_book.read() as s:
        (account,) = savings_accounts.member_accounts(s, number)
    assert account.balance == 40_000


def test_the_server_refuses_changes_to_savings_transactions(pg_book: Book) -> None:
    from kopdesk.services.members import register as members
    from kopdesk.services.savings import counter

    admin = admin_of(pg_book)
    with pg_book.unit_of_work() as s:
        number = members.register_member(
            s, admin, members.MemberInput("Siti Aminah", "3273015504900002", None, D("2025-01-02"))
        ).number
        counter.deposit(s, admin, member=number, product="wajib", amount=50_000, on=D("2025-02-01"))
    for sql in ("UPDATE savings_tx SET amount = 1", "DELETE FROM savings_tx"):
        with (
            pytest.raises(DBAPIError, match="Transaksi simpanan tidak boleh diubah"),
            pg_book.engine.begin() as c,
        ):
            c.execute(text(sql))


def test_close_year_and_share_the_shu_on_the_server(pg_book: Book) -> None:
    """Close 2025 (income 1.000.000, wajib month-ends), post the SHU, pay it, and the
    server refuses changes to the posted shares."""
    from decimal import Decimal

    from kopdesk.services.closing import shu, shu_payout, yearend
    from kopdesk.services.members import register as members
    from kopdesk.services.savings import counter
    from kopdesk.services.savings import routine as savings_routine

    admin = admin_of(pg_book)
    with pg_book.unit_of_work() as s:
        number = members.register_member(
            s, admin, members.MemberInput("Siti Aminah", "3273015504900002", None, D("2025-01-02"))
        ).number
        counter.deposit(s, admin, member=number, product="wajib", amount=50_000, on=D("2025-02-01"))
    post(pg_book, "2025-03-01", [("1101", 1_000_000), ("4105", -1_000_000)])
    with pg_book.unit_of_work() as s:
        for month in range(2, 13):
            savings_routine.run_month_end(s, admin, f"2025-{month:02d}")
        closed = yearend.close_year(s, admin, 2025)
    assert closed.surplus == 1_000_000
    with pytest.raises(PeriodClosedError):
        post(pg_book, "2025-12-30", [("1101", 1), ("4105", -1)])
    plan = shu.PlanInput({"cadangan": Decimal(70), "jasa_modal": Decimal(30)})
    with pg_book.unit_of_work() as s:
        shu.save_plan(s, admin, 2025, plan)
        result = shu.post(s, admin, 2025, D("2026-03-21"))
        paid = shu_payout.pay(s, admin, 2025, number, on=D("2026-03-21"), method="tunai")
    assert [(m.number, m.total) for m in result.members] == [(number, 300_000)]
    assert paid.amount == 300_000
    with pytest.raises(DBAPIError, match="SHU anggota"), pg_book.engine.begin() as c:
        c.execute(text("UPDATE shu_member SET total = 1"))


def test_rows_and_guards_changed_on_the_server_behind_kopdesk_are_named(pg_book: Book) -> None:
    """The seals on PostgreSQL (issue 14): a role changed with psql, and a guard function
    replaced by a no-op of the same name, are found by verify-books."""
    post(pg_book, "2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    with pg_book.unit_of_work() as s:
        users.create_user(s, admin_of(pg_book), "kasir", Role.KASIR, PASSWORD)
    with pg_book.read() as s:
        assert integrity.verify_books(s, admin_of(pg_book)).problems == ()
    with pg_book.engine.begin() as c:
        c.execute(text("UPDATE app_user SET role = 'admin' WHERE username = 'kasir'"))
        c.execute(
            text(
                "CREATE OR REPLACE FUNCTION kopdesk_refuse() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"
            )
        )
    with pg_book.read() as s:
        problems = [p.message for p in integrity.verify_books(s, admin_of(pg_book)).problems]
    assert problems == [
        "Pengguna kasir (app_user id=2) diubah di luar kopdesk.",
        "Pengaman basis data kopdesk_refuse() diganti: isinya (SQL) tidak sama dengan yang "
        "dipasang kopdesk; buku dibuka dengan program lain.",
    ]


@pytest.fixture
def empty_database() -> Iterator[str]:
    """The URL of a new database without any table (the server admin just made it)."""
    name = f"kopdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(SERVER_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _tables(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return sorted(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_only_init_makes_a_book_of_an_empty_database(
    empty_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from kopdesk.cli import main

    assert main(["check", "--db", empty_database]) == 1
    _out, err = capsys.readouterr()
    assert err.startswith("kesalahan: ")
    assert "kopdesk init" in err
    assert err.count("\n") == 1
    with pytest.raises(StorageError, match="kopdesk init"):
        open_book(empty_database)
    assert _tables(empty_database) == []
    open_book(empty_database, create=True).close()  # what init does
    assert "journal_entry" in _tables(empty_database)
