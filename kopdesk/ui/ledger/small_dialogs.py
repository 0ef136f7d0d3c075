"""Small question dialogs: a date to reverse an entry on, an account's code and name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import DateField, accepted, ok_cancel


class ReverseDialog(GuardedDialog):
    """Asks the date of the reversing entry."""

    def __init__(self, number: str, on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reverse journal entry"))
        text = QLabel(
            self.tr(
                "Entry {number} will be cancelled by a new entry with the same lines on "
                "the opposite side. The original stays in the books."
            ).format(number=number)
        )
        text.setWordWrap(True)
        self.date_edit = DateField(on)
        form = QFormLayout()
        form.addRow(self.tr("Date of the reversing entry"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Continue"), self.accept))

    @classmethod
    def ask(cls, number: str, on: dt.date, parent: QWidget | None = None) -> dt.date | None:
        dialog = cls(number, on, parent)
        return accepted(dialog, dialog.date_edit.value)


class AccountDialog(QDialog):
    """Asks a new account's code and name under a header, or a new name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.context_label = QLabel()
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Under"), self.context_label)
        self.form.addRow(self.tr("Code"), self.code_edit)
        self.form.addRow(self.tr("Name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(ok_cancel(self, self.tr("Save"), self.accept))

    @classmethod
    def ask_new(
        cls, parent_label: str, parent_code: str, parent: QWidget | None = None
    ) -> tuple[str, str] | None:
        """Code and name of a new account under ``parent_code``; None when cancelled."""
        dialog = cls(parent)
        dialog.setWindowTitle(QCoreApplication.translate("AccountDialog", "New account"))
        dialog.context_label.setText(parent_label)
        dialog.code_edit.setText(parent_code)
        return accepted(dialog, lambda: (dialog.code_edit.text(), dialog.name_edit.text()))

    @classmethod
    def ask_rename(cls, code: str, name: str, parent: QWidget | None = None) -> str | None:
        """A new name for account ``code``; None when cancelled."""
        dialog = cls(parent)
        dialog.setWindowTitle(QCoreApplication.translate("AccountDialog", "Rename account"))
        dialog.form.removeRow(0)
        dialog.code_edit.setText(code)
        set_read_only(dialog.code_edit, True)
        dialog.name_edit.setText(name)
        dialog.name_edit.selectAll()
        dialog.name_edit.setFocus()
        return accepted(dialog, dialog.name_edit.text)
