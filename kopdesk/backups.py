"""Backups and restore of SQLite books (DESIGN.md §4, §9).

A backup is made with SQLite's online backup API while the book is open, so
it is always a consistent copy (never the ``.sqlite`` file alone, which
would miss the ``-wal``). Each backup is checked right after it is written
(``PRAGMA integrity_check``) and gets a small ``.json`` note beside it with
its reason, time, size, SHA-256 and the result of that check. Old backups
are rotated: the newest of each of the last N days, weeks and months stay.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kopdesk import anchors
from kopdesk.domain import clock
from kopdesk.errors import StorageError

SUFFIX = ".sqlite"
NOTE_SUFFIX = ".json"


@dataclass(frozen=True)
class Retention:
    """How many backups to keep: the newest one of each of the last N days/weeks/months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    risky: int = 10
    """Backups made before a risky operation (migration, restore, import...)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str
    size: int
    verified: bool
    """The copy passed SQLite's integrity check when it was made."""
    sha256: str
    book_uid: str


def backup_folder(book: Path) -> Path:
    return book.parent / "cadangan"


def _integrity(path: Path) -> tuple[bool, str]:
    """(ok, book uid) of an SQLite file: integrity check passes and it is a kopdesk book."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                return False, ""
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "cooperative_profile" not in tables:
                return False, ""
            row = conn.execute("SELECT book_uid FROM cooperative_profile WHERE id = 1").fetchone()
            return True, (row[0] if row else "")
        finally:
            conn.close()
    except sqlite3.Error:
        return False, ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def make_backup(book: Path, reason: str, folder: Path | None = None) -> BackupInfo:
    """Copy ``book`` with the online backup API into ``folder`` and check the copy.

    The file is ``<book>-<reason>-YYYYMMDD-HHMMSS.sqlite``. Raises
    ``StorageError`` (Indonesian) when the copy cannot be written or fails its check.
    """
    folder = folder or backup_folder(book)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Folder cadangan {folder} tidak dapat dibuat ({exc.strerror})."
        ) from exc
    now = clock.now()
    target = folder / f"{book.stem}-{reason}-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{book.stem}-{reason}-{now:%Y%m%d-%H%M%S}-{counter}{SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Cadangan tidak dapat dibuat di {folder}: {exc}. Periksa ruang disk dan izin folder."
        ) from exc
    ok, uid = _integrity(target)
    info = BackupInfo(target, now, reason, target.stat().st_size, ok, _sha256(target), uid)
    _write_note(info)
    if not ok:
        raise StorageError(f"Cadangan {target.name} gagal diperiksa; buku mungkin rusak.")
    heads = anchors.heads_of_file(target)  # the chains' heads, anchored in the folder too
    if heads:
        anchors.append(
            [anchors.folder_file(book, folder)], uid=uid, event=anchors.BACKUP, heads=heads, at=now
        )
    return info


def _write_note(info: BackupInfo) -> None:
    note = {
        "made_at": info.made_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "verified": info.verified,
        "sha256": info.sha256,
        "book_uid": info.book_uid,
        "chain_heads": anchors.heads_json(anchors.heads_of_file(info.path) or ()),
    }
    info.path.with_suffix(NOTE_SUFFIX).write_text(json.dumps(note, indent=1), encoding="utf-8")


def _read(path: Path) -> BackupInfo | None:
    note = path.with_suffix(NOTE_SUFFIX)
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        return BackupInfo(
            path,
            dt.datetime.fromisoformat(data["made_at"]),
            str(data["reason"]),
            int(data["size"]),
            bool(data["verified"]) and path.stat().st_size == int(data["size"]),
            str(data["sha256"]),
            str(data.get("book_uid", "")),
        )
    except (OSError, ValueError, KeyError):
        try:
            stat = path.stat()
        except OSError:
            return None
        made = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        return BackupInfo(path, made, "tanpa catatan", stat.st_size, False, "", "")


def list_backups(folders: Iterable[Path]) -> list[BackupInfo]:
    """Every backup in ``folders``, newest first."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [info for p in folder.glob(f"*{SUFFIX}") if (info := _read(p)) is not None]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def rotate(folder: Path, retention: Retention, *, today: dt.date | None = None) -> list[Path]:
    """Delete backups beyond ``retention``; returns the deleted files.

    Every backup made today stays (a treasurer's manual backups of the day are
    not thinned out); older ones keep the newest per day, week and month.
    """
    today = today or clock.today()
    backups = list_backups([folder])
    keep: set[Path] = {b.path for b in backups if b.made_at.date() >= today}
    risky = [b for b in backups if b.reason.startswith("pra-")]
    keep.update(b.path for b in risky[: retention.risky])
    routine = [b for b in backups if not b.reason.startswith("pra-")]
    for count, key in (
        (retention.daily, lambda b: b.made_at.date()),
        (retention.weekly, lambda b: b.made_at.isocalendar()[:2]),
        (retention.monthly, lambda b: (b.made_at.year, b.made_at.month)),
    ):
        seen: list[object] = []
        for b in routine:
            k = key(b)
            if k not in seen:
                seen.append(k)
                if len(seen) <= count:
                    keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            b.path.with_suffix(NOTE_SUFFIX).unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def copy_to(info: BackupInfo, folder: Path) -> Path:
    """Copy a backup (and its note) to a second place, e.g. a USB drive folder."""
    if not folder.is_dir():
        raise StorageError(
            f"Folder cadangan kedua {folder} tidak ditemukan (flashdisk belum dipasang?). "
            "Cadangan tetap tersimpan di folder utama."
        )
    try:
        target = folder / info.path.name
        shutil.copy2(info.path, target)
        shutil.copy2(info.path.with_suffix(NOTE_SUFFIX), target.with_suffix(NOTE_SUFFIX))
    except OSError as exc:
        raise StorageError(f"Cadangan tidak dapat disalin ke {folder} ({exc.strerror}).") from exc
    return target


def check_backup(path: Path) -> BackupInfo:
    """Check a backup file before restoring it; ``StorageError`` if it is unusable."""
    if not path.is_file():
        raise StorageError(f"Berkas cadangan {path} tidak ditemukan.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StorageError(f"Berkas {path.name} bukan cadangan buku kopdesk.")
    ok, uid = _integrity(path)
    if not ok:
        raise StorageError(
            f"Berkas {path.name} rusak atau bukan buku kopdesk; pilih cadangan lain."
        )
    info = _read(path)
    made = info.made_at if info else clock.now()
    reason = info.reason if info else "tanpa catatan"
    return BackupInfo(path, made, reason, path.stat().st_size, True, _sha256(path), uid)


def replace_book(book: Path, backup: Path) -> None:
    """Put a checked backup in place of ``book`` (the book must be closed by everyone).

    Writes the copy beside the book first and renames it over, so a failure
    leaves the current book as it was.
    """
    staging = book.with_name(book.name + ".pulih")
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(staging)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = WAL")
            finally:
                dest.close()
        finally:
            source.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        staging.replace(book)
    except (sqlite3.Error, OSError) as exc:
        staging.unlink(missing_ok=True)
        raise StorageError(f"Pemulihan gagal; buku tetap seperti semula ({exc}).") from exc
