"""Tutup Buku & SHU: the year-end work of a treasurer, one tab per step.

*Laporan keuangan* previews and prints the SAK EP statements of any period;
*Aset tetap* keeps the fixed-asset register and posts the monthly depreciation;
*Tutup buku* checks the year, closes and (with a second person) reopens it;
*SHU* plans, simulates, posts and pays the year's SHU; *Buku RAT* holds what
the pengurus write and makes the RAT book. The page is built when first shown;
a tab reads the books when it is shown and again after a change (only the
visible tab at once, the others when they are opened). A pengawas sees
everything and changes nothing: the buttons that write follow the permissions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.ui.closing.assets import AssetsPanel
from kopdesk.ui.closing.rat import RatBookPanel
from kopdesk.ui.closing.shu import ShuPanel
from kopdesk.ui.closing.statements import StatementsPanel
from kopdesk.ui.closing.year import YearClosePanel
from kopdesk.ui.kit.ops import Ops

WRITING = (
    Permission.YEAR_CLOSE,
    Permission.YEAR_REOPEN,
    Permission.ASSETS_MANAGE,
    Permission.SHU_MANAGE,
    Permission.SHU_PAY,
)
"""What someone must be allowed to do for this page to change anything."""


class ClosingPage(QWidget):
    """Laporan keuangan | Aset tetap | Tutup buku | SHU | Buku RAT."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.built = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(12, 12, 12, 0)
        self._stale: set[QWidget] = set()

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
        self._refresh_current()

    def build(self) -> None:
        """Make the tabs (once)."""
        if self.built:
            return
        self.built = True
        self.statements = StatementsPanel(self.ops)
        self.assets = AssetsPanel(self.ops)
        self.year = YearClosePanel(self.ops)
        self.shu = ShuPanel(self.ops)
        self.rat = RatBookPanel(self.ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.statements, self.tr("Financial statements"))
        self.tabs.addTab(self.assets, self.tr("Fixed assets"))
        self.tabs.addTab(self.year, self.tr("Year-end close"))
        self.tabs.addTab(self.shu, self.tr("SHU"))
        self.tabs.addTab(self.rat, self.tr("RAT book"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        if not any(self.ops.can(p) for p in WRITING):
            note = QLabel(
                self.tr(
                    "You can look at everything here; the Bendahara closes the year and "
                    "distributes the SHU."
                )
            )
            note.setWordWrap(True)
            self.column.addWidget(note)
        self.column.addWidget(self.tabs)
        self._stale = set(self._refreshers())
        self.ops.changes_applied.connect(self._on_changes)

    def _refreshers(self) -> dict[QWidget, Callable[[], None]]:
        found: dict[QWidget, Callable[[], None]] = {
            self.statements: self.statements.refresh,
            self.year: self.year.refresh,
            self.shu: self.shu.refresh,
            self.rat: self.rat.refresh,
            self.assets: self.assets.refresh,
        }
        return found

    def show_tab(self, tab: QWidget) -> None:
        self.build()
        self.tabs.setCurrentWidget(tab)
        self._refresh_current()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.balances or changes.profile or changes.members or changes.users):
            return
        self._stale = set(self._refreshers())
        if self.isVisible():
            self._refresh_current()

    def _refresh_current(self) -> None:
        if not self.built:
            return
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            self._refreshers()[current]()
