"""The head revision a current book is compared with, without loading Alembic,
is the head Alembic reads from the shipped migration scripts; and opening a
current book does not load Alembic at all."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kopdesk.errors import StorageError
from kopdesk.storage import db


def test_the_constant_head_is_alembics_head() -> None:
    assert db.head_revision() == db.HEAD_REVISION


def test_the_constant_head_is_the_newest_script_by_its_own_revision_line() -> None:
    """Read the scripts without Alembic too: the one no other script revises."""
    revised: set[str] = set()
    revisions: set[str] = set()
    for script in (db.MIGRATIONS_DIR / "versions").glob("[0-9]*.py"):
        for line in script.read_text(encoding="utf-8").splitlines():
            key, _eq, value = line.partition(" = ")
            if key in {"revision", "down_revision"} and value.startswith('"'):
                (revisions if key == "revision" else revised).add(value.strip('"'))
    assert revisions - revised == {db.HEAD_REVISION}


def test_a_current_book_opens_without_loading_alembic(book_path: Path) -> None:
    code = (
        "import sys\n"
        "from kopdesk.storage.db import open_book\n"
        f"open_book({str(book_path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_a_book_with_an_unknown_revision_is_still_refused_as_newer(tmp_path: Path) -> None:
    """Only the head skips Alembic: any other stamp is looked up in the scripts."""
    path = tmp_path / "baru.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="versi yang lebih baru"):
        db.open_book(path)
