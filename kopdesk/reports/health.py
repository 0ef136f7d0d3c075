"""Laporan Penilaian Kesehatan Koperasi as an A4 PDF (KOPERASI.md §5, §7).

Per aspect a table of its indicators (formula, numerator and denominator with the
sources and accounts they were read from, ratio, nilai, weight, score) and the
aspect's subtotal; the aspects summed up with the composite score and the
predicate in a box; the questionnaire answers; the trend over the years; the
places for the pengurus and the pengawas to sign. :func:`health_summary` is the
short form the RAT book prints in its finance chapter.

Every figure comes from :class:`~kopdesk.domain.papers.health.HealthPaper`;
nothing is added up here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from kopdesk.domain.dates import format_date
from kopdesk.domain.health import Assessment, Indicator, Predicate, Scheme
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.health import (
    PREDICATE_COLORS,
    AspectTotal,
    HealthPaper,
    HealthSigner,
    aspect_totals,
    decimal_text,
    percent_text,
    source_text,
)
from kopdesk.reports.base import PageLayout, ReportRenderer, Row
from kopdesk.reports.page import FONT, FONT_BOLD
from kopdesk.reports.savings import NOTE_STYLE, SECTION_STYLE, signature_block
from kopdesk.reports.savings_lists import place_and_date
from kopdesk.reports.table import HEAD_FILL, LINE_COLOR, TOTAL_FILL

__all__ = ["HealthRenderer", "health_summary", "render_health", "result_text"]

CELL = ParagraphStyle("hp-cell", fontName=FONT, fontSize=8, leading=9.8)
CELL_BOLD = ParagraphStyle("hp-cell-b", parent=CELL, fontName=FONT_BOLD)
CELL_RIGHT = ParagraphStyle("hp-cell-r", parent=CELL, alignment=TA_RIGHT)
CELL_RIGHT_BOLD = ParagraphStyle("hp-cell-rb", parent=CELL_RIGHT, fontName=FONT_BOLD)
WORK = ParagraphStyle("hp-work", parent=CELL, fontSize=7.5, leading=9.2, textColor=colors.black)
HEAD = ParagraphStyle("hp-head", parent=CELL_BOLD, alignment=TA_CENTER)
ANSWER = ParagraphStyle("hp-answer", parent=CELL, alignment=TA_CENTER)
BOX = ParagraphStyle("hp-box", fontName=FONT_BOLD, fontSize=12, leading=16, alignment=TA_CENTER)
BOX_SMALL = ParagraphStyle("hp-box-s", fontName=FONT, fontSize=9, leading=12, alignment=TA_CENTER)

ASPECT_HEADING = ParagraphStyle("hp-aspect", parent=SECTION_STYLE, keepWithNext=0)

INDICATOR_COLUMNS_MM = (9, None, 27, 27, 17, 12, 12, 13)
INDICATOR_HEADS = ("No.", "Indikator", "Pembilang", "Penyebut", "Rasio", "Nilai", "Bobot", "Skor")


SCORE_RULES = {
    Scheme.PERDEP_2016: "skor = nilai × bobot / 100.",
    Scheme.KKPKK: (
        "nilai 1 (terbaik) sampai 4; bobot aspek dibagi rata ke indikatornya; "
        "skor = (5 − nilai) / 4 × bobot."
    ),
    Scheme.PEARLS: "nilai dan skor 1 bila sasaran WOCCU tercapai, 0 bila tidak.",
}
"""How each scheme turns a ratio into its score, in the paper's words."""


def _p(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(escape(text), style)


def _widths(spec: Sequence[float | None], width: float) -> list[float]:
    fixed = sum(w * mm for w in spec if w is not None)
    return [w * mm if w is not None else width - fixed for w in spec]


def _grid(data: list[list[object]], widths: list[float], extra: list[tuple[object, ...]]) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, LINE_COLOR),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ]
    )
    return table


def _sources(label: str, indicator: Indicator, numerator: bool) -> str:
    sources = indicator.numerator_from if numerator else indicator.denominator_from
    amount = indicator.numerator if numerator else indicator.denominator
    if not sources:
        return f"<b>{label}</b> {format_number(amount)}"
    parts = "; ".join(escape(source_text(s)) for s in sources)
    return f"<b>{label}</b> {format_number(amount)} = {parts}"


def _working(indicator: Indicator) -> Paragraph:
    lines = [
        _sources("Pembilang", indicator, numerator=True),
        _sources("Penyebut", indicator, numerator=False),
    ]
    if indicator.goal:
        met = {True: " (tercapai)", False: " (tidak tercapai)", None: ""}[indicator.met]
        lines.append(f"<b>Sasaran</b> {escape(indicator.goal)}{met}")
    return Paragraph("<br/>".join(lines), WORK)


def aspect_table(aspect: AspectTotal, indicators: Sequence[Indicator], width: float) -> Table:
    """The indicators of one aspect, each with its working under it, and the subtotal."""
    data: list[list[object]] = [[_p(h, HEAD) for h in INDICATOR_HEADS]]
    extra: list[tuple[object, ...]] = []
    for i in indicators:
        name = f"<b>{escape(i.name)}</b><br/>Rumus: {escape(i.formula)}"
        data.append(
            [
                _p(i.code),
                Paragraph(name, CELL),
                _p(format_number(i.numerator), CELL_RIGHT),
                _p(format_number(i.denominator), CELL_RIGHT),
                _p(percent_text(i.ratio), CELL_RIGHT),
                _p(decimal_text(i.nilai), CELL_RIGHT),
                _p(decimal_text(i.weight), CELL_RIGHT),
                _p(decimal_text(i.score), CELL_RIGHT),
            ]
        )
        row = len(data)
        data.append(["", _working(i), "", "", "", "", "", ""])
        extra += [
            ("SPAN", (1, row), (-1, row)),
            ("LINEABOVE", (1, row), (-1, row), 0.2, colors.white),
            ("TOPPADDING", (0, row), (-1, row), 1),
        ]
    total = len(data)
    data.append(
        [
            _p(f"Jumlah aspek {aspect.aspect}", CELL_BOLD), "", "", "", "", "",
            _p(decimal_text(aspect.weight), CELL_RIGHT_BOLD),
            _p(decimal_text(aspect.score), CELL_RIGHT_BOLD),
        ]
    )  # fmt: skip
    extra += [("SPAN", (0, total), (5, total)), ("BACKGROUND", (0, total), (-1, total), TOTAL_FILL)]
    return _grid(data, _widths(INDICATOR_COLUMNS_MM, width), extra)


def result_text(assessment: Assessment) -> str:
    """``Skor komposit 69,73 — Cukup Sehat`` (PEARLS: the share of goals met)."""
    if assessment.predicate is None:
        return f"Sasaran tercapai {percent_text(assessment.composite)}"
    return f"Skor komposit {decimal_text(assessment.composite)} — {assessment.predicate.value}"


def _colour(predicate: Predicate | None) -> colors.Color:
    if predicate is None:
        return colors.HexColor("#444444")
    return colors.HexColor(PREDICATE_COLORS[predicate])


def result_box(assessment: Assessment, width: float) -> Table:
    """Composite and predicate in a coloured frame."""
    colour = _colour(assessment.predicate)
    style = ParagraphStyle("hp-box-c", parent=BOX, textColor=colour)
    if assessment.predicate is None:
        lines = [_p(result_text(assessment), style)]
    else:
        lines = [
            _p(f"Skor komposit: {decimal_text(assessment.composite)}", BOX_SMALL),
            _p(f"Predikat: {assessment.predicate.value.upper()}", style),
        ]
    table = Table([[line] for line in lines], colWidths=[width * 0.6], hAlign="CENTER")
    table.setStyle(
        [
            ("BOX", (0, 0), (-1, -1), 1.6, colour),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return table


def aspects_table(aspects: Sequence[AspectTotal], assessment: Assessment, width: float) -> Table:
    """Aspect | Bobot | Skor, with the composite as the last row."""
    data: list[list[object]] = [[_p(h, HEAD) for h in ("No.", "Aspek", "Bobot", "Skor")]]
    for n, a in enumerate(aspects, start=1):
        data.append(
            [
                _p(str(n)),
                _p(a.aspect),
                _p(decimal_text(a.weight), CELL_RIGHT),
                _p(decimal_text(a.score), CELL_RIGHT),
            ]
        )
    last = len(data)
    data.append(
        [_p("Skor komposit", CELL_BOLD), "", "",
         _p(decimal_text(assessment.composite), CELL_RIGHT_BOLD)]
    )  # fmt: skip
    extra = [("SPAN", (0, last), (2, last)), ("BACKGROUND", (0, last), (-1, last), TOTAL_FILL)]
    return _grid(data, _widths((9, None, 25, 25), width), extra)


def health_summary(a: Assessment, width: float) -> list[Flowable]:
    """The short form for the RAT book: scheme, year, the aspects' scores, composite and
    predicate."""
    return [
        Paragraph(
            f"Penilaian kesehatan koperasi tahun buku {a.year} menurut "
            f"{escape(a.scheme.label)}, per {format_date(a.as_of)}: "
            f"<b>{escape(result_text(a))}</b>.",
            NOTE_STYLE,
        ),
        Spacer(1, 2 * mm),
        aspects_table(aspect_totals(a), a, width),
    ]


def _signers(signers: Sequence[HealthSigner], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for i in range(0, len(signers), 3):
        block = signers[i : i + 3]
        names = [s.name or "." * 32 for s in block]
        out.append(signature_block([s.role for s in block], width * len(block) / 3, names=names))
        out.append(Spacer(1, 3 * mm))
    return out


class HealthRenderer(ReportRenderer):
    """The whole paper; a story of its own (several tables), not the base's one table."""

    title = "LAPORAN PENILAIAN KESEHATAN KOPERASI"
    columns = ()

    def __init__(self, paper: HealthPaper, stamp: DocumentStamp) -> None:
        super().__init__(paper.header, stamp)
        self.paper = paper

    def subtitle_lines(self) -> tuple[str, ...]:
        a = self.paper.assessment
        return (f"Tahun buku {a.year} · {a.scheme.label}", f"Per {format_date(a.as_of)}")

    def rows(self) -> Iterator[Row]:
        return iter(())

    def story(self, layout: PageLayout) -> list[Flowable]:
        width = layout.content_width
        p, a = self.paper, self.paper.assessment
        story: list[Flowable] = [
            Paragraph(
                "Pembilang dan penyebut dalam rupiah, dibaca dari buku besar pada akun yang "
                "disebut; pada indikator kuesioner keduanya banyaknya jawaban. Rasio dalam "
                f"persen; {SCORE_RULES[a.scheme]}",
                NOTE_STYLE,
            )
        ]
        for n, aspect in enumerate(p.aspects, start=1):
            rows = [i for i in a.indicators if i.aspect == aspect.aspect]
            # a long aspect's table starts under its heading and runs on to the next
            # page (a heading kept with the whole table would leave the page empty)
            story.append(CondPageBreak(45 * mm))
            story.append(
                Paragraph(
                    f"{n}. Aspek {escape(aspect.aspect)} (bobot {decimal_text(aspect.weight)})",
                    ASPECT_HEADING,
                )
            )
            story.append(aspect_table(aspect, rows, width))
        story.append(Paragraph("Rekapitulasi dan predikat", SECTION_STYLE))
        story.append(
            KeepTogether(
                [aspects_table(p.aspects, a, width), Spacer(1, 4 * mm), result_box(a, width)]
            )
        )
        story += self.answers(width)
        story += self.trend(width)
        story += self.signatures(width)
        return story

    def answers(self, width: float) -> list[Flowable]:
        if not self.paper.answers:
            return []
        data: list[list[object]] = [[_p(h, HEAD) for h in ("No.", "Kode", "Pertanyaan", "Jawaban")]]
        for n, answer in enumerate(self.paper.answers, start=1):
            data.append(
                [
                    _p(str(n)),
                    _p(answer.key),
                    _p(answer.question),
                    _p("Ya" if answer.yes else "Tidak", ANSWER),
                ]
            )
        table = _grid(
            data, _widths((9, 28, None, 17), width), [("ALIGN", (3, 1), (3, -1), "CENTER")]
        )
        return [Paragraph("Jawaban kuesioner", SECTION_STYLE), table]

    def trend(self, width: float) -> list[Flowable]:
        points = self.paper.trend
        if len(points) < 2:
            return []
        data: list[list[object]] = [
            [_p(h, HEAD) for h in ("Tahun buku", "Skema", "Skor komposit", "Predikat")]
        ]
        for t in points:
            style = ParagraphStyle("hp-pred", parent=CELL_BOLD)
            if t.predicate != "-":
                style.textColor = _colour(Predicate(t.predicate))
            data.append(
                [
                    _p(str(t.year)),
                    _p(t.scheme_label),
                    _p(decimal_text(t.composite), CELL_RIGHT),
                    _p(t.predicate, style),
                ]
            )
        return [
            Paragraph("Perkembangan dari tahun ke tahun", SECTION_STYLE),
            _grid(data, _widths((24, None, 30, 50), width), []),
        ]

    def signatures(self, width: float) -> list[Flowable]:
        p = self.paper
        place = ParagraphStyle("hp-place", parent=NOTE_STYLE, alignment=TA_RIGHT)
        return [
            Spacer(1, 6 * mm),
            KeepTogether(
                [
                    Paragraph(place_and_date(self.stamp), place),
                    Spacer(1, 3 * mm),
                    Paragraph(f"Pengurus dan Pengawas {escape(p.header.coop_name)}", NOTE_STYLE),
                    Spacer(1, 2 * mm),
                    *_signers((*p.pengurus, *p.pengawas), width),
                ]
            ),
        ]


def render_health(paper: HealthPaper, stamp: DocumentStamp) -> bytes:
    """The Laporan Penilaian Kesehatan Koperasi as PDF bytes (A4 portrait)."""
    return HealthRenderer(paper, stamp).generate()
