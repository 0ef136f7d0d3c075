"""Pinjaman: the loan list with arrears and kolektibilitas, the approval queue,
the selected loan's detail, and the actions on it by permission: new application,
approve / reject (never by the user who entered it), disburse, pay off,
restructure and write off (those two approved by a second user)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.services.ledger.accounts import list_accounts
from kopdesk.services.loans.applications import approve, reject
from kopdesk.services.loans.disbursement import disburse
from kopdesk.services.loans.payments import payoff
from kopdesk.services.loans.products import get_product
from kopdesk.services.loans.quality import positions
from kopdesk.services.loans.records import STATUS_LABEL, EventInfo, LoanInfo, loan_rows
from kopdesk.services.loans.restructuring import restructure, write_off
from kopdesk.services.loans.schedules import Bill, bill
from kopdesk.ui.imports.loans_dialog import LoanOpeningDialog
from kopdesk.ui.kit import guards
from kopdesk.ui.kit.cosign import CoSignDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import bold, today
from kopdesk.ui.loans.application_dialog import ApplicationDialog
from kopdesk.ui.loans.loan_detail import LoanDetail, LoanDetails, load_details
from kopdesk.ui.loans.loan_dialogs import (
    DecisionDialog,
    DisburseDialog,
    PayoffDialog,
    RestructureDialog,
    WriteOffDialog,
    restructure_rate,
)
from kopdesk.ui.loans.loans_model import LoanLine, LoanListModel, join_positions
from kopdesk.ui.loans.products_dialog import LoanProductsDialog
from kopdesk.ui.loans.quality import LoanQualityPanel
from kopdesk.ui.loans.simulation_dialog import SimulationDialog

SEARCH_DELAY_MS = 250
ALL, QUEUE = 0, 1


def load_loans(
    session: Session,
    on: dt.date,
    *,
    statuses: Sequence[str] | None = None,
    search: str = "",
    member_number: str | None = None,
) -> list[LoanLine]:
    """Loans newest first; running ones with their arrears and grade as of ``on``."""
    rows = loan_rows(session, statuses=statuses, member_number=member_number, search=search)
    running = any(r.status == LoanStatus.AKTIF for r in rows)
    found = positions(session, on, member_number=member_number) if running else []
    return join_positions(rows, found)


def cash_accounts(session: Session) -> list[tuple[str, str]]:
    return [
        (a.code, a.name)
        for a in list_accounts(session, include_inactive=False)
        if a.code in PAYMENT_ACCOUNTS
    ]


def loan_table(model: LoanListModel) -> QTableView:
    """The loans, one chosen at a time; the name takes the room left."""
    return table_view(model, LoanListModel.NAME, single=True)


class LoansPage(QWidget):
    """The Pinjaman page; built when first shown (see :meth:`build`)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.built = False
        self.queue_count = 0

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)

    def build(self) -> None:
        """Make the widgets and read the list (once)."""
        if self.built:
            return
        self.built = True
        self.model = LoanListModel(self)
        self.view = loan_table(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.detail = LoanDetail()
        self._make_filters()
        self._make_buttons()
        self._layout()
        self.ops.changes_applied.connect(self._on_changes)
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _make_filters(self) -> None:
        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("All loans"))
        self.tabs.addTab(self.tr("Approval queue"))
        self.tabs.setDrawBase(False)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(
            self.tr("Running and waiting"),
            (LoanStatus.DIAJUKAN, LoanStatus.DISETUJUI, LoanStatus.AKTIF),
        )
        for status, label in STATUS_LABEL.items():
            self.status_combo.addItem(label, (status,))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search loan no., member no. or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self.timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.total_label = QLabel()

    def _make_buttons(self) -> None:
        def button(text: str, slot: Callable[[], object], permission: Permission) -> QPushButton:
            made = QPushButton(text)
            made.clicked.connect(lambda _checked=False: slot())
            show_if(made, self.ops.can(permission))
            return made

        self.new_button = button(
            self.tr("New application…"), self.new_application, Permission.LOANS_APPLY
        )
        self.simulate_button = QPushButton(self.tr("Simulation…"))
        self.simulate_button.clicked.connect(self.simulate)
        self.products_button = QPushButton(self.tr("Loan products…"))
        self.products_button.clicked.connect(self.show_products)
        self.opening_button = button(
            self.tr("Import opening balances…"), self.import_opening, Permission.LOANS_MANAGE
        )
        if self.ops.read_only:
            self.opening_button.setVisible(False)
        self.approve_button = button(
            self.tr("Approve…"), self.approve_selected, Permission.LOANS_APPROVE
        )
        self.reject_button = button(
            self.tr("Reject…"), self.reject_selected, Permission.LOANS_APPROVE
        )
        self.disburse_button = button(
            self.tr("Disburse…"), self.disburse_selected, Permission.LOANS_DISBURSE
        )
        self.payoff_button = button(
            self.tr("Pay off…"), self.payoff_selected, Permission.LOANS_DISBURSE
        )
        self.restructure_button = button(
            self.tr("Restructure…"), self.restructure_selected, Permission.LOANS_MANAGE
        )
        self.write_off_button = button(
            self.tr("Write off…"), self.write_off_selected, Permission.LOANS_MANAGE
        )
        self.print_buttons: dict[str, QPushButton] = {}
        for name, text in (
            ("loan_agreement_pdf", self.tr("Print agreement")),
            ("loan_card_pdf", self.tr("Print loan card")),
        ):
            made = QPushButton(text)
            made.clicked.connect(lambda _checked=False, n=name: self.print_document(n))
            show_if(
                made,
                getattr(documents, name, None) is not None
                and self.ops.can(Permission.REPORTS_PRINT),
            )
            self.print_buttons[name] = made

    def show_products(self) -> bool:
        return LoanProductsDialog.ask(self, self.ops)

    def import_opening(self) -> object:
        done = LoanOpeningDialog.ask(self.ops, self)
        if done is not None:
            self.refresh()
        return done

    def action_buttons(self) -> list[QPushButton]:
        return [
            self.approve_button,
            self.reject_button,
            self.disburse_button,
            self.payoff_button,
            self.restructure_button,
            self.write_off_button,
            *self.print_buttons.values(),
        ]

    def _layout(self) -> None:
        heading = QLabel(self.tr("Loans"))
        heading.setFont(bold(heading.font()))
        heading.setStyleSheet("font-size: 14pt;")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.products_button)
        top.addWidget(self.opening_button)
        top.addWidget(self.simulate_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.tabs)
        filters.addSpacing(12)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.search_edit, 1)
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.total_label)
        actions = QHBoxLayout()
        for made in self.action_buttons():
            made.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            actions.addWidget(made)
        actions.addStretch(1)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 4, 0, 0)
        below.addLayout(actions)
        below.addWidget(self.detail, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.quality = LoanQualityPanel(self.ops)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.splitter, self.tr("Loan list"))
        self.sections.addTab(self.quality, self.tr("Arrears, quality and allowance"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(top)
        layout.addWidget(self.sections, 1)

    # --- the list ---------------------------------------------------------------------

    def statuses(self) -> Sequence[str] | None:
        if self.tabs.currentIndex() == QUEUE:
            return (LoanStatus.DIAJUKAN,)
        data = self.status_combo.currentData()
        return tuple(data) if data else None

    def show_queue(self) -> None:
        """The approval queue: applications waiting for a decision."""
        self.build()
        self.tabs.setCurrentIndex(QUEUE)

    def refresh(self) -> None:
        """Read the list again, keeping the selected loan when it is still listed."""
        self.timer.stop()
        keep = self.selected_number()
        on = today()
        statuses = self.statuses()
        search = self.search_edit.text()

        def query(session: Session) -> tuple[list[LoanLine], int]:
            lines = load_loans(session, on, statuses=statuses, search=search)
            return lines, len(loan_rows(session, statuses=(LoanStatus.DIAJUKAN,)))

        loaded = self.ops.read(self, query)
        lines, self.queue_count = loaded if loaded else ([], 0)
        queue = self.tabs.currentIndex() == QUEUE
        self.status_combo.setVisible(not queue)
        for column in (LoanListModel.OUTSTANDING, LoanListModel.DAYS, LoanListModel.GRADE):
            self.view.setColumnHidden(column, queue)
        self.tabs.setTabText(
            QUEUE, self.tr("Approval queue ({count})").format(count=self.queue_count)
        )
        self.model.set_lines(lines)
        late = sum(1 for x in lines if x.days_late > 0)
        self.total_label.setText(
            self.tr("{count} loans · outstanding {amount} · {late} late").format(
                count=len(lines), amount=format_rupiah(self.model.total_outstanding()), late=late
            )
        )
        row = self.model.row_of(keep) if keep else -1
        self.view.selectRow(max(row, 0)) if lines else None
        self.show_selected()

    def select(self, number: str) -> bool:
        row = self.model.row_of(number)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.show_selected()
        return True

    def selected_number(self) -> str | None:
        if not self.built:
            return None
        line = self.model.line(self.view.currentIndex().row())
        return line.row.number if line else None

    def show_selected(self) -> None:
        number = self.selected_number()
        on = today()
        details = self.ops.read(self, lambda s: load_details(s, number, on)) if number else None
        self.detail.show_details(details)
        self._update_buttons(details)

    def _update_buttons(self, details: LoanDetails | None) -> None:
        status = details.info.status if details else ""
        self.approve_button.setEnabled(status == LoanStatus.DIAJUKAN)
        self.reject_button.setEnabled(status == LoanStatus.DIAJUKAN)
        self.disburse_button.setEnabled(status == LoanStatus.DISETUJUI)
        for made in (self.payoff_button, self.restructure_button, self.write_off_button):
            made.setEnabled(status == LoanStatus.AKTIF)
        self.print_buttons["loan_agreement_pdf"].setEnabled(details is not None)
        self.print_buttons["loan_card_pdf"].setEnabled(bool(details and details.info.disbursed_on))

    def current(self) -> LoanDetails | None:
        return self.detail.details

    def _on_changes(self, changes: Changes) -> None:
        if changes.journal or changes.members or changes.accounts:
            self.refresh()

    # --- actions ----------------------------------------------------------------------

    def new_application(self) -> LoanInfo | None:
        done = ApplicationDialog.ask(self.ops, self)
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Application {number} saved; it waits for approval.").format(
                    number=done.number
                )
            )
            self.select(done.number)
        return done

    def simulate(self) -> None:
        SimulationDialog.ask(self.ops, self)

    def approve_selected(self) -> LoanInfo | None:
        return self._decide(approving=True)

    def reject_selected(self) -> LoanInfo | None:
        return self._decide(approving=False)

    def _decide(self, *, approving: bool) -> LoanInfo | None:
        details = self.current()
        if details is None or details.info.status != LoanStatus.DIAJUKAN:
            return None
        loan = details.info
        asked = DecisionDialog.ask(
            loan, details.pending_warnings, today(), approve=approving, parent=self
        )
        if asked is None:
            return None
        on, text = asked
        actor = self.ops.actor
        if approving and loan.applied_by == self.ops.actor.username:  # co-signed in place
            what = self.tr("Approve loan {number} ({member})").format(
                number=loan.number, member=loan.member_name
            )
            signer = CoSignDialog.ask(self.ops, what, Permission.LOANS_APPROVE, self)
            if signer is None:
                return None
            actor = signer
        done = self.ops.run(
            self,
            (lambda s: approve(s, actor, loan.number, on, note=text))
            if approving
            else (lambda s: reject(s, actor, loan.number, on, reason=text)),
        )
        if done is not None:
            message = (
                self.tr("Loan {number} approved.")
                if approving
                else self.tr("Loan {number} rejected.")
            )
            self.ops.status_message.emit(message.format(number=done.number))
            self.select(done.number)
        return done

    def disburse_selected(self) -> EventInfo | None:
        details = self.current()
        if details is None or details.info.status != LoanStatus.DISETUJUI:
            return None
        loan = details.info

        def query(s: Session) -> tuple[tuple[int, int], list[tuple[str, str]]]:
            return get_product(s, loan.product_code).fees(loan.amount), cash_accounts(s)

        loaded = self.ops.read(self, query)
        if loaded is None:
            return None
        fees, cash = loaded
        asked = DisburseDialog.ask(loan, fees, cash, today(), self)
        if asked is None:
            return None
        on, account = asked
        what = self.tr("Disbursement of loan {number}").format(number=loan.number)
        net = loan.amount - sum(fees)
        if not guards.confirm_money(self, self.ops, _slip(loan, what, net, on, paid_out=True)):
            return None
        done = self.ops.run(
            self,
            lambda s: disburse(s, self.ops.actor, loan.number, on, cash_account=account),
        )
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Loan {number} disbursed: {amount} paid out ({event}).").format(
                    number=loan.number, amount=format_rupiah(done.cash), event=done.number
                )
            )
        return done

    def _quote(self, number: str) -> Callable[[dt.date], Bill]:
        def quote(on: dt.date) -> Bill:
            with self.ops.book.read() as session:
                return bill(session, number, on)

        return quote

    def payoff_selected(self) -> EventInfo | None:
        details = self.current()
        if details is None or details.info.status != LoanStatus.AKTIF:
            return None
        loan = details.info
        cash = self.ops.read(self, cash_accounts) or []
        asked = PayoffDialog.ask(loan, self._quote(loan.number), cash, today(), self)
        if asked is None:
            return None
        on, account = asked
        what = self.tr("Payoff of loan {number}").format(number=loan.number)
        due = self._quote(loan.number)(on).payoff
        if not guards.confirm_money(self, self.ops, _slip(loan, what, due, on, paid_out=False)):
            return None
        done = self.ops.run(
            self,
            lambda s: payoff(s, self.ops.actor, loan.number, on, cash_account=account),
        )
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Loan {number} paid off with {amount} ({event}).").format(
                    number=loan.number, amount=format_rupiah(done.cash), event=done.number
                )
            )
        return done

    def _outstanding(self, details: LoanDetails) -> int:
        return details.bill.outstanding if details.bill else details.info.amount

    def restructure_selected(self) -> LoanInfo | None:
        details = self.current()
        if details is None or details.info.status != LoanStatus.AKTIF:
            return None
        loan = details.info
        asked = RestructureDialog.ask(loan, self._outstanding(details), today(), self)
        if asked is None:
            return None
        rate = restructure_rate(asked, loan)
        method = asked.method if asked.method is not loan.method else None
        done = self.ops.run_approved(
            self,
            lambda s, approval: restructure(
                s,
                self.ops.actor,
                loan.number,
                asked.on,
                tenor=asked.tenor,
                rate_percent=rate,
                method=method,
                reason=asked.reason,
                approval=approval,
            ),
            what=self.tr("Restructure loan {number}").format(number=loan.number),
        )
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Loan {old} restructured into {new}.").format(
                    old=loan.number, new=done.number
                )
            )
            self.select(done.number)
        return done

    def write_off_selected(self) -> EventInfo | None:
        details = self.current()
        if details is None or details.info.status != LoanStatus.AKTIF:
            return None
        loan = details.info
        asked = WriteOffDialog.ask(loan, self._outstanding(details), today(), self)
        if asked is None:
            return None
        on, reason = asked
        done = self.ops.run_approved(
            self,
            lambda s, approval: write_off(
                s, self.ops.actor, loan.number, on, reason=reason, approval=approval
            ),
            what=self.tr("Write off loan {number}").format(number=loan.number),
        )
        if done is not None:
            self.ops.status_message.emit(
                self.tr("Loan {number} written off ({event}).").format(
                    number=loan.number, event=done.number
                )
            )
        return done

    def print_document(self, name: str) -> None:
        """``documents.loan_agreement_pdf`` / ``loan_card_pdf`` of the selected loan."""
        make: Callable[..., bytes] | None = getattr(documents, name, None)
        number = self.selected_number()
        if make is None or number is None:
            return
        agreement = name == "loan_agreement_pdf"
        prefix = "perjanjian-pinjaman" if agreement else "kartu-pinjaman"
        extra = () if agreement else (today(),)  # the card is as of a date
        save_document(
            self,
            self.ops,
            f"{prefix}-{number}.pdf",
            lambda: make(self.ops.book, number, *extra, actor=self.ops.actor),
        )


def _slip(loan: LoanInfo, what: str, amount: int, on: dt.date, *, paid_out: bool) -> guards.Slip:
    return guards.Slip(what, f"{loan.member_number} · {loan.member_name}", amount, on, paid_out)
