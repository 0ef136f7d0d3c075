"""Loan lists on A4 landscape: the arrears list with the aging (daftar
tunggakan), the kolektibilitas and PPAP report, and the portfolio recap per
product.

Every figure comes from the DTO; nothing is added up here. The ``No.`` column
is only the row's position on a list."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.loans import (
    LoanArrearsReport,
    LoanArrearsRow,
    LoanCollectibilityReport,
    LoanPortfolioReport,
)
from kopdesk.domain.savings import percent_text
from kopdesk.reports.base import (
    Column,
    PageLayout,
    ReportRenderer,
    Row,
    RowKind,
    amount,
)
from kopdesk.reports.loans import (
    closing_block,
    escape,
    fields_table,
    flow,
    left_total_row,
    pct,
    section_heading,
)
from kopdesk.reports.savings import NOTE_STYLE
from kopdesk.reports.table import TableLayout

__all__ = [
    "ArrearsRenderer",
    "CollectibilityRenderer",
    "PortfolioRenderer",
    "render_arrears",
    "render_collectibility",
    "render_portfolio",
]


# --- arrears --------------------------------------------------------------------------------


def _member(row: LoanArrearsRow) -> str:
    return f"{row.member_name} ({row.member_number})"


class ArrearsRenderer(ReportRenderer):
    """No. | No. Pinjaman | Anggota | Produk | Sisa Pokok | Tunggakan Pokok |
    Tunggakan Bunga | Denda | Jumlah Tunggakan | Hari | Umur | Kolektibilitas;
    totals; the aging of every running loan; the places to sign."""

    title = "DAFTAR TUNGGAKAN PINJAMAN"
    landscape = True
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("No. Pinjaman", 24 * mm),
        Column("Anggota", None, wrap=True),
        Column("Produk", 28 * mm, wrap=True),
        Column("Sisa Pokok", 23 * mm, "RIGHT"),
        Column("Tunggakan Pokok", 25 * mm, "RIGHT"),
        Column("Tunggakan Bunga", 25 * mm, "RIGHT"),
        Column("Denda", 20 * mm, "RIGHT"),
        Column("Jumlah Tunggakan", 27 * mm, "RIGHT"),
        Column("Hari", 11 * mm, "RIGHT"),
        Column("Kolektibilitas", 24 * mm, wrap=True),
    )
    AGING = (
        Column("Umur tunggakan", None),
        Column("Pinjaman", 25 * mm, "RIGHT"),
        Column("Sisa Pokok", 35 * mm, "RIGHT"),
        Column("Jumlah Tunggakan", 35 * mm, "RIGHT"),
    )

    def __init__(self, report: LoanArrearsReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Per {format_date(self.report.as_of)}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        for i, x in enumerate(r.rows, start=1):
            yield Row(
                (str(i), x.loan_number, _member(x), x.product_name, format_number(x.outstanding),
                 amount(x.overdue_principal), amount(x.overdue_interest), amount(x.late_fee),
                 format_number(x.overdue_total), str(x.days_past_due), x.grade)
            )  # fmt: skip
        if not r.rows:
            yield Row(("", "", "Tidak ada pinjaman yang menunggak.", *[""] * 8))
        yield Row(
            ("Jumlah", "", "", "", format_number(r.total_outstanding),
             format_number(r.total_overdue_principal), format_number(r.total_overdue_interest),
             format_number(r.total_late_fee), format_number(r.total_overdue), "", ""),
            RowKind.TOTAL,
        )  # fmt: skip

    def story(self, layout: PageLayout) -> list[Flowable]:
        r, width = self.report, layout.content_width
        story = left_total_row(super().story(layout))
        story.append(section_heading("Umur tunggakan semua pinjaman berjalan"))
        aging = [
            Row((b.label, format_number(b.loans), format_number(b.outstanding),
                 amount(b.overdue, blank_zero=False)))
            for b in r.buckets
        ]  # fmt: skip
        aging.append(
            Row(("Jumlah", format_number(r.loans_running), format_number(r.portfolio_outstanding),
                 format_number(r.total_overdue)), RowKind.TOTAL)
        )  # fmt: skip
        story.append(KeepTogether([TableLayout(self.AGING).flowing(aging, width * 0.7)]))
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "Hari: hari sejak angsuran tertua yang pokok atau bunganya belum lunas jatuh "
                "tempo. Denda: denda keterlambatan yang belum dibayar sampai tanggal laporan.",
                NOTE_STYLE,
            )
        )
        story.append(closing_block(self.stamp.made_at.date(), ("Dibuat oleh", "Mengetahui"), width))
        return story


def render_arrears(report: LoanArrearsReport, stamp: DocumentStamp) -> bytes:
    """The arrears list as PDF bytes (A4 landscape)."""
    return ArrearsRenderer(report, stamp).generate()


# --- kolektibilitas ----------------------------------------------------------------------------


class CollectibilityRenderer(ReportRenderer):
    """The grades with the collateral counted and the allowance each requires, the
    allowance formed, the shortfall and NPL, then every running loan with its grade
    and collateral."""

    title = "LAPORAN KOLEKTIBILITAS PINJAMAN DAN PPAP"
    columns = (
        Column("No.", 8 * mm, "CENTER"),
        Column("No. Pinjaman", 23 * mm),
        Column("Anggota", None, wrap=True),
        Column("Produk", 25 * mm, wrap=True),
        Column("Sisa Pokok", 21 * mm, "RIGHT"),
        Column("Agunan Dihitung", 25 * mm, "RIGHT", wrap=True),
        Column("Hari", 9 * mm, "RIGHT"),
        Column("Kolektibilitas", 22 * mm, wrap=True),
    )
    GRADES = (
        Column("Kolektibilitas", 25 * mm),
        Column("Hari Tunggakan", None, wrap=True),
        Column("Pinjaman", 16 * mm, "RIGHT"),
        Column("Sisa Pokok", 27 * mm, "RIGHT"),
        Column("Agunan Dihitung", 25 * mm, "RIGHT", wrap=True),
        Column("% PPAP", 14 * mm, "RIGHT"),
        Column("PPAP Wajib", 25 * mm, "RIGHT"),
    )

    def __init__(self, report: LoanCollectibilityReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Per {format_date(self.report.as_of)}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        for i, x in enumerate(r.rows, start=1):
            yield Row(
                (str(i), x.loan_number, _member(x), x.product_name, format_number(x.outstanding),
                 format_number(x.collateral_deducted), str(x.days_past_due), x.grade)
            )  # fmt: skip
        if not r.rows:
            yield Row(("", "", "Tidak ada pinjaman berjalan.", "", "", "", "", ""))
        yield Row(
            ("Jumlah", "", "", "", format_number(r.outstanding_total),
             format_number(r.collateral_deducted_total), "", ""), RowKind.TOTAL,
        )  # fmt: skip

    def story(self, layout: PageLayout) -> list[Flowable]:
        r, width = self.report, layout.content_width
        grades = [
            Row((g.grade, g.days, format_number(g.loans), format_number(g.outstanding),
                 format_number(g.collateral_deducted), percent_text(g.percent) + "%",
                 format_number(g.required)))
            for g in r.grades
        ]  # fmt: skip
        grades.append(
            Row(("Jumlah", "", format_number(r.loans_total), format_number(r.outstanding_total),
                 format_number(r.collateral_deducted_total), "",
                 format_number(r.required_total)), RowKind.TOTAL)
        )  # fmt: skip
        story: list[Flowable] = [TableLayout(self.GRADES).flowing(grades, width)]
        story.append(section_heading("PPAP dan pinjaman bermasalah"))
        gap = "Kekurangan PPAP" if r.shortfall >= 0 else "Kelebihan PPAP"
        coverage = pct(r.coverage_percent) if r.coverage_percent is not None else "-"
        story.append(
            fields_table(
                [
                    ("PPAP wajib dibentuk", format_rupiah(r.required_total)),
                    ("PPAP telah dibentuk", format_rupiah(r.allowance_formed)),
                    (gap, format_rupiah(abs(r.shortfall))),
                    ("Rasio PPAP", f"{coverage} (dibentuk / wajib dibentuk)"),
                    ("Pinjaman bermasalah (NPL)", format_rupiah(r.npl)),
                    ("Rasio NPL", f"{pct(r.npl_percent)} dari sisa pokok"),
                ],
                width, label=48 * mm,
            )
        )  # fmt: skip
        story.append(Spacer(1, 2 * mm))
        shares = ", ".join(f"{c.kind} {percent_text(c.percent)}%" for c in r.collateral_shares)
        story.append(
            Paragraph(
                escape(
                    "PPAP wajib: % PPAP × (sisa pokok − agunan dihitung). Agunan dihitung: "
                    f"nilai taksiran agunan × bagian jenisnya ({shares}), paling banyak sisa "
                    "pokok; hanya untuk pinjaman kurang lancar, diragukan dan macet — pinjaman "
                    "lancar tanpa pengurangan. NPL: sisa pokok pinjaman kurang lancar, "
                    "diragukan dan macet. PPAP telah dibentuk: saldo akun penyisihan (1390) "
                    "per tanggal laporan."
                ),
                NOTE_STYLE,
            )
        )
        story.append(section_heading("Daftar pinjaman berjalan"))
        story.append(flow(self.columns, list(self.rows()), width))
        story.append(closing_block(self.stamp.made_at.date(), ("Dibuat oleh", "Mengetahui"), width))
        return story


def render_collectibility(report: LoanCollectibilityReport, stamp: DocumentStamp) -> bytes:
    """The kolektibilitas and PPAP report as PDF bytes (A4 portrait)."""
    return CollectibilityRenderer(report, stamp).generate()


# --- portfolio ---------------------------------------------------------------------------------


class PortfolioRenderer(ReportRenderer):
    """Produk | Metode | Pinjaman Berjalan | Sisa Pokok | Dicairkan | Pokok Dicairkan |
    NPL | Rasio NPL, with totals."""

    title = "REKAP PORTOFOLIO PINJAMAN PER PRODUK"
    landscape = True
    columns = (
        Column("Produk", None, wrap=True),
        Column("Metode", 38 * mm),
        Column("Pinjaman Berjalan", 30 * mm, "RIGHT"),
        Column("Sisa Pokok", 32 * mm, "RIGHT"),
        Column("Dicairkan (pinjaman)", 33 * mm, "RIGHT"),
        Column("Pokok Dicairkan", 32 * mm, "RIGHT"),
        Column("NPL", 30 * mm, "RIGHT"),
        Column("Rasio NPL", 20 * mm, "RIGHT"),
    )

    def __init__(self, report: LoanPortfolioReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (
            f"Per {format_date(r.as_of)} – pencairan {format_date(r.year_start)} "
            f"s.d. {format_date(r.as_of)}",
        )

    def rows(self) -> Iterator[Row]:
        r = self.report
        for x in r.rows:
            yield Row(
                (x.product_name, x.method, format_number(x.loans), format_number(x.outstanding),
                 format_number(x.disbursed_count), format_number(x.disbursed),
                 format_number(x.npl), pct(x.npl_percent))
            )  # fmt: skip
        yield Row(
            ("Jumlah", "", format_number(r.total_loans), format_number(r.total_outstanding),
             format_number(r.total_disbursed_count), format_number(r.total_disbursed),
             format_number(r.total_npl), pct(r.npl_percent)),
            RowKind.TOTAL,
        )  # fmt: skip

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        story = super().story(layout)
        story.append(Spacer(1, 3 * mm))
        notes = [
            "Pinjaman berjalan: sudah dicairkan dan belum lunas, direstrukturisasi atau "
            "dihapus buku pada tanggal laporan. NPL: sisa pokok pinjaman kurang lancar, "
            "diragukan dan macet; rasio NPL terhadap sisa pokok produk itu.",
            f"Dicairkan: pinjaman yang dicairkan dari {format_date(r.year_start)} sampai "
            "tanggal laporan, dengan pokoknya (sebelum provisi dan administrasi).",
            f"Sisa pokok menurut buku besar (piutang pinjaman): "
            f"{format_rupiah(r.ledger_outstanding)} – cocok dengan jumlah di atas.",
        ]
        story += [Paragraph(escape(text), NOTE_STYLE) for text in notes]
        return story


def render_portfolio(report: LoanPortfolioReport, stamp: DocumentStamp) -> bytes:
    """The portfolio recap as PDF bytes (A4 landscape)."""
    return PortfolioRenderer(report, stamp).generate()
