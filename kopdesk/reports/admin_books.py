"""The small registers of the buku administrasi on A4 landscape: the pengurus,
pengawas and staff register, the minutes of meetings, and the books of suggestions
and recommendations, with the places to sign."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.dinas import RegisterReport
from kopdesk.reports.base import Column, PageLayout, ReportRenderer, Row
from kopdesk.reports.savings_lists import place_and_date, signature_block

__all__ = ["render_register"]


class _Register(ReportRenderer):
    landscape = True
    empty = "Belum ada catatan."

    def __init__(self, report: RegisterReport, stamp: DocumentStamp) -> None:
        super().__init__(report.header, stamp)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (self.report.subtitle,)

    def rows(self) -> Iterator[Row]:
        for cells in self.report.rows:
            yield Row(cells)
        if not self.report.rows:
            yield Row(("", self.empty, *[""] * (len(self.columns) - 2)))

    def story(self, layout: PageLayout) -> list[Flowable]:
        story = super().story(layout)
        story.append(Spacer(1, 6 * mm))
        story.append(
            signature_block(
                place_and_date(self.stamp), ("Mengetahui, Ketua", "Sekretaris"),
                layout.content_width,
            )
        )  # fmt: skip
        return story


class OfficersRenderer(_Register):
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("Nama", None, wrap=True),
        Column("Jabatan", 50 * mm, wrap=True),
        Column("L/P", 10 * mm, "CENTER"),
        Column("NIK", 36 * mm),
        Column("Mulai", 22 * mm, "CENTER"),
        Column("Selesai", 28 * mm, "CENTER"),
    )


class MeetingsRenderer(_Register):
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("Tanggal", 22 * mm, "CENTER"),
        Column("Jenis rapat", 40 * mm, wrap=True),
        Column("Acara", 50 * mm, wrap=True),
        Column("Ringkasan dan keputusan", None, wrap=True),
        Column("Lampiran", 45 * mm, wrap=True),
    )


class NotesRenderer(_Register):
    columns = (
        Column("No.", 9 * mm, "CENTER"),
        Column("Tanggal", 22 * mm, "CENTER"),
        Column("Dari", 45 * mm, wrap=True),
        Column("Isi", None, wrap=True),
        Column("Tindak lanjut", 70 * mm, wrap=True),
    )


RENDERERS: dict[str, type[_Register]] = {
    "officers": OfficersRenderer,
    "meetings": MeetingsRenderer,
    "notes": NotesRenderer,
}


def render_register(report: RegisterReport, stamp: DocumentStamp) -> bytes:
    """One register of the buku administrasi as PDF bytes (A4 landscape)."""
    titled: type[_Register] = type(
        "TitledRegister", (RENDERERS[report.kind],), {"title": report.title}
    )
    return titled(report, stamp).generate()
