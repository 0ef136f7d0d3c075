"""The speed of kopdesk on a large book, in one table (issue 16; not part of the tests).

    python benchmarks/run.py [--members 1000|10000|100000] [--db PATH] [--check]
                             [--only NAME,NAME] [--markdown]

Builds the RAT benchmark book of ``bench_rat`` for ``--members`` members (about 65
journal lines and half a loan per member), or reuses ``--db`` / the cached
``benchmarks/out/book-N.sqlite``. Then times each operation a treasurer waits
for, beside the raw-SQL floor for the same figure on the same file where one
exists, and prints one table: kopdesk's time, the floor, the ratio, the goal and
whether it is met. Every time is the median of several runs in this process (or
in fresh processes for the command line and the window), so a busy machine moves
kopdesk and its floor alike: read the ratios.

Writing operations (a counter deposit, an import, the RAT book's register entry,
the command-line reports) run on a copy of the book, never on the cached one.

``--check`` exits with status 1 when a goal is missed: run it before a release.
Nothing here is a test; the tests never time anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

YEAR = 2025
AS_OF = dt.date(YEAR, 12, 31)
PASSWORD = "benchmark-1"  # the admin of bench_savings.generate


@dataclass
class Row:
    op: str
    seconds: float
    goal: float | None
    floor: float | None = None
    note: str = ""
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.seconds <= self.goal


def median_time(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def kopdesk_cmd() -> list[str]:
    return [sys.executable, "-m", "kopdesk"]


def run_process(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def process_median(args: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(run_process(args, env)[0] for _ in range(runs))


# --------------------------------------------------------------------- the book


def build_or_reuse(members: int, db: Path | None) -> Path:
    from benchmarks import bench_rat
    from kopdesk.storage.db import open_book

    path = db or ROOT / "benchmarks" / "out" / f"book-{members}.sqlite"
    if path.exists():
        book = open_book(path)  # migrates an older book once (with its backup)
        book.close()
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    book = open_book(path, create=True)
    bench_rat.generate(book, members)
    book.close()
    print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return path


def copy_book(path: Path, folder: Path) -> Path:
    target = folder / f"copy-{time.monotonic_ns()}.sqlite"
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


# ---------------------------------------------------------------- the floors


def floor_sql(path: Path, sql: str, params: tuple[object, ...], runs: int = 5) -> float:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute(sql, params).fetchall()  # warm the page cache like the service's runs
        return median_time(lambda: con.execute(sql, params).fetchall(), runs)
    finally:
        con.close()


def floor_many(path: Path, queries: list[tuple[str, tuple[object, ...]]], runs: int = 5) -> float:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:

        def all_of() -> None:
            for sql, params in queries:
                con.execute(sql, params).fetchall()

        all_of()
        return median_time(all_of, runs)
    finally:
        con.close()


SUMS_TO = "SELECT account_id, SUM(amount) FROM journal_line WHERE date <= ? GROUP BY account_id"
SUMS_IN = (
    "SELECT account_id, SUM(amount) FROM journal_line WHERE date BETWEEN ? AND ? "
    "GROUP BY account_id"
)
CASH_COUNTERPARTS = (
    "SELECT o.account_id, SUM(o.amount) FROM journal_line c "
    "JOIN journal_line o ON o.entry_id = c.entry_id AND o.account_id <> c.account_id "
    "JOIN account a ON a.id = c.account_id "
    "WHERE a.code IN ('1101', '1102', '1103') AND c.date BETWEEN ? AND ? "
    "GROUP BY o.account_id"
)
LOAN_POSITIONS = (
    "SELECT i.loan_id, MIN(CASE WHEN i.principal + i.interest > COALESCE(p.paid, 0) "
    "THEN i.due_date END), SUM(i.principal - COALESCE(p.principal, 0)) "
    "FROM loan_installment i LEFT JOIN ("
    "  SELECT e.loan_id, pp.number, SUM(pp.principal + pp.interest) AS paid, "
    "  SUM(pp.principal) AS principal FROM loan_payment_part pp "
    "  JOIN loan_event e ON e.id = pp.event_id WHERE e.date <= ? GROUP BY e.loan_id, pp.number"
    ") p ON p.loan_id = i.loan_id AND p.number = i.number GROUP BY i.loan_id"
)
MEMBER_LINES = (
    "SELECT l.savings_account_id, l.date, l.amount, e.number, e.description "
    "FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
    "WHERE l.member_id = ? AND l.savings_account_id IS NOT NULL AND l.date BETWEEN ? AND ? "
    "ORDER BY l.savings_account_id, l.date, l.entry_id"
)
MEMBER_OPENING = (
    "SELECT savings_account_id, SUM(amount) FROM journal_line "
    "WHERE member_id = ? AND savings_account_id IS NOT NULL AND date < ? "
    "GROUP BY savings_account_id"
)
MONTH_BALANCES = (
    "SELECT savings_account_id, SUM(amount) FROM journal_line "
    "WHERE savings_account_id IS NOT NULL AND date < ? GROUP BY savings_account_id"
)
MONTH_MOVES = (
    "SELECT savings_account_id, date, SUM(amount) FROM journal_line "
    "WHERE savings_account_id IS NOT NULL AND date BETWEEN ? AND ? "
    "GROUP BY savings_account_id, date"
)
SEARCH = "SELECT id FROM member WHERE lower(full_name) LIKE ? OR lower(number) LIKE ? LIMIT 200"


# ------------------------------------------------------------ the operations


def statements_rows(path: Path) -> list[Row]:
    from kopdesk.services.closing import statements
    from kopdesk.services.ledger import reports
    from kopdesk.storage.db import open_book

    first, prior_end = dt.date(YEAR, 1, 1), dt.date(YEAR - 1, 12, 31)
    prior_first = dt.date(YEAR - 1, 1, 1)
    f_tb = floor_sql(path, SUMS_TO, (AS_OF,))
    f_bs = floor_many(path, [(SUMS_TO, (AS_OF,)), (SUMS_TO, (prior_end,))])
    f_inc = floor_many(path, [(SUMS_IN, (first, AS_OF)), (SUMS_IN, (prior_first, prior_end))])
    f_cf = floor_many(
        path,
        [
            (CASH_COUNTERPARTS, (first, AS_OF)),
            (CASH_COUNTERPARTS, (prior_first, prior_end)),
            (SUMS_TO, (AS_OF,)),
        ],
    )
    f_eq = floor_many(path, [(SUMS_TO, (AS_OF,)), (SUMS_TO, (prior_end,))])
    book = open_book(path, read_only=True)
    rows = []
    try:
        with book.read() as s:
            period = statements.period_of(s, YEAR)

            def timed(
                name: str,
                fn: Callable[[], object],
                floor: float | None,
                goal: float | None,
                runs: int = 3,
            ) -> None:
                fn()  # warm
                rows.append(Row(name, median_time(fn, runs), goal, floor))

            timed(
                "neraca saldo (trial balance)", lambda: reports.trial_balance(s, AS_OF), f_tb, 0.1
            )
            timed("neraca (balance sheet)", lambda: statements.balance_sheet(s, period), f_bs, 0.1)
            timed(
                "PHU (income statement), 1 year",
                lambda: statements.income_statement(s, period),
                f_inc,
                3 * f_inc,
            )
            timed("arus kas (cash flow)", lambda: statements.cash_flow(s, period), f_cf, 3 * f_cf)
            timed("perubahan ekuitas", lambda: statements.equity_changes(s, period), f_eq, 3 * f_eq)
            timed("CaLK (notes)", lambda: statements.notes(s, period), None, 1.0, runs=1)
            timed(
                "five statements + notes",
                lambda: statements.all_statements(s, period),
                f_bs + f_inc + f_cf + f_eq,
                1.0,
                runs=1,
            )
    finally:
        book.close()
    return rows


def loan_rows(path: Path) -> list[Row]:
    from kopdesk.services.loans import quality
    from kopdesk.storage.db import open_book

    floor = floor_sql(path, LOAN_POSITIONS, (AS_OF,))
    book = open_book(path, read_only=True)
    try:
        with book.read() as s:
            quality.collectibility(s, AS_OF)
            grades = median_time(lambda: quality.collectibility(s, AS_OF), 3)
            arrears = median_time(lambda: quality.arrears(s, AS_OF), 3)
            count = len(quality.collectibility(s, AS_OF).rows)
    finally:
        book.close()
    note = f"{count:,} loans"
    return [
        Row("kolektibilitas + PPAP, all loans", grades, 0.5, floor, note),
        Row("tunggakan (arrears), all loans", arrears, 0.5, floor, note),
    ]


def health_rows(path: Path) -> list[Row]:
    """The health assessment of one year (issue 18), for the default scheme (setting
    ``health.scheme``, KKPKK) and for Perdep 06/2016. The floor is what an assessment
    must read at least: every account's balance at the year end and a year earlier,
    the flows of both years (growth ratios), and each loan's position at the year end
    (the risk ratios' collectibility)."""
    from kopdesk.domain.health import Scheme
    from kopdesk.services.health import schemes
    from kopdesk.storage.db import open_book

    prior_first, prior_end = dt.date(YEAR - 1, 1, 1), dt.date(YEAR - 1, 12, 31)
    floor = floor_many(
        path,
        [
            (SUMS_TO, (AS_OF,)),
            (SUMS_TO, (prior_end,)),
            (SUMS_IN, (dt.date(YEAR, 1, 1), AS_OF)),
            (SUMS_IN, (prior_first, prior_end)),
            (LOAN_POSITIONS, (AS_OF,)),
        ],
        runs=3,
    )
    book = open_book(path, read_only=True)
    rows = []
    try:
        with book.read() as s:
            default = schemes.default_scheme(s)
            for scheme in dict.fromkeys((default, Scheme.PERDEP_2016)):
                schemes.assess(s, scheme, YEAR)  # warm
                took = median_time(lambda scheme=scheme: schemes.assess(s, scheme, YEAR), 3)
                found = schemes.assess(s, scheme, YEAR)
                predicate = found.predicate.value if found.predicate else "-"
                note = (
                    f"{len(found.indicators)} indicators, composite {found.composite} ({predicate})"
                )
                rows.append(
                    Row(f"penilaian kesehatan {scheme.label}, 1 year", took, 1.0, floor, note)
                )
    finally:
        book.close()
    return rows


def member_rows(path: Path, members: int) -> list[Row]:
    from kopdesk.services.savings import papers, routine
    from kopdesk.storage.db import open_book

    number = f"A-{members // 2:05d}"
    first = dt.date(YEAR, 1, 1)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    member_id = con.execute("SELECT id FROM member WHERE number = ?", (number,)).fetchone()[0]
    sukarela = con.execute(
        "SELECT COUNT(*) FROM savings_account a JOIN savings_product p ON p.id = a.product_id "
        "WHERE p.kind = 'sukarela'"
    ).fetchone()[0]
    accounts = con.execute("SELECT COUNT(*) FROM savings_account").fetchone()[0]
    con.close()
    f_stmt = floor_many(
        path,
        [(MEMBER_OPENING, (member_id, first)), (MEMBER_LINES, (member_id, first, AS_OF))],
        runs=20,
    )
    month_first = dt.date(YEAR, 12, 1)
    f_plan = floor_many(
        path, [(MONTH_BALANCES, (month_first,)), (MONTH_MOVES, (month_first, AS_OF))], runs=3
    )
    book = open_book(path, read_only=True)
    try:
        with book.read() as s:
            papers.member_statement(s, number, first, AS_OF)
            stmt = median_time(lambda: papers.member_statement(s, number, first, AS_OF), 20)
            today = dt.date(YEAR + 1, 1, 5)
            plan = median_time(lambda: routine.plan_month_end(s, f"{YEAR}-12", today=today), 3)
    finally:
        book.close()
    return [
        Row(f"mutasi simpanan satu anggota ({number}), 1 year", stmt, 0.005, f_stmt),
        Row(
            "rencana akhir bulan simpanan (month-end plan)",
            plan,
            5.0 * min(1.0, accounts / 20_000) if accounts < 20_000 else 5.0,
            f_plan,
            f"{accounts:,} accounts ({sukarela:,} sukarela); goal 5 s at 20,000",
        ),
    ]


def search_rows(path: Path) -> list[Row]:
    from kopdesk.services.members import register
    from kopdesk.storage.db import open_book

    typed = ["s", "su", "sut", "suti", "a", "a-", "a-0", "a-01", "a-012", "3273"]
    floor = statistics.median(floor_sql(path, SEARCH, (f"%{t}%", f"%{t}%"), runs=3) for t in typed)
    book = open_book(path, read_only=True)
    times = []
    try:
        with book.read() as s:
            for text in typed:

                def find(text: str = text) -> object:
                    ids = register.member_ids(s, register.MemberFilter(search=text))[:200]
                    return register.member_rows(s, ids)

                find()
                times.append(median_time(find, 3))
    finally:
        book.close()
    return [
        Row("cari anggota, per keystroke (median)", statistics.median(times), 0.03, floor),
        Row(
            "cari anggota, per keystroke (worst)",
            max(times),
            0.05,
            floor,
            "typed: " + " ".join(typed),
        ),
    ]


def deposit_row(path: Path, folder: Path) -> Row:
    from kopdesk.app.auth import sign_in
    from kopdesk.services.savings import counter
    from kopdesk.storage.db import open_book

    copy = copy_book(path, folder)
    book = open_book(copy)
    try:
        admin = sign_in(book, "admin", PASSWORD, record_session=False)
        days = iter(range(100))
        samples = []
        for _ in range(30):
            day = dt.date(YEAR + 1, 1, 2) + dt.timedelta(days=next(days) % 20)
            t0 = time.perf_counter()
            with book.unit_of_work() as s:
                counter.deposit(
                    s, admin, member="A-00002", product="sukarela", amount=50_000, on=day
                )
            samples.append(time.perf_counter() - t0)
    finally:
        book.close()
        copy.unlink()
    return Row("setoran di loket (one counter deposit)", statistics.median(samples[5:]), 0.010)


def import_row(folder: Path) -> Row:
    from benchmarks.bench_members import workbook
    from kopdesk.services.base import users
    from kopdesk.services.imports import members as member_import
    from kopdesk.services.ledger import books
    from kopdesk.services.setup.book import create_book
    from kopdesk.storage.db import open_book

    source = folder / "anggota.xlsx"
    workbook(source, 10_000)
    book = open_book(folder / "import.sqlite", create=True)
    try:
        with book.unit_of_work() as s:
            admin = users.create_first_admin(s, "admin", PASSWORD).actor()
            create_book(s, books.ProfileInput(name="KSP Benchmark"), YEAR, actor=admin)
        t0 = time.perf_counter()
        with book.read() as s:
            plan = member_import.plan_import(s, source)
        with book.unit_of_work() as s:
            member_import.commit_import(s, admin, plan)
        took = time.perf_counter() - t0
    finally:
        book.close()
    return Row("impor 10.000 anggota dari xlsx (check + commit)", took, 5.0)


def rat_rows(path: Path, folder: Path) -> list[Row]:
    copy = copy_book(path, folder)
    code = (
        "import sys; from kopdesk.app.auth import sign_in; "
        "from kopdesk.app import papers; from kopdesk.storage.db import open_book; "
        f"b = open_book(sys.argv[1]); a = sign_in(b, 'admin', {PASSWORD!r}, record_session=False); "
        f"papers.rat_book_pdf(b, {YEAR}, actor=a); b.close()"
    )
    seconds, peak = run_process([sys.executable, "-c", code, str(copy)])
    copy.unlink()
    return [
        Row("buku RAT (PDF, end to end, own process)", seconds, 10.0),
        Row("buku RAT, peak memory", peak, 300.0, unit="MB"),
    ]


def cli_rows(path: Path, folder: Path) -> list[Row]:
    from kopdesk.services.closing import statements
    from kopdesk.storage.db import open_book

    env = dict(os.environ, KOPDESK_PASSWORD=PASSWORD, KOPDESK_USER="admin")
    python = process_median([sys.executable, "-c", "pass"], 5)
    version = process_median([*kopdesk_cmd(), "--version"], 5, env)
    helped = process_median([*kopdesk_cmd(), "--help"], 5, env)
    rows = [
        Row("kopdesk --version (process)", version, 0.2, python),
        Row("kopdesk --help (process)", helped, 0.2, python),
    ]
    copy = copy_book(path, folder)
    book = open_book(copy, read_only=True)
    with book.read() as s:
        period = statements.period_of(s, YEAR)
        bs = median_time(lambda: statements.balance_sheet(s, period), 3)
        inc = median_time(lambda: statements.income_statement(s, period), 3)
    book.close()
    out = folder / "x.csv"
    for name, service in (("balance-sheet", bs), ("income", inc)):
        args = [
            *kopdesk_cmd(),
            "report",
            name,
            "--db",
            str(copy),
            "--year",
            str(YEAR),
            "--out",
            str(out),
        ]
        whole = process_median(args, 3, env)
        rows.append(
            Row(
                f"kopdesk report {name} (process)",
                whole,
                service + 0.5 + python,
                service,
                f"overhead {whole - service:.2f} s (goal 0.5 s)",
            )
        )
    seconds, peak = run_process(
        [
            *kopdesk_cmd(),
            "report",
            "journal",
            "--db",
            str(copy),
            "--from",
            "2019-01-01",
            "--to",
            f"{YEAR + 1}-12-31",
            "--out",
            str(out),
        ],
        env,
    )
    lines = sum(1 for _ in out.open(encoding="utf-8-sig"))
    rows.append(
        Row(
            "kopdesk report journal, whole book (process)",
            seconds,
            5.0,
            note=f"{lines:,} CSV lines, peak {peak:.0f} MB (goal 300 MB)",
        )
    )
    rows.append(Row("kopdesk report journal, peak memory", peak, 300.0, unit="MB"))
    copy.unlink()
    return rows


PROBE = r"""
import sys, tempfile, time
t_imports = time.perf_counter()
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import kopdesk.ui.app as gui
from kopdesk.ui.trust import login_dialog
t_imported = time.perf_counter()
from kopdesk.app.auth import sign_in
signin = []

def ask(cls, book, parent=None):
    t = time.perf_counter()
    actor = sign_in(book, "admin", sys.argv[2])
    signin.append(time.perf_counter() - t)
    return actor

login_dialog.LoginDialog.ask = classmethod(ask)
app = QApplication([sys.argv[0]])
# the window's place on screen (kopdesk.ini) in a folder of the probe's own, not the user's
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())

def shown():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(5, shown)
        return
    app.processEvents()
    print(time.time(), t_imported - t_imports, signin[0] if signin else -1, flush=True)
    windows[0].close()
    app.quit()

QTimer.singleShot(0, shown)
gui.run_gui(__import__("pathlib").Path(sys.argv[1]))
"""


def dashboard_rows(path: Path) -> list[Row]:
    """Beranda's reads, done in a worker after the window shows (placeholders first)."""
    from kopdesk.services.overview import dashboard
    from kopdesk.storage.db import open_book

    book = open_book(path, read_only=True)
    try:
        with book.read() as s:
            board = median_time(lambda: dashboard.read_dashboard(s, AS_OF), 3)
            npl = median_time(lambda: dashboard.npl_trend(s, AS_OF), 1)
    finally:
        book.close()
    return [
        Row("Beranda: figures, 12-month trends, to-do (worker)", board, 1.0),
        Row("Beranda: NPL trend, 12 month-ends (worker, after)", npl, 6.0),
    ]


def window_rows(path: Path, folder: Path) -> list[Row]:
    copy = copy_book(path, folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    firsts, imports, signins = [], [], []
    for _ in range(5):
        t0 = time.time()
        out = subprocess.run(
            [sys.executable, "-c", PROBE, str(copy), PASSWORD],
            capture_output=True,
            check=False,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=300,
        )
        lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
        if out.returncode or not lines:
            raise RuntimeError(f"window probe failed: {out.stderr[-2000:]}")
        shown, imported, signed = (float(x) for x in lines[-1].split())
        firsts.append(shown - t0)
        imports.append(imported)
        signins.append(signed)
    copy.unlink()
    return [
        *dashboard_rows(path),
        Row("jendela: start to first usable main window", statistics.median(firsts), 1.5),
        Row("jendela: imports of the window's modules", statistics.median(imports), 0.5),
        Row("jendela: sign-in (service)", statistics.median(signins), 0.3),
    ]


def demo_row(folder: Path) -> Row:
    target = folder / "demo.sqlite"
    seconds, _peak = run_process(
        [*kopdesk_cmd(), "demo", "--db", str(target), "--today", "2026-11-30"]
    )
    return Row("kopdesk demo (whole process)", seconds, 15.0)


def hledger_rows(path: Path, folder: Path) -> list[Row]:
    """The export for auditors and hledger on it: ``kopdesk export ledger`` of the whole
    book, then hledger's ``bal`` and ``bs`` on the file beside
    kopdesk's own Neraca Saldo and Neraca of the same day (whole processes each)."""
    if shutil.which("hledger") is None:
        return [Row("hledger: not installed (apt-get install hledger)", float("nan"), None)]
    env = dict(os.environ, KOPDESK_PASSWORD=PASSWORD, KOPDESK_USER="admin")
    out, csv_out = folder / "book.journal", folder / "tb.csv"
    export = [*kopdesk_cmd(), "export", "ledger", "--db", str(path), "--format", "hledger"]
    # (no peak memory here: a child's reports the pages it had from this process, which
    # may have just built the book; docs/benchmarks.md has it measured alone)
    seconds = process_median([*export, "--out", str(out)], 3, env)
    size = out.stat().st_size / 2**20
    rows = [
        Row(
            "kopdesk export ledger --format hledger (process)",
            seconds,
            None,
            note=f"{size:.0f} MB file",
        )
    ]
    end = (AS_OF + dt.timedelta(days=1)).isoformat()  # hledger's --end leaves it out
    tb = [
        *kopdesk_cmd(),
        "report",
        "trial-balance",
        "--db",
        str(path),
        "--as-of",
        AS_OF.isoformat(),
        "--out",
        str(csv_out),
    ]
    ours_tb = process_median(tb, 3, env)
    bs = [
        *kopdesk_cmd(),
        "report",
        "balance-sheet",
        "--db",
        str(path),
        "--year",
        str(YEAR),
        "--out",
        str(csv_out),
    ]
    ours_bs = process_median(bs, 3, env)
    theirs_bal = process_median(["hledger", "-f", str(out), "bal", "--end", end], 3)
    theirs_bs = process_median(["hledger", "-f", str(out), "bs", "--end", end], 3)
    rows += [
        Row("kopdesk report trial-balance, CSV (process)", ours_tb, None),
        Row("hledger bal on the export (process)", theirs_bal, None,
            note=f"kopdesk's trial balance {ours_tb:.2f} s"),
        Row("kopdesk report balance-sheet, CSV (process)", ours_bs, None),
        Row("hledger bs on the export (process)", theirs_bs, None,
            note=f"kopdesk's balance sheet {ours_bs:.2f} s"),
    ]  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse this book")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated groups: "
        + ", ".join(
            [
                "statements",
                "loans",
                "health",
                "savings",
                "search",
                "deposit",
                "import",
                "rat",
                "cli",
                "window",
                "demo",
                "hledger",
            ]
        ),
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    # An installed kopdesk runs from compiled bytecode; this environment may say not to
    # write it (PYTHONDONTWRITEBYTECODE), which would make every child process compile
    # all of kopdesk again. Compile once, and let the children use it.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kopdesk")], check=False)
    path = build_or_reuse(args.members, args.db)
    folder = Path(tempfile.mkdtemp(prefix="kopdesk-bench-"))
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    counts = {
        t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("member", "journal_entry", "journal_line", "loan", "savings_account")
    }
    con.close()
    members = counts["member"]
    groups: dict[str, Callable[[], list[Row]]] = {
        "statements": lambda: statements_rows(path),
        "loans": lambda: loan_rows(path),
        "health": lambda: health_rows(path),
        "savings": lambda: member_rows(path, members),
        "search": lambda: search_rows(path),
        "deposit": lambda: [deposit_row(path, folder)],
        "import": lambda: [import_row(folder)],
        "rat": lambda: rat_rows(path, folder),
        "cli": lambda: cli_rows(path, folder),
        "window": lambda: window_rows(path, folder),
        "demo": lambda: [demo_row(folder)],
        "hledger": lambda: hledger_rows(path, folder),
    }
    chosen = [g for g in args.only.split(",") if g] or list(groups)
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows += groups[name]()
        except Exception as exc:  # one failing group must not hide the others
            rows.append(Row(f"{name}: FAILED {type(exc).__name__}: {exc}"[:200], float("nan"), 0.0))
    shutil.rmtree(folder, ignore_errors=True)
    header = (
        f"kopdesk benchmarks, {dt.datetime.now():%Y-%m-%d %H:%M}, {platform.node()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; book "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f"; run took {time.perf_counter() - started:.0f} s"
    )
    print(header)
    print(render(rows, markdown=args.markdown))
    missed = [r for r in rows if r.met is False or math.isnan(r.seconds)]
    print(
        f"{len(rows) - len(missed)} of {len(rows)} goals met"
        + ("; missed: " + "; ".join(r.op for r in missed) if missed else "")
    )
    return 1 if args.check and missed else 0


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if math.isnan(value):
        return "failed"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def render(rows: list[Row], *, markdown: bool) -> str:
    table = [["operation", "kopdesk", "raw SQL floor", "ratio", "goal", "met", "note"]]
    for r in rows:
        table.append(
            [
                r.op,
                _fmt(r.seconds, r.unit),
                _fmt(r.floor, r.unit),
                f"{r.ratio:.1f}×" if r.ratio is not None else "—",
                ("≤ " + _fmt(r.goal, r.unit)) if r.goal is not None else "—",
                {True: "yes", False: "NO", None: "—"}[r.met],
                r.note,
            ]
        )
    if markdown:
        lines = ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(table[0])]
        lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in table
    )


if __name__ == "__main__":
    sys.exit(main())
