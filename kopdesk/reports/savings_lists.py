"""Savings lists on A4 landscape: the simpanan wajib billing and arrears list
(daftar tagihan dan tunggakan simpanan wajib) and the PPh Pasal 4 ayat (2)
withholding list on savings interest (daftar pemotongan PPh 4(2)).

Every figure comes from the DTO; nothing is added up here. The ``No.`` column
is only the row's position on the list."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kopdesk.domain.dates import MONTHS_ID, format_date, format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.savings import TaxWithholdingReport, WajibArrearsReport
from kopdesk.domain.savings import percent_text
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind, amount
from kopdesk.reports.page import FONT
from kopdesk.reports.savings import NOTE_STYLE, WARN_STYLE

__all__ = [
    "TaxWithholdingRenderer",
    "WajibArrearsRenderer",
    "month_text",
    "place_and_date",
    "render_tax_withholding",
    "render_wajib_arrears",
    "signature_block",
]

GAP = 2 * mm


def month_text(month: str) -> str:
    """``2025-02`` → ``Februari 2025``."""
    year, number = month.split("-")
    return f"{MONTHS_ID[int(number) - 1]} {year}"


def _left_total(story: list[Flowable]) -> list[Flowable]:
    """The totals row's label starts at the left, like the other papers' (the
    ``No.`` column it spans is centred)."""
    last = next((f for f in reversed(story) if isinstance(f, Table)), None)
    if last is not None:
        last.setStyle([("ALIGN", (0, -1), (0, -1), "LEFT")])
    return story


def signature_block(place_date: str, captions: tuple[str, ...], width: float) -> Flowable:
    """Place and date over the last signature place, then the places to sign,
    kept on one page."""
    share = width / len(captions)
    style = ParagraphStyle("place", parent=NOTE_STYLE, alignment=TA_CENTER)
    place = Table(
        [["" for _ in captions[:-1]] + [Paragraph(place_date, style)]],
        colWidths=[share] * len(captions),
    )
    place.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    names = ["" if not c else f"( {'.' * 32} )" for c in captions]
    signs = Table([list(captions), [""] * len(captions), names],
                  colWidths=[share] * len(captions), rowHeights=[12, 16 * mm, 12])  # fmt: skip
    signs.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )
    return KeepTogether([place, Spacer(1, 1 * mm), signs])


def place_and_date(stamp: DocumentStamp) -> str:
    """A dotted place to write the town in, and the day the paper was made."""
    return f"{'.' * 40}, {format_date(stamp.made_at.date())}"


# --- simpanan wajib ---------------------------------------------------------------


class WajibArrearsRenderer(ReportRenderer):
    """No. | No. Anggota | Nama | Golongan | Per Bulan | Sejak | Bulan | Wajib s.d.
    <tanggal> | Dibayar | Tunggakan | [Lebih Bayar] | Bulan Menunggak; totals, the
    count of members behind, how the figures are counted, the places to sign."""

    title = "DAFTAR TAGIHAN DAN TUNGGAKAN SIMPANAN WAJIB"
    landscape = True
    columns = ()

    def __init__(self, report: WajibArrearsReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report
        through = format_date_short(report.through)
        ahead = () if report.only_late else (Column("Lebih Bayar", 22 * mm, "RIGHT"),)
        self.columns = (  # type: ignore[misc]
            Column("No.", 9 * mm, "CENTER"),
            Column("No. Anggota", 20 * mm),
            Column("Nama Anggota", None, wrap=True),
            Column("Golongan", 28 * mm, wrap=True),
            Column("Per Bulan", 19 * mm, "RIGHT"),
            Column("Sejak", 18 * mm, "CENTER"),
            Column("Bulan", 11 * mm, "RIGHT"),
            Column(f"Wajib s.d. {through}", 31 * mm, "RIGHT"),
            Column("Dibayar", 22 * mm, "RIGHT"),
            Column("Tunggakan", 22 * mm, "RIGHT"),
            *ahead,
            Column("Bulan Menunggak", 24 * mm, "RIGHT"),
        )

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        scope = "anggota yang menunggak" if r.only_late else "semua anggota aktif"
        return (f"Per {format_date(r.through)} – {scope}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        for index, row in enumerate(r.rows, start=1):
            ahead = () if r.only_late else (amount(row.ahead),)
            yield Row(
                (
                    str(index),
                    row.member_number,
                    row.member_name,
                    row.member_class or "-",
                    format_number(row.monthly),
                    format_date_short(row.start),
                    format_number(row.months),
                    format_number(row.due),
                    format_number(row.paid),
                    amount(row.arrears),
                    *ahead,
                    format_number(row.months_behind) if row.months_behind else "",
                )
            )
        if not r.rows:
            empty = "Tidak ada anggota yang menunggak." if r.only_late else "Tidak ada anggota."
            yield Row(("", "", empty, *[""] * (len(self.columns) - 3)))
        ahead_total = () if r.only_late else (amount(r.total_ahead, blank_zero=False),)
        yield Row(
            (
                f"Jumlah ({format_number(len(r.rows))} anggota)",
                "",
                "",
                "",
                "",
                "",
                "",
                format_number(r.total_due),
                format_number(r.total_paid),
                amount(r.total_arrears, blank_zero=False),
                *ahead_total,
                "",
            ),
            RowKind.TOTAL,
        )

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        story = _left_total(super().story(layout))
        story.append(Spacer(1, 4 * mm))
        story.append(
            Paragraph(
                f"<b>Anggota menunggak: {format_number(r.members_late)} dari "
                f"{format_number(r.members_billed)} anggota aktif yang ditagih; jumlah "
                f"tunggakan {format_rupiah(r.total_arrears)}.</b>",
                NOTE_STYLE,
            )
        )
        story.append(Spacer(1, GAP))
        since = "sejak bulan anggota masuk"
        if r.billing_start is not None:
            since += f" (tetapi tidak sebelum {format_date(r.billing_start)})"
        notes = [
            f"Wajib s.d. tanggal = iuran per bulan menurut golongan × jumlah bulan, {since} "
            f"sampai dengan bulan {month_text(f'{r.through:%Y-%m}')}. Dibayar = setoran simpanan "
            f"wajib yang diterima sampai dengan {format_date(r.through)}.",
            "Tunggakan = wajib − dibayar bila kurang bayar. Bulan menunggak = tunggakan dibagi "
            "iuran per bulan, dibulatkan ke atas.",
        ]
        if not r.only_late:
            notes.append("Lebih bayar = dibayar − wajib bila anggota membayar di muka.")
        story.extend(Paragraph(text, NOTE_STYLE) for text in notes)
        story.append(Spacer(1, 8 * mm))
        story.append(
            signature_block(
                place_and_date(self.stamp), ("Mengetahui, Ketua", "Bendahara"), layout.content_width
            )
        )
        return story


def render_wajib_arrears(report: WajibArrearsReport, stamp: DocumentStamp) -> bytes:
    """The simpanan wajib billing and arrears list as PDF bytes (A4 landscape)."""
    return WajibArrearsRenderer(report, stamp).generate()


# --- PPh 4(2) ---------------------------------------------------------------------


class TaxWithholdingRenderer(ReportRenderer):
    """No. | No. Anggota | Nama | NIK | NPWP | Jasa Bruto | PPh Dipotong | Jasa
    Bersih; totals, the rule and the deadline, the journal, the Bendahara's
    place to sign."""

    title = "DAFTAR PEMOTONGAN PPh PASAL 4 AYAT (2) ATAS JASA SIMPANAN"
    landscape = True
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("No. Anggota", 20 * mm),
        Column("Nama Anggota", None, wrap=True),
        Column("NIK", 31 * mm),
        Column("NPWP", 36 * mm),
        Column("Jasa Bruto", 28 * mm, "RIGHT"),
        Column("PPh Dipotong", 28 * mm, "RIGHT"),
        Column("Jasa Bersih", 28 * mm, "RIGHT"),
    )

    def __init__(self, report: TaxWithholdingReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Masa Pajak {month_text(self.report.month)}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        for index, row in enumerate(r.rows, start=1):
            yield Row(
                (
                    str(index),
                    row.member_number,
                    row.member_name,
                    row.nik or "-",  # ID numbers: no thousands dots
                    row.npwp or "-",
                    format_number(row.gross),
                    format_number(row.tax),
                    format_number(row.net),
                )
            )
        if not r.rows:
            yield Row(("", "", "Tidak ada jasa simpanan pada bulan ini.", "", "", "", "", ""))
        yield Row(
            (
                f"Jumlah ({format_number(len(r.rows))} anggota)",
                "",
                "",
                "",
                "",
                format_number(r.gross_total),
                format_number(r.tax_total),
                format_number(r.net_total),
            ),
            RowKind.TOTAL,
        )

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        story = _left_total(super().story(layout))
        story.append(Spacer(1, 4 * mm))
        story.append(
            Paragraph(
                f"<b>Anggota penerima jasa: {format_number(len(r.rows))}; yang dipotong PPh: "
                f"{format_number(r.members_taxed)}; PPh Pasal 4 ayat (2) yang harus disetor: "
                f"{format_rupiah(r.tax_total)}.</b>",
                NOTE_STYLE,
            )
        )
        story.append(Spacer(1, GAP))
        threshold = format_rupiah(r.threshold)
        rate = percent_text(r.rate_percent)
        entry = (
            f"Dibukukan dengan jurnal {r.entry_number} tanggal {format_date(r.period_end)}."
            if r.entry_number
            else "Tidak ada jurnal: pada bulan ini tidak ada jasa simpanan yang dibayarkan."
        )
        notes = [
            f"PPh final Pasal 4 ayat (2) atas jasa (bunga) simpanan anggota orang pribadi "
            f"(PP 15 Tahun 2009): 0% bila jasa seorang anggota dalam sebulan sampai dengan "
            f"{threshold}; {rate}% dari jasa bruto bila lebih dari {threshold}.",
            f"PPh yang dipotong disetor paling lambat tanggal {format_date(r.pay_by)}. Bukti "
            "potong PPh Pasal 4 ayat (2) dibuat untuk setiap anggota, juga bila tarifnya 0%.",
            entry,
        ]
        story.extend(Paragraph(text, NOTE_STYLE) for text in notes)
        if not r.rule_matches:
            story.append(Spacer(1, GAP))
            story.append(
                Paragraph(
                    "PERHATIAN: sebagian potongan tidak sesuai dengan batas dan tarif di atas; "
                    "pengaturan PPh mungkin diubah setelah bulan ini diproses. Periksa sebelum "
                    "menyetor.",
                    WARN_STYLE,
                )
            )
        story.append(Spacer(1, 8 * mm))
        width = layout.content_width
        story.append(signature_block(place_and_date(self.stamp), ("", "", "Bendahara"), width))
        return story


def render_tax_withholding(report: TaxWithholdingReport, stamp: DocumentStamp) -> bytes:
    """The PPh 4(2) withholding list of one month as PDF bytes (A4 landscape)."""
    return TaxWithholdingRenderer(report, stamp).generate()
