"""Buku Besar of one account for a period, with a running balance and printing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.papers import ledger_pdf
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.services.ledger.reports import general_ledger
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.visibility import fit_popups, show_if
from kopdesk.ui.kit.widgets import DateField, setup_table, today
from kopdesk.ui.ledger.reports_model import LedgerModel


class AccountCombo(QComboBox):
    """An editable picker of postable accounts that completes on any part of "code name"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.accounts: dict[str, AccountInfo] = {}

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        """List the postable ones of ``accounts``, keeping the current choice."""
        current = self.code()
        self.accounts = {a.code: a for a in accounts if a.postable}
        self.clear()
        for info in self.accounts.values():
            self.addItem(info.label, info.code)
        fit_popups(self, [info.label for info in self.accounts.values()])
        if current:
            self.select(current)

    def select(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def code(self) -> str | None:
        """The chosen account's code, also when its code or label was typed."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return str(self.itemData(index))
        first = text.split(" ", 1)[0] if text else ""
        return first if first in self.accounts else None


class LedgerPanel(QWidget):
    """Pick an account and a period; show each line and the running balance."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.account_combo = AccountCombo()
        start = today().replace(month=1, day=1)
        self.from_edit = DateField(start)
        self.to_edit = DateField(today())
        show_button = QPushButton(self.tr("Show"))
        show_button.clicked.connect(self.refresh)
        print_button = QPushButton(self.tr("Print PDF"))
        print_button.clicked.connect(self.print_pdf)
        show_if(print_button, ops.can(Permission.REPORTS_PRINT))
        self.model = LedgerModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Account")))
        bar.addWidget(self.account_combo, 1)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        bar.addWidget(show_button)
        bar.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.account_combo.activated.connect(self.refresh)
        ops.changes_applied.connect(self._on_changes)
        self.load_accounts()

    def showEvent(self, event: QShowEvent) -> None:
        # The first look at the tab shows the ledger of the preselected account (Kas).
        if not self.model.rowCount():
            self.refresh()
        super().showEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if changes.accounts:
            self.load_accounts()
        if changes.balances and self.model.rowCount():
            self.refresh()

    def load_accounts(self) -> None:
        self.account_combo.set_accounts(self.ops.read(self, list_accounts) or [])

    def select_account(self, code: str) -> None:
        self.account_combo.select(code)

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.from_edit.set_value(date_from)
        self.to_edit.set_value(date_to)

    def selected_code(self) -> str | None:
        return self.account_combo.code()

    def refresh(self) -> None:
        code = self.selected_code()
        if code is None:
            self.model.set_rows([])
            return
        date_from, date_to = self.from_edit.value(), self.to_edit.value()
        report = self.ops.read(self, lambda s: general_ledger(s, code, date_from, date_to))
        if report is None:
            return
        self.model.set_report(report, self.account_combo.accounts[code])
        for column in (0, 1, 3, 4, 5):  # every column but Keterangan fits its widest value
            self.view.resizeColumnToContents(column)

    def print_pdf(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        date_from, date_to = self.from_edit.value(), self.to_edit.value()
        save_document(
            self,
            self.ops,
            f"buku-besar-{code}-{date_from.isoformat()}-{date_to.isoformat()}.pdf",
            lambda: ledger_pdf(self.ops.book, code, date_from, date_to, actor=self.ops.actor),
        )
