"""Kartu anggota: ten ID-1 cards to an A4 page, each with the member's QR code."""

from __future__ import annotations

import dataclasses
import io
import re

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from kopdesk.domain.papers.members import MemberCardsReport
from kopdesk.reports.cards import (
    CARD_HEIGHT,
    CARD_QR_SIZE,
    CARD_QR_X,
    CARD_QR_Y,
    CARD_WIDTH,
    CARDS_PER_PAGE,
    card_origin,
    render_member_cards,
)
from tests.reports import samples
from tests.reports.pdftext import dark_share, page_size, pdf_pages, pdf_text

REFERENCED = dataclasses.replace(samples.STAMP, reference="KOPDESK|1|book-0001|DOK-2026-000017")
PAGE_WIDTH, PAGE_HEIGHT = A4
DOC_QR_BOX = (0.93, 0.125, 0.96, 0.145)
"""Inside the document's QR code, in the right margin beside the first row."""


def _qr_box(slot: int) -> tuple[float, float, float, float]:
    """The middle of the card QR code in ``slot`` as page fractions from the top left."""
    x, y = card_origin(slot)
    inset = 3 * mm
    left, right = x + CARD_QR_X + inset, x + CARD_QR_X + CARD_QR_SIZE - inset
    bottom, top = y + CARD_QR_Y + inset, y + CARD_QR_Y + CARD_QR_SIZE - inset
    return (
        left / PAGE_WIDTH,
        1 - top / PAGE_HEIGHT,
        right / PAGE_WIDTH,
        1 - bottom / PAGE_HEIGHT,
    )


@pytest.fixture(scope="module")
def cards_pdf() -> bytes:
    return render_member_cards(samples.member_cards(23), samples.STAMP)


def test_twenty_three_cards_make_three_numbered_pages(cards_pdf: bytes) -> None:
    pages = pdf_pages(cards_pdf)
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert re.search(rf"Halaman {number} dari 3\s*$", page, re.M), number
        assert "Dicetak: 26 Juli 2026 pukul 14.05 oleh Siti Aminah" in page
        assert "No. Dokumen: DOK-2026-000017" in page


def test_each_card_is_on_its_page_with_number_name_and_nik(cards_pdf: bytes) -> None:
    pages = pdf_pages(cards_pdf)
    for index in range(23):
        page = pages[index // CARDS_PER_PAGE]
        number = index + 1
        assert f"KSP-{number:05d}" in page, number
        assert re.search(rf"Anggota Kartu Nomor {number}\b", page), number
        assert f"3273{number:012d}" in page, number
    assert [len(re.findall(r"KSP-[0-9]{5}", page)) for page in pages] == [10, 10, 3]
    assert "3.273" not in pdf_text(cards_pdf)


def test_a_card_names_the_cooperative_and_the_membership(cards_pdf: bytes) -> None:
    first = pdf_pages(cards_pdf)[0]
    assert first.count("KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA") == 11  # ten cards + heading
    assert first.count("Badan Hukum No. AHU-0001234.AH.01.29.TAHUN 2019") == 10
    assert first.count("KARTU ANGGOTA") == 11
    assert re.search(r"Lahir\s+Bandung, 01-04-1990", first)
    assert re.search(r"Alamat\s+Jl\. Merdeka No\. 1, Bandung", first)
    assert "Anggota sejak 2 Januari 2019" in first
    assert "Anggota sejak 11 Januari 2019" in first


def test_a_long_address_is_cut_to_two_lines_with_an_ellipsis(cards_pdf: bytes) -> None:
    first = pdf_pages(cards_pdf)[0]  # cards 5 and 10 have the long address
    assert re.search(r"Alamat\s+Jl\. Raya Cibeunying Kidul Gang Mawar III", first)
    assert first.count("…") == 2
    assert "Kota Bandung" not in first.split("Potong mengikuti garis tepi kartu", 1)[1]


def test_a_long_name_takes_two_lines_rather_than_being_cut() -> None:
    report = samples.member_cards(1)
    long_name = "Raden Ajeng Siti Nurhaliza Kusumawardhani Putri Pertiwi"
    card = dataclasses.replace(report.cards[0], full_name=long_name)
    text = pdf_text(render_member_cards(dataclasses.replace(report, cards=(card,)), samples.STAMP))
    assert re.search(r"Raden Ajeng Siti Nurhaliza\s+Kusumawardhani Putri Pertiwi", text)


def test_every_card_has_its_qr_code_and_empty_places_have_none(cards_pdf: bytes) -> None:
    for slot in range(CARDS_PER_PAGE):
        assert dark_share(cards_pdf, 1, _qr_box(slot)) > 0.2, slot
    for slot in range(3):
        assert dark_share(cards_pdf, 3, _qr_box(slot)) > 0.2, slot
    for slot in range(3, CARDS_PER_PAGE):
        assert dark_share(cards_pdf, 3, _qr_box(slot)) == 0, slot


def test_the_document_qr_code_is_on_the_first_page_only(cards_pdf: bytes) -> None:
    assert dark_share(cards_pdf, 1, DOC_QR_BOX) > 0.2
    assert dark_share(cards_pdf, 2, DOC_QR_BOX) == 0
    plain = render_member_cards(samples.member_cards(3), samples.PLAIN_STAMP)
    assert dark_share(plain, 1, DOC_QR_BOX) == 0
    assert "No. Dokumen" not in pdf_text(plain)


def test_cards_are_id_1_size_in_two_columns_of_five_inside_the_page(cards_pdf: bytes) -> None:
    width, height = page_size(cards_pdf)
    assert (round(width), round(height)) == (595, 842)
    assert (round(CARD_WIDTH / mm, 1), round(CARD_HEIGHT / mm, 1)) == (85.6, 54.0)
    corners = [card_origin(slot) for slot in range(CARDS_PER_PAGE)]
    assert corners[1][0] - corners[0][0] == pytest.approx(CARD_WIDTH)
    assert corners[0][1] - corners[2][1] == pytest.approx(CARD_HEIGHT)
    lefts = {round(x, 3) for x, _ in corners}
    assert len(lefts) == 2
    for x, y in corners:
        assert x >= 15 * mm
        assert x + CARD_WIDTH <= PAGE_WIDTH - 15 * mm
        assert y >= 12 * mm  # room for the footer and crop marks
        assert y + CARD_HEIGHT <= PAGE_HEIGHT - 12 * mm


def test_no_cards_is_one_page_saying_so() -> None:
    empty = MemberCardsReport(header=samples.HEADER, cards=())
    pages = pdf_pages(render_member_cards(empty, samples.STAMP))
    assert len(pages) == 1
    assert "Tidak ada kartu anggota untuk dicetak." in pages[0]
    assert "Halaman 1 dari 1" in pages[0]


def test_cards_carry_the_reference_and_give_the_same_bytes() -> None:
    report = samples.member_cards(12)
    pdf = render_member_cards(report, REFERENCED)
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.keywords == "KOPDESK|1|book-0001|DOK-2026-000017"
    assert metadata.author == "Siti Aminah"
    assert pdf == render_member_cards(report, REFERENCED)
    later = dataclasses.replace(REFERENCED, made_at=REFERENCED.made_at.replace(minute=6))
    assert pdf != render_member_cards(report, later)
