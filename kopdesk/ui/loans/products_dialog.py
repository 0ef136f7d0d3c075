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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import AccountType
from kopdesk.domain.loans import DEFAULT_ORDER, FeePeriod, Method, Part, RatePeriod
from kopdesk.domain.money import Rounding, format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.loans.products import (
    LoanProductInfo,
    LoanProductInput,
    list_products,
    update_product,
)
from kopdesk.ui.kit.products import (
    AccountChoice,
    ProductListModel,
    ProductsDialog,
    ProductTexts,
    inline,
)
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import AmountEdit, add_field_row
from kopdesk.ui.loans.quality_model import LoanProductListModel

__all__ = [
    "ORDERS",
    "LoanProductsDialog",
    "fee_text",
    "stored_input",
]

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


class LoanProductsDialog(ProductsDialog[LoanProductInfo, LoanProductInput]):
    """The product list on top, the chosen product's terms below; Save writes one product."""

    PERMISSION = Permission.LOANS_MANAGE
    MIN_WIDTH = 1000

    def texts(self) -> ProductTexts:
        return ProductTexts(
            title=self.tr("Loan products"),
            save=self.tr("Save"),
            saved=self.tr("{name} saved."),
            discard=self.tr("Discard the changes to {name}?"),
            close=self.tr("Close without saving the changes?"),
            note=self.tr(
                "Loans already made keep the terms they were made with. A change of the "
                "rate needs a second user's approval."
            )
            if self.editable
            else self.tr(
                "You can see the products' terms; changing them needs the right to manage "
                "loans (Bendahara)."
            ),
        )

    def make_model(self) -> ProductListModel[LoanProductInfo]:
        return LoanProductListModel(self)

    def list_products(self, session: Session) -> list[LoanProductInfo]:
        return list_products(session)

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

    def _add(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        self.errors[key] = add_field_row(form, label, field)

    def build_form(self) -> QLayout:
        self._build_fields()
        terms, form = self.group(self.tr("Product"))
        self._add(form, "name", self.tr("Name"), self.name_edit)
        self._add(form, "method", self.tr("Interest method"), self.method_combo)
        self._add(form, "rate_percent", self.tr("Rate"), inline(self.rate_edit, self.period_combo))
        dash = QLabel("–")
        self._add(
            form,
            "min_amount",
            self.tr("Amount (Rp)"),
            inline(self.min_amount_edit, dash, self.max_amount_edit),
        )
        self._add(
            form,
            "min_tenor",
            self.tr("Term"),
            inline(self.min_tenor_spin, QLabel("–"), self.max_tenor_spin),
        )
        self._add(form, "account_code", self.tr("Receivable account"), self.account_combo)
        self._add(form, "active", "", self.active_check)
        fees, form = self.group(self.tr("Fees and late payment"))
        self._add(
            form, "provisi_value", self.tr("Provisi"), inline(self.provisi_edit, self.provisi_combo)
        )
        self._add(
            form,
            "admin_value",
            self.tr("Administration"),
            inline(self.admin_edit, self.admin_combo),
        )
        self._add(
            form,
            "late_fee_percent",
            self.tr("Late fee (denda)"),
            inline(self.late_edit, self.late_period_combo),
        )
        self._add(form, "grace_days", self.tr("Grace period"), self.grace_spin)
        payments, form = self.group(self.tr("Payments"))
        self._add(form, "rounding", self.tr("Installment rounding"), self.rounding_combo)
        self._add(form, "allocation_order", self.tr("A payment pays"), self.order_combo)
        self._add(form, "overpayment", self.tr("More than the bill"), self.overpayment_combo)
        return self.two_columns([terms], [fees, payments])

    def set_editable(self, editable: bool) -> None:
        for edit in (
            self.name_edit,
            self.rate_edit,
            self.min_amount_edit,
            self.max_amount_edit,
            self.provisi_edit,
            self.admin_edit,
            self.late_edit,
        ):
            set_read_only(edit, not editable)
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

    def fill_form(self, product: LoanProductInfo) -> None:
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

    def form_input(self) -> LoanProductInput:
        """What the form says; ValidationError for an amount that is not rupiah."""
        return LoanProductInput(
            name=self.name_edit.text(),
            method=Method(self.method_combo.currentData()),
            rate_percent=self.rate_edit.text(),
            rate_period=RatePeriod(self.period_combo.currentData()),
            min_amount=self.amount(self.min_amount_edit, "min_amount"),
            max_amount=self.amount(self.max_amount_edit, "max_amount"),
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

    def show_error(self, error: ValidationError) -> None:
        """Show ``error`` under its field (or at the bottom for another field)."""
        fields = {"max_amount": "min_amount", "max_tenor": "min_tenor"}
        label = self.errors.get(fields.get(error.field, error.field), self.general_error)
        label.show_message(error.message)

    def stored_input(self, product: LoanProductInfo) -> LoanProductInput:
        return stored_input(product)

    def write(self, product: LoanProductInfo, data: LoanProductInput) -> LoanProductInfo | None:
        """Save the product's terms; a rate change asks a second user."""
        code, name = product.code, product.name
        return self.ops.run_approved(
            self,
            lambda s, approval: update_product(s, self.ops.actor, code, data, approval=approval),
            what=self.tr("Change the rate of {name}").format(name=name),
            on_validation=self.show_error,
        )
