"""Beranda: who the book belongs to, today's cash and the common actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date
from kopdesk.domain.health import Assessment
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.ledger.accounts import account_balances
from kopdesk.services.ledger.books import FiscalYearInfo, Profile, get_profile, list_fiscal_years
from kopdesk.services.ledger.journal import JournalFilter, count_entries
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.overview.dashboard import Dashboard
from kopdesk.ui.dashboard import DashboardView, read_board, read_health, read_npl_trend
from kopdesk.ui.first_steps import FirstStepsPanel
from kopdesk.ui.health_tile import HealthTile
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import bold, today, working_year
from kopdesk.ui.month_end import MonthEndPage

CASH_ACCOUNTS = coa.CASH_AND_EQUIVALENTS
"""Kas, kas kecil, bank giro, bank tabungan, deposito ≤ 3 bulan."""


@dataclass(frozen=True)
class Overview:
    profile: Profile
    year: FiscalYearInfo | None
    cash: int
    entries: int
    on: dt.date


def read_overview(session: Session) -> Overview:
    """What Beranda shows, read in one session; ``LedgerInvariantError`` when the books
    do not balance (the window then says once that the book is damaged)."""
    on = today()
    year = working_year(list_fiscal_years(session))
    balances = account_balances(session, on)
    if sum(b.balance for b in balances if b.account.parent_code is None):
        # what the ledger pages found on opening when they were built with the window
        raise LedgerInvariantError("the books do not balance")
    cash = sum(b.balance for b in balances if b.account.code in CASH_ACCOUNTS)
    entries = 0
    if year is not None:
        entries = count_entries(session, JournalFilter(year.start_date, year.end_date))
    return Overview(get_profile(session), year, cash, entries, on)


class HomePage(QWidget):
    """The dashboard: tiles with trends, the to-do list, common tasks, and the month-end
    checklist in a second tab. Tiles, to-do lines and buttons ask the main window to go
    somewhere (``action_requested``). The figures are read in a worker when Beranda is
    shown (``load``), so the window opens at once with placeholders."""

    action_requested = Signal(str)
    """``"new_entry"``, ``"accounts"``, ``"trial_balance"``, ``"reports"``, one of
    ``ui/destinations.py``'s names or ``"step:<key>"`` (a first step,
    :mod:`kopdesk.ui.first_steps`)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.title = QLabel()
        self.title.setFont(_scaled(self, 1.5))
        self.subtitle = QLabel()
        self.year_value = QLabel()
        self.year_detail = QLabel()
        self.entries_value = QLabel()
        self.cash_caption = QLabel()
        self.dashboard = DashboardView()
        self.cash_value = self.dashboard.cash.value
        self.dashboard.open_requested.connect(self.action_requested)
        self.health = HealthTile()  # the last health result and its trend
        self.health.clicked.connect(self.action_requested)
        self.month_end = MonthEndPage(ops)
        self.month_end.open_requested.connect(self.action_requested)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._overview_tab(ops), self.tr("Overview"))
        self.tabs.addTab(self.month_end, self.tr("Month-end routines"))
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        year = QGridLayout()
        year.setHorizontalSpacing(8)
        year.setVerticalSpacing(0)
        year.addWidget(QLabel(self.tr("Open fiscal year")), 0, 0)
        year.addWidget(self.year_value, 0, 1)
        year.addWidget(self.year_detail, 0, 2)
        year.addWidget(QLabel(self.tr("Journal entries this fiscal year")), 1, 0)
        year.addWidget(self.entries_value, 1, 1)
        self.year_value.setFont(bold(self.font()))
        self.entries_value.setFont(bold(self.font()))
        header.addLayout(year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self._loaded = False
        self._reading = False
        self._stale = False
        ops.changes_applied.connect(self._on_changes)
        self.refresh()
        self.dashboard.show_placeholders()

    def _overview_tab(self, ops: Ops) -> QWidget:
        tab = QWidget()
        tiles = QGridLayout()
        tiles.setSpacing(10)
        for index, tile in enumerate(self.dashboard.tiles):
            tiles.addWidget(tile, index // 3, index % 3)
        side = QVBoxLayout()
        side.addWidget(self.health)
        side.addWidget(bold_label(self.tr("To do"), self))
        side.addWidget(self.dashboard.todo, 1)
        side.addWidget(bold_label(self.tr("Common tasks"), self))
        actions = QGridLayout()
        for index, (key, text) in enumerate(
            (
                ("new_entry", self.tr("New journal entry")),
                ("accounts", self.tr("Chart of accounts")),
                ("trial_balance", self.tr("Trial balance")),
                ("reports", self.tr("Print reports")),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.action_requested.emit(k))
            if key == "new_entry" and not ops.can(Permission.JOURNAL_POST):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role cannot post journal entries."))
            actions.addWidget(button, index // 2, index % 2)
        side.addLayout(actions)
        row = QHBoxLayout()
        row.addLayout(tiles, 3)
        row.addLayout(side, 1)
        self.first_steps = FirstStepsPanel(ops)  # Langkah pertama, until all are done
        self.first_steps.step_requested.connect(lambda k: self.action_requested.emit(f"step:{k}"))
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.first_steps)
        column.addLayout(row, 1)
        # On a screen narrower than the tiles need, Beranda scrolls instead of
        # holding the whole window wider than the screen.
        scroll = QScrollArea()
        scroll.setWidget(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def show_month_end(self) -> None:
        self.tabs.setCurrentWidget(self.month_end)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.load()

    def _on_changes(self, changes: Changes) -> None:
        self.refresh()
        if changes.journal or changes.members or changes.backups or changes.savings:
            self._stale = True
            if self.isVisible():
                self.load()

    def load(self) -> None:
        """Read the dashboard in a worker thread; the tiles fill in when it is done."""
        if self._reading:
            self._stale = True
            return
        self._reading, self._stale = True, False
        book, on = self.ops.book, today()
        self.ops.tasks.start(lambda: read_board(book, on), self._board_read, self._read_failed)

    @property
    def reading(self) -> bool:
        """The figures or the NPL line are being read."""
        return self._reading

    def _board_read(self, board: Dashboard) -> None:
        self._loaded = True
        self.dashboard.show_board(board)
        book, on = self.ops.book, board.figures.on
        self.ops.tasks.start(lambda: read_npl_trend(book, on), self._npl_read, self._read_failed)

    def _npl_read(self, trend: tuple[Decimal, ...]) -> None:
        self.dashboard.show_npl_trend(trend)
        book = self.ops.book
        self.ops.tasks.start(lambda: read_health(book), self._health_read, self._read_failed)

    def _health_read(self, assessments: list[Assessment]) -> None:
        self._reading = False
        self.health.show_assessments(assessments)
        if self._stale and self.isVisible():
            self.load()

    def _read_failed(self, error: KopdeskError) -> None:
        self._reading = False
        self.dashboard.todo.clear()
        self.dashboard.todo.addItem(
            self.tr("The figures could not be read: {text}").format(text=error.message)
        )

    def refresh(self) -> None:
        """The name, the fiscal year and today's cash (a quick read on the window thread)."""
        overview = self.ops.read(self, read_overview)
        if overview is None:
            return
        self.title.setText(overview.profile.name)
        self.subtitle.setText(overview.profile.coop_type.label)
        year = overview.year
        if year is None:
            self.year_value.setText(self.tr("none"))
            self.year_detail.setText("")
        else:
            self.year_value.setText(str(year.year))
            self.year_detail.setText(
                self.tr("({start} – {end})").format(
                    start=format_date(year.start_date), end=format_date(year.end_date)
                )
            )
        self.cash_value.setText(format_rupiah(overview.cash))
        self.entries_value.setText(f"{overview.entries:,}".replace(",", "."))


def bold_label(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setFont(bold(widget.font()))
    return label


def _scaled(widget: QWidget, factor: float) -> QFont:
    font = bold(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    return font
