"""SHU: every member's share of a year, paying it, and the SHU papers.

:class:`MembersTab` is the second tab of the SHU panel: each member's bases and
shares under the plan (or, once posted, as posted with what was paid), filtered
by number, name or payment; "Pay in cash…" pays the selected member (and prints
the receipt), "Move all to simpanan sukarela…" credits every unpaid active
member's share in one entry; the SHU list and slips print when
``kopdesk.app.papers`` offers them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.services.closing import shu, shu_payout
from kopdesk.services.ledger.accounts import list_accounts
from kopdesk.ui.closing.year import table_view
from kopdesk.ui.kit import guards
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import DateField, accepted, ok_cancel, today


class MembersModel(TextTableModel):
    """Member | name | bases | jasa modal | jasa usaha | SHU | paid, filtered."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3, 4, 5, 6}), parent)
        self.set_headers(
            (
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Jasa modal basis"),
                self.tr("Jasa usaha basis"),
                self.tr("Jasa modal"),
                self.tr("Jasa usaha"),
                self.tr("SHU"),
                self.tr("Paid"),
            )
        )
        self.shown: list[shu.MemberShare] = []

    def set_members(self, members: list[shu.MemberShare]) -> None:
        self.shown = list(members)
        self.set_rows(
            [
                (
                    m.number,
                    m.name,
                    format_number(m.modal_basis),
                    format_number(m.usaha_basis),
                    format_number(m.jasa_modal),
                    format_number(m.jasa_usaha),
                    format_number(m.total),
                    self._paid(m),
                )
                for m in self.shown
            ]
        )

    def _paid(self, m: shu.MemberShare) -> str:
        if not m.paid_method:
            return "–"
        if m.paid_method == "tunai":
            return self.tr("in cash")
        return self.tr("to sukarela")

    def member(self, row: int) -> shu.MemberShare | None:
        return self.shown[row] if 0 <= row < len(self.shown) else None


class PaymentDialog(GuardedDialog):
    """The date of an SHU payment and (in cash) the cash or bank account it leaves."""

    def __init__(
        self,
        text: str,
        accounts: list[tuple[str, str]],
        earliest: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pay SHU"))
        self.setMinimumWidth(480)
        label = QLabel(text)
        label.setWordWrap(True)
        self.date_edit = DateField(max(today(), earliest))
        self.account_combo = QComboBox()
        for code, name in accounts:
            self.account_combo.addItem(f"{code} {name}", code)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        if accounts:
            form.addRow(self.tr("Paid from"), self.account_combo)
        buttons = ok_cancel(self, self.tr("Pay"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        text: str,
        accounts: list[tuple[str, str]],
        earliest: dt.date,
        parent: QWidget | None = None,
    ) -> tuple[dt.date, str] | None:
        """(date, account code or "") or None when cancelled."""
        dialog = cls(text, accounts, earliest, parent)
        return accepted(
            dialog,
            lambda: (dialog.date_edit.value(), str(dialog.account_combo.currentData() or "")),
        )


def cash_accounts(session: Session) -> list[tuple[str, str]]:
    return [
        (a.code, a.name)
        for a in list_accounts(session, include_inactive=False)
        if a.code in PAYMENT_ACCOUNTS
    ]


class MembersTab(QWidget):
    """Every member's share of the year; payment and the SHU papers."""

    ALL, UNPAID, PAID = 0, 1, 2

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.year: int | None = None
        self.result: shu.ShuResult | None = None
        self.info: shu.PlanInfo | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Search member no. or name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _t: self.apply_filter())
        self.paid_combo = QComboBox()
        self.paid_combo.addItems([self.tr("All members"), self.tr("Not paid"), self.tr("Paid")])
        self.paid_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.list_button = QPushButton(self.tr("Print SHU list…"))
        self.list_button.clicked.connect(self.print_list)
        self.slip_button = QPushButton(self.tr("Print SHU slips…"))
        self.slip_button.clicked.connect(self.print_slips)
        for button in (self.list_button, self.slip_button):
            show_if(button, ops.can(Permission.REPORTS_PRINT))
        self.cash_button = QPushButton(self.tr("Pay in cash…"))
        self.cash_button.clicked.connect(self.pay_cash)
        self.savings_button = QPushButton(self.tr("Move all to simpanan sukarela…"))
        self.savings_button.clicked.connect(self.pay_all_to_savings)
        for button in (self.cash_button, self.savings_button):
            show_if(button, ops.can(Permission.SHU_PAY))
        self.reprint_button = QPushButton(self.tr("Reprint receipt…"))
        self.reprint_button.clicked.connect(self.reprint_receipt)
        show_if(self.reprint_button, ops.can(Permission.REPORTS_PRINT))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = MembersModel(self)
        self.view = table_view(self.model, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.pay_cash())
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.paid_combo)
        top.addStretch(1)
        top.addWidget(self.list_button)
        top.addWidget(self.slip_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(self.cash_button)
        bottom.addWidget(self.savings_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def show_result(
        self, year: int | None, result: shu.ShuResult | None, info: shu.PlanInfo | None
    ) -> None:
        self.year, self.result, self.info = year, result, info
        self.apply_filter()

    def apply_filter(self) -> None:
        members = list(self.result.members) if self.result else []
        words = self.filter_edit.text().strip().lower()
        if words:
            members = [m for m in members if words in f"{m.number} {m.name}".lower()]
        wanted = self.paid_combo.currentIndex()
        if wanted == self.UNPAID:
            members = [m for m in members if not m.paid_method and m.total > 0]
        elif wanted == self.PAID:
            members = [m for m in members if m.paid_method]
        self.model.set_members(members)
        self.summary.setText(self._summary())
        self._update_buttons()

    def _summary(self) -> str:
        result = self.result
        if result is None or self.year is None:
            return ""
        members = result.members
        paid = sum(m.paid for m in members)
        if not result.posted:
            return self.tr(
                "Under the plan: {count} members share {total}. Not posted yet: nothing "
                "can be paid."
            ).format(count=format_number(len(members)), total=format_rupiah(result.members_total))
        return self.tr(
            "{count} members share {total}; paid {paid}, still to pay {left} ({unpaid} members)."
        ).format(
            count=format_number(len(members)),
            total=format_rupiah(result.members_total),
            paid=format_rupiah(paid),
            left=format_rupiah(result.members_total - paid),
            unpaid=format_number(sum(1 for m in members if m.total > 0 and not m.paid_method)),
        )

    def selected(self) -> shu.MemberShare | None:
        return self.model.member(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        posted = self.result is not None and self.result.posted
        writable = not self.ops.read_only and self.ops.can(Permission.SHU_PAY)
        member = self.selected()
        self.cash_button.setEnabled(
            writable and posted and member is not None and member.total > 0 and not member.paid
        )
        self.savings_button.setEnabled(
            writable
            and posted
            and any(
                m.total > 0 and not m.paid_method
                for m in (self.result.members if self.result else [])
            )
        )
        printable = self.result is not None and self.result.posted
        self.reprint_button.setEnabled(member is not None and bool(member.receipt_number))
        self.list_button.setEnabled(printable)
        self.slip_button.setEnabled(printable and any(m.total > 0 for m in self.model.shown))

    def _earliest(self) -> dt.date:
        return (self.info.posted_on if self.info else None) or today()

    def pay_cash(self) -> shu_payout.ShuPaymentInfo | None:
        """Pay the selected member's SHU in cash; then print the receipt."""
        member, year = self.selected(), self.year
        if member is None or year is None or not self.cash_button.isEnabled():
            return None
        accounts = self.ops.read(self, cash_accounts) or []
        text = self.tr("Pay the SHU {year} of {name} ({number}), {amount}, in cash.").format(
            year=year, name=member.name, number=member.number, amount=format_rupiah(member.total)
        )
        answer = PaymentDialog.ask(text, accounts, self._earliest(), self)
        if answer is None:
            return None
        on, account = answer
        what = self.tr("SHU {year} paid in cash").format(year=year)
        slip = guards.Slip(what, f"{member.number} · {member.name}", member.total, on, True)
        if not guards.confirm_money(self, self.ops, slip):
            return None
        actor = self.ops.actor
        paid = self.ops.run(
            self,
            lambda s: shu_payout.pay(
                s, actor, year, member.number, on=on, method="tunai", cash_account=account
            ),
        )
        if paid is None:
            return None
        self.ops.status_message.emit(
            self.tr("SHU paid to {name}: {amount}, receipt {receipt}.").format(
                name=paid.name, amount=format_rupiah(paid.amount), receipt=paid.receipt_number
            )
        )
        self.print_receipt(paid.receipt_number)
        return paid

    def reprint_receipt(self) -> None:
        """Print again the kuitansi of the selected member's SHU payment."""
        member = self.selected()
        if member is not None and member.receipt_number:
            self.print_receipt(member.receipt_number)

    def print_receipt(self, receipt: str) -> None:
        if not self.ops.can(Permission.REPORTS_PRINT):
            return
        save_document(
            self,
            self.ops,
            f"kuitansi-{receipt}.pdf",
            lambda: documents.shu_receipt_pdf(self.ops.book, receipt, actor=self.ops.actor),
        )

    def pay_all_to_savings(self) -> list[shu_payout.ShuPaymentInfo] | None:
        """Credit every unpaid active member's SHU to simpanan sukarela (one entry)."""
        year, result = self.year, self.result
        if year is None or result is None or not self.savings_button.isEnabled():
            return None
        unpaid = [m for m in result.members if m.total > 0 and not m.paid_method]
        text = self.tr(
            "Credit the unpaid SHU {year} of {count} members, {amount}, to their simpanan "
            "sukarela? One journal entry, a receipt number per member. Members who have "
            "left are paid in cash, one by one."
        ).format(
            year=year,
            count=format_number(len(unpaid)),
            amount=format_rupiah(sum(m.total for m in unpaid)),
        )
        answer = PaymentDialog.ask(text, [], self._earliest(), self)
        if answer is None:
            return None
        on = answer[0]
        if not guards.confirm_date(self, self.ops, on):
            return None
        actor = self.ops.actor
        paid = self.ops.run_in_background(
            self,
            self.tr("Crediting the SHU of {count} members…").format(
                count=format_number(len(unpaid))
            ),
            lambda s, _r: shu_payout.pay_all_to_savings(s, actor, year, on),
        )
        if paid is None:
            return None
        self.ops.status_message.emit(
            self.tr("SHU of {count} members credited to simpanan sukarela.").format(
                count=format_number(len(paid))
            )
        )
        return paid

    def print_list(self) -> None:
        year = self.year
        if year is None:
            return
        save_document(
            self,
            self.ops,
            f"daftar-shu-{year}.pdf",
            lambda: documents.shu_list_pdf(self.ops.book, year, actor=self.ops.actor),
        )

    def print_slips(self) -> None:
        """Slips of the members shown (the filter), or of everyone."""
        year = self.year
        if year is None:
            return
        numbers = [m.number for m in self.model.shown if m.total > 0]
        everyone = self.result is not None and len(self.model.shown) == len(self.result.members)
        if not numbers:
            return
        save_document(
            self,
            self.ops,
            f"slip-shu-{year}.pdf" if everyone else f"slip-shu-{year}-{numbers[0]}.pdf",
            lambda: documents.shu_slip_pdf(
                self.ops.book, year, [] if everyone else numbers, actor=self.ops.actor
            ),
        )
