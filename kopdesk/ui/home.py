"""Beranda: who the book belongs to, today's cash and the common actions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.services.ledger.accounts import account_balances
from kopdesk.services.ledger.books import FiscalYearInfo, Profile, get_profile, list_fiscal_years
from kopdesk.services.ledger.journal import JournalFilter, count_entries
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.ui.first_steps import FirstStepsPanel
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import bold, today, working_year

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
    """The dashboard. Buttons ask the main window to go somewhere (``action_requested``)."""

    action_requested = Signal(str)
    """``"new_entry"``, ``"accounts"``, ``"trial_balance"``, ``"reports"`` or
    ``"step:<key>"`` (a first step, :mod:`kopdesk.ui.first_steps`)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.title = QLabel()
        self.title.setFont(_scaled(self, 1.8))
        self.subtitle = QLabel()
        self.year_value = QLabel()
        self.cash_value = QLabel()
        self.entries_value = QLabel()
        self.cash_caption = QLabel()
        self.year_detail = QLabel()
        cards = QHBoxLayout()
        cards.addWidget(self._card(self.tr("Open fiscal year"), self.year_value, self.year_detail))
        cards.addWidget(self._card(self.cash_caption, self.cash_value))
        cards.addWidget(self._card(self.tr("Journal entries this fiscal year"), self.entries_value))
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
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, k=key: self.action_requested.emit(k))
            if key == "new_entry" and not ops.can(Permission.JOURNAL_POST):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role cannot post journal entries."))
            actions.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.first_steps = FirstStepsPanel(ops)  # Langkah pertama, until all are done
        self.first_steps.step_requested.connect(lambda k: self.action_requested.emit(f"step:{k}"))
        layout.addWidget(self.first_steps)
        layout.addSpacing(16)
        layout.addLayout(cards)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Common tasks")))
        layout.addLayout(actions)
        layout.addStretch(1)
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    def _card(self, caption: str | QLabel, value: QLabel, detail: QLabel | None = None) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        label = caption if isinstance(caption, QLabel) else QLabel(caption)
        label.setWordWrap(True)
        value.setFont(_scaled(self, 1.5))
        column.addWidget(label)
        column.addWidget(value)
        if detail is not None:
            column.addWidget(detail)
        column.addStretch(1)
        return frame

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
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
                self.tr("{start} – {end}").format(
                    start=format_date(year.start_date), end=format_date(year.end_date)
                )
            )
        self.cash_caption.setText(
            self.tr("Cash and bank as of {date}").format(date=format_date(overview.on))
        )
        self.cash_value.setText(format_rupiah(overview.cash))
        self.entries_value.setText(str(overview.entries))


def _scaled(widget: QWidget, factor: float) -> QFont:
    font = bold(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    return font
