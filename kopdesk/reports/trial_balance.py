"""Neraca Saldo (trial balance) as PDF: one row per account, totals from the DTO."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm

from kopdesk.domain.dates import format_date
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.ledger import TrialBalanceReport
from kopdesk.reports.base import Column, ReportRenderer, Row, RowKind, amount

__all__ = ["TrialBalanceRenderer", "render_trial_balance"]


class TrialBalanceRenderer(ReportRenderer):
    """Kode | Nama Akun | Debit | Kredit, closed by the ``Jumlah`` row."""

    title = "NERACA SALDO"
    columns = (
        Column("Kode", 24 * mm),
        Column("Nama Akun", None, wrap=True),
        Column("Debit", 32 * mm, "RIGHT"),
        Column("Kredit", 32 * mm, "RIGHT"),
    )

    def __init__(
        self, report: TrialBalanceReport, stamp: DocumentStamp, *, landscape: bool = False
    ) -> None:
        super().__init__(report.header, stamp, landscape=landscape)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        return (f"Per {format_date(self.report.as_of)}",)

    def rows(self) -> Iterator[Row]:
        for row in self.report.rows:
            yield Row((row.code, row.name, amount(row.debit), amount(row.credit)))
        yield Row(
            (
                "Jumlah",
                "",
                amount(self.report.total_debit, blank_zero=False),
                amount(self.report.total_credit, blank_zero=False),
            ),
            RowKind.TOTAL,
        )


def render_trial_balance(
    report: TrialBalanceReport, stamp: DocumentStamp, *, landscape: bool = False
) -> bytes:
    """The Neraca Saldo as PDF bytes (A4); amounts in rupiah, totals from ``report``."""
    return TrialBalanceRenderer(report, stamp, landscape=landscape).generate()
