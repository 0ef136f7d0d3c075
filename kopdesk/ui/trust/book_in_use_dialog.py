"""“Buku sedang dipakai”: another kopdesk holds the single-writer lock of the book."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopdesk.storage.locking import BookInUseError
from kopdesk.ui.kit.widgets import bold


class BookInUseDialog(QDialog):
    """Who has the book open (user, computer, since when); open it read-only or cancel."""

    def __init__(self, error: BookInUseError, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The book is in use"))
        self.setMinimumWidth(540)
        title = QLabel(
            self.tr("The book {name} is open for writing elsewhere.").format(name=path.name)
        )
        title.setFont(bold(self.font()))
        title.setWordWrap(True)
        owner = error.owner
        form = QFormLayout()
        unknown = self.tr("unknown")
        self.user_label = QLabel(owner.user if owner else unknown)
        self.host_label = QLabel(owner.host if owner else unknown)
        self.since_label = QLabel(owner.since if owner else unknown)
        for label in (self.user_label, self.host_label, self.since_label):
            label.setFont(bold(self.font()))
        form.addRow(self.tr("User"), self.user_label)
        form.addRow(self.tr("Computer"), self.host_label)
        form.addRow(self.tr("Open since"), self.since_label)
        note = QLabel(
            self.tr(
                "Only one computer may write to a book at a time, so that nothing is lost. "
                "Close kopdesk on that computer and open the book again, or open it "
                "read-only now: you can look at everything, but change or print nothing."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.read_only_button = self.buttons.addButton(
            self.tr("Open read-only"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()

    @classmethod
    def ask(cls, error: BookInUseError, path: Path, parent: QWidget | None = None) -> bool:
        """True when the user chose to open the book read-only."""
        return cls(error, path, parent).exec() == QDialog.DialogCode.Accepted
