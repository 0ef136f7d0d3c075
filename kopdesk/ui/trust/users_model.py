"""The users of the book for the Admin's table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.services.base.users import UserInfo
from kopdesk.ui.kit.widgets import LEFT

Index = QModelIndex | QPersistentModelIndex
MUTED_COLOR = QColor(120, 120, 120)
WARNING_COLOR = QColor(176, 0, 32)


def short_time(value: dt.datetime) -> str:
    return f"{format_date_short(value)} {value.hour:02d}.{value.minute:02d}"


class UsersModel(QAbstractTableModel):
    """Nama pengguna | Nama lengkap | Peran | Status | Terakhir masuk.

    A deactivated user is grey, a locked one red.
    """

    USERNAME, FULL_NAME, ROLE, STATUS, LAST_LOGIN = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []
        self.now = dt.datetime.now
        self._headers = (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last sign-in"),
        )

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._users):
            if user.username == username:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _locked(self, user: UserInfo) -> bool:
        return user.locked_until is not None and user.locked_until > self.now()

    def status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("Deactivated")
        if user.locked_until is not None and self._locked(user):
            return self.tr("Locked until {time}").format(time=short_time(user.locked_until))
        if user.must_change_password:
            return self.tr("Active, must change password")
        return self.tr("Active")

    def _text(self, user: UserInfo, column: int) -> str:
        if column == self.USERNAME:
            return user.username
        if column == self.FULL_NAME:
            return user.full_name
        if column == self.ROLE:
            return user.role.label
        if column == self.STATUS:
            return self.status(user)
        return short_time(user.last_login_at) if user.last_login_at else "—"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if not user.active:
                return MUTED_COLOR
            if self._locked(user):
                return WARNING_COLOR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        return None
