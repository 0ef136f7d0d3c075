"""Jurnal Umum as PDF: each entry's heading, then its lines, debit before credit.

Account lines are indented under their entry, credit lines one step further
(the usual way a journal is written by hand). Totals come from the DTO."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.ledger import JournalEntryRow, JournalReport
from kopdesk.reports.base import Column, ReportRenderer, Row, RowKind, amount, period_text

__all__ = ["JournalRenderer", "render_journal"]

KEEP_WHOLE_LINES = 10
"""Entries with at most this many lines are never split over two pages."""


class JournalRenderer(ReportRenderer):
    """Tanggal | No. Jurnal | Keterangan / Akun | Debit | Kredit, then ``Jumlah``."""

    title = "JURNAL UMUM"
    columns = (
        Column("Tanggal", 17 * mm),
        Column("No. Jurnal", 20 * mm),
        Column("Keterangan / Akun", None, wrap=True),
        Column("Debit", 24 * mm, "RIGHT"),
        Column("Kredit", 24 * mm, "RIGHT"),
    )

    def __init__(
        self, report: JournalReport, stamp: DocumentStamp, *, landscape: bool = False
    ) -> None:
        super().__init__(report.header, stamp, landscape=landscape)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (period_text(self.report.date_from, self.report.date_to),)

    def rows(self) -> Iterator[Row]:
        for entry in self.report.entries:
            yield from _entry_rows(entry)
        yield Row(
            (
                "Jumlah",
                "",
                "",
                amount(self.report.total_debit, blank_zero=False),
                amount(self.report.total_credit, blank_zero=False),
            ),
            RowKind.TOTAL,
        )


def _entry_rows(entry: JournalEntryRow) -> Iterator[Row]:
    """The entry's heading row, then one row per line (credit lines indented further)."""
    description = entry.description
    if entry.reversal_of:
        description = f"{description} (Pembalik {entry.reversal_of})".lstrip()
    date = format_date_short(entry.date)
    yield Row((date, entry.number, description, "", ""), RowKind.GROUP, keep_with_next=True)
    keep_whole = len(entry.lines) <= KEEP_WHOLE_LINES
    last = len(entry.lines) - 1
    for index, line in enumerate(entry.lines):
        account = f"{line.code} {line.name}"
        if line.memo:
            account = f"{account} – {line.memo}"
        yield Row(
            ("", "", account, amount(line.debit), amount(line.credit)),
            indent=2 if line.credit and not line.debit else 1,
            keep_with_next=keep_whole and index < last,
            continued=(date, entry.number, "", "", ""),
        )


def render_journal(
    report: JournalReport, stamp: DocumentStamp, *, landscape: bool = False
) -> bytes:
    """The Jurnal Umum for ``report``'s period as PDF bytes (A4)."""
    return JournalRenderer(report, stamp, landscape=landscape).generate()
