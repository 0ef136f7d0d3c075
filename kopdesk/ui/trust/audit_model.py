"""The audit trail for the Pengawas: who did what, when, and what changed.

The service returns the newest records (up to its limit); the model shows
them a page at a time (``canFetchMore``/``fetchMore``) so a long trail opens
quickly, and writes the before/after data as one readable line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Permission
from kopdesk.services.base.audit import AuditEntry
from kopdesk.ui.kit.table import Cell, Column, ColumnTableModel, Index
from kopdesk.ui.trust.users_model import short_time

__all__ = [
    "PAGE_SIZE",
    "WARNING_COLOR",
    "AuditModel",
    "action_filters",
    "action_labels",
    "describe_changes",
]

PAGE_SIZE = 200
WARNING_COLOR = QColor(176, 0, 32)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LINE = re.compile(r"^(?P<code>[0-9A-Za-z.]+):(?P<amount>-?\d+)$")
_AMOUNT_KEYS = frozenset({"jumlah"})
_FIRST_KEYS = ("tanggal", "keterangan", "jumlah", "nama")
_PERMISSIONS = frozenset(p.value for p in Permission)


def action_labels() -> dict[str, str]:
    """Every audit action kopdesk records, in words (translated)."""
    return {
        "book.create": QCoreApplication.translate("audit", "Book created"),
        "profile.edit": QCoreApplication.translate("audit", "Profile changed"),
        "year.open": QCoreApplication.translate("audit", "Fiscal year opened"),
        "year.reopen": QCoreApplication.translate("audit", "Closed fiscal year reopened"),
        "account.add": QCoreApplication.translate("audit", "Account added"),
        "account.rename": QCoreApplication.translate("audit", "Account renamed"),
        "account.deactivate": QCoreApplication.translate("audit", "Account deactivated"),
        "account.reactivate": QCoreApplication.translate("audit", "Account reactivated"),
        "journal.post": QCoreApplication.translate("audit", "Journal entry posted"),
        "journal.reverse": QCoreApplication.translate("audit", "Journal entry reversed"),
        "document.make": QCoreApplication.translate("audit", "Document printed"),
        "user.create": QCoreApplication.translate("audit", "User added"),
        "user.role": QCoreApplication.translate("audit", "Role changed"),
        "user.activate": QCoreApplication.translate("audit", "User reactivated"),
        "user.deactivate": QCoreApplication.translate("audit", "User deactivated"),
        "user.password_change": QCoreApplication.translate("audit", "Password changed"),
        "user.password_reset": QCoreApplication.translate("audit", "Password reset by Admin"),
        "user.require_new_password": QCoreApplication.translate(
            "audit", "Asked to choose a new password"
        ),
        "user.locked": QCoreApplication.translate("audit", "User locked (wrong passwords)"),
        "login.ok": QCoreApplication.translate("audit", "Signed in"),
        "login.failed": QCoreApplication.translate("audit", "Sign-in failed"),
        "login.end": QCoreApplication.translate("audit", "Signed out"),
        "approval.ok": QCoreApplication.translate("audit", "Approver's password accepted"),
        "approval.failed": QCoreApplication.translate("audit", "Approver's password refused"),
        "approval.grant": QCoreApplication.translate("audit", "Approval given"),
        "approval.use": QCoreApplication.translate("audit", "Approval used"),
        "setting.change": QCoreApplication.translate("audit", "Setting changed"),
    }


def action_filters() -> list[tuple[str, str]]:
    """(label, action prefix) choices for the viewer's filter; "" means all."""
    return [
        (QCoreApplication.translate("audit", "All actions"), ""),
        (QCoreApplication.translate("audit", "Journal"), "journal."),
        (QCoreApplication.translate("audit", "Accounts"), "account."),
        (QCoreApplication.translate("audit", "Users"), "user."),
        (QCoreApplication.translate("audit", "Sign-in"), "login."),
        (QCoreApplication.translate("audit", "Approvals"), "approval."),
        (QCoreApplication.translate("audit", "Documents"), "document."),
        (QCoreApplication.translate("audit", "Cooperative profile"), "profile."),
        (QCoreApplication.translate("audit", "Fiscal years"), "year."),
        (QCoreApplication.translate("audit", "Settings"), "setting."),
        (QCoreApplication.translate("audit", "Book creation"), "book."),
    ]


def _value(key: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("audit", "yes")
            if value
            else QCoreApplication.translate("audit", "no")
        )
    if isinstance(value, int) and key in _AMOUNT_KEYS:
        return format_number(value)
    if isinstance(value, list):
        return "; ".join(_value(key, item) for item in value)
    text = str(value)
    if text in _PERMISSIONS:  # approvals name the action approved
        return Permission(text).label
    if _ISO_DATE.match(text):
        return format_date_short(dt.date.fromisoformat(text))
    line = _LINE.match(text)
    if line:
        return f"{line['code']} {format_number(int(line['amount']))}"
    return text


def _key(key: str) -> str:
    if key == "role":
        return QCoreApplication.translate("audit", "role")
    return key.replace("_", " ")


def _keys(before: Mapping[str, object], after: Mapping[str, object]) -> list[str]:
    """The date, description and amount first (what a person looks for), then the rest."""
    keys = [*after, *(k for k in before if k not in after)]
    return sorted(keys, key=lambda k: _FIRST_KEYS.index(k) if k in _FIRST_KEYS else len(keys))


def describe_changes(before: Mapping[str, object], after: Mapping[str, object]) -> str:
    """``nama: Kas → Kas besar; aktif: ya`` — changed values with their old value.

    A new value that is empty (``None``, ``""``) is left out.
    """
    parts = []
    for key in _keys(before, after):
        if key in before and key in after:
            if before[key] == after[key]:
                continue
            parts.append(f"{_key(key)}: {_value(key, before[key])} → {_value(key, after[key])}")
        elif key in after:
            if after[key] is None or after[key] == "":
                continue
            parts.append(f"{_key(key)}: {_value(key, after[key])}")
        else:
            parts.append(f"{_key(key)}: {_value(key, before[key])} → —")
    return "; ".join(parts)


class AuditModel(ColumnTableModel[AuditEntry]):
    """Waktu | Pengguna | Tindakan | Rujukan | Perubahan, newest first.

    Failed sign-ins and lockouts are red.
    """

    TIME, USER, ACTION, REF, CHANGES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = 0
        self._labels = action_labels()
        self.set_columns(
            [
                Column(self.tr("Time"), lambda e: f"{short_time(e.at)}:{e.at.second:02d}"),
                Column(self.tr("User"), lambda e: e.username),
                Column(self.tr("Action"), lambda e: self.action_text(e.action), tip=_tip),
                Column(self.tr("Reference"), _ref_text),
                Column(self.tr("Changes"), lambda e: describe_changes(e.before, e.after), tip=_tip),
            ]
        )

    def set_entries(self, entries: list[AuditEntry]) -> None:
        """Show ``entries`` (newest first); only the first page is shown until scrolled."""
        self.beginResetModel()
        self._items = list(entries)
        self._shown = min(PAGE_SIZE, len(self._items))
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._items)

    def entry(self, row: int) -> AuditEntry | None:
        return self.row_item(row)

    def row_item(self, row: int) -> AuditEntry | None:
        return self._items[row] if 0 <= row < self._shown else None

    def row_count(self) -> int:
        return self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._items)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE_SIZE, len(self._items) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def action_text(self, action: str) -> str:
        return self._labels.get(action, action)

    def style(self, cell: Cell[AuditEntry], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and cell.item.action.endswith(
            (".failed", ".locked")
        ):
            return WARNING_COLOR
        return None


def _ref_text(entry: AuditEntry) -> str:
    return Permission(entry.ref).label if entry.ref in _PERMISSIONS else entry.ref


def _tip(entry: AuditEntry) -> str:
    return f"{entry.action}\n{describe_changes(entry.before, entry.after)}".strip()
