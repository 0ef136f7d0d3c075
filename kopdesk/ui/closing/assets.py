"""Aset tetap: the fixed-asset register and the monthly depreciation.

:class:`AssetsPanel` shows the register as of a date (by category, with
subtotals and the grand total), which months still wait for their
depreciation, and three actions: *Add asset…* (:class:`AssetDialog`, which
posts the acquisition), *Post depreciation…* (:class:`DepreciationDialog`:
choose a month, see the plan, post it; once per month, in order) and *Print
register…* (the Daftar Aset Tetap dan Penyusutan PDF). The Tutup Buku & SHU
page places it as a tab and calls :meth:`AssetsPanel.refresh`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain import coa
from kopdesk.domain.assets import (
    CATEGORIES,
    CATEGORY_BY_KEY,
    month_key,
    monthly_amount,
    remaining_months,
)
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.services.assets.depreciation import (
    DepreciationPlan,
    DepreciationRunInfo,
    depreciation_runs,
    pending_months,
    plan_depreciation,
    post_depreciation,
)
from kopdesk.services.assets.register import (
    OPENING_ACCOUNT,
    AssetInfo,
    AssetInput,
    AssetRow,
    list_assets,
    payment_accounts,
    register_asset,
)
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.posting import MonthField, refusal, result_label, show_posted
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import Index, TextTableModel, table_view
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import (
    WARNING_BANNER,
    AmountEdit,
    Banner,
    DateField,
    ErrorLabel,
    accepted,
    add_field_row,
    today,
)
from kopdesk.ui.savings.routine_model import month_label


def _previous_month(day: dt.date) -> str:
    return month_key(day.replace(day=1) - dt.timedelta(days=1))


class AssetRegisterModel(TextTableModel):
    """Code | Asset | Acquired | Cost | Life | Per month | Accumulated | Book value.

    Each category opens with a bold row holding its name, count and subtotals;
    its assets follow; the grand total is the last row, bold."""

    NAME = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(frozenset({3, 4, 5, 6, 7}), parent)
        self.total_rows: list[int] = []
        self.set_headers(
            (
                self.tr("Code"),
                self.tr("Asset"),
                self.tr("Acquired"),
                self.tr("Cost"),
                self.tr("Life (months)"),
                self.tr("Per month"),
                self.tr("Accumulated"),
                self.tr("Book value"),
            )
        )

    def set_assets(self, rows: list[AssetRow]) -> None:
        cells: list[tuple[str, ...]] = []
        totals: set[int] = set()

        def total(label: str, group: list[AssetRow]) -> None:
            totals.add(len(cells))
            cost = sum(r.cost for r in group)
            accumulated = sum(r.accumulated for r in group)
            cells.append(
                (label, "", "", format_number(cost), "",
                 format_number(sum(r.monthly for r in group)), format_number(accumulated),
                 format_number(cost - accumulated))
            )  # fmt: skip

        for category in CATEGORIES:
            group = [r for r in rows if r.category == category.key]
            if not group:
                continue
            total(
                self.tr("{category} ({count} assets)").format(
                    category=category.label, count=len(group)
                ),
                group,
            )
            for r in group:
                depreciated = bool(r.life_months)
                cells.append(
                    (r.code, r.name, format_date_short(r.acquired_on), format_number(r.cost),
                     str(r.life_months) if depreciated else "-",
                     format_number(r.monthly) if depreciated else "-",
                     format_number(r.accumulated) if depreciated else "-",
                     format_number(r.book_value))
                )  # fmt: skip
        if rows:
            total(self.tr("Total fixed assets ({count})").format(count=len(rows)), rows)
        self.total_rows = sorted(totals)
        self.set_rows(cells, totals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 1:
            return self.cell(index.row(), 1)  # long names are elided in the view
        return super().data(index, role)


class PlanModel(TextTableModel):
    """Code | Asset | Depreciation | of which catch-up; the total last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        self.set_headers(
            (self.tr("Code"), self.tr("Asset"), self.tr("Depreciation"), self.tr("Catch-up"))
        )

    def set_plan(self, plan: DepreciationPlan | None) -> None:
        if plan is None:
            self.set_rows([])
            return
        cells: list[tuple[str, ...]] = [
            (x.code, x.name, format_number(x.amount),
             format_number(x.catch_up) if x.catch_up else "")
            for x in plan.lines
        ]  # fmt: skip
        cells.append(("", self.tr("Total"), format_number(plan.total), ""))
        self.set_rows(cells, {len(cells) - 1})


class AssetDialog(GuardedDialog):
    """Add an asset: the fields of ``AssetInput``; saving posts the acquisition.

    The category fills in its default life (land: none); the opening-balance
    fields (depreciation already booked, posting date) are for assets paid
    from 3901, owned before the book started."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.result_info: AssetInfo | None = None
        self.setWindowTitle(self.tr("Add fixed asset"))
        self.setMinimumWidth(560)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(20)
        self.code_edit.setPlaceholderText(self.tr("e.g. INV-001"))
        self.name_edit = QLineEdit()
        self.category_combo = QComboBox()
        for category in CATEGORIES:
            self.category_combo.addItem(category.label, category.key)
        self.date_edit = DateField(today())
        self.cost_edit = AmountEdit()
        self.residual_edit = AmountEdit()
        self.residual_edit.setText("0")
        self.life_spin = QSpinBox()
        self.life_spin.setRange(0, 1200)
        self.life_spin.setSuffix(self.tr(" months"))
        self.paid_combo = QComboBox()
        for code, name in ops.read(self, payment_accounts) or []:
            self.paid_combo.addItem(f"{code} {name}", code)
        self.paid_combo.setCurrentIndex(max(self.paid_combo.findData(coa.CASH.value), 0))
        self.opening_edit = AmountEdit()
        self.opening_edit.setText("0")
        self.posted_edit = DateField(today())
        self.note_edit = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.opening_note = QLabel(
            self.tr(
                "For an asset owned before this book started choose {account}: fill in the "
                "depreciation booked until the end of the month before the opening balance date."
            ).format(account=f"{OPENING_ACCOUNT} Ekuitas saldo awal")
        )
        self.opening_note.setWordWrap(True)
        self.opening_note.setStyleSheet("color: #555;")
        self.general_error = ErrorLabel()
        self._lay_out()
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.paid_combo.currentIndexChanged.connect(self._paid_changed)
        for signal in (
            self.cost_edit.textChanged,
            self.residual_edit.textChanged,
            self.opening_edit.textChanged,
            self.life_spin.valueChanged,
            self.date_edit.dateChanged,
            self.posted_edit.dateChanged,
        ):
            signal.connect(self._update_hint)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData("inventaris"), 0))
        self._category_changed()
        self._paid_changed()
        self.code_edit.setFocus()
        self.watch_edits()

    def _lay_out(self) -> None:
        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {
            "code": add_field_row(form, self.tr("Code"), self.code_edit),
            "name": add_field_row(form, self.tr("Name"), self.name_edit),
            "category": add_field_row(form, self.tr("Category"), self.category_combo),
            "acquired_on": add_field_row(form, self.tr("Acquired on"), self.date_edit),
            "cost": add_field_row(form, self.tr("Cost (harga perolehan)"), self.cost_edit),
            "residual": add_field_row(form, self.tr("Residual value"), self.residual_edit),
            "life_months": add_field_row(form, self.tr("Useful life"), self.life_spin),
            "paid_from": add_field_row(form, self.tr("Paid from"), self.paid_combo),
            "opening_accumulated": add_field_row(
                form, self.tr("Depreciation already booked"), self.opening_edit
            ),
            "posted_on": add_field_row(form, self.tr("Opening balance date"), self.posted_edit),
            "note": add_field_row(form, self.tr("Note"), self.note_edit),
        }
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save and post"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.opening_note)
        layout.addWidget(self.hint)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _category_changed(self) -> None:
        category = CATEGORY_BY_KEY[str(self.category_combo.currentData())]
        land = category.accumulated_account is None
        self.life_spin.setValue(category.default_life_months)
        self.life_spin.setEnabled(not land)
        self.residual_edit.setEnabled(not land)
        self._paid_changed()

    def _opening(self) -> bool:
        return str(self.paid_combo.currentData()) == OPENING_ACCOUNT

    def _paid_changed(self) -> None:
        opening = self._opening()
        land = self.category_combo.currentData() == "tanah"
        self.opening_edit.setEnabled(opening and not land)
        self.posted_edit.setEnabled(opening)
        if not opening:
            self.opening_edit.setText("0")
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint.setText(self._hint_text())

    def _hint_text(self) -> str:
        try:
            cost, residual = self.cost_edit.amount(), self.residual_edit.amount()
            opening = self.opening_edit.amount()
        except ValidationError:
            return ""
        if self.category_combo.currentData() == "tanah":
            return self.tr("Land is not depreciated.")
        acquired = month_key(self.date_edit.value())
        start = month_key(self.posted_edit.value()) if self._opening() else acquired
        months = remaining_months(acquired, start, self.life_spin.value())
        depreciable = cost - residual - opening
        if cost <= 0 or months <= 0 or depreciable < 0:
            return ""
        first = monthly_amount(depreciable, months, 1)
        return self.tr(
            "Straight line: about {amount} a month for {months} months from {month}."
        ).format(amount=format_rupiah(first), months=months, month=month_label(start))

    def _amount(self, edit: AmountEdit, field: str) -> int:
        try:
            return edit.amount()
        except ValidationError as exc:
            raise ValidationError(field, exc.message) from exc

    def data(self) -> AssetInput:
        """The asset as typed; ``ValidationError`` naming the field for a bad amount."""
        opening = self._opening()
        return AssetInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            category=str(self.category_combo.currentData()),
            acquired_on=self.date_edit.value(),
            cost=self._amount(self.cost_edit, "cost"),
            residual=self._amount(self.residual_edit, "residual"),
            life_months=self.life_spin.value(),
            paid_from=str(self.paid_combo.currentData()),
            opening_accumulated=self._amount(self.opening_edit, "opening_accumulated")
            if opening
            else 0,
            note=self.note_edit.text(),
            posted_on=self.posted_edit.value() if opening else None,
        )

    def show_error(self, error: ValidationError) -> None:
        label = self.errors.get(error.field)
        (label or self.general_error).show_message(error.message)

    def save(self) -> AssetInfo | None:
        """Register the asset (posting its acquisition); None when refused."""
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        if not self.dates_acceptable():
            return None
        try:
            data = self.data()
        except ValidationError as exc:
            self.show_error(exc)
            return None
        info = self.ops.run(
            self,
            lambda s: register_asset(s, self.ops.actor, data),
            on_validation=self.show_error,
        )
        if info is None:
            return None
        self.result_info = info
        self.accept()
        return info

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> AssetInfo | None:
        dialog = cls(ops, parent)
        return accepted(dialog, lambda: dialog.result_info)


class DepreciationDialog(QDialog):
    """Choose a month, see what its depreciation posts, post it (once, in order)."""

    def __init__(self, ops: Ops, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan: DepreciationPlan | None = None
        self.posted: list[DepreciationRunInfo] = []
        self.setWindowTitle(self.tr("Post depreciation"))
        self.setMinimumSize(640, 420)
        self.month_field = MonthField()
        self.month_field.set_value(month)
        self.month_field.changed.connect(self.preview)
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result_label = result_label()
        self.model = PlanModel(self)
        self.view = table_view(self.model, 1)
        self.post_button = QPushButton(self.tr("Post"))
        self.post_button.clicked.connect(self.post)
        self.post_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_field)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.post_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.preview()

    def preview(self) -> DepreciationPlan | None:
        """Show the chosen month's plan; a refusal (not ended, posted, out of order)
        in the banner."""
        self.plan = None
        self.model.set_plan(None)
        self.summary.clear()
        self.banner.show_message("")
        self.post_button.setEnabled(False)
        month = self.month_field.value()
        found = self.ops.read(self, refusal(lambda s: plan_depreciation(s, month)))
        if isinstance(found, KopdeskError):
            self.banner.show_message(found.message)
            return None
        if found is None:
            return None
        self.plan = found
        self.model.set_plan(found)
        self.summary.setText(self._summary(found))
        self.post_button.setEnabled(self.ops.can(Permission.ASSETS_MANAGE))
        return found

    def _summary(self, plan: DepreciationPlan) -> str:
        if not plan.lines:
            return self.tr(
                "Nothing to depreciate in {month}. Posting records the month without a "
                "journal entry."
            ).format(month=month_label(plan.month))
        catch_up = sum(x.catch_up for x in plan.lines)
        text = self.tr(
            "{month}: {count} assets, depreciation {total}, one journal entry dated {date} "
            "(debit 5206, credit the accumulated depreciation of each category)."
        ).format(
            month=month_label(plan.month),
            count=len(plan.lines),
            total=format_rupiah(plan.total),
            date=format_date_short(plan.date),
        )
        if catch_up:
            text += " " + self.tr(
                "It includes {amount} for earlier months of assets entered late."
            ).format(amount=format_rupiah(catch_up))
        return text

    def post(self) -> DepreciationRunInfo | None:
        """Post the previewed month after a confirmation, then offer the next month."""
        plan = self.plan
        if plan is None or not self.ops.can(Permission.ASSETS_MANAGE):
            return None
        question = self.tr(
            "Post the depreciation of {month}: {total}, dated {date}? A month is posted only once."
        ).format(
            month=month_label(plan.month),
            total=format_rupiah(plan.total),
            date=format_date_short(plan.date),
        )
        if not messages.confirm(self, self.tr("Post depreciation"), question):
            return None
        month = plan.month
        run = self.ops.run(self, lambda s: post_depreciation(s, self.ops.actor, month))
        if run is None:
            return None
        self.posted.append(run)
        show_posted(
            self.result_label,
            self.ops,
            run.entry_number,
            self.tr("Depreciation of {month} posted as journal entry {number}.").format(
                month=month_label(month), number=run.entry_number
            ),
            self.tr("{month} recorded; there was nothing to depreciate.").format(
                month=month_label(month)
            ),
        )
        following = self.ops.read(self, lambda s: pending_months(s, _previous_month(today())))
        if following:
            self.month_field.set_value(following[0])
        else:
            self.preview()
        return run

    @classmethod
    def ask(cls, ops: Ops, month: str, parent: QWidget | None = None) -> list[DepreciationRunInfo]:
        dialog = cls(ops, month, parent)
        dialog.exec()
        return dialog.posted


class AssetsPanel(QWidget):
    """The register as of a date, the months still to post, and the three actions."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[AssetRow] = []
        self.pending: list[str] = []
        self.date_edit = DateField(today())
        self.date_edit.dateChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Add asset…"))
        self.add_button.clicked.connect(self.add_asset)
        self.depreciate_button = QPushButton(self.tr("Post depreciation…"))
        self.depreciate_button.clicked.connect(self.depreciate)
        self.print_button = QPushButton(self.tr("Print register…"))
        self.print_button.clicked.connect(self.print_pdf)
        manage = ops.can(Permission.ASSETS_MANAGE)
        show_if(self.add_button, manage)
        show_if(self.depreciate_button, manage)
        self.print_button.setEnabled(ops.can(Permission.REPORTS_PRINT))
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = AssetRegisterModel(self)
        self.view = table_view(self.model, AssetRegisterModel.NAME)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.depreciate_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        """Read the register as of the chosen date and the months waiting for depreciation."""
        on = self.date_edit.value()
        through = _previous_month(today())

        def read(s: Session) -> tuple[list[AssetRow], list[str], list[DepreciationRunInfo]]:
            return list_assets(s, on), pending_months(s, through), depreciation_runs(s)

        found = self.ops.read(self, read)
        self.rows, self.pending, runs = found if found else ([], [], [])
        self.model.set_assets(self.rows)
        self.view.clearSpans()
        for row in self.model.total_rows:  # a category's or the grand total's label
            self.view.setSpan(row, 0, 1, 3)
        self.summary.setText(self._summary(on, runs))
        if self.pending:
            shown = ", ".join(month_label(m) for m in self.pending[:4])
            more = len(self.pending) - 4
            if more > 0:
                shown += self.tr(" and {count} more").format(count=more)
            self.banner.show_message(
                self.tr("Depreciation not posted yet for: {months}.").format(months=shown)
            )
        else:
            self.banner.show_message("")

    def _summary(self, on: dt.date, runs: list[DepreciationRunInfo]) -> str:
        if not self.rows:
            return self.tr(
                "No fixed assets on {date}. Add each asset once; kopdesk posts its purchase "
                "and, every month, its straight-line depreciation."
            ).format(date=format_date_short(on))
        cost = sum(r.cost for r in self.rows)
        accumulated = sum(r.accumulated for r in self.rows)
        text = self.tr(
            "{count} assets on {date}: cost {cost}, accumulated depreciation {accumulated}, "
            "book value {book}."
        ).format(
            count=len(self.rows),
            date=format_date_short(on),
            cost=format_rupiah(cost),
            accumulated=format_rupiah(accumulated),
            book=format_rupiah(cost - accumulated),
        )
        if runs:
            text += " " + self.tr("Last month posted: {month}.").format(
                month=month_label(runs[0].month)
            )
        return text

    def add_asset(self) -> AssetInfo | None:
        info = AssetDialog.ask(self.ops, self)
        if info is not None:
            self.ops.status_message.emit(
                self.tr("{code} {name} added; purchase posted as {number}.").format(
                    code=info.code, name=info.name, number=info.entry_number
                )
            )
            self.refresh()
        return info

    def depreciate(self) -> list[DepreciationRunInfo]:
        month = self.pending[0] if self.pending else _previous_month(today())
        posted = DepreciationDialog.ask(self.ops, month, self)
        if posted:
            self.refresh()
        return posted

    def print_pdf(self) -> None:
        make = getattr(documents, "asset_register_pdf", None)
        if make is None or not self.ops.can(Permission.REPORTS_PRINT):
            return
        on = self.date_edit.value()
        save_document(
            self,
            self.ops,
            f"daftar-aset-tetap-{on:%Y-%m-%d}.pdf",
            lambda: make(self.ops.book, on, actor=self.ops.actor),
        )
