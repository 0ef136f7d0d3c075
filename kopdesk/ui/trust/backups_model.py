"""The book's backups (Pengaturan → Cadangan): newest first, the reason in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kopdesk.storage.backups import BackupInfo
from kopdesk.ui.kit.widgets import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
GOOD = QColor(22, 120, 50)
BAD = QColor(176, 0, 32)
MEGABYTE = 1_000_000


def reason_text(reason: str) -> str:
    """Why a backup was made, for people (``pra-impor`` → "Sebelum impor anggota")."""
    known = {
        "harian": QCoreApplication.translate("backups", "Daily (automatic)"),
        "tutup": QCoreApplication.translate("backups", "On closing kopdesk"),
        "manual": QCoreApplication.translate("backups", "Made by hand"),
        "pra-impor": QCoreApplication.translate("backups", "Before a member import"),
        "pra-pulih": QCoreApplication.translate("backups", "Before a restore"),
        "pra-migrasi": QCoreApplication.translate("backups", "Before a kopdesk update"),
        "tanpa catatan": QCoreApplication.translate("backups", "No note (unchecked file)"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith("pra-"):
        return QCoreApplication.translate("backups", "Before: {what}").format(what=reason[4:])
    return reason


def size_text(size: int) -> str:
    """Megabytes with an Indonesian decimal comma: ``0,45``."""
    return f"{size / MEGABYTE:.2f}".replace(".", ",")


def made_text(info: BackupInfo) -> str:
    return info.made_at.strftime("%d-%m-%Y %H.%M")


class BackupsModel(QAbstractTableModel):
    """Tanggal | Ukuran (MB) | Alasan | Terperiksa | Lokasi."""

    MADE, SIZE, REASON, VERIFIED, FOLDER = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []
        self._headers = (
            self.tr("Date"),
            self.tr("Size (MB)"),
            self.tr("Reason"),
            self.tr("Checked"),
            self.tr("Location"),
        )

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.VERIFIED:
                return (
                    self.tr("The copy passed SQLite's integrity check when it was made.")
                    if info.verified
                    else self.tr("Not checked, or the file changed since it was checked.")
                )
            return str(info.path) if column == self.FOLDER else self._text(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.SIZE:
                return RIGHT
            if column == self.VERIFIED:
                return Qt.AlignmentFlag.AlignCenter
            return LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VERIFIED:
            return GOOD if info.verified else BAD
        return None

    def _text(self, info: BackupInfo, column: int) -> str:
        if column == self.MADE:
            return made_text(info)
        if column == self.SIZE:
            return size_text(info.size)
        if column == self.REASON:
            return reason_text(info.reason)
        if column == self.VERIFIED:
            return "✓" if info.verified else "✗"
        return str(info.path.parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.SIZE else LEFT
        return None
