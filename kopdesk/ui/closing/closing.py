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
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.ui.kit.ops import Ops

if TYPE_CHECKING:
    from kopdesk.ui.closing.assets import AssetsPanel
    from kopdesk.ui.closing.rat import RatBookPanel
    from kopdesk.ui.closing.shu import ShuPanel
    from kopdesk.ui.closing.statements import StatementsPanel
    from kopdesk.ui.closing.year import YearClosePanel

WRITING = (
    Permission.YEAR_CLOSE,
    Permission.YEAR_REOPEN,
    Permission.ASSETS_MANAGE,
    Permission.SHU_MANAGE,
    Permission.SHU_PAY,
)
"""What someone must be allowed to do for this page to change anything."""

TABS = ("statements", "assets", "year", "shu", "rat")
"""The tabs in their order; each tab's panel (and its module) is built when first shown."""


class _Refreshing(Protocol):
    def refresh(self) -> None: ...


def _panel_factories() -> dict[str, Callable[[Ops], QWidget]]:
    """How to build each tab's panel; a panel's module loads only when it is built."""

    def statements(ops: Ops) -> QWidget:
        from kopdesk.ui.closing.statements import StatementsPanel

        return StatementsPanel(ops)

    def assets(ops: Ops) -> QWidget:
        from kopdesk.ui.closing.assets import AssetsPanel

        return AssetsPanel(ops)

    def year(ops: Ops) -> QWidget:
        from kopdesk.ui.closing.year import YearClosePanel

        return YearClosePanel(ops)

    def shu(ops: Ops) -> QWidget:
        from kopdesk.ui.closing.shu import ShuPanel

        return ShuPanel(ops)

    def rat(ops: Ops) -> QWidget:
        from kopdesk.ui.closing.rat import RatBookPanel

        return RatBookPanel(ops)

    return {"statements": statements, "assets": assets, "year": year, "shu": shu, "rat": rat}


class ClosingPage(QWidget):
    """Laporan keuangan | Aset tetap | Tutup buku | SHU | Buku RAT.

    The tab bar is made when the page is first shown; a tab's panel when the tab is
    first shown or used (``page.shu`` builds it too), so the first visit reads and
    builds only the first tab.
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.built = False
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(12, 12, 12, 0)
        self._slots: dict[str, QWidget] = {}
        self._panels: dict[str, QWidget] = {}
        self._stale: set[str] = set()

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
        self._refresh_current()

    def build(self) -> None:
        """Make the tab bar (once); the panels come when their tab is shown."""
        if self.built:
            return
        self.built = True
        self.tabs = QTabWidget()
        titles = {
            "statements": self.tr("Financial statements"),
            "assets": self.tr("Fixed assets"),
            "year": self.tr("Year-end close"),
            "shu": self.tr("SHU"),
            "rat": self.tr("RAT book"),
        }
        for name in TABS:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[name] = slot
            self.tabs.addTab(slot, titles[name])
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
        self.ops.changes_applied.connect(self._on_changes)

    def panel(self, name: str) -> QWidget:
        """The panel of the tab ``name`` (one of :data:`TABS`), built on first use."""
        self.build()
        made = self._panels.get(name)
        if made is None:
            made = _panel_factories()[name](self.ops)
            layout = self._slots[name].layout()
            assert layout is not None
            layout.addWidget(made)
            self._panels[name] = made
            self._stale.add(name)
        return made

    @property
    def built_tabs(self) -> list[str]:
        """The names of the tabs whose panel is built, in the order they were built."""
        return list(self._panels)

    @property
    def statements(self) -> StatementsPanel:
        return cast("StatementsPanel", self.panel("statements"))

    @property
    def assets(self) -> AssetsPanel:
        return cast("AssetsPanel", self.panel("assets"))

    @property
    def year(self) -> YearClosePanel:
        return cast("YearClosePanel", self.panel("year"))

    @property
    def shu(self) -> ShuPanel:
        return cast("ShuPanel", self.panel("shu"))

    @property
    def rat(self) -> RatBookPanel:
        return cast("RatBookPanel", self.panel("rat"))

    def show_tab(self, tab: QWidget) -> None:
        """Show the tab holding the panel ``tab`` (a panel got from this page)."""
        name = next(n for n, made in self._panels.items() if made is tab)
        self.tabs.setCurrentWidget(self._slots[name])
        self._refresh_current()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.balances or changes.profile or changes.members or changes.users):
            return
        self._stale = set(self._panels)
        if self.isVisible():
            self._refresh_current()

    def _refresh_current(self) -> None:
        if not self.built:
            return
        name = TABS[max(self.tabs.currentIndex(), 0)]
        made = self.panel(name)
        if name in self._stale:
            self._stale.discard(name)
            cast("_Refreshing", made).refresh()
