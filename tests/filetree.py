"""Files as a test sees them: 'nothing written' for folders, and file modes."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", ".kopdesk-lock")
"""Files an open book keeps beside it; SQLite makes them even to read a book."""


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name -> SHA-256) but an open book's side
    files, and every folder."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_dir():
            found[f"{path.relative_to(folder)}/"] = ""
        elif not path.name.endswith(SIDE_FILES):
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def mode(path: Path) -> int:
    """The permission bits of ``path`` (``0o600``)."""
    return stat.S_IMODE(path.stat().st_mode)
