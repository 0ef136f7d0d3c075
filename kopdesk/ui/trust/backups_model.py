"""The book's backups (Pengaturan → Cadangan): newest first, the reason in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.app.maintenance import ON_CLOSING
from kopdesk.storage.backups import BackupInfo
from kopdesk.ui.kit.table import CENTER, Cell, Column, ColumnTableModel
from kopdesk.ui.kit.widgets import LEFT, RIGHT

__all__ = [
    "BAD",
    "GOOD",
    "MEGABYTE",
    "BackupsModel",
    "made_text",
    "reason_text",
    "size_text",
]

GOOD = QColor(22, 120, 50)
BAD = QColor(176, 0, 32)
MEGABYTE = 1_000_000


def reason_text(reason: str) -> str:
    """Why a backup was made, for people (``pra-impor`` → "Sebelum impor anggota")."""
    known = {
        "harian": QCoreApplication.translate("backups", "Daily (automatic)"),
        ON_CLOSING: QCoreApplication.translate("backups", "On closing kopdesk"),
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


class BackupsModel(ColumnTableModel[BackupInfo]):
    """Tanggal | Ukuran (MB) | Alasan | Terperiksa | Lokasi."""

    MADE, SIZE, REASON, VERIFIED, FOLDER = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        checked = self.tr("The copy passed SQLite's integrity check when it was made.")
        unchecked = self.tr("Not checked, or the file changed since it was checked.")
        self.set_columns(
            [
                Column(self.tr("Date"), made_text, tip=made_text),
                Column(self.tr("Size (MB)"), _size, RIGHT, _size),
                Column(self.tr("Reason"), _reason, tip=_reason),
                Column(
                    self.tr("Checked"),
                    lambda b: "✓" if b.verified else "✗",
                    CENTER,
                    lambda b: checked if b.verified else unchecked,
                    LEFT,
                ),
                Column(
                    self.tr("Location"), lambda b: str(b.path.parent), tip=lambda b: str(b.path)
                ),
            ]
        )

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_items(backups)

    def backup(self, row: int) -> BackupInfo:
        return self._items[row]

    def backups(self) -> list[BackupInfo]:
        return list(self._items)

    def style(self, cell: Cell[BackupInfo], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and cell.column == self.VERIFIED:
            return GOOD if cell.item.verified else BAD
        return None


def _size(info: BackupInfo) -> str:
    return size_text(info.size)


def _reason(info: BackupInfo) -> str:
    return reason_text(info.reason)
