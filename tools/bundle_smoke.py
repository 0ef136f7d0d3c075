"""Run the frozen kopdesk program the way a treasurer's PC would (issue 19).

    python tools/bundle_smoke.py DIST/kopdesk [--compare PIP_KOPDESK]

In a new folder whose name has spaces and non-ASCII letters, with the user's data
folders pointed there too (nothing of this PC's own books is touched), it runs the
bundle's ``kopdesk-cli``: ``--version``, ``init`` of a new book, ``demo --today
2026-11-30``, a report to PDF, ``check`` of the demo book, ``export ledger``; then the
bundle's ``kopdesk`` window offscreen, signed in and ended as soon as it has painted
(the start-up hooks of ``kopdesk/ui/app.py``). Any step that fails (a missing hidden
import or data file) ends it with status 1, naming the step and its output.

``--compare`` also times, for the bundle and for the pip-installed command given,
the median of five ``--version`` runs and of three window start-ups, and prints the
bundle's size: the figures of issue 19's closing note.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "kopdesk-2026"
"""The demo book's users' password (kopdesk.demo.DEMO_PASSWORD), also the new book's."""
CHANGED = "smoke-2026-kopdesk"
"""The demo Admin's own password after ``user passwd`` (the demo's users must change
theirs at their first sign-in to a window, which no hook skips)."""
TODAY = "2026-11-30"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""


class SmokeError(Exception):
    pass


def environment(home: Path) -> dict[str, str]:
    """This process's environment with the user's folders in ``home`` and Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KOPDESK_"))}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM="offscreen",
        KOPDESK_PASSWORD=PASSWORD,
    )
    return env


def run(
    step: str, command: list[str], env: dict[str, str], expect: str = "", timeout: int = 600
) -> str:
    """Run one step; its standard output, or ``SmokeError`` with what it said."""
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if done.returncode != 0 or expect not in done.stdout:
        raise SmokeError(
            f"{step}: exit {done.returncode}, expected {expect!r} in the output\n"
            f"--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}"
        )
    print(f"ok  {step} ({seconds:.1f} s)", flush=True)
    return done.stdout


def smoke(bundle: Path, work: Path) -> None:
    cli = [str(bundle / f"kopdesk-cli{EXE}")]
    gui = [str(bundle / f"kopdesk{EXE}")]
    env = environment(work / "home")
    books = work / "Buku Koperasi Ñusantara"
    books.mkdir(parents=True)
    new, demo = books / "buku baru.sqlite", books / "buku contoh.sqlite"
    run("--version", [*cli, "--version"], env, expect="kopdesk ")
    run("--help", [*cli, "--help"], env, expect="PERINTAH")
    run(
        "init",
        [*cli, "init", "--db", str(new), "--name", "KSP Maju Bersama", "--year", "2026"],
        env,
    )
    run("check (new book)", [*cli, "check", "--db", str(new)], env)
    run("demo", [*cli, "demo", "--db", str(demo), "--today", TODAY], env, expect=str(demo))
    pdf = books / "neraca saldo.pdf"
    report = [*cli, "report", "trial-balance", "--db", str(demo), "--as-of", TODAY]
    run("report to PDF", [*report, "--out", str(pdf)], env)
    if not pdf.read_bytes().startswith(b"%PDF-"):
        raise SmokeError(f"report to PDF: {pdf} is not a PDF")
    statement = books / "neraca.pdf"
    run(
        "statement to PDF",
        [*cli, "report", "balance-sheet", "--db", str(demo), "--year", "2025", "--out",
         str(statement)],
        env,
    )  # fmt: skip
    journal = books / "jurnal.journal"
    run(
        "export ledger",
        [*cli, "export", "ledger", "--db", str(demo), "--format", "hledger", "--out",
         str(journal)],
        env,
    )  # fmt: skip
    run("check", [*cli, "check", "--db", str(demo)], env)
    # kopdesk.exe has no console on Windows, so nothing it prints can be read: there the
    # window is shown by kopdesk-cli.exe (the same program), and kopdesk.exe must end well
    shows = cli if WINDOWS else gui
    run("window (new book)", [*shows, "gui", "--db", str(new)], window(env, PASSWORD),
        expect="kopdesk-shown", timeout=180)  # fmt: skip
    passwd = dict(env, KOPDESK_NEW_PASSWORD=CHANGED)
    run("user passwd", [*cli, "user", "passwd", "--db", str(demo)], passwd)
    run("window (demo book)", [*shows, "gui", "--db", str(demo)], window(env, CHANGED),
        expect="kopdesk-shown", timeout=180)  # fmt: skip
    if WINDOWS:
        run("window (kopdesk.exe)", [*gui, "gui", "--db", str(demo)], window(env, CHANGED),
            timeout=180)  # fmt: skip


def window(env: dict[str, str], password: str) -> dict[str, str]:
    """``env`` with the start-up hooks of ``kopdesk/ui/app.py``: sign in as ``admin``
    without the dialog, end the process as soon as the main window has painted."""
    return dict(env, KOPDESK_BENCH_SIGNIN=f"admin:{password}", KOPDESK_BENCH_QUIT_AFTER_SHOW="1")


def median_seconds(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True, timeout=600)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compare(bundle: Path, installed: str, work: Path) -> None:
    """Start-up times of the bundle and of the pip-installed command, and the size."""
    env = environment(work / "home")
    demo = work / "Buku Koperasi Ñusantara" / "buku contoh.sqlite"
    window_env = window(env, CHANGED)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MB ({bundle})")
    for name, cli, gui in (
        ("bundle", str(bundle / f"kopdesk-cli{EXE}"), str(bundle / f"kopdesk{EXE}")),
        ("pip", installed, installed),
    ):
        median_seconds([cli, "--version"], env, 1)  # warm the file cache
        version = median_seconds([cli, "--version"], env, 5)
        shown = median_seconds([gui, "gui", "--db", str(demo)], window_env, 3)
        print(f"{name:<7} --version {version:.2f} s, window shown {shown:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder, dist/kopdesk")
    parser.add_argument("--compare", metavar="KOPDESK", help="pip-installed kopdesk to time")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="kopdesk smoke é "))
    try:
        smoke(args.bundle.resolve(), work)
        if args.compare:
            compare(args.bundle.resolve(), shutil.which(args.compare) or args.compare, work)
    except SmokeError as exc:
        print(f"GAGAL {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("smoke test of the bundle passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
