"""Anchors: the hash chains' heads kept outside the book, so a cut tail shows.

Someone who deletes the last records of a book and sets its chains' heads back
leaves a book that agrees with itself. What it cannot agree with is a copy of the
heads kept elsewhere: after every commit kopdesk appends the heads of the journal,
audit and seal chains to an append-only file beside the book (``<book>.jangkar``,
owner-only like the book) and to one in its backup folder; every backup's note
carries the heads of that copy; every printed paper carries them too (its metadata and
QR code). ``verify-books`` compares the book with all of them
(``services/integrity.py``).

A restore legitimately takes a book back to an older state, so it appends a
*restore* line: the anchors written before it describe the history that was
replaced (kept in the safety copy), and are not compared any more.

Lines are JSON: ``{"v": 1, "uid": ..., "at": ..., "event": ..., "heads": {...}}``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from kopdesk.domain.chain import CHAINS, Anchor, ChainHead
from kopdesk.storage.files import BINARY, FILE_MODE, make_private_folder

SUFFIX = ".jangkar"
COMMIT, BACKUP, RESTORE = "tulis", "cadangan", "pulih"


def book_file(book: Path) -> Path:
    """The anchor file beside the book: ``buku.sqlite.jangkar``."""
    return book.with_name(book.name + SUFFIX)


def folder_file(book: Path, folder: Path) -> Path:
    """The book's anchor file in a backup folder."""
    return folder / (book.name + SUFFIX)


def files_of(book: Path, folders: Iterable[Path]) -> list[Path]:
    """Beside the book, then in each backup folder."""
    return [book_file(book), *(folder_file(book, f) for f in folders)]


def heads_json(heads: Sequence[ChainHead]) -> dict[str, list[object]]:
    return {h.chain: [h.length, h.hash] for h in heads}


def append(
    paths: Iterable[Path], *, uid: str, event: str, heads: Sequence[ChainHead], at: dt.datetime
) -> None:
    """Append one line to each file. Best effort: the book has already committed,
    and a folder that cannot be written (a removed drive) must not undo that."""
    line = json.dumps(
        {
            "v": 1,
            "uid": uid,
            "at": at.isoformat(sep=" "),
            "event": event,
            "heads": heads_json(heads),
        },
        separators=(",", ":"),
    )
    data = (line + "\n").encode()
    for path in paths:
        try:
            make_private_folder(path.parent)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | BINARY, FILE_MODE)
            try:
                os.write(fd, data)  # one write of one line: appends never interleave
            finally:
                os.close(fd)
        except OSError:
            continue


def heads_of_file(path: Path) -> tuple[ChainHead, ...] | None:
    """The chains' heads in an SQLite book or backup file (None if it has none)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT name, last_seq, last_hash FROM chain_state").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    found = {str(name): (int(seq), str(h)) for name, seq, h in rows}
    return tuple(ChainHead(c, *found[c]) for c in CHAINS if c in found)


def _heads(data: object) -> tuple[ChainHead, ...]:
    if not isinstance(data, dict):
        return ()
    return tuple(
        ChainHead(c, int(data[c][0]), str(data[c][1]))
        for c in CHAINS
        if isinstance(data.get(c), list) and len(data[c]) == 2
    )


def read(paths: Iterable[Path], uid: str) -> tuple[list[Anchor], dt.datetime | None]:
    """The anchors in the files for book ``uid`` written since each file's last
    restore line, and the time of the latest restore line found (None: none)."""
    anchors: list[Anchor] = []
    restored: dt.datetime | None = None
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        found: list[Anchor] = []
        for number, text in enumerate(lines, start=1):
            try:
                data = json.loads(text)
                if data.get("uid") != uid:
                    continue
                at = dt.datetime.fromisoformat(str(data["at"]))
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            if data.get("event") == RESTORE:
                found = []
                restored = at if restored is None else max(restored, at)
            found.append(
                Anchor(f"berkas jangkar {path} baris {number}", at, _heads(data.get("heads")))
            )
        anchors += found
    return anchors, restored


def from_backup_notes(folders: Iterable[Path], uid: str, after: dt.datetime | None) -> list[Anchor]:
    """The heads recorded in the notes of this book's backups (made after ``after``)."""
    anchors = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for note in sorted(folder.glob("*.json")):
            try:
                data = json.loads(note.read_text(encoding="utf-8"))
                made = dt.datetime.fromisoformat(str(data["made_at"]))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
            if data.get("book_uid") != uid or "chain_heads" not in data:
                continue
            if after is not None and made <= after:
                continue
            heads = _heads(data["chain_heads"])
            if heads:
                anchors.append(Anchor(f"catatan cadangan {note.stem}", made, heads))
    return anchors
