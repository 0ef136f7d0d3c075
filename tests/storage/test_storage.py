"""Storage faults and the single writer: each fault is a clear StorageError and
nothing is half-written."""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

import kopdesk.storage.db
from kopdesk.domain.permissions import Actor
from kopdesk.errors import StorageError
from kopdesk.services.ledger import journal
from kopdesk.storage.db import Book, network_filesystem, new_book, open_book, open_read_only
from kopdesk.storage.locking import BookInUseError, WriterLock, lock_path, read_owner
from tests.helpers import take_snapshot

ENTRY = journal.EntryInput(
    dt.date(2025, 3, 1),
    "Setoran",
    [journal.LineInput("1101", 1_000), journal.LineInput("3202", -1_000)],
)


def test_a_second_writer_is_told_who_has_the_book(book_path: Path) -> None:
    first = open_book(book_path, writer="bendahara")
    try:
        with pytest.raises(BookInUseError) as caught:
            open_book(book_path, writer="kasir")
        assert caught.value.owner is not None
        assert caught.value.owner.user == "bendahara"
        assert "bendahara di komputer" in caught.value.message
        assert "hanya-baca" in caught.value.message
        reader = open_read_only(book_path, caught.value.message)
        with reader.read() as s:
            assert journal.entry_ids(s) == []
        with pytest.raises(StorageError, match="hanya-baca"), reader.unit_of_work():
            pass
        reader.close()
    finally:
        first.close()
    again = open_book(book_path, writer="kasir")  # released on close
    again.close()


def test_a_stale_lock_after_a_crash_is_taken_over(book_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, time
        from kopdesk.storage.db import open_book
        book = open_book({str(book_path)!r}, writer="kasir")
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(BookInUseError):
            open_book(book_path, writer="bendahara")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert read_owner(book_path) is not None  # the dead process's note is still there
    book = open_book(book_path, writer="bendahara")  # but the OS released its lock
    owner = read_owner(book_path)
    assert owner is not None
    assert owner.user == "bendahara"
    book.close()


def test_disk_full_is_a_storage_error_and_nothing_is_written(
    book: Book, book_path: Path, bendahara: Actor
) -> None:
    before = take_snapshot(book)
    conn = sqlite3.connect(book_path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(book.engine, "connect", _limit)

    book.engine.dispose()
    many = journal.EntryInput(
        ENTRY.date,
        "Setoran " + "x" * 400,
        [journal.LineInput("1101", 1_000, "catatan " * 50), journal.LineInput("3202", -1_000)],
    )

    def post_many() -> None:
        with book.unit_of_work() as s:
            for _ in range(200):
                journal.post_entry(s, many, actor=bendahara)

    with pytest.raises(StorageError, match="Disk penuh"):
        post_many()
    book.engine.dispose()
    event.remove(book.engine, "connect", _limit)
    assert take_snapshot(book) == before


def test_a_locked_book_is_a_storage_error(
    book: Book, book_path: Path, bendahara: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kopdesk.storage.db, "BUSY_TIMEOUT_MS", 200)
    book.engine.dispose()
    holder = sqlite3.connect(book_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="sedang dipakai"), book.unit_of_work() as s:
            journal.post_entry(s, ENTRY, actor=bendahara)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_database_is_a_storage_error(book_path: Path, bendahara: Actor) -> None:
    engine = create_engine(f"sqlite:///file:{book_path}?mode=ro&uri=true")
    with (
        pytest.raises(StorageError, match="hanya-baca"),
        kopdesk.storage.db._storage_errors(),
        engine.begin() as conn,
    ):
        conn.exec_driver_sql("UPDATE setting SET value = 'x'")
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "buku.sqlite"
    path.write_bytes(b"PK\x03\x04 ini berkas zip\n" * 20)
    with pytest.raises(StorageError, match="bukan buku kopdesk"):
        open_book(path)


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/koperasi /mnt/kantor nfs4 rw,relatime 0 0
//nas/data /media/nas cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/kantor/buku.sqlite", "nfs4"),
        ("/media/nas/koperasi/buku.sqlite", "cifs"),
        ("/home/bendahara/buku.sqlite", None),
        ("/mnt/kantorlain/buku.sqlite", None),
    ],
)
def test_network_shares_are_recognised(path: str, kind: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == kind


def test_a_book_on_a_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kopdesk.storage.db, "network_filesystem", lambda _p, _m: "cifs")
    with pytest.raises(StorageError, match="PostgreSQL"):
        open_book(tmp_path / "buku.sqlite", create=True)
    assert not (tmp_path / "buku.sqlite").exists()


def test_the_lock_owner_can_be_renamed_after_sign_in(book_path: Path) -> None:
    book = open_book(book_path, writer="komputer-kantor")
    try:
        assert book.lock is not None
        book.lock.rename("bendahara")
        owner = read_owner(book_path)
        assert owner is not None
        assert owner.user == "bendahara"
        with pytest.raises(BookInUseError, match="bendahara di komputer"):
            open_book(book_path, writer="kasir")
    finally:
        book.close()


def _no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_lock_note_that_cannot_be_written_on_a_full_disk_still_locks(
    book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not lock_path(book_path).exists()
    monkeypatch.setattr(WriterLock, "_write", _no_space)
    book = open_book(book_path, writer="bendahara")
    try:
        assert book.lock is not None
        book.lock.rename("bendahara")  # after sign-in: still no note, still no crash
        monkeypatch.undo()
        with pytest.raises(BookInUseError, match="program kopdesk lain"):
            open_book(book_path, writer="kasir")
    finally:
        book.close()


def test_a_lock_file_that_cannot_be_created_on_a_full_disk_is_a_storage_error(
    book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open
    lock = str(lock_path(book_path))

    def full_for_the_lock(path: str, *args: int) -> int:
        if str(path) == lock:
            _no_space()
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", full_for_the_lock)
    with pytest.raises(StorageError, match="Disk penuh"):
        open_book(book_path, writer="bendahara")
    monkeypatch.undo()
    assert not lock_path(book_path).exists()


@contextmanager
def disk_full_for_new_files() -> Iterator[None]:
    """SQLite reports 'database or disk is full' as soon as a new book needs a second page."""

    def one_page(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    event.listen(Engine, "connect", one_page)
    try:
        yield
    finally:
        event.remove(Engine, "connect", one_page)


def test_a_new_book_on_a_full_disk_leaves_nothing_and_can_be_made_again(tmp_path: Path) -> None:
    path = tmp_path / "buku.sqlite"
    with disk_full_for_new_files(), pytest.raises(StorageError, match="Disk penuh"):
        new_book(path, "buku baru", lambda s: None)
    assert sorted(tmp_path.iterdir()) == []
    new_book(path, "buku baru", lambda s: None)  # space freed: the retry works
    assert path.stat().st_size > 0
