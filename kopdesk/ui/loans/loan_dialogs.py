"""Questions of the Pinjaman page: approve or reject an application, disburse,
pay off, restructure, write off. Each asks only; the page runs the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import coa
from kopdesk.domain.loans import MAX_TENOR, Method, Terms, simulate
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.services.loans.records import LoanInfo
from kopdesk.services.loans.schedules import Bill
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.widgets import DateField, ErrorLabel, accepted, bold, ok_cancel
from kopdesk.ui.loans.simulation_dialog import fill_method

MIN_REASON = 5
WARNING_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c872; padding: 6px;"


def _summary(loan: LoanInfo) -> QLabel:
    label = QLabel(
        f"{loan.number} · {loan.member_name} ({loan.member_number}) · {loan.product_name} · "
        f"{format_rupiah(loan.amount)}"
    )
    label.setFont(bold(label.font()))
    label.setWordWrap(True)
    return label


def _reason_ok(edit: QLineEdit) -> bool:
    return len(" ".join(edit.text().split())) >= MIN_REASON


def cash_combo(accounts: list[tuple[str, str]], default: str) -> QComboBox:
    combo = QComboBox()
    for code, name in accounts:
        combo.addItem(f"{code} {name}", code)
    combo.setCurrentIndex(max(combo.findData(default), 0))
    return combo


class DecisionDialog(GuardedDialog):
    """Approve (date, note) or reject (date, reason) an application; the review's
    warnings are shown before deciding."""

    def __init__(
        self,
        loan: LoanInfo,
        warnings: list[str],
        on: dt.date,
        *,
        approve: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.approving = approve
        self.setWindowTitle(
            self.tr("Approve loan application") if approve else self.tr("Reject loan application")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(loan))
        terms = QLabel(
            self.tr("{tenor} months, {rate}% {period}, {method}. Entered by {user}.").format(
                tenor=loan.tenor,
                rate=percent_text(loan.rate_percent),
                period=loan.rate_period.label,
                method=loan.method.label,
                user=loan.applied_by,
            )
        )
        layout.addWidget(terms)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        if warnings:
            self.warning_label.setText(
                self.tr("Please note before deciding:") + "\n• " + "\n• ".join(warnings)
            )
        else:
            self.warning_label.setText(self.tr("No warnings: no related-party limit or arrears."))
            self.warning_label.setStyleSheet("color: #1b5e20;")
        layout.addWidget(self.warning_label)
        self.date_edit = DateField(on)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(
            self.tr("Optional note") if approve else self.tr("Why the application is rejected")
        )
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Note") if approve else self.tr("Reason"), self.note_edit)
        form.addRow("", self.error_label)
        layout.addLayout(form)
        layout.addWidget(
            ok_cancel(self, self.tr("Approve") if approve else self.tr("Reject"), self.check)
        )
        self.note_edit.setFocus()

    def check(self) -> bool:
        if not self.approving and not _reason_ok(self.note_edit):
            self.error_label.show_message(self.tr("Write the reason (at least 5 letters)."))
            return False
        self.accept()
        return True

    @classmethod
    def ask(
        cls,
        loan: LoanInfo,
        warnings: list[str],
        on: dt.date,
        *,
        approve: bool,
        parent: QWidget | None = None,
    ) -> tuple[dt.date, str] | None:
        """The decision's date and note (or reason); None when cancelled."""
        dialog = cls(loan, warnings, on, approve=approve, parent=parent)
        return accepted(dialog, lambda: (dialog.date_edit.value(), dialog.note_edit.text()))


class DisburseDialog(GuardedDialog):
    """Pencairan: the date and the cash account; shows the fees and the net amount."""

    def __init__(
        self,
        loan: LoanInfo,
        fees: tuple[int, int],
        cash: list[tuple[str, str]],
        on: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disburse loan"))
        self.setMinimumWidth(520)
        provisi, admin = fees
        net = loan.amount - provisi - admin
        self.date_edit = DateField(on)
        self.cash_combo = cash_combo(cash, coa.CASH.value)
        money = QLabel(
            self.tr(
                "Principal {amount}\nless provisi {provisi} and administration {admin}\n"
                "Paid out to the member: {net}"
            ).format(
                amount=format_rupiah(loan.amount),
                provisi=format_rupiah(provisi),
                admin=format_rupiah(admin),
                net=format_rupiah(net),
            )
        )
        self.net_label = QLabel(format_rupiah(net))
        self.net_label.setFont(bold(self.font()))
        self.net_label.setStyleSheet("font-size: 13pt;")
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Paid from"), self.cash_combo)
        form.addRow(self.tr("Net amount"), self.net_label)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(loan))
        layout.addWidget(money)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Disburse {net}").format(
            net=format_rupiah(net)), self.accept))  # fmt: skip

    @classmethod
    def ask(
        cls,
        loan: LoanInfo,
        fees: tuple[int, int],
        cash: list[tuple[str, str]],
        on: dt.date,
        parent: QWidget | None = None,
    ) -> tuple[dt.date, str] | None:
        """The disbursement date and cash account code; None when cancelled."""
        dialog = cls(loan, fees, cash, on, parent)
        return accepted(
            dialog, lambda: (dialog.date_edit.value(), str(dialog.cash_combo.currentData()))
        )


class PayoffDialog(GuardedDialog):
    """Pelunasan dipercepat: the quote as of the date chosen (late fees, interest due,
    remaining principal) and the cash account."""

    def __init__(
        self,
        loan: LoanInfo,
        quote: Callable[[dt.date], Bill],
        cash: list[tuple[str, str]],
        on: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.quote = quote
        self.bill: Bill | None = None
        self.setWindowTitle(self.tr("Pay off loan"))
        self.setMinimumWidth(520)
        self.date_edit = DateField(on)
        self.cash_combo = cash_combo(cash, coa.CASH.value)
        self.quote_label = QLabel()
        self.total_label = QLabel()
        self.total_label.setFont(bold(self.font()))
        self.total_label.setStyleSheet("font-size: 13pt;")
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Received in"), self.cash_combo)
        form.addRow(self.tr("Payoff amount"), self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(loan))
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = ok_cancel(self, self.tr("Pay off"), self.accept)
        layout.addWidget(self.buttons)
        self.date_edit.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> Bill | None:
        try:
            self.bill = self.quote(self.date_edit.value())
        except KopdeskError as exc:
            self.bill = None
            self.error_label.show_message(exc.message)
        else:
            self.error_label.show_message("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.bill is not None)
        b = self.bill
        if b is None:
            self.quote_label.clear()
            self.total_label.clear()
            return None
        self.quote_label.setText(
            self.tr(
                "Late fees {late}\nInterest due so far {interest}\nRemaining principal "
                "{principal}\n(interest of installments not yet due is not charged)"
            ).format(
                late=format_rupiah(b.late_fee),
                interest=format_rupiah(b.interest),
                principal=format_rupiah(b.outstanding),
            )
        )
        self.total_label.setText(format_rupiah(b.payoff))
        return b

    @classmethod
    def ask(
        cls,
        loan: LoanInfo,
        quote: Callable[[dt.date], Bill],
        cash: list[tuple[str, str]],
        on: dt.date,
        parent: QWidget | None = None,
    ) -> tuple[dt.date, str] | None:
        """The payoff date and cash account code; None when cancelled."""
        dialog = cls(loan, quote, cash, on, parent)
        return accepted(
            dialog, lambda: (dialog.date_edit.value(), str(dialog.cash_combo.currentData()))
        )


@dataclass(frozen=True)
class Restructuring:
    on: dt.date
    tenor: int
    rate_percent: str
    method: Method
    reason: str


class RestructureDialog(GuardedDialog):
    """Restrukturisasi: the date, new tenor, rate and method, the reason; the new
    installment is shown as the numbers change."""

    def __init__(
        self, loan: LoanInfo, outstanding: int, on: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.loan = loan
        self.outstanding = outstanding
        self.setWindowTitle(self.tr("Restructure loan"))
        self.setMinimumWidth(560)
        self.date_edit = DateField(on)
        self.tenor_spin = QSpinBox()
        self.tenor_spin.setRange(1, MAX_TENOR)
        self.tenor_spin.setValue(loan.tenor)
        self.tenor_spin.setSuffix(self.tr(" months"))
        self.rate_edit = QLineEdit(percent_text(loan.rate_percent))
        self.method_combo = QComboBox()
        fill_method(self.method_combo)
        self.method_combo.setCurrentIndex(self.method_combo.findData(loan.method.value))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. Usaha terdampak banjir, angsuran diringankan")
        )
        self.result_label = QLabel()
        self.result_label.setStyleSheet("color: #1f5f8b;")
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("New tenor"), self.tenor_spin)
        form.addRow(self.tr("Rate (%) {period}").format(period=loan.rate_period.label),
                    self.rate_edit)  # fmt: skip
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.result_label)
        form.addRow("", self.error_label)
        note = QLabel(
            self.tr(
                "The remaining principal {amount} becomes a new loan with a new schedule; "
                "unpaid interest and late fees of this loan are waived. A second user must "
                "approve."
            ).format(amount=format_rupiah(outstanding))
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(loan))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Restructure"), self.check))
        self.tenor_spin.valueChanged.connect(self.refresh)
        self.rate_edit.textChanged.connect(self.refresh)
        self.method_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            rate = parse_percent(self.rate_edit.text(), field="rate")
            terms = Terms(self.outstanding, rate, self.loan.rate_period, self.tenor_spin.value(),
                          Method(self.method_combo.currentData()), self.loan.rounding)  # fmt: skip
            sim = simulate(terms, self.date_edit.value())
        except ValidationError as exc:
            self.result_label.setText(exc.message)
            return
        self.result_label.setText(
            self.tr("New installment {amount} (first of {n})").format(
                amount=format_rupiah(sim.rows[0].total), n=len(sim.rows)
            )
        )

    def check(self) -> bool:
        try:
            parse_percent(self.rate_edit.text(), field="rate")
        except ValidationError as exc:
            self.error_label.show_message(exc.message)
            return False
        if not _reason_ok(self.reason_edit):
            self.error_label.show_message(self.tr("Write the reason (at least 5 letters)."))
            return False
        self.accept()
        return True

    def value(self) -> Restructuring:
        return Restructuring(
            self.date_edit.value(),
            self.tenor_spin.value(),
            self.rate_edit.text().strip(),
            Method(self.method_combo.currentData()),
            self.reason_edit.text(),
        )

    @classmethod
    def ask(
        cls, loan: LoanInfo, outstanding: int, on: dt.date, parent: QWidget | None = None
    ) -> Restructuring | None:
        dialog = cls(loan, outstanding, on, parent)
        return accepted(dialog, dialog.value)


class WriteOffDialog(GuardedDialog):
    """Hapus buku: the date and the reason (a second user approves)."""

    def __init__(
        self, loan: LoanInfo, outstanding: int, on: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write off loan"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr(
                "The remaining principal {amount} is taken off the books against the "
                "allowance (PPAP); what it does not cover is an expense. The member still "
                "owes it. A second user must approve."
            ).format(amount=format_rupiah(outstanding))
        )
        note.setWordWrap(True)
        self.date_edit = DateField(on)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. Macet lebih dari 2 tahun, agunan tidak ada")
        )
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.error_label)
        layout = QVBoxLayout(self)
        layout.addWidget(_summary(loan))
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Write off"), self.check))

    def check(self) -> bool:
        if not _reason_ok(self.reason_edit):
            self.error_label.show_message(self.tr("Write the reason (at least 5 letters)."))
            return False
        self.accept()
        return True

    @classmethod
    def ask(
        cls, loan: LoanInfo, outstanding: int, on: dt.date, parent: QWidget | None = None
    ) -> tuple[dt.date, str] | None:
        dialog = cls(loan, outstanding, on, parent)
        return accepted(dialog, lambda: (dialog.date_edit.value(), dialog.reason_edit.text()))


def restructure_rate(value: Restructuring, loan: LoanInfo) -> str | None:
    """None when the rate stays the loan's own (the service keeps it then)."""
    try:
        rate = parse_percent(value.rate_percent, field="rate")
    except ValidationError:
        return value.rate_percent
    return None if rate == Decimal(loan.rate_percent) else value.rate_percent
