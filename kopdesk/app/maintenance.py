"""Keeping books safe: automatic and manual backups, restore, integrity checks.

Composition over ``kopdesk.storage.backups`` (files), ``kopdesk.storage.db`` (opening) and the
services (settings, audit, dual control); the CLI and the windows call these.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kopdesk.domain import clock
from kopdesk.domain.chain import Anchor
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import KopdeskError, StorageError
from kopdesk.services.base import approvals, audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.supervision.checks import CheckReport, check_book
from kopdesk.services.supervision.integrity import verify_books_unchecked
from kopdesk.storage import anchors, backups
from kopdesk.storage.db import Book, open_book, open_read_only, upgrade_copy

ON_CLOSING = "tutup"
"""The reason of the backup made when kopdesk closes (kept in the backup's name)."""


@dataclass(frozen=True)
class BackupResult:
    info: backups.BackupInfo
    copied_to: Path | None = None
    warnings: tuple[str, ...] = field(default=())
    removed: int = 0


def _sqlite_path(book: Book) -> Path:
    path = book.path
    if path is None:
        raise StorageError(
            "Buku PostgreSQL dicadangkan oleh server basis data (pg_dump), bukan oleh kopdesk."
        )
    return path


def backup_now(book: Book, reason: str = "manual") -> BackupResult:
    """Back up an open SQLite book, rotate old backups, copy to the second folder."""
    path = _sqlite_path(book)
    with book.read() as session:
        keep = backups.Retention(
            daily=settings.get_int(session, settings.BACKUP_DAILY),
            weekly=settings.get_int(session, settings.BACKUP_WEEKLY),
            monthly=settings.get_int(session, settings.BACKUP_MONTHLY),
        )
        second = settings.get_text(session, settings.BACKUP_SECOND_FOLDER).strip()
    info = backups.make_backup(path, reason)
    removed = backups.rotate(backups.backup_folder(path), keep)
    warnings: list[str] = []
    copied = None
    if second:
        try:
            copied = backups.copy_to(info, Path(second))
            backups.rotate(Path(second), keep)
        except StorageError as exc:
            warnings.append(exc.message)
    return BackupResult(info, copied, tuple(warnings), len(removed))


def backup_folders(book: Book) -> list[Path]:
    """Where this book's backups are: beside the book and the second folder."""
    path = _sqlite_path(book)
    folders = [backups.backup_folder(path)]
    with book.read() as session:
        second = settings.get_text(session, settings.BACKUP_SECOND_FOLDER).strip()
    if second:
        folders.append(Path(second))
    return folders


def list_book_backups(book: Book, *, compare_hashes: bool = True) -> list[backups.BackupInfo]:
    """This book's backups (other books' backups in the same folders are left out);
    a backup whose bytes no longer match the SHA-256 in its note is not ``verified``.

    ``compare_hashes=False`` skips reading every backup (seconds for a big book's
    backups): ``verified`` then only means checked when made and the same size."""
    with book.read() as session:
        uid = get_profile(session).book_uid
    found = backups.list_backups(backup_folders(book), compare_hashes=compare_hashes)
    return [b for b in found if b.book_uid in ("", uid)]


def daily_backup_if_due(book: Book, today: dt.date | None = None) -> BackupResult | None:
    """The day's first opening makes a daily backup."""
    if book.path is None or book.read_only:
        return None
    today = today or clock.today()
    if any(b.made_at.date() == today for b in backups.list_backups(backup_folders(book))):
        return None
    return backup_now(book, "harian")


def before_risky(book: Book, what: str) -> BackupResult | None:
    """A backup just before a risky operation (import, restore, year-end close...)."""
    if book.path is None:
        return None
    return backup_now(book, f"pra-{what}")


def verify_backup(
    backup_file: Path, book_uid: str, *, staging: Path | None = None
) -> backups.BackupInfo:
    """Check everything about a backup that must hold before it may replace the book
    with id ``book_uid``; nothing is written to the book or beside the backup.

    The backup is copied to ``staging`` (default: a temporary file, removed after)
    and every check runs on that copy (:func:`kopdesk.storage.backups.stage`): its
    SHA-256 matches its note, SQLite's integrity check passes, it is a kopdesk
    book of this cooperative, its schema is one this kopdesk knows (an older
    one is upgraded on the copy) and its journal and audit hash chains are
    intact (what ``kopdesk verify-books`` checks). With ``staging`` given, the
    checked copy stays there, ready to be put in place; on a refusal it is gone.
    Raises ``StorageError`` with one Indonesian message saying what is wrong.
    """
    if staging is None:
        with tempfile.TemporaryDirectory(prefix="kopdesk-") as folder:
            return verify_backup(backup_file, book_uid, staging=Path(folder) / "cadangan.sqlite")
    info = backups.stage(backup_file, staging)
    try:
        if info.book_uid != book_uid:
            raise StorageError(
                f"Cadangan {backup_file.name} berasal dari buku koperasi lain; pilih cadangan "
                "buku ini."
            )
        try:
            upgrade_copy(staging)
        except StorageError as exc:
            name = backup_file.name
            raise StorageError(f"Cadangan {name} tidak dapat dipulihkan: {exc}") from exc
        except UNREADABLE as exc:
            raise _damaged(backup_file) from exc
        _verify_chains(backup_file, staging)
    except BaseException:
        backups.discard(staging)
        raise
    return info


UNREADABLE = (DBAPIError, ValueError, TypeError, OverflowError)
"""What reading a damaged value SQLite's own check cannot see raises (text that is
not UTF-8, a date that is not a date): the backup is damaged, not kopdesk."""


def _damaged(backup_file: Path) -> StorageError:
    return StorageError(
        f"Cadangan {backup_file.name} rusak atau bukan buku kopdesk; pilih cadangan lain."
    )


def verify_backup_of(book: Book, backup_file: Path) -> backups.BackupInfo:
    """:func:`verify_backup` against ``book`` (read only; nobody needs to sign in)."""
    _sqlite_path(book)  # a PostgreSQL book is restored by its server, not by kopdesk
    with book.read() as session:
        uid = get_profile(session).book_uid
    return verify_backup(backup_file, uid)


def _verify_chains(backup_file: Path, staged: Path) -> None:
    """``StorageError`` naming the first record changed outside kopdesk in the copy."""
    copy = open_read_only(staged, "cadangan yang diperiksa")
    try:
        with copy.read() as session:
            result = verify_books_unchecked(session)
    except (StorageError, *UNREADABLE) as exc:
        raise _damaged(backup_file) from exc
    finally:
        copy.close()
    if not result.ok:
        raise StorageError(
            f"Cadangan {backup_file.name} tidak utuh: {result.problems[0].message} "
            "Pilih cadangan lain."
        )


def restore(book: Book, backup_file: Path, actor: Actor, approval: int | None) -> Path:
    """Replace the book with a checked backup (dual control). Returns the safety copy
    of the book as it was. The ``book`` is closed by this call; reopen it after.

    Raises ``StorageError`` for a backup that fails :func:`verify_backup` and
    ``ApprovalRequiredError`` without a second user's approval, both before
    anything is written. Should the restored book then fail to open, the
    safety copy is put back and ``StorageError`` says so.
    """
    path = _sqlite_path(book)
    with book.read() as session:
        authorize(session, actor, Permission.BACKUP_RESTORE)
        if approval is None:  # ask for the approval before the long check
            approvals.consume(session, actor, None, Permission.BACKUP_RESTORE, backup_file.name)
        uid = get_profile(session).book_uid
    staged = backups.staging_path(path)
    info = verify_backup(backup_file, uid, staging=staged)
    try:
        with book.unit_of_work() as session:
            authorize(session, actor, Permission.BACKUP_RESTORE)
            approver = approvals.consume(
                session, actor, approval, Permission.BACKUP_RESTORE, backup_file.name
            )
            audit.record(
                session,
                actor,
                "backup.restore",
                backup_file.name[:100],
                after={"cadangan": backup_file.name, "disetujui_oleh": approver},
            )
        safety = backups.make_backup(path, "pra-pulih")
        held, book.lock = book.lock, None  # keep other writers out until the new book is in
        book.close()
        try:
            backups.install(path, staged)
            _record_or_put_back(
                path, backup_file, actor, info=info, safety=safety, approver=approver
            )
        finally:
            if held is not None:
                held.release()
    finally:
        backups.discard(staged)
    return safety.path


def _record_or_put_back(
    path: Path,
    backup_file: Path,
    actor: Actor,
    *,
    info: backups.BackupInfo,
    safety: backups.BackupInfo,
    approver: str,
) -> None:
    """Record the restore in the restored book; if it cannot be opened, put the book
    as it was (the safety copy) back."""
    try:
        _record_restored(path, backup_file, actor, info=info, safety=safety, approver=approver)
    except KopdeskError as exc:
        staged = backups.staging_path(path)
        backups.stage(safety.path, staged)
        backups.install(path, staged)
        _mark_restored(path, info.book_uid)  # the book as it was, on purpose again
        raise StorageError(
            f"Pemulihan gagal: {exc.message} Buku dikembalikan seperti sebelum pemulihan."
        ) from exc


def _mark_restored(path: Path, uid: str) -> None:
    """A restore line in the anchor files: the book is older again, on purpose, so the
    anchors of the history it replaced are not held against it."""
    heads = anchors.heads_of_file(path)
    if heads and uid:
        anchors.append(
            anchors.files_of(path, [backups.backup_folder(path)]),
            uid=uid,
            event=anchors.RESTORE,
            heads=heads,
            at=clock.now(),
        )


def _record_restored(
    path: Path,
    backup_file: Path,
    actor: Actor,
    *,
    info: backups.BackupInfo,
    safety: backups.BackupInfo,
    approver: str,
) -> None:
    restored = open_book(path)
    try:
        _mark_restored(path, info.book_uid)
        with restored.unit_of_work() as session:
            audit.record(
                session,
                actor,
                "backup.restored",
                backup_file.name[:100],
                after={
                    "dari": backup_file.name,
                    "dibuat": info.made_at,
                    "cadangan_sebelumnya": safety.path.name,
                    "disetujui_oleh": approver,
                },
            )
    finally:
        restored.close()


def check(book: Book, *, full: bool = True) -> CheckReport:
    """The integrity check of an open book (the full one against its anchors)."""
    found = book_anchors(book) if full else []
    with book.read() as session:
        return check_book(session, full=full, anchors=found)


def book_anchors(book: Book) -> list[Anchor]:
    """The chains' heads recorded outside the book: the anchor file beside it and in
    its backup folders, and its backups' notes (none for a PostgreSQL book)."""
    path = book.path
    if path is None:
        return []
    folders = backup_folders(book)
    with book.read() as session:
        uid = get_profile(session).book_uid
    found, restored = anchors.read(anchors.files_of(path, folders), uid)
    return found + anchors.from_backup_notes(folders, uid, restored)
