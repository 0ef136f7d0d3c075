"""Page furniture shared by every report: A4 geometry, the header (cooperative,
title, subtitle, QR code on the first page) and the footer (who printed it and
when, the document number, ``Halaman x dari y``).

Everything is measured once per document into a :class:`PageLayout`; the page
callbacks only draw what it holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_datetime
from kopdesk.domain.papers.common import BookHeader, DocumentStamp

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FOOTER_SIZE",
    "MARGIN_X",
    "NumberedCanvas",
    "PageLayout",
    "draw_page",
    "draw_qr",
    "fit_text",
    "page_layout",
    "surely_fits",
    "wrap_text",
]

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"

MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 10 * mm
QR_SIZE = 20 * mm
QR_QUIET = 3 * mm
"""White space kept between the QR code and the rule under the header."""
FOOTER_SIZE = 7.5

Align = Literal["LEFT", "RIGHT", "CENTER"]


@dataclass(frozen=True)
class TextLine:
    text: str
    font: str
    size: float
    y: float
    align: Align


@dataclass(frozen=True)
class PageLayout:
    """Where everything goes on a page, in points from the bottom-left corner.

    The first page may have a taller header (the QR code) than later pages,
    so it has its own header lines, rule and frame top."""

    width: float
    height: float
    content_width: float
    frame_top_first: float
    frame_top_later: float
    frame_bottom: float
    header_first: tuple[TextLine, ...]
    header_later: tuple[TextLine, ...]
    rule_first: float
    rule_later: float
    footer: tuple[TextLine, ...]
    footer_rule: float
    page_label_y: float
    qr_payload: str


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Canvas that knows the page count when it saves: ``Halaman x dari y``.

    Pages are held until :meth:`save`, then each gets its label and is written."""

    def __init__(self, *args: Any, label_x: float, label_y: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._label_x = label_x
        self._label_y = label_y
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(FONT, FOOTER_SIZE)
            self.drawRightString(self._label_x, self._label_y, f"Halaman {number} dari {total}")
            super().showPage()
        super().save()


# --- measuring text ---------------------------------------------------------

_MAX_ASCII_EM = max(max(getFont(name).widths[32:127]) for name in (FONT, FONT_BOLD)) / 1000.0


def surely_fits(text: str, size: float, width: float) -> bool:
    """Cheap check that ``text`` is no wider than ``width`` (ASCII text only):
    saves measuring most cells of a long table."""
    return text.isascii() and len(text) * _MAX_ASCII_EM * size <= width


def fit_text(text: str, font: str, size: float, width: float, min_size: float) -> tuple[str, float]:
    """Shrink ``size`` down to ``min_size`` so ``text`` fits ``width``; if it
    still does not, cut it and end it with an ellipsis. Returns (text, size)."""
    while size > min_size and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` points.

    Words are kept whole where they fit; a word longer than a line (an account
    number, a URL) is cut by characters rather than drawn past the column."""
    if surely_fits(text, size, width) or stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    for split_line in simpleSplit(text, font, size, width):
        rest = split_line
        while stringWidth(rest, font, size) > width:
            cut = len(rest) - 1
            while cut > 1 and stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        lines.append(rest)
    return lines or [""]


# --- layout -------------------------------------------------------------------


def page_layout(
    header: BookHeader,
    stamp: DocumentStamp,
    title: str,
    subtitles: tuple[str, ...],
    *,
    landscape: bool,
) -> PageLayout:
    """Measure header and footer for an A4 page (portrait unless ``landscape``)."""
    width, height = to_landscape(A4) if landscape else A4
    content = width - 2 * MARGIN_X
    has_qr = bool(stamp.qr_payload)
    top = height - MARGIN_TOP
    coop, coop_bottom = _coop_lines(header, top, content - (QR_SIZE + 4 * mm if has_qr else 0))
    rule_later = coop_bottom - 4
    rule_first = min(rule_later, top - QR_SIZE - QR_QUIET) if has_qr else rule_later
    title_first, frame_first = _title_lines(title, subtitles, rule_first, content)
    title_later, frame_later = _title_lines(title, subtitles, rule_later, content)
    printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
    footer = [TextLine(printed, FONT, FOOTER_SIZE, MARGIN_BOTTOM + 12, "LEFT")]
    if stamp.number:
        number = f"No. Dokumen: {stamp.number}"
        footer.append(TextLine(number, FONT, FOOTER_SIZE, MARGIN_BOTTOM + 3, "LEFT"))
    footer_rule = MARGIN_BOTTOM + 22
    return PageLayout(
        width=width,
        height=height,
        content_width=content,
        frame_top_first=frame_first,
        frame_top_later=frame_later,
        frame_bottom=footer_rule + 8,
        header_first=(*coop, *title_first),
        header_later=(*coop, *title_later),
        rule_first=rule_first,
        rule_later=rule_later,
        footer=tuple(footer),
        footer_rule=footer_rule,
        page_label_y=MARGIN_BOTTOM + 12,
        qr_payload=stamp.qr_payload,
    )


def _coop_lines(header: BookHeader, top: float, width: float) -> tuple[list[TextLine], float]:
    """Name (bold), legal number and address (at most two lines), left-aligned."""
    name, size = fit_text(header.coop_name, FONT_BOLD, 12, width, 9)
    y = top - size
    lines = [TextLine(name, FONT_BOLD, size, y, "LEFT")]
    legal = f"Badan Hukum No. {header.legal_number}"
    if header.nik_koperasi:
        legal += f"   ·   NIK Koperasi {header.nik_koperasi}"
    address = wrap_text(header.address, FONT, 8.5, width)
    if len(address) > 2:
        address = [address[0], " ".join(address[1:])]
    for text in (legal, *address):
        y -= 11
        lines.append(TextLine(fit_text(text, FONT, 8.5, width, 7)[0], FONT, 8.5, y, "LEFT"))
    return lines, y - 4


def _title_lines(
    title: str, subtitles: tuple[str, ...], rule: float, width: float
) -> tuple[list[TextLine], float]:
    """Title (bold) and subtitle lines centred under the rule; returns them and
    the top of the body frame."""
    y = rule - 17
    text, size = fit_text(title, FONT_BOLD, 13, width, 10)
    lines = [TextLine(text, FONT_BOLD, size, y, "CENTER")]
    for subtitle in subtitles:
        y -= 12.5
        lines.append(TextLine(fit_text(subtitle, FONT, 9.5, width, 8)[0], FONT, 9.5, y, "CENTER"))
    return lines, y - 10


# --- drawing ------------------------------------------------------------------


def draw_page(canvas: Canvas, doc: Any, *, layout: PageLayout, first: bool) -> None:
    """``onPage`` callback: header, rules, footer, and the QR code on page one."""
    del doc
    canvas.saveState()
    lines = layout.header_first if first else layout.header_later
    for line in (*lines, *layout.footer):
        _draw_line(canvas, line, layout)
    rule = layout.rule_first if first else layout.rule_later
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, rule, layout.width - MARGIN_X, rule)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, layout.footer_rule, layout.width - MARGIN_X, layout.footer_rule)
    if first and layout.qr_payload:
        _draw_qr(canvas, layout)
    canvas.restoreState()


def _draw_line(canvas: Canvas, line: TextLine, layout: PageLayout) -> None:
    canvas.setFont(line.font, line.size)
    if line.align == "CENTER":
        canvas.drawCentredString(layout.width / 2, line.y, line.text)
    elif line.align == "RIGHT":
        canvas.drawRightString(layout.width - MARGIN_X, line.y, line.text)
    else:
        canvas.drawString(MARGIN_X, line.y, line.text)


def _draw_qr(canvas: Canvas, layout: PageLayout) -> None:
    """The document's QR code, ``QR_SIZE`` square, in the header's right corner."""
    x = layout.width - MARGIN_X - QR_SIZE
    y = layout.height - MARGIN_TOP - QR_SIZE
    draw_qr(canvas, layout.qr_payload, x, y, QR_SIZE)


def draw_qr(
    canvas: Canvas, payload: str, x: float, y: float, size: float, *, level: str = "L"
) -> None:
    """A QR code of ``payload``, ``size`` points square, its lower-left corner
    at (x, y), without a quiet zone (keep white space around it); ``level`` is
    the error correction (``L``, ``M``, ``Q``, ``H``)."""
    widget = QrCodeWidget(payload, barBorder=0, barLevel=level)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)
