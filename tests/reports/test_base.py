"""The renderer base: page furniture, paging, QR code, determinism, helpers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from kopdesk.reports.base import Column, ReportRenderer, Row, amount
from kopdesk.reports.ledger import LedgerRenderer, render_ledger
from kopdesk.reports.page import FONT, surely_fits, wrap_text
from kopdesk.reports.table import BODY_SIZE
from kopdesk.reports.trial_balance import render_trial_balance
from tests.reports import samples
from tests.reports.pdftext import dark_share, page_size, pdf_pages

QR_CORNER = (0.82, 0.045, 0.97, 0.08)
"""Top-right corner of a portrait page, where the first page's QR code sits."""


@pytest.fixture(scope="module")
def long_report() -> list[str]:
    """Pages of a 300-account trial balance with a numbered, QR-coded stamp."""
    return pdf_pages(render_trial_balance(samples.trial_balance(300), samples.STAMP))


def test_every_page_has_the_cooperative_header(long_report: list[str]) -> None:
    assert len(long_report) > 2
    for page in long_report:
        assert "KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA" in page
        assert "Badan Hukum No. AHU-0001234.AH.01.29.TAHUN 2019" in page
        assert "Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Cibeunying, Kota Bandung" in page
        assert "NERACA SALDO" in page
        assert "Per 31 Desember 2025" in page


def test_every_page_says_which_page_of_how_many(long_report: list[str]) -> None:
    total = len(long_report)
    for number, page in enumerate(long_report, start=1):
        assert re.search(rf"Halaman {number} dari {total}\s*$", page, re.MULTILINE), number


def test_every_page_says_who_printed_it_when_and_its_number(long_report: list[str]) -> None:
    for page in long_report:
        assert "Dicetak: 26 Juli 2026 pukul 14.05 oleh Siti Aminah" in page
        assert "No. Dokumen: DOK-2026-000017" in page


def test_an_unregistered_paper_has_no_document_number() -> None:
    pages = pdf_pages(render_trial_balance(samples.trial_balance(), samples.PLAIN_STAMP))
    assert "Dicetak: 5 Januari 2026 pukul 08.30 oleh Budi" in pages[0]
    assert "No. Dokumen" not in pages[0]


def test_qr_code_sits_in_the_first_pages_right_corner_only() -> None:
    report = samples.trial_balance(120)
    with_qr = render_trial_balance(report, samples.STAMP)
    without = render_trial_balance(report, samples.PLAIN_STAMP)
    assert dark_share(with_qr, 1, QR_CORNER) > 0.1
    assert dark_share(with_qr, 2, QR_CORNER) == 0
    assert dark_share(without, 1, QR_CORNER) == 0


def test_a4_portrait_by_default_landscape_on_request() -> None:
    report = samples.trial_balance()
    width, height = page_size(render_trial_balance(report, samples.STAMP))
    assert (round(width), round(height)) == (595, 842)
    width, height = page_size(render_trial_balance(report, samples.STAMP, landscape=True))
    assert (round(width), round(height)) == (842, 595)


def test_same_input_gives_the_same_bytes() -> None:
    report = samples.trial_balance(80)
    assert render_trial_balance(report, samples.STAMP) == render_trial_balance(
        report, samples.STAMP
    )


def test_another_print_time_gives_other_bytes() -> None:
    report = samples.trial_balance()
    later = dataclasses.replace(samples.STAMP, made_at=samples.STAMP.made_at.replace(minute=6))
    assert render_trial_balance(report, samples.STAMP) != render_trial_balance(report, later)


def test_amount_columns_widen_for_amounts_that_would_not_fit() -> None:
    huge = amount(999_999_999_999_999)
    table = LedgerRenderer(samples.ledger(()), samples.STAMP).table()
    rows = [Row(("01-01-2025", "JU-1", "Kas", huge, "", huge, ""))]
    normal = table.column_widths(500)
    widths = table.column_widths(500, rows)
    assert widths[3] > normal[3]
    assert widths[5] > normal[5]
    assert widths[3] > stringWidth(huge, FONT, BODY_SIZE)
    assert widths[4] == normal[4]
    assert sum(widths) == pytest.approx(500)


def test_amount_leaves_zero_blank_unless_asked() -> None:
    assert amount(1_250_000) == "1.250.000"
    assert amount(0) == ""
    assert amount(0, blank_zero=False) == "0"


def test_wrap_text_keeps_short_text_whole() -> None:
    assert wrap_text("Kas", FONT, 8, 100) == ["Kas"]


def test_wrap_text_breaks_between_words_and_cuts_overlong_words() -> None:
    text = "Setoran " + "X" * 80 + " simpanan wajib"
    lines = wrap_text(text, FONT, 8, 120)
    assert len(lines) > 2
    assert all(stringWidth(line, FONT, 8) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text", ["Kas", "JU-2025-000001", "1.250.000", "W" * 12])
def test_surely_fits_never_claims_too_much(text: str) -> None:
    width = stringWidth(text, FONT, 8)
    assert not surely_fits(text, 8, width - 0.01)


class _Broken(ReportRenderer):
    title = "UJI"
    columns = (Column("A", 50), Column("B", None))

    def subtitle_lines(self) -> tuple[str, ...]:
        return ("Per hari ini",)

    def rows(self) -> Iterator[Row]:
        yield Row(("satu", "dua", "tiga"))


def test_a_row_with_the_wrong_number_of_cells_is_a_bug() -> None:
    with pytest.raises(ValueError, match="3 cells"):
        _Broken(samples.HEADER, samples.STAMP).generate()


def test_a_description_longer_than_a_page_is_cut_to_one_page_with_an_ellipsis() -> None:
    huge = " ".join(f"kata{i}" for i in range(3000))
    rows = (dataclasses.replace(samples.ledger_rows(1)[0], description=huge),)
    pages = pdf_pages(render_ledger(samples.ledger(rows), samples.STAMP))
    assert len(pages) == 2  # page 1: opening balance; page 2: the row, cut to fit
    assert re.search(r"JU-2025-000001\s+kata0 kata1", pages[1])
    assert re.search(r"kata[0-9]+…", pages[1])
    assert "kata2999" not in pages[1]
    assert "Saldo akhir" in pages[-1]
