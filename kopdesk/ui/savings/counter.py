"""Simpanan: the teller screen (Kasir).

Find a member (Ctrl+F), see their accounts, simpanan wajib arrears and
running loans, post a deposit (F2), withdrawal (F3), transfer (F4) or loan
installment (F5) with Enter, print the receipt, and look at the day's
transactions and the member's history; a Bendahara corrects a transaction
from there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.errors import KopdeskError
from kopdesk.services.loans.counter_rows import day_rows, member_rows
from kopdesk.services.loans.quality import Position, positions
from kopdesk.services.loans.records import EventInfo, LoanRow, loan_rows
from kopdesk.services.members.register import MemberInfo, get_member, status_label
from kopdesk.services.savings.accounts import AccountInfo, member_accounts
from kopdesk.services.savings.corrections import correct
from kopdesk.services.savings.transactions import (
    COUNTER_KINDS,
    KIND_LABEL,
    TxInfo,
    TxRow,
)
from kopdesk.services.savings.wajib import WajibArrears, wajib_status
from kopdesk.ui.imports.savings_dialog import OpeningBalancesDialog, PayrollImportDialog
from kopdesk.ui.kit import guards, messages, preview
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.widgets import bold, setup_table, today
from kopdesk.ui.members.member_finder import MemberFinder
from kopdesk.ui.savings.correction_dialog import CorrectionDialog
from kopdesk.ui.savings.counter_form import ANGSURAN, PINDAH, SETOR, TARIK, Posted, TellerForm
from kopdesk.ui.savings.products_dialog import SavingsProductsDialog
from kopdesk.ui.savings.routine import SavingsRoutinePanel
from kopdesk.ui.savings.savings_model import SavingsAccountsModel, SavingsTransactionsModel

HISTORY_LIMIT = 50
ACCOUNT_ROWS_SHOWN = 6
RESULT_STYLE = "#result { background: #e6f4ea; border: 1px solid #9fd3ae; border-radius: 3px; }"
NOTICE_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c872; padding: 6px;"


def wajib_position(session: Session, number: str, through: dt.date) -> WajibArrears | None:
    """The member's simpanan wajib position, None when there is none to show
    (a member who is not active, or no active wajib product)."""
    try:
        return wajib_status(session, number, through)
    except KopdeskError:
        return None


@dataclass(frozen=True)
class MemberSavings:
    """Everything the teller screen shows of one member."""

    member: MemberInfo
    accounts: list[AccountInfo]
    history: list[TxRow]
    wajib: WajibArrears | None
    loans: list[LoanRow]
    """Running loans, for the installment (F5)."""
    loan_positions: list[Position]
    """The same loans with their arrears on the day, for the header."""


def load_member_savings(session: Session, number: str, on: dt.date) -> MemberSavings:
    return MemberSavings(
        member=get_member(session, number),
        accounts=member_accounts(session, number),
        history=member_rows(session, number, limit=HISTORY_LIMIT),
        wajib=wajib_position(session, number, on),
        loans=loan_rows(session, statuses=[LoanStatus.AKTIF], member_number=number),
        loan_positions=positions(session, on, member_number=number),
    )


def load_savings_summary(session: Session, number: str) -> tuple[list[AccountInfo], list[TxRow]]:
    """A member's open savings accounts and latest savings and loan transactions (the
    member detail panel)."""
    return (
        member_accounts(session, number),
        member_rows(session, number, limit=HISTORY_LIMIT),
    )


def transaction_table(model: SavingsTransactionsModel) -> QTableView:
    """The transactions, one chosen at a time; the name takes the room left."""
    return table_view(model, SavingsTransactionsModel.NAME, single=True)


def accounts_table(model: SavingsAccountsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    setup_table(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    rows = ACCOUNT_ROWS_SHOWN * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(rows + header.sizeHint().height() + 4)
    return view


class SavingsPage(QWidget):
    """The counter: one member at a time, keyboard first."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current: MemberSavings | None = None
        self.last_tx: TxInfo | None = None
        self.last_event: EventInfo | None = None
        """The last loan payment, when it was posted after ``last_tx``."""
        self.built = False

    def showEvent(self, event: QShowEvent) -> None:
        # built when first shown: the main window starts without the counter's queries
        self.build()
        super().showEvent(event)

    def build(self) -> None:
        """Make the widgets and read the day's transactions (once)."""
        if self.built:
            return
        self.built = True
        ops = self.ops
        self.finder = MemberFinder(ops)
        self.finder.picked.connect(self.choose_member)
        self.title = QLabel()
        self.title.setFont(bold(self.title.font()))
        self.title.setStyleSheet("font-size: 12pt;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.wajib_label = QLabel()
        self.loan_label = QLabel()
        self.loan_label.setWordWrap(True)
        self.accounts_model = SavingsAccountsModel(self)
        self.accounts_view = accounts_table(self.accounts_model)
        self.total_label = QLabel()
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.form = TellerForm(ops)
        self.form.posted.connect(self._posted)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self._make_result()
        self._make_lists()
        self._layout()
        self._permissions()
        self._shortcuts()
        ops.changes_applied.connect(self._on_changes)
        self.show_member(None)
        self.refresh_today()

    # --- building ---------------------------------------------------------------------

    def _make_result(self) -> None:
        self.result = QFrame()
        self.result.setObjectName("result")
        self.result.setStyleSheet(RESULT_STYLE)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_a5_button = QPushButton(self.tr("Receipt A5 (Ctrl+P)"))
        self.receipt_a5_button.clicked.connect(lambda: self.print_last_receipt("a5"))
        self.receipt_58_button = QPushButton(self.tr("Receipt 58 mm"))
        self.receipt_58_button.clicked.connect(lambda: self.print_last_receipt("58mm"))
        self.direct_check = QCheckBox(self.tr("Print directly"))
        self.direct_check.setToolTip(
            self.tr("Print receipts straight to the default printer, without the preview")
        )
        self.direct_check.setChecked(preview.direct_receipts())
        self.direct_check.toggled.connect(preview.set_direct_receipts)
        for button in (self.receipt_a5_button, self.receipt_58_button, self.direct_check):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self.result)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.receipt_a5_button)
        row.addWidget(self.receipt_58_button)
        row.addWidget(self.direct_check)
        self.result.hide()

    def _make_lists(self) -> None:
        self.today_model = SavingsTransactionsModel(self)
        self.history_model = SavingsTransactionsModel(self)
        self.today_view = transaction_table(self.today_model)
        self.history_view = transaction_table(self.history_model)
        for column in (SavingsTransactionsModel.MEMBER, SavingsTransactionsModel.NAME):
            self.history_view.setColumnHidden(column, True)
        self.history_view.horizontalHeader().setSectionResizeMode(
            SavingsTransactionsModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.lists = QTabWidget()
        self.lists.addTab(self.today_view, self.tr("Today at the counter"))
        self.lists.addTab(self.history_view, self.tr("Member history"))
        self.receipt_button = QPushButton(self.tr("Print receipt"))
        self.receipt_button.setToolTip(self.tr("The receipt of the selected transaction (A5)"))
        self.receipt_button.clicked.connect(lambda: self.print_selected_receipt("a5"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(
            self.tr("Cancel the selected transaction with a correcting one")
        )
        self.correct_button.clicked.connect(self.correct_selected)

    def _layout(self) -> None:
        heading = QLabel(self.tr("Savings"))
        heading.setFont(bold(heading.font()))
        heading.setStyleSheet("font-size: 14pt;")
        top = QHBoxLayout()
        top.addWidget(heading, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(16)
        top.addWidget(self.finder, 1)
        member = QVBoxLayout()
        member.setSpacing(4)
        member.addWidget(self.title)
        member.addWidget(self.subtitle)
        member.addWidget(self.wajib_label)
        member.addWidget(self.loan_label)
        member.addWidget(self.accounts_view)
        member.addWidget(self.total_label)
        member.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(member, 5)
        right = QVBoxLayout()
        right.addWidget(self.notice)
        right.addWidget(self.form, 1)
        middle.addLayout(right, 3)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.receipt_button)
        bar.addWidget(self.correct_button)
        self.counter = QWidget()
        layout = QVBoxLayout(self.counter)
        # fields and messages show and hide; the page never dictates a window's minimum
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.result)
        layout.addWidget(self.lists, 1)
        layout.addLayout(bar)
        self.routine = SavingsRoutinePanel(self.ops)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.counter, self.tr("Counter"))
        self.sections.addTab(self.routine, self.tr("Monthly routine"))
        self.sections.setCornerWidget(self._tools(), Qt.Corner.TopRightCorner)
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.sections)

    def _tools(self) -> QWidget:
        """Products and the two imports, for the Bendahara (others see the products)."""
        tools = QWidget()
        row = QHBoxLayout(tools)
        row.setContentsMargins(0, 0, 4, 2)
        self.products_button = QPushButton(self.tr("Savings products…"))
        self.products_button.clicked.connect(self.show_products)
        self.opening_button = QPushButton(self.tr("Import opening balances…"))
        self.opening_button.clicked.connect(self.import_opening)
        self.payroll_button = QPushButton(self.tr("Import payroll deductions…"))
        self.payroll_button.clicked.connect(self.import_payroll)
        managing = self.ops.can(Permission.SAVINGS_MANAGE) and not self.ops.read_only
        for button in (self.products_button, self.opening_button, self.payroll_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        self.opening_button.setVisible(managing)
        self.payroll_button.setVisible(managing)
        return tools

    def show_products(self) -> bool:
        changed = SavingsProductsDialog.ask(self, self.ops)
        if changed:
            self.form.reload_products()
        return changed

    def import_opening(self) -> object:
        return OpeningBalancesDialog.ask(self.ops, self)

    def import_payroll(self) -> object:
        return PayrollImportDialog.ask(self.ops, self)

    def _permissions(self) -> None:
        teller = self.ops.can(Permission.SAVINGS_TELLER)
        self.form.setEnabled(teller)
        if self.ops.read_only:
            text = self.tr("The book is open read-only: no transactions can be recorded here.")
        else:
            text = self.tr(
                "Read only: as {role} you can look at members' savings, but deposits, "
                "withdrawals and transfers are recorded by the Kasir or Bendahara."
            ).format(role=self.ops.actor.role.label)
        self.notice.setText(text)
        self.notice.setVisible(not teller)
        self.correct_button.setVisible(self.ops.can(Permission.SAVINGS_MANAGE))
        printing = self.ops.can(Permission.REPORTS_PRINT)
        for button in (self.receipt_button, self.receipt_a5_button, self.receipt_58_button):
            button.setVisible(printing)
        self.direct_check.setVisible(printing)

    def _shortcuts(self) -> None:
        def add(key: QKeySequence | str, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add(QKeySequence(QKeySequence.StandardKey.Find), self.finder.focus)
        add("Escape", self.clear)
        add("Ctrl+P", lambda: self.print_last_receipt("a5"))
        if self.ops.can(Permission.SAVINGS_TELLER):
            for key, kind in (("F2", SETOR), ("F3", TARIK), ("F4", PINDAH)):
                add(key, partial(self.start, kind))
            if self.ops.can(Permission.LOANS_DISBURSE):
                add("F5", partial(self.start, ANGSURAN))

    # --- the member -------------------------------------------------------------------

    def choose_member(self, number: str) -> None:
        """Show member ``number`` and put the cursor in the amount."""
        if not self.may_drop_input():
            return
        self.form.reset()
        self.show_member(number)
        if self.current is not None:
            self.lists.setCurrentWidget(self.history_view)
            self.form.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form.amount_edit.selectAll()

    def show_member(self, number: str | None) -> None:
        on = today()
        loaded = (
            self.ops.read(self, lambda s: load_member_savings(s, number, on)) if number else None
        )
        self.current = loaded
        if loaded is None:
            self.title.setText(self.tr("No member chosen"))
            self.subtitle.setText(self.tr("Type a member number or name above and press Enter."))
            self.wajib_label.clear()
            self._show_loans([])
            self.accounts_model.set_accounts([])
            self.history_model.set_rows([])
            self.total_label.clear()
            self.form.set_member(None, [])
            return
        m = loaded.member
        self.title.setText(f"{m.full_name}  ·  {m.number}")
        self.subtitle.setText(
            self.tr("{status} since {date}").format(
                status=status_label(m.status), date=format_date_short(m.status_date)
            )
        )
        self._show_wajib(loaded.wajib)
        self._show_loans(loaded.loan_positions)
        self.accounts_model.set_accounts(loaded.accounts)
        self.history_model.set_rows(loaded.history)
        self.total_label.setText(
            self.tr("Total savings: {amount}").format(
                amount=format_rupiah(self.accounts_model.total())
            )
        )
        monthly = loaded.wajib.monthly if loaded.wajib is not None else 0
        self.form.set_member(m.number, loaded.accounts, monthly, loaded.loans, m.full_name)

    def _show_wajib(self, wajib: WajibArrears | None) -> None:
        if wajib is None or wajib.monthly <= 0:
            self.wajib_label.clear()
            self.wajib_label.hide()
            return
        if wajib.arrears > 0:
            months = -(-wajib.arrears // wajib.monthly)
            text = self.tr("Simpanan wajib arrears: {amount} ({months} months)").format(
                amount=format_rupiah(wajib.arrears), months=months
            )
            style = "color: #b00020; font-weight: bold;"
        elif wajib.ahead > 0:
            text = self.tr("Simpanan wajib paid ahead: {amount}").format(
                amount=format_rupiah(wajib.ahead)
            )
            style = "color: #1b5e20;"
        else:
            text = self.tr("Simpanan wajib paid up")
            style = "color: #1b5e20;"
        self.wajib_label.setText(text)
        self.wajib_label.setStyleSheet(style)
        self.wajib_label.show()

    def _show_loans(self, loans: list[Position]) -> None:
        """One line per running loan: principal left and days late."""
        lines = []
        for p in loans:
            text = self.tr("Loan {number}: principal left {amount}").format(
                number=p.loan_number, amount=format_rupiah(p.outstanding)
            )
            if p.days_past_due:
                text += self.tr(", {days} days late ({overdue} overdue)").format(
                    days=p.days_past_due, overdue=format_rupiah(p.overdue_total)
                )
                text = f"<span style='color:#b00020; font-weight:bold'>{text}</span>"
            else:
                text += self.tr(", paid up to date")
            lines.append(text)
        self.loan_label.setText("<br>".join(lines))
        self.loan_label.setVisible(bool(lines))

    def clear(self) -> None:
        """Esc: the next member (the form forgets the amount and note)."""
        if not self.may_drop_input():
            return
        self.finder.clear()
        self.form.reset()
        self.show_member(None)
        self.finder.focus()

    def may_drop_input(self) -> bool:
        """No amount or note typed for the member shown, or the user lets it go."""
        return not self.form.has_typed_input() or guards.ask_discard(self)

    def start(self, kind: str) -> None:
        """F2/F3/F4/F5: choose the kind and type the amount."""
        self.form.set_kind(kind)
        self.form.amount_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.amount_edit.selectAll()

    # --- after posting ----------------------------------------------------------------

    def _posted(self, posted: Posted) -> None:
        if isinstance(posted, EventInfo):
            self._loan_posted(posted)
            return
        tx = posted
        self.last_tx = tx
        self.last_event = None
        self._show_receipt_buttons(printable=True)
        target = (
            self.tr(" to {product}").format(product=tx.to_product_name)
            if tx.to_product_name
            else ""
        )
        self.result_label.setText(
            self.tr(
                "Saved as {number}: {kind} {product}{target} {amount}. Balance now {balance}."
            ).format(
                number=tx.number,
                kind=tx.kind_label,
                product=tx.product_name,
                target=target,
                amount=format_rupiah(tx.amount),
                balance=format_rupiah(tx.balance_after),
            )
        )
        self.result.show()
        self.ops.status_message.emit(
            self.tr("Savings transaction {number} saved.").format(number=tx.number)
        )
        self.form.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _loan_posted(self, event: EventInfo) -> None:
        self.last_event = event
        split = [
            self.tr("late fee {amount}").format(amount=format_rupiah(event.late_fee)),
            self.tr("interest {amount}").format(amount=format_rupiah(event.interest)),
            self.tr("principal {amount}").format(amount=format_rupiah(event.principal)),
        ]
        if event.overpayment:
            split.append(
                self.tr("overpayment {amount}").format(amount=format_rupiah(event.overpayment))
            )
        self.result_label.setText(
            self.tr(
                "Saved as {number}: installment on {loan} {amount} = {split}. "
                "Principal left {left}."
            ).format(
                number=event.number,
                loan=event.loan_number,
                amount=format_rupiah(event.cash),
                split=" + ".join(split),
                left=format_rupiah(event.outstanding_after),
            )
        )
        self._show_receipt_buttons(printable=_loan_receipt_maker() is not None)
        self.result.show()
        self.ops.status_message.emit(
            self.tr("Loan payment {number} saved.").format(number=event.number)
        )
        self.form.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_receipt_buttons(self, *, printable: bool) -> None:
        shown = printable and self.ops.can(Permission.REPORTS_PRINT)
        for button in (self.receipt_a5_button, self.receipt_58_button, self.direct_check):
            button.setVisible(shown)

    def _on_changes(self, changes: Changes) -> None:
        if changes.savings:
            self.form.reload_products()
        if not (changes.journal or changes.members or changes.accounts or changes.savings):
            return
        if self.current is not None:
            self.show_member(self.current.member.number)
        self.refresh_today()

    def refresh_today(self) -> None:
        on = today()
        rows = self.ops.read(self, lambda s: day_rows(s, on))
        self.today_model.set_rows(rows or [])

    # --- receipts and corrections -----------------------------------------------------

    def selected_transaction(self) -> TxRow | None:
        view = self.lists.currentWidget()
        if not isinstance(view, QTableView):
            return None
        model = view.model()
        index = view.currentIndex()
        if not isinstance(model, SavingsTransactionsModel) or not index.isValid():
            return None
        return model.transaction(index.row())

    def print_last_receipt(self, layout: str) -> None:
        if self.last_event is not None:
            self.print_loan_receipt(self.last_event.number, layout)
        elif self.last_tx is not None:
            self.print_receipt(self.last_tx.number, layout)

    def print_loan_receipt(self, number: str, layout: str) -> None:
        """Show the receipt of loan payment ``number`` in the preview (or print it
        directly), when this version of kopdesk can print it."""
        make = _loan_receipt_maker()
        if not self.ops.can(Permission.REPORTS_PRINT) or make is None:
            return
        save_document(
            self,
            self.ops,
            f"bukti-{number}-{layout}.pdf",
            lambda: make(self.ops.book, number, actor=self.ops.actor, layout=layout),
            direct=self.direct_check.isChecked(),
        )

    def print_selected_receipt(self, layout: str) -> None:
        tx = self.selected_transaction()
        if tx is None:
            messages.inform(self, self.tr("Print receipt"), self.tr("Select a transaction first."))
            return
        if tx.is_loan:
            self.print_loan_receipt(tx.number, layout)
            return
        if tx.kind not in COUNTER_KINDS:
            messages.inform(self, self.tr("Print receipt"), self._no_receipt(tx.number))
            return
        self.print_receipt(tx.number, layout)

    def _no_receipt(self, number: str) -> str:
        return self.tr(
            "{number} is not a counter transaction and has no receipt of its own; the "
            "member's savings statement (Laporan) shows it."
        ).format(number=number)

    def print_receipt(self, number: str, layout: str) -> None:
        """Show the receipt of ``number`` (``a5`` or ``58mm``) in the preview, or print
        it straight to the default printer when "Print directly" is ticked."""
        if not self.ops.can(Permission.REPORTS_PRINT):
            return
        save_document(
            self,
            self.ops,
            f"bukti-{number}-{layout}.pdf",
            lambda: documents.receipt_pdf(
                self.ops.book,
                number,
                actor=self.ops.actor,
                layout="58mm" if layout == "58mm" else "a5",
            ),
            direct=self.direct_check.isChecked(),
        )

    def correct_selected(self) -> TxInfo | None:
        """Ask the date and reason, then correct the selected transaction (Bendahara)."""
        if not self.ops.can(Permission.SAVINGS_MANAGE):
            return None
        tx = self.selected_transaction()
        if tx is None:
            messages.inform(self, self.tr("Correct…"), self.tr("Select a transaction first."))
            return None
        if tx.is_loan:
            messages.inform(
                self,
                self.tr("Correct…"),
                self.tr(
                    "{number} is a loan transaction: it cannot be corrected at the savings counter."
                ).format(number=tx.number),
            )
            return None
        if tx.kind not in COUNTER_KINDS:
            messages.inform(
                self,
                self.tr("Correct…"),
                self.tr(
                    "{number} is not a counter transaction; it is corrected where it was "
                    "made (month-end, import or settlement)."
                ).format(number=tx.number),
            )
            return None
        summary = f"{tx.number} · {KIND_LABEL.get(tx.kind, tx.kind)} · {tx.member_name} · " + (
            format_rupiah(tx.amount)
        )
        asked = CorrectionDialog.ask(summary, today(), self)
        if asked is None:
            return None
        on, reason = asked
        if not guards.confirm_date(self, self.ops, on):
            return None
        number = tx.number
        done = self.ops.run_approved(
            self,
            lambda s, approval: correct(
                s, self.ops.actor, number, on, reason=reason, approval=approval
            ),
            what=self.tr("Correct savings transaction {number}").format(number=number),
        )
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Transaction {number} corrected by {correction}.").format(
                    number=number, correction=done.number
                )
            )
        return done


def _loan_receipt_maker() -> Callable[..., bytes] | None:
    """``documents.loan_receipt_pdf`` when that paper exists (it is written separately)."""
    found = getattr(documents, "loan_receipt_pdf", None)
    return found if callable(found) else None
