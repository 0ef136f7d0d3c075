"""The books opened lately on this computer (Berkas → Buku terakhir), kept in the
user's QSettings (an .ini file in the user's settings folder), newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "books/recent"
LIMIT = 8


def store() -> QSettings:
    """The user's kopdesk settings file (tests point ``QSettings.setPath`` elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "kopdesk", "kopdesk")


def recent_books() -> list[Path]:
    """The remembered books, newest first (missing files included: the menu greys them)."""
    raw = store().value(KEY, [])
    items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
    return [Path(str(item)) for item in items if str(item)]


def remember(path: Path) -> None:
    """Put ``path`` first in the list (once), keeping the newest :data:`LIMIT`."""
    path = path.resolve()
    kept = [p for p in recent_books() if p != path]
    _save([path, *kept][:LIMIT])


def forget_missing() -> list[Path]:
    """Drop the books whose file is gone; returns those kept."""
    kept = [p for p in recent_books() if p.exists()]
    _save(kept)
    return kept


def _save(paths: list[Path]) -> None:
    settings = store()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.sync()
