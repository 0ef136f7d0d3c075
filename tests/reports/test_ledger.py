"""Buku Besar PDF: opening and closing balance, running balance by side, totals."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kopdesk.domain.papers.ledger import LedgerRow
from kopdesk.reports.ledger import balance_cells, render_ledger
from tests.reports import samples
from tests.reports.pdftext import pdf_pages, pdf_text

HEADINGS = r"Tanggal\s+No\. Jurnal\s+Keterangan\s+Debit\s+Kredit\s+Saldo Debit\s+Saldo Kredit"


def _line_with(text: str, needle: str) -> str:
    for line in text.splitlines():
        if needle in line:
            return line
    raise AssertionError(f"no line with {needle!r}")


def _column(text: str, needle: str, row: str = "") -> str:
    """Which heading the right-aligned ``needle`` sits under (by where it ends),
    on the first line holding ``row`` (default: ``needle`` itself)."""
    heading = _line_with(text, "Saldo Kredit")
    line = _line_with(text, row or needle)
    end = line.index(needle) + len(needle)
    starts = {name: heading.index(name) for name in ("Kredit", "Saldo Debit", "Saldo Kredit")}
    if end > starts["Saldo Kredit"]:
        return "Saldo Kredit"
    if end > starts["Saldo Debit"]:
        return "Saldo Debit"
    if end > starts["Kredit"]:
        return "Kredit"
    return "Debit"


def test_title_account_period_and_columns() -> None:
    text = pdf_text(render_ledger(samples.ledger(samples.ledger_rows(3)), samples.STAMP))
    assert "BUKU BESAR" in text
    assert "Akun 1101 – Kas" in text
    assert "Periode 1 Januari 2025 s.d. 31 Desember 2025" in text
    assert re.search(HEADINGS, text)


def test_rows_in_order_opening_first_closing_last() -> None:
    report = samples.ledger(samples.ledger_rows(3), opening=1_000_000, closing=1_300_000)
    text = pdf_text(render_ledger(report, samples.STAMP))
    body = text.split("Saldo Kredit", 1)[1]
    order = [body.index(s) for s in ("Saldo awal", "JU-2025-000001", "JU-2025-000003")]
    order += [body.index("Jumlah"), body.index("Saldo akhir")]
    assert order == sorted(order)
    assert re.search(r"01-01-2025\s+Saldo awal\s+1\.000\.000\s*$", text, re.M)
    assert re.search(r"31-12-2025\s+Saldo akhir\s+1\.300\.000\s*$", text, re.M)


def test_each_row_shows_date_number_description_amount_and_balance() -> None:
    text = pdf_text(render_ledger(samples.ledger(samples.ledger_rows(2)), samples.STAMP))
    assert re.search(
        r"01-01-2025\s+JU-2025-000001\s+Transaksi kas nomor 1\s+500\.000\s+1\.000\.000\s*$",
        text,
        re.M,
    )
    assert _column(text, "500.000") == "Debit"
    assert _column(text, "200.000") == "Kredit"
    assert _column(text, "1.150.000") == "Saldo Debit"


def test_a_credit_balance_prints_as_a_positive_number_under_saldo_kredit() -> None:
    row = LedgerRow(dt.date(2025, 2, 3), "JU-2025-000001", "Penarikan", 0, 2_750_000, -1_750_000)
    rows = (row,)
    report = samples.ledger(rows, opening=-4_321_000, closing=-1_750_000)
    text = pdf_text(render_ledger(report, samples.STAMP))
    assert "-1.750.000" not in text
    assert "-4.321.000" not in text
    assert _column(text, "4.321.000") == "Saldo Kredit"
    assert _column(text, "2.750.000") == "Kredit"
    assert _column(text, "1.750.000", row="JU-2025-000001") == "Saldo Kredit"
    assert _column(text, "1.750.000", row="Saldo akhir") == "Saldo Kredit"


def test_a_zero_balance_prints_a_dash_on_both_sides() -> None:
    report = samples.ledger((), opening=0, closing=0)
    text = pdf_text(render_ledger(report, samples.STAMP))
    assert re.search(r"Saldo awal\s+-\s+-\s*$", text, re.M)
    assert re.search(r"Saldo akhir\s+-\s+-\s*$", text, re.M)


@pytest.mark.parametrize(
    ("balance", "cells"),
    [(1_500, ("1.500", "")), (-1_500, ("", "1.500")), (0, ("-", "-"))],
)
def test_balance_cells_by_sign(balance: int, cells: tuple[str, str]) -> None:
    assert balance_cells(balance) == cells


def test_totals_and_closing_balance_are_the_reports() -> None:
    report = samples.ledger(
        samples.ledger_rows(4), closing=55_555_555, total_debit=11_111_111, total_credit=2_222_222
    )
    text = pdf_text(render_ledger(report, samples.STAMP))
    assert re.search(r"Jumlah\s+11\.111\.111\s+2\.222\.222\s*$", text, re.M)
    assert re.search(r"Saldo akhir\s+55\.555\.555\s*$", text, re.M)


def test_a_year_of_cash_runs_over_pages() -> None:
    report = samples.ledger(samples.ledger_rows(300), closing=7)
    pages = pdf_pages(render_ledger(report, samples.STAMP))
    total = len(pages)
    assert total > 5
    numbers: list[str] = []
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in page
        assert "Akun 1101 – Kas" in page
        assert re.search(HEADINGS, page)
        numbers += re.findall(r"JU-2025-([0-9]{6})", page)
    assert numbers == [f"{i:06d}" for i in range(1, 301)]
    # the closing rows never sit alone at the top of a page
    assert "Transaksi kas nomor 300" in pages[-1]
    assert "Saldo akhir" in pages[-1]


def test_sixty_rows_make_a_two_page_example() -> None:
    pages = pdf_pages(render_ledger(samples.ledger(samples.ledger_rows(60)), samples.STAMP))
    assert len(pages) == 2


def test_same_input_gives_the_same_bytes() -> None:
    report = samples.ledger(samples.ledger_rows(50))
    assert render_ledger(report, samples.STAMP) == render_ledger(report, samples.STAMP)
