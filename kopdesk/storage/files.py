"""Files and folders kopdesk creates: owner-only where the platform allows.

A book holds members' NIKs, balances and password hashes, so the book, its
backups, their notes, the lock file and the folders kopdesk makes for them are
readable by their owner only: mode 0600 for files, 0700 for folders on POSIX.
SQLite gives a book's ``-wal``, ``-shm`` and ``-journal`` files the
permissions of the book file itself, so creating the book file first (empty,
0600) before SQLite opens it is enough for those too.

On Windows the mode only decides the read-only flag: the files get the
folder's access rules, and a user's own data folder is private to that user
already.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
BINARY = getattr(os, "O_BINARY", 0)
"""Windows: no newline translation by the C runtime."""


def create_private_file(path: Path) -> None:
    """Create ``path`` as a new empty owner-only file.

    ``FileExistsError`` when it exists already (nothing is overwritten);
    other ``OSError`` as raised (a full disk is ``errno.ENOSPC``).
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | BINARY, FILE_MODE)
    os.close(fd)


def make_private_folder(path: Path) -> list[Path]:
    """Create ``path`` and any missing parents, each owner-only; returns the folders
    created (outermost first), so a caller can remove them again on failure."""
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    created = []
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue
        created.append(folder)
    return created


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (replacing it), owner-only when it is created."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | BINARY, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def remove_quietly(*paths: Path) -> None:
    """Remove files (and then empty folders) kopdesk made for work that failed."""
    for path in paths:
        try:
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def disk_full(exc: BaseException) -> bool:
    """Whether an ``OSError`` (or SQLite's message) says the disk is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    return "disk is full" in str(exc).lower()
