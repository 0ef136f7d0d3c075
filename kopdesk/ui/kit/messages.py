"""Message boxes every window uses. Tests replace these functions
(``monkeypatch.setattr(messages, "confirm", ...)``) so nothing blocks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kopdesk.errors import KopdeskError, StorageError


def show_error(parent: QWidget | None, error: KopdeskError) -> None:
    """Show a user-facing error with its Indonesian message."""
    title = (
        QCoreApplication.translate("messages", "Cannot use the book")
        if isinstance(error, StorageError)
        else QCoreApplication.translate("messages", "Not saved")
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, error.message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True when the user says yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(
        QCoreApplication.translate("messages", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no = box.addButton(QCoreApplication.translate("messages", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went well."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()
