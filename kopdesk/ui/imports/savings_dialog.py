"""Savings from Excel: opening balances (saldo awal) and payroll deduction lists
(potong gaji). Choose the file, match its columns, check every row (a dry run
that shows each row with its problems in red and the totals per product), then
import all or nothing after a backup. Reading, checking and posting run in a
worker thread, so a long list never freezes the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.services.imports import base, payroll, savings_openings, savings_plan, savings_rows
from kopdesk.services.imports.base import FieldSpec
from kopdesk.services.imports.savings_rows import ImportResult, SavingsPlan
from kopdesk.services.imports.sheets import Sheet
from kopdesk.ui.imports.dialog import (
    SheetImportDialog,
    fit_rows,
    rows_view,
    totals_label,
)
from kopdesk.ui.imports.rows_model import CheckedRowsModel
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import Report
from kopdesk.ui.kit.widgets import DateField
from kopdesk.ui.members.members_model import MappingModel

__all__ = [
    "FieldMappingModel",
    "OpeningBalancesDialog",
    "PayrollImportDialog",
    "PlanRowsModel",
    "SavingsImportDialog",
]

Index = QModelIndex | QPersistentModelIndex


class FieldMappingModel(MappingModel):
    """The member import's mapping table over this import's fields (products by code)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs: dict[str, FieldSpec] = {}
        self.fields = []

    def set_fields(self, specs: dict[str, FieldSpec]) -> None:
        self.beginResetModel()
        self.specs = dict(specs)
        self.fields = list(specs)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == self.FIELD and role == Qt.ItemDataRole.FontRole:
            return None  # no field is required on its own (number or NIK; any amount)
        if index.column() == self.FIELD and role == Qt.ItemDataRole.DisplayRole:
            spec = self.specs[self.fields[index.row()]]
            return self.tr("Savings {name}").format(name=spec.label) if spec.product else spec.label
        return super().data(index, role)


class PlanRowsModel(CheckedRowsModel):
    """Row | Member | Name | Problem | one column per product | Total; rows with a
    problem in red (the problem column comes early so it is seen without scrolling)."""

    PROBLEM = 3
    FIRST_AMOUNT = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: SavingsPlan | None = None
        self.codes: list[str] = []
        self.names: list[str] = []

    def set_plan(self, plan: SavingsPlan | None, products: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.codes = [code for code, _ in products]
        self.names = [name for _, name in products]
        self._set_checks(plan.errors if plan else (), ())
        self.endResetModel()

    def _row_count(self) -> int:
        return 0 if self.plan is None else len(self.plan.rows)

    def _row_number(self, row: int) -> int | None:
        return None if self.plan is None else self.plan.rows[row].row

    def _right(self, column: int) -> bool:
        return column == 0 or column >= self.FIRST_AMOUNT

    def _text(self, row: int, column: int) -> str:
        assert self.plan is not None
        r = self.plan.rows[row]
        if column == 0:
            return str(r.row)
        if column == 1:
            return r.member_number
        if column == 2:
            return r.member_name
        if column == self.PROBLEM:
            return self.check_text(r.row) or self.tr("Fine")
        if column == self.columnCount() - 1:
            return format_number(r.total)
        amount = r.amounts.get(self.codes[column - self.FIRST_AMOUNT], 0)
        return format_number(amount) if amount else ""

    def _headers(self) -> list[str]:
        fixed = [self.tr("Row"), self.tr("Member no."), self.tr("Name"), self.tr("Problem")]
        return [*fixed, *self.names, self.tr("Total")]


class SavingsImportDialog(SheetImportDialog[SavingsPlan, ImportResult]):
    """What both imports share: file, columns, dry run, totals, import."""

    KIND = savings_rows.OPENING
    SPLIT = (500, 720)
    """The columns list is wider than the base's: "Simpanan Berjangka" and the example
    column must both fit (the example header was cut at the base's 380 pixels)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.products: list[tuple[str, str]] = []
        self.rows_model = PlanRowsModel(self)
        self.rows_view = rows_view(self.rows_model, min_section=48)
        self.totals = totals_label()
        self._load_fields()

    def _new_mapping_model(self) -> FieldMappingModel:
        return FieldMappingModel(self)

    def _load_fields(self) -> None:
        kind = self.KIND

        def query(s: Session) -> dict[str, FieldSpec]:
            return savings_rows.import_fields(s, kind)

        specs = self.ops.read(self, query) or {}
        assert isinstance(self.mapping_model, FieldMappingModel)
        self.mapping_model.set_fields(specs)
        self.products = [
            (code, self.tr("Savings {name}").format(name=spec.label))
            for code, spec in specs.items()
            if spec.product
        ]

    def _layout_with(self, options: QWidget) -> None:
        self._layout(
            columns_title=self.tr("1. Columns"),
            checked_title=self.tr("2. Rows checked (problems in red)"),
            checked=[self.rows_view, self.totals],
            options=options,
        )

    # --- the file --------------------------------------------------------------------

    def _read_sheet(self, path: Path) -> Sheet:
        with self.ops.book.read() as s:
            return savings_rows.read_file(s, self.KIND, path)

    def _auto_mapping(self, headers: Sequence[str]) -> dict[str, str]:
        assert isinstance(self.mapping_model, FieldMappingModel)
        return base.auto_mapping(self.mapping_model.specs, headers)

    def _clear_plan(self) -> None:
        self.rows_model.set_plan(None, self.products)
        self.totals.setText("")
        self.summary.setStyleSheet("")

    # --- dry run and import ----------------------------------------------------------

    def _show_plan(self, plan: SavingsPlan) -> None:
        self.rows_model.set_plan(plan, self._shown_products(plan))
        fit_rows(self.rows_view, self.rows_model.PROBLEM, 300)
        parts = [
            self.tr("{name}: <b>{amount}</b> ({count})").format(
                name=p.name, amount=format_rupiah(p.total), count=format_number(p.count)
            )
            for p in plan.products
        ]
        parts.append(self.tr("Total: <b>{amount}</b>").format(amount=format_rupiah(plan.total)))
        self.totals.setText(" · ".join(parts))
        if plan.errors:
            text = self._must_fix(plan.errors, (r.row for r in plan.rows))
        elif plan.ok:
            members = sum(1 for r in plan.rows if r.total > 0)
            text = self.tr("All rows are fine: {count} members ready to import.").format(
                count=format_number(members)
            )
        else:
            text = self.tr("The file has no amounts to import.")
        self._show_summary_text(text, problems=bool(plan.errors))

    def _shown_products(self, plan: SavingsPlan) -> list[tuple[str, str]]:
        """The products the file has a column or an amount for."""
        used = set(plan.mapping) | {p.code for p in plan.products}
        return [(code, name) for code, name in self.products if code in used]

    def _working_label(self, plan: SavingsPlan) -> str:
        return self.tr("Posting {amount}…").format(amount=format_rupiah(plan.total))

    def _done_message(self, result: ImportResult) -> str:
        entries = result.entries
        return self.tr("{count} members, {amount} posted on {date} ({entries}).").format(
            count=format_number(result.rows),
            amount=format_rupiah(result.total),
            date=result.date.strftime("%d-%m-%Y"),
            entries=entries[0] if len(entries) == 1 else f"{entries[0]} – {entries[-1]}",
        )


class OpeningBalancesDialog(SavingsImportDialog):
    """Saldo awal simpanan: one row per member, one column per product, at the cut-over."""

    KIND = savings_rows.OPENING

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Import opening savings balances"))
        start = cutover or self.ops.read(self, base.default_cutover)
        self.cutover = DateField(start)
        self.cutover.dateChanged.connect(self._options_changed)
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Balances as of (cut-over)"), self._with_note(self.cutover))
        self._layout_with(options)

    def _with_note(self, field: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        note = QLabel(
            self.tr(
                "One journal entry on this date: each member's savings against "
                "3901 Opening balance equity."
            )
        )
        note.setWordWrap(True)
        row.addWidget(note, 1)
        return box

    def _planner(self) -> Callable[[Session, Sheet, Report], SavingsPlan]:
        cutover, mapping = self.cutover.value(), dict(self.mapping_model.mapping)
        name = self.path.name if self.path else ""

        def make(session: Session, sheet: Sheet, report: Report) -> SavingsPlan:
            return savings_plan.plan_opening(
                session, sheet, cutover, mapping, file_name=name, progress=report
            )

        return make

    def _committer(self, plan: SavingsPlan) -> Callable[[Session, Report], ImportResult]:
        actor = self.ops.actor

        def commit(session: Session, report: Report) -> ImportResult:
            return savings_openings.commit_opening(
                session, actor, plan, plan.file_name, progress=report
            )

        return commit

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, cutover: dt.date | None = None
    ) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent, cutover=cutover)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported


class PayrollImportDialog(SavingsImportDialog):
    """Potong gaji: the employer's list of deductions, posted as members' deposits."""

    KIND = savings_rows.PAYROLL

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, on: dt.date | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("Import payroll deductions"))
        self.posting_date = DateField(on)
        self.posting_date.dateChanged.connect(self._options_changed)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("One journal entry per member"), "per_member")
        self.mode_combo.addItem(self.tr("One journal entry for the whole list"), "batch")
        self.account_combo = QComboBox()
        for code, name in self._cash_accounts():
            self.account_combo.addItem(f"{code} {name}", code)
        self.account_combo.setCurrentIndex(
            max(self.account_combo.findData(payroll.PAYROLL_ACCOUNT.value), 0)
        )
        self.reference_edit = QLineEdit()
        self.reference_edit.textChanged.connect(self._options_changed)
        self.reference_edit.setPlaceholderText(
            self.tr("e.g. Payroll January 2025 (default: file name)")
        )
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.posting_date)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Received in")))
        row.addWidget(self.account_combo, 1)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Post as")))
        row.addWidget(self.mode_combo, 1)
        form.addRow(self.tr("Posting date"), row)
        form.addRow(self.tr("List reference"), self.reference_edit)
        self.again = False
        """The user confirmed posting a list already posted this month."""
        self._layout_with(options)

    def _cash_accounts(self) -> list[tuple[str, str]]:
        from kopdesk.services.ledger.accounts import list_accounts

        def query(s: Session) -> list[tuple[str, str]]:
            rows = {a.code: a.name for a in list_accounts(s) if a.code in PAYMENT_ACCOUNTS}
            return [(code, rows[code]) for code in PAYMENT_ACCOUNTS if code in rows]

        return self.ops.read(self, query) or [(code, "") for code in PAYMENT_ACCOUNTS]

    def reference(self) -> str:
        text = " ".join(self.reference_edit.text().split())
        return text or (self.path.name if self.path else "")

    def _planner(self) -> Callable[[Session, Sheet, Report], SavingsPlan]:
        on, mapping = self.posting_date.value(), dict(self.mapping_model.mapping)
        name = self.path.name if self.path else ""

        def make(session: Session, sheet: Sheet, report: Report) -> SavingsPlan:
            return savings_plan.plan_payroll(
                session, sheet, mapping, on=on, file_name=name, progress=report
            )

        return make

    def check(self) -> SavingsPlan | None:
        plan = super().check()
        reference = self.reference()
        if plan is not None and self.ops.read(
            self, lambda s: payroll.imported_before(s, reference)
        ):
            self.summary.setText(
                self.tr(
                    "A list with the reference '{reference}' was imported before; "
                    "give this list its own reference."
                ).format(reference=reference)
            )
            self.summary.setStyleSheet("color: #b00020;")
            self.import_button.setEnabled(False)
        elif plan is not None and plan.ok and (earlier := self._earlier(plan)) is not None:
            self.summary.setText(
                self.summary.text() + " " + self._same_list_text(earlier) + " "
                + self.tr("Importing asks first.")
            )  # fmt: skip
            self.summary.setStyleSheet("color: #8a5300;")
        return plan

    def _earlier(self, plan: SavingsPlan) -> payroll.EarlierList | None:
        on = self.posting_date.value()
        return self.ops.read(self, lambda s: payroll.same_list_posted(s, plan, on))

    def _same_list_text(self, earlier: payroll.EarlierList) -> str:
        return self.tr(
            "The same members with the same amounts were already posted on {date} "
            "under the reference '{reference}' by {user} ({entry})."
        ).format(
            date=earlier.date.strftime("%d-%m-%Y"),
            reference=earlier.reference,
            user=earlier.posted_by,
            entry=earlier.first_entry,
        )

    def _confirmed(self, plan: SavingsPlan) -> bool:
        """The same list posted in the same month under another reference: asked first."""
        earlier = self._earlier(plan)
        self.again = earlier is not None
        if earlier is None:
            return True
        question = (
            self._same_list_text(earlier)
            + "\n\n"
            + self.tr("Post this list again? Its members would be credited twice this month.")
        )
        return messages.confirm(self, self.tr("Same list again"), question)

    def _committer(self, plan: SavingsPlan) -> Callable[[Session, Report], ImportResult]:
        actor, on, reference = self.ops.actor, self.posting_date.value(), self.reference()
        account = str(self.account_combo.currentData())
        mode = str(self.mode_combo.currentData())
        again = self.again

        def commit(session: Session, report: Report) -> ImportResult:
            return payroll.commit_payroll(
                session,
                actor,
                plan,
                on=on,
                debit_account=account,
                mode=mode,
                reference=reference,
                again=again,
                progress=report,
            )

        return commit

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, on: dt.date | None = None
    ) -> ImportResult | None:
        """What was imported, or None when nothing was."""
        dialog = cls(ops, parent, on=on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.imported
