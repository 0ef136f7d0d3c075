"""Produk Simpanan: the terms of the four savings products (pokok, wajib, sukarela, berjangka).

The Bendahara (``savings.manage``) edits a product's name, classification,
accounts, amounts, interest and term-deposit terms and saves it through
``update_product``; everyone else sees the same form read-only. A field the
service refuses shows its Indonesian message right under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import AccountType
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import InterestMethod, ProductKind, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.savings.products import (
    ProductInfo,
    ProductInput,
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
from kopdesk.ui.kit.widgets import AmountEdit, ErrorLabel, add_field_row, setup_table
from kopdesk.ui.savings.routine_model import ClassAmountsModel, SavingsProductListModel

__all__ = [
    "SavingsProductsDialog",
    "stored_input",
]


class SavingsProductsDialog(ProductsDialog[ProductInfo, ProductInput]):
    """The product list on top, the chosen product's terms below; Save writes one product."""

    PERMISSION = Permission.SAVINGS_MANAGE
    MIN_WIDTH = 980

    def texts(self) -> ProductTexts:
        return ProductTexts(
            title=self.tr("Savings products"),
            save=self.tr("Save"),
            saved=self.tr("{name} saved."),
            discard=self.tr("Discard the changes to {name}?"),
            close=self.tr("Close without saving the changes?"),
            note=""
            if self.editable
            else self.tr(
                "You can see the products' terms; changing them needs the right to manage "
                "savings (Bendahara)."
            ),
        )

    def make_model(self) -> ProductListModel[ProductInfo]:
        return SavingsProductListModel(self)

    def list_products(self, session: Session) -> list[ProductInfo]:
        return list_products(session)

    # --- building the form -------------------------------------------------------

    def build_form(self) -> QLayout:
        self._build_fields()
        columns = self.two_columns(
            [self._general_box(), self._amounts_box()], [self._interest_box(), self._term_box()]
        )
        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "classification": self.class_combo,
            "account_code": self.account_combo,
            "withdrawable": self.withdrawable_check,
            "fixed_amount": self.fixed_edit,
            "monthly_amount": self.monthly_edit,
            "class_amounts": self.classes_box,
            "minimum_balance": self.minimum_edit,
            "rate_percent": self.rate_edit,
            "interest_account_code": self.interest_combo,
            "term_months": self.term_spin,
            "penalty_percent": self.penalty_edit,
            "penalty_account_code": self.penalty_combo,
        }
        return columns

    def _build_fields(self) -> None:
        self.name_edit = QLineEdit()
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("Equity (ekuitas)"), "ekuitas")
        self.class_combo.addItem(self.tr("Liability (liabilitas)"), "liabilitas")
        self.class_combo.currentIndexChanged.connect(self._fill_control_accounts)
        self.account_combo = AccountChoice()
        self.interest_combo = AccountChoice(self.tr("(none)"))
        self.interest_combo.set_accounts(self.accounts, {AccountType.BEBAN})
        self.penalty_combo = AccountChoice(self.tr("(none)"))
        self.penalty_combo.set_accounts(self.accounts, {AccountType.PENDAPATAN})
        self.fixed_edit = AmountEdit()
        self.monthly_edit = AmountEdit()
        self.minimum_edit = AmountEdit()
        for edit in (self.fixed_edit, self.monthly_edit, self.minimum_edit):
            edit.setMaximumWidth(170)
        self.classes = ClassAmountsModel(self)
        self.classes_view = QTableView()
        self.classes_view.setModel(self.classes)
        setup_table(self.classes_view)
        self.classes_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.classes_view.setColumnWidth(1, 130)
        self.classes_view.setFixedHeight(self.classes_view.fontMetrics().height() * 8)
        self.add_class_button = QPushButton(self.tr("Add class"))
        self.add_class_button.clicked.connect(self.add_class)
        self.remove_class_button = QPushButton(self.tr("Remove class"))
        self.remove_class_button.clicked.connect(self.remove_class)
        self.withdrawable_check = QCheckBox(self.tr("Members may withdraw it"))
        self.method_combo = QComboBox()
        for method in InterestMethod:
            self.method_combo.addItem(method.label, method.value)
        self.rate_edit = QLineEdit()
        self.rate_edit.setPlaceholderText(self.tr("e.g. 4,5"))
        self.rate_edit.setMaximumWidth(90)
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.term_spin = QSpinBox()
        self.term_spin.setRange(0, 120)
        self.term_spin.setSuffix(self.tr(" months"))
        self.term_spin.setMaximumWidth(130)
        self.rollover_check = QCheckBox(self.tr("Roll over at maturity (ARO)"))
        self.penalty_edit = QLineEdit()
        self.penalty_edit.setPlaceholderText(self.tr("e.g. 1"))
        self.penalty_edit.setMaximumWidth(90)
        self.penalty_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _general_box(self) -> QGroupBox:
        box, form = self.group(self.tr("Product"))
        self.errors["name"] = add_field_row(form, self.tr("Name"), self.name_edit)
        self.errors["classification"] = add_field_row(
            form, self.tr("Classification"), self.class_combo
        )
        self.errors["account_code"] = add_field_row(
            form, self.tr("Control account"), self.account_combo
        )
        self.errors["withdrawable"] = add_field_row(form, "", self.withdrawable_check)
        self.general_form = form
        return box

    def _amounts_box(self) -> QGroupBox:
        box, form = self.group(self.tr("Amounts"))
        self.errors["fixed_amount"] = add_field_row(
            form, self.tr("Amount (paid once)"), self.fixed_edit
        )
        self.errors["monthly_amount"] = add_field_row(
            form, self.tr("Amount per month"), self.monthly_edit
        )
        classes = QWidget()
        column = QVBoxLayout(classes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.classes_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_class_button)
        buttons.addWidget(self.remove_class_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.classes_box = classes
        self.errors["class_amounts"] = add_field_row(form, self.tr("Per member class"), classes)
        self.minimum_label = QLabel(self.tr("Minimum balance"))
        form.addRow(self.minimum_label, self.minimum_edit)
        error = ErrorLabel()
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, error)
        self.errors["minimum_balance"] = error
        self.amounts_form = form
        self.amounts_box = box
        return box

    def _interest_box(self) -> QGroupBox:
        box, form = self.group(self.tr("Interest (jasa simpanan)"))
        add_field_row(form, self.tr("Method"), self.method_combo)
        self.errors["rate_percent"] = add_field_row(
            form, self.tr("Rate"), inline(self.rate_edit, QLabel(self.tr("% per year")))
        )
        self.errors["interest_account_code"] = add_field_row(
            form, self.tr("Interest expense account"), self.interest_combo
        )
        self.interest_box = box
        return box

    def _term_box(self) -> QGroupBox:
        box, form = self.group(self.tr("Term deposit"))
        self.errors["term_months"] = add_field_row(form, self.tr("Term"), self.term_spin)
        add_field_row(form, "", self.rollover_check)
        self.errors["penalty_percent"] = add_field_row(
            form,
            self.tr("Early-break penalty"),
            inline(self.penalty_edit, QLabel(self.tr("% of the principal"))),
        )
        self.errors["penalty_account_code"] = add_field_row(
            form, self.tr("Penalty income account"), self.penalty_combo
        )
        self.term_box = box
        return box

    def set_editable(self, editable: bool) -> None:
        for edit in (self.name_edit, self.fixed_edit, self.monthly_edit, self.minimum_edit):
            set_read_only(edit, not editable)
        for edit in (self.rate_edit, self.penalty_edit):
            set_read_only(edit, not editable)
        for widget in (
            self.class_combo,
            self.account_combo,
            self.interest_combo,
            self.penalty_combo,
            self.withdrawable_check,
            self.method_combo,
            self.term_spin,
            self.rollover_check,
            self.add_class_button,
            self.remove_class_button,
        ):
            widget.setEnabled(editable)
        self.classes.set_editable(editable)

    # --- showing a product -------------------------------------------------------

    def fill_form(self, product: ProductInfo) -> None:
        self.name_edit.setText(product.name)
        self.class_combo.setCurrentIndex(max(self.class_combo.findData(product.classification), 0))
        self._fill_control_accounts()
        self.account_combo.set_code(product.account_code)
        self.interest_combo.set_code(product.interest_account_code)
        self.penalty_combo.set_code(product.penalty_account_code)
        self.fixed_edit.setText(format_number(product.fixed_amount))
        self.monthly_edit.setText(format_number(product.monthly_amount))
        self.minimum_edit.setText(format_number(product.minimum_balance))
        self.classes.set_amounts(product.class_amounts)
        self.withdrawable_check.setChecked(product.withdrawable)
        self.method_combo.setCurrentIndex(self.method_combo.findData(product.interest_method.value))
        self.rate_edit.setText(percent_text(product.rate_percent))
        self.term_spin.setValue(product.term_months)
        self.rollover_check.setChecked(product.rollover)
        self.penalty_edit.setText(percent_text(product.penalty_percent))
        self._show_fields_for(product.kind)

    def _show_fields_for(self, kind: ProductKind) -> None:
        """Only the terms that mean something for this kind of savings."""
        self.amounts_form.setRowVisible(self.fixed_edit, kind is ProductKind.POKOK)
        self.amounts_form.setRowVisible(self.monthly_edit, kind is ProductKind.WAJIB)
        self.amounts_form.setRowVisible(self.classes_box, kind is ProductKind.WAJIB)
        self.amounts_form.setRowVisible(
            self.minimum_edit, kind in (ProductKind.SUKARELA, ProductKind.BERJANGKA)
        )
        self.minimum_label.setText(
            self.tr("Minimum placement")
            if kind is ProductKind.BERJANGKA
            else self.tr("Minimum balance")
        )
        self.general_form.setRowVisible(self.withdrawable_check, kind is not ProductKind.POKOK)
        self.interest_box.setVisible(kind in (ProductKind.SUKARELA, ProductKind.BERJANGKA))
        self.term_box.setVisible(kind is ProductKind.BERJANGKA)

    def _fill_control_accounts(self) -> None:
        classification = self.class_combo.currentData()
        types = {AccountType.EKUITAS if classification == "ekuitas" else AccountType.LIABILITAS}
        self.account_combo.set_accounts(self.accounts, types)

    # --- editing -----------------------------------------------------------------

    def add_class(self) -> None:
        row = self.classes.add_row()
        index = self.classes.index(row, ClassAmountsModel.CLASS)
        self.classes_view.setCurrentIndex(index)
        self.classes_view.edit(index)

    def remove_class(self) -> None:
        index = self.classes_view.currentIndex()
        if index.isValid():
            self.classes.remove_row(index.row())

    def form_input(self) -> ProductInput:
        """What the form says; ValidationError for an amount that is not rupiah."""
        assert self.product is not None
        return ProductInput(
            name=self.name_edit.text(),
            classification=str(self.class_combo.currentData()),
            account_code=self.account_combo.code() or "",
            interest_account_code=self.interest_combo.code(),
            penalty_account_code=self.penalty_combo.code(),
            fixed_amount=self.amount(self.fixed_edit, "fixed_amount"),
            monthly_amount=self.amount(self.monthly_edit, "monthly_amount"),
            minimum_balance=self.amount(self.minimum_edit, "minimum_balance"),
            withdrawable=self.withdrawable_check.isChecked(),
            interest_method=InterestMethod(self.method_combo.currentData()),
            rate_percent=self.rate_edit.text(),
            term_months=self.term_spin.value(),
            rollover=self.rollover_check.isChecked(),
            penalty_percent=self.penalty_edit.text(),
            active=self.product.active,
            class_amounts=self.classes.amounts(),
        )

    def show_error(self, error: ValidationError) -> None:
        """Show ``error`` under its field (or at the bottom when the field is not shown)."""
        label = self.errors.get(error.field)
        field = self.fields.get(error.field)
        if label is None or field is None or not field.isVisibleTo(self):
            label = self.general_error
        label.show_message(error.message)

    def stored_input(self, product: ProductInfo) -> ProductInput:
        return stored_input(product)

    def write(self, product: ProductInfo, data: ProductInput) -> ProductInfo | None:
        code = product.code
        return self.ops.run(
            self,
            lambda s: update_product(s, self.ops.actor, code, data),
            on_validation=self.show_error,
        )


def stored_input(product: ProductInfo) -> ProductInput:
    """The product's terms as the form would send them unchanged."""
    return ProductInput(
        name=product.name,
        classification=product.classification,
        account_code=product.account_code,
        interest_account_code=product.interest_account_code,
        penalty_account_code=product.penalty_account_code,
        fixed_amount=product.fixed_amount,
        monthly_amount=product.monthly_amount,
        minimum_balance=product.minimum_balance,
        withdrawable=product.withdrawable,
        interest_method=product.interest_method,
        rate_percent=percent_text(product.rate_percent),
        term_months=product.term_months,
        rollover=product.rollover,
        penalty_percent=percent_text(product.penalty_percent),
        active=product.active,
        class_amounts=dict(product.class_amounts),
    )
