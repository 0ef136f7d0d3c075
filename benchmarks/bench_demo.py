"""Benchmark building the demo book (not part of the tests).

    python benchmarks/bench_demo.py [--today 2026-11-30] [--runs 3] [--baseline DIR]

Builds the full demo book ``--runs`` times for the same day, each in a fresh
process (as ``kopdesk demo`` does), and times the build itself (imports
excluded) and the whole process. The floor on the same file: writing every row
the demo wrote into an empty copy of its schema with plain ``sqlite3``
``executemany``, one transaction, no triggers (what the rows cost with no
services, no rules and no hash chains at all). Reported as a ratio to that floor,
so a busier machine moves both alike.

``--baseline DIR`` also builds, in the same run and for the same day, the demo of
another checkout of kopdesk (for instance the commit before a change, made with
``git worktree add DIR COMMIT``), so the two can be compared on one machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_BUILD = """
import datetime as dt, json, sys, time
sys.path.insert(0, {root!r})
started = time.perf_counter()
from kopdesk.storage.db import open_book
try:
    from kopdesk.demo import build_demo
except ImportError:  # checkouts before the demo package
    from kopdesk.services.demo import build_demo
imported = time.perf_counter()
day = dt.date.fromisoformat({day!r})
book = open_book({path!r}, create=True)
with book.unit_of_work() as session:
    build_demo(session, today=day)
book.close()
done = time.perf_counter()
print(json.dumps({{"build": done - imported, "imports": imported - started}}))
"""


def build(root: Path, day: dt.date, path: Path) -> dict[str, float]:
    """Build the demo of the checkout at ``root`` into ``path`` in a new process."""
    code = _BUILD.format(root=str(root), day=day.isoformat(), path=str(path))
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=root
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"demo build in {root} failed:\n{result.stderr[-2000:]}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    timings["process"] = wall
    return timings


def floor(path: Path) -> tuple[float, int]:
    """Seconds to write every row of ``path`` into an empty copy of its tables with
    plain ``executemany`` (one transaction), and the number of rows."""
    source = sqlite3.connect(path)
    tables = source.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    indexes = [
        row[0]
        for row in source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    ]
    data = {name: source.execute(f'SELECT * FROM "{name}"').fetchall() for name, _ in tables}
    source.close()
    with tempfile.TemporaryDirectory() as folder:
        target = sqlite3.connect(Path(folder) / "floor.sqlite", isolation_level=None)
        target.execute("PRAGMA journal_mode = WAL")
        target.execute("PRAGMA synchronous = FULL")
        for _, sql in tables:
            target.execute(sql)
        for sql in indexes:
            target.execute(sql)
        started = time.perf_counter()
        target.execute("BEGIN")
        for name, rows in data.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                target.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        target.execute("COMMIT")
        seconds = time.perf_counter() - started
        target.close()
    return seconds, sum(len(rows) for rows in data.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 30))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout to build in the same run")
    args = parser.parse_args()
    checkouts = [("this checkout", ROOT)]
    if args.baseline is not None:
        checkouts.insert(0, ("baseline", args.baseline.resolve()))
    print(f"demo book for {args.today}, {args.runs} run(s) each, one process per build")
    with tempfile.TemporaryDirectory() as folder:
        for label, root in checkouts:
            runs = []
            for index in range(args.runs):
                path = Path(folder) / f"{label.replace(' ', '-')}-{index}.sqlite"
                runs.append(build(root, args.today, path))
            floor_s, rows = floor(path)
            builds = [r["build"] for r in runs]
            best = min(builds)
            print(
                f"{label:14} build {best:6.2f} s (median {statistics.median(builds):6.2f}, "
                f"imports {min(r['imports'] for r in runs):4.2f} s, whole process "
                f"{min(r['process'] for r in runs):6.2f} s); {rows:,} rows; raw-SQL floor "
                f"{floor_s:5.3f} s; ratio {best / floor_s:5.0f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
