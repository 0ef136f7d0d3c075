"""Where Beranda's tiles, to-do lines and the month-end checklist lead: a name
(``"loan_quality"``) to the page and tab of the main window it opens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kopdesk.ui.closing.closing import ClosingPage
    from kopdesk.ui.home import HomePage
    from kopdesk.ui.loans.loans import LoansPage
    from kopdesk.ui.savings.counter import SavingsPage
    from kopdesk.ui.trust.settings import SettingsPage
    from kopdesk.ui.trust.supervision import SupervisionPage


class MainWindow(Protocol):
    """What this module needs of :class:`kopdesk.ui.main_window.MainWindow`."""

    home: HomePage

    @property
    def savings(self) -> SavingsPage: ...

    @property
    def loans(self) -> LoansPage: ...

    @property
    def closing(self) -> ClosingPage: ...

    @property
    def settings(self) -> SettingsPage: ...

    @property
    def supervision(self) -> SupervisionPage: ...

    def show_page(self, page: QWidget) -> None: ...


PAGE_TARGETS = ("members", "savings", "loans", "cash_journal", "closing", "supervision")


def open_destination(window: MainWindow, target: str) -> bool:
    """Show ``target``'s page (and tab); False for a name this module does not know."""
    if target in PAGE_TARGETS:
        window.show_page(getattr(window, target))
        return True
    if target == "month_end":
        window.show_page(window.home)
        window.home.show_month_end()
        return True
    if target.startswith(("savings_", "loan_")):
        return _savings_or_loans(window, target)
    if target in ("shu", "closing_year", "rat", "depreciation"):
        closing = window.closing
        window.show_page(closing)
        tabs = {
            "shu": "statements",
            "closing_year": "year",
            "rat": "rat",
            "depreciation": "assets",
        }
        closing.show_tab(closing.panel(tabs[target]))  # builds only that tab
        return True
    if target == "health":
        supervision = window.supervision
        window.show_page(supervision)
        if supervision.health_tab is not None:
            supervision.show_tab(supervision.health_tab)
        return True
    if target == "backups":
        settings = window.settings
        window.show_page(settings)
        if settings.backups is not None:
            settings.tabs.setCurrentWidget(settings.backups)
        return True
    return False


def _savings_or_loans(window: MainWindow, target: str) -> bool:
    if target in ("savings_routine", "savings_wajib"):
        window.show_page(window.savings)
        window.savings.build()  # built when first shown
        routine = window.savings.routine
        window.savings.sections.setCurrentWidget(routine)
        routine.tabs.setCurrentWidget(
            routine.wajib if target == "savings_wajib" else routine.month_end
        )
        return True
    loans = window.loans
    window.show_page(loans)
    loans.build()
    if target == "loan_queue":
        loans.sections.setCurrentIndex(0)
        loans.show_queue()
        return True
    if target == "loan_quality":
        loans.sections.setCurrentWidget(loans.quality)
        return True
    return False
