"""Verifiable documents: a printed PDF is recognised as a genuine, unaltered
output of this book, and a changed byte or a paper from another book is not."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app import papers as documents
from kopdesk.domain.permissions import Actor
from kopdesk.services.ledger.documents import get_document, verify_document
from kopdesk.storage.db import Book, open_book
from tests.conftest import TODAY, PostFn, make_book


@pytest.fixture
def pdf(book: Book, bendahara: Actor, post: PostFn) -> bytes:
    post("2025-01-05", [("1101", 250_000), ("3201", -250_000)])
    return documents.trial_balance_pdf(book, dt.date(2025, 12, 31), actor=bendahara)


def check(book: Book, actor: Actor, data: bytes):  # type: ignore[no-untyped-def]
    with book.read() as s:
        return verify_document(s, actor, data)


def test_the_original_paper_is_genuine(book: Book, pdf: bytes, admin: Actor) -> None:
    result = check(book, admin, pdf)
    assert result.genuine
    assert result.history_intact
    assert result.document is not None
    assert result.document.number == "DOK-" + str(TODAY.year) + "-000001"
    assert result.document.made_by == "bendahara"
    assert "Dokumen asli dan utuh" in result.message
    assert "Neraca Saldo per 31 Desember 2025" in result.message


def test_the_paper_carries_its_number_and_book_identity(book: Book, pdf: bytes) -> None:
    with book.read() as s:
        doc = get_document(s, "DOK-" + str(TODAY.year) + "-000001")
    assert doc.sha256 is not None
    assert re.search(rb"KOPDESK\|1\|[0-9a-f-]{36}\|" + doc.number.encode(), pdf)


@pytest.mark.parametrize("position", [0.25, 0.5, 0.9])
def test_one_changed_byte_is_detected(
    book: Book, pdf: bytes, admin: Actor, position: float
) -> None:
    altered = bytearray(pdf)
    index = int(len(altered) * position)
    altered[index] = (altered[index] + 1) % 256
    result = check(book, admin, bytes(altered))
    assert not result.genuine
    if result.document is not None:  # the number is still readable
        assert "telah diubah setelah dicetak" in result.message
    else:
        assert "bukan dokumen kopdesk" in result.message


def test_a_paper_from_another_book_is_reported(book: Book, pdf: bytes, tmp_path: Path) -> None:
    other_path = tmp_path / "lain.sqlite"
    make_book(other_path)
    other = open_book(other_path)
    with other.read() as s:
        from kopdesk.services.base import users

        someone = users.get_user(s, "pengawas").actor()
    result = check(other, someone, pdf)
    other.close()
    assert not result.genuine
    assert "buku koperasi lain" in result.message


def test_a_foreign_pdf_is_not_a_kopdesk_document(book: Book, admin: Actor) -> None:
    result = check(book, admin, b"%PDF-1.4\n% surat biasa\n%%EOF\n")
    assert not result.genuine
    assert "bukan dokumen kopdesk" in result.message


def test_a_paper_warns_when_the_books_before_it_were_changed(
    book: Book, book_path: Path, pdf: bytes, admin: Actor
) -> None:
    conn = sqlite3.connect(book_path)
    conn.execute("DROP TRIGGER trg_journal_entry_no_update")
    conn.execute("UPDATE journal_entry SET hash = 'x' WHERE id = 1")
    conn.commit()
    conn.close()
    result = check(book, admin, pdf)
    assert result.genuine
    assert result.history_intact is False
    assert "PERHATIAN" in result.message


def test_bad_input_registers_no_document(book: Book, bendahara: Actor) -> None:
    from kopdesk.errors import AccountError
    from kopdesk.services.ledger.documents import list_documents

    with pytest.raises(AccountError):
        documents.ledger_pdf(
            book, "1100", dt.date(2025, 1, 1), dt.date(2025, 12, 31), actor=bendahara
        )
    with book.read() as s:
        assert list_documents(s) == []
