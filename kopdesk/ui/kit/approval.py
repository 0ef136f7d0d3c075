"""Dual control: a second user types their password to approve one risky action.

The dialog needs only the open book and the signed-in user (:class:`SignedIn`),
so :mod:`kopdesk.ui.kit.ops` can open it without this module importing ops.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.auth import request_approval
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import ApprovalRequiredError, KopdeskError
from kopdesk.storage.db import Book
from kopdesk.ui.kit.widgets import ErrorLabel, accepted, bold, ok_cancel, password_edit

__all__ = ["ApprovalDialog", "SignedIn"]


class SignedIn(Protocol):
    """What the approval needs of :class:`kopdesk.ui.kit.ops.Ops`: the book and its user."""

    @property
    def book(self) -> Book: ...

    @property
    def actor(self) -> Actor: ...


class ApprovalDialog(QDialog):
    """ "Persetujuan pengguna kedua": the approver's user name and password.

    :meth:`approve` checks them through ``kopdesk.app.auth.request_approval``
    (a wrong password counts toward the approver's lockout) and keeps the
    one-time grant id in :attr:`grant`.
    """

    def __init__(
        self, ops: SignedIn, error: ApprovalRequiredError, what: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.permission = Permission(error.permission)
        self.grant: int | None = None
        self.setWindowTitle(self.tr("Second user approval"))
        self.setMinimumWidth(520)
        action = QLabel(what)
        action.setFont(bold(self.font()))
        action.setWordWrap(True)
        reason = QLabel(error.message)
        reason.setWordWrap(True)
        who = QLabel(
            self.tr(
                "Requested by {user}. Ask a Ketua, Bendahara or Admin to type their own "
                "user name and password here. The approval is valid for this action only "
                "and is recorded in the audit trail."
            ).format(user=ops.actor.display)
        )
        who.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.password_edit = password_edit()
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Approver's user name"), self.username_edit)
        form.addRow(self.tr("Approver's password"), self.password_edit)
        buttons = ok_cancel(self, self.tr("Approve"), self.approve)
        layout = QVBoxLayout(self)
        layout.addWidget(action)
        layout.addWidget(reason)
        layout.addWidget(who)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def approve(self) -> bool:
        """Check the approver; accept the dialog with :attr:`grant` set, or show why not."""
        username = self.username_edit.text().strip()
        if not username or not self.password_edit.text():
            self.error_label.show_message(self.tr("Type the approver's user name and password."))
            return False
        try:
            self.grant = request_approval(
                self.ops.book, self.ops.actor, username, self.password_edit.text(), self.permission
            )
        except KopdeskError as exc:
            self.password_edit.clear()
            self.error_label.show_message(exc.message)
            return False
        self.accept()
        return True

    @classmethod
    def ask(
        cls, ops: SignedIn, error: ApprovalRequiredError, what: str, parent: QWidget | None = None
    ) -> int | None:
        """The id of a fresh approval grant, or None when cancelled."""
        dialog = cls(ops, error, what, parent)
        return accepted(dialog, lambda: dialog.grant)
