"""Benchmark the ledger on a large generated book (not part of the tests).

    python benchmarks/bench_ledger.py --entries 250000 [--db PATH] [--keep]

Generates a book of a cooperative with ``--entries`` two- or three-line
entries spread over five fiscal years (bulk Core inserts, lines before their
headers so the database's sealing trigger checks every entry), then times the
queries a treasurer waits for and the PDF renderers. Prints one line per
measurement; medians of several runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select, update

from kopdesk.domain.chain import GENESIS, entry_record, link_hash
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.permissions import Actor
from kopdesk.models import (
    Account,
    ChainState,
    DocSequence,
    FiscalYear,
    JournalEntry,
    JournalLine,
)
from kopdesk.reports.journal import render_journal
from kopdesk.reports.ledger import render_ledger
from kopdesk.reports.trial_balance import render_trial_balance
from kopdesk.services.base import users
from kopdesk.services.ledger import accounts, books, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.setup.book import create_book
from kopdesk.services.supervision import integrity
from kopdesk.storage.db import Book, open_book

YEARS = (2021, 2022, 2023, 2024, 2025)
PAIRS = [
    ("1101", "3202"),
    ("1101", "2401"),
    ("2401", "1101"),
    ("1320", "1101"),
    ("1101", "1320"),
    ("1101", "4101"),
    ("5202", "1101"),
    ("5205", "1101"),
    ("1112", "1101"),
    ("5101", "2401"),
]


def generate(book: Book, n_entries: int, seed: int = 7) -> Actor:
    """Fill ``book``; returns its Admin (bulk Core inserts, hash chain computed here)."""
    rng = random.Random(seed)
    with book.unit_of_work() as s:
        admin = users.create_first_admin(s, "admin", "benchmark-1").actor()
        create_book(s, books.ProfileInput(name="KSP Benchmark Makmur"), YEARS[0], actor=admin)
        for year in YEARS[1:]:
            books.open_fiscal_year(s, admin, year)
        ids = {a.code: a.id for a in s.execute(select(Account)).scalars()}
        years = {y.year: y.id for y in s.execute(select(FiscalYear)).scalars()}
        per_year = n_entries // len(YEARS)
        entry_id = 0
        prev = GENESIS
        for year in YEARS:
            start = dt.date(year, 1, 1)
            days = sorted(rng.randrange(365) for _ in range(per_year))
            lines, heads = [], []
            for seq, offset in enumerate(days, start=1):
                entry_id += 1
                day = start + dt.timedelta(days=offset)
                debit, credit = rng.choice(PAIRS)
                amount = rng.randrange(1, 2_000) * 5_000
                member = rng.randrange(1, 7_700)
                pair = [
                    _line(entry_id, 1, ids[debit], day, amount, member),
                    _line(entry_id, 2, ids[credit], day, -amount, member),
                ]
                lines += pair
                head: dict[str, object] = {
                    "id": entry_id,
                    "number": f"JU-{year}-{seq:06d}",
                    "fiscal_year_id": years[year],
                    "date": day,
                    "description": f"Transaksi anggota {member:05d}",
                    "source": "benchmark",
                    "created_by": "benchmark",
                    "created_at": dt.datetime(year, 1, 1),
                    "reversal_of_id": None,
                }
                digest = link_hash(prev, entry_record(head, pair))
                heads.append({**head, "chain_seq": entry_id, "prev_hash": prev, "hash": digest})
                prev = digest
            s.execute(insert(JournalLine), lines)
            s.execute(insert(JournalEntry), heads)
            s.execute(insert(DocSequence).values(key=f"JU-{year}", last_value=len(heads)))
        s.execute(
            update(ChainState)
            .where(ChainState.name == "journal")
            .values(last_seq=entry_id, last_hash=prev)
        )
    return admin


def _line(
    entry_id: int, line_no: int, account_id: int, day: dt.date, amount: int, member: int
) -> dict[str, object]:
    return {
        "entry_id": entry_id,
        "line_no": line_no,
        "account_id": account_id,
        "date": day,
        "amount": amount,
        "memo": "",
        "member_id": member,
        "savings_account_id": None,
        "loan_id": None,
    }


def timed(label: str, fn: Callable[[], object], runs: int = 5) -> object:
    samples, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - t0)
    print(f"{label:<55} {statistics.median(samples) * 1000:10.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=250_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    book = open_book(path, create=True)
    t0 = time.perf_counter()
    admin = generate(book, args.entries)
    elapsed = time.perf_counter() - t0
    lines = args.entries // len(YEARS) * len(YEARS) * 2
    print(
        f"generated {lines:,} lines in {elapsed:.1f} s ({lines / elapsed:,.0f} lines/s), "
        f"{path.stat().st_size / 1e6:.0f} MB"
    )
    as_of = dt.date(2025, 6, 30)
    with book.read() as s:
        timed("trial balance as of 2025-06-30", lambda: ledger.trial_balance(s, as_of))
        timed("chart of accounts with balances", lambda: accounts.account_balances(s, as_of))
        gl = timed(
            "ledger 1101, one month",
            lambda: ledger.general_ledger(s, "1101", dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
        )
        ids = timed("journal list: all ids, newest first", lambda: journal.entry_ids(s), runs=3)
        assert isinstance(ids, list)
        timed(
            "journal list: one page of 100 summaries", lambda: journal.entry_summaries(s, ids[:100])
        )
        jr = timed(
            "journal report, one month",
            lambda: ledger.journal_report(s, dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
            runs=3,
        )
        result = timed(
            "verify books (hash chains)", lambda: integrity.verify_books(s, admin), runs=1
        )
        assert getattr(result, "ok", False), "generated book does not verify"
        tb = ledger.trial_balance(s, as_of)
        big = ledger.general_ledger(s, "1101", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    stamp = DocumentStamp(made_at=dt.datetime(2025, 7, 1, 9, 0), made_by="benchmark")
    print(f"ledger 1101 for 2025 has {len(big.rows):,} rows; one month {len(gl.rows):,}")  # type: ignore[attr-defined]
    timed("PDF trial balance", lambda: render_trial_balance(tb, stamp), runs=3)
    timed(f"PDF ledger, {len(big.rows):,} rows", lambda: render_ledger(big, stamp), runs=1)
    timed("PDF journal, one month", lambda: render_journal(jr, stamp), runs=1)  # type: ignore[arg-type]
    book.close()
    if not args.keep and args.db is None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
