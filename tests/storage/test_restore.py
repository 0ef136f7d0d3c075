"""Restore checks everything about a backup before it touches the book (issue 14).

A backup from a newer kopdesk, a backup changed after it was made (its SHA-256
no longer matches its note, or its hash chains are broken), another
cooperative's book (even with its book id blanked) and a damaged file are
refused with one Indonesian message, and nothing is written: not the book, not
the approval, not a safety copy. The copy kept before a restore can itself be
restored, and a restore that fails halfway puts the book back.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app import maintenance
from kopdesk.app.auth import request_approval
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import StorageError
from kopdesk.services.ledger import journal
from kopdesk.storage import backups
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD, PostFn, make_book
from tests.filetree import tree
from tests.helpers import take_snapshot

MEMO = "Setoran modal Bu Ani"


def _numbers(path: Path) -> list[str]:
    opened = open_book(path)
    try:
        with opened.read() as s:
            return sorted(e.number for e in journal.entry_summaries(s, journal.entry_ids(s)))
    finally:
        opened.close()


def _grant(book: Book, ketua: Actor) -> int:
    return request_approval(book, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)


def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def _on_flashdisk(backup: Path, tmp_path: Path, name: str) -> Path:
    """A copy of ``backup`` without its note, as if brought on a flashdisk."""
    target = tmp_path / "flashdisk" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(backup, target)
    return target


def _change_memo(path: Path) -> None:
    """Change one letter of an entry's description in the file's bytes (no SQL)."""
    data = path.read_bytes()
    assert MEMO.encode() in data
    path.write_bytes(data.replace(MEMO.encode(), MEMO.replace("Ani", "Ana").encode()))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)  # SQLite sees nothing
    conn.close()


@pytest.fixture
def ketua(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.KETUA]


@pytest.fixture
def backup_then_more(book: Book, post: PostFn) -> Path:
    """A backup holding one entry; the book has a second one posted after it."""
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)], memo=MEMO)
    made = maintenance.backup_now(book).info.path
    post("2025-01-06", [("5205", 300), ("1101", -300)])
    return made


def _refused(book: Book, book_path: Path, ketua: Actor, candidate: Path, match: str) -> None:
    """Restoring ``candidate`` is refused with ``match`` and writes nothing anywhere."""
    grant = _grant(book, ketua)
    rows = take_snapshot(book)
    files = tree(book_path.parent)
    with pytest.raises(StorageError, match=match):
        maintenance.restore(book, candidate, ketua, grant)
    assert take_snapshot(book) == rows  # the book, and the approval is still unused
    assert tree(book_path.parent) == files  # no safety copy, no staging file left
    assert _numbers(book_path) == ["JU-2025-000001", "JU-2025-000002"]


def test_a_backup_from_a_newer_kopdesk_is_refused_before_the_book_is_touched(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path, tmp_path: Path
) -> None:
    newer = _on_flashdisk(backup_then_more, tmp_path, "buku-versi-baru.sqlite")
    _sql(newer, "UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    _refused(book, book_path, ketua, newer, "versi yang lebih baru")


def test_the_copy_kept_before_a_restore_can_itself_be_restored(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path
) -> None:
    safety = maintenance.restore(book, backup_then_more, ketua, _grant(book, ketua))
    assert _numbers(book_path) == ["JU-2025-000001"]
    again = open_book(book_path)
    try:
        maintenance.restore(again, safety, ketua, _grant(again, ketua))
    finally:
        again.close()
    assert _numbers(book_path) == ["JU-2025-000001", "JU-2025-000002"]


def test_a_restore_that_fails_after_the_swap_puts_the_book_back(
    book: Book,
    book_path: Path,
    ketua: Actor,
    backup_then_more: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def cannot_open(*_args: object, **_kwargs: object) -> Book:
        raise StorageError("Disk penuh. Kosongkan ruang disk lalu coba lagi.")

    grant = _grant(book, ketua)
    monkeypatch.setattr(maintenance, "open_book", cannot_open)
    with pytest.raises(StorageError, match="dikembalikan seperti sebelum pemulihan"):
        maintenance.restore(book, backup_then_more, ketua, grant)
    monkeypatch.undo()
    assert _numbers(book_path) == ["JU-2025-000001", "JU-2025-000002"]
    assert not book_path.with_name(book_path.name + ".pulih").exists()


def test_a_backup_changed_after_it_was_made_fails_its_recorded_sha256(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path
) -> None:
    _change_memo(backup_then_more)
    listed = {b.path: b.verified for b in maintenance.list_book_backups(book)}
    assert listed[backup_then_more] is False  # not "terperiksa" any more
    _refused(book, book_path, ketua, backup_then_more, "SHA-256")


def test_a_changed_backup_without_its_note_fails_the_hash_chains(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path, tmp_path: Path
) -> None:
    changed = _on_flashdisk(backup_then_more, tmp_path, "salinan.sqlite")
    _change_memo(changed)
    _refused(book, book_path, ketua, changed, "JU-2025-000001 telah diubah di luar kopdesk")


def test_another_cooperatives_backup_with_its_book_id_blanked_is_refused(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path, tmp_path: Path
) -> None:
    other = tmp_path / "lain" / "buku-lain.sqlite"
    other.parent.mkdir()
    make_book(other)
    _sql(other, "UPDATE cooperative_profile SET book_uid = ''")
    _refused(book, book_path, ketua, other, "identitas buku")


def test_an_old_note_without_a_sha256_is_listed_and_restorable(
    book: Book, book_path: Path, ketua: Actor, backup_then_more: Path
) -> None:
    note = backup_then_more.with_suffix(".json")
    data = json.loads(note.read_text(encoding="utf-8"))
    del data["sha256"], data["book_uid"]
    note.write_text(json.dumps(data), encoding="utf-8")
    [listed] = [b for b in maintenance.list_book_backups(book) if b.path == backup_then_more]
    assert (listed.reason, listed.verified) == ("manual", True)
    maintenance.restore(book, backup_then_more, ketua, _grant(book, ketua))
    assert _numbers(book_path) == ["JU-2025-000001"]


def test_randomly_damaged_backups_are_refused_with_a_message(
    book: Book, post: PostFn, tmp_path: Path
) -> None:
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)], memo=MEMO)
    good = maintenance.backup_now(book).info.path.read_bytes()
    for seed in range(60):
        rnd = random.Random(seed)
        data = bytearray(good)
        for _ in range(200):
            data[rnd.randrange(100, len(data))] ^= 1 << rnd.randrange(8)
        damaged = tmp_path / f"rusak-{seed}.sqlite"
        damaged.write_bytes(bytes(data))
        with pytest.raises(StorageError, match="rusak"):
            backups.check_backup(damaged)
