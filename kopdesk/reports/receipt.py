"""Savings receipts (bukti setoran, penarikan, pemindahbukuan, koreksi) in two
layouts: an A5 landscape kuitansi for the office printer and a 58 mm strip for
a thermal counter printer.

A kuitansi carries (KOPERASI.md §9.2): its number, "Telah terima dari",
"Uang sejumlah" in words, "Untuk pembayaran", the amount in figures, the date
and the signatures. Each layout also carries the document stamp: the document
number, when and by whom it was printed, and the QR code. Every figure comes
from the DTO."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kopdesk.domain.dates import format_date, format_date_short, format_datetime
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.savings import SavingsReceipt
from kopdesk.domain.vocabulary import SavingsTxKind
from kopdesk.reports.page import FONT, FONT_BOLD, draw_qr, fit_text, wrap_text

__all__ = [
    "THERMAL_PRINTABLE",
    "THERMAL_WIDTH",
    "receipt_fields",
    "render_receipt",
    "render_receipt_a5",
    "render_receipt_thermal",
]

GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.93, 0.93, 0.93)
WORDS_FONT = "Helvetica-BoldOblique"


def receipt_fields(r: SavingsReceipt) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt's body in print order (words excluded)."""
    fields = [(r.party_label, f"{r.member_name} ({r.member_number})")]
    if r.kind == "pindah":
        fields.append(("Dari rekening", f"{r.account_number} – {r.product_name}"))
        fields.append(("Ke rekening", f"{r.to_account_number} – {r.to_product_name}"))
    else:
        fields.append(("Rekening", f"{r.account_number} – {r.product_name}"))
    label = (
        "Untuk pembayaran" if r.kind in (SavingsTxKind.SETOR, SavingsTxKind.TARIK) else "Keterangan"
    )
    fields.append((label, r.purpose))
    if r.reversal_of:
        fields.append(("Koreksi atas", r.reversal_of))
    if r.penalty:
        fields.append(("Jumlah penarikan", format_rupiah(r.amount)))
        fields.append(("Denda pencairan", format_rupiah(r.penalty)))
        fields.append(("Dibayarkan", format_rupiah(r.cash_amount)))
    if r.to_balance_after is None:
        fields.append(("Saldo setelah transaksi", format_rupiah(r.balance_after, parens=True)))
    else:
        fields.append(("Saldo rekening asal", format_rupiah(r.balance_after, parens=True)))
        fields.append(("Saldo rekening tujuan", format_rupiah(r.to_balance_after, parens=True)))
    return fields


def _footnote(r: SavingsReceipt) -> str:
    parts = [f"No. Jurnal {r.entry_number}"]
    if r.cash_account:
        parts.append(f"Kas {r.cash_account}")
    parts.append(f"Petugas {r.teller}")
    return "   ·   ".join(parts)


def render_receipt(
    r: SavingsReceipt, stamp: DocumentStamp, layout: Literal["a5", "58mm"] = "a5"
) -> bytes:
    """The receipt as PDF bytes in ``layout`` (``a5`` or ``58mm``)."""
    if layout == "58mm":
        return render_receipt_thermal(r, stamp)
    return render_receipt_a5(r, stamp)


def _canvas(buffer: io.BytesIO, size: tuple[float, float], r: SavingsReceipt,
            stamp: DocumentStamp) -> Canvas:  # fmt: skip
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{r.title} {r.number} – {r.header.coop_name}")
    canvas.setAuthor(stamp.made_by)
    canvas.setSubject(f"{r.title} {r.number}")
    canvas.setCreator("kopdesk")
    canvas.setKeywords(stamp.reference or stamp.number)
    return canvas


# --- A5 landscape ---------------------------------------------------------------

A5_MARGIN = 12 * mm
A5_QR = 18 * mm
LABEL_WIDTH = 42 * mm


def render_receipt_a5(r: SavingsReceipt, stamp: DocumentStamp) -> bytes:
    """A kuitansi on A5 landscape (210 × 148 mm)."""
    buffer = io.BytesIO()
    page = _A5(_canvas(buffer, landscape(A5), r, stamp), r, stamp)
    y = page.header()
    y = page.title(y)
    fields = receipt_fields(r)
    y = page.field(y, *fields[0])
    y = page.words(y)
    for label, value in fields[1:]:
        y = page.field(y, label, value)
    page.figures_and_signatures()
    page.footer()
    page.c.showPage()
    page.c.save()
    return buffer.getvalue()


class _A5:
    """Draws the parts of the A5 kuitansi; ``y`` runs down from the top."""

    def __init__(self, c: Canvas, r: SavingsReceipt, stamp: DocumentStamp) -> None:
        self.c, self.r, self.stamp = c, r, stamp
        self.width, self.height = landscape(A5)
        self.left, self.right = A5_MARGIN, self.width - A5_MARGIN
        self.value_x = self.left + LABEL_WIDTH + 8
        self.value_width = self.right - self.value_x
        self.footer_y = A5_MARGIN - 4 * mm

    def header(self) -> float:
        """Cooperative on the left, QR code on the right, a rule under both."""
        c, r = self.c, self.r
        top = self.height - A5_MARGIN
        text_width = self.right - self.left - A5_QR - 4 * mm
        name, size = fit_text(r.header.coop_name, FONT_BOLD, 11.5, text_width, 8)
        c.setFont(FONT_BOLD, size)
        y = top - size
        c.drawString(self.left, y, name)
        c.setFont(FONT, 8)
        legal = f"Badan Hukum No. {r.header.legal_number}"
        for line in [legal, *wrap_text(r.header.address, FONT, 8, text_width)[:2]]:
            y -= 10
            c.drawString(self.left, y, fit_text(line, FONT, 8, text_width, 6.5)[0])
        if self.stamp.qr_payload:
            draw_qr(c, self.stamp.qr_payload, self.right - A5_QR, top - A5_QR, A5_QR)
        rule: float = min(y - 5, top - A5_QR - 3 * mm)
        c.setLineWidth(0.8)
        c.line(self.left, rule, self.right, rule)
        return rule

    def title(self, rule: float) -> float:
        c, r = self.c, self.r
        y = rule - 18
        c.setFont(FONT_BOLD, 14)
        c.drawCentredString(self.width / 2, y, r.title)
        y -= 15
        c.setFont(FONT, 9)
        c.drawString(self.left, y, "No. ")
        c.setFont(FONT_BOLD, 9)
        c.drawString(self.left + stringWidth("No. ", FONT, 9), y, r.number)
        c.setFont(FONT, 9)
        c.drawRightString(self.right, y, f"Tanggal: {format_date(r.date)}")
        return y - 8

    def field(self, y: float, label: str, value: str) -> float:
        c = self.c
        lines = wrap_text(value, FONT, 9.5, self.value_width)
        y -= 14
        c.setFont(FONT, 9.5)
        c.drawString(self.left, y, label)
        c.drawString(self.value_x - 8, y, ":")
        for number, line in enumerate(lines):
            c.drawString(self.value_x, y - number * 11.5, line)
        return y - (len(lines) - 1) * 11.5

    def words(self, y: float) -> float:
        """``Uang sejumlah``: the amount in words, bold italic on a shaded band."""
        c, r = self.c, self.r
        lines = wrap_text(r.amount_words, WORDS_FONT, 10, self.value_width - 6)
        label = (
            "Uang sejumlah" if r.kind in (SavingsTxKind.SETOR, SavingsTxKind.TARIK) else "Sejumlah"
        )
        y -= 16
        band_h = 12 * len(lines) + 5
        c.setFillColor(SHADE)
        c.rect(self.value_x - 3, y - band_h + 12, self.value_width + 3, band_h, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(FONT, 9.5)
        c.drawString(self.left, y, label)
        c.drawString(self.value_x - 8, y, ":")
        c.setFont(WORDS_FONT, 10)
        for number, line in enumerate(lines):
            c.drawString(self.value_x, y - number * 12, line)
        return y - (len(lines) - 1) * 12 - 2

    def figures_and_signatures(self) -> None:
        """The amount in figures in a box (left), place and date and the two
        signatures (right), just above the footer."""
        c, r = self.c, self.r
        base = self.footer_y + 16 * mm
        box_w, box_h = 62 * mm, 11 * mm
        box_y = base + 9 * mm
        c.setFillColor(SHADE)
        c.setLineWidth(1)
        c.rect(self.left, box_y, box_w, box_h, fill=1, stroke=1)
        c.setFillColor(colors.black)
        figures, size = fit_text(format_rupiah(r.cash_amount), FONT_BOLD, 15, box_w - 8, 10)
        c.setFont(FONT_BOLD, size)
        c.drawString(self.left + 4 * mm, box_y + (box_h - size) / 2 + 2, figures)
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY)
        c.drawString(self.left, box_y - 10, fit_text(_footnote(r), FONT, 7.5, 100 * mm, 6)[0])
        if r.reversed_by:
            c.setFont(FONT_BOLD, 7.5)
            note = f"Transaksi ini telah dikoreksi dengan {r.reversed_by}."
            c.drawString(self.left, box_y - 20, note)
        c.setFillColor(colors.black)
        sign_left = self.left + 110 * mm
        col = (self.right - sign_left) / 2
        c.setFont(FONT, 9)
        c.drawCentredString(sign_left + col, box_y + box_h + 4 * mm, format_date(r.date))
        for index, caption in enumerate(r.signatures):
            x = sign_left + col * index + col / 2
            c.setFont(FONT, 9)
            c.drawCentredString(x, box_y + box_h - 2, caption)
            name = r.member_name if index == 0 else r.teller
            label, size = fit_text(f"( {name} )", FONT, 9, col - 4, 7)
            c.setFont(FONT, size)
            c.drawCentredString(x, base, label)

    def footer(self) -> None:
        c, stamp = self.c, self.stamp
        c.setLineWidth(0.4)
        c.line(self.left, self.footer_y + 9, self.right, self.footer_y + 9)
        c.setFont(FONT, 7)
        printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
        if stamp.number:
            printed += f"   ·   No. Dokumen: {stamp.number}"
        c.drawString(self.left, self.footer_y, printed)
        c.drawRightString(self.right, self.footer_y, "Simpan bukti ini sebagai tanda terima.")


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
class _Op:
    """One thing on the strip: a text line, a rule, a gap or the QR code."""

    kind: Literal["text", "pair", "rule", "gap", "qr"]
    text: str = ""
    value: str = ""
    bold: bool = False
    align: Literal["LEFT", "CENTER"] = "LEFT"
    height: float = LEADING


class _Strip:
    """Collects the strip's lines; long text wraps at the printable width."""

    def __init__(self) -> None:
        self.ops: list[_Op] = []

    def text(self, value: str, *, bold: bool = False, center: bool = False) -> None:
        font = MONO_BOLD if bold else MONO
        for line in wrap_text(value, font, SIZE, THERMAL_PRINTABLE):
            self.ops.append(_Op("text", line, bold=bold, align="CENTER" if center else "LEFT"))

    def pair(self, label: str, value: str, *, bold: bool = False) -> None:
        """Label left, value right on one line; the value on its own lines if too long."""
        font = MONO_BOLD if bold else MONO
        room = THERMAL_PRINTABLE - stringWidth(label + " ", font, SIZE)
        if stringWidth(value, font, SIZE) <= room:
            self.ops.append(_Op("pair", label, value, bold=bold))
            return
        self.text(label, bold=bold)
        for line in wrap_text(value, font, SIZE, THERMAL_PRINTABLE):
            self.ops.append(_Op("pair", "", line, bold=bold))

    def rule(self) -> None:
        self.ops.append(_Op("rule", height=LEADING * 0.8))

    def gap(self, height: float) -> None:
        self.ops.append(_Op("gap", height=height))


def _thermal_ops(r: SavingsReceipt, stamp: DocumentStamp) -> list[_Op]:
    strip = _Strip()
    strip.text(r.header.coop_name, bold=True, center=True)
    strip.text(f"BH {r.header.legal_number}", center=True)
    strip.text(r.header.address, center=True)
    strip.rule()
    strip.text(r.title, bold=True, center=True)
    strip.pair("No.", r.number, bold=True)
    strip.pair("Tanggal", format_date_short(r.date))
    strip.rule()
    _thermal_body(strip, r)
    strip.rule()
    strip.pair("Jurnal", r.entry_number)
    strip.pair("Petugas", r.teller)
    if r.reversed_by:
        strip.text(f"Telah dikoreksi dengan {r.reversed_by}")
    strip.gap(LEADING * 0.5)
    strip.pair(r.signatures[0], r.signatures[1])
    strip.gap(12 * mm)
    strip.pair("(..........)", "(..........)")
    strip.rule()
    if stamp.qr_payload:
        strip.ops.append(_Op("qr", height=THERMAL_QR + 2 * mm))
    if stamp.number:
        strip.text(f"Dok. {stamp.number}", center=True)
    made = stamp.made_at
    strip.text(f"Dicetak {format_date_short(made)} {made.hour:02d}.{made.minute:02d}", center=True)
    strip.text(f"oleh {stamp.made_by}", center=True)
    return strip.ops


def _thermal_body(strip: _Strip, r: SavingsReceipt) -> None:
    """Member, account(s), amounts, words and the balance after."""
    strip.pair("Anggota", r.member_number)
    strip.text(r.member_name)
    strip.pair("Rekening", r.account_number)
    strip.text(r.product_name)
    if r.to_account_number:
        strip.pair("Ke rek.", r.to_account_number)
        strip.text(r.to_product_name or "")
    if r.reversal_of:
        strip.pair("Koreksi atas", r.reversal_of)
    strip.rule()
    if r.penalty:
        strip.pair("Penarikan", format_rupiah(r.amount))
        strip.pair("Denda", format_rupiah(r.penalty))
        strip.pair("Dibayarkan", format_rupiah(r.cash_amount), bold=True)
    else:
        strip.pair("Jumlah", format_rupiah(r.cash_amount), bold=True)
    strip.text("Terbilang:")
    strip.text(r.amount_words)
    strip.pair("Saldo", format_rupiah(r.balance_after, parens=True))
    if r.to_balance_after is not None:
        strip.pair("Saldo tujuan", format_rupiah(r.to_balance_after, parens=True))


def render_receipt_thermal(r: SavingsReceipt, stamp: DocumentStamp) -> bytes:
    """The receipt on a 58 mm strip (48 mm printed), as long as its content."""
    ops = _thermal_ops(r, stamp)
    top_margin = bottom_margin = 4 * mm
    height = top_margin + sum(op.height for op in ops) + bottom_margin
    buffer = io.BytesIO()
    c = _canvas(buffer, (THERMAL_WIDTH, height), r, stamp)
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
