"""Loan receipts: the bukti pembayaran angsuran (BA-…) and the bukti pencairan
(PC-…), on A5 landscape for the office printer or a 58 mm thermal strip.

Like the savings kuitansi (KOPERASI.md §9.2): number, party, the amount in
words, what it pays for, the amount in figures, date and signatures; a
payment also shows its split (denda, bunga, pokok, lebih bayar) and the
principal still owed after it, a disbursement the fees kept back. Every figure
comes from the DTO."""

from __future__ import annotations

import io
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_date, format_date_short, format_datetime
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.loans import LoanReceipt
from kopdesk.domain.vocabulary import LoanEventKind
from kopdesk.reports.page import FONT, FONT_BOLD, draw_qr, fit_text, wrap_text

__all__ = [
    "loan_receipt_split",
    "render_loan_receipt",
    "render_loan_receipt_a5",
    "render_loan_receipt_thermal",
]

GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.93, 0.93, 0.93)
WORDS_FONT = "Helvetica-BoldOblique"


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


def _canvas(buffer: io.BytesIO, size: tuple[float, float], r: LoanReceipt,
            stamp: DocumentStamp) -> Canvas:  # fmt: skip
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{r.title} {r.number} – {r.header.coop_name}")
    canvas.setAuthor(stamp.made_by)
    canvas.setSubject(f"{r.title} {r.number}")
    canvas.setCreator("kopdesk")
    canvas.setKeywords(stamp.reference or stamp.number)
    return canvas


# --- A5 landscape ---------------------------------------------------------------

MARGIN = 12 * mm
QR = 18 * mm
LABEL_WIDTH = 36 * mm


def render_loan_receipt_a5(r: LoanReceipt, stamp: DocumentStamp) -> bytes:
    """The receipt on A5 landscape (210 × 148 mm)."""
    buffer = io.BytesIO()
    c = _canvas(buffer, landscape(A5), r, stamp)
    width, height = landscape(A5)
    left, right = MARGIN, width - MARGIN
    value_x = left + LABEL_WIDTH + 8
    y = _a5_header(c, r, stamp, width, height)
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


def _a5_header(c: Canvas, r: LoanReceipt, stamp: DocumentStamp, width: float,
               height: float) -> float:  # fmt: skip
    left, right = MARGIN, width - MARGIN
    top = height - MARGIN
    text_width = right - left - QR - 4 * mm
    name, size = fit_text(r.header.coop_name, FONT_BOLD, 11.5, text_width, 8)
    c.setFont(FONT_BOLD, size)
    y = top - size
    c.drawString(left, y, name)
    c.setFont(FONT, 8)
    for line in [f"Badan Hukum No. {r.header.legal_number}",
                 *wrap_text(r.header.address, FONT, 8, text_width)[:2]]:  # fmt: skip
        y -= 10
        c.drawString(left, y, fit_text(line, FONT, 8, text_width, 6.5)[0])
    if stamp.qr_payload:
        draw_qr(c, stamp.qr_payload, right - QR, top - QR, QR)
    rule: float = min(y - 5, top - QR - 3 * mm)
    c.setLineWidth(0.8)
    c.line(left, rule, right, rule)
    return rule


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
    parts = [f"No. Jurnal {r.entry_number}"] if r.entry_number else []
    if r.cash_account:
        parts.append(f"Kas {r.cash_account}")
    parts.append(f"Petugas {r.teller}")
    c.drawString(left, y + 14, "   ·   ".join(parts))
    c.setFillColor(colors.black)
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
MONO, MONO_BOLD = "Courier", "Courier-Bold"
SIZE, LEADING = 7.0, 8.6
THERMAL_QR = 24 * mm

# one strip operation: (kind, left text, right text, bold, height)
_Op = tuple[str, str, str, bool, float]


class _Strip:
    def __init__(self) -> None:
        self.ops: list[_Op] = []

    def text(self, value: str, *, bold: bool = False, center: bool = False) -> None:
        for line in wrap_text(value, MONO_BOLD if bold else MONO, SIZE, THERMAL_PRINTABLE):
            self.ops.append(("center" if center else "text", line, "", bold, LEADING))

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        font = MONO_BOLD if bold else MONO
        if stringWidth(f"{label} {value}", font, SIZE) <= THERMAL_PRINTABLE:
            self.ops.append(("pair", label, value, bold, LEADING))
            return
        self.text(label, bold=bold)
        for line in wrap_text(value, font, SIZE, THERMAL_PRINTABLE):
            self.ops.append(("pair", "", line, bold, LEADING))

    def rule(self) -> None:
        self.ops.append(("rule", "", "", False, LEADING * 0.8))

    def gap(self, height: float) -> None:
        self.ops.append(("gap", "", "", False, height))


def _thermal_ops(r: LoanReceipt, stamp: DocumentStamp) -> list[_Op]:
    s = _Strip()
    s.text(r.header.coop_name, bold=True, center=True)
    s.text(f"BH {r.header.legal_number}", center=True)
    s.text(r.header.address, center=True)
    s.rule()
    s.text(r.title, bold=True, center=True)
    s.pair("No.", r.number, bold=True)
    s.pair("Tanggal", format_date_short(r.date))
    s.rule()
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
    s.gap(LEADING * 0.5)
    s.pair(r.signatures[0], r.signatures[1])
    s.gap(12 * mm)
    s.pair("(..........)", "(..........)")
    s.rule()
    if stamp.qr_payload:
        s.ops.append(("qr", "", "", False, THERMAL_QR + 2 * mm))
    if stamp.number:
        s.text(f"Dok. {stamp.number}", center=True)
    made = stamp.made_at
    s.text(f"Dicetak {format_date_short(made)} {made.hour:02d}.{made.minute:02d}", center=True)
    s.text(f"oleh {stamp.made_by}", center=True)
    return s.ops


def render_loan_receipt_thermal(r: LoanReceipt, stamp: DocumentStamp) -> bytes:
    """The receipt on a 58 mm strip (48 mm printed), as long as its content."""
    ops = _thermal_ops(r, stamp)
    height = 8 * mm + sum(op[4] for op in ops)
    buffer = io.BytesIO()
    c = _canvas(buffer, (THERMAL_WIDTH, height), r, stamp)
    left, right = THERMAL_MARGIN, THERMAL_WIDTH - THERMAL_MARGIN
    y = height - 4 * mm
    c.setLineWidth(0.5)
    c.setDash(1.5, 1.5)
    for kind, text, value, bold, step in ops:
        c.setFont(MONO_BOLD if bold else MONO, SIZE)
        base = y - SIZE
        if kind == "pair":
            c.drawString(left, base, text)
            c.drawRightString(right, base, value)
        elif kind == "center":
            c.drawCentredString(THERMAL_WIDTH / 2, base, text)
        elif kind == "text":
            c.drawString(left, base, text)
        elif kind == "rule":
            c.line(left, y - step / 2, right, y - step / 2)
        elif kind == "qr":
            draw_qr(c, stamp.qr_payload, (THERMAL_WIDTH - THERMAL_QR) / 2,
                    y - THERMAL_QR - 1 * mm, THERMAL_QR, level="M")  # fmt: skip
        y -= step
    c.showPage()
    c.save()
    return buffer.getvalue()
