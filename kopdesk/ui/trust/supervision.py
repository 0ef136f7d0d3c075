"""Pengawasan: the audit trail (for roles allowed to see it), checking that the
books were not changed outside kopdesk, and checking a printed document."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app import maintenance
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.base.audit import AuditFilter, audit_usernames, list_audit
from kopdesk.services.supervision.integrity import BookVerification, verify_books
from kopdesk.ui.health.tab import HealthTab
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import run_with_progress
from kopdesk.ui.kit.widgets import DateField, setup_table, today
from kopdesk.ui.papers.verify_document_dialog import (
    BAD_STYLE,
    GOOD_STYLE,
    NEUTRAL_STYLE,
    VerifyDocumentDialog,
    banner_style,
)
from kopdesk.ui.trust.audit_model import AuditModel, action_filters
from kopdesk.ui.trust.checks import IntegrityPanel
from kopdesk.ui.trust.integrity_model import ProblemsModel
from kopdesk.ui.trust.pengawas_tabs import add_pengawas_tabs

AUDIT_LIMIT = 5000


class AuditPanel(QWidget):
    """Jejak audit: every recorded action, newest first, filtered by user, action and dates."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = AuditModel(self)
        self._stale = False
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(160)
        self.action_combo = QComboBox()
        self.action_choices = action_filters()
        for label, _prefixes in self.action_choices:
            self.action_combo.addItem(label)
        self.dates_check = QCheckBox(self.tr("Dates"))
        self.from_edit = DateField(today().replace(day=1))
        self.to_edit = DateField(today())
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.dates_check.toggled.connect(self.from_edit.setEnabled)
        self.dates_check.toggled.connect(self.to_edit.setEnabled)
        for signal in (
            self.user_combo.activated,
            self.action_combo.activated,
            self.dates_check.toggled,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
        ):
            signal.connect(self.refresh)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AuditModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(AuditModel.TIME, 175)
        self.view.setColumnWidth(AuditModel.USER, 110)
        self.view.setColumnWidth(AuditModel.ACTION, 250)
        self.view.setColumnWidth(AuditModel.REF, 150)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User")))
        bar.addWidget(self.user_combo)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Action")))
        bar.addWidget(self.action_combo)
        bar.addSpacing(8)
        bar.addWidget(self.dates_check)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, _changes: Changes) -> None:
        # Every write adds audit records; reload now if shown, else when next shown.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _load_users(self) -> None:
        names = self.ops.read(self, lambda s: audit_usernames(s, self.ops.actor)) or []
        chosen = self.user_combo.currentData() or ""
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("All users"), "")
        for name in names:
            self.user_combo.addItem(name, name)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(chosen)))
        self.user_combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        dated = self.dates_check.isChecked()
        return AuditFilter(
            username=self.user_combo.currentData() or "",
            prefixes=self.action_choices[max(0, self.action_combo.currentIndex())][1],
            date_from=self.from_edit.value() if dated else None,
            date_to=self.to_edit.value() if dated else None,
        )

    def set_user(self, username: str) -> None:
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(username)))
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._load_users()
        flt = self.current_filter()
        entries = self.ops.read(
            self, lambda s: list_audit(s, self.ops.actor, flt, limit=AUDIT_LIMIT)
        )
        if entries is None:
            return
        self.model.set_entries(entries)
        if len(entries) >= AUDIT_LIMIT:
            text = self.tr("The newest {count} records; narrow the filter to see older ones.")
        else:
            text = self.tr("{count} records, newest first.")
        self.count_label.setText(text.format(count=len(entries)))


class VerifyPanel(QWidget):
    """Periksa keaslian buku: recompute the fingerprint chains; and check a document."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.result: BookVerification | None = None
        intro = QLabel(
            self.tr(
                "kopdesk links every journal entry, every audit record and every change to "
                "users, accounts, members, savings, loans, documents and settings to the one "
                "before it with a fingerprint, and keeps the latest fingerprints outside the "
                "book too. A change made outside kopdesk (for example with a database editor) "
                "breaks the chain and is named here."
            )
        )
        intro.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Check the books"))
        self.verify_button.clicked.connect(self.verify)
        self.document_button = QPushButton(self.tr("Check a document…"))
        self.document_button.clicked.connect(lambda: VerifyDocumentDialog.ask(self.ops, self))
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.document_button)
        buttons.addStretch(1)
        self.summary = QLabel(self.tr("The books have not been checked yet."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(banner_style(NEUTRAL_STYLE))
        self.model = ProblemsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(
            ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.view.setColumnWidth(ProblemsModel.CHAIN, 110)
        self.view.setColumnWidth(ProblemsModel.REF, 200)
        self.view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        can_verify = ops.can(Permission.BOOKS_VERIFY)
        self.verify_button.setEnabled(can_verify)
        self.document_button.setEnabled(can_verify)

    def verify(self) -> BookVerification | None:
        """Run the check (in a worker thread: a big book takes a while) and show it."""

        def work() -> BookVerification:
            found = maintenance.book_anchors(self.ops.book)
            with self.ops.book.read() as session:
                return verify_books(session, self.ops.actor, found)

        try:
            result = run_with_progress(self, self.tr("Checking the books…"), work)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.show_result(result)
        return result

    def show_result(self, result: BookVerification) -> None:
        self.result = result
        self.summary.setText(result.summary)
        self.summary.setStyleSheet(banner_style(GOOD_STYLE if result.ok else BAD_STYLE))
        self.model.set_problems(result.problems)
        self.view.setVisible(not result.ok)
        if not result.ok:
            self.view.selectRow(0)


class SupervisionPage(QWidget):
    """Jejak audit (roles with ``audit.view``) and Keaslian buku & dokumen (everyone)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.verify_panel = VerifyPanel(ops)
        self.audit_panel: AuditPanel | None = None
        self.tabs = QTabWidget()
        if ops.can(Permission.AUDIT_VIEW):
            self.audit_panel = AuditPanel(ops)
            self.tabs.addTab(self.audit_panel, self.tr("Audit trail"))
        self.tabs.addTab(self.verify_panel, self.tr("Books and documents"))
        self.integrity_panel = IntegrityPanel(ops)
        self.tabs.addTab(self.integrity_panel, self.tr("Check integrity"))
        self.cash_count_panel, self.sample_panel, self.findings_panel = add_pengawas_tabs(
            self.tabs, ops
        )
        self.health_tab: HealthTab | None = None
        if any(
            ops.can(p)
            for p in (
                Permission.HEALTH_ASSESS,
                Permission.SUPERVISION_RECORD,
                Permission.FINDING_RESPOND,
            )
        ):  # the pengurus and the pengawas, not the Kasir
            self.health_tab = HealthTab(ops)
            self.tabs.addTab(self.health_tab, self.tr("Health"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.tabs)

    def show_tab(self, panel: QWidget) -> None:
        self.tabs.setCurrentWidget(panel)
