"""Benchmark savings on a large generated book (not part of the tests).

    python benchmarks/bench_savings.py --members 10000 [--db PATH]

Generates a koperasi whose members each hold pokok, wajib and sukarela
accounts, with three years of monthly activity written the way the services
write it (bulk Core inserts): an opening-balance batch, one payroll wajib batch
entry a month with a sub-ledger line per member, and counter deposits and
withdrawals of sukarela (two-line entries with savings_tx receipts), every
entry linked into the journal's hash chain. Then times what a teller and a
treasurer wait for. Prints one line per measurement; medians of several runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kopdesk.domain.chain import GENESIS, entry_record, link_hash
from kopdesk.domain.permissions import Actor
from kopdesk.models import (
    Account,
    ChainState,
    DocSequence,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Member,
    SavingsAccount,
    SavingsProduct,
    SavingsTransaction,
)
from kopdesk.services.base import users
from kopdesk.services.ledger import books
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter, wajib
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book

YEARS = (2023, 2024, 2025)
WAJIB = 50_000
KIND_TEXT = {"setor": "Setoran", "tarik": "Penarikan"}


class _Writer:
    """Builds entries, lines and the hash chain in memory; flushes per year."""

    def __init__(self, years: dict[int, int]) -> None:
        self.years = years
        self.entry_id = 0
        self.prev = GENESIS
        self.seq: dict[str, int] = {}
        self.lines: list[dict[str, object]] = []
        self.heads: list[dict[str, object]] = []
        self.txs: list[dict[str, object]] = []

    def next(self, key: str) -> int:
        self.seq[key] = self.seq.get(key, 0) + 1
        return self.seq[key]

    def entry(
        self,
        day: dt.date,
        text: str,
        source: str,
        lines: list[tuple[int, int, int | None, int | None]],
    ) -> int:
        """``lines``: (account id, amount, member id, savings account id). Returns the entry id."""
        self.entry_id += 1
        rows: list[dict[str, object]] = [
            {
                "entry_id": self.entry_id,
                "line_no": n,
                "account_id": account,
                "date": day,
                "amount": amount,
                "memo": "",
                "member_id": member,
                "savings_account_id": sa,
                "loan_id": None,
            }
            for n, (account, amount, member, sa) in enumerate(lines, start=1)
        ]
        head: dict[str, object] = {
            "id": self.entry_id,
            "number": f"JU-{day.year}-{self.next(f'JU-{day.year}'):06d}",
            "fiscal_year_id": self.years[day.year],
            "date": day,
            "description": text,
            "source": source,
            "created_by": "admin",
            "created_at": dt.datetime(day.year, day.month, day.day, 9),
            "reversal_of_id": None,
        }
        digest = link_hash(self.prev, entry_record(head, rows))
        self.heads.append(
            {**head, "chain_seq": self.entry_id, "prev_hash": self.prev, "hash": digest}
        )
        self.prev = digest
        self.lines += rows
        return self.entry_id

    def flush(self, session: Session) -> None:
        session.execute(insert(JournalLine), self.lines)
        session.execute(insert(JournalEntry), self.heads)
        if self.txs:
            session.execute(insert(SavingsTransaction), self.txs)
        self.lines, self.heads, self.txs = [], [], []


def _nik(i: int) -> str:
    day, month, yy = 1 + i % 28, 1 + i // 28 % 12, 60 + i // 336 % 40
    return f"327301{day:02d}{month:02d}{yy:02d}{i % 10000:04d}"


def generate(book: Book, n_members: int, seed: int = 11) -> Actor:
    """Fill ``book``; returns its Admin."""
    rng = random.Random(seed)
    with book.unit_of_work() as s:
        admin = users.create_first_admin(s, "admin", "benchmark-1").actor()
        create_book(s, books.ProfileInput(name="KSP Benchmark Makmur"), YEARS[0], actor=admin)
        for year in YEARS[1:]:
            books.open_fiscal_year(s, admin, year)
        books.open_fiscal_year(s, admin, YEARS[-1] + 1)
        acc = {a.code: a.id for a in s.execute(select(Account)).scalars()}
        years = {y.year: y.id for y in s.execute(select(FiscalYear)).scalars()}
        products = {p.code: p.id for p in s.execute(select(SavingsProduct)).scalars()}
        start = dt.date(YEARS[0], 1, 2)
        now = dt.datetime(YEARS[0], 1, 2, 9)
        s.execute(
            insert(Member),
            [
                {
                    "id": i,
                    "number": f"A-{i:05d}",
                    "full_name": f"Anggota {i:05d}",
                    "nik": _nik(i),
                    "birth_date": dt.date(1980, 1, 1),
                    "sex": "L" if i % 2 else "P",
                    "join_date": dt.date(2020, 1, 2),
                    "status": "aktif",
                    "status_date": dt.date(2020, 1, 2),
                    "created_at": now,
                }
                for i in range(1, n_members + 1)
            ],
        )
        prefix = {"pokok": "SP", "wajib": "SW", "sukarela": "SS"}
        ids: dict[tuple[int, str], int] = {}
        rows: list[dict[str, object]] = []
        for i in range(1, n_members + 1):
            for code in ("pokok", "wajib", "sukarela"):
                ids[i, code] = len(rows) + 1
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "number": f"{prefix[code]}-A-{i:05d}",
                        "member_id": i,
                        "product_id": products[code],
                        "slot": 0,
                        "opened_on": start,
                        "status": "aktif",
                        "rate_percent": "0",
                        "term_months": 0,
                        "rollover": False,
                    }
                )
        s.execute(insert(SavingsAccount), rows)
        w = _Writer(years)
        sukarela = {i: rng.randrange(2, 400) * 25_000 for i in range(1, n_members + 1)}
        opening: list[tuple[int, int, int | None, int | None]] = []
        for i in range(1, n_members + 1):
            opening += [
                (acc["3101"], -100_000, i, ids[i, "pokok"]),
                (acc["3102"], -36 * WAJIB, i, ids[i, "wajib"]),
                (acc["2101"], -sukarela[i], i, ids[i, "sukarela"]),
            ]
        total = -sum(a for _, a, _, _ in opening)
        w.entry(
            start,
            "Saldo awal simpanan anggota",
            "simpanan.saldo_awal",
            [(acc["3901"], total, None, None), *opening],
        )
        w.entry(
            start,
            "Saldo awal kas",
            "manual",
            [(acc["1101"], total, None, None), (acc["3901"], -total, None, None)],
        )
        for year in YEARS:
            for month in range(1, 13):
                for _ in range(n_members // 6):
                    i = rng.randrange(1, n_members + 1)
                    day = dt.date(year, month, rng.randrange(1, 29))
                    if sukarela[i] > 200_000 and rng.random() < 0.4:
                        amount, kind, cash = (
                            -(rng.randrange(1, sukarela[i] // 50_000) * 25_000),
                            "tarik",
                            1,
                        )
                    else:
                        amount, kind, cash = rng.randrange(1, 200) * 25_000, "setor", 1
                    sukarela[i] += amount
                    eid = w.entry(
                        day,
                        f"{KIND_TEXT[kind]} Simpanan Sukarela A-{i:05d}",
                        "simpanan",
                        [
                            (acc["1101"], amount, i, None),
                            (acc["2101"], -amount, i, ids[i, "sukarela"]),
                        ],
                    )
                    series = "BS" if kind == "setor" else "BP"
                    w.txs.append(
                        {
                            "number": f"{series}-{year}-{w.next(f'{series}-{year}'):06d}",
                            "kind": kind,
                            "date": day,
                            "member_id": i,
                            "savings_account_id": ids[i, "sukarela"],
                            "amount": abs(amount),
                            "penalty": 0,
                            "cash_account_id": acc["1101"] if cash else None,
                            "entry_id": eid,
                            "description": "",
                            "created_by": "admin",
                            "created_at": now,
                        }
                    )
                payroll = [
                    (acc["3102"], -WAJIB, i, ids[i, "wajib"]) for i in range(1, n_members + 1)
                ]
                w.entry(
                    dt.date(year, month, 25),
                    f"Potongan gaji simpanan wajib {month:02d}/{year}",
                    "simpanan.potong_gaji",
                    [(acc["1111"], WAJIB * n_members, None, None), *payroll],
                )
            w.flush(s)
        s.execute(insert(DocSequence), [{"key": k, "last_value": v} for k, v in w.seq.items()])
        s.execute(
            update(ChainState)
            .where(ChainState.name == "journal")
            .values(last_seq=w.entry_id, last_hash=w.prev)
        )
    return admin


def timed(label: str, fn: Callable[[], object], runs: int = 5) -> object:
    samples, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - t0)
    print(f"{label:<55} {statistics.median(samples) * 1000:10.1f} ms")
    return result


def statement(book: Book, number: str, first: dt.date, last: dt.date) -> int:
    """The query a 12-month statement needs: opening balances and the lines, per account."""
    with book.read() as s:
        accounts = [a.id for a in savings_accounts.member_accounts(s, number)]
        opening = savings_accounts.balances(s, accounts, first - dt.timedelta(days=1))
        rows = s.execute(
            select(
                JournalLine.savings_account_id,
                JournalLine.date,
                JournalLine.amount,
                JournalEntry.number,
                JournalEntry.description,
            )
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(
                JournalLine.savings_account_id.in_(accounts),
                JournalLine.date >= first,
                JournalLine.date <= last,
            )
            .order_by(JournalLine.savings_account_id, JournalLine.date, JournalLine.entry_id)
        ).all()
        return len(rows) + len(opening)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    book = open_book(path, create=True)
    t0 = time.perf_counter()
    admin = generate(book, args.members)
    elapsed = time.perf_counter() - t0
    with book.read() as s:
        n_lines = s.execute(select(func.count()).select_from(JournalLine)).scalar_one()
        n_entries = s.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
    print(
        f"generated {args.members:,} members, {n_entries:,} entries, {n_lines:,} lines "
        f"in {elapsed:.1f} s, {path.stat().st_size / 1e6:.0f} MB"
    )
    member = f"A-{args.members // 2:05d}"

    def accounts() -> object:
        with book.read() as s:
            return savings_accounts.member_accounts(s, member)

    timed(f"member_accounts({member})", accounts)
    rows = timed(
        "12-month statement query (3 accounts)",
        lambda: statement(book, member, dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    )
    print(f"{'  (rows)':<55} {rows}")
    today = dt.date(2026, 1, 5)

    def plan() -> object:
        with book.read() as s:
            return savings_routine.plan_month_end(s, "2025-12", today=today)

    result = timed("plan_month_end 2025-12", plan, runs=3)
    assert isinstance(result, savings_routine.MonthEndPlan)
    print(
        f"{'  (interest lines, gross, tax)':<55} {len(result.lines)}, "
        f"{result.gross_total:,}, {result.tax_total:,}"
    )
    t = time.perf_counter()
    with book.unit_of_work() as s:
        savings_routine.run_month_end(s, admin, "2025-12", today=today)
    print(
        f"{'run_month_end 2025-12 (plan + post, once)':<55} "
        f"{(time.perf_counter() - t) * 1000:10.1f} ms"
    )

    def billing() -> object:
        with book.read() as s:
            return wajib.wajib_billing(s, dt.date(2025, 12, 31))

    bill = timed("wajib_billing, all members", billing, runs=3)
    assert isinstance(bill, wajib.WajibBilling)
    print(f"{'  (rows, late)':<55} {len(bill.rows)}, {bill.members_late}")
    day = iter(range(1, 29))

    def deposit() -> object:
        with book.unit_of_work() as s:
            return counter.deposit(
                s,
                admin,
                member=member,
                product="sukarela",
                amount=100_000,
                on=dt.date(2026, 1, next(day)),
            )

    timed("deposit through the full service path", deposit, runs=7)
    book.close()
    print(f"(book in {path}; made {dt.datetime.now():%H.%M})")


if __name__ == "__main__":
    main()
