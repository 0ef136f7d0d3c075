"""The main window: a navigation sidebar and one page per part of the books,
acting for the signed-in user, locked after some idle minutes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.base import settings
from kopdesk.services.ledger.books import get_profile
from kopdesk.storage.db import Book
from kopdesk.ui.destinations import open_destination
from kopdesk.ui.file_menu import install_file_menu
from kopdesk.ui.home import HomePage
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops, book_location
from kopdesk.ui.kit.progress import run_in_worker
from kopdesk.ui.kit.widgets import READ_ONLY_BANNER, WARNING_BANNER, Banner
from kopdesk.ui.lock import IdleWatcher, LockScreen
from kopdesk.ui.navigation import Navigation
from kopdesk.ui.window_place import remember

if TYPE_CHECKING:
    from kopdesk.app.maintenance import BackupResult
    from kopdesk.services.supervision.checks import CheckReport
    from kopdesk.ui.closing.closing import ClosingPage
    from kopdesk.ui.ledger.cash_journal import CashJournalPage
    from kopdesk.ui.loans.loans import LoansPage
    from kopdesk.ui.papers.reports import ReportsPage
    from kopdesk.ui.register.members import MembersPage
    from kopdesk.ui.savings.counter import SavingsPage
    from kopdesk.ui.trust.settings import SettingsPage
    from kopdesk.ui.trust.supervision import SupervisionPage

STATUS_TIMEOUT_MS = 8000
MINUTE_MS = 60_000
PAGES = (
    "home",
    "members",
    "savings",
    "loans",
    "cash_journal",
    "reports",
    "closing",
    "supervision",
    "settings",
)
"""The pages in the navigation's order; each but Beranda is built on its first visit."""


def _page_factories(ops: Ops) -> dict[str, Callable[[], QWidget]]:
    """How to build each page after Beranda; a page's module loads only when it is built."""

    def members() -> QWidget:
        from kopdesk.ui.register.members import MembersPage

        return MembersPage(ops)

    def savings() -> QWidget:
        from kopdesk.ui.savings.counter import SavingsPage

        return SavingsPage(ops)

    def loans() -> QWidget:
        from kopdesk.ui.loans.loans import LoansPage

        return LoansPage(ops)

    def cash_journal() -> QWidget:
        from kopdesk.ui.ledger.cash_journal import CashJournalPage

        return CashJournalPage(ops)

    def reports() -> QWidget:
        from kopdesk.ui.papers.reports import ReportsPage

        return ReportsPage(ops)

    def closing() -> QWidget:
        from kopdesk.ui.closing.closing import ClosingPage

        return ClosingPage(ops)

    def supervision() -> QWidget:
        from kopdesk.ui.trust.supervision import SupervisionPage

        return SupervisionPage(ops)

    def settings_page() -> QWidget:
        from kopdesk.ui.trust.settings import SettingsPage

        return SettingsPage(ops)

    return {
        "members": members,
        "savings": savings,
        "loans": loans,
        "cash_journal": cash_journal,
        "reports": reports,
        "closing": closing,
        "supervision": supervision,
        "settings": settings_page,
    }


class MainWindow(QMainWindow):
    """Beranda, Anggota, Simpanan, Pinjaman, Kas & Jurnal, Laporan, Tutup Buku & SHU,
    Pengawasan, Pengaturan;
    the title names the cooperative. Beranda is built with the window, every other
    page when it is first shown or used (``window.members`` builds it too), so the
    window opens without loading what the day may not need.

    ``idle_lock_ms`` overrides the setting ``ui.idle_lock_minutes`` (tests use a
    few milliseconds).
    """

    painted = Signal()
    """Once, just after the window first painted itself: the start-up backup and check
    start then (``ui/app.py``), so they never delay the first paint."""

    def __init__(
        self,
        book: Book,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        idle_lock_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._painted = False
        self.ops = Ops(book, actor, self)
        self.home = HomePage(self.ops)
        self._built: dict[str, QWidget] = {"home": self.home}
        self._factories = _page_factories(self.ops)
        self.stack = QStackedWidget()
        self.nav = self._navigation()
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar())
        row.addWidget(self.stack, 1)
        self.lock_screen = LockScreen(self.ops)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.quit_requested.connect(self.close)
        self.lock_screen.switch_requested.connect(self.switch_user)
        self.screens = QStackedWidget()
        self.screens.addWidget(content)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self._with_banners(self.screens, book))
        self.tasks = self.ops.tasks
        self._closed = False
        self.restored = False
        """The book was replaced by a backup: app.py signs in again."""
        self.next_book: Path | None = None
        """Berkas → Buku lain: app.py opens this book (and asks who signs in) next."""
        self.last_check: CheckReport | None = None
        self.closing_backup: BackupResult | None = None
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_user()
        self.ops.status_message.connect(self._show_status)
        self.ops.book_restored.connect(self._book_restored)
        self.ops.changes_applied.connect(self._on_changes)
        self.home.action_requested.connect(self.go)
        install_file_menu(self)  # Berkas first, then Cari, Bantuan, Halaman
        self.navigation = Navigation(self, self, PAGES)  # Ctrl+1…9, Ctrl+K, F1, tooltips
        self._idle_override = idle_lock_ms
        self.idle = IdleWatcher(idle_lock_ms or self._idle_minutes() * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        self.resize(1200, 760)
        self._update_title()

    def _with_banners(self, screens: QWidget, book: Book) -> QWidget:
        """The read-only banner (when another kopdesk writes) and the notice banner
        (backup warnings) above the screens."""
        self.read_only_banner = Banner(READ_ONLY_BANNER, closable=False)
        self.notice = Banner(WARNING_BANNER)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.notice)
        if book.read_only:
            self.read_only_banner.show_message(
                self.tr(
                    "Read-only: {reason} Nothing can be changed or printed on this computer "
                    "until that kopdesk is closed and the book is opened again."
                ).format(reason=book.read_only_reason)
            )
        column.addWidget(screens, 1)
        return central

    def _navigation(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setIconSize(QSize(0, 0))
        nav.setStyleSheet(
            "#navigation { font-size: 11pt; border: none; background: #eef2f5; }"
            "#navigation::item { padding: 10px 14px; }"
            "#navigation::item:selected { background: #1f5f8b; color: white; }"
        )
        titles = (
            self.tr("Home"),
            self.tr("Members"),
            self.tr("Savings"),
            self.tr("Loans"),
            self.tr("Cash & Journal"),
            self.tr("Reports"),
            self.tr("Closing & SHU"),
            self.tr("Supervision"),
            self.tr("Settings"),
        )
        for name, title in zip(PAGES, titles, strict=True):
            page = self._built.get(name)
            self.stack.addWidget(page if page is not None else QWidget())  # a stand-in
            QListWidgetItem(title, nav)
        nav.currentRowChanged.connect(self._show_row)
        nav.setCurrentRow(0)
        return nav

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._page(PAGES[row])
        self.stack.setCurrentIndex(row)

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built (in place of its stand-in) on first use."""
        page = self._built.get(name)
        if page is not None:
            return page
        page = self._built[name] = self._factories[name]()
        index = PAGES.index(name)
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    @property
    def members(self) -> MembersPage:
        return cast("MembersPage", self._page("members"))

    @property
    def savings(self) -> SavingsPage:
        return cast("SavingsPage", self._page("savings"))

    @property
    def loans(self) -> LoansPage:
        return cast("LoansPage", self._page("loans"))

    @property
    def cash_journal(self) -> CashJournalPage:
        return cast("CashJournalPage", self._page("cash_journal"))

    @property
    def reports(self) -> ReportsPage:
        return cast("ReportsPage", self._page("reports"))

    @property
    def closing(self) -> ClosingPage:
        return cast("ClosingPage", self._page("closing"))

    @property
    def supervision(self) -> SupervisionPage:
        return cast("SupervisionPage", self._page("supervision"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self._page("settings"))

    def _sidebar(self) -> QWidget:
        side = QWidget()
        side.setObjectName("sidebar")
        side.setStyleSheet("#sidebar { background: #eef2f5; }")
        side.setFixedWidth(180)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 8)
        column.addWidget(self.nav, 1)
        lock_button = QPushButton(self.tr("Lock now"))
        lock_button.setToolTip(self.tr("Ctrl+L"))
        lock_button.clicked.connect(self.lock)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 0)
        row.addWidget(lock_button)
        column.addLayout(row)
        return side

    def _idle_minutes(self) -> int:
        minutes = self.ops.read(self, lambda s: settings.get_int(s, settings.IDLE_LOCK_MINUTES))
        return minutes or settings.IDLE_LOCK_MINUTES.default

    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide the books behind the lock screen until the user's password is typed.

        An open dialog is cancelled first (dialogs write only when saved), so
        nothing of the books stays on screen or usable.
        """
        if self.locked:
            return
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
                widget.reject()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()

    def unlock(self) -> None:
        self.screens.setCurrentIndex(0)
        self.idle.start()

    def switch_user(self) -> Actor | None:
        """Ganti pengguna: another user signs in here; the window then acts for them."""
        from kopdesk.ui.trust.switch_user import SwitchUserDialog

        actor = SwitchUserDialog.ask(self.ops, self)
        if actor is not None:
            self.act_as(actor)
        return actor

    def act_as(self, actor: Actor) -> None:
        """From now on everything runs as ``actor``: the pages are built again for
        their rights (unsaved input on them is dropped), the lock screen asks their
        password, the writer lock names them."""
        self.ops.actor = actor
        if self.ops.book.lock is not None:
            self.ops.book.lock.rename(actor.username)
        current = self.stack.currentIndex()
        for name in [n for n in self._built if n != "home"]:
            page = self._built.pop(name)
            index = PAGES.index(name)
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(page)
            page.deleteLater()
        old_home = self.home
        self.home = self._built["home"] = HomePage(self.ops)
        self.home.action_requested.connect(self.go)
        self.stack.insertWidget(0, self.home)
        self.stack.removeWidget(old_home)
        old_home.deleteLater()
        self._show_row(current)
        self._show_user()
        self.unlock()
        self._show_status(self.tr("{user} is signed in.").format(user=actor.display))

    def _show_user(self) -> None:
        actor = self.ops.actor
        self.user_label.setText(
            self.tr("Book: {path}   User: {user} ({role})").format(
                path=book_location(self.ops), user=actor.display, role=actor.role.label
            )
        )

    def _update_title(self) -> None:
        profile = self.ops.read(self, get_profile)
        name = profile.name if profile else ""
        self.setWindowTitle(f"{name} — kopdesk" if name else "kopdesk")

    def _on_changes(self, changes: Changes) -> None:
        if changes.profile:
            self._update_title()
        if changes.users and self._idle_override is None:
            self.idle.timer.setInterval(self._idle_minutes() * MINUTE_MS)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def go(self, action: str) -> None:
        """Follow a Beranda shortcut (see :attr:`HomePage.action_requested`)."""
        if action.startswith("step:"):
            from kopdesk.ui.first_steps import open_step

            open_step(self, action.removeprefix("step:"))
            return
        if open_destination(self, action):
            return
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
        if action == "new_entry" and self.ops.can(Permission.JOURNAL_POST):
            self.cash_journal.journal.new_entry()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)

    def start_up(self) -> None:
        """After the window shows: the day's first backup and the quick integrity check,
        both in worker threads, so the treasurer can start working at once."""
        from kopdesk.app import maintenance

        book = self.ops.book
        if not book.read_only:
            self.tasks.start(
                lambda: maintenance.daily_backup_if_due(book),
                self._daily_backup_done,
                self._backup_failed,
            )
        self.tasks.start(
            lambda: maintenance.check(book, full=False), self._quick_check_done, self._check_failed
        )

    def _daily_backup_done(self, result: BackupResult | None) -> None:
        if result is None:
            return
        self._show_status(self.tr("Daily backup made: {name}.").format(name=result.info.path.name))
        self._backup_made(result)

    def _backup_made(self, result: BackupResult) -> None:
        if result.warnings:
            self.notice.show_message(
                self.tr("Backup warning: {text}").format(text=" ".join(result.warnings))
            )
        self.ops.changes_applied.emit(Changes(backups=True))

    def _backup_failed(self, error: KopdeskError) -> None:
        self.notice.show_message(
            self.tr("The automatic backup failed: {text}").format(text=error.message)
        )

    def _check_failed(self, error: KopdeskError) -> None:
        self.notice.show_message(
            self.tr("The book could not be checked: {text}").format(text=error.message)
        )

    def _quick_check_done(self, report: CheckReport) -> None:
        self.last_check = report
        if report.ok:
            return
        from kopdesk.ui.trust.check_report_dialog import CheckReportDialog

        if CheckReportDialog.ask(self.ops, report, self):
            self.restore_from_backup(newest=True)

    def restore_from_backup(self, *, newest: bool = False) -> Path | None:
        """The restore wizard (the newest checked backup chosen when ``newest``)."""
        from kopdesk.ui.trust.restore_dialog import RestoreWizard

        self.tasks.wait()
        return RestoreWizard.ask(self.ops, self, newest_verified=newest)

    def _book_restored(self, _safety: object) -> None:
        self.restored = True
        self.close()

    def make_closing_backup(self) -> BackupResult | None:
        """The backup made on closing (with a small progress dialog); None if refused."""
        from kopdesk.app import maintenance

        book = self.ops.book
        if book.read_only or book.path is None or self.restored:
            return None
        try:
            result = run_in_worker(
                self,
                self.tr("Making a backup of the book…"),
                lambda _report: maintenance.backup_now(book, maintenance.ON_CLOSING),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.closing_backup = result
        return result

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.statusBar().clearMessage()
        if not self._closed:
            self._closed = True
            remember(self)
            self.tasks.wait()
            self.make_closing_backup()
            self.tasks.shutdown()
        super().closeEvent(event)
