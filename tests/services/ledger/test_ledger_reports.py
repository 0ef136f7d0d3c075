"""Buku Besar and Jurnal Umum data, checked against hand-computed figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kopdesk.domain.permissions import Actor
from kopdesk.errors import AccountError, ValidationError
from kopdesk.services.ledger import journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.storage.db import Book

D = dt.date.fromisoformat


def test_general_ledger_running_balance(book: Book, post: Callable[..., journal.EntryInfo]) -> None:
    post("2025-01-05", [("1101", 1_000_000), ("3201", -1_000_000)], "Modal awal")
    post("2025-02-01", [("5205", 150_000), ("1101", -150_000)], "Listrik Januari")
    post("2025-02-10", [("1101", 75_000), ("4101", -75_000)], "Jasa pinjaman")
    post("2025-03-01", [("5205", 160_000), ("1101", -160_000)], "Listrik Februari")
    with book.read() as s:
        report = ledger.general_ledger(s, "1101", D("2025-02-01"), D("2025-02-28"))
    assert report.opening_balance == 1_000_000
    assert [(r.debit, r.credit, r.balance) for r in report.rows] == [
        (0, 150_000, 850_000),
        (75_000, 0, 925_000),
    ]
    assert (report.total_debit, report.total_credit, report.closing_balance) == (
        75_000,
        150_000,
        925_000,
    )
    assert report.header.coop_name == "KSP Sejahtera Bersama"


def test_general_ledger_refuses_headers_and_reversed_periods(book: Book) -> None:
    with book.read() as s:
        with pytest.raises(AccountError):
            ledger.general_ledger(s, "1100", D("2025-01-01"), D("2025-12-31"))
        with pytest.raises(ValidationError):
            ledger.general_ledger(s, "1101", D("2025-12-31"), D("2025-01-01"))


@pytest.mark.usefixtures("no_dual_control")
def test_journal_report_groups_lines_by_entry(
    book: Book,
    post: Callable[..., journal.EntryInfo],
    bendahara: Actor,
) -> None:
    a = post("2025-01-05", [("1101", 100_000), ("3201", -40_000), ("3202", -60_000)], "Setoran")
    post("2025-04-01", [("1101", 5_000), ("3202", -5_000)], "Di luar periode")
    with book.unit_of_work() as s:
        r = journal.reverse_entry(s, a.number, D("2025-01-07"), actor=bendahara)
    with book.read() as s:
        report = ledger.journal_report(s, D("2025-01-01"), D("2025-01-31"))
    assert [e.number for e in report.entries] == [a.number, r.number]
    assert [len(e.lines) for e in report.entries] == [3, 3]
    assert report.entries[1].reversal_of == a.number
    assert report.total_debit == report.total_credit == 200_000
