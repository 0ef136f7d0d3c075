"""Keeping books safe: automatic and manual backups, restore, integrity checks.

Composition over ``kopdesk.backups`` (files), ``kopdesk.db`` (opening) and the
services (settings, audit, dual control); the CLI and the windows call these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from kopdesk import anchors, backups
from kopdesk.db import Book, open_book
from kopdesk.domain import clock
from kopdesk.domain.chain import Anchor
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import StorageError
from kopdesk.services import approvals, audit, settings
from kopdesk.services.access import authorize
from kopdesk.services.checks import CheckReport, check_book


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


def list_book_backups(book: Book) -> list[backups.BackupInfo]:
    """This book's backups (other books' backups in the same folders are left out)."""
    with book.read() as session:
        from kopdesk.services.books import get_profile

        uid = get_profile(session).book_uid
    return [b for b in backups.list_backups(backup_folders(book)) if b.book_uid in ("", uid)]


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


def restore(book: Book, backup_file: Path, actor: Actor, approval: int | None) -> Path:
    """Replace the book with a checked backup (dual control). Returns the safety copy
    of the book as it was. The ``book`` is closed by this call; reopen it after.

    Raises ``StorageError`` for an unusable backup (before anything changes),
    ``ApprovalRequiredError`` without a second user's approval.
    """
    path = _sqlite_path(book)
    info = backups.check_backup(backup_file)
    with book.unit_of_work() as session:
        authorize(session, actor, Permission.BACKUP_RESTORE)
        from kopdesk.services.books import get_profile

        uid = get_profile(session).book_uid
        if info.book_uid and info.book_uid != uid:
            raise StorageError(
                f"Cadangan {backup_file.name} berasal dari buku koperasi lain; pilih cadangan "
                "buku ini."
            )
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
    held, book.lock = book.lock, None  # keep other writers out until the new book is in place
    book.close()
    try:
        backups.replace_book(path, backup_file)
        _mark_restored(path, uid)
        _record_restored(path, backup_file, actor, info=info, safety=safety, approver=approver)
    finally:
        if held is not None:
            held.release()
    return safety.path


def _mark_restored(path: Path, uid: str) -> None:
    """A restore line in the anchor files: the book is older again, on purpose."""
    heads = anchors.heads_of_file(path)
    if heads:
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
        from kopdesk.services.books import get_profile

        uid = get_profile(session).book_uid
    found, restored = anchors.read(anchors.files_of(path, folders), uid)
    return found + anchors.from_backup_notes(folders, uid, restored)
