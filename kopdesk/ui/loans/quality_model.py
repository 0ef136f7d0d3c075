"""Tables of loan quality and of the loan products.

Aging buckets and the late loans (tunggakan), loans by kolektibilitas with
the allowance (PPAP) each grade requires, the month-end allowance runs, and
the loan product list. Amounts are whole rupiah in Indonesian form; total
rows are bold.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from kopdesk.domain.dates import format_date_short, format_datetime
from kopdesk.domain.money import format_number
from kopdesk.domain.savings import percent_text
from kopdesk.services.loans.products import LoanProductInfo
from kopdesk.services.loans.quality import (
    AllowanceRunInfo,
    ArrearsReport,
    CollectibilityReport,
    Position,
)
from kopdesk.ui.kit.products import ProductListModel
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.savings.routine_model import month_label


def _share(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return percent_text((Decimal(part) * 100 / whole).quantize(Decimal("0.01")))


class AgingModel(TextTableModel):
    """Running loans by days past due: loans, principal left, overdue; a bold total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({1, 2, 3}), parent)
        self.set_headers(
            (self.tr("Days late"), self.tr("Loans"), self.tr("Principal left"), self.tr("Overdue"))
        )

    def set_report(self, report: ArrearsReport | None) -> None:
        if report is None:
            self.set_rows([])
            return
        rows: list[tuple[str, ...]] = [
            (b.label, str(b.loans), format_number(b.outstanding), format_number(b.overdue))
            for b in report.buckets
        ]
        rows.append(
            (
                self.tr("Total"),
                str(sum(b.loans for b in report.buckets)),
                format_number(report.outstanding_total),
                format_number(sum(b.overdue for b in report.buckets)),
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class PositionsModel(TextTableModel):
    """One row per loan: principal left, what is overdue, days late, grade, next due,
    the part of its collateral counted against the allowance and the collateral."""

    MEMBER, DAYS, GRADE, COUNTED, COLLATERAL = 1, 8, 9, 11, 12

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3, 4, 5, 6, 7, 8, 11}), parent)
        self.positions: list[Position] = []
        self.set_headers(
            (
                self.tr("Loan"),
                self.tr("Member"),
                self.tr("Product"),
                self.tr("Principal left"),
                self.tr("Principal overdue"),
                self.tr("Interest overdue"),
                self.tr("Late fee"),
                self.tr("Total overdue"),
                self.tr("Days late"),
                self.tr("Grade"),
                self.tr("Next due"),
                self.tr("Collateral counted"),
                self.tr("Collateral"),
            )
        )

    def set_positions(self, positions: tuple[Position, ...] | list[Position]) -> None:
        self.positions = list(positions)
        self.set_rows(
            [
                (
                    p.loan_number,
                    f"{p.member_number} {p.member_name}",
                    p.product_name,
                    format_number(p.outstanding),
                    format_number(p.overdue_principal),
                    format_number(p.overdue_interest),
                    format_number(p.late_fee),
                    format_number(p.overdue_total),
                    str(p.days_past_due),
                    p.grade.label,
                    format_date_short(p.next_due) if p.next_due else "–",
                    format_number(p.collateral_deducted),
                    _collateral(p),
                )
                for p in self.positions
            ]
        )

    def position(self, row: int) -> Position | None:
        return self.positions[row] if 0 <= row < len(self.positions) else None


def _collateral(p: Position) -> str:
    """``Kendaraan (BPKB) 6.000.000``: the kind and the appraised value, or a dash."""
    if not p.collateral_value:
        return "–"
    return f"{p.collateral_kind.label} {format_number(p.collateral_value)}"


class GradesModel(TextTableModel):
    """Kolektibilitas | loans | principal left | share | collateral counted | PPAP % |
    required (PPAP % × (principal left − collateral counted)); a bold total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({1, 2, 3, 4, 5, 6}), parent)
        self.set_headers(
            (
                self.tr("Grade"),
                self.tr("Loans"),
                self.tr("Principal left"),
                self.tr("Share %"),
                self.tr("Collateral counted"),
                self.tr("Allowance %"),
                self.tr("Allowance required"),
            )
        )

    def set_report(self, report: CollectibilityReport | None) -> None:
        if report is None:
            self.set_rows([])
            return
        whole = report.outstanding_total
        rows: list[tuple[str, ...]] = [
            (
                g.grade.label,
                str(g.loans),
                format_number(g.outstanding),
                _share(g.outstanding, whole),
                format_number(g.collateral_deducted),
                percent_text(g.percent),
                format_number(g.required),
            )
            for g in report.grades
        ]
        rows.append(
            (
                self.tr("Total"),
                str(sum(g.loans for g in report.grades)),
                format_number(whole),
                "100" if whole else "0",
                format_number(sum(g.collateral_deducted for g in report.grades)),
                "",
                format_number(report.required_total),
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class AllowanceRunsModel(TextTableModel):
    """The months whose allowance was posted, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({1, 2, 3}), parent)
        self.set_headers(
            (
                self.tr("Month"),
                self.tr("Required"),
                self.tr("Formed before"),
                self.tr("Adjustment"),
                self.tr("Journal entry"),
                self.tr("Posted by"),
                self.tr("Posted at"),
            )
        )

    def set_runs(self, runs: list[AllowanceRunInfo]) -> None:
        self.set_rows(
            [
                (
                    month_label(r.month),
                    format_number(r.required),
                    format_number(r.previous),
                    format_number(r.adjustment),
                    r.entry_number or self.tr("(nothing to post)"),
                    r.posted_by,
                    format_datetime(r.posted_at),
                )
                for r in runs
            ]
        )


class LoanProductListModel(ProductListModel[LoanProductInfo]):
    """Product | method | rate | amounts | term | active, for the products dialog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        self.set_headers(
            (
                self.tr("Product"),
                self.tr("Method"),
                self.tr("Rate"),
                self.tr("Amount"),
                self.tr("Term (months)"),
                self.tr("Active"),
            )
        )

    def cells(self, product: LoanProductInfo) -> tuple[str, ...]:
        p = product
        return (
            p.name,
            p.method.label,
            f"{percent_text(p.rate_percent)}% {p.rate_period.label}",
            f"{format_number(p.min_amount)} – {format_number(p.max_amount)}",
            f"{p.min_tenor} – {p.max_tenor}",
            self.tr("yes") if p.active else self.tr("no"),
        )
