"""Questions of the Simpanan page: the date and reason of a correction (koreksi)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.widgets import DateField, ErrorLabel, accepted, ok_cancel

MIN_REASON = 5
"""The service wants at least five letters of reason; asking again here saves a round trip."""


class CorrectionDialog(GuardedDialog):
    """Asks the date of the correcting transaction and why it is corrected."""

    def __init__(self, summary: str, on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a savings transaction"))
        self.setMinimumWidth(500)
        text = QLabel(
            self.tr(
                "{summary}\n\nThe transaction is cancelled by a correcting transaction with "
                "its own receipt number; the original stays in the books."
            ).format(summary=summary)
        )
        text.setWordWrap(True)
        self.date_edit = DateField(on)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. Amount typed wrongly, should be 50.000"))
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date of the correction"), self.date_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.error_label)
        buttons = ok_cancel(self, self.tr("Correct"), self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def check(self) -> bool:
        """Accept when a reason is written; otherwise say what is missing."""
        if len(" ".join(self.reason_edit.text().split())) < MIN_REASON:
            self.error_label.show_message(
                self.tr("Write why it is corrected (at least 5 letters).")
            )
            return False
        self.accept()
        return True

    @classmethod
    def ask(
        cls, summary: str, on: dt.date, parent: QWidget | None = None
    ) -> tuple[dt.date, str] | None:
        """The date and reason of the correction, or None when cancelled."""
        dialog = cls(summary, on, parent)
        return accepted(dialog, lambda: (dialog.date_edit.value(), dialog.reason_edit.text()))
