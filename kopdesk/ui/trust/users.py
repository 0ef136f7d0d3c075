"""The Admin's part of Pengaturan: users and roles, and the security settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.services.base import settings
from kopdesk.services.base.users import UserInfo, list_users, set_active
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.trust.users_dialog import NewUserDialog, ResetPasswordDialog, RoleDialog
from kopdesk.ui.trust.users_model import UsersModel

SECURITY_SETTINGS = tuple(
    s for s in settings.ALL if s.key.split(".")[0] not in ("backup", "savings", "loans", "health")
)
"""The backup settings live on the Cadangan tab, the savings ones on Simpanan, the
health assessment's on Kesehatan."""


class UsersPanel(QWidget):
    """Every user with role and status; add, change role, reset password, (de)activate."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(UsersModel.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(UsersModel.USERNAME, 150)
        self.view.setColumnWidth(UsersModel.ROLE, 110)
        self.view.setColumnWidth(UsersModel.STATUS, 260)
        self.view.setColumnWidth(UsersModel.LAST_LOGIN, 140)
        self.add_button = QPushButton(self.tr("Add user"))
        self.role_button = QPushButton(self.tr("Change role"))
        self.reset_button = QPushButton(self.tr("Reset password"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.reset_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        note = QLabel(
            self.tr(
                "Users are never deleted, so the audit trail always knows who did what. "
                "A user who leaves is deactivated."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        ops.changes_applied.connect(self._on_changes)
        self.refresh()
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if changes.users:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        users = self.ops.read(self, list_users)
        if users is None:
            return
        self.model.set_users(users)
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self) -> UserInfo | None:
        index = self.view.currentIndex()
        return self.model.user(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.reset_button):
            button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(
            user is not None and user.active and user.id != self.ops.actor.user_id
        )
        self.reactivate_button.setEnabled(user is not None and not user.active)

    def add_user(self) -> UserInfo | None:
        created = NewUserDialog.ask(self.ops, self)
        if created is not None:
            self.select(created.username)
            self.ops.status_message.emit(
                self.tr("User {user} added.").format(user=created.username)
            )
        return created

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            RoleDialog.ask(self.ops, user, self)

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and ResetPasswordDialog.ask(self.ops, user, self) is not None:
            self.ops.status_message.emit(
                self.tr("Temporary password set for {user}.").format(user=user.username)
            )

    def set_active(self, active: bool) -> UserInfo | None:
        user = self.selected()
        if user is None:
            return None
        if not active and not messages.confirm(
            self,
            self.tr("Deactivate user"),
            self.tr("Deactivate {user}? They can no longer sign in.").format(user=user.username),
        ):
            return None
        return self.ops.run(self, lambda s: set_active(s, self.ops.actor, user.username, active))


class SecurityPanel(QWidget):
    """The security settings (sign-in lockout, idle lock, dual control) for the Admin."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for setting in SECURITY_SETTINGS:
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            spin.setMinimumWidth(100)
            form.addRow(setting.label, spin)
            self.spins[setting.key] = spin
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        values = self.ops.read(
            self, lambda s: {x.key: settings.get_int(s, x) for x in SECURITY_SETTINGS}
        )
        for key, value in (values or {}).items():
            self.spins[key].setValue(value)

    def save(self) -> bool:
        wanted = {key: spin.value() for key, spin in self.spins.items()}

        def change(session: Session) -> int:
            changed = 0
            for setting in SECURITY_SETTINGS:
                if settings.get_int(session, setting) != wanted[setting.key]:
                    settings.change_setting(session, self.ops.actor, setting, wanted[setting.key])
                    changed += 1
            return changed

        changed = self.ops.run(self, change)
        if changed is None:
            return False
        self.ops.status_message.emit(self.tr("Settings saved."))
        return True
