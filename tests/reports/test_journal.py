"""Jurnal Umum PDF: entries, indented lines, reversals, paging, totals."""

from __future__ import annotations

import re

from kopdesk.domain.papers.ledger import JournalLineRow
from kopdesk.reports.journal import render_journal
from tests.reports import samples
from tests.reports.pdftext import pdf_pages, pdf_text


def _line_with(text: str, needle: str) -> str:
    for line in text.splitlines():
        if needle in line:
            return line
    raise AssertionError(f"no line with {needle!r}")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def test_title_period_and_columns() -> None:
    text = pdf_text(render_journal(samples.journal((samples.journal_entry(4),)), samples.STAMP))
    assert "JURNAL UMUM" in text
    assert "Periode 1 Januari 2025 s.d. 31 Desember 2025" in text
    assert re.search(r"Tanggal\s+No\. Jurnal\s+Keterangan / Akun\s+Debit\s+Kredit", text)


def test_entry_heading_then_its_lines_with_code_name_memo_and_amounts() -> None:
    text = pdf_text(render_journal(samples.journal((samples.journal_entry(4),)), samples.STAMP))
    assert re.search(
        r"05-01-2025\s+JU-2025-000004\s+Setoran simpanan wajib nomor 4\s*$", text, re.M
    )
    assert re.search(r"^\s+1101 Kas – baris 4-1\s+200\.000\s*$", text, re.M)
    assert re.search(r"^\s+3102 Simpanan Wajib – baris 4-2\s+100\.000\s*$", text, re.M)


def test_credit_lines_are_indented_further_than_debit_lines() -> None:
    text = pdf_text(render_journal(samples.journal((samples.journal_entry(4),)), samples.STAMP))
    heading = _line_with(text, "JU-2025-000004")
    debit = _line_with(text, "1101 Kas")
    credit = _line_with(text, "3102 Simpanan Wajib")
    assert heading.index("Setoran") < _indent(debit) < _indent(credit)
    # and each amount sits in its own column: the credit's ends further right
    assert len(credit.rstrip()) > len(debit.rstrip())


def test_a_reversal_names_the_entry_it_reverses() -> None:
    entry = samples.journal_entry(9, reversal_of="JU-2025-000004")
    text = pdf_text(render_journal(samples.journal((entry,)), samples.STAMP))
    assert "Setoran simpanan wajib nomor 9 (Pembalik JU-2025-000004)" in text


def test_grand_total_is_the_reports() -> None:
    entries = tuple(samples.journal_entry(i) for i in range(1, 4))
    report = samples.journal(entries, total_debit=876_543_210, total_credit=876_543_211)
    text = pdf_text(render_journal(report, samples.STAMP))
    assert re.search(r"Jumlah\s+876\.543\.210\s+876\.543\.211\s*$", text, re.M)


def test_long_memo_wraps_and_nothing_is_cut() -> None:
    entry = samples.journal_entry(5)
    line = JournalLineRow("1301", "Piutang Pinjaman Anggota", 0, 1, memo=samples.LONG_NAME)
    entry = type(entry)(entry.number, entry.date, entry.description, (*entry.lines, line))
    text = pdf_text(render_journal(samples.journal((entry,)), samples.STAMP))
    for word in samples.LONG_NAME.split():
        assert word in text


def test_short_entries_are_never_split_over_two_pages() -> None:
    entries = tuple(samples.journal_entry(i, lines=5) for i in range(1, 61))
    pages = pdf_pages(render_journal(samples.journal(entries), samples.STAMP))
    assert len(pages) > 2
    for page in pages:
        for number in re.findall(r"JU-2025-0000([0-9]{2})", page):
            index = int(number)
            for n in range(1, 6):
                assert f"baris {index}-{n}" in page


def test_a_long_entry_continues_with_its_date_and_number_on_the_next_page() -> None:
    entries = (samples.journal_entry(1), samples.journal_entry(2, lines=80))
    pages = pdf_pages(render_journal(samples.journal(entries), samples.STAMP))
    assert len(pages) == 2
    first_row = pages[1].split("Kredit", 1)[1].strip().splitlines()[0]
    assert re.match(r"03-01-2025\s+JU-2025-000002\s+3102 Simpanan Wajib – baris 2-", first_row)
    assert "Halaman 2 dari 2" in pages[1]


def test_many_entries_page_numbers_count_all_pages() -> None:
    entries = tuple(samples.journal_entry(i) for i in range(1, 101))
    pages = pdf_pages(render_journal(samples.journal(entries), samples.STAMP))
    total = len(pages)
    assert total > 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {total}" in page
        assert "Keterangan / Akun" in page


def test_same_input_gives_the_same_bytes() -> None:
    report = samples.journal(tuple(samples.journal_entry(i) for i in range(1, 30)))
    assert render_journal(report, samples.STAMP) == render_journal(report, samples.STAMP)
