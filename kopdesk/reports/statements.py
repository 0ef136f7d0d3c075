"""Financial statements as PDF (Permenkop UKM 2/2024, SAK EP): Laporan Posisi
Keuangan, Perhitungan Hasil Usaha, Perubahan Ekuitas, Arus Kas and the Catatan.

Two entry points:

- :func:`statement_story` returns reportlab flowables for any document: the RAT
  book embeds them in its own pages. It needs only the content width; each
  statement starts on a new page, with its title (``titles=True``) and the
  pengurus' signatures under it (``signatures=True``).
- :func:`render_statements` makes a standalone A4 PDF with the house page
  (header with the cooperative, ``Halaman x dari y``, document number and QR code).

Amounts come from the DTOs (:class:`kopdesk.domain.papers.statements.FinancialStatements`);
nothing is added up here. Negative amounts are printed in parentheses, zero as ``-``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from typing import ClassVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.statements import (
    INTERIM_NOTE,
    EquityBlock,
    EquityStatement,
    FinancialStatements,
    Notes,
    NoteTable,
    Statement,
    StatementLine,
)
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind
from kopdesk.reports.page import FONT, FONT_BOLD, wrap_text
from kopdesk.reports.table import BODY_LEADING, BODY_SIZE, PAD_X, TableLayout

__all__ = [
    "KINDS",
    "money",
    "render_statements",
    "statement_story",
    "statements_title",
]

KINDS = ("posisi-keuangan", "hasil-usaha", "perubahan-ekuitas", "arus-kas", "catatan")
"""The statements in print order, as ``which`` names them."""

UNIT = "(dinyatakan dalam rupiah)"

TITLE_STYLE = ParagraphStyle(
    "st-title", fontName=FONT_BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER
)
SUB_STYLE = ParagraphStyle("st-sub", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_CENTER)
INTERIM_STYLE = ParagraphStyle(
    "st-interim", parent=SUB_STYLE, fontName=FONT_BOLD, textColor=colors.HexColor("#b00020")
)
HEAD_STYLE = ParagraphStyle(
    "st-head", fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=4 * mm,
    spaceAfter=1.5 * mm, keepWithNext=1,
)  # fmt: skip
SUBHEAD_STYLE = ParagraphStyle(
    "st-subhead", parent=HEAD_STYLE, fontSize=BODY_SIZE + 0.5, spaceBefore=3 * mm,
    spaceAfter=1 * mm,
)  # fmt: skip
TEXT_STYLE = ParagraphStyle(
    "st-text", fontName=FONT, fontSize=BODY_SIZE + 0.5, leading=BODY_LEADING + 1.6,
    alignment=TA_JUSTIFY, spaceAfter=1.5 * mm,
)  # fmt: skip
SIGN_STYLE = ParagraphStyle("st-sign", fontName=FONT, fontSize=9, leading=11, alignment=TA_CENTER)

STATEMENT_COLUMNS_MM = (14, 31, 31)
"""Widths of Catatan and the two amount columns; Uraian takes the rest."""


def money(value: int) -> str:
    """``1.250.000``; negative ``(1.250.000)``; zero ``-`` (statement style)."""
    if value == 0:
        return "-"
    return f"({format_number(-value)})" if value < 0 else format_number(value)


def statements_title(fs: FinancialStatements) -> str:
    return f"Laporan Keuangan {fs.period.label}"


# --- the story -------------------------------------------------------------------------------


def statement_story(
    fs: FinancialStatements,
    width: float,
    *,
    which: Collection[str] | None = None,
    titles: bool = True,
    signatures: bool = True,
) -> list[Flowable]:
    """The flowables of the statements named in ``which`` (:data:`KINDS`; default all
    five), in the regulation's order, for a frame ``width`` points wide.

    Each statement starts on a new page (no break before the first). With
    ``titles`` each begins with its title, the period and the unit; standalone
    single-statement PDFs print those in the page header instead. With
    ``signatures`` the four statements end with the places for the Ketua and the
    Bendahara to sign (Permenkop UKM 2/2024: signed by the pengurus). Works in any
    ``BaseDocTemplate`` frame: no page template or canvas maker is assumed."""
    wanted = [k for k in KINDS if which is None or k in which]
    story: list[Flowable] = []
    for index, kind in enumerate(wanted):
        if index:
            story.append(PageBreak())
        signed = _signatures(fs, width) if signatures else None
        if kind == "perubahan-ekuitas":
            body: list[Flowable] = [_equity_table(fs.equity, width, signed)]
            title, subtitle = fs.equity.title, fs.equity.subtitle
        elif kind == "catatan":
            body = _notes_story(fs.notes, width)
            title, subtitle = fs.notes.title, fs.notes.subtitle
        else:
            statement = _statement_of(fs, kind)
            body = [_statement_table(statement, width, signed)]
            title, subtitle = statement.title, statement.subtitle
        if titles:
            story += _title_block(fs, title, subtitle)
        story += body
    return story


def _statement_of(fs: FinancialStatements, kind: str) -> Statement:
    return {
        "posisi-keuangan": fs.balance_sheet,
        "hasil-usaha": fs.income,
        "arus-kas": fs.cash_flow,
    }[kind]


def _title_block(fs: FinancialStatements, title: str, subtitle: str) -> list[Flowable]:
    interim = [Paragraph(escape(INTERIM_NOTE), INTERIM_STYLE)] if fs.period.interim else []
    return [
        Paragraph(escape(title), TITLE_STYLE),
        Paragraph(escape(subtitle), SUB_STYLE),
        *interim,
        Paragraph(UNIT, SUB_STYLE),
        Spacer(1, 4 * mm),
    ]


SIGN_ROOM = 14 * mm
SIGN_ROWS = (12.0, 11.0, SIGN_ROOM, 12.0)
SIGN_GAP = 4 * mm
KEEP_WITH_SIGNATURES = 3
"""The statement's last rows (its totals) stay on the page of the signatures."""


def _signatures(fs: FinancialStatements, width: float) -> Table:
    """``Pengurus <koperasi>`` over the places for the Ketua and the Bendahara to
    sign, their names (or a dotted line) in parentheses."""
    count = len(fs.signers)
    names = [f"( {s.name or '.' * 32} )" for s in fs.signers]
    data = [
        [f"Pengurus {fs.header.coop_name}"] + [""] * (count - 1),
        [s.role for s in fs.signers],
        [""] * count,
        names,
    ]
    table = Table(data, colWidths=[width / count] * count, rowHeights=SIGN_ROWS)
    table.setStyle(
        [
            ("SPAN", (0, 0), (-1, 0)),
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def _sign_under(
    data: list[list[object]], style: list[tuple[object, ...]], signed: Table | None
) -> float:
    """Append the signatures as the table's last row (borderless, full width), kept
    on one page with the statement's last rows; returns that row's height."""
    if signed is None:
        return 0.0
    last = len(data) - 1
    data.append([signed] + [""] * (len(data[0]) - 1))
    row = (0, last + 1), (-1, last + 1)
    style += [
        ("SPAN", *row),
        ("NOSPLIT", (0, max(1, last + 1 - KEEP_WITH_SIGNATURES)), row[1]),
        ("LEFTPADDING", *row, 0),
        ("RIGHTPADDING", *row, 0),
        ("TOPPADDING", *row, SIGN_GAP),
        ("BOTTOMPADDING", *row, 0),
    ]
    return float(SIGN_GAP + sum(SIGN_ROWS))


# --- the two-column statements ------------------------------------------------------------------


def _printed_lines(statement: Statement) -> list[StatementLine]:
    """The lines as printed. On the balance sheet a group with a single account (no
    subtotal) is one line, the account's, at the group's place with the group's note;
    the PHU keeps every group's heading (its line items are the regulation's)."""
    lines = list(statement.lines)
    if statement.kind != "posisi-keuangan":
        return lines
    out: list[StatementLine] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after = lines[i + 2] if i + 2 < len(lines) else None
        single = (
            ln.is_heading and ln.level >= 1 and nxt is not None and nxt.is_account
            and nxt.level == ln.level + 1
            and (after is None or not (after.level > ln.level or after.code == ln.code))
        )  # fmt: skip
        if single and nxt is not None:
            out.append(replace(nxt, level=ln.level, note=ln.note or nxt.note))
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


STATEMENT_PAD = 1.7
"""Top and bottom padding of a statement row: a little tighter than the lists', so
a small cooperative's balance sheet and its signatures fit one page."""
INDENT = 10.0
PAREN_PAD = stringWidth(")", FONT_BOLD, BODY_SIZE)
"""Extra right padding of a positive figure, so its digits line up with a
negative one's digits inside the parentheses."""


def _paren_style(text: str, col: int, row: int) -> list[tuple[object, ...]]:
    """Right padding that aligns ``1.000`` under ``(1.000)`` (and ``-`` with them)."""
    if text and not text.endswith(")"):
        return [("RIGHTPADDING", (col, row), (col, row), PAD_X + PAREN_PAD)]
    return []


def _statement_widths(
    statement: Statement, lines: Sequence[StatementLine], width: float
) -> list[float]:
    note, cur, pri = (w * mm for w in STATEMENT_COLUMNS_MM)
    amounts = [cur, pri]
    for i, heading in enumerate(statement.columns):
        texts = [money((ln.amount, ln.prior)[i]) for ln in lines]
        widest = max([stringWidth(t, FONT_BOLD, BODY_SIZE) for t in texts]
                     + [stringWidth(heading, FONT_BOLD, BODY_SIZE)])  # fmt: skip
        amounts[i] = max(amounts[i], widest + 2 * PAD_X + PAREN_PAD + 1)
    return [width - note - sum(amounts), note, *amounts]


def _statement_table(statement: Statement, width: float, signed: Table | None = None) -> Table:
    """Uraian | Catatan | this period | comparative, headings bold, subtotals over a
    rule, section totals shaded; long names wrap (nothing is cut)."""
    lines = _printed_lines(statement)
    widths = _statement_widths(statement, lines, width)
    data: list[list[object]] = [["Uraian", "Catatan", *statement.columns]]
    heights = [BODY_LEADING + 2 * STATEMENT_PAD + 1]
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_LEADING),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, BODY_SIZE, BODY_LEADING),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (1, 1), (1, -1), "CENTER"),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), STATEMENT_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), STATEMENT_PAD),
        ("BOX", (0, 0), (-1, len(lines)), 0.6, colors.black),
        ("LINEAFTER", (0, 0), (-2, len(lines)), 0.3, _RULE),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ]
    for index, ln in enumerate(lines, start=1):
        indent = max(ln.level - 1, 0) * INDENT
        bold = ln.is_heading or ln.is_total
        font = FONT_BOLD if bold else FONT
        parts = wrap_text(ln.name, font, BODY_SIZE, widths[0] - 2 * PAD_X - indent)
        amounts = ["", ""] if ln.is_heading else [money(ln.amount), money(ln.prior)]
        data.append(["\n".join(parts), ln.note, *amounts])
        heights.append(len(parts) * BODY_LEADING + 2 * STATEMENT_PAD)
        for col, text in enumerate(amounts, start=2):
            style += _paren_style(text, col, index)
        row = (0, index), (-1, index)
        if indent:
            style.append(("LEFTPADDING", (0, index), (0, index), PAD_X + indent))
        if bold:
            style.append(("FONT", *row, FONT_BOLD, BODY_SIZE, BODY_LEADING))
        if ln.is_heading and ln.level == 0 and index > 1:
            style.append(("LINEABOVE", *row, 0.3, _RULE))
        elif ln.is_total and ln.level == 0:
            style += [("LINEABOVE", *row, 0.6, colors.black), ("BACKGROUND", *row, _TOTAL_FILL)]
        elif ln.is_total:
            style.append(("LINEABOVE", (2, index), (-1, index), 0.4, colors.black))
    if signed is not None:
        heights.append(_sign_under(data, style, signed))
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(style)
    return table


_RULE = colors.Color(0.55, 0.55, 0.55)
_HEAD_FILL = colors.Color(0.9, 0.9, 0.9)
_TOTAL_FILL = colors.Color(0.95, 0.95, 0.95)


# --- the equity matrix -------------------------------------------------------------------------

EQUITY_SIZE = 7.0
EQUITY_LEADING = 8.6
EQUITY_MIN_LABEL = 34 * mm


def _equity_widths(eq: EquityStatement, width: float, size: float) -> list[float]:
    """Each amount column as wide as its widest figure and its heading's longest word
    (headings wrap between words, never inside one); Uraian takes the rest."""
    pad = 2 * PAD_X + 1
    widths = []
    labels = [c.label for c in eq.columns] + ["Jumlah"]
    for i, label in enumerate(labels):
        texts = [
            money(r.amounts[i]) if i < len(eq.columns) else money(r.total)
            for block in (eq.prior, eq.current)
            for r in block.rows
        ]
        texts += label.split()
        widest = max(stringWidth(t, FONT_BOLD, size) for t in texts)
        widths.append(max(widest + pad + PAREN_PAD, 13 * mm))
    return [width - sum(widths), *widths]


def _equity_table(eq: EquityStatement, width: float, signed: Table | None = None) -> Table:
    size = EQUITY_SIZE
    widths = _equity_widths(eq, width, size)
    while widths[0] < EQUITY_MIN_LABEL and size > 5.5:
        size -= 0.5
        widths = _equity_widths(eq, width, size)
    leading = size * EQUITY_LEADING / EQUITY_SIZE
    head_style = ParagraphStyle(
        "eq-head", fontName=FONT_BOLD, fontSize=size, leading=leading, alignment=TA_CENTER
    )
    label_style = ParagraphStyle("eq-label", fontName=FONT, fontSize=size, leading=leading)
    bold_label = ParagraphStyle("eq-label-b", parent=label_style, fontName=FONT_BOLD)
    heading = [Paragraph("Uraian", head_style)]
    heading += [Paragraph(escape(c.label), head_style) for c in eq.columns]
    heading.append(Paragraph("Jumlah", head_style))
    data: list[list[object]] = [heading]
    style: list[tuple[object, ...]] = [
        ("FONT", (1, 1), (-1, -1), FONT, size, leading),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ]
    for number, block in enumerate((eq.prior, eq.current)):
        if number:
            style.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.6, colors.black))
        data += _equity_block_rows(block, label_style, bold_label, style, len(data))
    last = len(data) - 1
    style += [
        ("BOX", (0, 0), (-1, last), 0.6, colors.black),
        ("LINEAFTER", (0, 0), (-2, last), 0.3, _RULE),
    ]
    _sign_under(data, style, signed)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(style)
    return table


def _equity_block_rows(
    block: EquityBlock,
    label_style: ParagraphStyle,
    bold_label: ParagraphStyle,
    style: list[tuple[object, ...]],
    first: int,
) -> list[list[object]]:
    rows: list[list[object]] = []
    for offset, row in enumerate(block.rows):
        index = first + offset
        para = Paragraph(escape(row.label), bold_label if row.is_balance else label_style)
        figures = [*(money(a) for a in row.amounts), money(row.total)]
        rows.append([para, *figures])
        for col, text in enumerate(figures, start=1):
            style += _paren_style(text, col, index)
        if row.is_balance:
            style.append(("FONTNAME", (1, index), (-1, index), FONT_BOLD))
            style.append(("BACKGROUND", (0, index), (-1, index), colors.Color(0.95, 0.95, 0.95)))
        if row.key == "saldo_akhir":
            style.append(("LINEABOVE", (0, index), (-1, index), 0.6, colors.black))
    return rows


# --- the notes ----------------------------------------------------------------------------------


def _notes_story(notes: Notes, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("1. UMUM", HEAD_STYLE), _general_table(notes, width)]
    story.append(Paragraph("2. IKHTISAR KEBIJAKAN AKUNTANSI", HEAD_STYLE))
    for item in notes.policies:
        story.append(Paragraph(f"{item.number} {escape(item.title)}", SUBHEAD_STYLE))
        story += [Paragraph(escape(t), TEXT_STYLE) for t in item.text]
    for table in notes.tables:
        story.append(KeepTogether(_note_table(table, width)))
    return story


def _general_table(notes: Notes, width: float) -> Flowable:
    label = ParagraphStyle("gen-l", fontName=FONT, fontSize=BODY_SIZE + 0.5,
                           leading=BODY_LEADING + 1.6)  # fmt: skip
    data = [
        [Paragraph(escape(k), label), ":", Paragraph(escape(v), label)] for k, v in notes.general
    ]
    table = Table(data, colWidths=[42 * mm, 4 * mm, width - 46 * mm])
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (1, 0), (1, -1), FONT, BODY_SIZE + 0.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def _note_table(note: NoteTable, width: float) -> list[Flowable]:
    level = HEAD_STYLE if "." not in note.number else SUBHEAD_STYLE
    number = note.number if "." in note.number else f"{note.number}."
    out: list[Flowable] = [Paragraph(f"{number} {escape(note.title)}", level)]
    out += [Paragraph(escape(t), TEXT_STYLE) for t in note.text]
    if note.columns and note.rows:
        columns = (Column("Uraian", None, wrap=True),
                   *(Column(c, 27 * mm, "RIGHT") for c in note.columns))  # fmt: skip
        rows = [
            Row((r.label, *(money(v) for v in r.values)),
                RowKind.TOTAL if r.is_total else RowKind.BODY, indent=r.level)
            for r in note.rows
        ]  # fmt: skip
        out.append(TableLayout(columns).flowing(rows, width))
    return out


# --- standalone PDF ------------------------------------------------------------------------------


class StatementsRenderer(ReportRenderer):
    """One statement (its title in the page header) or several (``LAPORAN KEUANGAN``
    in the header, each statement with its own title)."""

    title = "LAPORAN KEUANGAN"
    columns: ClassVar[tuple[Column, ...]] = ()

    def __init__(self, fs: FinancialStatements, stamp: DocumentStamp, which: Sequence[str]) -> None:
        super().__init__(fs.header, stamp)
        self.fs = fs
        self.which = which
        if len(which) == 1:
            self.title = self._single()[0]  # type: ignore[misc]

    def _single(self) -> tuple[str, str]:
        kind = self.which[0]
        if kind == "perubahan-ekuitas":
            return self.fs.equity.title, self.fs.equity.subtitle
        if kind == "catatan":
            return self.fs.notes.title, self.fs.notes.subtitle
        statement = _statement_of(self.fs, kind)
        return statement.title, statement.subtitle

    def subtitle_lines(self) -> tuple[str, ...]:
        p = self.fs.period
        interim = (INTERIM_NOTE,) if p.interim else ()
        if len(self.which) == 1:
            return (self._single()[1], *interim, UNIT)
        if p.kind == "":  # its label is already its dates
            return (p.label, *interim)
        return (f"{p.label} ({format_date(p.start)} s.d. {format_date(p.end)})", *interim)

    def rows(self) -> Iterator[Row]:
        return iter(())

    def story(self, layout: PageLayout) -> list[Flowable]:
        return statement_story(
            self.fs, layout.content_width, which=self.which, titles=len(self.which) > 1
        )


def render_statements(
    fs: FinancialStatements, stamp: DocumentStamp, which: Collection[str] | None = None
) -> bytes:
    """The statements named in ``which`` (:data:`KINDS`, default all five) as one A4 PDF."""
    wanted = [k for k in KINDS if which is None or k in which]
    unknown = set(which or ()) - set(KINDS)
    if unknown or not wanted:
        raise ValueError(f"unknown statements: {sorted(unknown)}")
    return StatementsRenderer(fs, stamp, wanted).generate()
