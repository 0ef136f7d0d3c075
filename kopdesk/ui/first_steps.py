"""Langkah pertama on Beranda: what a new book still needs, each step with a button
that opens where it is done. Shown until every step is done
(``kopdesk.services.setup.first_steps`` decides, from the book)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.services.setup.first_steps import STEPS, FirstSteps, first_steps
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import bold

if TYPE_CHECKING:  # the pages load when first shown, not with Beranda
    from kopdesk.ui.register.members import MembersPage
    from kopdesk.ui.savings.counter import SavingsPage
    from kopdesk.ui.trust.settings import SettingsPage


class Window(Protocol):
    """What a first step needs of the main window (no import of it: no cycle)."""

    @property
    def settings(self) -> SettingsPage: ...

    @property
    def savings(self) -> SavingsPage: ...

    @property
    def members(self) -> MembersPage: ...

    def show_page(self, page: QWidget) -> None: ...

    def go(self, action: str) -> None: ...


DONE_MARK = "✓"
TODO_MARK = "○"
STEP_PERMISSIONS = {
    "profile": Permission.PROFILE_EDIT,
    "users": Permission.USERS_MANAGE,
    "products": Permission.SAVINGS_MANAGE,
    "opening": Permission.JOURNAL_POST,
    "members": Permission.MEMBERS_MANAGE,
}
"""Who can take each step: the others see it, its button disabled."""


class FirstStepsPanel(QFrame):
    """ "Langkah pertama": five steps, done ones ticked; :attr:`step_requested` carries
    the step's key (``first_step:<key>``) for the main window to open."""

    step_requested = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("firstSteps")
        self.setStyleSheet(
            "#firstSteps { background: #f6f9fc; border: 1px solid #c8d1d9; border-radius: 6px; }"
        )
        titles = {
            "profile": self.tr("Complete the cooperative's profile"),
            "users": self.tr("Add the users (ketua, kasir, pengawas…)"),
            "products": self.tr("Check the savings and loan products"),
            "opening": self.tr("Enter the opening balances"),
            "members": self.tr("Import or register the members"),
        }
        details = {
            "profile": self.tr("Legal number and address, printed on every paper."),
            "users": self.tr("Everyone signs in with their own name; approvals need two people."),
            "products": self.tr("Interest, fees and accounts of each product."),
            "opening": self.tr("The balance sheet on the day kopdesk takes over the books."),
            "members": self.tr("From an Excel sheet, or one by one."),
        }
        self.title = QLabel(self.tr("First steps"))
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.progress = QLabel()
        self.marks: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(STEPS):
            mark = QLabel(TODO_MARK)
            mark.setFont(bold(self.font()))
            text = QLabel(f"<b>{titles[key]}</b><br>{details[key]}")
            text.setWordWrap(True)
            button = QPushButton(self.tr("Open"))
            button.clicked.connect(lambda _=False, k=key: self.step_requested.emit(k))
            if not ops.can(STEP_PERMISSIONS[key]):
                button.setEnabled(False)
                button.setToolTip(self.tr("Your role cannot do this step."))
            self.marks[key] = mark
            self.buttons[key] = button
            grid.addWidget(mark, row, 0)
            grid.addWidget(text, row, 1)
            grid.addWidget(button, row, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.title)
        column.addWidget(self.progress)
        column.addLayout(grid)
        self.steps: FirstSteps | None = None
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        steps = self.ops.read(self, first_steps)
        if steps is None:
            return
        self.steps = steps
        for step in steps.steps:
            mark = self.marks[step.key]
            mark.setText(DONE_MARK if step.done else TODO_MARK)
            mark.setStyleSheet("color: #1b7f3b;" if step.done else "color: #8a96a3;")
        self.progress.setText(
            self.tr(
                "{done} of {total} done. A new book is ready for daily work after these."
            ).format(done=steps.done_count, total=len(steps.steps))
        )
        self.setVisible(not steps.all_done)


def open_step(window: Window, key: str) -> None:
    """Show where the first step ``key`` is done."""
    if key in ("profile", "users"):
        settings = window.settings
        window.show_page(settings)
        tab = settings.profile if key == "profile" else settings.users
        if tab is not None:
            settings.tabs.setCurrentWidget(tab)
    elif key == "products":
        window.show_page(window.savings)
        window.savings.show_products()
    elif key == "opening":
        window.go("new_entry")
    elif key == "members":
        window.show_page(window.members)
        window.members.import_members()
