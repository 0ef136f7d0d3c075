"""Member papers: the Buku Daftar Anggota (register, A4 landscape, a row to
sign in for every member) and one member's profile sheet (A4 portrait).

Counts in the register's summary come from the DTO; the ``No.`` column is only
the row's position on the list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.members import MemberProfileReport, MemberRegisterReport
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row
from kopdesk.reports.page import FONT, FONT_BOLD
from kopdesk.reports.table import BODY_LEADING, BODY_SIZE, HEAD_FILL, TableLayout

__all__ = [
    "MemberProfileRenderer",
    "MemberRegisterRenderer",
    "register_summary",
    "render_member_profile",
    "render_member_register",
]

SIGN_ROW_HEIGHT = 9.5 * mm
"""Every register row is this tall, room for a signature; it fits two lines at
8 pt or three at 6 pt."""
FIELD_ROW_HEIGHT = 6.5 * mm
"""A profile's data rows: a little more air than a table's."""
SMALLEST = 6.0
"""Text that needs more lines than a row holds shrinks down to this size."""

SUMMARY_STYLE = ParagraphStyle("summary", fontName=FONT, fontSize=9, leading=12)
SECTION_STYLE = ParagraphStyle(
    "section",
    fontName=FONT_BOLD,
    fontSize=10,
    leading=12,
    spaceBefore=7 * mm,
    spaceAfter=2 * mm,
    keepWithNext=1,
)
NOTE_STYLE = ParagraphStyle("note", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING)


def register_summary(report: MemberRegisterReport) -> str:
    """``Jumlah anggota: 1.234 (aktif 1.200; laki-laki 600, perempuan 634)``."""
    return (
        f"Jumlah anggota: {format_number(report.total)} "
        f"(aktif {format_number(report.active)}; "
        f"laki-laki {format_number(report.men)}, perempuan {format_number(report.women)})"
    )


class MemberRegisterRenderer(ReportRenderer):
    """No. | No. Anggota | Nama Lengkap | NIK (KTP) | L/P | Tempat, Tgl Lahir |
    Alamat | Tgl Masuk | Tgl Keluar | Keterangan | Tanda Tangan, then the counts."""

    title = "BUKU DAFTAR ANGGOTA"
    landscape = True
    columns = (
        Column("No.", 10 * mm, "CENTER"),
        Column("No. Anggota", 21 * mm),
        Column("Nama Lengkap", 35 * mm, wrap=True, min_size=SMALLEST),
        Column("NIK (KTP)", 28 * mm),
        Column("L/P", 8 * mm, "CENTER"),
        Column("Tempat, Tgl Lahir", 30 * mm, wrap=True, min_size=SMALLEST),
        Column("Alamat", None, wrap=True, min_size=SMALLEST),
        Column("Tgl Masuk", 18 * mm, "CENTER"),
        Column("Tgl Keluar", 18 * mm, "CENTER"),
        Column("Keterangan", 20 * mm, wrap=True, min_size=SMALLEST),
        Column("Tanda Tangan", 30 * mm),
    )

    def __init__(self, report: MemberRegisterReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Keadaan per {format_date(self.report.as_of)}",)

    def table(self) -> TableLayout:
        return TableLayout(
            self.columns, min_row_height=SIGN_ROW_HEIGHT, ruled=True, valign="MIDDLE"
        )

    def rows(self) -> Iterator[Row]:
        for index, member in enumerate(self.report.rows, start=1):
            leave = format_date_short(member.leave_date) if member.leave_date else ""
            yield Row(
                (
                    str(index),
                    member.number,
                    member.full_name,
                    member.nik,  # an ID number: no thousands dots
                    member.sex,
                    member.birth,
                    member.address,
                    format_date_short(member.join_date),
                    leave,
                    member.status,
                    "",  # signed by hand
                )
            )

    def story(self, layout: PageLayout) -> list[Flowable]:
        story = super().story(layout)
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(register_summary(self.report), SUMMARY_STYLE))
        return story


def render_member_register(report: MemberRegisterReport, stamp: DocumentStamp) -> bytes:
    """The Buku Daftar Anggota as PDF bytes (A4 landscape), counts from ``report``."""
    return MemberRegisterRenderer(report, stamp).generate()


class MemberProfileRenderer(ReportRenderer):
    """Label/value table of the member's data, then ``Riwayat Status`` and,
    when the member holds or held an office, ``Jabatan di Koperasi``."""

    title = "PROFIL ANGGOTA"
    columns = ()

    FIELDS = (Column("Data", 52 * mm, wrap=True), Column("Isian", None, wrap=True))
    HISTORY = (
        Column("Tanggal", 32 * mm),
        Column("Status", 45 * mm, wrap=True),
        Column("Keterangan", None, wrap=True),
    )
    OFFICES = (Column("Jabatan", 60 * mm, wrap=True), Column("Masa Jabatan", None, wrap=True))

    def __init__(self, report: MemberProfileReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Nomor Anggota {self.report.number}",)

    def rows(self) -> Iterator[Row]:
        return iter(())

    def story(self, layout: PageLayout) -> list[Flowable]:
        r = self.report
        width = layout.content_width
        fields = TableLayout(
            self.FIELDS, min_row_height=FIELD_ROW_HEIGHT, ruled=True, valign="MIDDLE"
        ).flowing([Row((label, value)) for label, value in r.fields], width, heading=False)
        label_style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (0, -1), FONT_BOLD, BODY_SIZE, BODY_LEADING),
            ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ]
        fields.setStyle(label_style)
        story: list[Flowable] = [fields, Paragraph("Riwayat Status", SECTION_STYLE)]
        if r.history:
            rows = [Row((format_date(day), status, reason)) for day, status, reason in r.history]
            story.append(TableLayout(self.HISTORY, ruled=True).flowing(rows, width))
        else:
            story.append(Paragraph("Belum ada catatan perubahan status.", NOTE_STYLE))
        if r.offices:
            story.append(Paragraph("Jabatan di Koperasi", SECTION_STYLE))
            rows = [Row((office, term)) for office, term in r.offices]
            story.append(TableLayout(self.OFFICES, ruled=True).flowing(rows, width))
        return story


def render_member_profile(report: MemberProfileReport, stamp: DocumentStamp) -> bytes:
    """One member's profile sheet as PDF bytes (A4 portrait)."""
    return MemberProfileRenderer(report, stamp).generate()
