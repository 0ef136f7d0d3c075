"""Pengawasan → Periksa integritas: the full integrity check of the book."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kopdesk.app import maintenance
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.supervision.checks import CheckReport
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import run_in_worker
from kopdesk.ui.trust.check_report_dialog import CheckReportView
from kopdesk.ui.trust.restore_dialog import RestoreWizard


class IntegrityPanel(QWidget):
    """Runs ``maintenance.check(full=True)`` in a worker thread and shows each check."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        intro = QLabel(
            self.tr(
                "Checks the book file itself (SQLite's complete check), that every journal "
                "entry balances, that the trial balance is zero, that entry and document "
                "numbers have no gaps, and the fingerprint chains. It changes nothing; on a "
                "big book it takes a little while."
            )
        )
        intro.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check integrity"))
        self.check_button.clicked.connect(self.run_check)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        self.report_view = CheckReportView()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.report_view, 1)

    @property
    def report(self) -> CheckReport | None:
        return self.report_view.report

    def run_check(self) -> CheckReport | None:
        book = self.ops.book
        try:
            report = run_in_worker(
                self,
                self.tr("Checking the integrity of the book…"),
                lambda _report: maintenance.check(book, full=True),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.show_report(report)
        return report

    def show_report(self, report: CheckReport) -> None:
        self.report_view.show_report(report)
        self.restore_button.setVisible(not report.ok and self.ops.can(Permission.BACKUP_RESTORE))

    def restore(self) -> None:
        RestoreWizard.ask(self.ops, self, newest_verified=True)
