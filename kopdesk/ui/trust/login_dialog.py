"""Who is at the keyboard: signing in, the first Admin, changing one's password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.services.base.users import (
    change_password,
    check_password,
    clean_username,
    create_first_admin,
)
from kopdesk.services.ledger.books import book_exists, get_profile
from kopdesk.storage.db import Book, open_book
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import (
    ErrorLabel,
    accepted,
    add_checked_row,
    bold,
    ok_cancel,
    password_edit,
)


def _coop_name(book: Book) -> str:
    try:
        with book.read() as session:
            return get_profile(session).name if book_exists(session) else ""
    except KopdeskError:
        return ""


class AdminForm(QWidget):
    """User name, full name and the password typed twice, checked beside each field.

    Used for the first Admin (wizard, old books) and for new users.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(self.tr("e.g. siti.bendahara"))
        self.full_name_edit = QLineEdit()
        self.password_edit = password_edit(self.tr("at least 8 characters, letters and digits"))
        self.repeat_edit = password_edit()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.errors = {
            "username": add_checked_row(self.form, self.tr("User name"), self.username_edit),
            "full_name": add_checked_row(self.form, self.tr("Full name"), self.full_name_edit),
            "password": add_checked_row(self.form, self.tr("Password"), self.password_edit),
            "password_repeat": add_checked_row(
                self.form, self.tr("Password again"), self.repeat_edit
            ),
        }

    def values(self) -> tuple[str, str, str]:
        """(user name, full name, password) after the same checks the service makes.

        Raises ``ValidationError`` naming the field; nothing is written here.
        """
        username = clean_username(self.username_edit.text())
        check_password(self.password_edit.text())
        if self.repeat_edit.text() != self.password_edit.text():
            raise ValidationError("password_repeat", self.tr("The two passwords are not the same."))
        return username, " ".join(self.full_name_edit.text().split()), self.password_edit.text()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")

    def show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.errors["username"]).show_message(error.message)


def sign_in_to_book(book: Book, username: str, password: str) -> Actor:
    """Sign in for a window session; ``AuthenticationError`` when refused.

    A book opened read-only (another PC holds the writer lock) cannot record
    the session, but a wrong password must still count toward the lockout:
    the check then runs on a short-lived connection that writes only a failure.
    """
    path = book.path
    if not book.read_only or path is None:
        return sign_in(book, username, password)
    checker = open_book(path)
    try:
        return sign_in(checker, username, password, record_session=False)
    finally:
        checker.close()


class LoginDialog(QDialog):
    """Asks the user name and password; :attr:`actor` is the signed-in user."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to kopdesk"))
        self.setMinimumWidth(460)
        title = QLabel(_coop_name(book) or "kopdesk")
        font = bold(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        title.setWordWrap(True)
        note = QLabel(self.tr("Sign in with your own user name and password."))
        note.setWordWrap(True)
        self.username_edit = QLineEdit()
        self.password_edit = password_edit()
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = ok_cancel(self, self.tr("Sign in"))
        buttons.accepted.connect(self.sign_in)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def sign_in(self) -> bool:
        """Check the password (failures count toward lockout); accept on success."""
        if not self.username_edit.text().strip():
            self.error_label.show_message(self.tr("Type your user name."))
            self.username_edit.setFocus()
            return False
        try:
            self.actor = sign_in_to_book(
                self.book, self.username_edit.text(), self.password_edit.text()
            )
        except KopdeskError as exc:
            self.error_label.show_message(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, book: Book, parent: QWidget | None = None) -> Actor | None:
        """The signed-in user, or None when cancelled."""
        dialog = cls(book, parent)
        return accepted(dialog, lambda: dialog.actor)


class FirstAdminDialog(QDialog):
    """A book made before users existed (kopdesk 0.1) gets its first Admin here."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the first Admin"))
        self.setMinimumWidth(560)
        note = QLabel(
            self.tr(
                "This book has no users yet. From now on everyone signs in with their own "
                "user name and password, and every change is recorded under that name. "
                "Create the first Admin; the Admin then adds the other users in Settings."
            )
        )
        note.setWordWrap(True)
        self.form = AdminForm()
        buttons = ok_cancel(self, self.tr("Create Admin"))
        buttons.accepted.connect(self.create_admin)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def create_admin(self) -> bool:
        """Create the Admin (who is then signed in); show what is wrong otherwise."""
        self.form.clear_errors()
        try:
            username, full_name, password = self.form.values()
            with self.book.unit_of_work() as session:
                self.actor = create_first_admin(session, username, password, full_name).actor()
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except KopdeskError as exc:
            self.form.errors["username"].show_message(exc.message)
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, book: Book, parent: QWidget | None = None) -> Actor | None:
        """The new, signed-in Admin, or None when cancelled."""
        dialog = cls(book, parent)
        return accepted(dialog, lambda: dialog.actor)


class ChangePasswordDialog(QDialog):
    """The signed-in user changes their own password (forced after a reset)."""

    def __init__(self, ops: Ops, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(520)
        if forced:
            text = self.tr(
                "{user}, your password was set by the Admin. Choose your own password "
                "before you continue; nobody else should know it."
            ).format(user=ops.actor.display)
        else:
            text = self.tr("Changing the password of {user}.").format(user=ops.actor.display)
        note = QLabel(text)
        note.setWordWrap(True)
        self.old_edit = password_edit()
        self.new_edit = password_edit(self.tr("at least 8 characters, letters and digits"))
        self.repeat_edit = password_edit()
        form = QFormLayout()
        self.errors = {
            "old_password": add_checked_row(form, self.tr("Current password"), self.old_edit),
            "new_password": add_checked_row(form, self.tr("New password"), self.new_edit),
            "password_repeat": add_checked_row(
                form, self.tr("New password again"), self.repeat_edit
            ),
        }
        buttons = ok_cancel(self, self.tr("Change password"))
        buttons.accepted.connect(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.errors["new_password"]).show_message(error.message)

    def change(self) -> bool:
        for label in self.errors.values():
            label.show_message("")
        old, new = self.old_edit.text(), self.new_edit.text()
        if self.repeat_edit.text() != new:
            self._show(
                ValidationError("password_repeat", self.tr("The two passwords are not the same."))
            )
            return False

        def change(session: Session) -> bool:
            change_password(session, self.ops.actor, old, new)
            return True

        if not self.ops.run(self, change, on_validation=self._show):
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, *, forced: bool = False, parent: QWidget | None = None) -> bool:
        """True when the password was changed."""
        dialog = cls(ops, forced=forced, parent=parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
