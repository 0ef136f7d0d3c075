"""Loan papers on A4: the installment simulation, the loan agreement summary,
the loan card, the arrears list, the kolektibilitas and PPAP report and the
portfolio recap per product.

Every figure comes from the DTO; nothing is added up here. The ``No.`` column
is only the row's position on a list."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer, Table

from kopdesk.domain import clock
from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.loans import (
    LoanAgreementReport,
    LoanArrearsReport,
    LoanArrearsRow,
    LoanCardReport,
    LoanCollectibilityReport,
    LoanPortfolioReport,
    LoanScheduleRow,
    LoanSimulationReport,
    LoanYearRow,
)
from kopdesk.domain.savings import percent_text
from kopdesk.reports.base import (
    Column,
    PageLayout,
    ReportRenderer,
    Row,
    RowKind,
    amount,
    page_template,
)
from kopdesk.reports.page import FONT, FONT_BOLD, MARGIN_X, NumberedCanvas, page_layout
from kopdesk.reports.savings import NOTE_STYLE, SECTION_STYLE, WARN_STYLE, signature_block
from kopdesk.reports.table import PAD_X, TableLayout

__all__ = [
    "SIMULATION_MARK",
    "render_arrears",
    "render_collectibility",
    "render_loan_agreement",
    "render_loan_card",
    "render_portfolio",
    "render_simulation",
]

SIMULATION_MARK = "SIMULASI — bukan bukti transaksi"
LABEL_STYLE = ParagraphStyle("label", parent=NOTE_STYLE, fontName=FONT)
VALUE_STYLE = ParagraphStyle("value", parent=NOTE_STYLE)
BOLD_STYLE = ParagraphStyle("bold", parent=NOTE_STYLE, fontName=FONT_BOLD)
MARK_STYLE = ParagraphStyle("mark", parent=NOTE_STYLE, fontName=FONT_BOLD, fontSize=10, leading=13)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pct(value: Decimal) -> str:
    """``48,39%``: two decimals, decimal comma, no space."""
    return f"{value.quantize(Decimal('0.01')):f}".replace(".", ",") + "%"


def fields_table(
    pairs: Sequence[tuple[str, str]], width: float, *, columns: int = 1, label: float = 42 * mm
) -> Table:
    """(label, value) pairs as a borderless grid, ``columns`` pairs a line;
    values wrap in their cell."""
    cells: list[list[Flowable | str]] = []
    line: list[Flowable | str] = []
    for name, value in pairs:
        line += [
            Paragraph(_escape(name), LABEL_STYLE),
            Paragraph(": " + _escape(value), VALUE_STYLE),
        ]
        if len(line) == 2 * columns:
            cells.append(line)
            line = []
    if line:
        cells.append(line + [""] * (2 * columns - len(line)))
    share = width / columns
    table = Table(cells, colWidths=[label, share - label] * columns, hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )
    return table


def flow(columns: tuple[Column, ...], rows: Sequence[Row], width: float) -> Table:
    """One flowing table (header repeated over pages) whose totals' labels start
    at the left even where the first column is centred."""
    table: Table = TableLayout(columns).flowing(rows, width)
    for index, row in enumerate(rows, start=1):
        if row.kind is RowKind.TOTAL:
            table.setStyle([("ALIGN", (0, index), (0, index), "LEFT")])
    return table


def _left_total(story: list[Flowable]) -> list[Flowable]:
    """The last table's totals label at the left (the ``No.`` column is centred)."""
    last = next((f for f in reversed(story) if isinstance(f, Table)), None)
    if last is not None:
        last.setStyle([("ALIGN", (0, -1), (0, -1), "LEFT")])
    return story


def _section(title: str) -> Paragraph:
    return Paragraph(_escape(title), SECTION_STYLE)


def _closing(made_at: dt.date, captions: Sequence[str], width: float,
             names: Sequence[str] = ()) -> Flowable:  # fmt: skip
    place = Paragraph(f"{'.' * 40}, {format_date(made_at)}", NOTE_STYLE)
    return KeepTogether([Spacer(1, 6 * mm), place, Spacer(1, 2 * mm),
                         signature_block(captions, width, names=names)])  # fmt: skip


# --- schedule tables -------------------------------------------------------------------

SCHEDULE_COLUMNS = (
    Column("Ke", 10 * mm, "CENTER"),
    Column("Jatuh Tempo", 24 * mm, "CENTER"),
    Column("Pokok", None, "RIGHT"),
    Column("Bunga", None, "RIGHT"),
    Column("Angsuran", None, "RIGHT"),
    Column("Sisa Pokok", None, "RIGHT"),
)


def schedule_rows(
    rows: Sequence[LoanScheduleRow], years: Sequence[LoanYearRow], totals: tuple[int, int, int]
) -> Iterator[Row]:
    """The schedule with a subtotal after each year (when there is more than one)
    and the grand total."""
    by_last = {y.last: y for y in years} if len(years) > 1 else {}
    for r in rows:
        yield Row(
            (str(r.number), format_date_short(r.due_date), format_number(r.principal),
             format_number(r.interest), format_number(r.total), format_number(r.balance_after))
        )  # fmt: skip
        year = by_last.get(r.number)
        if year is not None:
            yield Row(
                (f"Jumlah tahun ke-{year.year}", "",
                 format_number(year.principal), format_number(year.interest),
                 format_number(year.total), ""),
                RowKind.TOTAL,
            )  # fmt: skip
    principal, interest, total = totals
    yield Row(
        ("Jumlah", "", format_number(principal), format_number(interest), format_number(total),
         ""),
        RowKind.TOTAL,
    )  # fmt: skip


# --- simulation -------------------------------------------------------------------------


class SimulationRenderer(ReportRenderer):
    """Terms, the flat and the effective rate side by side, then the schedule."""

    title = "SIMULASI ANGSURAN PINJAMAN"
    columns = SCHEDULE_COLUMNS

    def __init__(self, report: LoanSimulationReport, stamp: DocumentStamp, *,
                 registered: bool) -> None:  # fmt: skip
        super().__init__(report.header, stamp)
        self.report = report
        self.registered = registered

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        what = f"{r.product_name} – " if r.product_name else ""
        line = f"{what}{format_rupiah(r.terms.principal)}, {r.terms.tenor}"
        return (line,) if self.registered else (line, SIMULATION_MARK)

    def rows(self) -> Iterator[Row]:
        r = self.report
        return schedule_rows(r.rows, r.years, (r.total_principal, r.total_interest, r.total))

    def story(self, layout: PageLayout) -> list[Flowable]:
        r, width = self.report, layout.content_width
        pairs = [
            ("Pokok pinjaman", format_rupiah(r.terms.principal)),
            ("Jangka waktu", r.terms.tenor),
            ("Suku bunga", r.terms.rate),
            ("Mulai (pencairan)", format_date(r.start)),
            ("Bunga per bulan", r.flat_rate_monthly),
            ("Angsuran pertama", format_rupiah(r.first_installment)),
            ("Bunga efektif", r.terms.effective),
            ("Jumlah bunga", format_rupiah(r.total_interest)),
            ("Pembulatan", r.terms.rounding),
            ("Jumlah dibayar", format_rupiah(r.total)),
        ]
        story: list[Flowable] = [fields_table(pairs, width, columns=2, label=30 * mm)]
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "Bunga efektif adalah tingkat bunga atas sisa pokok yang sebenarnya ditanggung "
                "(dihitung dengan IRR dari jadwal angsuran), untuk dibandingkan dengan bunga "
                "flat yang dihitung dari pokok awal.",
                NOTE_STYLE,
            )
        )
        if not self.registered:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(SIMULATION_MARK, MARK_STYLE))
        story.append(Spacer(1, 3 * mm))
        story.append(flow(self.columns, list(self.rows()), width))
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                "Angka ini perkiraan. Jadwal yang berlaku ditetapkan pada tanggal pencairan "
                "dan tercantum dalam ringkasan perjanjian pinjaman.",
                NOTE_STYLE,
            )
        )
        return story

    def generate(self) -> bytes:
        if self.registered:
            return super().generate()
        return _generate_plain(self)


def _generate_plain(renderer: ReportRenderer) -> bytes:
    """Like :meth:`ReportRenderer.generate`, for a paper made without a book: the
    header's empty legal-number line is left out."""
    subtitles = renderer.subtitle_lines()
    layout = page_layout(renderer.header, renderer.stamp, renderer.title, subtitles,
                         landscape=False)  # fmt: skip
    empty = "Badan Hukum No. "
    layout = layout.__class__(
        **{
            **layout.__dict__,
            "header_first": tuple(x for x in layout.header_first if x.text != empty),
            "header_later": tuple(x for x in layout.header_later if x.text != empty),
        }
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(layout.width, layout.height), title=renderer.title,
        author=renderer.stamp.made_by, subject=" ".join(subtitles), creator="kopdesk",
        invariant=1, pageCompression=1,
    )  # fmt: skip
    doc.addPageTemplates(
        [
            page_template("first", layout, layout.frame_top_first, first=True),
            page_template("later", layout, layout.frame_top_later, first=False),
        ]
    )
    canvasmaker = partial(NumberedCanvas, label_x=layout.width - MARGIN_X,
                          label_y=layout.page_label_y)  # fmt: skip
    doc.build(renderer.story(layout), canvasmaker=canvasmaker)
    return buffer.getvalue()


def render_simulation(
    report: LoanSimulationReport, stamp: DocumentStamp | None, *, made_by: str = "kopdesk"
) -> bytes:
    """The simulation as PDF bytes (A4 portrait). Without a ``stamp`` (no book,
    nothing registered) it carries no document number or QR code and says
    ``SIMULASI — bukan bukti transaksi``."""
    if stamp is None:
        plain = DocumentStamp(made_at=clock.now(), made_by=made_by)
        return SimulationRenderer(report, plain, registered=False).generate()
    return SimulationRenderer(report, stamp, registered=bool(stamp.number)).generate()


# --- agreement --------------------------------------------------------------------------


class AgreementRenderer(ReportRenderer):
    """Parties, terms, fees, collateral, guarantors, purpose, approval, the
    schedule and the places to sign."""

    title = "RINGKASAN PERJANJIAN PINJAMAN"
    columns = SCHEDULE_COLUMNS

    def __init__(self, report: LoanAgreementReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (f"No. {r.loan_number} – {r.product_name} – status {r.status.lower()}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        return schedule_rows(r.rows, r.years, (r.total_principal, r.total_interest, r.total))

    def story(self, layout: PageLayout) -> list[Flowable]:
        r, width = self.report, layout.content_width
        h = r.header
        story: list[Flowable] = [_section("1. Para pihak")]
        coop = [("Koperasi", h.coop_name), ("Badan hukum", h.legal_number or "-"),
                ("Alamat", h.address or "-")]  # fmt: skip
        member = [
            ("Peminjam", f"{r.member_name} (anggota {r.member_number})"),
            ("NIK", r.member_nik or "-"),
            ("Alamat", r.member_address or "-"),
            ("Telepon / pekerjaan", f"{r.member_phone or '-'} / {r.member_occupation or '-'}"),
        ]
        story += [fields_table(coop, width), Spacer(1, 1.5 * mm), fields_table(member, width)]
        story.append(_section("2. Ketentuan pinjaman"))
        first = r.rows[0].total if r.rows else 0
        story.append(
            fields_table(
                [
                    ("Pokok pinjaman", format_rupiah(r.terms.principal)),
                    ("Jangka waktu", r.terms.tenor),
                    ("Suku bunga", r.terms.rate),
                    ("Angsuran pertama", format_rupiah(first)),
                    ("Bunga efektif", r.terms.effective),
                    ("Jumlah bunga", format_rupiah(r.total_interest)),
                    ("Pembulatan", r.terms.rounding),
                    ("Jumlah dibayar", format_rupiah(r.total)),
                ],
                width, columns=2, label=30 * mm,
            )
        )  # fmt: skip
        story.append(_section("3. Biaya dan pencairan"))
        paid_on = format_date(r.disbursed_on) if r.disbursed_on else "belum dicairkan"
        story.append(
            fields_table(
                [
                    ("Provisi", format_rupiah(r.provisi)),
                    ("Administrasi", format_rupiah(r.admin_fee)),
                    ("Diterima bersih", format_rupiah(r.net_disbursed)),
                    ("Tanggal pencairan", paid_on),
                ],
                width, columns=2, label=30 * mm,
            )
        )  # fmt: skip
        story.append(_section("4. Agunan, penjamin dan tujuan"))
        collateral = r.collateral or "Tanpa agunan"
        if r.collateral_value:
            collateral += f" (nilai taksiran {format_rupiah(r.collateral_value)})"
        story.append(
            fields_table(
                [
                    ("Agunan", collateral),
                    ("Penjamin", "; ".join(r.guarantors) or "Tanpa penjamin"),
                    ("Tujuan pinjaman", r.purpose or "-"),
                    *([("Restrukturisasi dari", r.restructured_from)] if r.restructured_from
                      else []),
                ],
                width,
            )
        )  # fmt: skip
        story += self._approval(width)
        story.append(_section("6. Jadwal angsuran"))
        if r.schedule_is_estimate:
            story.append(
                Paragraph(
                    "Jadwal perkiraan dihitung dari tanggal pengajuan; jadwal yang berlaku "
                    "ditetapkan pada tanggal pencairan.",
                    NOTE_STYLE,
                )
            )
            story.append(Spacer(1, 1.5 * mm))
        story.append(flow(self.columns, list(self.rows()), width))
        story.append(Spacer(1, 4 * mm))
        story.append(
            Paragraph(
                "Peminjam menyatakan telah menerima penjelasan, membaca dan menyetujui ketentuan "
                "pinjaman dan jadwal angsuran di atas. Keterlambatan angsuran dikenai denda "
                "menurut ketentuan produk pinjaman koperasi.",
                NOTE_STYLE,
            )
        )
        guarantor = r.guarantors[0] if r.guarantors else "." * 32
        story.append(
            _closing(self.stamp.made_at.date(), ("Peminjam", "Penjamin", "Pengurus"), width,
                     (r.member_name, guarantor))
        )  # fmt: skip
        return story

    def _approval(self, width: float) -> list[Flowable]:
        r = self.report
        applied = f"{format_date(r.applied_on)} oleh {r.applied_by}"
        decided = (
            f"{format_date(r.decided_on)} oleh {r.decided_by}" if r.decided_on else "belum diputus"
        )
        pairs = [("Diajukan", applied), ("Diputus", decided)]
        if r.decision_note:
            pairs.append(("Catatan", r.decision_note))
        out: list[Flowable] = [_section("5. Persetujuan"), fields_table(pairs, width)]
        if r.warnings:
            out.append(Spacer(1, 1 * mm))
            out.append(Paragraph("Peringatan saat persetujuan:", WARN_STYLE))
            out += [Paragraph("• " + _escape(w), NOTE_STYLE) for w in r.warnings]
        else:
            out.append(Paragraph("Tidak ada peringatan saat persetujuan.", NOTE_STYLE))
        return out


def render_loan_agreement(report: LoanAgreementReport, stamp: DocumentStamp) -> bytes:
    """The loan agreement summary as PDF bytes (A4 portrait)."""
    return AgreementRenderer(report, stamp).generate()


# --- loan card ----------------------------------------------------------------------------


class CardRenderer(ReportRenderer):
    """Ke | Jatuh Tempo | Pokok | Bunga | Angsuran | Pokok Dibayar | Bunga Dibayar |
    Denda | Denda Dibayar | Sisa Pokok | Tgl Bayar | Keterangan; then the history."""

    title = "KARTU ANGSURAN PINJAMAN"
    landscape = True
    columns = (
        Column("Ke", 9 * mm, "CENTER"),
        Column("Jatuh Tempo", 21 * mm, "CENTER"),
        Column("Pokok", 22 * mm, "RIGHT"),
        Column("Bunga", 20 * mm, "RIGHT"),
        Column("Angsuran", 22 * mm, "RIGHT"),
        Column("Pokok Dibayar", 24 * mm, "RIGHT"),
        Column("Bunga Dibayar", 23 * mm, "RIGHT"),
        Column("Denda", 19 * mm, "RIGHT"),
        Column("Denda Dibayar", 23 * mm, "RIGHT"),
        Column("Sisa Pokok", 23 * mm, "RIGHT"),
        Column("Tgl. Bayar", 20 * mm, "CENTER"),
        Column("Keterangan", None, wrap=True),
    )
    HISTORY = (
        Column("No. Bukti", 30 * mm),
        Column("Tanggal", 21 * mm, "CENTER"),
        Column("Jenis", None),
        Column("Uang Kas", 25 * mm, "RIGHT"),
        Column("Denda", 22 * mm, "RIGHT"),
        Column("Bunga", 22 * mm, "RIGHT"),
        Column("Pokok", 25 * mm, "RIGHT"),
        Column("Lebih Bayar", 22 * mm, "RIGHT"),
        Column("Sisa Pokok", 25 * mm, "RIGHT"),
    )

    def __init__(self, report: LoanCardReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (
            f"No. {r.loan_number} – {r.member_name} ({r.member_number}) – {r.product_name}",
            f"Keadaan per {format_date(r.as_of)}",
        )

    def rows(self) -> Iterator[Row]:
        r = self.report
        for x in r.rows:
            yield Row(
                (str(x.number), format_date_short(x.due_date), format_number(x.principal),
                 format_number(x.interest), format_number(x.total), amount(x.paid_principal),
                 amount(x.paid_interest), amount(x.late_fee_accrued), amount(x.late_fee_paid),
                 format_number(x.balance_after),
                 format_date_short(x.last_paid) if x.last_paid else "", x.state)
            )  # fmt: skip
        yield Row(
            ("Jumlah", "", format_number(r.total_principal), format_number(r.total_interest),
             format_number(r.total_installments),
             format_number(r.total_paid_principal), format_number(r.total_paid_interest),
             format_number(r.total_late_fee_accrued), format_number(r.total_late_fee_paid),
             format_number(r.outstanding), "", ""),
            RowKind.TOTAL,
        )  # fmt: skip

    def story(self, layout: PageLayout) -> list[Flowable]:
        r, width = self.report, layout.content_width
        disbursed = format_date(r.disbursed_on) if r.disbursed_on else "belum dicairkan"
        status = r.status if r.closed_on is None else f"{r.status} ({format_date(r.closed_on)})"
        pairs = [
            ("Pokok pinjaman", format_rupiah(r.terms.principal)),
            ("Sisa pokok", format_rupiah(r.outstanding)),
            ("Suku bunga", r.terms.rate),
            ("Tunggakan pokok", format_rupiah(r.overdue_principal)),
            ("Jangka waktu", r.terms.tenor),
            ("Tunggakan bunga", format_rupiah(r.overdue_interest)),
            ("Dicairkan", disbursed),
            ("Denda terutang", format_rupiah(r.late_fee_owed)),
            ("Status", status),
            ("Hari tunggakan", f"{r.days_past_due} hari" + (f" – {r.grade}" if r.grade else "")),
        ]
        story: list[Flowable] = [fields_table(pairs, width, columns=2, label=32 * mm)]
        story.append(Spacer(1, 3 * mm))
        story.append(flow(self.columns, list(self.rows()), width))
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "Denda: denda keterlambatan yang timbul sampai tanggal keadaan. Sisa Pokok: "
                "pokok yang masih terutang setelah pembayaran pokok angsuran itu.",
                NOTE_STYLE,
            )
        )
        story.append(_section("Riwayat transaksi"))
        history = [
            Row((p.number, format_date_short(p.date), p.kind, format_number(p.cash),
                 amount(p.late_fee), amount(p.interest), amount(p.principal),
                 amount(p.overpayment), format_number(p.outstanding_after)))
            for p in r.payments
        ]  # fmt: skip
        if not history:
            history = [Row(("", "", "Belum ada transaksi.", "", "", "", "", "", ""))]
        story.append(TableLayout(self.HISTORY).flowing(history, width))
        return story


def render_loan_card(report: LoanCardReport, stamp: DocumentStamp) -> bytes:
    """The loan card as PDF bytes (A4 landscape)."""
    return CardRenderer(report, stamp).generate()


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
        story = _left_total(super().story(layout))
        story.append(_section("Umur tunggakan semua pinjaman berjalan"))
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
        story.append(_closing(self.stamp.made_at.date(), ("Dibuat oleh", "Mengetahui"), width))
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
        story.append(_section("PPAP dan pinjaman bermasalah"))
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
                _escape(
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
        story.append(_section("Daftar pinjaman berjalan"))
        story.append(flow(self.columns, list(self.rows()), width))
        story.append(_closing(self.stamp.made_at.date(), ("Dibuat oleh", "Mengetahui"), width))
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
        story += [Paragraph(_escape(text), NOTE_STYLE) for text in notes]
        return story


def render_portfolio(report: LoanPortfolioReport, stamp: DocumentStamp) -> bytes:
    """The portfolio recap as PDF bytes (A4 landscape)."""
    return PortfolioRenderer(report, stamp).generate()
