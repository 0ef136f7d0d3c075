"""The teller's transaction form: deposit, withdrawal, transfer or loan installment
for one member.

Keyboard first: F2/F3/F4/F5 choose the kind, Enter in any field posts, the
refusal of a service shows beside its field and nothing is posted. An
installment (F5) is paid on one of the member's running loans: the form shows
the bill as of its date and suggests the total due.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number, format_rupiah, parse_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.vocabulary import LoanEventKind, SavingsTxKind
from kopdesk.errors import InsufficientBalanceError, KopdeskError, ValidationError
from kopdesk.services.ledger.accounts import list_accounts
from kopdesk.services.loans.payments import repay
from kopdesk.services.loans.records import EventInfo, LoanRow
from kopdesk.services.loans.schedules import Bill, bill
from kopdesk.services.savings.accounts import AccountInfo
from kopdesk.services.savings.counter import deposit, transfer, withdraw
from kopdesk.services.savings.products import ProductInfo, list_products
from kopdesk.services.savings.transactions import TxInfo
from kopdesk.ui.kit import guards
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import AmountEdit, DateField, ErrorLabel, add_field_row, bold

SETOR, TARIK, PINDAH = SavingsTxKind.SETOR, SavingsTxKind.TARIK, SavingsTxKind.PINDAH
ANGSURAN = LoanEventKind.ANGSURAN
KINDS = (SETOR, TARIK, PINDAH, ANGSURAN)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DEFAULT_PRODUCT: dict[str, ProductKind] = {
    SETOR: ProductKind.WAJIB,
    TARIK: ProductKind.SUKARELA,
    PINDAH: ProductKind.SUKARELA,
}
"""What the counter does most: the month's wajib in, sukarela out, sukarela → wajib."""

Posted = TxInfo | EventInfo
"""A savings transaction or a loan payment."""
Action = Callable[[Session], Posted]


def _balance_beside_amount(action: Action) -> Action:
    """A withdrawal over the balance is about the amount typed: say it beside the amount."""

    def run(session: Session) -> Posted:
        try:
            return action(session)
        except InsufficientBalanceError as exc:
            raise ValidationError("amount", exc.message) from exc

    return run


def _read_bill(number: str, on: dt.date) -> Callable[[Session], Bill | KopdeskError]:
    """The bill of loan ``number`` on ``on``; a refusal comes back as a value."""

    def run(session: Session) -> Bill | KopdeskError:
        try:
            return bill(session, number, on)
        except KopdeskError as exc:
            return exc

    return run


class TellerForm(QGroupBox):
    """Kind, product (and target or placement) or loan, amount, date, cash account, note.

    :meth:`set_member` tells it whose accounts and running loans it works on;
    :attr:`posted` carries the :class:`TxInfo` of each savings transaction and
    the :class:`~kopdesk.services.loans.records.EventInfo` of each loan payment posted.
    """

    posted = Signal(object)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transaction"))
        self.ops = ops
        self.member_number: str | None = None
        self.member_name = ""
        self.accounts: list[AccountInfo] = []
        self.wajib_monthly = 0
        self.loans: list[LoanRow] = []
        self.bill: Bill | None = None
        self._suggested = ""
        loaded = ops.read(self, _form_data)
        self.products, cash = loaded if loaded else ([], [])
        self._make_kind_buttons()
        self.product_combo = QComboBox()
        self.to_combo = QComboBox()
        self.account_combo = QComboBox()
        self.loan_combo = QComboBox()
        self._make_bill_box()
        self.amount_edit = AmountEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1.250.000"))
        self.amount_hint = QLabel()
        self.amount_hint.setStyleSheet("color: #555;")
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("color: #1f5f8b;")
        self.term_spin = QSpinBox()
        self.term_spin.setRange(1, 120)
        self.term_spin.setSuffix(self.tr(" months"))
        self.term_spin.setMinimumWidth(120)
        self.rollover_check = QCheckBox(self.tr("Roll over automatically at maturity (ARO)"))
        self.date_edit = DateField()
        self.cash_combo = QComboBox()
        for code, name in cash:
            self.cash_combo.addItem(f"{code} {name}", code)
        self.cash_combo.setCurrentIndex(max(self.cash_combo.findData(coa.CASH), 0))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("Optional; the receipt says what it is"))
        self.post_button = QPushButton(self.tr("Post (Enter)"))
        self.post_button.clicked.connect(self.post)
        self.message = ErrorLabel()
        self._layout()
        self._connect()
        self.set_kind(SETOR)

    # --- building -------------------------------------------------------------------

    def _make_kind_buttons(self) -> None:
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind, text in (
            (SETOR, self.tr("Deposit (F2)")),
            (TARIK, self.tr("Withdraw (F3)")),
            (PINDAH, self.tr("Transfer (F4)")),
            (ANGSURAN, self.tr("Installment (F5)")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
        show_if(self.kind_buttons[ANGSURAN], self.ops.can(Permission.LOANS_DISBURSE))

    def _layout(self) -> None:
        kinds = QHBoxLayout()
        kinds.setSpacing(4)
        for button in self.kind_buttons.values():
            kinds.addWidget(button)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.amount_hint, 1)
        amount_box = QWidget()
        amount_box.setLayout(amount_row)
        amount_row.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), kinds)
        self.loan_error = add_field_row(self.form, self.tr("Loan"), self.loan_combo)
        self.form.addRow("", self.bill_box)
        self.product_error = add_field_row(self.form, self.tr("Product"), self.product_combo)
        self.account_error = add_field_row(self.form, self.tr("Placement"), self.account_combo)
        self.to_error = add_field_row(self.form, self.tr("To product"), self.to_combo)
        self.amount_error = add_field_row(self.form, self.tr("Amount (Rp)"), amount_box)
        self.form.addRow("", self.info_label)
        self.term_error = add_field_row(self.form, self.tr("Term"), self.term_spin)
        self.form.addRow("", self.rollover_check)
        self.date_error = add_field_row(self.form, self.tr("Date"), self.date_edit)
        self.cash_error = add_field_row(self.form, self.tr("Cash account"), self.cash_combo)
        self.description_error = add_field_row(
            self.form, self.tr("Description"), self.description_edit
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addStretch(1)
        order = [
            *self.kind_buttons.values(),
            self.loan_combo,
            self.product_combo,
            self.account_combo,
            self.to_combo,
            self.amount_edit,
            self.term_spin,
            self.rollover_check,
            self.date_edit,
            self.cash_combo,
            self.description_edit,
            self.post_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.product_combo.currentIndexChanged.connect(self._product_changed)
        self.account_combo.currentIndexChanged.connect(self._update_hints)
        self.to_combo.currentIndexChanged.connect(self._update_hints)
        self.amount_edit.textChanged.connect(self._show_amount)
        self.loan_combo.currentIndexChanged.connect(self._loan_changed)
        self.date_edit.dateChanged.connect(self._loan_changed)

    # --- state ----------------------------------------------------------------------

    def kind(self) -> str:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), SETOR)

    def set_kind(self, kind: str) -> None:
        """Choose deposit, withdrawal, transfer or installment; products or loans follow."""
        if kind == ANGSURAN and self.kind_buttons[ANGSURAN].isHidden():
            return  # the user may not take loan payments
        self.kind_buttons[kind].setChecked(True)
        paying = kind == ANGSURAN
        choices = (
            [p for p in self.products if kind == SETOR or p.withdrawable] if not paying else []
        )
        self._fill(self.product_combo, choices, DEFAULT_PRODUCT.get(kind, ProductKind.WAJIB))
        self.form.setRowVisible(self.product_combo, not paying)
        self.form.setRowVisible(self.loan_combo, paying)
        self.form.setRowVisible(self.bill_box, paying)
        self.form.setRowVisible(self.to_combo, kind == PINDAH)
        self.form.setRowVisible(self.cash_combo, kind != PINDAH)
        self._read_bill()
        self._product_changed()
        self.clear_errors()

    def set_member(
        self,
        number: str | None,
        accounts: list[AccountInfo],
        wajib_monthly: int = 0,
        loans: Sequence[LoanRow] = (),
        name: str = "",
    ) -> None:
        """Work on member ``number``'s ``accounts`` and running ``loans`` (None: nobody)."""
        self.member_number, self.member_name = number, name
        self.accounts = accounts
        self.wajib_monthly = wajib_monthly
        self._fill_loans(list(loans))
        self._fill_accounts()
        self._read_bill()
        self._update_hints()

    # --- loan installments ------------------------------------------------------------

    def _make_bill_box(self) -> None:
        """A heading (date, days late) over label–amount rows of the bill."""
        self.bill_box = QWidget()
        self.bill_label = QLabel()
        self.bill_label.setTextFormat(Qt.TextFormat.RichText)
        self.bill_label.setWordWrap(True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(1)
        self.bill_values: list[QLabel] = []
        titles = (
            self.tr("Late fee (denda)"),
            self.tr("Interest due"),
            self.tr("Principal due"),
            self.tr("Total due"),
            self.tr("Next installment"),
            self.tr("Payoff amount"),
        )
        for row, title in enumerate(titles):
            name, value = QLabel(title), QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            if row == 3:
                name.setFont(bold(name.font()))
                value.setFont(bold(value.font()))
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.bill_values.append(value)
        grid.setColumnStretch(2, 1)
        self.bill_grid = QWidget()
        self.bill_grid.setLayout(grid)
        column = QVBoxLayout(self.bill_box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(self.bill_label)
        column.addWidget(self.bill_grid)

    def _show_bill(self, heading: str, due: Bill | None) -> None:
        self.bill_label.setText(heading)
        self.bill_grid.setVisible(due is not None)
        if due is None:
            return
        values = (
            format_rupiah(due.late_fee),
            format_rupiah(due.interest),
            format_rupiah(due.principal),
            format_rupiah(due.total_due),
            self._next_text(due),
            format_rupiah(due.payoff),
        )
        for label, text in zip(self.bill_values, values, strict=True):
            label.setText(text)

    def _fill_loans(self, loans: list[LoanRow]) -> None:
        """The member's running loans; the one chosen stays chosen when still there."""
        current = self.loan_combo.currentData()
        self.loans = loans
        self.loan_combo.blockSignals(True)
        self.loan_combo.clear()
        for row in loans:
            self.loan_combo.addItem(
                self.tr("{number} · {product} · principal left {amount}").format(
                    number=row.number,
                    product=row.product_name,
                    amount=format_rupiah(row.outstanding),
                ),
                row.number,
            )
        self.loan_combo.setCurrentIndex(max(self.loan_combo.findData(current), 0))
        self.loan_combo.blockSignals(False)

    def loan_number(self) -> str | None:
        """The loan an installment is paid on (None: no running loan)."""
        data = self.loan_combo.currentData()
        return str(data) if data else None

    def _loan_changed(self) -> None:
        if self.kind() == ANGSURAN:
            self._read_bill()
            self._update_hints()

    def _read_bill(self) -> None:
        """Read and show the chosen loan's bill as of the form's date."""
        self.bill = None
        self.loan_error.show_message("")
        number = self.loan_number()
        if self.kind() != ANGSURAN or self.member_number is None or self.date_edit.is_refused():
            self._show_bill("", None)
            return
        if number is None:
            text = self.tr("{member} has no running loan.").format(member=self.member_number)
            self._show_bill(text, None)
            return
        found = self.ops.read(self, _read_bill(number, self.date_edit.value()))
        if isinstance(found, KopdeskError):
            self._show_bill("", None)
            self.loan_error.show_message(found.message)
            return
        self.bill = found
        self._show_bill(self._bill_heading(found) if found else "", found)

    def _bill_heading(self, due: Bill) -> str:
        """ "Bill on <date>:" and how late, in red when late (rich text)."""
        late = (
            self.tr("{days} days late").format(days=due.days_past_due)
            if due.days_past_due
            else self.tr("on time")
        )
        colour = "#b00020" if due.days_past_due else "#1b5e20"
        heading = self.tr("Bill on {date}:").format(date=format_date_short(due.as_of))
        return f"{heading} <span style='color:{colour}; font-weight:bold'>{late}</span>"

    def _next_text(self, due: Bill) -> str:
        if due.next_due is None:
            return "–"
        return self.tr("{amount} on {date}").format(
            amount=format_rupiah(due.next_installment), date=format_date_short(due.next_due)
        )

    def product(self) -> ProductInfo | None:
        code = self.product_combo.currentData()
        return next((p for p in self.products if p.code == code), None)

    def _fill(self, combo: QComboBox, products: list[ProductInfo], default: ProductKind) -> None:
        combo.blockSignals(True)
        combo.clear()
        for p in products:
            combo.addItem(p.name, p.code)
        wanted = next((i for i, p in enumerate(products) if p.kind is default), 0)
        combo.setCurrentIndex(wanted if products else -1)
        combo.blockSignals(False)

    def _product_changed(self) -> None:
        source = self.product()
        if self.kind() == PINDAH:
            targets = [
                p
                for p in self.products
                if p.kind is not ProductKind.BERJANGKA and (source is None or p.id != source.id)
            ]
            self._fill(self.to_combo, targets, ProductKind.WAJIB)
        self._fill_accounts()
        self._show_term(source)
        self._update_hints()

    def _show_term(self, product: ProductInfo | None) -> None:
        """A new term deposit asks its term and roll-over (the product's by default)."""
        placing = (
            product is not None and product.kind is ProductKind.BERJANGKA and self.kind() == SETOR
        )
        self.form.setRowVisible(self.term_spin, placing)
        self.form.setRowVisible(self.rollover_check, placing)
        if placing and product is not None:
            self.term_spin.setValue(max(product.term_months, 1))
            self.rollover_check.setChecked(product.rollover)

    def reload_products(self) -> None:
        """Read the products again (their terms were changed); keeps kind and member."""
        loaded = self.ops.read(self, _form_data)
        if loaded is not None:
            self.products = loaded[0]
            self.set_kind(self.kind())

    def _needs_placement(self) -> bool:
        p = self.product()
        return p is not None and p.kind is ProductKind.BERJANGKA and self.kind() != SETOR

    def _fill_accounts(self) -> None:
        p = self.product()
        placements = [a for a in self.accounts if p is not None and a.product_code == p.code]
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for a in placements if self._needs_placement() else []:
            self.account_combo.addItem(a.label, a.number)
        self.account_combo.blockSignals(False)
        self.form.setRowVisible(self.account_combo, self._needs_placement())

    def _source_account(self) -> AccountInfo | None:
        p = self.product()
        if p is None:
            return None
        if self._needs_placement():
            number = self.account_combo.currentData()
            return next((a for a in self.accounts if a.number == number), None)
        return next((a for a in self.accounts if a.product_code == p.code), None)

    def _suggestion(self) -> int | None:
        """The amount the counter usually takes for this product, if there is one."""
        p, account = self.product(), self._source_account()
        if self.kind() == ANGSURAN:
            if self.bill is None:
                return None
            return self.bill.total_due or self.bill.next_installment or None
        if p is None or self.member_number is None:
            return None
        if self.kind() == SETOR and p.kind is ProductKind.POKOK:
            due = p.fixed_amount - (account.balance if account else 0)
            return due if due > 0 else None
        if self.kind() == SETOR and p.kind is ProductKind.WAJIB:
            return self.wajib_monthly or p.monthly_amount or None
        if self._needs_placement() and account is not None:
            return account.balance
        return None

    def _update_hints(self) -> None:
        p, account = self.product(), self._source_account()
        text = ""
        if self.member_number is not None and p is not None and self.kind() != SETOR:
            if account is None:
                text = self.tr("{member} has no {product} account yet.").format(
                    member=self.member_number, product=p.name
                )
            else:
                text = self.tr("Available to withdraw: {amount} (balance {balance}).").format(
                    amount=format_rupiah(account.available), balance=format_rupiah(account.balance)
                )
        elif p is not None and p.kind is ProductKind.BERJANGKA:
            text = self.tr("Opens a new placement at {rate}% a year.").format(rate=p.rate_text)
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))
        suggestion = self._suggestion()
        if self.amount_edit.text() in ("", self._suggested):
            self._suggested = format_number(suggestion) if suggestion else ""
            self.amount_edit.setText(self._suggested)

    def _show_amount(self, text: str) -> None:
        try:
            shown = format_rupiah(parse_rupiah(text)) if text.strip() else ""
        except ValidationError:
            shown = ""
        self.amount_hint.setText(shown)

    def clear_errors(self) -> None:
        for label in (
            self.loan_error,
            self.product_error,
            self.account_error,
            self.to_error,
            self.amount_error,
            self.date_error,
            self.cash_error,
            self.description_error,
            self.term_error,
            self.message,
        ):
            label.show_message("")

    def has_typed_input(self) -> bool:
        """An amount other than the suggestion, or a note, was typed and not posted."""
        return self.amount_edit.text() not in ("", self._suggested) or bool(
            self.description_edit.text().strip()
        )

    def reset(self) -> None:
        """Empty amount and note for the next transaction (kind and date stay)."""
        self.amount_edit.clear()
        self.description_edit.clear()
        self._suggested = ""
        self.clear_errors()

    # --- posting --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in ENTER_KEYS and plain:
            self.post()
            return
        super().keyPressEvent(event)

    def post(self) -> Posted | None:
        """Post what the form says; None (with the reason shown) when refused."""
        self.clear_errors()
        if not self.isEnabled():
            return None
        member = self.member_number
        if member is None:
            self.message.show_message(self.tr("Choose a member first (Ctrl+F)."))
            return None
        if self.kind() == ANGSURAN and self.loan_number() is None:
            self.loan_error.show_message(
                self.tr("{member} has no running loan.").format(member=member)
            )
            return None
        try:
            amount = self.amount_edit.amount()
        except ValidationError as exc:
            self._show_validation(ValidationError("amount", exc.message))
            return None
        if not self.date_edit.check() or not guards.confirm_money(
            self, self.ops, self.slip(member, amount)
        ):
            return None
        tx = self.ops.run(
            self,
            _balance_beside_amount(self._action(member, amount)),
            on_validation=self._show_validation,
        )
        if tx is not None:
            self.reset()
            self.posted.emit(tx)
        return tx

    def slip(self, member: str, amount: int) -> guards.Slip:
        """What :meth:`post` is about to post, for the confirmation."""
        kind, product = self.kind(), self.product_combo.currentText()
        texts: dict[str, str] = {
            SETOR: self.tr("Deposit to {product}"),
            TARIK: self.tr("Withdrawal from {product}"),
            PINDAH: self.tr("Transfer from {product} to {target}"),
            ANGSURAN: self.tr("Installment on loan {loan}"),
        }
        what = texts[str(kind)].format(
            product=product, target=self.to_combo.currentText(), loan=self.loan_number() or ""
        )
        who = f"{member} · {self.member_name}" if self.member_name else member
        return guards.Slip(what, who, amount, self.date_edit.value(), paid_out=kind == TARIK)

    def _action(self, member: str, amount: int) -> Action:
        actor, kind = self.ops.actor, self.kind()
        product = self.product_combo.currentData() or ""
        account = self.account_combo.currentData() if self._needs_placement() else None
        on, text = self.date_edit.value(), self.description_edit.text()
        cash = self.cash_combo.currentData() or coa.CASH
        if kind == ANGSURAN:
            loan = self.loan_number() or ""
            return lambda s: repay(s, actor, loan, amount, on, cash_account=cash, note=text)
        if kind == SETOR:
            placing = self.term_spin.isVisibleTo(self)
            term = self.term_spin.value() if placing else None
            rollover = self.rollover_check.isChecked() if placing else None
            return lambda s: deposit(
                s,
                actor,
                member=member,
                product=product,
                amount=amount,
                on=on,
                cash_account=cash,
                description=text,
                term_months=term,
                rollover=rollover,
            )
        if kind == TARIK:
            return lambda s: withdraw(
                s,
                actor,
                member=member,
                product=product,
                amount=amount,
                on=on,
                cash_account=cash,
                account=account,
                description=text,
            )
        target = self.to_combo.currentData() or ""
        return lambda s: transfer(
            s,
            actor,
            member=member,
            from_product=product,
            to_product=target,
            amount=amount,
            on=on,
            from_account=account,
            description=text,
        )

    def _show_validation(self, error: ValidationError) -> None:
        fields = {
            "amount": (self.amount_error, self.amount_edit),
            "date": (self.date_error, self.date_edit),
            "cash_account": (self.cash_error, self.cash_combo),
            "to_product": (self.to_error, self.to_combo),
            "account": (self.account_error, self.account_combo),
            "product": (self.product_error, self.product_combo),
            "description": (self.description_error, self.description_edit),
            "note": (self.description_error, self.description_edit),
            "term_months": (self.term_error, self.term_spin),
        }
        label, widget = fields.get(error.field, (self.message, self.amount_edit))
        label.show_message(error.message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _form_data(session: Session) -> tuple[list[ProductInfo], list[tuple[str, str]]]:
    products = list_products(session, active_only=True)
    cash = [(a.code, a.name) for a in list_accounts(session, include_inactive=False)]
    return products, [(code, name) for code, name in cash if code in PAYMENT_ACCOUNTS]
