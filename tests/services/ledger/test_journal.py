"""Posting and reversing journal entries, and the database's own guards."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from kopdesk.domain.permissions import Actor
from kopdesk.errors import (
    AccountError,
    AlreadyReversedError,
    DomainError,
    KopdeskError,
    NotFoundError,
    PeriodClosedError,
    UnbalancedEntryError,
    ValidationError,
)
from kopdesk.services.ledger import accounts, books, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.storage.db import Book

D = dt.date.fromisoformat


def test_post_gives_gap_free_numbers_per_year(
    book: Book,
    post: Callable[..., journal.EntryInfo],
    admin: Actor,
) -> None:
    first = post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    second = post("2025-01-06", [("1101", 50_000), ("3202", -50_000)])
    assert (first.number, second.number) == ("JU-2025-000001", "JU-2025-000002")
    with book.unit_of_work() as s:
        books.open_fiscal_year(s, admin, 2026)
    third = post("2026-01-02", [("1101", 10_000), ("3202", -10_000)])
    assert third.number == "JU-2026-000001"


def test_posted_entry_reads_back_with_its_lines(
    book: Book, post: Callable[..., journal.EntryInfo]
) -> None:
    posted = post(
        "2025-02-01", [("1101", 250_000), ("3201", -100_000), ("3202", -150_000)], "Setoran anggota"
    )
    with book.read() as s:
        again = journal.get_entry(s, posted.number.lower())
    assert again == posted
    assert [(line.account_code, line.debit, line.credit) for line in again.lines] == [
        ("1101", 250_000, 0),
        ("3201", 0, 100_000),
        ("3202", 0, 150_000),
    ]
    assert again.total == 250_000
    assert again.created_by == "bendahara"


REJECTED: list[tuple[str, list[tuple[str, int]], str, type[KopdeskError]]] = [
    ("2025-01-05", [("1101", 100_000), ("3201", -90_000)], "x", UnbalancedEntryError),
    ("2025-01-05", [("1101", 100_000)], "x", UnbalancedEntryError),
    ("2025-01-05", [("1101", 0), ("3201", 0)], "x", ValidationError),
    ("2025-01-05", [("9999", 100), ("3201", -100)], "x", AccountError),
    ("2025-01-05", [("1100", 100), ("3201", -100)], "x", AccountError),
    ("2024-12-31", [("1101", 100), ("3201", -100)], "x", PeriodClosedError),
    ("2025-01-05", [("1101", 100), ("3201", -100)], "   ", ValidationError),
]


@pytest.mark.parametrize(("day", "lines", "memo", "error"), REJECTED)
def test_rejected_postings_write_nothing(
    book: Book,
    snapshot: Callable[[], object],
    day: str,
    lines: list[tuple[str, int]],
    memo: str,
    error: type[KopdeskError],
    bendahara: Actor,
) -> None:
    before = snapshot()
    entry = journal.EntryInput(D(day), memo, [journal.LineInput(c, a) for c, a in lines])
    with pytest.raises(error) as caught, book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)
    assert caught.value.message  # an Indonesian sentence for the user
    assert snapshot() == before


@pytest.mark.parametrize("bad", [100.0, 1.5, True, "100"])
def test_non_integer_amounts_are_refused(
    book: Book,
    snapshot: Callable[[], object],
    bad: object,
    bendahara: Actor,
) -> None:
    before = snapshot()
    entry = journal.EntryInput(
        D("2025-01-05"),
        "x",
        [journal.LineInput("1101", bad), journal.LineInput("3201", -100)],  # type: ignore[arg-type]
    )
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)
    assert snapshot() == before


def test_inactive_account_is_refused(book: Book, bendahara: Actor, admin: Actor) -> None:
    with book.unit_of_work() as s:
        accounts.deactivate_account(s, admin, "1102")
    entry = journal.EntryInput(
        D("2025-01-05"), "x", [journal.LineInput("1102", 100), journal.LineInput("3201", -100)]
    )
    with pytest.raises(AccountError, match="nonaktif"), book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)


@pytest.mark.usefixtures("no_dual_control")
def test_reverse_mirrors_the_entry_once(
    book: Book, post: Callable[..., journal.EntryInfo], bendahara: Actor
) -> None:
    original = post("2025-03-01", [("5205", 400_000), ("1101", -400_000)], "Bayar listrik")
    with book.unit_of_work() as s:
        mirror = journal.reverse_entry(s, original.number, D("2025-03-02"), actor=bendahara)
    assert mirror.reversal_of == original.number
    assert [line.amount for line in mirror.lines] == [-400_000, 400_000]
    with book.read() as s:
        assert journal.get_entry(s, original.number).reversed_by == mirror.number
        assert accounts.balance(s, "1101", D("2025-12-31")) == 0
    with pytest.raises(AlreadyReversedError), book.unit_of_work() as s:
        journal.reverse_entry(s, original.number, D("2025-03-03"), actor=bendahara)
    with pytest.raises(DomainError, match="pembalik"), book.unit_of_work() as s:
        journal.reverse_entry(s, mirror.number, D("2025-03-03"), actor=bendahara)


@pytest.mark.usefixtures("no_dual_control")
def test_reverse_refuses_an_earlier_date_and_unknown_numbers(
    book: Book,
    post: Callable[..., journal.EntryInfo],
    bendahara: Actor,
) -> None:
    original = post("2025-03-10", [("5205", 1_000), ("1101", -1_000)])
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        journal.reverse_entry(s, original.number, D("2025-03-09"), actor=bendahara)
    with pytest.raises(NotFoundError), book.unit_of_work() as s:
        journal.reverse_entry(s, "JU-2025-999999", D("2025-03-11"), actor=bendahara)


def test_journal_list_filters_and_orders_newest_first(
    book: Book, post: Callable[..., journal.EntryInfo]
) -> None:
    a = post("2025-01-05", [("1101", 100), ("3201", -100)], "Setoran pokok Ani")
    b = post("2025-02-05", [("1101", 200), ("3202", -200)], "Setoran wajib Budi")
    c = post("2025-03-05", [("5205", 300), ("1101", -300)], "Bayar listrik")
    with book.read() as s:
        assert journal.entry_ids(s) == [c.id, b.id, a.id]
        setoran = journal.entry_ids(s, journal.JournalFilter(search="setoran"))
        assert setoran == [b.id, a.id]
        feb = journal.entry_ids(
            s, journal.JournalFilter(date_from=D("2025-02-01"), date_to=D("2025-02-28"))
        )
        assert feb == [b.id]
        rows = journal.entry_summaries(s, [a.id, c.id])
    assert [(r.number, r.total) for r in rows] == [(a.number, 100), (c.number, 300)]


def test_closed_year_refuses_postings(
    book: Book, post: Callable[..., journal.EntryInfo], bendahara: Actor
) -> None:
    post("2025-06-01", [("1101", 100), ("3201", -100)])
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE fiscal_year SET status = 'closed' WHERE year = 2025"))
    entry = journal.EntryInput(
        D("2025-06-02"), "x", [journal.LineInput("1101", 100), journal.LineInput("3201", -100)]
    )
    with pytest.raises(PeriodClosedError, match="ditutup"), book.unit_of_work() as s:
        journal.post_entry(s, entry, actor=bendahara)


# --- the database itself refuses what kopdesk would never do ------------------


def _raw(book_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(book_path)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def test_raw_update_or_delete_of_a_posted_line_fails(
    book: Book, book_path: Path, post: Callable[..., journal.EntryInfo]
) -> None:
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)])
    conn = _raw(book_path)
    with pytest.raises(sqlite3.IntegrityError, match="tidak boleh diubah"):
        conn.execute("UPDATE journal_line SET amount = 999 WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="tidak boleh dihapus"):
        conn.execute("DELETE FROM journal_line")
    with pytest.raises(sqlite3.IntegrityError, match="tidak boleh diubah"):
        conn.execute("UPDATE journal_entry SET description = 'ganti'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM journal_entry")
    conn.close()


def test_raw_unbalanced_entry_is_refused_by_the_database(book: Book, book_path: Path) -> None:
    conn = _raw(book_path)
    conn.execute(
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 77, 1, id, '2025-01-05', 500, '' FROM account WHERE code = '1101'"
    )
    conn.execute(
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 77, 2, id, '2025-01-05', -400, '' FROM account WHERE code = '3101'"
    )
    with pytest.raises(sqlite3.IntegrityError, match="tidak seimbang"):
        conn.execute(
            "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source, "
            "created_by, created_at) VALUES (77, 'X-1', 1, '2025-01-05', 'x', 'manual', 'x', "
            "'2025-01-05 00:00:00')"
        )
    conn.rollback()
    # Lines without any header never commit either (deferred foreign key).
    conn.execute(
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 78, 1, id, '2025-01-05', 500, '' FROM account WHERE code = '1101'"
    )
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        conn.commit()
    conn.close()


def test_raw_posting_into_a_closed_year_or_header_account_is_refused(
    book: Book, book_path: Path
) -> None:
    conn = _raw(book_path)
    with pytest.raises(sqlite3.IntegrityError, match="akun induk"):
        conn.execute(
            "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
            "SELECT 90, 1, id, '2025-01-05', 500, '' FROM account WHERE code = '1100'"
        )
    conn.rollback()
    conn.execute("UPDATE fiscal_year SET status = 'closed'")
    conn.commit()
    for line_no, (code, amount) in enumerate([("1101", 500), ("3201", -500)], start=1):
        conn.execute(
            "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
            f"SELECT 91, {line_no}, id, '2025-01-05', {amount}, '' "
            f"FROM account WHERE code = '{code}'"
        )
    with pytest.raises(sqlite3.IntegrityError, match="tahun buku"):
        conn.execute(
            "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source, "
            "created_by, created_at) VALUES (91, 'X-2', 1, '2025-01-05', 'x', 'manual', 'x', "
            "'2025-01-05 00:00:00')"
        )
    conn.close()


def test_trial_balance_after_postings(book: Book, post: Callable[..., journal.EntryInfo]) -> None:
    post("2025-01-05", [("1101", 1_000_000), ("3201", -1_000_000)])
    post("2025-01-20", [("1320", 600_000), ("1101", -600_000)])
    post("2025-02-20", [("1101", 60_000), ("1320", -50_000), ("4101", -10_000)])
    with book.read() as s:
        jan = ledger.trial_balance(s, D("2025-01-31"))
        feb = ledger.trial_balance(s, D("2025-02-28"))
    assert [(r.code, r.debit, r.credit) for r in jan.rows] == [
        ("1101", 400_000, 0),
        ("1320", 600_000, 0),
        ("3201", 0, 1_000_000),
    ]
    assert jan.total_debit == jan.total_credit == 1_000_000
    assert [(r.code, r.debit, r.credit) for r in feb.rows] == [
        ("1101", 460_000, 0),
        ("1320", 550_000, 0),
        ("3201", 0, 1_000_000),
        ("4101", 0, 10_000),
    ]
    assert feb.total_debit == feb.total_credit == 1_010_000


def test_count_entries_matches_the_filtered_list(
    book: Book, post: Callable[..., journal.EntryInfo]
) -> None:
    post("2025-01-05", [("1101", 100), ("3201", -100)], "Setoran pokok")
    post("2025-02-05", [("1101", 200), ("3202", -200)], "Setoran wajib")
    with book.read() as s:
        assert journal.count_entries(s) == 2
        flt = journal.JournalFilter(search="wajib")
        assert journal.count_entries(s, flt) == len(journal.entry_ids(s, flt)) == 1
