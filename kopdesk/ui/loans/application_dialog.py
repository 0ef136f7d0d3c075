"""Pengajuan pinjaman: member, product, amount, tenor, purpose, collateral and
guarantors, with the schedule, the fees and the net amount as you type.

Saved through :func:`kopdesk.services.loans.applications.apply`; a refusal shows beside its field.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.loans import Terms, simulate
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.savings import percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.loans.applications import LoanApplication, apply
from kopdesk.services.loans.products import LoanProductInfo, list_products
from kopdesk.services.loans.records import LoanInfo
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import AmountEdit, DateField, ErrorLabel, add_field_row, today
from kopdesk.ui.loans.simulation_dialog import SchedulePreview
from kopdesk.ui.members.member_finder import MemberFinder

GUARANTOR_LINES = 3


class ApplicationDialog(GuardedDialog):
    """A new loan application; :attr:`saved` holds the :class:`LoanInfo` once saved."""

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, member: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.saved: LoanInfo | None = None
        self.member_number: str | None = None
        self.setWindowTitle(self.tr("New loan application"))
        self.resize(1100, 660)  # with its title bar within a 1366×768 laptop's 728 px
        self.products: list[LoanProductInfo] = (
            ops.read(self, lambda s: list_products(s, active_only=True)) or []
        )
        self.finder = MemberFinder(ops)
        self.finder.picked.connect(self.set_member)
        self.member_label = QLabel()
        self.product_combo = QComboBox()
        for p in self.products:
            self.product_combo.addItem(p.name, p.code)
        self.limits_label = QLabel()
        self.limits_label.setWordWrap(True)
        self.limits_label.setStyleSheet("color: #555;")
        self.amount_edit = AmountEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 5.000.000"))
        self.tenor_spin = QSpinBox()
        self.tenor_spin.setRange(1, 360)
        self.tenor_spin.setSuffix(self.tr(" months"))
        self.purpose_edit = QLineEdit()
        self.collateral_edit = QLineEdit()
        self.collateral_edit.setPlaceholderText(self.tr("e.g. BPKB motor Honda Beat 2019"))
        self.collateral_value_edit = AmountEdit()
        self.guarantors_edit = QPlainTextEdit()
        self.guarantors_edit.setPlaceholderText(self.tr("One guarantor per line"))
        self.guarantors_edit.setTabChangesFocus(True)
        lines = self.guarantors_edit.fontMetrics().lineSpacing()
        self.guarantors_edit.setFixedHeight(lines * GUARANTOR_LINES + 12)
        self.date_edit = DateField(today())
        self.fees_label = QLabel()
        self.fees_label.setWordWrap(True)
        self.preview = SchedulePreview()
        self.message = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save application")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._connect()
        self._product_changed()
        if member:
            self.set_member(member)
        self.watch_edits()

    def _layout(self) -> None:
        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {}
        self.errors["member"] = add_field_row(form, self.tr("Member"), self.finder)
        form.addRow("", self.member_label)
        self.errors["product"] = add_field_row(form, self.tr("Product"), self.product_combo)
        form.addRow("", self.limits_label)
        self.errors["amount"] = add_field_row(form, self.tr("Amount (Rp)"), self.amount_edit)
        self.errors["tenor"] = add_field_row(form, self.tr("Tenor"), self.tenor_spin)
        self.errors["purpose"] = add_field_row(form, self.tr("Purpose"), self.purpose_edit)
        self.errors["collateral"] = add_field_row(form, self.tr("Collateral"), self.collateral_edit)
        self.errors["collateral_value"] = add_field_row(
            form, self.tr("Collateral value (Rp)"), self.collateral_value_edit
        )
        self.errors["guarantors"] = add_field_row(form, self.tr("Guarantors"), self.guarantors_edit)
        self.errors["applied_on"] = add_field_row(form, self.tr("Application date"), self.date_edit)
        form.addRow(self.tr("Fees"), self.fees_label)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.message)
        left.addWidget(self.buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 5)
        row.addWidget(self.preview, 6)
        order = [
            self.finder.edit,
            self.product_combo,
            self.amount_edit,
            self.tenor_spin,
            self.purpose_edit,
            self.collateral_edit,
            self.collateral_value_edit,
            self.guarantors_edit,
            self.date_edit,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.product_combo.currentIndexChanged.connect(self._product_changed)
        self.amount_edit.textChanged.connect(self.refresh)
        self.tenor_spin.valueChanged.connect(self.refresh)
        self.date_edit.dateChanged.connect(self.refresh)

    def product(self) -> LoanProductInfo | None:
        code = self.product_combo.currentData()
        return next((p for p in self.products if p.code == code), None)

    def set_member(self, number: str) -> None:
        self.member_number = number
        self.errors["member"].show_message("")
        self.member_label.setText(self.tr("Chosen: {number}").format(number=number))
        self.amount_edit.setFocus()

    def _product_changed(self) -> None:
        p = self.product()
        if p is None:
            self.limits_label.setText(self.tr("No active loan product."))
            return
        self.limits_label.setText(
            self.tr(
                "{method}, {rate}% {period}; {low} to {high}; {min_tenor}–{max_tenor} months"
            ).format(
                method=p.method.label,
                rate=percent_text(p.rate_percent),
                period=p.rate_period.label,
                low=format_rupiah(p.min_amount),
                high=format_rupiah(p.max_amount),
                min_tenor=p.min_tenor,
                max_tenor=p.max_tenor,
            )
        )
        self.tenor_spin.setRange(p.min_tenor, p.max_tenor)
        self.refresh()

    def refresh(self) -> None:
        """The schedule, fees and net amount of what is typed (nothing when unreadable)."""
        p = self.product()
        self.errors["amount"].show_message("")
        try:
            amount = self.amount_edit.amount() if self.amount_edit.text().strip() else 0
        except ValidationError as exc:
            self.errors["amount"].show_message(exc.message)
            amount = 0
        if p is None or amount <= 0:
            self.preview.show_simulation(None)
            self.fees_label.setText("–")
            return
        terms = Terms(amount, p.rate_percent, p.rate_period, self.tenor_spin.value(), p.method,
                      p.rounding)  # fmt: skip
        try:
            sim = simulate(terms, self.date_edit.value())
        except ValidationError as exc:
            self.errors["amount"].show_message(exc.message)
            sim = None
        self.preview.show_simulation(sim)
        provisi, admin = p.fees(amount)
        self.fees_label.setText(
            self.tr("Provisi {provisi}, administration {admin}; paid out {net}").format(
                provisi=format_rupiah(provisi),
                admin=format_rupiah(admin),
                net=format_rupiah(amount - provisi - admin),
            )
        )

    def application(self) -> LoanApplication:
        """What is typed; ``ValidationError`` for a field that cannot be read."""
        if self.member_number is None:
            raise ValidationError("member", self.tr("Choose the member first."))
        p = self.product()
        if p is None:
            raise ValidationError("product", self.tr("Choose a loan product."))
        value_text = self.collateral_value_edit.text().strip()
        return LoanApplication(
            member=self.member_number,
            product=p.code,
            amount=self.amount_edit.amount(),
            tenor=self.tenor_spin.value(),
            applied_on=self.date_edit.value(),
            purpose=self.purpose_edit.text(),
            collateral=self.collateral_edit.text(),
            collateral_value=(self.collateral_value_edit.amount() if value_text else 0),
            guarantors=[g for g in self.guarantors_edit.toPlainText().splitlines() if g.strip()],
        )

    def show_error(self, error: ValidationError) -> None:
        field = {"jumlah": "amount", "principal": "amount", "rate": "product", "date": "applied_on"}
        label = self.errors.get(field.get(error.field, error.field))
        if label is None:
            self.message.show_message(error.message)
        else:
            label.show_message(error.message)

    def save(self) -> LoanInfo | None:
        for label in (*self.errors.values(), self.message):
            label.show_message("")
        if not self.dates_acceptable():
            return None
        try:
            data = self.application()
        except ValidationError as exc:
            if exc.field == "jumlah":  # the collateral value or amount could not be read
                exc = ValidationError(
                    "collateral_value" if self._amount_readable() else "amount", exc.message
                )
            self.show_error(exc)
            return None
        done = self.ops.run(
            self,
            lambda s: apply(s, self.ops.actor, data),
            on_validation=self.show_error,
        )
        if done is not None:
            self.saved = done
            self.accept()
        return done

    def _amount_readable(self) -> bool:
        try:
            self.amount_edit.amount()
        except ValidationError:
            return False
        return True

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, member: str | None = None
    ) -> LoanInfo | None:
        """The application saved, or None when cancelled."""
        dialog = cls(ops, parent, member=member)
        dialog.exec()
        return dialog.saved
