"""The main window: a navigation sidebar and one page per part of the books."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from kopdesk.db import Book
from kopdesk.services.books import get_profile
from kopdesk.ui.ops import Changes, Ops, book_location
from kopdesk.ui.pages.cash_journal import CashJournalPage
from kopdesk.ui.pages.home import HomePage
from kopdesk.ui.pages.reports import ReportsPage
from kopdesk.ui.pages.settings import SettingsPage

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """Beranda, Kas & Jurnal, Laporan, Pengaturan; the title names the cooperative."""

    def __init__(self, book: Book, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = Ops(book, user, self)
        self.home = HomePage(self.ops)
        self.cash_journal = CashJournalPage(self.ops)
        self.reports = ReportsPage(self.ops)
        self.settings = SettingsPage(self.ops)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "#navigation { font-size: 11pt; border: none; background: #eef2f5; }"
            "#navigation::item { padding: 10px 14px; }"
            "#navigation::item:selected { background: #1f5f8b; color: white; }"
        )
        for page, title in (
            (self.home, self.tr("Home")),
            (self.cash_journal, self.tr("Cash & Journal")),
            (self.reports, self.tr("Reports")),
            (self.settings, self.tr("Settings")),
        ):
            self.stack.addWidget(page)
            QListWidgetItem(title, self.nav)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(
            QLabel(
                self.tr("Book: {path}   User: {user}").format(
                    path=book_location(self.ops), user=user
                )
            )
        )
        self.ops.status_message.connect(self._show_status)
        self.ops.changes_applied.connect(self._on_changes)
        self.home.action_requested.connect(self.go)
        self.resize(1200, 760)
        self._update_title()

    def _update_title(self) -> None:
        profile = self.ops.read(self, get_profile)
        name = profile.name if profile else ""
        self.setWindowTitle(f"{name} — kopdesk" if name else "kopdesk")

    def _on_changes(self, changes: Changes) -> None:
        if changes.profile:
            self._update_title()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def go(self, action: str) -> None:
        """Follow a Beranda shortcut (see :attr:`HomePage.action_requested`)."""
        if action == "reports":
            self.show_page(self.reports)
            return
        self.show_page(self.cash_journal)
        panels = {
            "new_entry": self.cash_journal.journal,
            "accounts": self.cash_journal.accounts,
            "trial_balance": self.cash_journal.trial_balance,
        }
        self.cash_journal.show_tab(panels.get(action, self.cash_journal.journal))
        if action == "new_entry":
            self.cash_journal.journal.new_entry()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.statusBar().clearMessage()
        super().closeEvent(event)
