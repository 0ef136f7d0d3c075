"""SHU papers: the list (A4 landscape), the per-member slip and the payment
kuitansi (A5 landscape), and the pieces the RAT book shares with them (the
allocation table, the formulas, the member rows).

Jasa modal and jasa usaha follow KOPERASI.md §3.3: ``JMA_a = S_a / ΣS × %JMA ×
SHU`` and ``JUA_a = T_a / ΣT × %JUA × SHU``, each member's rupiah from the exact
largest-remainder split. Every figure comes from the DTO; nothing is added up here.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from kopdesk.domain.dates import format_date, format_datetime
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import BookHeader, DocumentStamp
from kopdesk.domain.papers.rat import ShuListReport, ShuReceipt, ShuSlip, ShuSlipsReport
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind, amount
from kopdesk.reports.page import FONT, FONT_BOLD, draw_qr, fit_text, wrap_text
from kopdesk.reports.table import TableLayout

__all__ = [
    "SIGMA",
    "ShuListRenderer",
    "parts_rows",
    "percent_text",
    "render_shu_list",
    "render_shu_receipt",
    "render_shu_slips",
    "shu_formulas",
    "shu_member_rows",
]

SIGMA = "<font name='Symbol'>\u03a3</font>"
"""Σ in a Paragraph (Helvetica has no Greek; the Symbol font has)."""
GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.93, 0.93, 0.93)
WORDS_FONT = "Helvetica-BoldOblique"
TEXT_STYLE = ParagraphStyle("shu-text", fontName=FONT, fontSize=9, leading=12.5, spaceAfter=4)
PART_COLUMNS = (
    Column("Bagian", None, wrap=True),
    Column("Persentase", 26 * mm, "RIGHT"),
    Column("Jumlah (Rp)", 34 * mm, "RIGHT"),
)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def percent_text(value: Decimal) -> str:
    """A percentage as written: ``0,5%``, ``20%``, ``12,25%``."""
    return f"{value.normalize():f}".replace(".", ",") + "%"


def _decimal_text(value: Decimal) -> str:
    """``240000.40`` → ``240.000,40``."""
    whole, _, cents = f"{value:.2f}".partition(".")
    return f"{format_number(int(whole))},{cents}"


# --- shared with the RAT book ------------------------------------------------------------


def parts_rows(report: ShuListReport) -> list[Row]:
    """The allocation of the pool (part, percent, rupiah; parts at 0% left out) and
    the total, for :data:`PART_COLUMNS`."""
    rows = [
        Row((p.label, percent_text(p.percent), format_number(p.amount)))
        for p in report.parts
        if p.percent or p.amount
    ]
    total = sum((p.percent for p in report.parts), Decimal(0))
    rows.append(
        Row(("Jumlah SHU dibagi", percent_text(total), format_number(report.pool)), RowKind.TOTAL)
    )
    if report.non_member:
        rows += [
            Row(("SHU dari usaha dengan non-anggota (ke cadangan)", "",
                 format_number(report.non_member))),
            Row(("SHU tahun buku", "", format_number(report.shu_total)), RowKind.TOTAL),
        ]  # fmt: skip
    return rows


def non_member_text(report: ShuListReport) -> str:
    """Why part of the SHU is not shared ("" when nothing is set apart)."""
    if not report.non_member:
        return ""
    return (
        f"SHU tahun buku {report.year} sebesar {format_rupiah(report.shu_total)}; bagiannya "
        f"dari usaha dengan non-anggota sebesar {format_rupiah(report.non_member)} (SHU × "
        f"pendapatan non-anggota {format_rupiah(report.non_member_income)} dari pendapatan "
        f"{format_rupiah(report.income_total)}) disisihkan ke cadangan dan tidak dibagi "
        "kepada anggota."
    )


def shu_formulas(report: ShuListReport, style: ParagraphStyle = TEXT_STYLE) -> list[Flowable]:
    """The bases and both formulas with the year's numbers."""
    parts = {p.key: p for p in report.parts}
    jm, ju = parts["jasa_modal"], parts["jasa_usaha"]
    formula = ParagraphStyle(
        "formula", parent=style, leftIndent=6 * mm, leading=style.fontSize * 1.6
    )
    pool = format_rupiah(report.pool)
    return [
        Paragraph(
            f"Dasar jasa modal: {_escape(report.modal_basis_label.lower())}. Dasar jasa usaha: "
            f"{_escape(report.usaha_basis_label.lower())}. Untuk anggota <i>a</i>:",
            style,
        ),
        Paragraph(
            f"Jasa modal<sub>a</sub> = S<sub>a</sub> / {SIGMA}S × %JMA × SHU<br/>"
            f"dengan {SIGMA}S = {format_rupiah(report.total_modal_basis)} dan %JMA × SHU = "
            f"{percent_text(jm.percent)} × {pool} = {format_rupiah(jm.amount)}",
            formula,
        ),
        Paragraph(
            f"Jasa usaha<sub>a</sub> = T<sub>a</sub> / {SIGMA}T × %JUA × SHU<br/>"
            f"dengan {SIGMA}T = {format_rupiah(report.total_usaha_basis)} dan %JUA × SHU = "
            f"{percent_text(ju.percent)} × {pool} = {format_rupiah(ju.amount)}",
            formula,
        ),
        Paragraph(
            f"Jumlah jasa modal anggota {format_rupiah(report.total_jasa_modal)} dan jasa usaha "
            f"anggota {format_rupiah(report.total_jasa_usaha)}: SHU anggota "
            f"<b>{format_rupiah(report.total)}</b>. Bagian setiap anggota dibulatkan ke rupiah "
            "dengan metode sisa terbesar, sehingga jumlahnya tepat sama dengan bagiannya.",
            style,
        ),
    ]


def shu_member_rows(report: ShuListReport, *, paid: bool = False) -> list[Row]:
    """Every member's SHU: no., number, name, bases, jasa modal, jasa usaha, total
    (and what was paid, with ``paid``), then the totals."""
    rows = []
    for i, r in enumerate(report.rows, start=1):
        cells = (
            str(i),
            r.number,
            r.name,
            amount(r.modal_basis),
            amount(r.usaha_basis),
            amount(r.jasa_modal),
            amount(r.jasa_usaha),
            amount(r.total, blank_zero=False),
        )
        rows.append(Row(cells + ((amount(r.paid),) if paid else ())))
    totals = (
        "Jumlah",
        "",
        "",
        format_number(report.total_modal_basis),
        format_number(report.total_usaha_basis),
        format_number(report.total_jasa_modal),
        format_number(report.total_jasa_usaha),
        format_number(report.total),
    )
    rows.append(Row(totals + ((format_number(report.total_paid),) if paid else ()), RowKind.TOTAL))
    return rows


def member_columns(*, paid: bool = False, name_width: float | None = None) -> tuple[Column, ...]:
    """Columns of :func:`shu_member_rows`."""
    columns = (
        Column("No.", 11 * mm, "CENTER"),
        Column("Nomor", 19 * mm),
        Column("Nama", name_width, wrap=True, min_size=6.5),
        Column("Dasar jasa modal", 26 * mm, "RIGHT"),
        Column("Dasar jasa usaha", 26 * mm, "RIGHT"),
        Column("Jasa modal", 20 * mm, "RIGHT"),
        Column("Jasa usaha", 20 * mm, "RIGHT"),
        Column("Jumlah SHU", 21 * mm, "RIGHT"),
    )
    return columns + ((Column("Dibayar", 21 * mm, "RIGHT"),) if paid else ())


def left_total(flowables: list[Flowable]) -> list[Flowable]:
    """The last table's totals label at the left (the ``No.`` column is centred
    and the label spans it)."""
    last = next((f for f in reversed(flowables) if isinstance(f, Table)), None)
    if last is not None:
        last.setStyle([("ALIGN", (0, -1), (0, -1), "LEFT")])
    return flowables


def measured(flowables: list[Flowable], width: float, room: float) -> float:
    """Height the flowables take in a frame ``width`` wide (spaces included)."""
    used = 0.0
    for f in flowables:
        _w, h = f.wrap(width, room)
        used += h + f.getSpaceBefore() + f.getSpaceAfter()
    return used


# --- the SHU list --------------------------------------------------------------------------


class ShuListRenderer(ReportRenderer):
    """Allocation table and formulas at the top, then one row per member, totals last."""

    title = "DAFTAR PEMBAGIAN SISA HASIL USAHA (SHU) ANGGOTA"
    columns = member_columns(paid=True)
    landscape = True

    def __init__(self, report: ShuListReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        state = "telah diposting" if r.posted else "RANCANGAN, belum diposting"
        return (f"Tahun Buku {r.year} · SHU dibagi {format_rupiah(r.pool)} · {state}",)

    def rows(self) -> Iterator[Row]:
        yield from shu_member_rows(self.report, paid=True)

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        width = layout.content_width
        parts = TableLayout(PART_COLUMNS).flowing(parts_rows(r), width * 0.55)
        parts.hAlign = "LEFT"
        head: list[Flowable] = [
            parts,
            Spacer(1, 3 * mm),
            *shu_formulas(r),
        ]
        if r.non_member:
            head.append(Paragraph(_escape(non_member_text(r)), TEXT_STYLE))
        if r.decision:
            head.append(Paragraph(f"Dasar keputusan: {_escape(r.decision)}", TEXT_STYLE))
        if r.undistributed:
            head.append(
                Paragraph(
                    f"Bagian anggota {format_rupiah(r.undistributed)} tidak dapat dibagikan "
                    "(tidak ada anggota dengan dasarnya) dan masuk cadangan.",
                    TEXT_STYLE,
                )
            )
        head.append(Spacer(1, 2 * mm))
        first = layout.frame_top_first - layout.frame_bottom
        used = measured(head, width, first)
        later = layout.frame_top_later - layout.frame_bottom
        if used > first - 60:  # not even a few rows fit under it: the list starts overleaf
            tables = self.table().chunks(list(self.rows()), width, later, later)
            return left_total([*head, PageBreak(), *tables])
        tables = self.table().chunks(list(self.rows()), width, first - used - 2, later)
        return left_total([*head, *tables])


def render_shu_list(report: ShuListReport, stamp: DocumentStamp) -> bytes:
    """The SHU list as PDF bytes (A4 landscape)."""
    return ShuListRenderer(report, stamp).generate()


# --- A5 papers: slip and kuitansi -------------------------------------------------------------

MARGIN = 12 * mm
QR = 18 * mm
PAGE = landscape(A5)


def _header(c: Canvas, header: BookHeader, stamp: DocumentStamp) -> float:
    """Cooperative, legal number, address, the QR code; returns the rule's height."""
    width, height = PAGE
    left, right = MARGIN, width - MARGIN
    top = height - MARGIN
    text_width = right - left - QR - 4 * mm
    name, size = fit_text(header.coop_name, FONT_BOLD, 11.5, text_width, 8)
    c.setFont(FONT_BOLD, size)
    y = top - size
    c.drawString(left, y, name)
    c.setFont(FONT, 8)
    lines = [
        f"Badan Hukum No. {header.legal_number}",
        *wrap_text(header.address, FONT, 8, text_width)[:2],
    ]
    for line in lines:
        y -= 10
        c.drawString(left, y, fit_text(line, FONT, 8, text_width, 6.5)[0])
    if stamp.qr_payload:
        _qr(c, stamp.qr_payload, right - QR, top - QR)
    rule: float = min(y - 5, top - QR - 3 * mm)
    c.setLineWidth(0.8)
    c.line(left, rule, right, rule)
    return rule


def _qr(c: Canvas, payload: str, x: float, y: float) -> None:
    """The document's QR code at (x, y), drawn once per PDF as a form and reused
    on every page (a slip run prints thousands of pages)."""
    name = "kopdesk-qr"
    if not c.hasForm(name):
        c.beginForm(name, lowerx=0, lowery=0, upperx=QR, uppery=QR)
        draw_qr(c, payload, 0, 0, QR)
        c.endForm()
    c.saveState()
    c.translate(x, y)
    c.doForm(name)
    c.restoreState()


def _footer(c: Canvas, stamp: DocumentStamp, note: str, right_text: str) -> None:
    width = PAGE[0]
    left, right = MARGIN, width - MARGIN
    y = MARGIN - 4 * mm
    c.setFillColor(GREY)
    c.setFont(FONT, 7.5)
    if note:
        c.drawString(left, y + 14, note)
    c.setFillColor(colors.black)
    c.setLineWidth(0.4)
    c.line(left, y + 9, right, y + 9)
    c.setFont(FONT, 7)
    printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
    if stamp.number:
        printed += f"   ·   No. Dokumen: {stamp.number}"
    c.drawString(left, y, printed)
    c.drawRightString(right, y, right_text)


def _canvas(buffer: io.BytesIO, title: str, header: BookHeader, stamp: DocumentStamp) -> Canvas:
    c = Canvas(buffer, pagesize=PAGE, invariant=1, pageCompression=1)
    c.setTitle(f"{title} – {header.coop_name}")
    c.setAuthor(stamp.made_by)
    c.setSubject(title)
    c.setCreator("kopdesk")
    c.setKeywords(stamp.reference or stamp.number)
    return c


def _words_box(c: Canvas, words: str, x: float, y: float, width: float) -> float:
    """The amount in words on a shaded band; returns the y under it."""
    lines = wrap_text(words, WORDS_FONT, 9.5, width - 8)
    height = 11.5 * len(lines) + 6
    c.setFillColor(SHADE)
    c.rect(x, y - height, width, height, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont(WORDS_FONT, 9.5)
    for i, line in enumerate(lines):
        c.drawString(x + 4, y - 12 - i * 11.5, line)
    return y - height


# --- slip -----------------------------------------------------------------------------------


Run = tuple[str, str]
"""(style, text) of a piece of a slip line: ``n`` normal, ``b`` bold, ``sub``
subscript, ``sym`` the Symbol font (Σ)."""
_RUN_FONT = {"n": FONT, "b": FONT_BOLD, "sub": FONT, "sym": "Symbol"}


def _runs_width(runs: list[Run], size: float) -> float:
    return sum(
        float(stringWidth(text, _RUN_FONT[style], size * (0.7 if style == "sub" else 1)))
        for style, text in runs
    )


def _draw_runs(
    c: Canvas, x: float, y: float, runs: list[Run], *, size: float, width: float
) -> None:
    """Draw the runs left to right from (x, y), shrunk (down to 7 pt) to fit ``width``.

    Plain canvas text, no Paragraph: a run of slips prints thousands of pages."""
    while size > 7 and _runs_width(runs, size) > width:
        size -= 0.5
    for style, text in runs:
        font, run_size = _RUN_FONT[style], size * (0.7 if style == "sub" else 1)
        c.setFont(font, run_size)
        c.drawString(x, y - (size * 0.25 if style == "sub" else 0), text)
        x += stringWidth(text, font, run_size)


def _formula(s: ShuSlip, pool: int, *, modal: bool) -> list[list[Run]]:
    """Three lines: the formula, its numbers, the numbers with the part worked out."""
    if modal:
        name, base, code = "Jasa modal", "S", "JMA"
        basis, total, percent, part, exact, share = (
            s.modal_basis,
            s.modal_total,
            s.modal_percent,
            s.modal_part,
            s.modal_exact,
            s.jasa_modal,
        )
    else:
        name, base, code = "Jasa usaha", "T", "JUA"
        basis, total, percent, part, exact, share = (
            s.usaha_basis,
            s.usaha_total,
            s.usaha_percent,
            s.usaha_part,
            s.usaha_exact,
            s.jasa_usaha,
        )
    rounded = "" if exact == share else " (dibulatkan)"
    ratio = f"= {format_number(basis)} / {format_number(total)} × "
    return [
        [
            ("b", name),
            ("n", f" = {base}"),
            ("sub", "a"),
            ("n", " / "),
            ("sym", "\u03a3"),
            ("n", f"{base} × %{code} × SHU"),
        ],
        [("n", f"{ratio}{percent_text(percent)} × {format_number(pool)}")],
        [("n", f"{ratio}{format_number(part)} = {_decimal_text(exact)}{rounded}")],
    ]


def slip_lines(s: ShuSlip, pool: int) -> list[tuple[list[list[Run]], str, bool]]:
    """(lines of runs, rupiah, bold) blocks of a slip's calculation, in print order."""
    return [
        (_formula(s, pool, modal=True), format_rupiah(s.jasa_modal), False),
        (_formula(s, pool, modal=False), format_rupiah(s.jasa_usaha), False),
        ([[("b", "Jumlah SHU")]], format_rupiah(s.total), True),
    ]


def _status(s: ShuSlip) -> str:
    if s.paid_method == "tunai" and s.paid_on is not None:
        return f"Dibayar tunai tanggal {format_date(s.paid_on)}, kuitansi {s.receipt_number}."
    if s.paid_method == "sukarela" and s.paid_on is not None:
        return (
            f"Dipindahkan ke simpanan sukarela tanggal {format_date(s.paid_on)}, "
            f"bukti {s.receipt_number}."
        )
    return "Belum dibayar."


def _draw_slip(c: Canvas, r: ShuSlipsReport, s: ShuSlip, stamp: DocumentStamp) -> None:
    width = PAGE[0]
    left, right = MARGIN, width - MARGIN
    figure_x = right - 32 * mm
    y = _header(c, r.header, stamp) - 17
    c.setFont(FONT_BOLD, 12.5)
    c.drawCentredString(width / 2, y, f"SLIP SISA HASIL USAHA (SHU) TAHUN BUKU {r.year}")
    if not r.posted:
        y -= 12
        c.setFont(FONT_BOLD, 8.5)
        c.drawCentredString(width / 2, y, "RANCANGAN — pembagian SHU belum diposting")
    y -= 16
    c.setFont(FONT, 9.5)
    c.drawString(left, y, "Anggota")
    c.setFont(FONT_BOLD, 9.5)
    who = fit_text(f"{s.member_name} ({s.member_number})", FONT_BOLD, 9.5, right - left - 60, 7)
    c.drawString(left + 60, y, who[0])
    bases: list[list[Run]] = [
        [
            ("n", "Dasar jasa modal S"),
            ("sub", "a"),
            ("n", f": {format_rupiah(s.modal_basis)} — {r.modal_basis_label.lower()}"),
        ],
        [
            ("n", "Dasar jasa usaha T"),
            ("sub", "a"),
            ("n", f": {format_rupiah(s.usaha_basis)} — {r.usaha_basis_label.lower()}"),
        ],
        [("n", f"SHU tahun buku {r.year} yang dibagi: {format_rupiah(r.pool)}")],
    ]
    y -= 4
    for runs in bases:
        y -= 12
        _draw_runs(c, left, y, runs, size=8.5, width=right - left)
    y -= 8
    c.setLineWidth(0.4)
    for lines, figure, bold in slip_lines(s, r.pool):
        if bold:
            c.line(figure_x, y + 1, right, y + 1)
        for index, runs in enumerate(lines):
            y -= 12
            indent = 6 * mm if index else 0
            width = figure_x - left - 4 * mm - indent
            _draw_runs(c, left + indent, y, runs, size=9.5 if bold else 9, width=width)
        c.setFont(FONT_BOLD if bold else FONT, 10 if bold else 9.5)
        c.drawRightString(right, y, figure)
        y -= 6
    y = _words_box(c, f"Terbilang: {s.total_words}", left, y - 2, right - left)
    y -= 14
    c.setFont(FONT_BOLD if s.paid_method else FONT, 9)
    c.drawString(left, y, f"Status pembayaran: {_status(s)}")
    _footer(
        c,
        stamp,
        "Pembagian SHU menurut Anggaran Dasar dan keputusan Rapat Anggota.",
        s.member_number,
    )


def render_shu_slips(report: ShuSlipsReport, stamp: DocumentStamp) -> bytes:
    """One A5 landscape slip per member, in the report's order."""
    buffer = io.BytesIO()
    c = _canvas(buffer, f"Slip SHU tahun buku {report.year}", report.header, stamp)
    for slip in report.slips:
        _draw_slip(c, report, slip, stamp)
        c.showPage()
    if not report.slips:
        c.setFont(FONT, 10)
        c.drawString(MARGIN, PAGE[1] / 2, "Tidak ada anggota yang mendapat SHU.")
        c.showPage()
    c.save()
    return buffer.getvalue()


# --- kuitansi ---------------------------------------------------------------------------------


def receipt_fields(r: ShuReceipt) -> list[tuple[str, str]]:
    """(label, value) lines of the kuitansi (the words excluded)."""
    purpose = (
        f"Pembayaran SHU tahun buku {r.year} (jasa modal {format_rupiah(r.jasa_modal)}, "
        f"jasa usaha {format_rupiah(r.jasa_usaha)})"
    )
    how = (
        "Tunai"
        if r.method == "tunai"
        else f"Dipindahkan ke simpanan sukarela, rekening {r.savings_account or '-'}"
    )
    party = "Dibayarkan kepada" if r.method == "tunai" else "Atas nama"
    return [
        (party, f"{r.member_name} ({r.member_number})"),
        ("Untuk pembayaran", purpose),
        ("Cara pembayaran", how),
    ]


def render_shu_receipt(r: ShuReceipt, stamp: DocumentStamp) -> bytes:
    """The kuitansi of an SHU payment on A5 landscape."""
    title = "KUITANSI PEMBAYARAN SHU" if r.method == "tunai" else "BUKTI PEMINDAHBUKUAN SHU"
    buffer = io.BytesIO()
    c = _canvas(buffer, f"{title} {r.number}", r.header, stamp)
    width = PAGE[0]
    left, right = MARGIN, width - MARGIN
    value_x = left + 36 * mm + 8
    y = _header(c, r.header, stamp) - 17
    c.setFont(FONT_BOLD, 13)
    c.drawCentredString(width / 2, y, title)
    y -= 15
    c.setFont(FONT, 9)
    c.drawString(left, y, "No. ")
    c.setFont(FONT_BOLD, 9)
    c.drawString(left + stringWidth("No. ", FONT, 9), y, r.number)
    c.setFont(FONT, 9)
    c.drawRightString(right, y, f"Tanggal: {format_date(r.date)}")
    y -= 6
    fields = receipt_fields(r)
    y = _field(c, fields[0], y, (left, value_x, right))
    y -= 16
    c.setFont(FONT, 9.5)
    c.drawString(left, y, "Uang sejumlah")
    c.drawString(value_x - 8, y, ":")
    y = _words_box(c, r.amount_words, value_x - 3, y + 12, right - value_x + 3) - 1
    for field in fields[1:]:
        y = _field(c, field, y - 2, (left, value_x, right))
    box_w, box_h = 62 * mm, 10 * mm
    base = MARGIN + 8 * mm
    c.setFillColor(SHADE)
    c.setLineWidth(1)
    c.rect(left, base + 14 * mm, box_w, box_h, fill=1, stroke=1)
    c.setFillColor(colors.black)
    figures, size = fit_text(format_rupiah(r.amount), FONT_BOLD, 14, box_w - 8, 10)
    c.setFont(FONT_BOLD, size)
    c.drawCentredString(left + box_w / 2, base + 14 * mm + box_h / 2 - size / 3, figures)
    _signatures(c, r, left + 95 * mm, right, base)
    _footer(
        c,
        stamp,
        f"No. Jurnal {r.entry_number}   ·   Petugas {r.teller}",
        "Simpan kuitansi ini sebagai tanda terima.",
    )
    c.showPage()
    c.save()
    return buffer.getvalue()


def _field(c: Canvas, field: tuple[str, str], y: float, xs: tuple[float, float, float]) -> float:
    """One ``label : value`` line (value wrapped) under ``y``; ``xs`` = (label x,
    value x, right edge). Returns the last line's baseline."""
    label, value = field
    left, value_x, right = xs
    lines = wrap_text(value, FONT, 9.5, right - value_x)
    y -= 13
    c.setFont(FONT, 9.5)
    c.drawString(left, y, label)
    c.drawString(value_x - 8, y, ":")
    for i, line in enumerate(lines):
        c.drawString(value_x, y - i * 11.5, line)
    return y - (len(lines) - 1) * 11.5


def _signatures(c: Canvas, r: ShuReceipt, x0: float, x1: float, base: float) -> None:
    col = (x1 - x0) / 2
    c.setFont(FONT, 9)
    c.drawCentredString(x0 + col, base + 31 * mm, format_date(r.date))
    captions = ("Penerima", "Kasir") if r.method == "tunai" else ("Anggota", "Petugas")
    for index, caption in enumerate(captions):
        x = x0 + col * index + col / 2
        c.setFont(FONT, 9)
        c.drawCentredString(x, base + 26 * mm, caption)
        name = r.member_name if index == 0 else r.teller
        label, size = fit_text(f"( {name} )", FONT, 9, col - 4, 7)
        c.setFont(FONT, size)
        c.drawCentredString(x, base + 8 * mm, label)
