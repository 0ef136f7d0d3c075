"""Penyelesaian anggota keluar: the plan (savings returned, loans offset, net),
the exit details, Post (under dual control when loans are offset), then the paper.

Open it from the Anggota page: ``MemberExitDialog.ask(ops, member_number, parent)``;
it returns the posted :class:`ExitResult` or None.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app import papers as documents
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError
from kopdesk.services.member_exit import settlement as member_exit
from kopdesk.services.member_exit.settlement import ExitPlan, ExitResult
from kopdesk.services.members.register import status_label
from kopdesk.ui.kit import guards, printing
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.widgets import DateField, ErrorLabel, add_field_row, setup_table, today


class ExitPlanModel(TextTableModel):
    """Item | Details | Amount: each savings account (+), each loan offset (−), the net."""

    ALIGN_HEADERS = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(frozenset({2}), parent)
        self.set_headers((self.tr("Item"), self.tr("Details"), self.tr("Amount (Rp)")))

    def set_plan(self, plan: ExitPlan | None) -> None:
        rows: list[tuple[str, ...]] = []
        bold_rows: set[int] = set()
        if plan is not None:
            for s in plan.savings:
                rows.append((s.product_name, s.account_number, format_number(s.balance)))
            bold_rows.add(len(rows))
            rows.append((self.tr("Total savings"), "", format_number(plan.total_savings)))
            for x in plan.loans:
                details = self.tr(
                    "payoff {payoff}: late fee {late}, interest {interest}, principal "
                    "{principal}; still owed {left}"
                ).format(
                    payoff=format_number(x.payoff),
                    late=format_number(x.late_fee),
                    interest=format_number(x.interest),
                    principal=format_number(x.principal),
                    left=format_number(x.remaining),
                )
                label = self.tr("Loan {number}").format(number=x.loan_number)
                rows.append((label, details, f"({format_number(x.offset)})"))
            bold_rows.add(len(rows))
            rows.append((self.tr("Net due to the member"), "", format_number(plan.net)))
        self.set_rows(rows, bold_rows)


class MemberExitDialog(GuardedDialog):
    """Settle one member's exit: see the plan, give date, status and reason, post."""

    def __init__(self, ops: Ops, member_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.member_number = member_number.strip().upper()
        self.plan: ExitPlan | None = None
        self.settled: ExitResult | None = None
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()
        self.setWindowTitle(self.tr("Member exit settlement"))
        self.setMinimumSize(760, 560)
        form = self._form()
        self.model = ExitPlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.post_button = QPushButton(self.tr("Post settlement"))
        self.post_button.clicked.connect(self.post)
        self.paper_button = QPushButton(self.tr("Save the paper…"))
        self.paper_button.setEnabled(False)
        self.paper_button.clicked.connect(self.save_paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.paper_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.post_button.setEnabled(ops.can(Permission.SAVINGS_MANAGE))
        self.refresh()
        self.watch_edits()

    def _form(self) -> QFormLayout:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.date_edit = DateField(today())
        self.date_edit.dateChanged.connect(self.refresh)
        self.status_combo = QComboBox()
        for status in member_exit.EXIT_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. resignation letter of 3 March"))
        self.pay_now = QCheckBox(self.tr("Pay the net to the member in cash now (account 1101)"))
        self.pay_now.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors["date"] = add_field_row(form, self.tr("Exit date"), self.date_edit)
        self.errors["status"] = add_field_row(form, self.tr("Status"), self.status_combo)
        self.errors["reason"] = add_field_row(form, self.tr("Reason"), self.reason_edit)
        self.errors["cash_account"] = add_field_row(form, "", self.pay_now)
        return form

    # --- plan ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the plan for the chosen date (nothing is written)."""
        if self.settled is not None:
            return
        on, number = self.date_edit.value(), self.member_number
        self.plan = self.ops.read(self, lambda s: member_exit.plan_exit(s, number, on))
        self.model.set_plan(self.plan)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        plan = self.plan
        if plan is None:
            self.summary.setText("")
            return
        left = plan.member_status in member_exit.EXIT_STATUSES
        self.status_combo.setEnabled(not left)
        if left:
            self.status_combo.setCurrentIndex(self.status_combo.findData(plan.member_status))
        self.heading.setText(
            self.tr("{name} ({number}), now: {status}.").format(
                name=plan.member_name,
                number=plan.member_number,
                status=status_label(plan.member_status),
            )
        )
        self.summary.setText(self._summary(plan))

    def _summary(self, plan: ExitPlan) -> str:
        lines = [
            self.tr(
                "Savings {savings} − loans paid from them {offset} = {net} due to the member."
            ).format(
                savings=format_rupiah(plan.total_savings),
                offset=format_rupiah(plan.total_offset),
                net=format_rupiah(plan.net),
            )
        ]
        if plan.owed_after:
            lines.append(
                self.tr(
                    "The savings do not cover the loans: {owed} stays owed and the loan keeps "
                    "running."
                ).format(owed=format_rupiah(plan.owed_after))
            )
        if plan.needs_approval:
            lines.append(self.tr("Paying loans from savings needs a second user's approval."))
        if not plan.savings:
            lines.append(self.tr("There are no savings left to settle."))
        return "\n".join(lines)

    # --- posting ---------------------------------------------------------------------

    def show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.general_error).show_message(error.message)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")

    def post(self) -> bool:
        """Post the settlement; True when it was recorded."""
        self.clear_errors()
        if not self.dates_acceptable() or not self._confirmed():
            return False
        number, on = self.member_number, self.date_edit.value()
        reason, pay_now = self.reason_edit.text(), self.pay_now.isChecked()
        status = MemberStatus(self.status_combo.currentData())
        self.settled = self.ops.run_approved(
            self,
            lambda s, approval: member_exit.settle_exit(
                s,
                self.ops.actor,
                number,
                on,
                reason=reason,
                status=status,
                pay_now=pay_now,
                approval=approval,
            ),
            what=self.tr("Member exit settlement"),
            on_validation=self.show_error,
        )
        if self.settled is None:
            return False
        self._posted(self.settled)
        return True

    def _confirmed(self) -> bool:
        """Cash paid out now asks with the slip; otherwise only an unusual date asks."""
        plan, on = self.plan, self.date_edit.value()
        if plan is None or not self.pay_now.isChecked() or plan.net <= 0:
            return guards.confirm_date(self, self.ops, on)
        who = f"{plan.member_number} · {plan.member_name}"
        what = self.tr("Exit settlement paid out in cash")
        return guards.confirm_money(self, self.ops, guards.Slip(what, who, plan.net, on, True))

    def _posted(self, result: ExitResult) -> None:
        self.input_changed = False  # recorded: nothing left to lose
        for widget in (self.date_edit, self.status_combo, self.reason_edit, self.pay_now):
            widget.setEnabled(False)
        self.post_button.setEnabled(False)
        self.paper_button.setEnabled(True)
        self.paper_button.setDefault(True)
        plan = result.plan
        self.heading.setText(
            self.tr("{name} ({number}), now: {status}.").format(
                name=plan.member_name, number=plan.member_number, status=status_label(result.status)
            )
        )
        self.summary.setText(
            self.tr(
                "Posted as {entry}. Paid in cash: {paid}; still owed to the member (2104): "
                "{payable}. Save the paper for signatures."
            ).format(
                entry=result.entry_number,
                paid=format_rupiah(result.paid),
                payable=format_rupiah(result.payable),
            )
        )

    def save_paper(self) -> None:
        if self.settled is None:
            return
        entry, ops = self.settled.entry_number, self.ops
        printing.save_document(
            self,
            ops,
            f"anggota-keluar-{self.member_number}.pdf",
            lambda: documents.member_exit_pdf(ops.book, entry, actor=ops.actor),
        )

    def _close(self) -> None:
        if self.settled is not None:
            self.accept()
        else:
            self.reject()

    @classmethod
    def ask(cls, ops: Ops, member_number: str, parent: QWidget | None = None) -> ExitResult | None:
        """Show the dialog; the posted settlement, or None when nothing was posted."""
        dialog = cls(ops, member_number, parent)
        dialog.exec()
        return dialog.settled
