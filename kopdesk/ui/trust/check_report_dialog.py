"""What the integrity check found: a summary banner and one row per check.

:class:`CheckReportView` is shared by Pengawasan → Periksa integritas and by
:class:`CheckReportDialog`, shown when the quick check after signing in fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.permissions import Permission
from kopdesk.services.supervision.checks import CheckReport
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.papers.verify_document_dialog import (
    BAD_STYLE,
    GOOD_STYLE,
    NEUTRAL_STYLE,
    banner_style,
)
from kopdesk.ui.trust.checks_model import CheckItemsModel

if TYPE_CHECKING:
    from kopdesk.ui.kit.ops import Ops


class CheckReportView(QWidget):
    """The summary (green when every check passed, red otherwise) above the checks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CheckReport | None = None
        self.summary = QLabel(self.tr("The book has not been checked yet."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(banner_style(NEUTRAL_STYLE))
        self.model = CheckItemsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CheckItemsModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(CheckItemsModel.RESULT, 90)
        self.view.setColumnWidth(CheckItemsModel.NAME, 290)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.summary.setText(report.summary)
        self.summary.setStyleSheet(banner_style(GOOD_STYLE if report.ok else BAD_STYLE))
        self.model.set_items(report.items)


class CheckReportDialog(QDialog):
    """The quick check after signing in failed: what failed, and the way back (a restore)."""

    def __init__(self, ops: Ops, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The book failed its check"))
        self.resize(1000, 440)
        intro = QLabel(
            self.tr(
                "kopdesk checks the book every time it is opened. This time something is "
                "wrong. Do not enter anything new: restore the newest good backup, or ask "
                "your Admin or Ketua to do it."
            )
        )
        intro.setWordWrap(True)
        self.report_view = CheckReportView()
        self.report_view.show_report(report)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore from a backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setVisible(ops.can(Permission.BACKUP_RESTORE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, ops: Ops, report: CheckReport, parent: QWidget | None = None) -> bool:
        """True when the user wants to restore a backup now."""
        return cls(ops, report, parent).exec() == QDialog.DialogCode.Accepted
