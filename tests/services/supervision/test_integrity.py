"""Tamper experiments: edits made behind kopdesk's back (an SQLite editor can
drop the guards first) are each found and named by the book verification."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kopdesk.domain.permissions import Actor
from kopdesk.services.supervision.integrity import BookVerification, verify_books
from kopdesk.storage.db import Book
from tests.conftest import PostFn


@pytest.fixture
def posted(post: PostFn) -> list[str]:
    return [
        post(f"2025-01-{day:02d}", [("1101", 100_000 * day), ("3202", -100_000 * day)]).number
        for day in range(1, 6)
    ]


def verify(book: Book, actor: Actor) -> BookVerification:
    with book.read() as s:
        return verify_books(s, actor)


def tamper(path: Path, *statements: str) -> None:
    """What someone with an SQLite editor could do: drop kopdesk's guards, then edit."""
    conn = sqlite3.connect(path)
    for name in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def record_problems(result: BookVerification) -> list[str]:
    return [p.message for p in result.problems if p.chain != "basis data"]


def test_an_untouched_book_verifies_clean(book: Book, admin: Actor, posted: list[str]) -> None:
    result = verify(book, admin)
    assert result.ok
    assert result.entries_checked == 5
    assert result.audit_checked > 5
    assert "Buku utuh" in result.summary


def test_a_changed_amount_is_named(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    tamper(
        book_path,
        "UPDATE journal_line SET amount = amount + 1000 WHERE entry_id = 3 AND amount > 0",
        "UPDATE journal_line SET amount = amount - 1000 WHERE entry_id = 3 AND amount < 0",
    )
    result = verify(book, admin)
    assert record_problems(result) == [f"Jurnal {posted[2]} telah diubah di luar kopdesk."]
    assert posted[2] in result.summary
    assert any("Pengaman basis data" in p.message for p in result.problems)


def test_a_changed_description_is_named(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    tamper(book_path, "UPDATE journal_entry SET description = 'Dana talangan' WHERE id = 2")
    assert record_problems(verify(book, admin)) == [
        f"Jurnal {posted[1]} telah diubah di luar kopdesk."
    ]


def test_a_deleted_entry_is_named(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    tamper(
        book_path,
        "DELETE FROM journal_line WHERE entry_id = 4",
        "DELETE FROM journal_entry WHERE id = 4",
    )
    problems = record_problems(verify(book, admin))
    assert problems[0] == f"Jurnal {posted[3]} hilang (dihapus di luar kopdesk)."


def test_the_last_entry_deleted_is_found(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    tamper(
        book_path,
        "DELETE FROM journal_line WHERE entry_id = 5",
        "DELETE FROM journal_entry WHERE id = 5",
    )
    problems = record_problems(verify(book, admin))
    assert problems[0] == f"Jurnal {posted[4]} hilang (dihapus di luar kopdesk)."
    assert any("terakhir" in p for p in problems)


def test_an_inserted_entry_is_named(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    tamper(
        book_path,
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 99, 1, id, '2025-01-09', 5000000, '' FROM account WHERE code = '1101'",
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 99, 2, id, '2025-01-09', -5000000, '' FROM account WHERE code = '3102'",
        "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source, "
        "created_by, created_at) VALUES (99, 'JU-2025-000099', 1, '2025-01-09', 'Setoran', "
        "'manual', 'bendahara', '2025-01-09 10:00:00')",
    )
    assert record_problems(verify(book, admin))[0] == (
        "Jurnal JU-2025-000099 disisipkan di luar kopdesk."
    )


def test_an_inserted_entry_with_a_copied_hash_is_named(
    book: Book, book_path: Path, admin: Actor, posted: list[str]
) -> None:
    """A forger who copies the last entry's chain fields is still caught."""
    tamper(
        book_path,
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 99, 1, id, '2025-01-09', 7000, '' FROM account WHERE code = '1101'",
        "INSERT INTO journal_line (entry_id, line_no, account_id, date, amount, memo) "
        "SELECT 99, 2, id, '2025-01-09', -7000, '' FROM account WHERE code = '3102'",
        "INSERT INTO journal_entry (id, number, fiscal_year_id, date, description, source, "
        "created_by, created_at, chain_seq, prev_hash, hash) SELECT 99, 'JU-2025-000006', 1, "
        "'2025-01-09', 'Setoran', 'manual', 'bendahara', '2025-01-09 10:00:00', 6, hash, hash "
        "FROM journal_entry WHERE id = 5",
    )
    problems = record_problems(verify(book, admin))
    assert "Jurnal JU-2025-000006 telah diubah di luar kopdesk." in problems


def test_an_edited_audit_record_is_named(book: Book, book_path: Path, admin: Actor) -> None:
    tamper(book_path, "UPDATE audit_log SET username = 'ketua' WHERE chain_seq = 3")
    problems = record_problems(verify(book, admin))
    assert len(problems) == 1
    assert problems[0].startswith("Catatan audit #3 (")
    assert problems[0].endswith("telah diubah di luar kopdesk.")


def test_a_deleted_audit_record_is_named(book: Book, book_path: Path, admin: Actor) -> None:
    tamper(book_path, "DELETE FROM audit_log WHERE chain_seq = 4")
    assert record_problems(verify(book, admin))[0] == (
        "Catatan audit #4 hilang (dihapus di luar kopdesk)."
    )


def test_removed_guards_alone_are_reported(book: Book, book_path: Path, admin: Actor) -> None:
    tamper(book_path)
    result = verify(book, admin)
    assert record_problems(result) == []
    assert not result.ok
    assert any("trg_journal_line_no_update" in p.message for p in result.problems)
