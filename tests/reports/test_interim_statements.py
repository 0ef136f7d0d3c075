"""Statements of a fiscal year that is not closed are interim (issue 17, defect 7):
printed as of the chosen day, not as of a year end still to come, and marked
"Laporan sementara — belum diaudit"; a closed year prints as before."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from kopdesk.app import papers as documents
from kopdesk.domain.papers.statements import INTERIM_NOTE
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.closing import statements, yearend
from kopdesk.services.ledger import books, journal
from kopdesk.services.ledger.journal import EntryInput, LineInput
from kopdesk.storage.db import Book

D = dt.date
TODAY = D(2026, 12, 4)
"""The pinned day of the test run (tests/conftest.py)."""


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def closed_2025(book: Book, actors: dict[Role, Actor]) -> None:
    """A bank loan of Rp1 juta in 2025 (closed), Rp500 ribu more in 2026 (open)."""
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        journal.post_entry(
            s, EntryInput(D(2025, 3, 1), "Pinjaman bank", [LineInput("1101", 1_000_000),
                                                    LineInput("2401", -1_000_000)]),
            actor=bendahara,
        )  # fmt: skip
        yearend.close_year(s, bendahara, 2025, today=TODAY)
    with book.unit_of_work() as s:
        if all(y.year != 2026 for y in books.list_fiscal_years(s)):
            books.open_fiscal_year(s, bendahara, 2026)
        journal.post_entry(
            s, EntryInput(D(2026, 6, 1), "Pinjaman bank", [LineInput("1101", 500_000),
                                                    LineInput("2401", -500_000)]),
            actor=bendahara,
        )  # fmt: skip


def test_an_open_year_runs_to_the_day_and_is_interim(book: Book, closed_2025: None) -> None:
    del closed_2025
    with book.read() as s:
        open_year = statements.period_of(s, 2026, as_of=D(2026, 12, 4))
        closed = statements.period_of(s, 2025)
        march = statements.period_of(s, 2026, "month", 3, as_of=D(2026, 12, 4))
        sheet = statements.balance_sheet(s, open_year)
    assert (open_year.start, open_year.end, open_year.interim) == (
        D(2026, 1, 1), D(2026, 12, 4), True,
    )  # fmt: skip
    assert open_year.label == "Tahun Buku 2026 s.d. 4 Desember 2026"
    assert statements.previous(open_year).end == D(2025, 12, 31)  # the audited year
    assert (closed.end, closed.interim) == (D(2025, 12, 31), False)
    assert (march.end, march.interim) == (D(2026, 3, 31), True)  # past: whole month, unaudited
    assert sheet.subtitle == "Per 4 Desember 2026 dan 31 Desember 2025"
    assert sheet.line("jumlah_aset").amount == 1_500_000


def test_the_pdf_of_an_open_year_says_interim_and_a_closed_one_does_not(
    book: Book, closed_2025: None, bendahara: Actor
) -> None:
    del closed_2025
    with book.read() as s:
        open_year = statements.period_of(s, 2026, as_of=D(2026, 12, 4))
        closed = statements.period_of(s, 2025)
    interim = _text(documents.balance_sheet_pdf(book, open_year, actor=bendahara))
    assert INTERIM_NOTE in interim
    assert "Per 4 Desember 2026" in interim
    assert "31 Desember 2026" not in interim
    final = _text(documents.balance_sheet_pdf(book, closed, actor=bendahara))
    assert INTERIM_NOTE not in final
    assert "Per 31 Desember 2025" in final
    everything = _text(documents.financial_statements_pdf(book, open_year, actor=bendahara))
    assert everything.count(INTERIM_NOTE) >= 5  # the paper's header and each statement
