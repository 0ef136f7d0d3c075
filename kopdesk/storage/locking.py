"""Single writer: one kopdesk at a time writes to an SQLite book.

The writer holds an operating-system lock on ``<book>.kopdesk-lock`` for as
long as it has the book open, and writes who it is (user, PC, process) into
that file. The OS releases the lock when the process ends, even after a crash
or a power cut, so a stale lock file is simply taken over: nothing to clean.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kopdesk.errors import StorageError
from kopdesk.storage.files import BINARY, FILE_MODE, disk_full


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str

    @property
    def description(self) -> str:
        return f"{self.user} di komputer {self.host} (sejak {self.since})"


class BookInUseError(StorageError):
    """Another kopdesk has the book open for writing; ``owner`` says who."""

    def __init__(self, owner: LockOwner | None) -> None:
        who = owner.description if owner else "program kopdesk lain"
        super().__init__(
            f"Buku sedang dibuka untuk menulis oleh {who}. Tutup kopdesk di sana, "
            "atau buka buku ini hanya-baca."
        )
        self.owner = owner


_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(book: Path) -> Path:
    return book.with_name(book.name + ".kopdesk-lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        # Lock one byte far past the owner text so others can still read who it is.
        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def read_owner(book: Path) -> LockOwner | None:
    """Who last held (or holds) the writer lock of ``book``, if recorded."""
    try:
        data = json.loads(lock_path(book).read_text(encoding="utf-8") or "{}")
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _open_lock_file(path: Path) -> IO[bytes]:
    """The lock file, created owner-only (0600) if missing; never truncated here."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | BINARY, FILE_MODE)
    except OSError as exc:
        if disk_full(exc):
            raise StorageError(
                f"Disk penuh: kunci buku {path} tidak dapat dibuat. Kosongkan ruang disk lalu "
                "coba lagi; tidak ada yang tersimpan."
            ) from exc
        raise StorageError(
            f"Kunci buku {path} tidak dapat dibuat ({exc.strerror}); periksa izin folder."
        ) from exc
    return os.fdopen(fd, "r+b")


class WriterLock:
    """The held writer lock of one book; release it with :meth:`release`.

    The owner note in the lock file only tells others who has the book: when it
    cannot be written (a full disk), the lock still holds and others are told
    "another kopdesk" has the book. The lock file is owner-only (0600) where the
    platform allows (see :mod:`kopdesk.storage.files`).
    """

    def __init__(self, book: Path, user: str) -> None:
        self.path = lock_path(book)
        self._handle: IO[bytes] | None = _open_lock_file(self.path)
        if not _try_lock(self._handle):
            self._handle.close()
            self._handle = None
            raise BookInUseError(read_owner(book))
        self._since = dt.datetime.now().strftime("%d-%m-%Y %H.%M")
        self._note(user)

    def _note(self, user: str) -> None:
        try:
            self._write(user)
        except OSError:
            return  # informational only: the OS lock is what keeps other writers out

    def _write(self, user: str) -> None:
        assert self._handle is not None
        owner = {
            "user": user,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": self._since,
        }
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(json.dumps(owner).encode())
        self._handle.flush()

    def rename(self, user: str) -> None:
        """Show ``user`` as the owner (after sign-in, the lock was taken before it)."""
        if self._handle is not None:
            self._note(user)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the OS lock
            self._handle = None
