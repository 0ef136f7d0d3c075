"""Savings receipts (bukti setoran, penarikan, pemindahbukuan, koreksi) in two
layouts: an A5 landscape kuitansi for the office printer and a 58 mm strip for
a thermal counter printer.

A kuitansi carries (KOPERASI.md §9.2): its number, "Telah terima dari",
"Uang sejumlah" in words, "Untuk pembayaran", the amount in figures, the date
and the signatures. Each layout also carries the document stamp: the document
number, when and by whom it was printed, and the QR code. Every figure comes
from the DTO. The parts every receipt shares are in
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
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.savings import SavingsReceipt
from kopdesk.domain.vocabulary import SavingsTxKind
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
    "receipt_fields",
    "render_receipt",
    "render_receipt_a5",
    "render_receipt_thermal",
]


def receipt_fields(r: SavingsReceipt) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt's body in print order (words excluded)."""
    fields = [(r.party_label, f"{r.member_name} ({r.member_number})")]
    if r.kind == SavingsTxKind.PINDAH:
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


def render_receipt(
    r: SavingsReceipt, stamp: DocumentStamp, layout: Literal["a5", "58mm"] = "a5"
) -> bytes:
    """The receipt as PDF bytes in ``layout`` (``a5`` or ``58mm``)."""
    if layout == "58mm":
        return render_receipt_thermal(r, stamp)
    return render_receipt_a5(r, stamp)


# --- A5 landscape ---------------------------------------------------------------

A5_MARGIN = 12 * mm
A5_QR = 18 * mm
LABEL_WIDTH = 42 * mm


def render_receipt_a5(r: SavingsReceipt, stamp: DocumentStamp) -> bytes:
    """A kuitansi on A5 landscape (210 × 148 mm)."""
    buffer = io.BytesIO()
    canvas = receipt_canvas(
        buffer, landscape(A5), stamp, header=r.header, title=r.title, number=r.number
    )
    page = _A5(canvas, r, stamp)
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
        return draw_letterhead(
            self.c, self.r.header, self.stamp, left=self.left, right=self.right,
            top=self.height - A5_MARGIN, qr_size=A5_QR,
        )  # fmt: skip

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
        c.drawString(self.left, box_y - 10, fit_text(self.footnote(), FONT, 7.5, 100 * mm, 6)[0])
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

    def footnote(self) -> str:
        r = self.r
        return footnote(r.entry_number, r.cash_account, r.teller, always_entry=True)

    def footer(self) -> None:
        draw_printed_line(self.c, self.stamp, self.left, self.right, self.footer_y)


# --- 58 mm thermal --------------------------------------------------------------


def _thermal_strip(r: SavingsReceipt, stamp: DocumentStamp) -> Strip:
    strip = Strip()
    strip.head(r.header, r.title, r.number, r.date)
    _thermal_body(strip, r)
    strip.rule()
    strip.pair("Jurnal", r.entry_number)
    strip.pair("Petugas", r.teller)
    if r.reversed_by:
        strip.text(f"Telah dikoreksi dengan {r.reversed_by}")
    strip.tail(r.signatures, stamp)
    return strip


def _thermal_body(strip: Strip, r: SavingsReceipt) -> None:
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
    return render_strip(_thermal_strip(r, stamp), r.header, r.title, r.number, stamp)
