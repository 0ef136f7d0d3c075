"""A second person types their own user name and password at this window: the part
that :mod:`.approval` (a one-time grant) and :mod:`.cosign` (a decision made as the
co-signer) share. Each of them gives its own texts and checks the password its way.

The dialog needs only the open book and the signed-in user (:class:`SignedIn`),
so :mod:`kopdesk.ui.kit.ops` can open it without this module importing ops.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.storage.db import Book
from kopdesk.ui.kit.widgets import ErrorLabel, bold, ok_cancel, password_edit

__all__ = ["SecondUserDialog", "SignedIn"]


class SignedIn(Protocol):
    """What the second user's dialog needs of :class:`kopdesk.ui.kit.ops.Ops`: the book
    and its user."""

    @property
    def book(self) -> Book: ...

    @property
    def actor(self) -> Actor: ...


class SecondUserDialog(QDialog):
    """The second person's user name and password under a bold line saying what is
    decided and the notes that explain it; the error line shows why they were refused."""

    def __init__(self, ops: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setMinimumWidth(520)
        self.username_edit = QLineEdit()
        self.password_edit = password_edit()
        self.error_label = ErrorLabel()

    def lay_out(
        self,
        what: str,
        notes: Sequence[str],
        fields: tuple[str, str],
        ok_text: str,
        on_ok: Callable[[], object],
    ) -> None:
        """``what`` in bold, the ``notes``, the user name and password rows named by
        ``fields``, the error line, and OK (``ok_text``, running ``on_ok``) / Cancel."""
        action = QLabel(what)
        action.setFont(bold(self.font()))
        action.setWordWrap(True)
        labels = [action]
        for note in notes:
            label = QLabel(note)
            label.setWordWrap(True)
            labels.append(label)
        form = QFormLayout()
        form.addRow(fields[0], self.username_edit)
        form.addRow(fields[1], self.password_edit)
        buttons = ok_cancel(self, ok_text, on_ok)
        layout = QVBoxLayout(self)
        for label in labels:
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def typed(self, missing: str, *, lower: bool = False) -> tuple[str, str] | None:
        """The user name (stripped; lower-cased when ``lower``) and password typed, or
        None with ``missing`` shown when either is empty."""
        username = self.username_edit.text().strip()
        if lower:
            username = username.lower()
        password = self.password_edit.text()
        if not username or not password:
            self.error_label.show_message(missing)
            return None
        return username, password

    def refused(self, exc: KopdeskError) -> bool:
        """A wrong password or a locked user: the password is cleared and the reason
        shown. Always False (not accepted)."""
        self.password_edit.clear()
        self.error_label.show_message(exc.message)
        return False
