"""Daftar Aset Tetap dan Penyusutan on A4 landscape: every asset with its cost,
life, monthly depreciation, accumulated depreciation and book value as of a
date, a subtotal per category and the grand total, how the figures are
counted, and the places to sign.

Every figure comes from the DTO; nothing is added up here."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kopdesk.domain.assets import AssetRegisterReport
from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row, RowKind, amount
from kopdesk.reports.savings import NOTE_STYLE
from kopdesk.reports.savings_lists import month_text, place_and_date, signature_block

__all__ = ["AssetRegisterRenderer", "render_asset_register"]

GAP = 2 * mm


class AssetRegisterRenderer(ReportRenderer):
    """No. | Kode | Nama Aset | Kelompok | Tgl Perolehan | Harga Perolehan | Umur
    (bulan) | Penyusutan/Bulan | Akumulasi Penyusutan | Nilai Buku; a subtotal per
    category, the grand total, notes, the places to sign."""

    title = "DAFTAR ASET TETAP DAN PENYUSUTAN"
    landscape = True
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("Kode", 20 * mm),
        Column("Nama Aset", None, wrap=True),
        Column("Kelompok", 42 * mm, wrap=True),
        Column("Tgl Perolehan", 21 * mm, "CENTER"),
        Column("Harga Perolehan", 28 * mm, "RIGHT"),
        Column("Umur (bulan)", 17 * mm, "RIGHT"),
        Column("Penyusutan/Bulan", 26 * mm, "RIGHT"),
        Column("Akumulasi Penyusutan", 31 * mm, "RIGHT"),
        Column("Nilai Buku", 28 * mm, "RIGHT"),
    )

    def __init__(self, report: AssetRegisterReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Per {format_date(self.report.as_of)}",)

    def rows(self) -> Iterator[Row]:
        r = self.report
        index = 0
        for group in r.groups:
            for row in group.rows:
                index += 1
                yield Row(
                    (
                        str(index),
                        row.code,
                        row.name,
                        group.label,
                        format_date_short(row.acquired_on),
                        format_number(row.cost),
                        format_number(row.life_months) if row.life_months else "-",
                        amount(row.monthly) if row.life_months else "-",
                        amount(row.accumulated, blank_zero=False) if row.life_months else "-",
                        format_number(row.book_value),
                    )
                )
            yield Row(
                (
                    f"Jumlah {group.label} ({format_number(len(group.rows))} aset)",
                    "", "", "", "",
                    format_number(group.cost),
                    "",
                    amount(group.monthly, blank_zero=False),
                    amount(group.accumulated, blank_zero=False),
                    format_number(group.book_value),
                ),
                RowKind.TOTAL,
            )  # fmt: skip
        if not r.groups:
            yield Row(("", "", "Belum ada aset tetap yang tercatat.", *[""] * 7))
        count = sum(len(g.rows) for g in r.groups)
        yield Row(
            (
                f"Jumlah seluruh aset tetap ({format_number(count)} aset)",
                "", "", "", "",
                format_number(r.cost),
                "",
                amount(r.monthly, blank_zero=False),
                amount(r.accumulated, blank_zero=False),
                format_number(r.book_value),
            ),
            RowKind.TOTAL,
        )  # fmt: skip

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        story = super().story(layout)
        for table in story:
            if isinstance(table, Table):  # the totals' labels start at the left
                cells = table._cellvalues
                table.setStyle(
                    [
                        ("ALIGN", (0, i), (0, i), "LEFT")
                        for i, row in enumerate(cells)
                        if str(row[0]).startswith("Jumlah ")
                    ]
                )
        story.append(Spacer(1, 4 * mm))
        posted = (
            f"Penyusutan terakhir yang diposting: bulan {month_text(r.last_run)}."
            if r.last_run
            else "Belum ada penyusutan yang diposting sampai tanggal ini."
        )
        notes = [
            "Penyusutan garis lurus per bulan: (harga perolehan − nilai sisa − akumulasi "
            "penyusutan saldo awal) dibagi sisa umur manfaat, mulai bulan perolehan (aset saldo "
            "awal: mulai bulan saldo awalnya dibukukan); pembulatan ke rupiah dibagi rata "
            "sehingga jumlah seluruh bulan tepat sama dengan nilai yang disusutkan. Tanah tidak "
            "disusutkan.",
            "Penyusutan/bulan = penyusutan bulan "
            f"{month_text(f'{r.as_of:%Y-%m}')} menurut jadwal. Akumulasi penyusutan = akumulasi "
            f"saldo awal ditambah penyusutan yang sudah diposting sampai {format_date(r.as_of)}. "
            f"Nilai buku = harga perolehan − akumulasi penyusutan. {posted}",
        ]
        story.extend(Paragraph(text, NOTE_STYLE) for text in notes)
        story.append(Spacer(1, 5 * mm))
        story.append(
            signature_block(
                place_and_date(self.stamp), ("Mengetahui, Ketua", "Bendahara"), layout.content_width
            )
        )
        return story


def render_asset_register(report: AssetRegisterReport, stamp: DocumentStamp) -> bytes:
    """The fixed-asset register with depreciation as PDF bytes (A4 landscape)."""
    return AssetRegisterRenderer(report, stamp).generate()
