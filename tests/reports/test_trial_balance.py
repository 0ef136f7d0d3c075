"""Neraca Saldo PDF: what a treasurer and an auditor read on the paper."""

from __future__ import annotations

import re

from kopdesk.domain.papers.ledger import TrialBalanceRow
from kopdesk.reports.trial_balance import render_trial_balance
from tests.reports import samples
from tests.reports.pdftext import pdf_pages, pdf_text


def _line(text: str, start: str) -> str:
    """The first printed line that begins (after indentation) with ``start``."""
    for line in text.splitlines():
        if line.strip().startswith(start):
            return line
    raise AssertionError(f"no line starting with {start!r}")


def test_title_date_and_columns() -> None:
    text = pdf_text(render_trial_balance(samples.trial_balance(), samples.STAMP))
    assert "NERACA SALDO" in text
    assert "Per 31 Desember 2025" in text
    assert re.search(r"Kode\s+Nama Akun\s+Debit\s+Kredit", text)


def test_each_account_on_one_line_with_its_amount_in_its_column() -> None:
    text = pdf_text(render_trial_balance(samples.trial_balance(), samples.STAMP))
    debit_line = _line(text, "1101")
    assert re.fullmatch(r"\s*1101\s+Akun nomor 1\s+1\.250\.000\s*", debit_line)
    credit_line = _line(text, "1102")
    assert re.fullmatch(r"\s*1102\s+Akun nomor 2\s+2\.000\s*", credit_line)
    heading = _line(text, "Kode")
    # right-aligned under centred headings: a debit ends between the two
    # headings, a credit after the Kredit heading
    debit_end, credit_end = len(debit_line.rstrip()), len(credit_line.rstrip())
    assert heading.index("Debit") + len("Debit") < debit_end < heading.index("Kredit")
    assert credit_end > len(heading.rstrip())


def test_totals_are_the_reports_not_a_sum_of_the_rows() -> None:
    report = samples.trial_balance(total_debit=987_654_321, total_credit=123_456_789)
    text = pdf_text(render_trial_balance(report, samples.STAMP))
    assert re.search(r"Jumlah\s+987\.654\.321\s+123\.456\.789", text)


def test_zero_totals_still_show() -> None:
    text = pdf_text(render_trial_balance(samples.trial_balance(0), samples.STAMP))
    assert re.search(r"Jumlah\s+0\s+0", text)


def test_a_long_account_name_wraps_and_nothing_is_cut() -> None:
    row = TrialBalanceRow("1301", samples.LONG_NAME, 7_500_000, 0)
    report = samples.trial_balance(2)
    report = type(report)(
        report.header, report.as_of, (*report.rows, row), report.total_debit, report.total_credit
    )
    text = pdf_text(render_trial_balance(report, samples.STAMP))
    for word in samples.LONG_NAME.split():
        assert word in text
    first = _line(text, "1301")
    assert first.rstrip().endswith("7.500.000")
    assert samples.LONG_NAME not in first


def test_three_hundred_accounts_run_over_pages_with_headings_repeated() -> None:
    report = samples.trial_balance(300, total_debit=1, total_credit=2)
    pages = pdf_pages(render_trial_balance(report, samples.STAMP))
    total = len(pages)
    assert total > 5
    assert f"Halaman 1 dari {total}" in pages[0]
    assert f"Halaman {total} dari {total}" in pages[-1]
    codes: list[str] = []
    for page in pages:
        assert re.search(r"Kode\s+Nama Akun\s+Debit\s+Kredit", page)
        codes += re.findall(r"^\s*(1[0-9]{3})\s+Akun nomor", page, re.MULTILINE)
    assert codes == [str(1101 + i) for i in range(300)]
    assert [("Jumlah" in page) for page in pages] == [False] * (total - 1) + [True]


def test_sixty_accounts_make_a_two_page_example() -> None:
    pages = pdf_pages(render_trial_balance(samples.trial_balance(60), samples.STAMP))
    assert len(pages) == 2
    assert "Halaman 2 dari 2" in pages[1]
