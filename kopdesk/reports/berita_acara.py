"""Berita Acara Pemeriksaan Pengawas as PDF: the cash counts with their denomination
tables and differences, the samples checked with their notes, the findings with their
follow-up, and the signatures of the pengawas and the ketua. Numbers come from the
DTO; nothing is added up here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kopdesk.domain.dates import format_date, format_datetime
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.supervision import (
    CashCountPaper,
    FindingPaper,
    SamplePaper,
    SupervisionReport,
)
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind, amount
from kopdesk.reports.rat_blocks import escape, fields, fixed_table, signature_rows
from kopdesk.reports.savings import NOTE_STYLE, SECTION_STYLE

__all__ = [
    "BeritaAcaraRenderer",
    "count_flowables",
    "difference_text",
    "findings_flowables",
    "rat_supervision_flowables",
    "render_berita_acara",
    "samples_flowables",
]

COUNT_COLUMNS = (
    Column("Pecahan", None),
    Column("Nilai", 30 * mm, "RIGHT"),
    Column("Lembar/Keping", 30 * mm, "RIGHT"),
    Column("Jumlah (Rp)", 36 * mm, "RIGHT"),
)
SAMPLE_COLUMNS = (
    Column("No.", 10 * mm, "RIGHT"),
    Column("Nomor", 30 * mm),
    Column("Uraian", None, wrap=True),
    Column("Diperiksa", 18 * mm),
    Column("Catatan pengawas", 52 * mm, wrap=True),
)
FINDING_COLUMNS = (
    Column("Nomor", 24 * mm),
    Column("Tanggal", 20 * mm),
    Column("Temuan dan saran", None, wrap=True),
    Column("Status", 26 * mm, wrap=True),
    Column("Tanggapan pengurus", 46 * mm, wrap=True),
)


def difference_text(difference: int) -> str:
    """``Rp0 (sesuai)``, ``Rp8.500 (kurang)``, ``Rp2.000 (lebih)``."""
    if difference == 0:
        return "Rp0 (sesuai)"
    return f"{format_rupiah(abs(difference))} ({'lebih' if difference > 0 else 'kurang'})"


def _count_rows(c: CashCountPaper) -> Iterator[Row]:
    for line in c.lines:
        yield Row(
            (
                line.label,
                format_number(line.value),
                format_number(line.pieces) if line.pieces else "",
                amount(line.amount),
            )
        )
    yield Row(
        ("Jumlah uang fisik", "", "", amount(c.physical_total, blank_zero=False)), RowKind.TOTAL
    )
    yield Row(("Saldo kas menurut buku", "", "", amount(c.book_balance, blank_zero=False)))
    yield Row(
        ("Selisih (fisik − buku)", "", "", amount(c.difference, blank_zero=False)), RowKind.TOTAL
    )


def count_flowables(c: CashCountPaper, width: float) -> list[Flowable]:
    """One cash count: who, when, the denomination table and the difference."""
    out: list[Flowable] = [
        fields(
            (
                ("Nomor opname", c.number),
                ("Waktu", format_datetime(c.counted_at)),
                ("Akun", c.account),
                ("Dihitung oleh", c.counter_name),
                ("Saksi", c.witness),
                ("Selisih", difference_text(c.difference)),
            ),
            width,
        ),
        Spacer(1, 2 * mm),
        fixed_table(COUNT_COLUMNS, list(_count_rows(c)), width),
    ]
    if c.note:
        out += [Spacer(1, 1.5 * mm), Paragraph(f"Catatan: {escape(c.note)}", NOTE_STYLE)]
    out.append(Spacer(1, 4 * mm))
    return out


def samples_flowables(s: SamplePaper, width: float) -> list[Flowable]:
    intro = (
        f"Sampel {escape(s.number)}: {s.size} {escape(s.kind_label.lower())} diambil acak dari "
        f"{format_number(s.population)} pada periode {format_date(s.date_from)} s.d. "
        f"{format_date(s.date_to)} (benih acak {s.seed}; sampel yang sama dapat diambil ulang "
        f"dari buku). Diperiksa {s.checked} dari {len(s.items)}."
    )
    rows = [
        Row((str(i.position), i.ref, i.label, "Ya" if i.checked else "Belum", i.note))
        for i in s.items
    ]
    return [
        Paragraph(intro, NOTE_STYLE),
        Spacer(1, 1.5 * mm),
        fixed_table(SAMPLE_COLUMNS, rows, width),
        Spacer(1, 4 * mm),
    ]


def _finding_text(f: FindingPaper) -> str:
    parts = [f.title]
    if f.description:
        parts.append(f.description)
    if f.recommendation:
        parts.append(f"Saran: {f.recommendation}")
    return "\n".join(parts)


def findings_flowables(
    findings: Sequence[FindingPaper], by_status: Sequence[tuple[str, int]], width: float
) -> list[Flowable]:
    rows = [
        Row(
            (
                f.number,
                f"{f.found_on:%d-%m-%Y}",
                _finding_text(f),
                f"{f.status_label} ({f.status_date:%d-%m-%Y})",
                f.response or "–",
            )
        )
        for f in findings
    ]
    summary = ", ".join(f"{label.lower()} {n}" for label, n in by_status)
    return [
        fixed_table(FINDING_COLUMNS, rows, width),
        Spacer(1, 1.5 * mm),
        Paragraph(f"Jumlah temuan {len(findings)}: {summary}.", NOTE_STYLE),
    ]


SUMMARY_COLUMNS = (
    Column("Nomor", 26 * mm),
    Column("Waktu opname", None),
    Column("Uang fisik", 30 * mm, "RIGHT"),
    Column("Saldo buku", 30 * mm, "RIGHT"),
    Column("Selisih", 26 * mm, "RIGHT"),
)


def rat_supervision_flowables(r: SupervisionReport, width: float) -> list[Flowable]:
    """The RAT book's summary of what the pengawas recorded: the cash counts' totals,
    each sample in one sentence, the findings with their follow-up (the full working
    is in the Berita Acara Pemeriksaan)."""
    out: list[Flowable] = []
    if r.counts:
        rows = [
            Row(
                (
                    c.number,
                    f"{format_datetime(c.counted_at)} ({c.account})",
                    amount(c.physical_total, blank_zero=False),
                    amount(c.book_balance, blank_zero=False),
                    amount(c.difference, blank_zero=False),
                )
            )
            for c in r.counts
        ]
        out += [
            Paragraph("Kas opname:", NOTE_STYLE),
            Spacer(1, 1.5 * mm),
            fixed_table(SUMMARY_COLUMNS, rows, width),
            Spacer(1, 3 * mm),
        ]
    for s in r.samples:
        out.append(
            Paragraph(
                f"Sampel {escape(s.number)}: {s.size} {escape(s.kind_label.lower())} periode "
                f"{format_date(s.date_from)} s.d. {format_date(s.date_to)} (benih acak "
                f"{s.seed}), diperiksa {s.checked} dari {len(s.items)}.",
                NOTE_STYLE,
            )
        )
    if r.findings:
        out += [Spacer(1, 3 * mm), *findings_flowables(r.findings, r.findings_by_status, width)]
    return out


class BeritaAcaraRenderer(ReportRenderer):
    """A. Kas opname, B. Pemeriksaan sampel, C. Temuan, then the signatures."""

    title = "BERITA ACARA PEMERIKSAAN PENGAWAS"
    columns = COUNT_COLUMNS

    def __init__(self, report: SupervisionReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (f"Tahun buku {r.year}: {format_date(r.start)} s.d. {format_date(r.end)}",)

    def rows(self) -> Iterator[Row]:  # pragma: no cover - the story is laid out below
        return iter(())

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        width = layout.content_width
        out: list[Flowable] = [
            Paragraph(
                f"Pengawas {escape(r.header.coop_name)} telah melakukan pemeriksaan atas "
                f"pengelolaan koperasi pada tahun buku {r.year} dengan hasil sebagai berikut.",
                NOTE_STYLE,
            ),
            Paragraph("A. Pemeriksaan kas (kas opname)", SECTION_STYLE),
        ]
        if not r.counts:
            out.append(Paragraph("Tidak ada kas opname yang dicatat pada periode ini.", NOTE_STYLE))
        for c in r.counts:
            out.append(KeepTogether(count_flowables(c, width)))
        out.append(Paragraph("B. Pemeriksaan sampel", SECTION_STYLE))
        if not r.samples:
            out.append(Paragraph("Tidak ada sampel yang diperiksa pada periode ini.", NOTE_STYLE))
        for s in r.samples:
            out += samples_flowables(s, width)
        out.append(Paragraph("C. Temuan dan tindak lanjut", SECTION_STYLE))
        if r.findings:
            out += findings_flowables(r.findings, r.findings_by_status, width)
        else:
            out.append(Paragraph("Tidak ada temuan pada periode ini.", NOTE_STYLE))
        out.append(Spacer(1, 6 * mm))
        out.append(
            KeepTogether(
                [
                    Paragraph(
                        "Demikian berita acara ini dibuat dengan sebenarnya untuk dilaporkan "
                        "kepada Rapat Anggota.",
                        NOTE_STYLE,
                    ),
                    Spacer(1, 4 * mm),
                    *signature_rows(
                        ["Pengawas"] * max(len(r.pengawas), 1), list(r.pengawas), width
                    ),
                    *signature_rows(["Mengetahui, Ketua"], [r.ketua] if r.ketua else [], width),
                ]
            )
        )
        return out


def render_berita_acara(report: SupervisionReport, stamp: DocumentStamp) -> bytes:
    """The Berita Acara Pemeriksaan as PDF bytes (A4)."""
    return BeritaAcaraRenderer(report, stamp).generate()
