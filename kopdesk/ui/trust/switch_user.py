"""Ganti pengguna: another user signs in at the same window without closing it.

The ketua can sign in at the treasurer's PC, approve, and hand the window back.
The sign-in counts toward the new user's lockout like any sign-in; the old
user's session end and the new user's start are both in the audit trail.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kopdesk.app.auth import sign_out
from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.services.base.users import get_user
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import ErrorLabel, accepted, bold, ok_cancel, password_edit
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog, sign_in_to_book

__all__ = ["SwitchUserDialog"]


class SwitchUserDialog(QDialog):
    """The next user's name and password; :attr:`actor` is who signed in.

    Signing in as the user already at the window is refused (nothing to switch).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Switch user"))
        self.setMinimumWidth(480)
        title = QLabel(self.tr("Switch user"))
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        now = QLabel(
            self.tr("Signed in now: {user} ({role}).").format(
                user=ops.actor.display, role=ops.actor.role.label
            )
        )
        note = QLabel(
            self.tr(
                "The next user types their own user name and password. The window stays "
                "open; everything done from now on is recorded under the new user. Switch "
                "back the same way when you are done."
            )
        )
        note.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.password_edit = password_edit()
        self.password_edit.returnPressed.connect(self.sign_in)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = ok_cancel(self, self.tr("Sign in"), self.sign_in)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(now)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def sign_in(self) -> bool:
        """Check the new user (a wrong password counts toward lockout); accept on success.

        A user whose password was set by the Admin chooses their own first, as at
        start-up. The old user's sign-out is recorded once the new one is in.
        """
        username = self.username_edit.text().strip().lower()
        if not username or not self.password_edit.text():
            self.error_label.show_message(self.tr("Type the user name and password."))
            return False
        if username == self.ops.actor.username:
            self.error_label.show_message(
                self.tr("{user} is already signed in.").format(user=self.ops.actor.display)
            )
            return False
        try:
            actor = sign_in_to_book(self.ops.book, username, self.password_edit.text())
        except KopdeskError as exc:
            self.password_edit.clear()
            self.error_label.show_message(exc.message)
            return False
        if not self._password_chosen(actor):
            return False
        sign_out(self.ops.book, self.ops.actor, handed_to=actor.username)
        self.actor = actor
        self.accept()
        return True

    def _password_chosen(self, actor: Actor) -> bool:
        if self.ops.book.read_only:
            return True
        with self.ops.book.read() as session:
            must_change = get_user(session, actor.username).must_change_password
        if must_change and not ChangePasswordDialog.ask(Ops(self.ops.book, actor), forced=True):
            self.error_label.show_message(self.tr("Choose a new password to sign in."))
            return False
        return True

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> Actor | None:
        """The newly signed-in user, or None when cancelled."""
        dialog = cls(ops, parent)
        return accepted(dialog, lambda: dialog.actor)
