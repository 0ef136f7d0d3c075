"""Loan quality and the RAT book on a large book, next to the raw SQL floor (not a test).

    python benchmarks/bench_quality.py --db PATH [--year 2025] [--runs 5]

``PATH`` is a book made by ``benchmarks/bench_rat.py`` (10,000 members, 5,000 loans).
:func:`measure` returns one row per operation ({"op", "seconds", "floor", "goal"};
``floor`` is the same figures' raw SQL on the same file in the same run, or None):

- loan quality: kolektibilitas and PPAP of every running loan at the end of the year
  (``quality.collectibility``); the floor runs the SQL that yields each loan's overdue
  principal and interest, oldest unpaid and next due date, and outstanding balance
  through ``sqlite3`` directly, without the late fees' Python;
- RAT book data (``rat.rat_data``), with the seconds spent in the financial statements
  (``statements.all_statements``) beside it as ``statements_seconds``;
- the RAT book PDF end to end (``documents.rat_book_pdf``: data, registry, layout,
  hash) in a fresh process on a copy of the book (printing registers the paper), with
  the process's peak memory as ``peak_mb``.

Seconds are medians of ``runs``; read them against the floor (the machine is shared).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUALITY_GOAL = 0.5
RAT_GOAL = 10.0
RAT_PEAK_MB_GOAL = 300

_RUNNING = (
    "SELECT id FROM loan WHERE disbursed_on IS NOT NULL AND disbursed_on <= :a"
    " AND (closed_on IS NULL OR closed_on > :a)"
)
FLOOR_SQL = (
    f"""
WITH paid AS (
  SELECT e.loan_id AS loan_id, p.number AS number,
    sum(CASE WHEN e.date <= :a THEN p.principal ELSE 0 END) AS pp,
    sum(CASE WHEN e.date <= :a THEN p.interest ELSE 0 END) AS pi
  FROM loan_payment_part p JOIN loan_event e ON e.id = p.event_id
  WHERE e.loan_id + 0 IN ({_RUNNING})
  GROUP BY e.loan_id, p.number)
SELECT i.loan_id,
  sum(CASE WHEN i.due_date < :a THEN i.principal - coalesce(pp, 0) ELSE 0 END),
  sum(CASE WHEN i.due_date < :a THEN i.interest - coalesce(pi, 0) ELSE 0 END),
  min(CASE WHEN i.due_date < :a AND (i.principal != coalesce(pp, 0)
      OR i.interest != coalesce(pi, 0)) THEN i.due_date END),
  min(CASE WHEN i.due_date >= :a AND i.principal != coalesce(pp, 0) THEN i.due_date END)
FROM loan_installment i LEFT JOIN paid ON paid.loan_id = i.loan_id AND paid.number = i.number
WHERE i.loan_id IN ({_RUNNING})
GROUP BY i.loan_id""",
    f"""
SELECT loan_id, sum(amount) FROM journal_line
WHERE loan_id IN ({_RUNNING}) AND date <= :a GROUP BY loan_id""",
    f"""
SELECT l.id, l.number, m.number, m.full_name, l.collateral, l.collateral_value
FROM loan l JOIN member m ON m.id = l.member_id WHERE l.id IN ({_RUNNING}) ORDER BY l.number""",
)
"""Each running loan's arrears, outstanding and row, the way loan quality asks."""


def _median(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _floor(db_path: Path, as_of: dt.date, runs: int) -> float:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:

        def run() -> None:
            for sql in FLOOR_SQL:
                conn.execute(sql, {"a": as_of.isoformat()}).fetchall()

        return _median(run, runs)
    finally:
        conn.close()


def measure_quality(db_path: Path, year: int = 2025, runs: int = 5) -> dict[str, object]:
    from kopdesk.services.loans import quality
    from kopdesk.storage.db import open_book

    as_of = dt.date(year, 12, 31)
    book = open_book(db_path)
    try:

        def grades() -> None:
            with book.read() as s:
                quality.collectibility(s, as_of)

        grades()  # warm the imports and the page cache alike for both
        floor = _floor(db_path, as_of, runs)
        seconds = _median(grades, runs)
    finally:
        book.close()
    return {
        "op": f"loan quality: kolektibilitas + PPAP of every loan ({as_of})",
        "seconds": seconds,
        "floor": floor,
        "goal": QUALITY_GOAL,
    }


def measure_rat_data(db_path: Path, year: int = 2025, runs: int = 3) -> dict[str, object]:
    from kopdesk.services.closing import rat, statements
    from kopdesk.storage.db import open_book

    book = open_book(db_path)
    spent: list[float] = []
    original = statements.all_statements

    def timed_statements(*args: object, **kwargs: object) -> object:
        t0 = time.perf_counter()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent.append(time.perf_counter() - t0)

    def gather() -> None:
        with book.read() as s:
            rat.rat_data(s, year)

    statements.all_statements = timed_statements  # type: ignore[assignment]
    try:
        seconds = _median(gather, runs)
    finally:
        statements.all_statements = original  # type: ignore[assignment]
        book.close()
    return {
        "op": f"RAT book data, tahun buku {year} (rat_data)",
        "seconds": seconds,
        "floor": None,
        "goal": RAT_GOAL,
        "statements_seconds": statistics.median(spent) if spent else None,
    }


def _pdf_child(db_path: Path, year: int) -> None:
    """In a fresh process: print the RAT book once; JSON seconds, pages, peak MB."""
    t_start = time.perf_counter()
    from kopdesk.app import papers as documents
    from kopdesk.services.base import users
    from kopdesk.storage.db import open_book

    book = open_book(db_path)
    with book.read() as s:
        admin = next(u.actor() for u in users.list_users(s) if u.username == "admin")
    t0 = time.perf_counter()
    pdf = documents.rat_book_pdf(book, year, actor=admin)
    seconds = time.perf_counter() - t0
    book.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "process_seconds": time.perf_counter() - t_start,
                "bytes": len(pdf),
                "peak_mb": peak_kb / 1024,
            }
        )
    )


def measure_rat_pdf(db_path: Path, year: int = 2025, runs: int = 1) -> dict[str, object]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            copy = Path(tmp) / "rat.sqlite"
            for side in ("", "-wal", "-shm", ".jangkar"):
                source = Path(f"{db_path}{side}")
                if source.exists():
                    shutil.copyfile(source, f"{copy}{side}")
            done = subprocess.run(
                [sys.executable, __file__, "--child-pdf", str(copy), "--year", str(year)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            for leftover in Path(tmp).iterdir():
                if leftover.is_file():
                    leftover.unlink()
                else:
                    shutil.rmtree(leftover)
    return {
        "op": f"RAT book PDF end to end, tahun buku {year} (rat_book_pdf)",
        "seconds": statistics.median(r["seconds"] for r in results),
        "floor": None,
        "goal": RAT_GOAL,
        "peak_mb": max(r["peak_mb"] for r in results),
        "peak_mb_goal": RAT_PEAK_MB_GOAL,
        "process_seconds": statistics.median(r["process_seconds"] for r in results),
    }


def measure(db_path: Path | str) -> list[dict[str, object]]:
    path = Path(db_path)
    return [measure_quality(path), measure_rat_data(path), measure_rat_pdf(path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("quality", "rat-data", "rat-pdf"), default=None)
    parser.add_argument("--child-pdf", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_pdf is not None:
        _pdf_child(args.child_pdf, args.year)
        return
    if args.db is None:
        parser.error("--db PATH is required")
    if args.only == "quality":
        rows = [measure_quality(args.db, args.year, args.runs)]
    elif args.only == "rat-data":
        rows = [measure_rat_data(args.db, args.year, max(1, args.runs // 2))]
    elif args.only == "rat-pdf":
        rows = [measure_rat_pdf(args.db, args.year)]
    else:
        rows = measure(args.db)
    for row in rows:
        floor = row["floor"]
        ratio = f"{row['seconds'] / floor:6.1f}×" if isinstance(floor, float) and floor else ""
        extra = {k: v for k, v in row.items() if k not in ("op", "seconds", "floor", "goal")}
        print(
            f"{row['op']:<68} {row['seconds']:7.3f} s"
            + (f"  floor {floor:.3f} s {ratio}" if isinstance(floor, float) else "")
            + f"  goal {row['goal']} s"
            + "".join(
                f"  {k} {v:.3f}" if isinstance(v, float) else f"  {k} {v}" for k, v in extra.items()
            )
        )


if __name__ == "__main__":
    main()
