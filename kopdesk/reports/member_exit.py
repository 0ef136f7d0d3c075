"""Penyelesaian Hak dan Kewajiban Anggota Keluar (A4 portrait).

The member, the reason and date; each savings balance returned; each loan
paid from it (denda, bunga, pokok) and what stays owed; the net paid in cash
or owed by the cooperative (2104), in words; places to sign for the member
or the heirs, the treasurer and the chair. Every figure comes from the DTO.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.members import MemberExitReport
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind, amount
from kopdesk.reports.page import FONT_BOLD
from kopdesk.reports.savings import NOTE_STYLE, SECTION_STYLE, WARN_STYLE, signature_block
from kopdesk.reports.table import TableLayout

__all__ = ["MemberExitRenderer", "render_member_exit"]

KIND_LABEL = {
    "pokok": "Simpanan pokok",
    "wajib": "Simpanan wajib",
    "sukarela": "Simpanan sukarela",
    "berjangka": "Simpanan berjangka",
}


class MemberExitRenderer(ReportRenderer):
    """Identity block, savings table, loans table, the sum, words, signatures."""

    title = "PENYELESAIAN HAK DAN KEWAJIBAN ANGGOTA KELUAR"
    columns = (
        Column("Rekening", 32 * mm),
        Column("Jenis Simpanan", None, wrap=True),
        Column("Saldo Dikembalikan", 36 * mm, "RIGHT"),
    )
    LOANS = (
        Column("Pinjaman", 26 * mm),
        Column("Produk", None, wrap=True),
        Column("Tagihan Pelunasan", 24 * mm, "RIGHT"),
        Column("Denda", 17 * mm, "RIGHT"),
        Column("Bunga", 17 * mm, "RIGHT"),
        Column("Pokok", 21 * mm, "RIGHT"),
        Column("Dikompensasi", 22 * mm, "RIGHT"),
        Column("Sisa", 20 * mm, "RIGHT"),
    )
    SUM = (Column("Uraian", None, wrap=True), Column("Jumlah (Rp)", 36 * mm, "RIGHT"))

    def __init__(self, report: MemberExitReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (
            f"Anggota {r.member_number} – {r.member_name}",
            f"Tanggal {format_date(r.date)} · Jurnal {r.entry_number}",
        )

    def rows(self) -> Iterator[Row]:
        r = self.report
        for x in r.savings:
            yield Row((x.account_number, KIND_LABEL.get(x.kind, x.product_name), amount(x.balance)))
        yield Row(("Jumlah simpanan", "", amount(r.total_savings, blank_zero=False)), RowKind.TOTAL)

    def loan_rows(self) -> Iterator[Row]:
        r = self.report
        for x in r.loans:
            yield Row(
                (
                    x.loan_number,
                    x.product_name,
                    amount(x.payoff, blank_zero=False),
                    amount(x.late_fee),
                    amount(x.interest),
                    amount(x.principal),
                    amount(x.offset, blank_zero=False),
                    amount(x.remaining, blank_zero=False),
                )
            )
        yield Row(
            (
                "Jumlah",
                "",
                amount(r.total_payoff, blank_zero=False),
                amount(sum(x.late_fee for x in r.loans)),
                amount(sum(x.interest for x in r.loans)),
                amount(sum(x.principal for x in r.loans)),
                amount(r.total_offset, blank_zero=False),
                amount(r.owed_after, blank_zero=False),
            ),
            RowKind.TOTAL,
        )

    def sum_rows(self) -> Iterator[Row]:
        r = self.report
        yield Row(("Jumlah simpanan anggota", amount(r.total_savings, blank_zero=False)))
        yield Row(("Dikurangi kompensasi pinjaman", amount(r.total_offset, blank_zero=False)))
        yield Row(("Hak anggota bersih", amount(r.net, blank_zero=False)), RowKind.TOTAL)
        cash = f" (akun {r.cash_account})" if r.cash_account else ""
        yield Row((f"Dibayar tunai{cash}", amount(r.paid, blank_zero=False)))
        yield Row(
            (
                "Belum dibayar: utang koperasi kepada anggota (akun 2104 Simpanan anggota "
                "keluar yang belum dibayar)",
                amount(r.payable, blank_zero=False),
            )
        )

    def identity(self, width: float) -> Table:
        r = self.report
        data = [
            ("Nama anggota", f": {r.member_name}"),
            ("Nomor anggota", f": {r.member_number}"),
            ("Alamat", f": {r.member_address or '-'}"),
            ("Status", f": {r.status_label}"),
            ("Alasan", f": {r.reason}"),
            ("Tanggal penyelesaian", f": {format_date(r.date)}"),
        ]
        cells = [
            [Paragraph(label, NOTE_STYLE), Paragraph(_escape(value), NOTE_STYLE)]
            for label, value in data
        ]
        table = Table(cells, colWidths=[42 * mm, width - 42 * mm])
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
        return table

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        width = layout.content_width
        story: list[Flowable] = [self.identity(width)]
        story.append(Paragraph("A. Simpanan yang dikembalikan", SECTION_STYLE))
        story.append(TableLayout(self.columns).flowing(list(self.rows()), width))
        story.append(Paragraph("B. Pinjaman yang dilunasi dari simpanan", SECTION_STYLE))
        if r.loans:
            story.append(TableLayout(self.LOANS).flowing(list(self.loan_rows()), width))
        else:
            story.append(Paragraph("Anggota tidak mempunyai pinjaman berjalan.", NOTE_STYLE))
        story.append(Paragraph("C. Perhitungan", SECTION_STYLE))
        story.append(TableLayout(self.SUM).flowing(list(self.sum_rows()), width))
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(f"<font name='{FONT_BOLD}'>Terbilang:</font> {r.net_words}", NOTE_STYLE)
        )
        if r.owed_after:
            story.append(Spacer(1, 2 * mm))
            story.append(
                Paragraph(
                    "Simpanan tidak cukup untuk melunasi pinjaman. Sisa tagihan "
                    f"{format_rupiah(r.owed_after)} tetap menjadi kewajiban anggota atau ahli "
                    "warisnya; pinjaman tetap berjalan dengan sisa tersebut.",
                    WARN_STYLE,
                )
            )
        if r.payable:
            story.append(
                Paragraph(
                    f"Koperasi masih berutang {format_rupiah(r.payable)} kepada anggota; "
                    "dibayar kemudian dengan bukti pembayaran tersendiri.",
                    NOTE_STYLE,
                )
            )
        story.append(Spacer(1, 8 * mm))
        signatures = signature_block(
            ("Anggota / Ahli Waris", "Bendahara", "Ketua"), width, names=(r.member_name,)
        )
        story.append(
            KeepTogether(
                [Paragraph(format_date(r.date), NOTE_STYLE), Spacer(1, 2 * mm), signatures]
            )
        )
        return story


def render_member_exit(report: MemberExitReport, stamp: DocumentStamp) -> bytes:
    """The exit settlement paper as PDF bytes (A4 portrait)."""
    return MemberExitRenderer(report, stamp).generate()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
