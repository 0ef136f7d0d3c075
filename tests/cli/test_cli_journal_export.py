"""``kopdesk report journal --out x.csv`` streams its rows (issue 16): the file is the
same bytes as the whole Jurnal Umum written at once (``journal_report`` +
``csv_bytes``, what the command did before), on varied books and date ranges, with
text a spreadsheet would run as a formula, control characters and line breaks; and
a failed export leaves no file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdesk.cli import main
from kopdesk.cli.common import csv_bytes
from kopdesk.domain.permissions import Actor
from kopdesk.services.ledger import journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.storage.db import Book

CODES = ["1101", "1112", "3201", "4101", "5202"]
TEXTS = ["Setoran", "=SUM(A1)", "+62 812", "-", "@kas", "baris\r\nbaru", "kontrol\x07", "Ünïcode"]
HEADER = ["number", "date", "description", "code", "name", "debit", "credit"]


def expected_csv(book: Book, date_from: dt.date, date_to: dt.date) -> bytes:
    """The file as the command wrote it before it streamed."""
    with book.read() as s:
        jr = ledger.journal_report(s, date_from, date_to)
    return csv_bytes(
        HEADER,
        [
            (e.number, e.date.isoformat(), e.description, ln.code, ln.name, ln.debit, ln.credit)
            for e in jr.entries
            for ln in e.lines
        ],
    )


def export(book_path: Path, out: Path, date_from: dt.date, date_to: dt.date) -> bytes:
    argv = ["report", "journal", "--db", str(book_path), "--from", date_from.isoformat()]
    assert main([*argv, "--to", date_to.isoformat(), "--out", str(out)]) == 0
    return out.read_bytes()


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    posted=st.lists(
        st.tuples(
            st.integers(0, 364),
            st.sampled_from(TEXTS),
            st.lists(st.tuples(st.sampled_from(CODES), st.integers(1, 10**9)), min_size=1,
                     max_size=3),
        ),
        max_size=8,
    ),
    span=st.tuples(st.integers(-10, 370), st.integers(0, 400)),
)  # fmt: skip
def test_the_streamed_export_is_the_same_bytes(
    book: Book,
    book_path: Path,
    tmp_path: Path,
    bendahara: Actor,
    posted: list[tuple[int, str, list[tuple[str, int]]]],
    span: tuple[int, int],
) -> None:
    start = dt.date(2025, 1, 1)
    with book.unit_of_work() as s:
        for day, text, debits in posted:
            lines = [journal.LineInput(code, amount) for code, amount in debits]
            lines.append(journal.LineInput("3202", -sum(a for _c, a in debits)))
            entry = journal.EntryInput(start + dt.timedelta(days=day), text, lines)
            journal.post_entry(s, entry, actor=bendahara)
    date_from = start + dt.timedelta(days=span[0])
    date_to = date_from + dt.timedelta(days=span[1])
    got = export(book_path, tmp_path / "jurnal.csv", date_from, date_to)
    assert got == expected_csv(book, date_from, date_to)


def test_a_failed_export_leaves_no_file(
    book: Book, book_path: Path, tmp_path: Path, post: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert callable(post)
    post("2025-02-03", [("1101", 1_000), ("3201", -1_000)])
    real = ledger.journal_line_batches

    def off_by_one(*args: object, **kwargs: object) -> object:
        yield from real(*args, **kwargs)  # type: ignore[arg-type]
        raise ledger.LedgerInvariantError("journal off by 1")

    monkeypatch.setattr(ledger, "journal_line_batches", off_by_one)
    out = tmp_path / "jurnal.csv"
    argv = ["report", "journal", "--db", str(book_path), "--from", "2025-01-01"]
    with pytest.raises(ledger.LedgerInvariantError):
        main([*argv, "--to", "2025-12-31", "--out", str(out)])
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kopdesk-")]
