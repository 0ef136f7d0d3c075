"""Loans outstanding at the cut-over (saldo awal pinjaman) from Excel. Choose the
file, match its columns, set the cut-over, check every row (a dry run that shows
each loan with its problems in red and its warnings in amber, and the totals per
product), then import all or nothing after a backup. Reading, checking and posting
run in a worker thread, so a long list never freezes the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.services.imports import base, loans_openings, loans_plan, loans_rows
from kopdesk.services.imports.loans_rows import ImportResult, LoanPlan
from kopdesk.services.imports.sheets import Sheet
from kopdesk.ui.imports.dialog import (
    SheetImportDialog,
    fit_rows,
    rows_view,
    totals_label,
)
from kopdesk.ui.imports.rows_model import CheckedRowsModel
from kopdesk.ui.imports.savings_dialog import FieldMappingModel
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import Report
from kopdesk.ui.kit.widgets import DateField

__all__ = ["WARNING_BACKGROUND", "WARNING_COLOR", "LoanOpeningDialog", "LoanRowsModel"]

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = QColor(122, 77, 0)
WARNING_BACKGROUND = QColor(255, 244, 214)


class LoanRowsModel(CheckedRowsModel):
    """Row | Member no. | Name | Remaining | Check | Product | Principal | Disbursed |
    Months | Interest | Paid | By schedule: one line per loan of the file, rows with
    a problem in red and rows with a warning in amber. What the book gets (the
    remaining principal) and the check come early, seen without scrolling."""

    ROW, MEMBER, NAME, REMAINING, CHECK, PRODUCT, PRINCIPAL, DISBURSED = range(8)
    TENOR, RATE, PAID, SCHEDULED = range(8, 12)
    _RIGHT = frozenset({ROW, PRINCIPAL, TENOR, PAID, REMAINING, SCHEDULED})
    SEPARATOR = " "
    WARNING_FOREGROUND = WARNING_COLOR
    WARNING_BACKGROUND = WARNING_BACKGROUND

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: LoanPlan | None = None
        self.names: dict[str, str] = {}

    def set_plan(self, plan: LoanPlan | None, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.names = dict(names)
        self._set_checks(plan.errors if plan else (), plan.warnings if plan else ())
        self.endResetModel()

    def _row_count(self) -> int:
        return 0 if self.plan is None else len(self.plan.rows)

    def _row_number(self, row: int) -> int | None:
        return None if self.plan is None else self.plan.rows[row].row

    def _right(self, column: int) -> bool:
        return column in self._RIGHT

    def _text(self, row: int, column: int) -> str:
        assert self.plan is not None
        r = self.plan.rows[row]
        if column == self.CHECK:
            return self.check_text(r.row) or self.tr("Fine")
        values: dict[int, str] = {
            self.ROW: str(r.row),
            self.MEMBER: r.member_number,
            self.NAME: r.member_name,
            self.PRODUCT: self.names.get(r.product_code, r.product_code),
            self.PRINCIPAL: format_number(r.principal) if r.principal else "",
            self.DISBURSED: format_date_short(r.disbursed_on) if r.disbursed_on else "",
            self.TENOR: str(r.tenor) if r.tenor else "",
            self.RATE: loans_rows.percent_label(r),
            self.PAID: str(r.paid_count),
            self.REMAINING: format_number(r.remaining) if r.remaining else "",
            self.SCHEDULED: (
                format_number(r.scheduled_remaining) if r.scheduled_remaining is not None else ""
            ),
        }
        return values[column]

    def _headers(self) -> list[str]:
        return [
            self.tr("Row"),
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Remaining"),
            self.tr("Check"),
            self.tr("Product"),
            self.tr("Principal"),
            self.tr("Disbursed"),
            self.tr("Months"),
            self.tr("Interest"),
            self.tr("Paid"),
            self.tr("By schedule"),
        ]


class LoanOpeningDialog(SheetImportDialog[LoanPlan, ImportResult]):
    """Saldo awal pinjaman: one row per loan, at the cut-over."""

    COLUMN_WIDTH = 172
    SPLIT = (400, 900)
    SIZE = (1320, 740)

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Import outstanding loans (opening balances)"))
        self.rows_model = LoanRowsModel(self)
        self.rows_view = rows_view(self.rows_model, min_section=40)
        self.product_names = self._product_names()
        start = cutover or self.ops.read(self, base.default_cutover)
        self.cutover = DateField(start)
        self.cutover.dateChanged.connect(self._options_changed)
        self.totals = totals_label()
        self._layout(
            columns_title=self.tr("1. Columns"),
            checked_title=self.tr("2. Loans checked (problems in red, warnings in amber)"),
            checked=[self.rows_view, self.totals],
            options=self._options(),
        )

    def _new_mapping_model(self) -> FieldMappingModel:
        model = FieldMappingModel(self)
        model.set_fields(loans_rows.FIELDS)
        return model

    def _product_names(self) -> dict[str, str]:
        from kopdesk.services.loans.products import list_products

        def query(s: Session) -> dict[str, str]:
            return {p.code: p.name for p in list_products(s)}

        return self.ops.read(self, query) or {}

    def _options(self) -> QWidget:
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        date_row = QHBoxLayout()
        date_row.addWidget(self.cutover)
        note = QLabel(
            self.tr(
                "One journal entry on this date: each loan's remaining principal on its "
                "product's receivable account against 3901 Opening balance equity. "
                "Installments paid before this date are recorded as paid."
            )
        )
        note.setWordWrap(True)
        date_row.addWidget(note, 1)
        form.addRow(self.tr("Loans outstanding as of (cut-over)"), date_row)
        return options

    # --- the file --------------------------------------------------------------------

    def _read_sheet(self, path: Path) -> Sheet:
        return loans_rows.read_file(path)

    def _auto_mapping(self, headers: Sequence[str]) -> dict[str, str]:
        return base.auto_mapping(loans_rows.FIELDS, headers)

    def _clear_plan(self) -> None:
        self.rows_model.set_plan(None, self.product_names)
        self.totals.setText("")
        self.summary.setStyleSheet("")

    # --- dry run and import ----------------------------------------------------------

    def _planner(self) -> Callable[[Session, Sheet, Report], LoanPlan]:
        cutover, mapping = self.cutover.value(), dict(self.mapping_model.mapping)
        name = self.path.name if self.path else ""

        def make(session: Session, sheet: Sheet, report: Report) -> LoanPlan:
            return loans_plan.plan_opening(
                session, sheet, cutover, mapping, file_name=name, progress=report
            )

        return make

    def _show_plan(self, plan: LoanPlan) -> None:
        self.rows_model.set_plan(plan, self.product_names)
        fit_rows(self.rows_view, self.rows_model.CHECK, 320)
        parts = [
            self.tr("{name}: <b>{amount}</b> ({count} loans)").format(
                name=p.name, amount=format_rupiah(p.remaining), count=format_number(p.count)
            )
            for p in plan.products
        ]
        parts.append(
            self.tr("Remaining principal in total: <b>{amount}</b>").format(
                amount=format_rupiah(plan.total)
            )
        )
        self.totals.setText(" · ".join(parts))
        if plan.errors:
            text = self._must_fix(plan.errors, (r.row for r in plan.rows))
        elif plan.ok:
            text = self.tr("All loans can be imported: {count}.").format(
                count=format_number(len(plan.rows))
            )
            if plan.warnings:
                text += " " + self.tr(
                    "{count} warnings (in amber): look at them before you import."
                ).format(count=format_number(len(plan.warnings)))
        else:
            text = self.tr("The file has no loans to import.")
        self._show_summary_text(text, problems=bool(plan.errors))

    def _working_label(self, plan: LoanPlan) -> str:
        return self.tr("Posting {amount}…").format(amount=format_rupiah(plan.total))

    def _committer(self, plan: LoanPlan) -> Callable[[Session, Report], ImportResult]:
        actor = self.ops.actor

        def commit(session: Session, report: Report) -> ImportResult:
            return loans_openings.commit_opening(
                session, actor, plan, plan.file_name, progress=report
            )

        return commit

    def _done_message(self, result: ImportResult) -> str:
        numbers = result.loans
        return self.tr(
            "{count} loans ({numbers}), remaining principal {amount}, posted on {date} ({entry})."
        ).format(
            count=format_number(len(numbers)),
            numbers=numbers[0] if len(numbers) == 1 else f"{numbers[0]} – {numbers[-1]}",
            amount=format_rupiah(result.total),
            date=format_date_short(result.date),
            entry=result.entry,
        )

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent, cutover=cutover)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported
