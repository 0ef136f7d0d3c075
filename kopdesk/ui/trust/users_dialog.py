"""The Admin's user dialogs: add a user, set a temporary password, change a role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.permissions import GRANTS, Permission, Role
from kopdesk.errors import ValidationError
from kopdesk.services.base.users import (
    UserInfo,
    check_password,
    create_user,
    reset_password,
    set_role,
)
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import accepted, add_checked_row, ok_cancel, password_edit
from kopdesk.ui.trust.login_dialog import AdminForm


def role_combo(current: Role | None = None) -> QComboBox:
    """The five roles by their Indonesian names, with what each may do as a tooltip."""
    combo = QComboBox()
    for role in Role:
        combo.addItem(role.label, role)
        combo.setItemData(
            combo.count() - 1,
            ", ".join(p.label for p in Permission if p in GRANTS[role]),
            Qt.ItemDataRole.ToolTipRole,
        )
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


class NewUserDialog(QDialog):
    """A new user with a role and a temporary password they change at first sign-in."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(560)
        self.form = AdminForm()
        self.form.password_edit.setPlaceholderText(self.tr("temporary password"))
        self.role_combo = role_combo(Role.KASIR)
        self.form.form.insertRow(2, self.tr("Role"), self.role_combo)
        note = QLabel(
            self.tr(
                "Give the temporary password to the new user in person. They must choose "
                "their own password when they first sign in."
            )
        )
        note.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("Add user"))
        buttons.accepted.connect(self.add_user)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def add_user(self) -> bool:
        self.form.clear_errors()
        try:
            username, full_name, password = self.form.values()
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        role = Role(self.role_combo.currentData())
        self.created = self.ops.run(
            self,
            lambda s: create_user(s, self.ops.actor, username, role, password, full_name=full_name),
            on_validation=self.form.show_error,
        )
        if self.created is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> UserInfo | None:
        dialog = cls(ops, parent)
        return accepted(dialog, lambda: dialog.created)


class ResetPasswordDialog(QDialog):
    """The Admin sets a temporary password for a user (and unlocks them)."""

    def __init__(self, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.user = user
        self.done_info: UserInfo | None = None
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(520)
        note = QLabel(
            self.tr(
                "A temporary password for {user}. The user is unlocked and must choose "
                "a new password at the next sign-in."
            ).format(user=user.full_name or user.username)
        )
        note.setWordWrap(True)
        self.password_edit = password_edit(self.tr("temporary password"))
        self.repeat_edit = password_edit()
        form = QFormLayout()
        self.errors = {
            "password": add_checked_row(form, self.tr("Temporary password"), self.password_edit),
            "password_repeat": add_checked_row(form, self.tr("Password again"), self.repeat_edit),
        }
        buttons = ok_cancel(self, self.tr("Reset password"))
        buttons.accepted.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.errors["password"]).show_message(error.message)

    def reset(self) -> bool:
        for label in self.errors.values():
            label.show_message("")
        password = self.password_edit.text()
        try:
            check_password(password)
            if self.repeat_edit.text() != password:
                raise ValidationError(
                    "password_repeat", self.tr("The two passwords are not the same.")
                )
        except ValidationError as exc:
            self._show(exc)
            return False
        self.done_info = self.ops.run(
            self,
            lambda s: reset_password(s, self.ops.actor, self.user.username, password),
            on_validation=self._show,
        )
        if self.done_info is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> UserInfo | None:
        dialog = cls(ops, user, parent)
        return accepted(dialog, lambda: dialog.done_info)


class RoleDialog(QDialog):
    """Choose another role for a user."""

    def __init__(self, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.user = user
        self.changed: UserInfo | None = None
        self.setWindowTitle(self.tr("Change role"))
        self.setMinimumWidth(420)
        self.role_combo = role_combo(user.role)
        form = QFormLayout()
        form.addRow(self.tr("User"), QLabel(user.full_name or user.username))
        form.addRow(self.tr("Role"), self.role_combo)
        buttons = ok_cancel(self, self.tr("Save"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        role = Role(self.role_combo.currentData())
        self.changed = self.ops.run(
            self, lambda s: set_role(s, self.ops.actor, self.user.username, role)
        )
        if self.changed is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, user: UserInfo, parent: QWidget | None = None) -> UserInfo | None:
        dialog = cls(ops, user, parent)
        return accepted(dialog, lambda: dialog.changed)
