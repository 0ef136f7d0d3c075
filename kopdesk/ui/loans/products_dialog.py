"""Produk Pinjaman: the terms of the loan products (umum, usaha, darurat, ...).

The Bendahara (``loans.manage``) edits a product's method, rate, limits,
fees, late fee, rounding, payment order, overpayment policy and receivable
account and saves it through ``update_product``; a rate change needs a second
user's approval (``Ops.run_approved``). Everyone else sees the form read-only.
Loans already made keep the terms they were made with.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.ledger import AccountType
from kopdesk.domain.loans import DEFAULT_ORDER, FeePeriod, Method, Part, RatePeriod
from kopdesk.domain.money import Rounding, format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.services.loans.products import (
    LoanProductInfo,
    LoanProductInput,
    list_products,
    update_product,
)
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Changes, Ops
from kopdesk.ui.kit.widgets import AmountEdit, ErrorLabel, add_field_row, setup_table
from kopdesk.ui.loans.quality_model import LoanProductListModel
from kopdesk.ui.savings.products_dialog import AccountChoice

PRODUCTS_CHANGED = Changes()
"""Loan product terms are no part of the ledger or the member register; the
services read them at each application and payment."""
ORDERS = tuple(",".join(p.value for p in order) for order in itertools.permutations(DEFAULT_ORDER))


def fee_text(kind: str, value: Decimal) -> str:
    """A stored fee as the form shows it: ``1`` (percent) or ``25.000`` (rupiah)."""
    if kind == "percent":
        return percent_text(value)
    return format_number(int(value))


def stored_input(p: LoanProductInfo) -> LoanProductInput:
    """The product's terms as the form would send them unchanged."""
    return LoanProductInput(
        name=p.name,
        method=p.method,
        rate_percent=percent_text(p.rate_percent),
        rate_period=p.rate_period,
        min_amount=p.min_amount,
        max_amount=p.max_amount,
        min_tenor=p.min_tenor,
        max_tenor=p.max_tenor,
        provisi_kind=p.provisi_kind,
        provisi_value=fee_text(p.provisi_kind, p.provisi_value),
        admin_kind=p.admin_kind,
        admin_value=fee_text(p.admin_kind, p.admin_value),
        late_fee_percent=percent_text(p.late_fee.percent),
        late_fee_period=p.late_fee.period,
        grace_days=p.late_fee.grace_days,
        rounding=p.rounding,
        allocation_order=",".join(part.value for part in p.allocation_order),
        overpayment=p.overpayment,
        account_code=p.account_code,
        active=p.active,
    )


def _combo(items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(combo.findData(data), 0))


def _percent_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(110)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return edit


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return box


class LoanProductsDialog(QDialog):
    """The product list on top, the chosen product's terms below; Save writes one product."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.LOANS_MANAGE)
        self.saved = False
        self.product: LoanProductInfo | None = None
        self.accounts: list[AccountInfo] = ops.read(self, list_accounts) or []
        self.setWindowTitle(self.tr("Loan products"))
        self.setMinimumWidth(1000)
        self.model = LoanProductListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.errors: dict[str, ErrorLabel] = {}
        self._build_fields()
        self._build_layout()
        for label in self.errors.values():
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._set_editable(self.editable)
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.setFocus()

    # --- building -----------------------------------------------------------------

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.method_combo = _combo([(m.label, m) for m in Method])
        self.rate_edit = _percent_edit(self.tr("e.g. 1,5"))
        self.period_combo = _combo(
            [(self.tr("% per month"), RatePeriod.MONTH), (self.tr("% per year"), RatePeriod.YEAR)]
        )
        self.min_amount_edit, self.max_amount_edit = AmountEdit(), AmountEdit()
        self.min_tenor_spin, self.max_tenor_spin = QSpinBox(), QSpinBox()
        for spin in (self.min_tenor_spin, self.max_tenor_spin):
            spin.setRange(1, 360)
            spin.setSuffix(self.tr(" months"))
            spin.setMinimumWidth(120)
        for edit in (self.min_amount_edit, self.max_amount_edit):
            edit.setMaximumWidth(160)
        fee_kinds = [(self.tr("Rp (fixed)"), "fixed"), (self.tr("% of the loan"), "percent")]
        self.provisi_combo, self.admin_combo = _combo(fee_kinds), _combo(fee_kinds)
        self.provisi_edit = _percent_edit(self.tr("e.g. 1"))
        self.admin_edit = _percent_edit(self.tr("e.g. 25.000"))
        self.late_edit = _percent_edit(self.tr("e.g. 0,1"))
        self.late_period_combo = _combo(
            [
                (self.tr("% of the overdue installment per day"), FeePeriod.DAY),
                (self.tr("% of the overdue installment per month"), FeePeriod.MONTH),
            ]
        )
        self.grace_spin = QSpinBox()
        self.grace_spin.setRange(0, 90)
        self.grace_spin.setSuffix(self.tr(" days"))
        self.grace_spin.setMinimumWidth(110)
        self.rounding_combo = _combo(
            [
                (self.tr("To the rupiah"), Rounding.HALF_UP),
                (self.tr("Down to the rupiah"), Rounding.DOWN),
                (self.tr("Up to Rp100"), Rounding.UP_100),
                (self.tr("Up to Rp500"), Rounding.UP_500),
                (self.tr("Up to Rp1.000"), Rounding.UP_1000),
            ]
        )
        self.order_combo = _combo(
            [(" → ".join(Part(p).label for p in order.split(",")), order) for order in ORDERS]
        )
        self.overpayment_combo = _combo(
            [
                (self.tr("Pays the next installments"), "next"),
                (self.tr("Goes to the member's simpanan sukarela"), "sukarela"),
                (self.tr("Refused: take no more than the bill"), "refuse"),
            ]
        )
        self.account_combo = AccountChoice()
        self.account_combo.set_accounts(self.accounts, {AccountType.ASET})
        self.active_check = QCheckBox(self.tr("Offered for new loans"))

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    def _add(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        self.errors[key] = add_field_row(form, label, field)

    def _build_layout(self) -> None:
        terms, form = self._form(self.tr("Product"))
        self._add(form, "name", self.tr("Name"), self.name_edit)
        self._add(form, "method", self.tr("Interest method"), self.method_combo)
        self._add(form, "rate_percent", self.tr("Rate"), _row(self.rate_edit, self.period_combo))
        dash = QLabel("–")
        self._add(
            form,
            "min_amount",
            self.tr("Amount (Rp)"),
            _row(self.min_amount_edit, dash, self.max_amount_edit),
        )
        self._add(
            form,
            "min_tenor",
            self.tr("Term"),
            _row(self.min_tenor_spin, QLabel("–"), self.max_tenor_spin),
        )
        self._add(form, "account_code", self.tr("Receivable account"), self.account_combo)
        self._add(form, "active", "", self.active_check)
        fees, form = self._form(self.tr("Fees and late payment"))
        self._add(
            form, "provisi_value", self.tr("Provisi"), _row(self.provisi_edit, self.provisi_combo)
        )
        self._add(
            form, "admin_value", self.tr("Administration"), _row(self.admin_edit, self.admin_combo)
        )
        self._add(
            form,
            "late_fee_percent",
            self.tr("Late fee (denda)"),
            _row(self.late_edit, self.late_period_combo),
        )
        self._add(form, "grace_days", self.tr("Grace period"), self.grace_spin)
        payments, form = self._form(self.tr("Payments"))
        self._add(form, "rounding", self.tr("Installment rounding"), self.rounding_combo)
        self._add(form, "allocation_order", self.tr("A payment pays"), self.order_combo)
        self._add(form, "overpayment", self.tr("More than the bill"), self.overpayment_combo)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(terms)
        left.addStretch(1)
        right.addWidget(fees)
        right.addWidget(payments)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        self.general_error = ErrorLabel()
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #1b5e20;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(self.editable)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Loans already made keep the terms they were made with. A change of the "
                "rate needs a second user's approval."
            )
            if self.editable
            else self.tr(
                "You can see the products' terms; changing them needs the right to manage "
                "loans (Bendahara)."
            )
        )
        note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

    def _set_editable(self, editable: bool) -> None:
        for edit in (
            self.name_edit,
            self.rate_edit,
            self.min_amount_edit,
            self.max_amount_edit,
            self.provisi_edit,
            self.admin_edit,
            self.late_edit,
        ):
            edit.setReadOnly(not editable)
        for widget in (
            self.method_combo,
            self.period_combo,
            self.min_tenor_spin,
            self.max_tenor_spin,
            self.provisi_combo,
            self.admin_combo,
            self.late_period_combo,
            self.grace_spin,
            self.rounding_combo,
            self.order_combo,
            self.overpayment_combo,
            self.account_combo,
            self.active_check,
        ):
            widget.setEnabled(editable)

    # --- showing a product --------------------------------------------------------

    def reload(self, code: str | None = None) -> None:
        """Read the products again and show ``code`` (default: the one shown, or the first)."""
        products = self.ops.read(self, list_products) or []
        self.model.set_products(products)
        self.view.setFixedHeight(
            self.view.horizontalHeader().height()
            + self.view.verticalHeader().defaultSectionSize() * max(len(products), 1)
            + 2 * self.view.frameWidth()
        )
        wanted = code or (self.product.code if self.product else None)
        row = max(self.model.row_of(wanted) if wanted else 0, 0)
        self.view.selectRow(row)
        self.show_product(self.model.product(row))

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected.indexes()
        chosen = self.model.product(rows[0].row()) if rows else None
        if chosen is None or (self.product and chosen.code == self.product.code):
            return
        if self.is_modified() and not messages.confirm(
            self,
            self.tr("Loan products"),
            self.tr("Discard the changes to {name}?").format(
                name=self.product.name if self.product else ""
            ),
        ):
            previous = deselected.indexes()
            if previous:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(previous[0].row())
                self.view.selectionModel().blockSignals(False)
            return
        self.show_product(chosen)

    def select_product(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.view.selectRow(row)

    def show_product(self, product: LoanProductInfo | None) -> None:
        self.product = product
        self._clear_errors()
        self.saved_label.clear()
        if product is None:
            return
        data = stored_input(product)
        self.name_edit.setText(data.name)
        _select(self.method_combo, data.method)
        self.rate_edit.setText(data.rate_percent)
        _select(self.period_combo, data.rate_period)
        self.min_amount_edit.setText(format_number(data.min_amount))
        self.max_amount_edit.setText(format_number(data.max_amount))
        self.min_tenor_spin.setValue(data.min_tenor)
        self.max_tenor_spin.setValue(data.max_tenor)
        _select(self.provisi_combo, data.provisi_kind)
        self.provisi_edit.setText(data.provisi_value)
        _select(self.admin_combo, data.admin_kind)
        self.admin_edit.setText(data.admin_value)
        self.late_edit.setText(data.late_fee_percent)
        _select(self.late_period_combo, data.late_fee_period)
        self.grace_spin.setValue(data.grace_days)
        _select(self.rounding_combo, data.rounding)
        _select(self.order_combo, data.allocation_order)
        _select(self.overpayment_combo, data.overpayment)
        self.account_combo.set_code(data.account_code)
        self.active_check.setChecked(data.active)

    # --- saving -------------------------------------------------------------------

    def _amount(self, edit: AmountEdit, field: str) -> int:
        try:
            return edit.amount()
        except ValidationError as exc:
            raise ValidationError(field, exc.message) from None

    def form_input(self) -> LoanProductInput:
        """What the form says; ValidationError for an amount that is not rupiah."""
        return LoanProductInput(
            name=self.name_edit.text(),
            method=Method(self.method_combo.currentData()),
            rate_percent=self.rate_edit.text(),
            rate_period=RatePeriod(self.period_combo.currentData()),
            min_amount=self._amount(self.min_amount_edit, "min_amount"),
            max_amount=self._amount(self.max_amount_edit, "max_amount"),
            min_tenor=self.min_tenor_spin.value(),
            max_tenor=self.max_tenor_spin.value(),
            provisi_kind=str(self.provisi_combo.currentData()),
            provisi_value=self.provisi_edit.text(),
            admin_kind=str(self.admin_combo.currentData()),
            admin_value=self.admin_edit.text(),
            late_fee_percent=self.late_edit.text(),
            late_fee_period=FeePeriod(self.late_period_combo.currentData()),
            grace_days=self.grace_spin.value(),
            rounding=Rounding(self.rounding_combo.currentData()),
            allocation_order=str(self.order_combo.currentData()),
            overpayment=str(self.overpayment_combo.currentData()),
            account_code=self.account_combo.code() or "",
            active=self.active_check.isChecked(),
        )

    def is_modified(self) -> bool:
        """Whether the form differs from the stored product (unreadable text counts)."""
        if self.product is None or not self.editable:
            return False
        try:
            return self.form_input() != stored_input(self.product)
        except ValidationError:
            return True

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")
        self.general_error.show_message("")

    def show_error(self, error: ValidationError) -> None:
        """Show ``error`` under its field (or at the bottom for another field)."""
        fields = {"max_amount": "min_amount", "max_tenor": "min_tenor"}
        label = self.errors.get(fields.get(error.field, error.field), self.general_error)
        label.show_message(error.message)

    def save(self) -> bool:
        """Save the shown product; a rate change asks a second user. True when saved."""
        if self.product is None or not self.editable:
            return False
        self._clear_errors()
        self.saved_label.clear()
        try:
            data = self.form_input()
        except ValidationError as exc:
            self.show_error(exc)
            return False
        code, name = self.product.code, self.product.name
        saved = self.ops.run_approved(
            self,
            lambda s, approval: update_product(s, self.ops.actor, code, data, approval=approval),
            PRODUCTS_CHANGED,
            what=self.tr("Change the rate of {name}").format(name=name),
            on_validation=self.show_error,
        )
        if saved is None:
            return False
        self.saved = True
        self.product = saved
        self.reload(code)
        self.saved_label.setText(self.tr("{name} saved.").format(name=saved.name))
        return True

    def reject(self) -> None:
        if self.is_modified() and not messages.confirm(
            self, self.tr("Loan products"), self.tr("Close without saving the changes?")
        ):
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Ops) -> bool:
        """Show the products; True when at least one product was saved."""
        dialog = cls(ops, parent)
        dialog.exec()
        return dialog.saved
