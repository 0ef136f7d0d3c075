"""Crash safety: a writer is killed with SIGKILL at random moments while it
posts a long batch (or imports members); after each kill the book passes the
integrity check and holds the batch wholly or not at all."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kopdesk.app.maintenance import check
from kopdesk.models import JournalEntry, Member
from kopdesk.storage.db import open_book
from tests.crash_writer import ENTRIES

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
IMPORT_KILLS = 20
IMPORT_ROWS = 800

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is POSIX; Windows has no equivalent signal"
)


def start(mode: str, book: Path, batch: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", mode, str(book), str(batch)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def finish(proc: subprocess.Popen[str]) -> bool:
    """Wait for the writer; True when it said it committed."""
    out, _ = proc.communicate(timeout=120)
    return "done" in out


def timed_run(mode: str, book: Path, batch: int) -> float:
    """How long the batch itself takes, from ``ready`` to the end."""
    proc = start(mode, book, batch)
    t0 = time.perf_counter()
    assert finish(proc)
    return time.perf_counter() - t0


def kill_at_random(mode: str, book: Path, batch: int, window: float, rng: random.Random) -> bool:
    proc = start(mode, book, batch)
    time.sleep(rng.uniform(0, window))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    return finish(proc)


def count_batch(book_path: Path, batch: int) -> int:
    book = open_book(book_path)
    try:
        report = check(book, full=False)
        assert report.ok, [i for i in report.items if not i.ok]
        with book.read() as s:
            return int(
                s.execute(
                    select(func.count()).where(JournalEntry.description == f"batch-{batch}")
                ).scalar_one()
            )
    finally:
        book.close()


@pytest.mark.slow
def test_killing_a_journal_batch_leaves_it_whole_or_absent(book_path: Path) -> None:
    rng = random.Random(20261127)
    window = timed_run("journal", book_path, 0) * 1.2
    assert count_batch(book_path, 0) == ENTRIES
    outcomes = {"absent": 0, "whole": 0}
    for batch in range(1, KILLS + 1):
        kill_at_random("journal", book_path, batch, window, rng)
        found = count_batch(book_path, batch)
        assert found in (0, ENTRIES), f"batch {batch}: {found} of {ENTRIES} entries"
        outcomes["whole" if found else "absent"] += 1
    # the kills landed both before and after commits, so both outcomes were exercised
    assert outcomes["absent"] > 0
    assert outcomes["whole"] > 0


def _members_csv(path: Path, batch: int) -> None:
    lines = ["Nama Lengkap,NIK,Tanggal Masuk"]
    for i in range(IMPORT_ROWS):
        day, month = 1 + i % 28, 1 + (i // 28) % 12
        nik = f"3273{batch:02d}{day:02d}{month:02d}80{i:04d}"
        lines.append(f"Anggota {batch}-{i},{nik},01-01-2020")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def count_members(book_path: Path) -> int:
    book = open_book(book_path)
    try:
        assert check(book, full=False).ok
        with book.read() as s:
            return int(s.execute(select(func.count()).select_from(Member)).scalar_one())
    finally:
        book.close()


@pytest.mark.slow
def test_killing_a_member_import_leaves_it_whole_or_absent(book_path: Path) -> None:
    rng = random.Random(7)
    for batch in range(IMPORT_KILLS + 1):
        _members_csv(book_path.with_name(f"anggota-{batch}.csv"), batch + 10)
    window = timed_run("import", book_path, 0) * 1.2
    expected = IMPORT_ROWS
    assert count_members(book_path) == expected
    for batch in range(1, IMPORT_KILLS + 1):
        committed = kill_at_random("import", book_path, batch, window, rng)
        total = count_members(book_path)
        assert total in (expected, expected + IMPORT_ROWS), total
        assert committed <= (total == expected + IMPORT_ROWS)
        expected = total
