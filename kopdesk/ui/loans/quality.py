"""Loan quality: arrears, kolektibilitas with the allowance (PPAP), the month-end run.

:class:`LoanQualityPanel` has three tabs. *Arrears* shows the running loans by
days past due and the late loans as of a date. *Collectibility & allowance*
shows the loans by grade, the allowance each grade requires, the allowance
formed, the shortfall and the NPL ratio as of a date. *Month-end allowance*
previews the collectibility at a month's last day and posts the adjustment
through ``run_allowance`` (once per month), with the months already posted.
Both reports print to PDF when ``kopdesk.app.papers`` offers the paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import month_bounds, percent_text
from kopdesk.services.loans.quality import (
    AllowanceRunInfo,
    ArrearsReport,
    CollectibilityReport,
    allowance_runs,
    arrears,
    collectibility,
    run_allowance,
)
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.posting import (
    MonthPostingTab,
    heading,
    paper,
    print_paper,
    show_posted,
)
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.widgets import DateField, today
from kopdesk.ui.loans.quality_model import (
    AgingModel,
    AllowanceRunsModel,
    GradesModel,
    PositionsModel,
)
from kopdesk.ui.savings.routine_model import month_label


def _date_bar(date_edit: DateField, print_button: QPushButton, label: str) -> QHBoxLayout:
    bar = QHBoxLayout()
    bar.addWidget(QLabel(label))
    bar.addWidget(date_edit)
    bar.addStretch(1)
    bar.addWidget(print_button)
    return bar


def _positions_table(model: PositionsModel) -> QTableView:
    """Every column as wide as its contents (names stay readable); scrolls sideways."""
    # the last column (the collateral) fills the rest, and is never cut (WholeColumn)
    return table_view(model, model.columnCount() - 1)


def _print_button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setVisible(paper(name) is not None)
    return button


class ArrearsTab(QWidget):
    """Aging of the running loans and the late loans, as of a date."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: ArrearsReport | None = None
        self.date_edit = DateField()
        self.date_edit.dateChanged.connect(self.refresh)
        self.print_button = _print_button(self, self.tr("Print arrears…"), "arrears_pdf")
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.setEnabled(ops.can(Permission.REPORTS_PRINT))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.aging_model = AgingModel(self)
        self.aging_view = table_view(self.aging_model, 0)
        self.late_model = PositionsModel(self)
        self.late_view = _positions_table(self.late_model)
        for hidden in (PositionsModel.COLLATERAL, PositionsModel.COUNTED):  # on Kolektibilitas
            self.late_view.setColumnHidden(hidden, True)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Aging")))
        column.addWidget(self.aging_view)
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(self.tr("Late loans, longest overdue first")))
        column.addWidget(self.late_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(_date_bar(self.date_edit, self.print_button, self.tr("As of")))
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        on = self.date_edit.value()
        self.report = self.ops.read(self, lambda s: arrears(s, on))
        self.aging_model.set_report(self.report)
        self.late_model.set_positions(self.report.rows if self.report else [])
        self.summary.setText(self._summary(self.report) if self.report else "")

    def _summary(self, report: ArrearsReport) -> str:
        return self.tr(
            "On {date}: {late} of {loans} running loans are late; {overdue} overdue "
            "(principal, interest and late fees) on {outstanding} principal left."
        ).format(
            date=format_date_short(report.as_of),
            late=len(report.rows),
            loans=sum(b.loans for b in report.buckets),
            overdue=format_rupiah(report.overdue_total),
            outstanding=format_rupiah(report.outstanding_total),
        )

    def print_pdf(self) -> None:
        if not self.ops.can(Permission.REPORTS_PRINT):
            return
        on = self.date_edit.value()
        print_paper(self, self.ops, "arrears_pdf", f"tunggakan-pinjaman-{on:%Y-%m-%d}.pdf", on)


class CollectibilityTab(QWidget):
    """Loans by kolektibilitas and the allowance (PPAP) required and formed, as of a date."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: CollectibilityReport | None = None
        self.date_edit = DateField()
        self.date_edit.dateChanged.connect(self.refresh)
        self.print_button = _print_button(
            self, self.tr("Print collectibility…"), "collectibility_pdf"
        )
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.setEnabled(ops.can(Permission.REPORTS_PRINT))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.grades_model = GradesModel(self)
        self.grades_view = table_view(self.grades_model, 0)
        self.loans_model = PositionsModel(self)
        self.loans_view = _positions_table(self.loans_model)
        # The grade is what matters here; the overdue split and next due are on Tunggakan.
        for column in (2, 4, 5, 6, 10):
            self.loans_view.setColumnHidden(column, True)
        layout = QVBoxLayout(self)
        layout.addLayout(_date_bar(self.date_edit, self.print_button, self.tr("As of")))
        layout.addWidget(self.grades_view)
        layout.addWidget(self.summary)
        layout.addWidget(heading(self.tr("Running loans")))
        layout.addWidget(self.loans_view, 1)
        rows = 5 * self.grades_view.verticalHeader().defaultSectionSize()
        self.grades_view.setFixedHeight(
            rows + self.grades_view.horizontalHeader().sizeHint().height() + 4
        )

    def refresh(self) -> None:
        on = self.date_edit.value()
        self.report = self.ops.read(self, lambda s: collectibility(s, on))
        self.grades_model.set_report(self.report)
        self.loans_model.set_positions(self.report.rows if self.report else [])
        self.summary.setText(allowance_summary(self.report) if self.report else "")

    def print_pdf(self) -> None:
        if not self.ops.can(Permission.REPORTS_PRINT):
            return
        on = self.date_edit.value()
        print_paper(self, self.ops, "collectibility_pdf", f"kolektibilitas-{on:%Y-%m-%d}.pdf", on)


def allowance_summary(report: CollectibilityReport) -> str:
    """Required, formed, shortfall (or excess) and the NPL ratio, in one paragraph."""
    text = QCoreApplication.translate(
        "LoanQualityPanel",
        "Allowance required {required}, formed {formed} (account 1390). "
        "NPL (kurang lancar, diragukan, macet): {npl} = {percent}% of {outstanding}.",
    ).format(
        required=format_rupiah(report.required_total),
        formed=format_rupiah(report.allowance_balance),
        npl=format_rupiah(report.npl),
        percent=percent_text(report.npl_percent),
        outstanding=format_rupiah(report.outstanding_total),
    )
    if report.shortfall > 0:
        more = QCoreApplication.translate(
            "LoanQualityPanel", "Shortfall: {amount} still to be formed."
        )
    elif report.shortfall < 0:
        more = QCoreApplication.translate(
            "LoanQualityPanel", "Excess: {amount} more than required."
        )
    else:
        more = QCoreApplication.translate(
            "LoanQualityPanel", "The allowance is exactly what is required."
        )
    return f"{text} {more.format(amount=format_rupiah(abs(report.shortfall)))}"


class AllowanceTab(MonthPostingTab):
    """Preview the collectibility at a month's end and post the allowance adjustment."""

    PERMISSION = Permission.LOANS_MANAGE

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.preview_report: CollectibilityReport | None = None
        self.runs: list[AllowanceRunInfo] = []
        self.grades_model = GradesModel(self)
        self.grades_view = table_view(self.grades_model, 0)
        self.runs_model = AllowanceRunsModel(self)
        self.runs_view = table_view(self.runs_model, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.grades_view)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addWidget(heading(self.tr("Months already posted")))
        layout.addWidget(self.runs_view, 1)
        rows = 5 * self.grades_view.verticalHeader().defaultSectionSize()
        self.grades_view.setFixedHeight(
            rows + self.grades_view.horizontalHeader().sizeHint().height() + 4
        )
        self.month_field.set_value(f"{_previous_month(today()):%Y-%m}")

    def texts(self) -> tuple[str, str, str]:
        return self.tr("Month"), self.tr("Preview"), self.tr("Post…")

    def refresh(self) -> None:
        self.runs = self.ops.read(self, allowance_runs) or []
        self.runs_model.set_runs(self.runs)

    def clear_preview(self) -> None:
        self.preview_report = None
        self.grades_model.set_report(None)
        self.summary.clear()
        self.banner.show_message("")
        self.post_button.setEnabled(False)

    def preview(self) -> CollectibilityReport | None:
        """The collectibility at the chosen month's last day and the adjustment to post."""
        self.clear_preview()
        self.result_label.hide()
        month = self.month_field.value()
        _first, last = month_bounds(month)
        report = self.ops.read(self, lambda s: collectibility(s, last))
        if report is None:
            return None
        self.preview_report = report
        self.grades_model.set_report(report)
        self.summary.setText(
            self.tr("On {date}: ").format(date=format_date_short(last))
            + allowance_summary(report)
            + " "
            + self._adjustment_text(report.shortfall)
        )
        posted = next((r for r in self.runs if r.month >= month), None)
        if last > today():
            self.banner.show_message(
                self.tr("{month} has not ended: its allowance is posted after {date}.").format(
                    month=month_label(month), date=format_date_short(last)
                )
            )
        elif posted is not None:
            self.banner.show_message(
                self.tr(
                    "The allowance of {month} is already posted; a month is posted once, in order."
                ).format(month=month_label(posted.month))
            )
        else:
            self.post_button.setEnabled(self.ops.can(Permission.LOANS_MANAGE))
        return report

    def _adjustment_text(self, adjustment: int) -> str:
        if adjustment > 0:
            return self.tr("Posting adds {amount} (expense 5201, allowance 1390).").format(
                amount=format_rupiah(adjustment)
            )
        if adjustment < 0:
            return self.tr("Posting releases {amount} of the allowance.").format(
                amount=format_rupiah(-adjustment)
            )
        return self.tr("Posting records the month without a journal entry.")

    def post(self) -> str | None:
        """Post the previewed month's allowance after a confirmation; the entry number
        (or "" when there was nothing to post), None when not posted."""
        if self.preview_report is None or not self.ops.can(Permission.LOANS_MANAGE):
            return None
        month = self.month_field.value()
        question = self.tr(
            "Post the loan allowance (PPAP) of {month}? Required {required}; "
            "a month is posted only once."
        ).format(
            month=month_label(month),
            required=format_rupiah(self.preview_report.required_total),
        )
        if not messages.confirm(self, self.tr("Month-end allowance"), question):
            return None
        result = self.ops.run(self, lambda s: run_allowance(s, self.ops.actor, month))
        if result is None:
            return None
        self.post_button.setEnabled(False)
        self.grades_model.set_report(result.report)  # what was posted stays in view
        self.refresh()
        show_posted(
            self.result_label,
            self.ops,
            result.entry_number,
            self.tr("Allowance of {month} posted as journal entry {number}.").format(
                month=month_label(month), number=result.entry_number
            ),
            self.tr("Allowance of {month} recorded; there was nothing to post.").format(
                month=month_label(month)
            ),
        )
        return result.entry_number or ""


def _previous_month(day: dt.date) -> dt.date:
    return day.replace(day=1) - dt.timedelta(days=1)


class LoanQualityPanel(QWidget):
    """Arrears, collectibility & allowance, month-end allowance — for the Pinjaman page.

    Reads when first shown and again after postings (``Changes.journal``).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stale = True
        self.arrears = ArrearsTab(ops)
        self.collectibility = CollectibilityTab(ops)
        self.allowance = AllowanceTab(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.arrears, self.tr("Arrears"))
        self.tabs.addTab(self.collectibility, self.tr("Collectibility && allowance"))
        self.tabs.addTab(self.allowance, self.tr("Month-end allowance"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        # labels wrap and banners show and hide; the panel never dictates a window's minimum
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ops.changes_applied.connect(self._on_changes)

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the tab shown again (the others when they are shown)."""
        self.stale = False
        refreshers: dict[QWidget, Callable[[], None]] = {
            self.arrears: self.arrears.refresh,
            self.collectibility: self.collectibility.refresh,
            self.allowance: self.allowance.refresh,
        }
        refreshers[self.tabs.currentWidget()]()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.journal or changes.accounts or changes.users):
            return
        self.allowance.clear_preview()
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True
