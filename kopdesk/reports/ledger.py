"""Buku Besar of one account as PDF: opening balance, every line with its
running balance, totals and closing balance, all taken from the DTO.

Balances are debit-positive: a positive balance prints under ``Saldo Debit``,
a negative one (a credit balance) as its absolute value under ``Saldo Kredit``,
and a zero balance as ``-`` in both."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.papers.ledger import LedgerReport
from kopdesk.reports.base import Column, ReportRenderer, Row, RowKind, amount, period_text

__all__ = ["LedgerRenderer", "balance_cells", "render_ledger"]


def balance_cells(balance: int) -> tuple[str, str]:
    """(Saldo Debit, Saldo Kredit) text for a debit-positive balance."""
    if balance > 0:
        return format_number(balance), ""
    if balance < 0:
        return "", format_number(-balance)
    return "-", "-"


class LedgerRenderer(ReportRenderer):
    """Tanggal | No. Jurnal | Keterangan | Debit | Kredit | Saldo Debit | Saldo Kredit."""

    title = "BUKU BESAR"
    columns = (
        Column("Tanggal", 17 * mm),
        Column("No. Jurnal", 20 * mm),
        Column("Keterangan", None, wrap=True),
        Column("Debit", 19 * mm, "RIGHT"),
        Column("Kredit", 19 * mm, "RIGHT"),
        Column("Saldo Debit", 19 * mm, "RIGHT"),
        Column("Saldo Kredit", 19 * mm, "RIGHT"),
    )

    def __init__(
        self, report: LedgerReport, stamp: DocumentStamp, *, landscape: bool = False
    ) -> None:
        super().__init__(report.header, stamp, landscape=landscape)
        self.report = report

    def subtitle_lines(self) -> tuple[str, ...]:
        r = self.report
        return (f"Akun {r.account_code} – {r.account_name}", period_text(r.date_from, r.date_to))

    def rows(self) -> Iterator[Row]:
        r = self.report
        yield Row(
            (
                format_date_short(r.date_from),
                "",
                "Saldo awal",
                "",
                "",
                *balance_cells(r.opening_balance),
            )
        )
        for row in r.rows:
            yield Row(
                (
                    format_date_short(row.date),
                    row.number,
                    row.description,
                    amount(row.debit),
                    amount(row.credit),
                    *balance_cells(row.balance),
                )
            )
        yield Row(
            (
                "Jumlah",
                "",
                "",
                amount(r.total_debit, blank_zero=False),
                amount(r.total_credit, blank_zero=False),
                "",
                "",
            ),
            RowKind.TOTAL,
        )
        yield Row(
            (
                format_date_short(r.date_to),
                "",
                "Saldo akhir",
                "",
                "",
                *balance_cells(r.closing_balance),
            ),
            RowKind.CLOSING,
        )


def render_ledger(report: LedgerReport, stamp: DocumentStamp, *, landscape: bool = False) -> bytes:
    """The Buku Besar of ``report``'s account as PDF bytes (A4)."""
    return LedgerRenderer(report, stamp, landscape=landscape).generate()
