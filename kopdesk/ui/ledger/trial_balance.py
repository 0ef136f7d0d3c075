"""Neraca Saldo as of a date: table with totals, print to PDF, export CSV."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.papers import trial_balance_pdf
from kopdesk.domain.changes import Changes
from kopdesk.domain.papers.ledger import TrialBalanceReport
from kopdesk.domain.permissions import Permission
from kopdesk.services.imports.sheets import csv_row
from kopdesk.services.ledger.reports import trial_balance
from kopdesk.ui.kit.footer import PinnedTotal
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import DateField, setup_table
from kopdesk.ui.ledger.reports_model import TrialBalanceModel


def trial_balance_csv(report: TrialBalanceReport) -> str:
    """``code,name,debit,credit`` rows in plain integer rupiah (for spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name", "debit", "credit"])
    for row in report.rows:
        writer.writerow(csv_row([row.code, row.name, row.debit, row.credit]))
    return out.getvalue()


class TrialBalancePanel(QWidget):
    """Kode | Nama Akun | Debit | Kredit as of the chosen date."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.report: TrialBalanceReport | None = None
        self.date_edit = DateField()
        self.date_edit.dateChanged.connect(self.refresh)
        self.model = TrialBalanceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 90)
        for column in (2, 3):
            self.view.setColumnWidth(column, 160)
        print_button = QPushButton(self.tr("Print PDF"))
        print_button.clicked.connect(self.print_pdf)
        show_if(print_button, ops.can(Permission.REPORTS_PRINT))
        csv_button = QPushButton(self.tr("Export CSV"))
        csv_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        bar.addWidget(print_button)
        bar.addWidget(csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.pinned = PinnedTotal(self.view)  # the total stays in sight while scrolling
        layout.addWidget(self.pinned, 1)
        ops.changes_applied.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.balances:
            self.refresh()

    def refresh(self) -> None:
        as_of = self.date_edit.value()
        report = self.ops.read(self, lambda s: trial_balance(s, as_of))
        if report is None:
            return
        self.report = report
        self.model.set_report(report)

    def print_pdf(self) -> None:
        as_of = self.date_edit.value()
        save_document(
            self,
            self.ops,
            f"neraca-saldo-{as_of.isoformat()}.pdf",
            lambda: trial_balance_pdf(self.ops.book, as_of, actor=self.ops.actor),
        )

    def export_csv(self) -> None:
        as_of = self.date_edit.value()

        def make() -> bytes:
            with self.ops.book.read() as session:
                report = trial_balance(session, as_of)
            return trial_balance_csv(report).encode("utf-8")

        save_document(self, self.ops, f"neraca-saldo-{as_of.isoformat()}.csv", make, pdf=False)
