"""A posted journal entry with its lines (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import format_date, format_datetime
from kopdesk.services.ledger.journal import EntryInfo
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.ledger.reports_model import PostedLinesModel


class EntryDetailDialog(QDialog):
    """Number, date, description, who posted it, and its lines with totals."""

    def __init__(self, entry: EntryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal entry {number}").format(number=entry.number))
        self.resize(760, 420)
        form = QFormLayout()
        form.addRow(self.tr("Number"), QLabel(entry.number))
        form.addRow(self.tr("Date"), QLabel(format_date(entry.date)))
        description = QLabel(entry.description)
        description.setWordWrap(True)
        form.addRow(self.tr("Description"), description)
        form.addRow(
            self.tr("Posted by"),
            QLabel(f"{entry.created_by}, {format_datetime(entry.created_at)}"),
        )
        if entry.reversal_of:
            form.addRow(self.tr("Reverses"), QLabel(entry.reversal_of))
        if entry.reversed_by:
            form.addRow(self.tr("Reversed by"), QLabel(entry.reversed_by))
        self.model = PostedLinesModel(self)
        self.model.set_entry(entry)
        view = QTableView()
        view.setModel(self.model)
        setup_table(view)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, entry: EntryInfo, parent: QWidget | None = None) -> None:
        cls(entry, parent).exec()
