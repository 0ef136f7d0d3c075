"""Produk Simpanan: the terms of the four savings products (pokok, wajib, sukarela, berjangka).

The Bendahara (``savings.manage``) edits a product's name, classification,
accounts, amounts, interest and term-deposit terms and saves it through
``update_product``; everyone else sees the same form read-only. A field the
service refuses shows its Indonesian message right under the field.
"""

from __future__ import annotations

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
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import InterestMethod, ProductKind, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.services.savings.products import (
    ProductInfo,
    ProductInput,
    list_products,
    update_product,
)
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Changes, Ops
from kopdesk.ui.kit.widgets import AmountEdit, ErrorLabel, add_field_row, setup_table
from kopdesk.ui.savings.routine_model import ClassAmountsModel, SavingsProductListModel

PRODUCTS_CHANGED = Changes(savings=True)
"""Product terms are no part of the ledger or the member register: nothing to refresh
but the savings screens, which read the products again when they are shown."""


class AccountChoice(QComboBox):
    """Postable, active accounts of some types by "code name"; optionally "(none)"."""

    def __init__(self, none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._accounts: list[AccountInfo] = []
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_accounts(self, accounts: list[AccountInfo], types: set[AccountType]) -> None:
        """List the accounts of ``types``, keeping the current choice."""
        current = self.code()
        self._accounts = [a for a in accounts if a.postable and a.active and a.type in types]
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, "")
        for a in self._accounts:
            self.addItem(a.label, a.code)
        self.blockSignals(False)
        self.set_code(current)

    def set_code(self, code: str | None) -> None:
        """Choose ``code``; an account not in the list (of another type) is added so
        the form shows what is stored and the service can say what is wrong."""
        index = self.findData(code or "")
        if index < 0 and code:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None


class SavingsProductsDialog(QDialog):
    """The product list on top, the chosen product's terms below; Save writes one product."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.SAVINGS_MANAGE)
        self.saved = False
        self.product: ProductInfo | None = None
        self.accounts: list[AccountInfo] = ops.read(self, list_accounts) or []
        self.setWindowTitle(self.tr("Savings products"))
        self.setMinimumWidth(980)
        self.model = SavingsProductListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._build_fields()
        self._build_layout()
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
        for label in self.errors.values():
            # take the column's whole width instead of wrapping after a few words
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._set_editable(self.editable)
        self.reload()
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.setFocus()

    # --- building the form -------------------------------------------------------

    def _build_layout(self) -> None:
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #1b5e20;")
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._general_box())
        left.addWidget(self._amounts_box())
        left.addStretch(1)
        right.addWidget(self._interest_box())
        right.addWidget(self._term_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addSpacing(8)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.setVisible(self.editable)
        note = QLabel(
            self.tr(
                "You can see the products' terms; changing them needs the right to manage "
                "savings (Bendahara)."
            )
        )
        note.setWordWrap(True)
        note.setVisible(not self.editable)
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

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

    @staticmethod
    def _form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return form

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Product"))
        form = self._form(box)
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
        box = QGroupBox(self.tr("Amounts"))
        form = self._form(box)
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

    def _with_unit(self, field: QWidget, unit: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(QLabel(unit))
        row.addStretch(1)
        return box

    def _interest_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Interest (jasa simpanan)"))
        form = self._form(box)
        add_field_row(form, self.tr("Method"), self.method_combo)
        self.errors["rate_percent"] = add_field_row(
            form, self.tr("Rate"), self._with_unit(self.rate_edit, self.tr("% per year"))
        )
        self.errors["interest_account_code"] = add_field_row(
            form, self.tr("Interest expense account"), self.interest_combo
        )
        self.interest_box = box
        return box

    def _term_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Term deposit"))
        form = self._form(box)
        self.errors["term_months"] = add_field_row(form, self.tr("Term"), self.term_spin)
        add_field_row(form, "", self.rollover_check)
        self.errors["penalty_percent"] = add_field_row(
            form,
            self.tr("Early-break penalty"),
            self._with_unit(self.penalty_edit, self.tr("% of the principal")),
        )
        self.errors["penalty_account_code"] = add_field_row(
            form, self.tr("Penalty income account"), self.penalty_combo
        )
        self.term_box = box
        return box

    def _set_editable(self, editable: bool) -> None:
        for edit in (self.name_edit, self.fixed_edit, self.monthly_edit, self.minimum_edit):
            edit.setReadOnly(not editable)
        for edit in (self.rate_edit, self.penalty_edit):
            edit.setReadOnly(not editable)
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
        row = self.model.row_of(wanted) if wanted else 0
        self.view.selectRow(max(row, 0))
        self.show_product(self.model.product(max(row, 0)))

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = selected.indexes()
        chosen = self.model.product(rows[0].row()) if rows else None
        if chosen is None or (self.product and chosen.code == self.product.code):
            return
        if self.is_modified() and not messages.confirm(
            self,
            self.tr("Savings products"),
            self.tr("Discard the changes to {name}?").format(name=self.product.name)
            if self.product
            else "",
        ):
            previous = deselected.indexes()
            if previous:
                self.view.selectionModel().blockSignals(True)
                self.view.selectRow(previous[0].row())
                self.view.selectionModel().blockSignals(False)
            return
        self.show_product(chosen)

    def select_product(self, code: str) -> None:
        """Show the product ``code`` (as if chosen in the list)."""
        row = self.model.row_of(code)
        if row >= 0:
            self.view.selectRow(row)

    def show_product(self, product: ProductInfo | None) -> None:
        self.product = product
        self._clear_errors()
        self.saved_label.clear()
        if product is None:
            return
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

    def _amount(self, edit: AmountEdit, field: str) -> int:
        try:
            return edit.amount()
        except ValidationError as exc:
            raise ValidationError(field, exc.message) from None

    def form_input(self) -> ProductInput:
        """What the form says; ValidationError for an amount that is not rupiah."""
        assert self.product is not None
        return ProductInput(
            name=self.name_edit.text(),
            classification=str(self.class_combo.currentData()),
            account_code=self.account_combo.code() or "",
            interest_account_code=self.interest_combo.code(),
            penalty_account_code=self.penalty_combo.code(),
            fixed_amount=self._amount(self.fixed_edit, "fixed_amount"),
            monthly_amount=self._amount(self.monthly_edit, "monthly_amount"),
            minimum_balance=self._amount(self.minimum_edit, "minimum_balance"),
            withdrawable=self.withdrawable_check.isChecked(),
            interest_method=InterestMethod(self.method_combo.currentData()),
            rate_percent=self.rate_edit.text(),
            term_months=self.term_spin.value(),
            rollover=self.rollover_check.isChecked(),
            penalty_percent=self.penalty_edit.text(),
            active=self.product.active,
            class_amounts=self.classes.amounts(),
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
        """Show ``error`` under its field (or at the bottom when the field is not shown)."""
        label = self.errors.get(error.field)
        field = self.fields.get(error.field)
        if label is None or field is None or not field.isVisibleTo(self):
            label = self.general_error
        label.show_message(error.message)

    def save(self) -> bool:
        """Save the shown product; True when saved."""
        if self.product is None or not self.editable:
            return False
        self._clear_errors()
        self.saved_label.clear()
        try:
            data = self.form_input()
        except ValidationError as exc:
            self.show_error(exc)
            return False
        code = self.product.code
        saved = self.ops.run(
            self,
            lambda s: update_product(s, self.ops.actor, code, data),
            PRODUCTS_CHANGED,
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
            self,
            self.tr("Savings products"),
            self.tr("Close without saving the changes?"),
        ):
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Ops) -> bool:
        """Show the products; True when at least one product was saved."""
        dialog = cls(ops, parent)
        dialog.exec()
        return dialog.saved


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
