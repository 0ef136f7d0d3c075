"""Benchmark loans on a large generated book (not part of the tests).

    python benchmarks/bench_loans.py --loans 5000 [--db PATH]

Generates a koperasi with one running loan per member (the three default
products: umum flat, usaha menurun, darurat anuitas), disbursed over two
years, with their stored schedules and the payments so far written the way
the services write them (bulk Core inserts): a disbursement entry and one
entry per payment with loan_event and loan_payment_part rows, every entry
linked into the journal's hash chain. Most borrowers pay on time, some late,
some stopped paying (so every grade has loans). Then times what a treasurer
waits for: arrears and kolektibilitas over all loans, one bill, one payment
through the full service path, the month-end allowance (PPAP). Prints one
line per measurement; medians of several runs.
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
from kopdesk.domain.loans import Terms, schedule
from kopdesk.domain.permissions import Actor
from kopdesk.models import (
    Account,
    ChainState,
    DocSequence,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstallment,
    LoanPaymentPart,
    Member,
)
from kopdesk.services.base import users
from kopdesk.services.ledger import books
from kopdesk.services.loans import payments, schedules
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book

YEARS = (2024, 2025, 2026)
AS_OF = dt.date(2026, 6, 30)
TODAY = dt.date(2026, 7, 3)
Line = tuple[int, int, int | None, int | None]
"""(account id, amount, member id, loan id)."""


class _Writer:
    """Builds entries, lines, loan events and the hash chain in memory."""

    def __init__(self, years: dict[int, int]) -> None:
        self.years = years
        self.entry_id = 0
        self.event_id = 0
        self.prev = GENESIS
        self.seq: dict[str, int] = {}
        self.lines: list[dict[str, object]] = []
        self.heads: list[dict[str, object]] = []
        self.events: list[dict[str, object]] = []
        self.parts: list[dict[str, object]] = []

    def next(self, key: str) -> int:
        self.seq[key] = self.seq.get(key, 0) + 1
        return self.seq[key]

    def entry(self, day: dt.date, text: str, source: str, lines: list[Line]) -> int:
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
                "savings_account_id": None,
                "loan_id": loan,
            }
            for n, (account, amount, member, loan) in enumerate([x for x in lines if x[1]], start=1)
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

    def event(self, loan_id: int, kind: str, day: dt.date, entry_id: int, **money: int) -> int:
        self.event_id += 1
        prefix = loan_records.EVENT_PREFIX[kind]
        self.events.append(
            {
                "id": self.event_id,
                "number": f"{prefix}-{day.year}-{self.next(f'{prefix}-{day.year}'):06d}",
                "loan_id": loan_id,
                "kind": kind,
                "date": day,
                "cash": money.get("cash", 0),
                "principal": money.get("principal", 0),
                "interest": money.get("interest", 0),
                "late_fee": 0,
                "overpayment": 0,
                "cash_account_id": money["cash_account"],
                "entry_id": entry_id,
                "note": "",
                "created_by": "admin",
                "created_at": dt.datetime(day.year, day.month, day.day, 9),
            }
        )
        return self.event_id

    def flush(self, session: Session) -> None:
        session.execute(insert(JournalLine), self.lines)
        session.execute(insert(JournalEntry), self.heads)
        session.execute(insert(LoanEvent), self.events)
        if self.parts:
            session.execute(insert(LoanPaymentPart), self.parts)
        self.lines, self.heads, self.events, self.parts = [], [], [], []


def _nik(i: int) -> str:
    day, month, yy = 1 + i % 28, 1 + i // 28 % 12, 60 + i // 336 % 40
    return f"327301{day:02d}{month:02d}{yy:02d}{i % 10000:04d}"


def _pay_delay(rng: random.Random, habit: str) -> int:
    return rng.randrange(0, 4) if habit == "tepat" else rng.randrange(8, 40)


def generate(book: Book, n_loans: int, seed: int = 13) -> Actor:
    """Fill ``book`` with ``n_loans`` running loans; returns its Admin."""
    rng = random.Random(seed)
    with book.unit_of_work() as s:
        admin = users.create_first_admin(s, "admin", "benchmark-1").actor()
        create_book(s, books.ProfileInput(name="KSP Benchmark Makmur"), YEARS[0], actor=admin)
        for year in YEARS[1:]:
            books.open_fiscal_year(s, admin, year)
        acc = {a.code: a.id for a in s.execute(select(Account)).scalars()}
        years = {y.year: y.id for y in s.execute(select(FiscalYear)).scalars()}
        products = {p.code: p for p in loan_products.list_products(s)}
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
                for i in range(1, n_loans + 1)
            ],
        )
        w = _Writer(years)
        capital = n_loans * 60_000_000
        w.entry(
            dt.date(YEARS[0], 1, 2),
            "Saldo awal kas",
            "manual",
            [(acc["1112"], capital, None, None), (acc["3901"], -capital, None, None)],
        )
        loan_rows: list[dict[str, object]] = []
        plan: list[dict[str, object]] = []
        span = (dt.date(2026, 5, 31) - dt.date(2024, 7, 1)).days
        for i in range(1, n_loans + 1):
            code = rng.choices(("umum", "usaha", "darurat"), (50, 30, 20))[0]
            p = products[code]
            start = dt.date(2024, 7, 1) + dt.timedelta(days=rng.randrange(span))
            elapsed = (AS_OF.year - start.year) * 12 + AS_OF.month - start.month + 1
            tenor = min(max(elapsed + rng.randrange(1, 24), p.min_tenor), p.max_tenor)
            if tenor <= elapsed:  # darurat loans are short: a later start keeps it running
                start = AS_OF - dt.timedelta(days=rng.randrange(10, 25 * tenor))
            amount = rng.randrange(p.min_amount, p.max_amount + 1, 100_000)
            provisi, admin_fee = p.fees(amount)
            terms = Terms(amount, p.rate_percent, p.rate_period, tenor, p.method, p.rounding)
            rows = schedule(terms, start)
            loan_rows.append(
                {
                    "id": i,
                    "number": f"PJ-{start.year}-{w.next(f'PJ-{start.year}'):05d}",
                    "member_id": i,
                    "product_id": p.id,
                    "status": "aktif",
                    "amount": amount,
                    "tenor": tenor,
                    "method": p.method.value,
                    "rate_percent": str(p.rate_percent),
                    "rate_period": p.rate_period.value,
                    "rounding": p.rounding.value,
                    "applied_on": start,
                    "applied_by": "kasir",
                    "decided_on": start,
                    "decided_by": "ketua",
                    "disbursed_on": start,
                    "provisi": provisi,
                    "admin_fee": admin_fee,
                    "created_at": now,
                }
            )
            plan.extend(
                {
                    "loan_id": i,
                    "number": x.number,
                    "due_date": x.due_date,
                    "principal": x.principal,
                    "interest": x.interest,
                }
                for x in rows
            )
            entry = w.entry(
                start,
                f"Pencairan PJ {i}",
                loan_records.SOURCE,
                [
                    (acc[p.account_code], amount, i, i),
                    (acc["1112"], -(amount - provisi - admin_fee), i, None),
                    (acc[p.provisi_account_code], -provisi, None, None),
                    (acc[p.admin_account_code], -admin_fee, None, None),
                ],
            )
            w.event(i, "cair", start, entry, cash=amount - provisi - admin_fee,
                    principal=amount, cash_account=acc["1112"])  # fmt: skip
            habit = rng.choices(("tepat", "telat", "berhenti"), (82, 12, 6))[0]
            stop = (
                start + dt.timedelta(days=rng.randrange(30, 700)) if habit == "berhenti" else None
            )
            for x in rows:
                day = x.due_date + dt.timedelta(days=_pay_delay(rng, habit))
                if day > AS_OF or (stop is not None and day > stop):
                    break
                entry = w.entry(
                    day,
                    f"Angsuran PJ {i}",
                    loan_records.SOURCE,
                    [
                        (acc["1101"], x.total, i, None),
                        (acc[p.account_code], -x.principal, i, i),
                        (acc[p.interest_account_code], -x.interest, i, None),
                    ],
                )
                event = w.event(i, "angsuran", day, entry, cash=x.total, principal=x.principal,
                                interest=x.interest, cash_account=acc["1101"])  # fmt: skip
                w.parts.append(
                    {"event_id": event, "number": x.number, "late_fee": 0,
                     "interest": x.interest, "principal": x.principal}
                )  # fmt: skip
        s.execute(insert(Loan), loan_rows)
        s.execute(insert(LoanInstallment), plan)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loans", type=int, default=5_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite"
    book = open_book(path, create=True)
    t0 = time.perf_counter()
    admin = generate(book, args.loans)
    elapsed = time.perf_counter() - t0
    with book.read() as s:
        count = {
            table.__tablename__: s.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (JournalLine, JournalEntry, LoanInstallment, LoanEvent)
        }
    print(
        f"generated {args.loans:,} loans, "
        + ", ".join(f"{n:,} {name}" for name, n in count.items())
        + f" in {elapsed:.1f} s, {path.stat().st_size / 1e6:.0f} MB"
    )

    def arrears() -> object:
        with book.read() as s:
            return loan_quality.arrears(s, AS_OF)

    report = timed("loan_quality.arrears, all loans", arrears, runs=3)
    assert isinstance(report, loan_quality.ArrearsReport)
    print(f"{'  (loans overdue, overdue total)':<55} {len(report.rows)}, {report.overdue_total:,}")

    def grades() -> object:
        with book.read() as s:
            return loan_quality.collectibility(s, AS_OF)

    quality = timed("loan_quality.collectibility, all loans", grades, runs=3)
    assert isinstance(quality, loan_quality.CollectibilityReport)
    print(
        f"{'  (loans per grade)':<55} "
        + ", ".join(f"{g.grade.value} {g.loans}" for g in quality.grades)
    )
    number = min(report.rows, key=lambda p: p.loan_number).loan_number if report.rows else ""
    with book.read() as s:
        number = number or s.execute(select(Loan.number).limit(1)).scalar_one()

    def one_bill() -> object:
        with book.read() as s:
            return schedules.bill(s, number, AS_OF)

    owed = timed(f"schedules.bill({number})", one_bill, runs=7)
    assert isinstance(owed, schedules.Bill)
    day = iter(range(1, 29))

    def repay() -> object:
        with book.unit_of_work() as s:
            return payments.repay(s, admin, number, 50_000, dt.date(2026, 7, next(day)))

    timed("repay() through the full service path", repay, runs=7)
    t = time.perf_counter()
    with book.unit_of_work() as s:
        result = loan_quality.run_allowance(s, admin, "2026-06", today=TODAY)
    print(f"{'run_allowance 2026-06 (once)':<55} {(time.perf_counter() - t) * 1000:10.1f} ms")
    print(
        f"{'  (required, adjustment)':<55} {result.report.required_total:,}, {result.adjustment:,}"
    )
    book.close()
    print(f"(book in {path}; made {dt.datetime.now():%H.%M})")


if __name__ == "__main__":
    main()
