"""Kas & Jurnal: the journal, the chart of accounts, Buku Besar and Neraca Saldo."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import today, working_year
from kopdesk.ui.ledger.accounts import AccountsPanel
from kopdesk.ui.ledger.journal import JournalPanel
from kopdesk.ui.ledger.ledger import LedgerPanel
from kopdesk.ui.ledger.trial_balance import TrialBalancePanel


class CashJournalPage(QWidget):
    """Tabs over the books; each tab refreshes itself on ``changes_applied``."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = JournalPanel(ops)
        self.accounts = AccountsPanel(ops)
        self.ledger = LedgerPanel(ops)
        self.trial_balance = TrialBalancePanel(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.journal, self.tr("Journal"))
        self.tabs.addTab(self.accounts, self.tr("Chart of accounts"))
        self.tabs.addTab(self.ledger, self.tr("General ledger"))
        self.tabs.addTab(self.trial_balance, self.tr("Trial balance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.tabs)
        year = working_year(ops.read(self, list_fiscal_years) or [])
        if year is not None:
            end = min(year.end_date, max(today(), year.start_date))
            self.ledger.set_period(year.start_date, end)
            self.trial_balance.date_edit.set_value(end)
        self.trial_balance.refresh()

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)
