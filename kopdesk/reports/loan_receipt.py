"""Loan receipts: the bukti pembayaran angsuran (BA-…) and the bukti pencairan
(PC-…), on A5 landscape for the office printer or a 58 mm thermal strip.

Like the savings kuitansi (KOPERASI.md §9.2): number, party, the amount in
words, what it pays for, the amount in figures, date and signatures; a
payment also shows its split (denda, bunga, pokok, lebih bayar) and the
principal still owed after it, a disbursement the fees kept back. Every figure
comes from the DTO. The parts every receipt shares are in
:mod:`kopdesk.reports.receipt_base`."""

from __future__ import annotations

import io
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.loans import LoanReceipt
from kopdesk.domain.vocabulary import LoanEventKind
from kopdesk.reports.page import FONT, FONT_BOLD, fit_text, wrap_text
from kopdesk.reports.receipt_base import (
    GREY,
    SHADE,
    WORDS_FONT,
    Strip,
    draw_letterhead,
    draw_printed_line,
    footnote,
    receipt_canvas,
    render_strip,
)

__all__ = [
    "loan_receipt_split",
    "render_loan_receipt",
    "render_loan_receipt_a5",
    "render_loan_receipt_thermal",
]


def installments_text(r: LoanReceipt) -> str:
    """``angsuran ke-3 s.d. ke-6`` / ``angsuran ke-3`` / empty."""
    numbers = [p.number for p in r.parts]
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"angsuran ke-{numbers[0]}"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"angsuran ke-{numbers[0]} s.d. ke-{numbers[-1]}"
    return "angsuran ke-" + ", ".join(str(n) for n in numbers)


def loan_receipt_split(r: LoanReceipt) -> list[tuple[str, str, bool]]:
    """(label, figure, bold) lines of the split, in print order."""
    if r.kind == LoanEventKind.CAIR:
        return [
            ("Pokok pinjaman", format_number(r.principal), False),
            ("Provisi", f"({format_number(r.provisi)})", False),
            ("Administrasi", f"({format_number(r.admin_fee)})", False),
            ("Diterima bersih", format_number(r.cash), True),
        ]
    lines = [
        ("Denda", format_number(r.late_fee), False),
        ("Bunga (jasa)", format_number(r.interest), False),
        ("Pokok", format_number(r.principal), False),
    ]
    if r.overpayment:
        lines.append(("Lebih bayar", format_number(r.overpayment), False))
    lines.append(("Jumlah diterima", format_number(r.cash), True))
    return lines


def _purpose(r: LoanReceipt) -> str:
    what = installments_text(r)
    return f"{r.purpose}, {what}" if what else r.purpose


def render_loan_receipt(
    r: LoanReceipt, stamp: DocumentStamp, layout: Literal["a5", "58mm"] = "a5"
) -> bytes:
    """The receipt as PDF bytes in ``layout`` (``a5`` or ``58mm``)."""
    if layout == "58mm":
        return render_loan_receipt_thermal(r, stamp)
    return render_loan_receipt_a5(r, stamp)


# --- A5 landscape ---------------------------------------------------------------

MARGIN = 12 * mm
QR = 18 * mm
LABEL_WIDTH = 36 * mm


def render_loan_receipt_a5(r: LoanReceipt, stamp: DocumentStamp) -> bytes:
    """The receipt on A5 landscape (210 × 148 mm)."""
    buffer = io.BytesIO()
    c = receipt_canvas(
        buffer, landscape(A5), stamp, header=r.header, title=r.title, number=r.number
    )
    width, height = landscape(A5)
    left, right = MARGIN, width - MARGIN
    value_x = left + LABEL_WIDTH + 8
    y = draw_letterhead(c, r.header, stamp, left=left, right=right, top=height - MARGIN, qr_size=QR)
    y -= 17
    c.setFont(FONT_BOLD, 13)
    c.drawCentredString(width / 2, y, fit_text(r.title, FONT_BOLD, 13, right - left, 10)[0])
    y -= 15
    c.setFont(FONT, 9)
    c.drawString(left, y, "No. ")
    c.setFont(FONT_BOLD, 9)
    c.drawString(left + stringWidth("No. ", FONT, 9), y, r.number)
    c.setFont(FONT, 9)
    c.drawRightString(right, y, f"Tanggal: {format_date(r.date)}")
    y -= 6

    def field(y: float, label: str, value: str, font: str = FONT) -> float:
        lines = wrap_text(value, font, 9.5, right - value_x)
        y -= 13
        c.setFont(FONT, 9.5)
        c.drawString(left, y, label)
        c.drawString(value_x - 8, y, ":")
        c.setFont(font, 9.5)
        for i, line in enumerate(lines):
            c.drawString(value_x, y - i * 11.5, line)
        return y - (len(lines) - 1) * 11.5

    y = field(y, r.party_label, f"{r.member_name} ({r.member_number})")
    words = wrap_text(r.amount_words, WORDS_FONT, 10, right - value_x - 6)
    baseline = y - 16  # where field() below draws the first line of words
    bottom = baseline - 11.5 * (len(words) - 1) - 3.5
    c.setFillColor(SHADE)
    c.rect(value_x - 3, bottom, right - value_x + 3, baseline + 10 - bottom, fill=1, stroke=0)
    c.setFillColor(colors.black)
    y = field(y - 3, "Uang sejumlah", r.amount_words, WORDS_FONT)
    y = field(y - 3, "Untuk pembayaran", _purpose(r))
    _a5_split(c, r, left, y - 22)
    _a5_signatures(c, r, left + 95 * mm, right, MARGIN + 8 * mm)
    _a5_footer(c, r, stamp, left, right)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _a5_split(c: Canvas, r: LoanReceipt, left: float, top: float) -> None:
    """The split (left column) and the principal still owed under it."""
    label_w, figure_w = 34 * mm, 30 * mm
    y = top
    c.setFont(FONT_BOLD, 9)
    c.drawString(left, y, "Rincian (Rp)")
    y -= 2
    for label, figure, bold in loan_receipt_split(r):
        y -= 11.5
        if bold:
            c.setLineWidth(0.6)
            c.line(left, y + 9.5, left + label_w + figure_w, y + 9.5)
        c.setFont(FONT_BOLD if bold else FONT, 9)
        c.drawString(left, y, label)
        c.drawRightString(left + label_w + figure_w, y, figure)
    y -= 16
    box_w, box_h = label_w + figure_w, 9 * mm
    c.setFillColor(SHADE)
    c.setLineWidth(1)
    c.rect(left, y - box_h + 10, box_w, box_h, fill=1, stroke=1)
    c.setFillColor(colors.black)
    figures, size = fit_text(format_rupiah(r.cash), FONT_BOLD, 14, box_w - 8, 10)
    c.setFont(FONT_BOLD, size)
    c.drawCentredString(left + box_w / 2, y - box_h / 2 + 10 - size / 3, figures)
    y -= box_h + 4
    c.setFont(FONT, 8.5)
    c.drawString(left, y, f"Sisa pokok pinjaman sesudahnya: {format_rupiah(r.outstanding_after)}")
    if r.overpayment_note:
        y -= 10
        c.drawString(left, y, f"Lebih bayar {r.overpayment_note}.")


def _a5_signatures(c: Canvas, r: LoanReceipt, x0: float, x1: float, base: float) -> None:
    col = (x1 - x0) / 2
    c.setFont(FONT, 9)
    c.drawCentredString(x0 + col, base + 31 * mm, format_date(r.date))
    for index, caption in enumerate(r.signatures):
        x = x0 + col * index + col / 2
        c.setFont(FONT, 9)
        c.drawCentredString(x, base + 26 * mm, caption)
        name = r.member_name if index == 0 else r.teller
        label, size = fit_text(f"( {name} )", FONT, 9, col - 4, 7)
        c.setFont(FONT, size)
        c.drawCentredString(x, base + 8 * mm, label)


def _a5_footer(c: Canvas, r: LoanReceipt, stamp: DocumentStamp, left: float,
               right: float) -> None:  # fmt: skip
    y = MARGIN - 4 * mm
    c.setFillColor(GREY)
    c.setFont(FONT, 7.5)
    note = footnote(r.entry_number, r.cash_account, r.teller, always_entry=False)
    c.drawString(left, y + 14, note)
    c.setFillColor(colors.black)
    draw_printed_line(c, stamp, left, right, y)


# --- 58 mm thermal --------------------------------------------------------------


def _thermal_strip(r: LoanReceipt, stamp: DocumentStamp) -> Strip:
    s = Strip()
    s.head(r.header, r.title, r.number, r.date)
    s.pair("Anggota", r.member_number)
    s.text(r.member_name)
    s.pair("Pinjaman", r.loan_number)
    s.text(r.product_name)
    what = installments_text(r)
    if what:
        s.text(what[0].upper() + what[1:])
    s.rule()
    for label, figure, bold in loan_receipt_split(r):
        s.pair(label, figure, bold=bold)
    s.text("Terbilang:")
    s.text(r.amount_words)
    s.pair("Sisa pokok", format_number(r.outstanding_after))
    if r.overpayment_note:
        s.text(f"Lebih bayar {r.overpayment_note}.")
    s.rule()
    if r.entry_number:
        s.pair("Jurnal", r.entry_number)
    s.pair("Petugas", r.teller)
    s.tail(r.signatures, stamp)
    return s


def render_loan_receipt_thermal(r: LoanReceipt, stamp: DocumentStamp) -> bytes:
    """The receipt on a 58 mm strip (48 mm printed), as long as its content."""
    return render_strip(_thermal_strip(r, stamp), r.header, r.title, r.number, stamp)
