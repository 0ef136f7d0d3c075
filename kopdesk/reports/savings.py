"""Savings papers on A4: a member's statement (buku simpanan, one section per
account), the daily cash report (laporan kas harian) and the savings recap
(rekapitulasi simpanan, sub-ledger against the general ledger).

Every figure comes from the DTO; nothing is added up here. Savings balances
are the member's money (credit-positive); debit is money out of the account,
kredit money in."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.savings import (
    DailyCashReport,
    MemberStatementReport,
    SavingsRecapReport,
    StatementAccount,
)
from kopdesk.domain.vocabulary import SavingsAccountStatus
from kopdesk.reports.base import (
    Column,
    PageLayout,
    ReportRenderer,
    Row,
    RowKind,
    amount,
    period_text,
)
from kopdesk.reports.page import FONT, FONT_BOLD
from kopdesk.reports.table import BODY_LEADING, BODY_SIZE, TableLayout

__all__ = [
    "DailyCashRenderer",
    "MemberStatementRenderer",
    "SavingsRecapRenderer",
    "render_daily_cash",
    "render_member_statement",
    "render_savings_recap",
    "signature_block",
]

SECTION_STYLE = ParagraphStyle(
    "section",
    fontName=FONT_BOLD,
    fontSize=9.5,
    leading=12,
    spaceBefore=5 * mm,
    spaceAfter=2 * mm,
    keepWithNext=1,
)
NOTE_STYLE = ParagraphStyle("note", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING + 1)
WARN_STYLE = ParagraphStyle("warn", parent=NOTE_STYLE, fontName=FONT_BOLD)
STATUS: dict[str, str] = {
    SavingsAccountStatus.AKTIF: "aktif",
    SavingsAccountStatus.TUTUP: "ditutup",
}


def balance_text(value: int) -> str:
    """A savings balance: ``1.250.000``, zero as ``0``, negative in parentheses."""
    return f"({format_number(-value)})" if value < 0 else format_number(value)


def signature_block(captions: Sequence[str], width: float, *, names: Sequence[str] = ()) -> Table:
    """Places to sign side by side: caption, room for the signature, the name
    (or a dotted line) in parentheses."""
    names = list(names) + ["." * 32] * (len(captions) - len(names))
    data = [list(captions), [""] * len(captions), [f"( {n} )" for n in names]]
    table = Table(data, colWidths=[width / len(captions)] * len(captions),
                  rowHeights=[12, 16 * mm, 12])  # fmt: skip
    table.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )
    return table


# --- member statement -----------------------------------------------------------


class MemberStatementRenderer(ReportRenderer):
    """For each account: Tanggal | No. Jurnal | No. Bukti | Keterangan | Debit |
    Kredit | Saldo, with opening, totals and closing; then a summary table."""

    title = "LAPORAN MUTASI SIMPANAN ANGGOTA"
    columns = (
        Column("Tanggal", 17 * mm),
        Column("No. Jurnal", 23 * mm),
        Column("No. Bukti", 23 * mm),
        Column("Keterangan", None, wrap=True),
        Column("Debit", 21 * mm, "RIGHT"),
        Column("Kredit", 21 * mm, "RIGHT"),
        Column("Saldo", 23 * mm, "RIGHT"),
    )
    SUMMARY = (
        Column("Rekening", 30 * mm),
        Column("Produk", None, wrap=True),
        Column("Saldo Awal", 25 * mm, "RIGHT"),
        Column("Debit", 25 * mm, "RIGHT"),
        Column("Kredit", 25 * mm, "RIGHT"),
        Column("Saldo Akhir", 25 * mm, "RIGHT"),
    )

    def __init__(self, report: MemberStatementReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (
            f"Anggota {r.member_number} – {r.member_name}",
            period_text(r.date_from, r.date_to),
        )

    def rows(self) -> Iterator[Row]:
        return iter(())

    def account_rows(self, part: StatementAccount) -> Iterator[Row]:
        r = self.report
        opening = (format_date_short(r.date_from), "", "", "Saldo awal", "", "")
        yield Row((*opening, balance_text(part.opening_balance)))
        for row in part.rows:
            yield Row(
                (
                    format_date_short(row.date),
                    row.entry_number,
                    row.receipt_number,
                    row.description,
                    amount(row.debit),
                    amount(row.credit),
                    balance_text(row.balance),
                )
            )
        yield Row(
            (
                "Jumlah mutasi",
                "",
                "",
                "",
                amount(part.total_debit, blank_zero=False),
                amount(part.total_credit, blank_zero=False),
                "",
            ),
            RowKind.TOTAL,
        )
        closing = (format_date_short(r.date_to), "", "", "Saldo akhir", "", "")
        yield Row((*closing, balance_text(part.closing_balance)), RowKind.CLOSING)

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        width = layout.content_width
        story: list[Flowable] = []
        if r.member_address:
            story.append(Paragraph(f"Alamat: {_escape(r.member_address)}", NOTE_STYLE))
        if not r.accounts:
            story.append(Spacer(1, 4 * mm))
            story.append(Paragraph("Anggota ini belum mempunyai rekening simpanan.", NOTE_STYLE))
            return story
        table = TableLayout(self.columns)
        for part in r.accounts:
            state = STATUS.get(part.status, part.status)
            if part.closed_on is not None:
                state += f" {format_date(part.closed_on)}"
            heading = (
                f"{_escape(part.product_name)} – rekening {part.account_number} "
                f"<font name='{FONT}' size='8.5'>(dibuka {format_date(part.opened_on)}, "
                f"{state})</font>"
            )
            title = Paragraph(heading, SECTION_STYLE)
            body = table.flowing(list(self.account_rows(part)), width)
            # a short account stays on one page with its heading; a long one
            # flows over pages with its column heads repeated
            story.extend([KeepTogether([title, body])] if len(part.rows) < 25 else [title, body])
        story.append(Paragraph("Ringkasan", SECTION_STYLE))
        summary = [
            Row(
                (
                    a.account_number,
                    a.product_name,
                    balance_text(a.opening_balance),
                    amount(a.total_debit, blank_zero=False),
                    amount(a.total_credit, blank_zero=False),
                    balance_text(a.closing_balance),
                )
            )
            for a in r.accounts
        ]
        summary.append(
            Row(
                (
                    "Jumlah",
                    "",
                    balance_text(r.total_opening),
                    amount(r.total_debit, blank_zero=False),
                    amount(r.total_credit, blank_zero=False),
                    balance_text(r.total_closing),
                ),
                RowKind.TOTAL,
            )
        )
        story.append(KeepTogether([TableLayout(self.SUMMARY).flowing(summary, width)]))
        story.append(Spacer(1, 3 * mm))
        story.append(
            Paragraph(
                "Debit = uang keluar dari rekening (penarikan), Kredit = uang masuk (setoran, "
                "jasa). Saldo adalah simpanan anggota pada koperasi.",
                NOTE_STYLE,
            )
        )
        return story


def render_member_statement(report: MemberStatementReport, stamp: DocumentStamp) -> bytes:
    """A member's savings statement as PDF bytes (A4 portrait)."""
    return MemberStatementRenderer(report, stamp).generate()


# --- daily cash -----------------------------------------------------------------


class DailyCashRenderer(ReportRenderer):
    """No. Jurnal | No. Bukti | Keterangan | Anggota | Masuk | Keluar | Saldo,
    opening and closing rows, then the places to sign."""

    title = "LAPORAN KAS HARIAN"
    columns = (
        Column("No. Jurnal", 23 * mm),
        Column("No. Bukti", 23 * mm),
        Column("Keterangan", None, wrap=True),
        Column("Anggota", 32 * mm, wrap=True),
        Column("Masuk", 21 * mm, "RIGHT"),
        Column("Keluar", 21 * mm, "RIGHT"),
        Column("Saldo", 23 * mm, "RIGHT"),
    )

    def __init__(self, report: DailyCashReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (f"Akun {r.account_code} – {r.account_name}", f"Tanggal {format_date(r.day)}")

    def rows(self) -> Iterator[Row]:
        r = self.report
        yield Row(("", "", "Saldo awal", "", "", "", balance_text(r.opening_balance)))
        for row in r.rows:
            yield Row(
                (
                    row.entry_number,
                    row.receipt_number,
                    row.description,
                    row.member,
                    amount(row.cash_in),
                    amount(row.cash_out),
                    balance_text(row.balance),
                )
            )
        if not r.rows:
            yield Row(("", "", "Tidak ada transaksi kas pada hari ini.", "", "", "", ""))
        total = ("Jumlah", "", "", "", amount(r.total_in, blank_zero=False))
        yield Row((*total, amount(r.total_out, blank_zero=False), ""), RowKind.TOTAL)
        yield Row(
            ("", "", "Saldo akhir", "", "", "", balance_text(r.closing_balance)), RowKind.CLOSING
        )

    def story(self, layout: PageLayout) -> list[Flowable]:
        story = super().story(layout)
        story.append(Spacer(1, 8 * mm))
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{format_date(self.report.day)}", NOTE_STYLE),
                    Spacer(1, 2 * mm),
                    signature_block(("Kasir", "Bendahara"), layout.content_width),
                ]
            )
        )
        return story


def render_daily_cash(report: DailyCashReport, stamp: DocumentStamp) -> bytes:
    """The daily cash report as PDF bytes (A4 portrait)."""
    return DailyCashRenderer(report, stamp).generate()


# --- recap ----------------------------------------------------------------------


class SavingsRecapRenderer(ReportRenderer):
    """Produk | Akun Kontrol | Rekening | Anggota | Buku Simpanan | Buku Besar | Selisih."""

    title = "REKAPITULASI SIMPANAN ANGGOTA"
    columns = (
        Column("Produk", 32 * mm, wrap=True),
        Column("Akun Kontrol", None, wrap=True),
        Column("Rekening", 15 * mm, "RIGHT"),
        Column("Anggota", 15 * mm, "RIGHT"),
        Column("Buku Simpanan", 24 * mm, "RIGHT"),
        Column("Buku Besar", 24 * mm, "RIGHT"),
        Column("Selisih", 18 * mm, "RIGHT"),
    )

    def __init__(self, report: SavingsRecapReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Keadaan per {format_date(self.report.as_of)}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        for row in r.rows:
            yield Row(
                (
                    row.product_name,
                    f"{row.account_code} {row.account_name}",
                    format_number(row.accounts),
                    format_number(row.members),
                    balance_text(row.subledger),
                    balance_text(row.gl),
                    balance_text(row.difference),
                )
            )
        yield Row(
            (
                "Jumlah",
                "",
                format_number(r.total_accounts),
                format_number(r.total_members),
                balance_text(r.total_subledger),
                balance_text(r.total_gl),
                balance_text(r.total_difference),
            ),
            RowKind.TOTAL,
        )

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        story = super().story(layout)
        story.append(Spacer(1, 4 * mm))
        notes = [
            "Rekening dan anggota: yang bersaldo tidak nol. Jumlah anggota menghitung setiap "
            "anggota sekali.",
            "Buku Simpanan: jumlah saldo rekening simpanan anggota. Buku Besar: saldo akun "
            "kontrol simpanan. Selisih = Buku Simpanan − Buku Besar; harus nol.",
        ]
        story.extend(Paragraph(text, NOTE_STYLE) for text in notes)
        story.append(Spacer(1, 2 * mm))
        if r.total_difference or any(row.difference for row in r.rows):
            story.append(
                Paragraph(
                    "PERHATIAN: buku simpanan dan buku besar berselisih "
                    f"{format_rupiah(r.total_difference, parens=True)}. Jalankan pemeriksaan "
                    "buku dan laporkan kepada pengawas.",
                    WARN_STYLE,
                )
            )
        else:
            story.append(Paragraph("Buku simpanan cocok dengan buku besar.", NOTE_STYLE))
        return story


def render_savings_recap(report: SavingsRecapReport, stamp: DocumentStamp) -> bytes:
    """The savings recap as PDF bytes (A4 portrait)."""
    return SavingsRecapRenderer(report, stamp).generate()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
