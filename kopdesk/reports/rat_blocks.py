"""Building blocks of the RAT book (:mod:`kopdesk.reports.rat`): its styles and
constants, the document with headings that fill the table of contents and
report progress, the page canvas, the cover, and the small layouts the chapters
repeat (texts, blanks to fill in, fields, fixed tables, signatures, officers,
the RAPB rows).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from kopdesk.domain.dates import format_date, format_datetime
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.rat import RapbRow, RatBook, RatOfficer
from kopdesk.reports.page import (
    FONT,
    FONT_BOLD,
    FOOTER_SIZE,
    MARGIN_X,
    NumberedCanvas,
    PageLayout,
    draw_qr,
    fit_text,
    wrap_text,
)
from kopdesk.reports.savings import NOTE_STYLE, signature_block
from kopdesk.reports.table import Column, Row, RowKind, TableLayout

__all__ = [
    "BLANK_LINES",
    "BODY_STYLE",
    "BULLET_STYLE",
    "CHAPTER_STYLE",
    "EMPTY_STYLE",
    "FIELD_STYLE",
    "GREY",
    "MEMBER_COLUMNS",
    "NARRATIVE_STYLE",
    "ROMAN",
    "SECTION_STYLE",
    "SMALL_STYLE",
    "STATEMENT_PARTS",
    "TITLE",
    "TOC_STYLES",
    "TOC_TABLE_STYLE",
    "TOC_TITLE_STYLE",
    "Anchor",
    "BookCanvas",
    "Heading",
    "Placeholder",
    "Progress",
    "RatDoc",
    "blank",
    "day_before",
    "draw_centred",
    "draw_cover",
    "escape",
    "fields",
    "fixed_table",
    "officers_table",
    "rapb_rows",
    "signature_rows",
    "term",
    "text_block",
]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``."""

GREY = colors.Color(0.4, 0.4, 0.4)
CHAPTER_STYLE = ParagraphStyle(
    "rat-chapter", fontName=FONT_BOLD, fontSize=13, leading=17, spaceAfter=3 * mm, keepWithNext=1
)
SECTION_STYLE = ParagraphStyle(
    "rat-section",
    fontName=FONT_BOLD,
    fontSize=10.5,
    leading=13,
    spaceBefore=4 * mm,
    spaceAfter=2.5 * mm,
    keepWithNext=1,
)
BODY_STYLE = ParagraphStyle("rat-body", fontName=FONT, fontSize=10, leading=14, spaceAfter=2.5 * mm)
NARRATIVE_STYLE = ParagraphStyle("rat-narrative", parent=BODY_STYLE, alignment=TA_JUSTIFY)
BULLET_STYLE = ParagraphStyle(
    "rat-bullet", parent=BODY_STYLE, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=1 * mm
)
FIELD_STYLE = ParagraphStyle("rat-field", fontName=FONT, fontSize=9.5, leading=12.5)
SMALL_STYLE = ParagraphStyle("rat-small", parent=NOTE_STYLE, fontSize=8.5, leading=11.5)
EMPTY_STYLE = ParagraphStyle(
    "rat-empty", parent=SMALL_STYLE, fontName="Helvetica-Oblique", textColor=GREY
)
TOC_TITLE_STYLE = ParagraphStyle("rat-toc", parent=CHAPTER_STYLE, alignment=TA_CENTER)
TOC_STYLES = [
    ParagraphStyle("rat-toc0", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=5),
    ParagraphStyle("rat-toc1", fontName=FONT, fontSize=9.5, leading=12, leftIndent=8 * mm),
]
TOC_TABLE_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
BLANK_LINES = 14
"""Ruled lines left for handwriting where a text was not written."""
TITLE = "LAPORAN PERTANGGUNGJAWABAN PENGURUS"
STATEMENT_PARTS = (
    ("posisi-keuangan", "A. Laporan Posisi Keuangan"),
    ("hasil-usaha", "B. Laporan Perhitungan Hasil Usaha"),
    ("perubahan-ekuitas", "C. Laporan Perubahan Ekuitas"),
    ("arus-kas", "D. Laporan Arus Kas"),
    ("catatan", "E. Catatan atas Laporan Keuangan"),
)
"""The statements in the regulation's order (``kopdesk.reports.statements.KINDS``)."""

MEMBER_COLUMNS = (
    Column("No.", 11 * mm, "CENTER"),
    Column("Nomor", 19 * mm),
    Column("Nama", None, wrap=True, min_size=6.5),
    Column("Pokok", 17 * mm, "RIGHT"),
    Column("Wajib", 19 * mm, "RIGHT"),
    Column("Sukarela", 19 * mm, "RIGHT"),
    Column("Berjangka", 19 * mm, "RIGHT"),
    Column("Pinjaman", 20 * mm, "RIGHT"),
    Column("SHU", 17 * mm, "RIGHT"),
)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


# --- headings, table of contents, progress ---------------------------------------------


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that goes into the table of contents and the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str) -> None:
        super().__init__(escape(text), style)
        self.toc_level = level
        self.toc_key = key
        self.toc_text = text


class RatDoc(BaseDocTemplate):  # type: ignore[misc]
    """Registers headings with the table of contents and the PDF outline, and
    reports progress (``done`` counts laid-out flowables, split parts included,
    never past ``flowables``)."""

    def __init__(
        self, buffer: io.BytesIO, *, progress: Progress | None, flowables: int, **kwargs: Any
    ) -> None:
        super().__init__(buffer, **kwargs)
        self._progress = progress
        self._flowables = max(flowables, 1)
        self._done = 0

    @property
    def total_steps(self) -> int:
        """Story built, pages counted, each flowable laid out, finished."""
        return self._flowables + 2

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading | Anchor):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.toc_text, key, flowable.toc_level, closed=flowable.toc_level > 0
            )
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))
        if self._progress is None:
            return
        self._done += 1
        if self._done % 20 == 0:
            done = 1 + min(self._done, self._flowables)
            self._progress(done, self.total_steps, f"Menata halaman {self.page}")


class Anchor(Flowable):  # type: ignore[misc]
    """An entry in the table of contents and the outline that prints nothing
    (the statements print their own titles)."""

    def __init__(self, text: str, *, level: int, key: str) -> None:
        super().__init__()
        self.toc_level = level
        self.toc_key = key
        self.toc_text = text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        del available_height
        return available_width, 0.0

    def draw(self) -> None:
        """Nothing to draw."""


class Placeholder(Flowable):  # type: ignore[misc]
    """Stands in for one page of a long list while the pages are counted: the
    list's tables are page-sized and separated by page breaks, so the count is
    the same without laying out thousands of rows twice."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        del available_height
        return available_width, 1.0

    def draw(self) -> None:
        """Nothing: the page is only counted."""


class BookCanvas(NumberedCanvas):
    """``Halaman x dari y`` on every page but the cover."""

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number > 1:
                self.setFont(FONT, FOOTER_SIZE)
                self.drawRightString(self._label_x, self._label_y, f"Halaman {number} dari {total}")
            Canvas.showPage(self)
        Canvas.save(self)


# --- the cover -------------------------------------------------------------------------


def draw_centred(
    canvas: Canvas, lines: Sequence[tuple[str, str, float, float]], x: float, y: float, width: float
) -> float:
    """Draw (text, font, size, gap below) lines centred on ``x``; returns the y after."""
    for text, font, size, gap in lines:
        fitted, fitted_size = fit_text(text, font, size, width, size * 0.7)
        canvas.setFont(font, fitted_size)
        canvas.drawCentredString(x, y, fitted)
        y -= gap
    return y


def draw_cover(
    canvas: Canvas, doc: Any, *, data: RatBook, stamp: DocumentStamp, layout: PageLayout
) -> None:
    """The cover: the cooperative, the title and year, the legal identity, the QR code."""
    del doc
    width, height, content = layout.width, layout.height, layout.content_width
    centre, inner = width / 2, content - 16 * mm
    canvas.saveState()
    canvas.setLineWidth(1.2)
    canvas.rect(MARGIN_X - 4 * mm, 14 * mm, content + 8 * mm, height - 28 * mm)
    name = wrap_text(data.header.coop_name.upper(), FONT_BOLD, 17, inner)[:3]
    y = draw_centred(
        canvas, [(n, FONT_BOLD, 17, 22) for n in name], centre, height - 45 * mm, inner
    )
    draw_centred(canvas, [(data.coop_type_label, FONT, 10.5, 0)], centre, y, inner)
    title = [
        (TITLE, FONT_BOLD, 19, 30),
        ("Rapat Anggota Tahunan", FONT, 14, 28),
        (f"TAHUN BUKU {data.year}", FONT_BOLD, 22, 20),
        (f"{format_date(data.start)} s.d. {format_date(data.end)}", FONT, 10.5, 0),
    ]
    y = draw_centred(canvas, title, centre, height / 2 + 30 * mm, inner)
    if not data.closed:
        y -= 16 * mm
        canvas.rect(MARGIN_X + 8 * mm, y - 5, inner, 18)
        text = "DRAF — tahun buku belum ditutup; angka masih dapat berubah"
        draw_centred(canvas, [(text, FONT_BOLD, 10, 0)], centre, y, inner - 4 * mm)
    legal = f"Badan Hukum No. {data.header.legal_number or '-'}"
    if data.legal_date is not None:
        legal += f" tanggal {format_date(data.legal_date)}"
    identity = [legal]
    if data.header.nik_koperasi:
        identity.append(f"Nomor Induk Koperasi (NIK) {data.header.nik_koperasi}")
    identity += wrap_text(data.header.address, FONT, 10, inner)[:3]
    draw_centred(canvas, [(line, FONT, 10, 14) for line in identity], centre, 95 * mm, inner)
    if stamp.qr_payload:
        draw_qr(canvas, stamp.qr_payload, centre - 11 * mm, 34 * mm, 22 * mm)
    canvas.setFillColor(GREY)
    printed = f"Dicetak: {format_datetime(stamp.made_at)} oleh {stamp.made_by}"
    if stamp.number:
        printed += f"   ·   No. Dokumen: {stamp.number}"
    draw_centred(canvas, [(printed, FONT, FOOTER_SIZE, 0)], centre, 24 * mm, inner)
    canvas.restoreState()


# --- building blocks -------------------------------------------------------------------


def text_block(body: str) -> list[Flowable]:
    """Plain text: paragraphs split by an empty line, ``-``/``*`` lines as bullets,
    other line breaks kept."""
    out: list[Flowable] = []

    def paragraph(lines: list[str]) -> None:
        if out and isinstance(out[-1], Paragraph) and out[-1].style is BULLET_STYLE:
            out.append(Spacer(1, 1.5 * mm))  # a little air after a list
        out.append(Paragraph("<br/>".join(lines), NARRATIVE_STYLE))

    for block in body.split("\n\n"):
        plain: list[str] = []
        for line in (x for x in block.split("\n") if x.strip()):
            stripped = line.strip()
            if stripped[:2] in ("- ", "* ", "• "):
                if plain:
                    paragraph(plain)
                    plain = []
                out.append(Paragraph(escape(stripped[2:].strip()), BULLET_STYLE, bulletText="•"))
            else:
                plain.append(escape(stripped))
        if plain:
            paragraph(plain)
    return out


def blank(what: str, width: float) -> list[Flowable]:
    """A note that the text was not written, and ruled lines to write by hand."""
    note = Paragraph(f"{escape(what)} belum diisi; baris di bawah dapat diisi tangan.", EMPTY_STYLE)
    lines = Table([[""]] * BLANK_LINES, colWidths=[width], rowHeights=[8 * mm] * BLANK_LINES)
    lines.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY)])
    return [note, Spacer(1, 2 * mm), lines]


def fields(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """``label : value`` lines at the body's size, values wrapped."""
    label = 48 * mm
    cells = [
        [Paragraph(escape(name), FIELD_STYLE), Paragraph(": " + escape(value), FIELD_STYLE)]
        for name, value in pairs
    ]
    table = Table(cells, colWidths=[label, width - label], hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def fixed_table(columns: tuple[Column, ...], rows: Sequence[Row], width: float) -> Table:
    """A short table that flows over pages with its heading repeated; totals'
    labels at the left (the ``No.`` column is right-aligned)."""
    table: Table = TableLayout(columns).flowing(rows, width)
    for index, row in enumerate(rows, start=1):
        if row.kind is RowKind.TOTAL:
            table.setStyle([("ALIGN", (0, index), (0, index), "LEFT")])
    return table


def signature_rows(captions: Sequence[str], names: Sequence[str], width: float) -> list[Flowable]:
    """Signature blocks, three a row."""
    out: list[Flowable] = []
    for i in range(0, len(captions), 3):
        block = list(captions[i : i + 3])
        out.append(signature_block(block, width * len(block) / 3, names=names[i : i + 3]))
        out.append(Spacer(1, 4 * mm))
    return out


def officers_table(officers: Sequence[RatOfficer], width: float) -> Flowable:
    if not officers:
        return Paragraph("Tidak ada yang tercatat menjabat pada akhir tahun buku.", EMPTY_STYLE)
    columns = (
        Column("No.", 10 * mm, "RIGHT"),
        Column("Jabatan", 30 * mm),
        Column("Nama", None, wrap=True),
        Column("No. Anggota", 24 * mm),
        Column("Masa jabatan", 62 * mm, wrap=True),
    )
    rows = [
        Row((str(i), o.role, o.name, o.member_number, term(o)))
        for i, o in enumerate(officers, start=1)
    ]
    return fixed_table(columns, rows, width)


def term(o: RatOfficer) -> str:
    end = format_date(o.term_end) if o.term_end else "sekarang"
    return f"{format_date(o.term_start)} s.d. {end}"


def rapb_rows(data: RatBook) -> Iterator[Row]:
    """The RAPB grouped by kelompok with its totals when the rows have one."""
    totals = data.rapb_totals

    def line(r: RapbRow, indent: int = 0) -> Row:
        return Row((r.uraian, format_number(r.realisasi), format_number(r.anggaran)), indent=indent)

    if totals is None:
        yield from (line(r) for r in data.rapb)
        return
    groups = (
        (
            "pendapatan",
            "Pendapatan",
            "Jumlah pendapatan",
            totals.income_realisasi,
            totals.income_anggaran,
        ),
        ("beban", "Beban", "Jumlah beban", totals.expense_realisasi, totals.expense_anggaran),
    )
    for kelompok, title, label, real, budget in groups:
        rows = [r for r in data.rapb if r.kelompok == kelompok]
        if rows:
            yield Row((title, "", ""), RowKind.GROUP, keep_with_next=True)
            yield from (line(r, 1) for r in rows)
            yield Row((label, format_number(real), format_number(budget)), RowKind.TOTAL)
    surplus = (totals.surplus_realisasi, totals.surplus_anggaran)
    yield Row(("Sisa hasil usaha", *(format_number(v) for v in surplus)), RowKind.TOTAL)
    others = [r for r in data.rapb if not r.kelompok]
    if others:
        yield Row(("Lain-lain", "", ""), RowKind.GROUP, keep_with_next=True)
        yield from (line(r, 1) for r in others)
