"""The users of the book for the Admin's table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.services.base.users import UserInfo
from kopdesk.ui.kit.table import Cell, Column, ColumnTableModel

__all__ = ["MUTED_COLOR", "WARNING_COLOR", "UsersModel", "short_time"]

MUTED_COLOR = QColor(120, 120, 120)
WARNING_COLOR = QColor(176, 0, 32)


def short_time(value: dt.datetime) -> str:
    return f"{format_date_short(value)} {value.hour:02d}.{value.minute:02d}"


class UsersModel(ColumnTableModel[UserInfo]):
    """Nama pengguna | Nama lengkap | Peran | Status | Terakhir masuk.

    A deactivated user is grey, a locked one red.
    """

    USERNAME, FULL_NAME, ROLE, STATUS, LAST_LOGIN = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = dt.datetime.now
        self.set_columns(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Full name"), lambda u: u.full_name),
                Column(self.tr("Role"), lambda u: u.role.label),
                Column(self.tr("Status"), self.status),
                Column(
                    self.tr("Last sign-in"),
                    lambda u: short_time(u.last_login_at) if u.last_login_at else "—",
                ),
            ]
        )

    def set_users(self, users: list[UserInfo]) -> None:
        self.set_items(users)

    def user(self, row: int) -> UserInfo | None:
        return self.row_item(row)

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._items):
            if user.username == username:
                return row
        return -1

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

    def style(self, cell: Cell[UserInfo], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not cell.item.active:
                return MUTED_COLOR
            if self._locked(cell.item):
                return WARNING_COLOR
        return None
