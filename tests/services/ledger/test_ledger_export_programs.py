"""The export of the demo book read by independent ledger programs (issue 19): hledger
(the Debian package; CI installs it) and beancount (a test dependency) each give
every account the balance kopdesk's Neraca Saldo gives it, and the same totals, on
days across the demo's three years."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from kopdesk.demo import build_demo
from kopdesk.services.ledger import ledger_export
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.ledger.ledger_export import LedgerFormat
from kopdesk.storage.db import Book, new_book, open_book
from tests.conftest import TODAY

DAYS = [
    dt.date(2024, 1, 31),
    dt.date(2024, 12, 31),
    dt.date(2025, 2, 10),
    dt.date(2025, 6, 30),
    dt.date(2025, 12, 31),
    dt.date(2026, 3, 21),
    TODAY,
]
"""Days the balances are compared on: month and year ends, the year close, a RAT day,
today (the demo's last day)."""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    path = tmp_path_factory.mktemp("export") / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=TODAY))
    opened = open_book(path)
    yield opened
    opened.close()


def export(book: Book, fmt: LedgerFormat, path: Path) -> Path:
    with book.read() as s, path.open("wb") as out:
        for chunk in ledger_export.export_chunks(s, fmt):
            out.write(chunk)
    return path


def kopdesk_balances(book: Book, day: dt.date) -> tuple[dict[str, int], int, int]:
    """Each account's debit-positive balance from the Neraca Saldo, its two totals."""
    with book.read() as s:
        tb = ledger.trial_balance(s, day)
    return {r.code: r.debit - r.credit for r in tb.rows}, tb.total_debit, tb.total_credit


def assert_same(found: dict[str, int], book: Book, day: dt.date) -> None:
    expected, total_debit, total_credit = kopdesk_balances(book, day)
    assert expected, day  # the comparison compares something
    assert {c: a for c, a in found.items() if a} == expected, day
    assert sum(a for a in found.values() if a > 0) == total_debit
    assert -sum(a for a in found.values() if a < 0) == total_credit


def hledger() -> str:
    found = shutil.which("hledger")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("hledger is missing in CI: .ci/run installs it with apt-get")
        pytest.skip("hledger is not installed here (apt-get install hledger; CI has it)")
    return found


def idr(text: str) -> int:
    number, _sep, commodity = text.strip().partition(" ")
    assert commodity in ("IDR", ""), text
    return int(number)


def test_hledger_gives_every_balance_of_the_trial_balance(demo: Book, tmp_path: Path) -> None:
    program = hledger()
    journal = export(demo, LedgerFormat.HLEDGER, tmp_path / "demo.journal")
    check = subprocess.run(
        [program, "-f", str(journal), "check", "accounts", "commodities"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    for day in DAYS:
        end = day + dt.timedelta(days=1)  # hledger's --end is the first day left out
        done = subprocess.run(
            [program, "-f", str(journal), "bal", "--flat", "--end", end.isoformat(), "-O", "csv"],
            capture_output=True,
            text=True,
            check=True,
        )
        rows = list(csv.reader(io.StringIO(done.stdout)))
        assert rows[0] == ["account", "balance"]
        assert rows[-1][0] == "total"
        assert idr(rows[-1][1]) == 0, rows[-1]
        found = {}
        for name, amount in rows[1:-1]:
            code = name.rsplit(":", 1)[-1].split(" ", 1)[0]
            found[code] = idr(amount)
        assert_same(found, demo, day)


def test_beancount_reads_the_export_without_errors_and_the_same_balances(
    demo: Book, tmp_path: Path
) -> None:
    from beancount import loader
    from beancount.core import data

    path = export(demo, LedgerFormat.BEANCOUNT, tmp_path / "demo.beancount")
    entries, errors, options = loader.load_file(str(path))
    assert errors == []
    assert options["operating_currency"] == ["IDR"]
    codes = {e.account: e.meta["code"] for e in entries if isinstance(e, data.Open)}
    postings = []
    for entry in entries:
        if isinstance(entry, data.Transaction):
            for posting in entry.postings:
                assert posting.units is not None
                assert posting.units.currency == "IDR"
                assert posting.units.number is not None
                postings.append((entry.date, codes[posting.account], int(posting.units.number)))
    for day in DAYS:
        found: dict[str, int] = defaultdict(int)
        for date, code, units in postings:
            if date <= day:
                found[code] += units
        assert_same(found, demo, day)
