"""Backups and restore of SQLite books (DESIGN.md §4, §9).

A backup is made with SQLite's online backup API while the book is open, so
it is always a consistent copy (never the ``.sqlite`` file alone, which
would miss the ``-wal``). Each backup is checked right after it is written
(``PRAGMA integrity_check``) and gets a small ``.json`` note beside it with
its reason, time, size, SHA-256 and the result of that check. Old backups
are rotated: the newest of each of the last N days, weeks and months stay.

Backups and notes are owner-only files (:mod:`kopdesk.storage.files`) in rollback-journal
mode: one file each, so the SHA-256 in the note covers all of it and reading
a backup leaves no ``-wal`` beside it. A backup about to be restored is first
copied byte for byte to a staging file (:func:`stage`) and every check runs on
that copy: the bytes checked are the bytes restored, and the file on the
flashdisk is never opened by SQLite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kopdesk.domain import clock
from kopdesk.errors import StorageError
from kopdesk.storage import anchors
from kopdesk.storage.files import (
    create_private_file,
    disk_full,
    make_private_folder,
    remove_quietly,
    write_private_bytes,
)

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
            return True, (str(row[0] or "") if row else "")
        finally:
            conn.close()
    except (sqlite3.Error, ValueError):  # ValueError: damaged text that is not UTF-8
        return False, ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def make_backup(book: Path, reason: str, folder: Path | None = None) -> BackupInfo:
    """Copy ``book`` with the online backup API into ``folder`` and check the copy.

    The file is ``<book>-<reason>-YYYYMMDD-HHMMSS.sqlite``. Without ``folder``
    it goes to :func:`backup_folder`, made (owner-only) if missing; a
    ``folder`` given (``kopdesk backup --to``, a flashdisk) must exist, so an
    unplugged drive is an error, not a new folder on the internal disk.
    Raises ``StorageError`` (Indonesian) when the copy cannot be written or
    fails its check; nothing half-written is left behind.
    """
    if folder is None:
        folder = backup_folder(book)
        try:
            make_private_folder(folder)
        except OSError as exc:
            raise StorageError(
                f"Folder cadangan {folder} tidak dapat dibuat ({exc.strerror})."
            ) from exc
    elif not folder.is_dir():
        raise StorageError(
            f"Folder tujuan cadangan {folder} tidak ditemukan (flashdisk belum dipasang?). "
            "Pasang flashdisk atau buat folder itu dulu, lalu ulangi; tidak ada yang dibuat."
        )
    now = clock.now()
    target = folder / f"{book.stem}-{reason}-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{book.stem}-{reason}-{now:%Y%m%d-%H%M%S}-{counter}{SUFFIX}"
    partial = target.with_suffix(".partial")
    remove_quietly(partial, *_side_files(partial))  # left by a backup cut off by a crash
    try:
        create_private_file(partial)
        _copy_database(book, partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        remove_quietly(partial, *_side_files(partial))
        raise _cannot_write(folder, exc) from exc
    ok, uid = _integrity(target)
    info = BackupInfo(target, now, reason, target.stat().st_size, ok, _sha256(target), uid)
    try:
        _write_note(info)
    except OSError as exc:
        remove_quietly(target, target.with_suffix(NOTE_SUFFIX))
        raise _cannot_write(folder, exc) from exc
    if not ok:
        raise StorageError(f"Cadangan {target.name} gagal diperiksa; buku mungkin rusak.")
    heads = anchors.heads_of_file(target)  # the chains' heads, anchored in the folder too
    if heads:
        anchors.append(
            [anchors.folder_file(book, folder)], uid=uid, event=anchors.BACKUP, heads=heads, at=now
        )
    return info


def _copy_database(book: Path, target: Path) -> None:
    """The online backup API, then rollback-journal mode: one self-contained file."""
    source = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def _cannot_write(folder: Path, exc: BaseException) -> StorageError:
    if disk_full(exc):
        return StorageError(
            f"Disk penuh: cadangan tidak dapat dibuat di {folder}. Kosongkan ruang disk lalu "
            "coba lagi."
        )
    return StorageError(
        f"Cadangan tidak dapat dibuat di {folder}: {exc}. Periksa ruang disk dan izin folder."
    )


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
    write_private_bytes(
        info.path.with_suffix(NOTE_SUFFIX), json.dumps(note, indent=1).encode("utf-8")
    )


def _read(path: Path, *, compare_hash: bool = False) -> BackupInfo | None:
    """A backup as its note describes it (notes of older kopdesk versions, without a
    SHA-256 or a book id, too). ``verified`` holds only while the file has the size
    and, with ``compare_hash``, the SHA-256 its note recorded."""
    note = path.with_suffix(NOTE_SUFFIX)
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        sha = str(data.get("sha256") or "")
        size = int(data["size"])
        verified = bool(data["verified"]) and path.stat().st_size == size
        if verified and compare_hash and sha:
            verified = current_sha256(path) == sha
        return BackupInfo(
            path,
            dt.datetime.fromisoformat(data["made_at"]),
            str(data["reason"]),
            size,
            verified,
            sha,
            str(data.get("book_uid") or ""),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        try:
            stat = path.stat()
        except OSError:
            return None
        made = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        return BackupInfo(path, made, "tanpa catatan", stat.st_size, False, "", "")


def noted_sha256(path: Path) -> str:
    """The SHA-256 the note beside a backup recorded ("" without a note or an old one)."""
    info = _read(path)
    return info.sha256 if info is not None else ""


_HASHES: dict[tuple[str, int, int, int], str] = {}


def current_sha256(path: Path) -> str:
    """The SHA-256 of ``path`` now, remembered while its size and times stay the same
    (so listing the backups again after a new one hashes only the new one).

    On Windows the times are the file's modification and creation times: a file
    changed in place with its modification time set back is not noticed until
    kopdesk starts again (restore always hashes the file afresh).
    """
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    if key not in _HASHES:
        _HASHES[key] = _sha256(path)
    return _HASHES[key]


def list_backups(folders: Iterable[Path], *, compare_hashes: bool = False) -> list[BackupInfo]:
    """Every backup in ``folders``, newest first; with ``compare_hashes`` a backup is
    ``verified`` only while its bytes still match the SHA-256 in its note."""
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [
                info
                for p in folder.glob(f"*{SUFFIX}")
                if (info := _read(p, compare_hash=compare_hashes)) is not None
            ]
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


STAGING_SUFFIX = ".pulih"


def staging_path(book: Path) -> Path:
    """Where a backup being restored is copied and checked: beside the book, so putting
    it in place is one rename on the same disk."""
    return book.with_name(book.name + STAGING_SUFFIX)


def stage(backup: Path, staging: Path) -> BackupInfo:
    """Copy ``backup`` byte for byte to ``staging`` (a new owner-only file) and check
    the copy: it has the SHA-256 the backup's note recorded (if the note has one),
    passes SQLite's integrity check, and is a kopdesk book with a book id.

    Nothing is written beside ``backup``. Raises ``StorageError`` saying what is
    wrong, and then ``staging`` is gone again.
    """
    if not backup.is_file():
        raise StorageError(f"Berkas cadangan {backup} tidak ditemukan.")
    wal = Path(f"{backup}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError(
            f"Berkas {backup.name} sedang dibuka program lain atau tidak ditutup dengan benar "
            "(ada berkas -wal berisi di sebelahnya). Buat cadangannya dengan 'kopdesk backup' "
            "lalu pulihkan dari cadangan itu."
        )
    noted = _read(backup)
    discard(staging)  # a staging copy left by a restore that was cut off
    try:
        digest = _copy_bytes(backup, staging)
        _check_staged(backup, staging, digest, noted.sha256 if noted else "")
        ok, uid = _integrity(staging)
        if not ok:
            raise StorageError(
                f"Berkas {backup.name} rusak atau bukan buku kopdesk; pilih cadangan lain."
            )
        if not uid:
            raise StorageError(
                f"Berkas {backup.name} tidak memuat identitas buku, jadi tidak dapat dipastikan "
                "sebagai cadangan buku ini; pilih cadangan lain."
            )
    except BaseException:
        discard(staging)
        raise
    made = noted.made_at if noted else clock.now()
    reason = noted.reason if noted else "tanpa catatan"
    return BackupInfo(backup, made, reason, staging.stat().st_size, True, digest, uid)


def _copy_bytes(source: Path, target: Path) -> str:
    """Copy ``source`` to a new owner-only ``target``; the SHA-256 of the bytes copied."""
    digest = hashlib.sha256()
    try:
        create_private_file(target)
        with source.open("rb") as reader, target.open("r+b") as writer:
            for chunk in iter(lambda: reader.read(1 << 20), b""):
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        if disk_full(exc):
            raise StorageError(
                f"Disk penuh: cadangan tidak dapat disalin ke {target.parent} untuk diperiksa. "
                "Kosongkan ruang disk lalu coba lagi; buku tidak berubah."
            ) from exc
        raise StorageError(
            f"Berkas {source.name} tidak dapat disalin ke {target.parent} untuk diperiksa "
            f"({exc.strerror}). Periksa bahwa berkas itu dapat dibaca dan folder itu dapat ditulis."
        ) from exc
    return digest.hexdigest()


def _check_staged(backup: Path, staging: Path, digest: str, recorded: str) -> None:
    if recorded and digest != recorded:
        raise StorageError(
            f"Cadangan {backup.name} telah berubah sejak dibuat: sidik jari SHA-256-nya tidak "
            "cocok dengan catatannya, jadi berkas itu rusak atau diubah. Pilih cadangan lain."
        )
    with staging.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StorageError(f"Berkas {backup.name} bukan cadangan buku kopdesk.")
    try:  # one file, nothing beside it, before anything else reads it
        conn = sqlite3.connect(staging)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except (sqlite3.Error, ValueError) as exc:
        raise StorageError(
            f"Berkas {backup.name} rusak atau bukan buku kopdesk; pilih cadangan lain."
        ) from exc


def discard(staging: Path) -> None:
    """Remove a staging copy and anything SQLite left beside it."""
    remove_quietly(staging, *_side_files(staging))


def check_backup(path: Path) -> BackupInfo:
    """Check a backup file (:func:`stage` on a temporary copy); ``StorageError`` if it
    is unusable. The hash chains and the book it belongs to are checked by
    :func:`kopdesk.app.maintenance.verify_backup`."""
    with tempfile.TemporaryDirectory(prefix="kopdesk-") as folder:
        return stage(path, Path(folder) / "cadangan.sqlite")


def install(book: Path, staged: Path) -> None:
    """Put a staged, checked copy in place of ``book`` (the book must be closed by
    everyone): one rename on the same disk, so a failure leaves the book as it was."""
    try:
        for side in _side_files(book)[:2]:
            side.unlink(missing_ok=True)
        staged.replace(book)
    except OSError as exc:
        raise StorageError(f"Pemulihan gagal; buku tetap seperti semula ({exc}).") from exc
