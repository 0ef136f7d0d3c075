"""Rutin akhir bulan: one checklist of the month's routines (savings interest and tax,
PPAP, depreciation), each with its status and a button to the page where it is run."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.assets import last_day
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.services.overview import month_end
from kopdesk.services.overview.month_end import Routine, RoutineStatus, Status
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import bold, today

MONTHS_SHOWN = 24
"""How many months back the month chooser goes."""
TARGETS = {
    Routine.SAVINGS_INTEREST: "savings_routine",
    Routine.PPAP: "loan_quality",
    Routine.DEPRECIATION: "depreciation",
}
"""The page each routine is run on (see ``ui/destinations.py``)."""
COLOURS = {
    Status.DONE: "#2e7d32",
    Status.DUE: "#a33a00",
    Status.NOT_YET: "#4a5661",
    Status.NOT_APPLICABLE: "#4a5661",
}


def _months(day: dt.date) -> list[str]:
    index = day.year * 12 + day.month - 1
    return [f"{(index - k) // 12:04d}-{(index - k) % 12 + 1:02d}" for k in range(MONTHS_SHOWN)]


class MonthEndPage(QWidget):
    """The checklist for the chosen month (the latest ended month at first)."""

    open_requested = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.month = QComboBox()
        on = today()
        for key in _months(on):
            self.month.addItem(f"{MONTHS_ID[int(key[5:]) - 1]} {key[:4]}", key)
        self.month.setCurrentIndex(max(self.month.findData(month_end.latest_ended_month(on)), 0))
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        intro = QLabel(
            self.tr(
                "The routines every month needs after its last day, in one place. "
                "Each is run on its own page; this list shows which are still due."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month)
        top.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(14)
        self.names = {
            Routine.SAVINGS_INTEREST: self.tr("Savings interest and PPh 4(2)"),
            Routine.PPAP: self.tr("Loan loss allowance (PPAP)"),
            Routine.DEPRECIATION: self.tr("Depreciation of fixed assets"),
        }
        self.places = {
            Routine.SAVINGS_INTEREST: self.tr("Savings → Monthly routine"),
            Routine.PPAP: self.tr("Loans → Arrears, quality and allowance"),
            Routine.DEPRECIATION: self.tr("Closing & SHU → Fixed assets"),
        }
        self.status_labels: dict[Routine, QLabel] = {}
        self.buttons: dict[Routine, QPushButton] = {}
        heading = bold(self.font())
        for column, text in enumerate(
            (self.tr("Routine"), self.tr("Status"), self.tr("Where it is run"), "")
        ):
            label = QLabel(text)
            label.setFont(heading)
            self.grid.addWidget(label, 0, column)
        for row, routine in enumerate(Routine, start=1):
            self._row(row, routine, heading)
        self.grid.setColumnStretch(4, 1)
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 16, 16, 16)
        page.addWidget(intro)
        page.addLayout(top)
        page.addSpacing(8)
        page.addLayout(self.grid)
        page.addStretch(1)
        self.statuses: tuple[RoutineStatus, ...] = ()
        ops.changes_applied.connect(self._on_changes)

    def _row(self, row: int, routine: Routine, font: QFont) -> None:
        name = QLabel(self.names[routine])
        status = QLabel("…")
        status.setFont(font)
        button = QPushButton(self.tr("Open"))
        button.setToolTip(self.places[routine])
        button.clicked.connect(lambda _=False, r=routine: self.open_requested.emit(TARGETS[r]))
        self.status_labels[routine] = status
        self.buttons[routine] = button
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(status, row, 1)
        self.grid.addWidget(QLabel(self.places[routine]), row, 2)
        self.grid.addWidget(button, row, 3)

    def _on_changes(self, changes: Changes) -> None:
        if changes.journal and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def choose(self, month: str) -> None:
        """Show ``month`` (``YYYY-MM``) when the chooser has it."""
        index = self.month.findData(month)
        if index >= 0:
            self.month.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        month = str(self.month.currentData())
        on = today()
        found = self.ops.read(self, lambda s: month_end.checklist(s, month, on))
        if found is None:
            return
        self.statuses = found
        for item in found:
            label = self.status_labels[item.routine]
            label.setText(self.status_text(item, month))
            label.setStyleSheet(f"color: {COLOURS[item.status]}")

    def status_text(self, item: RoutineStatus, month: str) -> str:
        if item.status is Status.DONE:
            if item.entry_number:
                return self.tr("Done (entry {number})").format(number=item.entry_number)
            return self.tr("Done (nothing to post)")
        if item.status is Status.DUE:
            return self.tr("To be run")
        if item.status is Status.NOT_YET:
            return self.tr("Not yet: from {date}").format(date=format_date(last_day(month)))
        return self.tr("Not applicable")
