"""The crash dialog: anything that is not a KopdeskError is a bug in kopdesk.

The dialog says so in Indonesian and shows the traceback in a box the
treasurer can copy into a report. The unit of work that was running has
already rolled back, so nothing is half-written.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.errors import KopdeskError
from kopdesk.ui.kit import messages


class CrashDialog(QDialog):
    """Shows an unexpected error with a copyable traceback."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("kopdesk stopped an action"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "An unexpected error occurred in kopdesk. The action was cancelled and "
                "nothing was half-saved. Copy the details below and send them to whoever "
                "supports kopdesk in your office."
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    @classmethod
    def ask(cls, details: str, parent: QWidget | None = None) -> None:
        cls(details, parent).exec()


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI: user errors as a message, bugs as a crash dialog."""
    if isinstance(error, KopdeskError):
        messages.show_error(None, error)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    sys.stderr.write(details)
    if QCoreApplication.instance() is None:
        return
    CrashDialog.ask(details)
