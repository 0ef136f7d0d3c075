"""Loan papers on A4: the installment simulation, the loan agreement summary
and the loan card, and the helpers the loan lists
(:mod:`kopdesk.reports.loan_lists`) share with them.

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
    LoanCardReport,
    LoanScheduleRow,
    LoanSimulationReport,
    LoanYearRow,
)
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
    "closing_block",
    "escape",
    "fields_table",
    "flow",
    "left_total_row",
    "pct",
    "render_loan_agreement",
    "render_loan_card",
    "render_simulation",
    "schedule_rows",
    "section_heading",
]

SIMULATION_MARK = "SIMULASI — bukan bukti transaksi"
LABEL_STYLE = ParagraphStyle("label", parent=NOTE_STYLE, fontName=FONT)
VALUE_STYLE = ParagraphStyle("value", parent=NOTE_STYLE)
BOLD_STYLE = ParagraphStyle("bold", parent=NOTE_STYLE, fontName=FONT_BOLD)
MARK_STYLE = ParagraphStyle("mark", parent=NOTE_STYLE, fontName=FONT_BOLD, fontSize=10, leading=13)


def escape(text: str) -> str:
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
            Paragraph(escape(name), LABEL_STYLE),
            Paragraph(": " + escape(value), VALUE_STYLE),
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


def left_total_row(story: list[Flowable]) -> list[Flowable]:
    """The last table's totals label at the left (the ``No.`` column is centred)."""
    last = next((f for f in reversed(story) if isinstance(f, Table)), None)
    if last is not None:
        last.setStyle([("ALIGN", (0, -1), (0, -1), "LEFT")])
    return story


def section_heading(title: str) -> Paragraph:
    return Paragraph(escape(title), SECTION_STYLE)


def closing_block(made_at: dt.date, captions: Sequence[str], width: float,
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
        story: list[Flowable] = [section_heading("1. Para pihak")]
        coop = [("Koperasi", h.coop_name), ("Badan hukum", h.legal_number or "-"),
                ("Alamat", h.address or "-")]  # fmt: skip
        member = [
            ("Peminjam", f"{r.member_name} (anggota {r.member_number})"),
            ("NIK", r.member_nik or "-"),
            ("Alamat", r.member_address or "-"),
            ("Telepon / pekerjaan", f"{r.member_phone or '-'} / {r.member_occupation or '-'}"),
        ]
        story += [fields_table(coop, width), Spacer(1, 1.5 * mm), fields_table(member, width)]
        story.append(section_heading("2. Ketentuan pinjaman"))
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
        story.append(section_heading("3. Biaya dan pencairan"))
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
        story.append(section_heading("4. Agunan, penjamin dan tujuan"))
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
        story.append(section_heading("6. Jadwal angsuran"))
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
            closing_block(self.stamp.made_at.date(), ("Peminjam", "Penjamin", "Pengurus"), width,
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
        out: list[Flowable] = [section_heading("5. Persetujuan"), fields_table(pairs, width)]
        if r.warnings:
            out.append(Spacer(1, 1 * mm))
            out.append(Paragraph("Peringatan saat persetujuan:", WARN_STYLE))
            out += [Paragraph("• " + escape(w), NOTE_STYLE) for w in r.warnings]
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
        story.append(section_heading("Riwayat transaksi"))
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
