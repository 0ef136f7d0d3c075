"""The selected loan beside the list: terms, fees, the approver's warnings, the
schedule with what was paid, the events and the current bill."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.savings import percent_text
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.services.loans.applications import review
from kopdesk.services.loans.records import EventInfo, LoanInfo, events_of, get_loan
from kopdesk.services.loans.schedules import Bill, InstallmentState, bill, schedule_of
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.widgets import bold, facts_grid, value_label
from kopdesk.ui.loans.loans_model import InstallmentStatesModel, LoanEventsModel

WARNING_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c872; padding: 6px;"


@dataclass(frozen=True)
class LoanDetails:
    """Everything the detail pane shows of one loan as of ``as_of``."""

    info: LoanInfo
    as_of: dt.date
    states: list[InstallmentState]
    events: list[EventInfo]
    bill: Bill | None
    pending_warnings: list[str]
    """For an application still waiting: what :func:`review` says today."""


def load_details(session: Session, number: str, as_of: dt.date) -> LoanDetails:
    info = get_loan(session, number)
    running = info.status == LoanStatus.AKTIF
    waiting = info.status == LoanStatus.DIAJUKAN
    return LoanDetails(
        info=info,
        as_of=as_of,
        states=schedule_of(session, number, as_of) if info.disbursed_on else [],
        events=events_of(session, number),
        bill=bill(session, number, as_of) if running else None,
        pending_warnings=review(session, number, as_of) if waiting else [],
    )


class LoanDetail(QWidget):
    """One loan: a summary on the left, schedule / events / bill in tabs on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: LoanDetails | None = None
        self.title = QLabel()
        self.title.setFont(bold(self.title.font()))
        self.title.setStyleSheet("font-size: 12pt;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.fields: dict[str, QLabel] = {}
        self.states_model = InstallmentStatesModel(self)
        self.events_model = LoanEventsModel(self)
        self.bill_label = value_label()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary(), self.tr("Terms"))
        self.tabs.addTab(
            table_view(self.states_model, InstallmentStatesModel.NOTE), self.tr("Schedule")
        )
        self.tabs.addTab(table_view(self.events_model, LoanEventsModel.NOTE), self.tr("Events"))
        bill_tab = QWidget()
        bill_column = QVBoxLayout(bill_tab)
        bill_column.addWidget(self.bill_label)
        bill_column.addStretch(1)
        self.tabs.addTab(bill_tab, self.tr("Bill"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)
        self.show_details(None)

    def _summary(self) -> QWidget:
        left = (
            ("product", self.tr("Product")),
            ("amount", self.tr("Principal")),
            ("terms", self.tr("Terms")),
            ("fees", self.tr("Fees")),
            ("dates", self.tr("Disbursed")),
        )
        right = (
            ("purpose", self.tr("Purpose")),
            ("collateral", self.tr("Collateral")),
            ("guarantors", self.tr("Guarantors")),
            ("applied", self.tr("Applied")),
            ("decided", self.tr("Decision")),
        )
        return facts_grid(left, right, self.fields)

    def show_details(self, details: LoanDetails | None) -> None:
        self.details = details
        if details is None:
            self.title.setText(self.tr("No loan selected"))
            self.warnings.hide()
            for label in self.fields.values():
                label.clear()
            self.states_model.set_states([], clock.today())
            self.events_model.set_events([])
            self.bill_label.setText(self.tr("Choose a loan in the list."))
            return
        loan = details.info
        self.title.setText(
            f"{loan.number}  ·  {loan.member_name} ({loan.member_number})  ·  {loan.status_label}"
        )
        self._show_warnings(details)
        self._fill(loan)
        self.states_model.set_states(details.states, details.as_of)
        self.events_model.set_events(details.events)
        self._show_bill(details)

    def _show_warnings(self, details: LoanDetails) -> None:
        loan = details.info
        if details.pending_warnings:
            text = (
                self.tr("Waiting for approval. Please note:")
                + "\n• "
                + "\n• ".join(details.pending_warnings)
            )
        elif loan.warnings:
            text = self.tr("Warnings recorded at approval:") + "\n• " + "\n• ".join(loan.warnings)
        else:
            text = ""
        self.warnings.setText(text)
        self.warnings.setVisible(bool(text))

    def _fill(self, loan: LoanInfo) -> None:
        fees = (
            self.tr("provisi {provisi}, administration {admin}; paid out {net}").format(
                provisi=format_rupiah(loan.provisi),
                admin=format_rupiah(loan.admin_fee),
                net=format_rupiah(loan.net_disbursed),
            )
            if loan.disbursed_on
            else self.tr("charged at disbursement")
        )
        collateral = loan.collateral or "–"
        if loan.collateral_value:
            collateral += f" ({format_rupiah(loan.collateral_value)})"
        decided = "–"
        if loan.decided_on:
            decided = f"{format_date_short(loan.decided_on)}, {loan.decided_by or ''}"
            if loan.decision_note:
                decided += f": {loan.decision_note}"
        dates = format_date_short(loan.disbursed_on) if loan.disbursed_on else "–"
        if loan.closed_on:
            dates += self.tr("; closed {date}").format(date=format_date_short(loan.closed_on))
        if loan.restructured_into:
            dates += self.tr("; restructured into {number}").format(number=loan.restructured_into)
        if loan.restructured_from:
            dates += self.tr("; restructures {number}").format(number=loan.restructured_from)
        values = {
            "product": loan.product_name,
            "amount": format_rupiah(loan.amount),
            "terms": self.tr("{tenor} months, {rate}% {period}, {method}").format(
                tenor=loan.tenor,
                rate=percent_text(loan.rate_percent),
                period=loan.rate_period.label,
                method=loan.method.label,
            ),
            "fees": fees,
            "dates": dates,
            "purpose": loan.purpose or "–",
            "collateral": collateral,
            "guarantors": ", ".join(loan.guarantors) or "–",
            "applied": f"{format_date_short(loan.applied_on)}, {loan.applied_by}",
            "decided": decided,
        }
        for key, text in values.items():
            self.fields[key].setText(text)

    def _show_bill(self, details: LoanDetails) -> None:
        b = details.bill
        if b is None:
            self.bill_label.setText(self.tr("Only a running loan has a bill."))
            return
        next_due = (
            self.tr("Next installment {amount} due {date}.").format(
                amount=format_rupiah(b.next_installment), date=format_date_short(b.next_due)
            )
            if b.next_due
            else ""
        )
        self.bill_label.setText(
            self.tr(
                "As of {date}: principal due {principal}, interest due {interest}, late fees "
                "{late}; to pay now {total}. {days} days late.\n{next}\nRemaining principal "
                "{outstanding}; payoff today {payoff}."
            ).format(
                date=format_date_short(b.as_of),
                principal=format_rupiah(b.principal),
                interest=format_rupiah(b.interest),
                late=format_rupiah(b.late_fee),
                total=format_rupiah(b.total_due),
                days=b.days_past_due,
                next=next_due,
                outstanding=format_rupiah(b.outstanding),
                payoff=format_rupiah(b.payoff),
            )
        )
