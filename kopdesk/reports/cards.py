"""Kartu anggota: credit-card sized member cards (85.6 × 54 mm, ID-1), ten to
an A4 page in two columns of five, to cut out and laminate.

Cards touch, so one cut separates two of them: each card's edge is drawn as a
thin grey line and crop marks in the page margins show where to cut. The design
keeps a white frame inside every edge, so a cut a little off the line does not
take colour from the next card.

The page has no report header; a line at the top names the sheet, the footer
says who printed it and when, the document number and ``Halaman x dari y``,
and page one carries the document's QR code in the right margin beside the
first row. Each card carries its own QR code of the member's ``qr_payload``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_date, format_datetime
from kopdesk.domain.papers.common import BookHeader, DocumentStamp
from kopdesk.domain.papers.members import MemberCard, MemberCardsReport
from kopdesk.reports.page import (
    FONT,
    FONT_BOLD,
    FOOTER_SIZE,
    NumberedCanvas,
    draw_qr,
    fit_text,
    wrap_text,
)

__all__ = [
    "CARDS_PER_PAGE",
    "CARD_HEIGHT",
    "CARD_QR_SIZE",
    "CARD_QR_X",
    "CARD_QR_Y",
    "CARD_WIDTH",
    "card_origin",
    "render_member_cards",
]

TITLE = "KARTU ANGGOTA"

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
COLUMNS = 2
ROWS = 5
CARDS_PER_PAGE = COLUMNS * ROWS

PAGE_WIDTH, PAGE_HEIGHT = A4
GRID_LEFT = (PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2
GRID_TOP = PAGE_HEIGHT - 13 * mm
GRID_BOTTOM = GRID_TOP - ROWS * CARD_HEIGHT
GRID_RIGHT = GRID_LEFT + COLUMNS * CARD_WIDTH
FOOTER_Y = 6 * mm
HEADING_Y = PAGE_HEIGHT - 7.5 * mm

MARK_GAP = 1 * mm
MARK_LENGTH = 3.5 * mm
DOC_QR_SIZE = 11 * mm

# inside a card, in points from its lower-left corner
INSET = 2 * mm
"""White frame kept inside the card's edge."""
BAND_HEIGHT = 11 * mm
CARD_QR_SIZE = 20 * mm
CARD_QR_X = CARD_WIDTH - INSET - 2.5 * mm - CARD_QR_SIZE
CARD_QR_Y = (INSET + 4 * mm + CARD_HEIGHT - INSET - BAND_HEIGHT - CARD_QR_SIZE) / 2
"""The member's QR code: right of the text, centred between band and bottom line."""
TEXT_X = 4.5 * mm
TEXT_RIGHT = CARD_WIDTH - INSET - CARD_QR_SIZE - 5 * mm
VALUE_X = TEXT_X + 10 * mm

GREEN = colors.Color(0.04, 0.38, 0.24)
GREY = colors.Color(0.35, 0.35, 0.35)
CUT_LINE = colors.Color(0.6, 0.6, 0.6)


def card_origin(slot: int) -> tuple[float, float]:
    """Lower-left corner of the card in ``slot`` (0-9, by rows left to right)."""
    row, column = divmod(slot, COLUMNS)
    return GRID_LEFT + column * CARD_WIDTH, GRID_TOP - (row + 1) * CARD_HEIGHT


def render_member_cards(report: MemberCardsReport, stamp: DocumentStamp) -> bytes:
    """Member cards as PDF bytes (A4, ten a page); same inputs give the same bytes."""
    buffer = io.BytesIO()
    canvas = NumberedCanvas(
        buffer,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        label_x=GRID_RIGHT,
        label_y=FOOTER_Y,
    )
    canvas.setTitle(f"{TITLE} – {report.header.coop_name}")
    canvas.setAuthor(stamp.made_by)
    canvas.setSubject(f"{len(report.cards)} kartu anggota")
    canvas.setCreator("kopdesk")
    canvas.setKeywords(stamp.reference or stamp.number)
    band = _Band.measure(report.header)
    pages = [
        report.cards[start : start + CARDS_PER_PAGE]
        for start in range(0, len(report.cards), CARDS_PER_PAGE)
    ] or [()]
    for number, cards in enumerate(pages, start=1):
        _draw_sheet(canvas, report.header, stamp, cards, first=number == 1)
        for slot, card in enumerate(cards):
            canvas.saveState()
            canvas.translate(*card_origin(slot))
            _draw_card(canvas, card, band)
            canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- the sheet ------------------------------------------------------------------


def _draw_sheet(
    canvas: Canvas,
    header: BookHeader,
    stamp: DocumentStamp,
    cards: Sequence[MemberCard],
    *,
    first: bool,
) -> None:
    """Heading line, crop marks, footer and (page one) the document's QR code."""
    canvas.saveState()
    canvas.setFillColor(colors.black)
    heading = fit_text(f"{TITLE} – {header.coop_name}", FONT_BOLD, 8, 120 * mm, 6)
    canvas.setFont(FONT_BOLD, heading[1])
    canvas.drawString(GRID_LEFT, HEADING_Y, heading[0])
    canvas.setFont(FONT, 7)
    canvas.setFillColor(GREY)
    canvas.drawRightString(GRID_RIGHT, HEADING_Y, "Potong mengikuti garis tepi kartu")
    canvas.setFillColor(colors.black)
    printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
    if stamp.number:
        printed += f"   ·   No. Dokumen: {stamp.number}"
    text, size = fit_text(printed, FONT, FOOTER_SIZE, GRID_RIGHT - GRID_LEFT - 35 * mm, 6)
    canvas.setFont(FONT, size)
    canvas.drawString(GRID_LEFT, FOOTER_Y, text)
    if not cards:
        canvas.setFont(FONT, 10)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, GRID_TOP - 20 * mm, "Tidak ada kartu anggota untuk dicetak."
        )
    _draw_crop_marks(canvas)
    if first and stamp.qr_payload:  # beside the first row, clear of the crop marks
        x = GRID_RIGHT + MARK_GAP + 1 * mm
        y = GRID_TOP - (CARD_HEIGHT + DOC_QR_SIZE) / 2
        draw_qr(canvas, stamp.qr_payload, x, y, DOC_QR_SIZE)
        canvas.setFont(FONT, 5)
        canvas.drawCentredString(x + DOC_QR_SIZE / 2, y - 2.5 * mm, "QR dokumen")
    canvas.restoreState()


def _draw_crop_marks(canvas: Canvas) -> None:
    """Short lines in the margins in line with every cut."""
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.3)
    near, far = MARK_GAP, MARK_GAP + MARK_LENGTH
    for column in range(COLUMNS + 1):
        x = GRID_LEFT + column * CARD_WIDTH
        canvas.line(x, GRID_TOP + near, x, GRID_TOP + far)
        canvas.line(x, GRID_BOTTOM - near, x, GRID_BOTTOM - far)
    for row in range(ROWS + 1):
        y = GRID_TOP - row * CARD_HEIGHT
        canvas.line(GRID_LEFT - near, y, GRID_LEFT - far, y)
        canvas.line(GRID_RIGHT + near, y, GRID_RIGHT + far, y)


# --- one card -------------------------------------------------------------------


@dataclass(frozen=True)
class _Band:
    """The cooperative's name (one or two lines) and legal number in the top
    band, measured once for all cards."""

    name_lines: tuple[str, ...]
    name_size: float
    legal: str
    legal_size: float

    @classmethod
    def measure(cls, header: BookHeader) -> _Band:
        width = CARD_WIDTH - 2 * INSET - 5 * mm
        name, size = fit_text(header.coop_name, FONT_BOLD, 8.5, width, 7)
        lines: tuple[str, ...] = (name,)
        if name != header.coop_name:  # still too long: two lines, smaller
            size = 6.5
            parts = wrap_text(header.coop_name, FONT_BOLD, size, width)
            second = fit_text(" ".join(parts[1:]), FONT_BOLD, size, width, size)[0]
            lines = (parts[0], second)
        legal, legal_size = fit_text(
            f"Badan Hukum No. {header.legal_number}", FONT, 5.5, width, 4.5
        )
        return cls(lines, size, legal, legal_size)


def _draw_card(canvas: Canvas, card: MemberCard, band: _Band) -> None:
    """One card with its lower-left corner at the canvas origin."""
    canvas.setLineWidth(0.25)
    canvas.setStrokeColor(CUT_LINE)
    canvas.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
    _draw_band(canvas, band)
    # thin strip along the bottom, the card's other colour edge
    canvas.setFillColor(GREEN)
    canvas.rect(INSET, INSET, CARD_WIDTH - 2 * INSET, 1.2 * mm, stroke=0, fill=1)

    text_width = TEXT_RIGHT - TEXT_X
    canvas.setFont(FONT_BOLD, 7)
    canvas.drawString(TEXT_X, 37 * mm, TITLE, charSpace=0.9)
    canvas.setFillColor(colors.black)
    number, size = fit_text(card.number, FONT_BOLD, 14, text_width, 9)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(TEXT_X, 31 * mm, number)

    y = 26.3 * mm
    name, size = fit_text(card.full_name, FONT_BOLD, 9, text_width, 7.5)
    if name == card.full_name:
        canvas.setFont(FONT_BOLD, size)
        canvas.drawString(TEXT_X, y, name)
    else:  # two lines rather than an elided name
        parts = wrap_text(card.full_name, FONT_BOLD, 7.5, text_width)
        second = fit_text(" ".join(parts[1:]), FONT_BOLD, 7.5, text_width, 7.5)[0]
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(TEXT_X, y, parts[0])
        y -= 3.1 * mm
        canvas.drawString(TEXT_X, y, second)

    value_width = TEXT_RIGHT - VALUE_X
    y -= 4.2 * mm
    _field(canvas, y, "NIK", fit_text(card.nik, FONT, 7, value_width, 6)[0])
    y -= 3.3 * mm
    _field(canvas, y, "Lahir", fit_text(card.birth, FONT, 7, value_width, 6)[0])
    y -= 3.3 * mm
    address = wrap_text(card.address, FONT, 6.5, value_width)
    if len(address) > 2:
        address = [address[0], fit_text(" ".join(address[1:]), FONT, 6.5, value_width, 6.5)[0]]
    _field(canvas, y, "Alamat", address[0], size=6.5)
    for line in address[1:]:
        y -= 2.8 * mm
        canvas.drawString(VALUE_X, y, line)

    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(GREY)
    canvas.drawString(TEXT_X, 5.4 * mm, f"Anggota sejak {format_date(card.join_date)}")

    draw_qr(canvas, card.qr_payload, CARD_QR_X, CARD_QR_Y, CARD_QR_SIZE, level="M")


def _draw_band(canvas: Canvas, band: _Band) -> None:
    top = CARD_HEIGHT - INSET
    canvas.setFillColor(GREEN)
    canvas.roundRect(
        INSET, top - BAND_HEIGHT, CARD_WIDTH - 2 * INSET, BAND_HEIGHT, 1.5 * mm, stroke=0, fill=1
    )
    canvas.setFillColor(colors.white)
    x = INSET + 2.5 * mm
    canvas.setFont(FONT_BOLD, band.name_size)
    if len(band.name_lines) == 1:
        canvas.drawString(x, top - 5 * mm, band.name_lines[0])
    else:
        canvas.drawString(x, top - 3.6 * mm, band.name_lines[0])
        canvas.drawString(x, top - 6.2 * mm, band.name_lines[1])
    canvas.setFont(FONT, band.legal_size)
    canvas.drawString(x, top - BAND_HEIGHT + 2.3 * mm, band.legal)
    canvas.setFillColor(GREEN)


def _field(canvas: Canvas, y: float, label: str, value: str, *, size: float = 7) -> None:
    """A small grey label and its value on one line."""
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 5.5)
    canvas.drawString(TEXT_X, y, label)
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, size)
    canvas.drawString(VALUE_X, y, value)
