"""Issue 16's savings goals, for ``benchmarks/run.py`` (not part of the tests).

    python benchmarks/bench_counter.py BOOK [--big PATH]

``measure(book)`` times, on a copy of the book (never written): the month-end
savings plan beside the raw SQL it reads, the same plan for 20,000 earning
accounts, one member's 12-month savings statement beside its raw SQL, and one
counter deposit (service time, median of 50). Rows: op, seconds, floor, goal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_savings import generate
from kopdesk.services.base import users
from kopdesk.services.savings import counter
from kopdesk.services.savings import papers as savings_papers
from kopdesk.services.savings import routine as savings_routine
from kopdesk.storage.db import open_book

PLAN_ACCOUNTS = 20_000
"""The month-end goal's size: 20,000 interest-earning accounts."""


def _copy(src: Path, folder: Path) -> Path:
    """A copy of the book (main file, then its WAL if any) to work on: ``open_book``
    migrates an old book and a deposit writes, and neither may touch ``src``."""
    target = folder / src.name
    shutil.copyfile(src, target)
    for side in ("-wal",):
        if Path(f"{src}{side}").exists():
            shutil.copyfile(f"{src}{side}", f"{target}{side}")
    return target


def _median(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _last_month(path: Path) -> tuple[str, dt.date, dt.date]:
    """The latest month with savings lines, its first day and a 'today' after it."""
    with sqlite3.connect(path) as conn:
        (last,) = conn.execute(
            "SELECT max(date) FROM journal_line WHERE savings_account_id IS NOT NULL"
        ).fetchone()
    day = dt.date.fromisoformat(str(last)[:10])
    first = day.replace(day=1)
    next_first = (first + dt.timedelta(days=32)).replace(day=1)
    return f"{first:%Y-%m}", first, next_first + dt.timedelta(days=4)


def _plan_floor(path: Path, first: dt.date, last: dt.date) -> float:
    """Raw SQL of what the plan reads: the earning accounts with their member and
    balance before the month, and the month's movements per account and day."""
    chosen = (
        "SELECT a.id FROM savings_account a JOIN member m ON m.id = a.member_id "
        "JOIN savings_product p ON p.id = a.product_id "
        "WHERE (p.interest_method != 'none' AND (p.rate_percent + 0 > 0 "
        "OR p.kind = 'berjangka')) AND a.status = 'aktif' AND a.opened_on <= :last "
        "AND NOT (m.status IN ('keluar', 'meninggal', 'diberhentikan') "
        "AND m.status_date <= :last)"
    )
    accounts = (
        "SELECT a.id, a.number, m.number, m.full_name, b.total FROM savings_account a "
        "JOIN member m ON m.id = a.member_id LEFT JOIN (SELECT savings_account_id AS id, "
        f"sum(amount) AS total FROM journal_line WHERE savings_account_id IN ({chosen}) "
        "AND date < :first GROUP BY savings_account_id) b ON b.id = a.id "
        f"WHERE a.id IN ({chosen}) ORDER BY a.id"
    )
    moves = (
        "SELECT savings_account_id, date, sum(amount) FROM journal_line "
        f"WHERE savings_account_id IN ({chosen}) AND date >= :first AND date <= :last "
        "GROUP BY savings_account_id, date ORDER BY savings_account_id, date"
    )
    args = {"first": first.isoformat(), "last": last.isoformat()}
    with sqlite3.connect(path) as conn:

        def run() -> None:
            conn.execute(accounts, args).fetchall()
            conn.execute(moves, args).fetchall()

        return _median(run, 3)


def _statement_floor(path: Path, number: str, first: dt.date, last: dt.date) -> float:
    """Raw SQL of one member's statement: the accounts, their balances before and at
    the end of the period, the period's lines with their entries, the receipts."""
    args = {"n": number, "f": first.isoformat(), "t": last.isoformat()}
    with sqlite3.connect(path) as conn:

        def run() -> None:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT a.id FROM savings_account a JOIN member m ON m.id = a.member_id "
                    "WHERE m.number = :n AND a.opened_on <= :t",
                    args,
                )
            ]
            marks = ",".join("?" * len(ids))
            conn.execute(
                "SELECT savings_account_id, sum(CASE WHEN date < ? THEN amount ELSE 0 END), "
                f"sum(amount) FROM journal_line WHERE savings_account_id IN ({marks}) "
                "AND date <= ? GROUP BY savings_account_id",
                [args["f"], *ids, args["t"]],
            ).fetchall()
            lines = conn.execute(
                "SELECT l.entry_id, l.date, l.amount, e.number FROM journal_line l "
                "JOIN journal_entry e ON e.id = l.entry_id "
                f"WHERE l.savings_account_id IN ({marks}) "
                "AND l.date >= ? AND l.date <= ? ORDER BY l.date, e.id, l.line_no",
                [*ids, args["f"], args["t"]],
            ).fetchall()
            entries = sorted({r[0] for r in lines})
            conn.execute(
                "SELECT entry_id, member_id, number FROM savings_tx "
                f"WHERE entry_id IN ({','.join('?' * len(entries))})",
                entries,
            ).fetchall()

        return _median(run, 21)


def _earning_accounts(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute(
            "SELECT count(*) FROM savings_account a JOIN savings_product p "
            "ON p.id = a.product_id WHERE p.interest_method != 'none' "
            "AND a.status = 'aktif'"
        ).fetchone()
    return int(n)


def _plan_row(path: Path, label: str, goal: float | None) -> dict[str, object]:
    month, first, today = _last_month(path)
    last = today - dt.timedelta(days=today.day)
    book = open_book(path)

    def plan() -> object:
        with book.read() as s:
            return savings_routine.plan_month_end(s, month, today=today)

    try:
        seconds = _median(plan, 3)
    finally:
        book.close()
    return {"op": label, "seconds": seconds, "floor": _plan_floor(path, first, last), "goal": goal}


def measure(db_path: Path | str, *, big_path: Path | str | None = None) -> list[dict[str, object]]:
    """Issue 16's savings goals on a copy of ``db_path`` (never written): the
    month-end plan (with its raw-SQL floor), the plan for 20,000 earning accounts,
    one member's 12-month statement (with its floor), one counter deposit (service
    time inside the unit of work, median of 50). Rows: op, seconds, floor, goal.

    When the book has fewer than 20,000 interest-earning accounts, the 20,000 plan
    runs on a savings book of 20,000 members generated by :func:`generate` (one
    sukarela account each, three years of activity) at ``big_path``, reused when it
    exists (default: ``kopdesk-bench-savings-20000.sqlite`` in the temp folder;
    about 90 s to build)."""
    src = Path(db_path)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-savings-") as tmp:
        path = _copy(src, Path(tmp))
        open_book(path).close()  # migrate the copy once, outside the timings
        n_earning = _earning_accounts(path)
        goal = 5.0 if n_earning >= PLAN_ACCOUNTS else None
        rows.append(_plan_row(path, f"month-end savings plan ({n_earning:,} accounts)", goal))
        if n_earning < PLAN_ACCOUNTS:
            big = Path(
                big_path or Path(tempfile.gettempdir()) / "kopdesk-bench-savings-20000.sqlite"
            )
            if not big.exists():
                partial = big.with_suffix(".partial")
                partial.unlink(missing_ok=True)
                made = open_book(partial, create=True)
                generate(made, PLAN_ACCOUNTS)
                made.close()
                with sqlite3.connect(partial) as conn:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                partial.rename(big)
            with tempfile.TemporaryDirectory(prefix="bench-savings-big-") as tmp_big:
                big_copy = _copy(big, Path(tmp_big))
                open_book(big_copy).close()
                rows.append(
                    _plan_row(big_copy, "month-end savings plan (20,000 accounts, generated)", 5.0)
                )
        rows.append(_statement_row(path))
        rows.append(_deposit_row(path))
    return rows


def _statement_row(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM member").fetchone()
        (number,) = conn.execute(
            "SELECT number FROM member ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)
        ).fetchone()
    _month, first, _today = _last_month(path)
    year_from, year_to = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    book = open_book(path)
    with book.read() as s:

        def statement() -> object:
            return savings_papers.member_statement(s, number, year_from, year_to)

        statement()  # warm the session (profile, the member's pages)
        seconds = _median(statement, 21)
    book.close()
    return {
        "op": f"one member's savings statement ({number}, {year_from.year})",
        "seconds": seconds,
        "floor": _statement_floor(path, number, year_from, year_to),
        "goal": 0.005,
    }


def _deposit_row(path: Path, runs: int = 50) -> dict[str, object]:
    """Deposits into the sukarela of ``runs`` active members on the book's last day."""
    with sqlite3.connect(path) as conn:
        (last,) = conn.execute(
            "SELECT max(date) FROM journal_line WHERE savings_account_id IS NOT NULL"
        ).fetchone()
        numbers = [
            r[0]
            for r in conn.execute(
                "SELECT m.number FROM member m JOIN savings_account a ON a.member_id = m.id "
                "JOIN savings_product p ON p.id = a.product_id "
                "WHERE m.status = 'aktif' AND p.code = 'sukarela' AND a.status = 'aktif' "
                "ORDER BY m.id LIMIT ?",
                (runs,),
            )
        ]
    on = dt.date.fromisoformat(str(last)[:10])
    book = open_book(path)
    with book.read() as s:
        admin = next(u.actor() for u in users.list_users(s) if u.username == "admin")
    samples = []
    for number in numbers:
        with book.unit_of_work() as s:
            t0 = time.perf_counter()
            counter.deposit(s, admin, member=number, product="sukarela", amount=100_000, on=on)
            s.flush()
            samples.append(time.perf_counter() - t0)
    book.close()
    return {
        "op": "one counter deposit (service, median of 50)",
        "seconds": statistics.median(samples),
        "floor": None,
        "goal": 0.010,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("book", type=Path)
    parser.add_argument("--big", type=Path, default=None, help="the 20,000-account book")
    args = parser.parse_args()
    print(f"{'operation':<58} {'kopdesk':>10} {'raw SQL':>10} {'ratio':>7} {'goal':>8}")
    for row in measure(args.book, big_path=args.big):
        seconds, floor, goal = row["seconds"], row["floor"], row["goal"]
        assert isinstance(seconds, float)
        floor_text = f"{floor * 1000:8.2f}ms" if isinstance(floor, float) else f"{'—':>10}"
        ratio = f"{seconds / floor:6.1f}×" if isinstance(floor, float) and floor else f"{'—':>7}"
        goal_text = f"{goal * 1000:6.0f}ms" if isinstance(goal, float) else f"{'—':>8}"
        print(f"{row['op']:<58} {seconds * 1000:8.2f}ms {floor_text} {ratio} {goal_text}")


if __name__ == "__main__":
    main()
