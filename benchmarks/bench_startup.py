"""Benchmark start-up: the command line and the window (not part of the tests).

    python benchmarks/bench_startup.py --db PATH [--json] [--runs 5]

Every operation runs as a fresh process, ``--runs`` times; the median is reported.
The book at PATH is never written: it is copied (with its side files) into a
temporary folder first, and the window, the sign-in and the report run on the copy.
Its users are those of ``bench_savings.generate`` (``admin`` / ``benchmark-1``).

- ``python -c pass``: the interpreter alone (the floor of the next two).
- ``kopdesk --version`` / ``kopdesk --help``: the whole process.
- window imports: ``kopdesk.ui.app`` and ``kopdesk.ui.main_window`` in a fresh
  interpreter; floor: the libraries the window cannot do without (PySide6's widgets,
  SQLAlchemy's ORM, argon2).
- window start-up: from starting ``kopdesk`` (no arguments, the book as the user's
  default book, ``QT_QPA_PLATFORM=offscreen``) until the main window is shown and
  handles events; signed in by ``KOPDESK_BENCH_SIGNIN`` instead of the dialog, and
  ended by ``KOPDESK_BENCH_QUIT_AFTER_SHOW`` (both in ``kopdesk/ui/app.py``).
- sign-in: ``kopdesk.app.auth.sign_in`` as the window calls it, the first call in a
  process; floor: argon2's check of the same stored password hash.
- report overhead: ``kopdesk report trial-balance --out x.csv`` whole process, minus
  ``trial_balance`` timed in a fresh process on the same book.

``--json`` prints one JSON list of ``{"op", "seconds", "floor", "goal"}``.

Python's compiled bytecode is kept (in a temporary ``PYTHONPYCACHEPREFIX``, made
before timing), as an installed kopdesk has it, even where the environment sets
``PYTHONDONTWRITEBYTECODE``; ``--no-bytecode`` measures without it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Row = dict[str, object]

IMPORT_WINDOW = (
    "import time\n"
    "t = time.perf_counter()\n"
    "import kopdesk.ui.app, kopdesk.ui.main_window\n"
    "print(time.perf_counter() - t)\n"
)
IMPORT_FLOOR = (
    "import time\n"
    "t = time.perf_counter()\n"
    "import PySide6.QtWidgets, sqlalchemy.orm, argon2\n"
    "print(time.perf_counter() - t)\n"
)
SIGN_IN = """
import sqlite3, sys, time
from argon2 import PasswordHasher
from kopdesk.app.auth import sign_in
from kopdesk.storage.db import open_book
book = open_book(sys.argv[1])
t = time.perf_counter()
sign_in(book, sys.argv[2], sys.argv[3])
took = time.perf_counter() - t
book.close()
with sqlite3.connect(sys.argv[1]) as conn:
    query = "SELECT password_hash FROM app_user WHERE username = ?"
    stored = conn.execute(query, (sys.argv[2],)).fetchone()[0]
t = time.perf_counter()
PasswordHasher().verify(stored, sys.argv[3])
print(took, time.perf_counter() - t)
"""
TRIAL_BALANCE = """
import datetime as dt, sys, time
from kopdesk.services.ledger import reports
from kopdesk.storage.db import open_book
book = open_book(sys.argv[1])
with book.read() as session:
    t = time.perf_counter()
    reports.trial_balance(session, dt.date.fromisoformat(sys.argv[2]))
    print(time.perf_counter() - t)
book.close()
"""


def kopdesk_command() -> list[str]:
    """The installed ``kopdesk`` script beside this Python, else ``python -m kopdesk``."""
    script = Path(sys.executable).with_name("kopdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kopdesk"]


def wall(argv: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from starting ``argv`` until it has exited (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=600)
    return time.perf_counter() - start


def printed(argv: list[str], env: dict[str, str] | None = None) -> list[float]:
    """The numbers ``argv`` prints on its last line."""
    done = subprocess.run(argv, env=env, check=True, capture_output=True, text=True, timeout=600)
    return [float(x) for x in done.stdout.strip().splitlines()[-1].split()]


def median(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def copy_book(source: Path, folder: Path) -> Path:
    """``source`` and its side files (anchor, WAL) copied into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in source.parent.glob(f"{source.name}*"):
        if path.is_file() and not path.name.endswith(".kopdesk-lock"):
            shutil.copy2(path, folder / path.name.replace(source.name, "kopdesk.sqlite"))
    return folder / "kopdesk.sqlite"


def window_start(env: dict[str, str]) -> float:
    """Seconds from starting ``kopdesk`` until its main window reports it is shown."""
    start = time.time()
    done = subprocess.run(
        kopdesk_command(), env=env, check=True, capture_output=True, text=True, timeout=600
    )
    shown = [line for line in done.stdout.splitlines() if line.startswith("kopdesk-shown ")]
    if not shown:
        raise SystemExit(f"the window did not report being shown:\n{done.stdout}{done.stderr}")
    return float(shown[-1].split()[1]) - start


WARM_UP = (
    "import kopdesk.ui.app, kopdesk.ui.main_window, kopdesk.app.auth, kopdesk.services\n"
    "from kopdesk.cli.app import build_parser; build_parser()\n"
)


def bytecode_cache(folder: Path) -> None:
    """Keep compiled bytecode in ``folder`` for every process started from here on,
    compiling kopdesk's modules and loading the window's libraries once first."""
    import kopdesk

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    package = str(Path(kopdesk.__file__).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", WARM_UP], env=env, check=True, capture_output=True)


def measure(args: argparse.Namespace, book: Path, home: Path) -> list[Row]:
    runs = args.runs
    kopdesk = kopdesk_command()
    python = [sys.executable]
    base = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rows: list[Row] = []

    bare = median(runs, lambda: wall([*python, "-c", "pass"]))
    rows.append({"op": "python -c pass", "seconds": bare, "floor": None, "goal": None})
    for flag in ("--version", "--help"):
        argv = [*kopdesk, flag]
        took = median(runs, lambda: wall(argv))  # noqa: B023 - used before the loop goes on
        rows.append({"op": f"kopdesk {flag}", "seconds": took, "floor": bare, "goal": 0.2})

    imports = median(runs, lambda: printed([*python, "-c", IMPORT_WINDOW], base)[0])
    floor = median(runs, lambda: printed([*python, "-c", IMPORT_FLOOR], base)[0])
    rows.append({"op": "window imports", "seconds": imports, "floor": floor, "goal": 0.5})

    window_env = {
        **base,
        "XDG_DATA_HOME": str(home),  # platformdirs: the user's default book is the copy
        "KOPDESK_BENCH_SIGNIN": f"{args.user}:{args.password}",
        "KOPDESK_BENCH_QUIT_AFTER_SHOW": "1",
    }
    window_env.pop("KOPDESK_DATABASE_URL", None)
    shown = median(runs, lambda: window_start(window_env))
    rows.append({"op": "window start-up (shown)", "seconds": shown, "floor": None, "goal": 1.5})

    signs = [
        printed([*python, "-c", SIGN_IN, str(book), args.user, args.password], base)
        for _ in range(runs)
    ]
    rows.append(
        {
            "op": "sign-in (service)",
            "seconds": statistics.median(s[0] for s in signs),
            "floor": statistics.median(s[1] for s in signs),
            "goal": 0.3,
        }
    )

    out = book.parent / "neraca-saldo.csv"
    report = [
        *kopdesk,
        "report",
        "trial-balance",
        "--db",
        str(book),
        "--user",
        args.user,
        "--as-of",
        args.as_of,
        "--out",
        str(out),
    ]
    report_env = {**base, "KOPDESK_PASSWORD": args.password}
    whole = median(runs, lambda: wall(report, report_env))
    service = median(
        runs, lambda: printed([*python, "-c", TRIAL_BALANCE, str(book), args.as_of])[0]
    )
    rows.append(
        {
            "op": "report trial-balance: whole process",
            "seconds": whole,
            "floor": service,
            "goal": None,
        }
    )
    rows.append(
        {
            "op": "report trial-balance: overhead",
            "seconds": whole - service,
            "floor": None,
            "goal": 0.5,
        }
    )
    return rows


def print_table(rows: list[Row]) -> None:
    print(f"{'operation':<38}{'seconds':>9}{'floor':>9}{'ratio':>7}{'goal':>7}  ")
    for row in rows:
        seconds = float(str(row["seconds"]))
        floor = row["floor"]
        goal = row["goal"]
        ratio = f"{seconds / float(str(floor)):.1f}x" if floor else ""
        verdict = "" if goal is None else ("ok" if seconds <= float(str(goal)) else "MISSED")
        print(
            f"{row['op']:<38}{seconds:>9.3f}"
            f"{'' if floor is None else format(float(str(floor)), '.3f'):>9}{ratio:>7}"
            f"{'' if goal is None else goal:>7}  {verdict}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="the book (it is copied first)")
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    parser.add_argument("--runs", type=int, default=5, help="runs of each operation (median)")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="benchmark-1")
    parser.add_argument("--as-of", default="2025-12-31", help="date of the trial balance")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="do not keep compiled bytecode (cold starts)"
    )
    args = parser.parse_args()
    if not args.db.is_file():
        raise SystemExit(f"no book at {args.db}")
    with tempfile.TemporaryDirectory(prefix="kopdesk-startup-") as tmp:
        home = Path(tmp) / "data"
        book = copy_book(args.db.resolve(), home / "kopdesk")
        if not args.no_bytecode:
            bytecode_cache(Path(tmp) / "pycache")
        rows = measure(args, book, home)
    if args.json:
        print(json.dumps(rows))
    else:
        print_table(rows)


if __name__ == "__main__":
    main()
