"""What every receipt shares, savings (:mod:`kopdesk.reports.receipt`) and loans
(:mod:`kopdesk.reports.loan_receipt`) alike: the canvas with the PDF's metadata,
the letterhead and the printed-by line of the A5 kuitansi, and the 58 mm
thermal strip (its lines, its head and its signatures-and-stamp tail, and its
drawing).

A receipt module says only what is its own: the body of the kuitansi and of
the strip. Every figure comes from the DTO.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_date_short, format_datetime
from kopdesk.domain.papers.common import BookHeader, DocumentStamp
from kopdesk.reports.page import FONT, FONT_BOLD, draw_qr, fit_text, wrap_text

__all__ = [
    "GREY",
    "LEADING",
    "SHADE",
    "THERMAL_PRINTABLE",
    "THERMAL_QR",
    "THERMAL_WIDTH",
    "WORDS_FONT",
    "Strip",
    "StripLine",
    "draw_letterhead",
    "draw_printed_line",
    "footnote",
    "receipt_canvas",
    "render_strip",
]

GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.93, 0.93, 0.93)
WORDS_FONT = "Helvetica-BoldOblique"


def receipt_canvas(
    buffer: io.BytesIO,
    size: tuple[float, float],
    stamp: DocumentStamp,
    *,
    header: BookHeader,
    title: str,
    number: str,
) -> Canvas:
    """A canvas whose PDF metadata name the receipt, its maker and its document."""
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{title} {number} – {header.coop_name}")
    canvas.setAuthor(stamp.made_by)
    canvas.setSubject(f"{title} {number}")
    canvas.setCreator("kopdesk")
    canvas.setKeywords(stamp.reference or stamp.number)
    return canvas


def footnote(entry_number: str, cash_account: str, teller: str, *, always_entry: bool) -> str:
    """``No. Jurnal … · Kas … · Petugas …``; the journal part only when there is
    an entry number unless ``always_entry``."""
    parts = [f"No. Jurnal {entry_number}"] if entry_number or always_entry else []
    if cash_account:
        parts.append(f"Kas {cash_account}")
    parts.append(f"Petugas {teller}")
    return "   ·   ".join(parts)


# --- A5 landscape ---------------------------------------------------------------


def draw_letterhead(
    c: Canvas,
    header: BookHeader,
    stamp: DocumentStamp,
    *,
    left: float,
    right: float,
    top: float,
    qr_size: float,
) -> float:
    """Cooperative on the left, QR code on the right, a rule under both; returns
    the rule's height."""
    text_width = right - left - qr_size - 4 * mm
    name, size = fit_text(header.coop_name, FONT_BOLD, 11.5, text_width, 8)
    c.setFont(FONT_BOLD, size)
    y = top - size
    c.drawString(left, y, name)
    c.setFont(FONT, 8)
    legal = f"Badan Hukum No. {header.legal_number}"
    for line in [legal, *wrap_text(header.address, FONT, 8, text_width)[:2]]:
        y -= 10
        c.drawString(left, y, fit_text(line, FONT, 8, text_width, 6.5)[0])
    if stamp.qr_payload:
        draw_qr(c, stamp.qr_payload, right - qr_size, top - qr_size, qr_size)
    rule: float = min(y - 5, top - qr_size - 3 * mm)
    c.setLineWidth(0.8)
    c.line(left, rule, right, rule)
    return rule


def draw_printed_line(c: Canvas, stamp: DocumentStamp, left: float, right: float, y: float) -> None:
    """A rule, then who printed the receipt and when (and its document number)."""
    c.setLineWidth(0.4)
    c.line(left, y + 9, right, y + 9)
    c.setFont(FONT, 7)
    printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
    if stamp.number:
        printed += f"   ·   No. Dokumen: {stamp.number}"
    c.drawString(left, y, printed)
    c.drawRightString(right, y, "Simpan bukti ini sebagai tanda terima.")


# --- 58 mm thermal --------------------------------------------------------------

THERMAL_WIDTH = 58 * mm
THERMAL_PRINTABLE = 48 * mm
THERMAL_MARGIN = (THERMAL_WIDTH - THERMAL_PRINTABLE) / 2
MONO = "Courier"
MONO_BOLD = "Courier-Bold"
SIZE = 7.0
LEADING = 8.6
THERMAL_QR = 24 * mm


@dataclass(frozen=True)
class StripLine:
    """One thing on the strip: a text line, a rule, a gap or the QR code."""

    kind: Literal["text", "pair", "rule", "gap", "qr"]
    text: str = ""
    value: str = ""
    bold: bool = False
    align: Literal["LEFT", "CENTER"] = "LEFT"
    height: float = LEADING


class Strip:
    """Collects the strip's lines; long text wraps at the printable width."""

    def __init__(self) -> None:
        self.ops: list[StripLine] = []

    def text(self, value: str, *, bold: bool = False, center: bool = False) -> None:
        font = MONO_BOLD if bold else MONO
        for line in wrap_text(value, font, SIZE, THERMAL_PRINTABLE):
            self.ops.append(
                StripLine("text", line, bold=bold, align="CENTER" if center else "LEFT")
            )

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        """Label left, value right on one line; the value on its own lines if too long."""
        font = MONO_BOLD if bold else MONO
        room = THERMAL_PRINTABLE - stringWidth(label + " ", font, SIZE)
        if stringWidth(value, font, SIZE) <= room:
            self.ops.append(StripLine("pair", label, value, bold=bold))
            return
        self.text(label, bold=bold)
        for line in wrap_text(value, font, SIZE, THERMAL_PRINTABLE):
            self.ops.append(StripLine("pair", "", line, bold=bold))

    def rule(self) -> None:
        self.ops.append(StripLine("rule", height=LEADING * 0.8))

    def gap(self, height: float) -> None:
        self.ops.append(StripLine("gap", height=height))

    def head(self, header: BookHeader, title: str, number: str, date: dt.date) -> None:
        """The cooperative, the receipt's title, number and date, between rules."""
        self.text(header.coop_name, bold=True, center=True)
        self.text(f"BH {header.legal_number}", center=True)
        self.text(header.address, center=True)
        self.rule()
        self.text(title, bold=True, center=True)
        self.pair("No.", number, bold=True)
        self.pair("Tanggal", format_date_short(date))
        self.rule()

    def tail(self, signatures: tuple[str, str], stamp: DocumentStamp) -> None:
        """The two places to sign, then the QR code and who printed the strip."""
        self.gap(LEADING * 0.5)
        self.pair(signatures[0], signatures[1])
        self.gap(12 * mm)
        self.pair("(..........)", "(..........)")
        self.rule()
        if stamp.qr_payload:
            self.ops.append(StripLine("qr", height=THERMAL_QR + 2 * mm))
        if stamp.number:
            self.text(f"Dok. {stamp.number}", center=True)
        made = stamp.made_at
        self.text(
            f"Dicetak {format_date_short(made)} {made.hour:02d}.{made.minute:02d}", center=True
        )
        self.text(f"oleh {stamp.made_by}", center=True)


def render_strip(
    strip: Strip, header: BookHeader, title: str, number: str, stamp: DocumentStamp
) -> bytes:
    """The strip on 58 mm paper (48 mm printed), as long as its content."""
    ops = strip.ops
    top_margin = bottom_margin = 4 * mm
    height = top_margin + sum(op.height for op in ops) + bottom_margin
    buffer = io.BytesIO()
    c = receipt_canvas(
        buffer, (THERMAL_WIDTH, height), stamp, header=header, title=title, number=number
    )
    left, right = THERMAL_MARGIN, THERMAL_WIDTH - THERMAL_MARGIN
    y = height - top_margin
    c.setLineWidth(0.5)
    c.setDash(1.5, 1.5)
    for op in ops:
        if op.kind in ("text", "pair"):
            c.setFont(MONO_BOLD if op.bold else MONO, SIZE)
            base = y - SIZE
            if op.kind == "pair":
                c.drawString(left, base, op.text)
                c.drawRightString(right, base, op.value)
            elif op.align == "CENTER":
                c.drawCentredString(THERMAL_WIDTH / 2, base, op.text)
            else:
                c.drawString(left, base, op.text)
        elif op.kind == "rule":
            c.line(left, y - op.height / 2, right, y - op.height / 2)
        elif op.kind == "qr":
            draw_qr(c, stamp.qr_payload, (THERMAL_WIDTH - THERMAL_QR) / 2, y - THERMAL_QR - 1 * mm,
                    THERMAL_QR, level="M")  # fmt: skip
        y -= op.height
    c.showPage()
    c.save()
    return buffer.getvalue()
