"""Amounts stay far inside 64 bits: every line, every entry's total and the book's
running total of debits are bounded, in the services and in the database's guards
(issue 14: one balanced entry of 9,224 lines of Rp999.999.999.999.999 made every
balance query fail with "integer overflow")."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kopdesk.domain.ledger import MAX_BOOK_DEBITS, MAX_ENTRY_LINES, MAX_ENTRY_TOTAL, check_lines
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import DomainError, ValidationError
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.supervision import checks
from kopdesk.storage.db import Book
from tests.conftest import PostFn

NINES = 999_999_999_999_999
"""Rp999.999.999.999.999: the largest amount the money parser accepts."""


def entry(lines: list[tuple[str, int]], day: str = "2025-03-01") -> journal.EntryInput:
    return journal.EntryInput(
        dt.date.fromisoformat(day),
        "Jurnal besar",
        [journal.LineInput(code, amount) for code, amount in lines],
    )


def test_the_bounds_leave_room_in_64_bits() -> None:
    """The book's debits may total at most 10^17; any sum the app computes is at most
    the debits plus the credits (2 x 10^17), and the SHU month-end basis multiplies a
    year's balances by at most 12: 2.4 x 10^18, still under 2^63 - 1 = 9.22 x 10^18."""
    assert 2 * MAX_BOOK_DEBITS * 12 < 2**63 - 1
    assert MAX_ENTRY_TOTAL == NINES
    assert MAX_BOOK_DEBITS == 100_000_000_000_000_000


def test_the_reported_entry_is_refused_and_writes_nothing(
    book: Book, actors: dict[Role, Actor], snapshot: Callable[[], object]
) -> None:
    """The adversarial run's entry, posted by a kasir: 9,224 debits of the largest amount
    on 1101 against as many credits on 3901 — its debits sum to 9.22 x 10^18."""
    before = snapshot()
    big = entry([("1101", NINES)] * 9_224 + [("3901", -NINES)] * 9_224)
    with pytest.raises(ValidationError) as caught, book.unit_of_work() as s:
        journal.post_entry(s, big, actor=actors[Role.KASIR])
    assert caught.value.message == (
        "Jumlah debit jurnal ini Rp9.223.999.999.999.990.776 melebihi batas satu jurnal "
        "Rp999.999.999.999.999; pecah menjadi beberapa jurnal."
    )
    assert snapshot() == before


def test_an_entry_just_over_the_limit_is_refused(
    book: Book, bendahara: Actor, snapshot: Callable[[], object]
) -> None:
    """Two debits of Rp500.000.000.000.000: each line is fine, the total (10^15) is not."""
    before = snapshot()
    half = 500_000_000_000_000
    with (
        pytest.raises(ValidationError, match="melebihi batas satu jurnal"),
        book.unit_of_work() as s,
    ):
        journal.post_entry(
            s,
            entry([("1101", half), ("1102", half), ("3901", -half), ("3901", -half)]),
            actor=bendahara,
        )
    assert snapshot() == before


def test_an_entry_of_the_largest_total_posts(post: PostFn) -> None:
    posted = post("2025-03-01", [("1101", NINES), ("3901", -NINES)])
    assert posted.total == NINES


def test_too_many_lines_are_refused() -> None:
    with pytest.raises(ValidationError, match="terlalu banyak baris"):
        check_lines([1, -1] * (MAX_ENTRY_LINES // 2) + [1, -1])


def test_the_book_total_is_bounded_and_every_report_still_adds_up(
    book: Book, bendahara: Actor, snapshot: Callable[[], object]
) -> None:
    """A hundred entries of the largest total fill the book to 100 x 999.999.999.999.999
    = 99.999.999.999.999.900 of debits; the next one would pass 10^17 and is refused.
    The balances, the trial balance, the integrity check and the journal list still work."""
    with book.unit_of_work() as s:
        for _ in range(100):
            journal.post_entry(s, entry([("1101", NINES), ("3901", -NINES)]), actor=bendahara)
    before = snapshot()
    with pytest.raises(DomainError) as caught, book.unit_of_work() as s:
        journal.post_entry(s, entry([("1101", 101), ("3901", -101)]), actor=bendahara)
    # 10^17 - 99.999.999.999.999.900 = 100 rupiah of room left; 101 is one too many.
    assert "Rp99.999.999.999.999.900" in caught.value.message
    assert "Rp100.000.000.000.000.000" in caught.value.message
    assert snapshot() == before
    with book.unit_of_work() as s:  # exactly up to the limit is allowed
        journal.post_entry(s, entry([("1101", 100), ("3901", -100)]), actor=bendahara)
    with book.read() as s:
        assert accounts.balance(s, "1101", dt.date(2025, 12, 31)) == 10**17
        report = ledger.trial_balance(s, dt.date(2025, 12, 31))
        assert (report.total_debit, report.total_credit) == (10**17, 10**17)
        assert checks.check_book(s, full=True).ok
        newest = journal.entry_summaries(s, journal.entry_ids(s)[:1])
        assert newest[0].total == 100


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _insert_lines(conn: sqlite3.Connection, entry_id: int, lines: list[tuple[str, int]]) -> None:
    for line_no, (code, amount) in enumerate(lines, start=1):
        conn.execute(
            "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
            "SELECT ?, ?, id, '2025-03-01', ?, '' FROM account WHERE code = ?",
            (entry_id, line_no, amount, code),
        )


def _insert_head(conn: sqlite3.Connection, entry_id: int) -> None:
    conn.execute(
        "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source, "
        "created_by, created_at, chain_seq, prev_hash, hash) VALUES (?, ?, 1, '2025-03-01', "
        "'x', 'manual', 'x', '2025-03-01 00:00:00', ?, 'x', 'x')",
        (entry_id, f"X-{entry_id}", entry_id),
    )


def test_the_database_refuses_a_line_beyond_the_limit(book: Book, book_path: Path) -> None:
    conn = _raw(book_path)
    with pytest.raises(sqlite3.IntegrityError, match="Jumlah baris jurnal di luar batas"):
        _insert_lines(conn, 70, [("1101", NINES + 1)])
    with pytest.raises(sqlite3.IntegrityError, match="Jumlah baris jurnal di luar batas"):
        _insert_lines(conn, 70, [("3901", -NINES - 1)])
    with pytest.raises(sqlite3.IntegrityError, match="bilangan bulat"):
        _insert_lines(conn, 70, [("1101", 1.5)])  # type: ignore[list-item]
    conn.close()


def test_the_database_refuses_an_entry_total_beyond_the_limit(book: Book, book_path: Path) -> None:
    conn = _raw(book_path)
    half = 500_000_000_000_000
    _insert_lines(conn, 71, [("1101", half), ("1102", half), ("3901", -half), ("3901", -half)])
    with pytest.raises(sqlite3.IntegrityError, match="melebihi batas satu jurnal"):
        _insert_head(conn, 71)
    conn.close()


def test_the_database_keeps_the_book_total_and_refuses_passing_it(
    book: Book, book_path: Path, post: PostFn
) -> None:
    post("2025-03-01", [("1101", 250_000), ("3901", -250_000)])
    conn = _raw(book_path)
    assert conn.execute("SELECT debit_total FROM ledger_total").fetchone() == (250_000,)
    with pytest.raises(sqlite3.IntegrityError, match="tidak boleh dikurangi"):
        conn.execute("UPDATE ledger_total SET debit_total = 0")
    # Raising the total is allowed up to the limit: 5 rupiah of room are left, 6 pass it.
    conn.execute(f"UPDATE ledger_total SET debit_total = {MAX_BOOK_DEBITS - 5}")
    conn.commit()
    _insert_lines(conn, 72, [("1101", 6), ("3901", -6)])
    with pytest.raises(sqlite3.IntegrityError, match="batas jumlah debit buku"):
        _insert_head(conn, 72)
    conn.close()
