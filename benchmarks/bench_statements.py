"""Benchmark the ledger totals, the financial statements and the journal export on a
book made by ``bench_rat.py`` (not part of the tests).

    python benchmarks/bench_statements.py --db PATH [--runs 5] [--year 2025]

Each operation is timed (median of ``--runs``) next to its raw-SQL floor on the
same file in the same run: a plain ``SELECT ... SUM(amount) ... GROUP BY`` over
``journal_line`` for the same figures. :func:`measure` returns the rows for
``benchmarks/run.py``: ``{"op", "seconds", "floor", "goal"}`` (floor None where
there is no SQL equivalent; the journal export also carries ``peak_mb``, ``goal_mb``
and ``cpu_seconds``).
The export runs the real ``kopdesk report journal`` command in a subprocess, whose
peak memory is read with ``resource.getrusage`` (user ``admin``, password
``benchmark-1`` as ``bench_rat.py`` makes them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from kopdesk.models import FiscalYear
from kopdesk.services.closing import statements
from kopdesk.services.ledger import reports
from kopdesk.storage.db import Book, open_book

YEAR = 2025
PASSWORD = "benchmark-1"

Row = dict[str, object]


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _sql(path: Path) -> Callable[[str, tuple[object, ...]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def run(sql: str, params: tuple[object, ...]) -> list[tuple[object, ...]]:
        return conn.execute(sql, params).fetchall()

    return run


_POSITION = "SELECT account_id, SUM(amount) FROM journal_line WHERE date <= ? GROUP BY account_id"
_ACTIVITY = (
    "SELECT account_id, SUM(amount) FROM journal_line WHERE account_id IN"
    " (SELECT id FROM account WHERE type IN ('pendapatan', 'beban'))"
    " AND date BETWEEN ? AND ? GROUP BY account_id"
)
_EQUITY = (
    "SELECT l.account_id, e.source, SUM(l.amount) FROM journal_line l"
    " JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id IN"
    " (SELECT id FROM account WHERE type IN ('ekuitas', 'pendapatan', 'beban'))"
    " AND l.date BETWEEN ? AND ? GROUP BY l.account_id, e.source"
)
_CASH = (
    "SELECT l.account_id, SUM(l.amount) FROM journal_line l WHERE l.entry_id IN ("
    " SELECT c.entry_id FROM journal_line c JOIN account a ON a.id = c.account_id"
    " WHERE a.code LIKE '11%' AND c.date BETWEEN ? AND ?) GROUP BY l.account_id"
)
_JOURNAL = (
    "SELECT e.number, e.date, e.description, a.code, a.name, l.amount FROM journal_entry e"
    " JOIN journal_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id"
    " ORDER BY e.date, e.id, l.line_no"
)


def _floors(path: Path, period: statements.Period, runs: int) -> dict[str, float]:
    sql = _sql(path)
    prior = statements.previous(period)
    ends = (period.end.isoformat(), prior.end.isoformat())
    spans = [(p.start.isoformat(), p.end.isoformat()) for p in (period, prior)]

    def position() -> None:
        for end in ends:
            sql(_POSITION, (end,))

    def activity() -> None:
        for span in spans:
            sql(_ACTIVITY, span)

    def equity() -> None:
        for start, end in spans:
            sql(_EQUITY, (start, end))
            sql(_POSITION, (end,))
            sql(_POSITION, ((dt.date.fromisoformat(start) - dt.timedelta(days=1)).isoformat(),))

    def cash() -> None:
        for span in spans:
            sql(_CASH, span)

    floors = {
        "trial balance": _median(lambda: sql(_POSITION, (ends[0],)), runs),
        "balance sheet": _median(position, runs),
        "income statement": _median(activity, runs),
        "equity changes": _median(equity, runs),
        "cash flow": _median(cash, runs),
    }
    floors["all five statements with notes"] = sum(floors[k] for k in list(floors)[1:])
    floors["journal CSV export"] = _median(lambda: sql(_JOURNAL, ()), 1)
    return floors


def _export(path: Path, first: dt.date, last: dt.date) -> tuple[float, float, float]:
    """Seconds, peak MB and CPU seconds of ``kopdesk report journal`` over the whole book
    (the CPU time tells more than the wall clock on a busy machine)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "jurnal.csv"
        code = (
            "import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
            "t = time.perf_counter() - t\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(t, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
        )
        command = [
            sys.executable, "-c", code, sys.executable, "-m", "kopdesk", "report", "journal",
            "--db", str(path), "--from", first.isoformat(), "--to", last.isoformat(),
            "--out", str(out),
        ]  # fmt: skip
        env = dict(os.environ, KOPDESK_USER="admin", KOPDESK_PASSWORD=PASSWORD)
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
        seconds, kb, cpu = done.stdout.split()
        return float(seconds), int(kb) / 1024, float(cpu)


def measure(db_path: str | Path, runs: int = 5, year: int = YEAR) -> list[Row]:
    """The rows of the table (see the module's docstring) for the book at ``db_path``."""
    path = Path(db_path)
    book = open_book(path)
    try:
        return _measure(book, path, runs, year)
    finally:
        book.close()


def _measure(book: Book, path: Path, runs: int, year: int) -> list[Row]:
    with book.read() as session:
        period = statements.period_of(session, year)
    floors = _floors(path, period, runs)

    def timed(fn: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with book.read() as session:
                return fn(session)

        return run

    ops: list[tuple[str, Callable[[], object], float]] = [
        ("trial balance", timed(lambda s: reports.trial_balance(s, period.end)), 0.1),
        ("balance sheet", timed(lambda s: statements.balance_sheet(s, period)), 0.1),
        ("income statement", timed(lambda s: statements.income_statement(s, period)), 0.0),
        ("cash flow", timed(lambda s: statements.cash_flow(s, period)), 0.0),
        ("equity changes", timed(lambda s: statements.equity_changes(s, period)), 0.0),
        ("notes", timed(lambda s: statements.notes(s, period)), 1.0),
        ("all five statements with notes", timed(lambda s: statements.all_statements(s, period)),
         1.0),
    ]  # fmt: skip
    rows: list[Row] = []
    for op, fn, fixed in ops:
        floor = floors.get(op)
        seconds = _median(fn, runs)
        goal = fixed if fixed or floor is None else 3 * floor  # each statement: 3 x its floor
        rows.append({"op": op, "seconds": seconds, "floor": floor, "goal": goal})
    with book.read() as session:
        years = session.execute(select(FiscalYear.start_date, FiscalYear.end_date)).all()
    first, last = min(y[0] for y in years), max(y[1] for y in years)
    seconds, peak, cpu = _export(path, first, last)
    rows.append(
        {
            "op": "journal CSV export",
            "seconds": seconds,
            "floor": floors["journal CSV export"],
            "goal": 5.0,
            "peak_mb": peak,
            "cpu_seconds": cpu,
            "goal_mb": 300.0,
        }
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--year", type=int, default=YEAR)
    args = parser.parse_args()
    print(f"{'operation':<34}{'kopdesk':>10}{'raw SQL':>10}{'ratio':>8}{'goal':>9}")
    for row in measure(args.db, args.runs, args.year):
        seconds, floor, goal = row["seconds"], row["floor"], row["goal"]
        assert isinstance(seconds, float)
        assert isinstance(goal, float)
        ratio = f"{seconds / floor:.1f}x" if isinstance(floor, float) and floor else "-"
        floor_text = f"{floor:.3f}" if isinstance(floor, float) else "-"
        extra = (
            f"  peak {row['peak_mb']:.0f} MB, cpu {row['cpu_seconds']:.1f}s"
            if "peak_mb" in row
            else ""
        )
        mark = "ok" if seconds <= goal else "MISS"
        print(
            f"{row['op']:<34}{seconds:>9.3f}s{floor_text:>10}{ratio:>8}{goal:>8.3f}s {mark}{extra}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
