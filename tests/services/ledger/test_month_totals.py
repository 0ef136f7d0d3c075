"""The month totals per account (revision 0009): the fast balances equal a plain sum
over ``journal_line``, the guards keep the table growing only by posted lines, and
``kopdesk check`` finds a total changed behind kopdesk's back (SQLite, and
PostgreSQL when ``KOPDESK_TEST_POSTGRES_URL`` is set)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kopdesk.domain import cashflow
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import users
from kopdesk.services.closing import statements, sums
from kopdesk.services.ledger import accounts, books, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.setup.book import create_book
from kopdesk.services.supervision import checks
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD
from tests.helpers import postgres_book

CODES = ["1101", "1112", "1320", "2401", "3201", "3202", "3901", "4101", "5202", "5205"]
YEAR_START = dt.date(2025, 1, 1)

entry_dates = st.integers(0, 364).map(lambda d: YEAR_START + dt.timedelta(days=d))
query_dates = st.integers(-40, 400).map(lambda d: YEAR_START + dt.timedelta(days=d))


@st.composite
def entries(draw: st.DrawFn) -> journal.EntryInput:
    """Two to five lines on random accounts summing to zero, on a random day."""
    amounts = draw(st.lists(st.integers(1, 10**9), min_size=1, max_size=4))
    sign = draw(st.sampled_from([1, -1]))
    lines = [journal.LineInput(draw(st.sampled_from(CODES)), sign * a) for a in amounts]
    lines.append(journal.LineInput(draw(st.sampled_from(CODES)), -sign * sum(amounts)))
    return journal.EntryInput(draw(entry_dates), "Jurnal acak", lines)


def plain_sums(session: Session, as_of: dt.date | None) -> dict[int, int]:
    """The slow, simple computation: every line summed per account."""
    where = "" if as_of is None else "WHERE date <= :d"
    rows = session.execute(
        text(f"SELECT account_id, SUM(amount) FROM journal_line {where} GROUP BY account_id"),
        {} if as_of is None else {"d": as_of},
    )
    return {int(a): int(t) for a, t in rows}


def assert_fast_equals_plain(book: Book, days: list[dt.date]) -> None:
    with book.read() as s:
        assert accounts.posted_sums(s, None) == plain_sums(s, None)
        for day in days:
            plain = plain_sums(s, day)
            assert accounts.posted_sums(s, day) == plain
            tb = ledger.trial_balance(s, day)
            codes = accounts.code_map(s)
            assert {r.code: r.debit - r.credit for r in tb.rows} == {
                codes[a]: v for a, v in plain.items() if v
            }
        item = checks.check_book(s).items
        assert all(i.ok for i in item), [i.detail for i in item if not i.ok]
        # the statements' month flows against the line-by-line computation
        chart = sums.load_chart(s)
        ids = [a.id for a in chart.accounts]
        cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
        for start, end in ((dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
                           (dt.date(2025, 4, 1), dt.date(2025, 6, 30))):  # fmt: skip
            assert sums.activity_sums(s, ids, start, end) == sums.line_activity_sums(
                s, ids, start, end
            )
            assert sums.cash_moves(s, cash, start, end) == sums.line_cash_moves(s, cash, start, end)


def _fresh(template_book: Path) -> Path:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return target


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    posted=st.lists(st.lists(entries(), min_size=1, max_size=5), min_size=1, max_size=4),
    days=st.lists(query_dates, min_size=1, max_size=6),
)
def test_fast_balances_equal_a_plain_sum_over_the_lines(
    template_book: Path,
    posted: list[list[journal.EntryInput]],
    days: list[dt.date],
    bendahara: Actor,
) -> None:
    book = open_book(_fresh(template_book))
    try:
        for batch in posted:  # several transactions, several entries each
            with book.unit_of_work() as s:
                for entry in batch:
                    journal.post_entry(s, entry, actor=bendahara)
        month_ends = [dt.date(2025, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)]
        assert_fast_equals_plain(book, [*days, *month_ends, dt.date(2025, 12, 31)])
    finally:
        book.close()


def test_a_rolled_back_posting_leaves_no_total(book: Book, bendahara: Actor) -> None:
    entry = journal.EntryInput(
        dt.date(2025, 3, 10),
        "Setoran",
        [journal.LineInput("1101", 500), journal.LineInput("3201", -500)],
    )

    def post_then_fail() -> None:
        with book.unit_of_work() as s:
            journal.post_entry(s, entry, actor=bendahara)
            raise RuntimeError("batal")

    with pytest.raises(RuntimeError):
        post_then_fail()
    with book.read() as s:
        assert s.execute(text("SELECT COUNT(*) FROM account_month_total")).scalar() == 0
    with book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)
    with book.read() as s:
        rows = s.execute(
            text(
                "SELECT a.code, t.year, t.month, t.debit, t.credit, t.line_count "
                "FROM account_month_total t JOIN account a ON a.id = t.account_id ORDER BY a.code"
            )
        ).all()
    assert [tuple(r) for r in rows] == [("1101", 2025, 3, 500, 0, 1), ("3201", 2025, 3, 0, 500, 1)]


def test_statements_on_month_totals_equal_plain_sums(book: Book, bendahara: Actor) -> None:
    for day, amount in (("2025-01-31", 700_000), ("2025-06-15", 250_000), ("2025-12-31", 90_000)):
        entry = journal.EntryInput(
            dt.date.fromisoformat(day), "Pendapatan",
            [journal.LineInput("1101", amount), journal.LineInput("4101", -amount)],
        )  # fmt: skip
        with book.unit_of_work() as s:
            journal.post_entry(s, entry, actor=bendahara)
    with book.read() as s:
        period = statements.period_of(s, 2025, "semester", 1)
        sheet = statements.balance_sheet(s, period)
        assert sheet.amount("jumlah_aset") == 950_000
        assert sheet.amount("jumlah_aset") == sheet.amount("jumlah_liabilitas_ekuitas")
        assert statements.income_statement(s, period).amount("shu") == 950_000


def test_guards_refuse_deleting_or_lowering_a_total(
    book: Book, book_path: Path, post: object
) -> None:
    assert callable(post)
    post("2025-02-03", [("1101", 1_000), ("3201", -1_000)])
    conn = sqlite3.connect(book_path)
    try:
        for sql in (
            "DELETE FROM account_month_total",
            "UPDATE account_month_total SET debit = debit - 1 WHERE debit > 0",
            "UPDATE account_month_total SET line_count = line_count + 5",
            "UPDATE account_month_total SET month = 3",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="Jumlah bulanan akun"):
                conn.execute(sql)
            conn.rollback()
    finally:
        conn.close()


def test_check_finds_a_total_added_behind_kopdesks_back(
    book: Book, book_path: Path, post: object
) -> None:
    assert callable(post)
    post("2025-02-03", [("1101", 1_000), ("3201", -1_000)])
    conn = sqlite3.connect(book_path)
    try:
        conn.execute(
            "INSERT INTO account_month_total (account_id, year, month, debit, credit, line_count) "
            "SELECT id, 2025, 4, 5000, 0, 1 FROM account WHERE code = '1101'"
        )
        conn.commit()
    finally:
        conn.close()
    with book.read() as s:
        item = next(i for i in checks.check_book(s).items if i.name.startswith("Jumlah bulanan"))
        quick = [i.name for i in checks.check_book(s, full=False).items]
    assert not item.ok
    assert "1 jumlah bulanan akun berbeda dari jurnal" in item.detail
    assert "akun 1101 bulan 04-2025: tersimpan debit Rp5.000" in item.detail
    assert "menurut jurnal debit Rp0" in item.detail
    assert item.name not in quick


# --- PostgreSQL ------------------------------------------------------------------------


def _two_users(session: Session) -> None:
    first = users.create_first_admin(session, "admin", PASSWORD).actor()
    create_book(session, books.ProfileInput(name="KSP Antar Kantor"), 2025, actor=first)
    users.create_user(session, first, "bendahara", Role.BENDAHARA, PASSWORD)


@pytest.fixture
def pg_book() -> Iterator[Book]:
    with postgres_book(_two_users) as book:
        yield book


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=st.lists(entries(), min_size=1, max_size=4), days=st.lists(query_dates, max_size=4))
def test_fast_balances_equal_plain_sums_on_postgresql(
    pg_book: Book, batch: list[journal.EntryInput], days: list[dt.date]
) -> None:
    with pg_book.read() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
    with pg_book.unit_of_work() as s:
        for entry in batch:
            journal.post_entry(s, entry, actor=actor)
    assert_fast_equals_plain(pg_book, [*days, dt.date(2025, 6, 30), dt.date(2025, 12, 31)])


def test_postgresql_guards_refuse_deleting_or_lowering_a_total(pg_book: Book) -> None:
    with pg_book.read() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
    entry = journal.EntryInput(
        dt.date(2025, 3, 10),
        "Setoran",
        [journal.LineInput("1101", 500), journal.LineInput("3201", -500)],
    )
    with pg_book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=actor)
    for sql in (
        "DELETE FROM account_month_total",
        "UPDATE account_month_total SET credit = 0",
    ):
        with pytest.raises(DBAPIError, match="Jumlah bulanan akun"), pg_book.engine.begin() as c:
            c.execute(text(sql))


def test_postgresql_journal_lines_stream_the_journal_report(pg_book: Book) -> None:
    with pg_book.read() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.role is Role.BENDAHARA)
    with pg_book.unit_of_work() as s:
        for day, amount in ((3, 500), (40, 700), (41, 900)):
            entry = journal.EntryInput(
                YEAR_START + dt.timedelta(days=day), f"Setoran {day}",
                [journal.LineInput("1101", amount), journal.LineInput("3201", -amount)],
            )  # fmt: skip
            journal.post_entry(s, entry, actor=actor)
    first, last = dt.date(2025, 1, 2), dt.date(2025, 2, 11)
    with pg_book.read() as s:
        report = ledger.journal_report(s, first, last)
        streamed = list(ledger.journal_lines(s, first, last, batch=2))
    assert streamed == [
        (e.number, e.date.isoformat(), e.description, ln.code, ln.name, ln.debit, ln.credit)
        for e in report.entries
        for ln in e.lines
    ]
    assert len(streamed) == 6
