"""Benchmark the RAT book on a large generated book (not part of the tests).

    python benchmarks/bench_rat.py --members 10000 [--db PATH] [--slips]

Builds the savings book of ``bench_savings`` (members with pokok, wajib and
sukarela, three years of activity, bulk Core inserts), gives every member a
status history (aktif since joining; every 40th leaves in 2025, every 50th
joins in 2025) and half of them a running loan disbursed between July 2024 and
December 2025 with its schedule and the installments paid to the end of 2025
(entries linked into the journal's hash chain). With ``--db`` an existing file
made by this script is reused. Then times, for tahun buku 2025: ``rat_data``
(each of its steps), the layout of the book, the whole
``documents.rat_book_pdf`` path, and its page count; with ``--slips`` the SHU
slips of every member as well.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, insert, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdf

from benchmarks import bench_loans, bench_savings
from kopdesk.domain.loans import Terms, schedule
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.permissions import Actor
from kopdesk.models import (
    Account,
    ChainState,
    DocSequence,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    LoanInstallment,
    Member,
    MemberStatusEvent,
)
from kopdesk.services.base import users
from kopdesk.services.closing import rat, shu_papers
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import records as loan_records
from kopdesk.storage.db import Book, open_book

YEAR = 2025
END = dt.date(YEAR, 12, 31)


def _status_history(book: Book, n: int) -> None:
    """Aktif since joining; every 40th member leaves on 30 June 2025, every 50th
    joins on 1 March 2025 instead of 2020."""
    at = dt.datetime(2020, 1, 2, 9)
    rows: list[dict[str, object]] = []
    joined_2025 = [i for i in range(1, n + 1) if i % 50 == 0]
    left = [i for i in range(1, n + 1) if i % 40 == 0 and i % 50]
    for i in range(1, n + 1):
        day = dt.date(YEAR, 3, 1) if i % 50 == 0 else dt.date(2020, 1, 2)
        rows.append(
            {
                "member_id": i,
                "status": "aktif",
                "date": day,
                "reason": "Pendaftaran",
                "recorded_by": "admin",
                "recorded_at": at,
            }
        )
    rows += [
        {
            "member_id": i,
            "status": "keluar",
            "date": dt.date(YEAR, 6, 30),
            "reason": "Permintaan sendiri",
            "recorded_by": "admin",
            "recorded_at": at,
        }
        for i in left
    ]
    with book.unit_of_work() as s:
        s.execute(insert(MemberStatusEvent), rows)
        s.execute(
            update(Member)
            .where(Member.id.in_(joined_2025))
            .values(join_date=dt.date(YEAR, 3, 1), status_date=dt.date(YEAR, 3, 1))
        )
        s.execute(
            update(Member)
            .where(Member.id.in_(left))
            .values(status="keluar", status_date=dt.date(YEAR, 6, 30))
        )


def _loans(book: Book, n: int, seed: int = 17) -> None:
    """A running loan for every other member, continuing the journal's chain and
    number sequences left by the savings generator."""
    rng = random.Random(seed)
    with book.unit_of_work() as s:
        acc = {a.code: a.id for a in s.execute(select(Account)).scalars()}
        years = {y.year: y.id for y in s.execute(select(FiscalYear)).scalars()}
        products = {p.code: p for p in loan_products.list_products(s)}
        chain = s.execute(select(ChainState).where(ChainState.name == "journal")).scalar_one()
        w = bench_loans._Writer(years)
        w.entry_id, w.prev = chain.last_seq, chain.last_hash
        known = {d.key: d.last_value for d in s.execute(select(DocSequence)).scalars()}
        w.seq = dict(known)
        rows: list[dict[str, object]] = []
        plan: list[dict[str, object]] = []
        span = (dt.date(YEAR, 12, 15) - dt.date(2024, 7, 1)).days
        now = dt.datetime(2024, 7, 1, 9)
        for loan_id, member in enumerate(range(2, n + 1, 2), start=1):
            code = rng.choices(("umum", "usaha", "darurat"), (50, 30, 20))[0]
            p = products[code]
            start = dt.date(2024, 7, 1) + dt.timedelta(days=rng.randrange(span))
            tenor = rng.randrange(min(max(p.min_tenor, 6), p.max_tenor), p.max_tenor + 1)
            amount = rng.randrange(p.min_amount, p.max_amount + 1, 100_000)
            provisi, admin_fee = p.fees(amount)
            terms = Terms(amount, p.rate_percent, p.rate_period, tenor, p.method, p.rounding)
            installments = schedule(terms, start)
            number = f"PJ-{start.year}-{w.next(f'PJ-{start.year}'):05d}"
            rows.append(
                {
                    "id": loan_id,
                    "number": number,
                    "member_id": member,
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
            plan += [
                {
                    "loan_id": loan_id,
                    "number": x.number,
                    "due_date": x.due_date,
                    "principal": x.principal,
                    "interest": x.interest,
                }
                for x in installments
            ]
            cash = amount - provisi - admin_fee
            entry = w.entry(
                start,
                f"Pencairan {number}",
                loan_records.SOURCE,
                [
                    (acc[p.account_code], amount, member, loan_id),
                    (acc["1101"], -cash, member, None),
                    (acc[p.provisi_account_code], -provisi, None, None),
                    (acc[p.admin_account_code], -admin_fee, None, None),
                ],
            )
            w.event(
                loan_id, "cair", start, entry, cash=cash, principal=amount, cash_account=acc["1101"]
            )
            late = rng.random() < 0.12
            stop = (
                start + dt.timedelta(days=rng.randrange(60, 500)) if rng.random() < 0.06 else None
            )
            for x in installments:
                day = x.due_date + dt.timedelta(days=rng.randrange(8, 40) if late else 0)
                if day > END or (stop is not None and day > stop):
                    break
                entry = w.entry(
                    day,
                    f"Angsuran {number}",
                    loan_records.SOURCE,
                    [
                        (acc["1101"], x.total, member, None),
                        (acc[p.account_code], -x.principal, member, loan_id),
                        (acc[p.interest_account_code], -x.interest, member, None),
                    ],
                )
                event = w.event(
                    loan_id,
                    "angsuran",
                    day,
                    entry,
                    cash=x.total,
                    principal=x.principal,
                    interest=x.interest,
                    cash_account=acc["1101"],
                )
                w.parts.append(
                    {
                        "event_id": event,
                        "number": x.number,
                        "late_fee": 0,
                        "interest": x.interest,
                        "principal": x.principal,
                    }
                )
        s.execute(insert(Loan), rows)
        s.execute(insert(LoanInstallment), plan)
        w.flush(s)
        for key, value in w.seq.items():
            if key in known:
                s.execute(
                    update(DocSequence).where(DocSequence.key == key).values(last_value=value)
                )
            else:
                s.execute(insert(DocSequence).values(key=key, last_value=value))
        s.execute(
            update(ChainState)
            .where(ChainState.name == "journal")
            .values(last_seq=w.entry_id, last_hash=w.prev)
        )


def generate(book: Book, n: int) -> Actor:
    admin = bench_savings.generate(book, n)
    _status_history(book, n)
    _loans(book, n)
    return admin


def _admin(book: Book) -> Actor:
    with book.read() as s:
        return next(u.actor() for u in users.list_users(s) if u.username == "admin")


def timed(label: str, fn: object, runs: int = 3) -> object:
    samples, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - t0)
    print(f"{label:<55} {statistics.median(samples):8.2f} s  (of {runs})")
    return result


def time_shu_simulation(book: Book) -> None:
    """The SHU simulator's work: the year's plan alone, then three scenarios (one on
    the monthly-average basis, one on loan volume), as the Tutup Buku page asks."""
    from kopdesk.services.closing import shu

    with book.read() as s:
        plan = shu.get_plan(s, YEAR).as_input()
    scenarios = [
        plan,
        shu.PlanInput(plan.allocation, "rata_bulanan", plan.include_sukarela, plan.usaha_basis),
        shu.PlanInput(plan.allocation, plan.modal_basis, plan.include_sukarela, "volume"),
    ]
    for label, chosen in (("plan", scenarios[:1]), ("three scenarios", scenarios)):

        def simulate(chosen: list[shu.PlanInput] = chosen) -> object:
            with book.read() as s:
                return shu.simulate(s, YEAR, chosen)

        timed(f"shu.simulate ({label})", simulate)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--slips", action="store_true", help="also time every member's SHU slip")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench-rat.sqlite"
    fresh = not path.exists()
    book = open_book(path, create=fresh)
    if fresh:
        t0 = time.perf_counter()
        admin = generate(book, args.members)
        print(f"generated in {time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
    else:
        admin = _admin(book)
    with book.read() as s:
        count = {
            t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Member, JournalEntry, JournalLine, Loan)
        }
    print(", ".join(f"{v:,} {k}" for k, v in count.items()))

    steps: list[tuple[float, str]] = []

    def gather() -> object:
        steps.clear()
        with book.read() as s:
            return rat.rat_data(
                s, YEAR, progress=lambda _d, _t, label: steps.append((time.perf_counter(), label))
            )

    data = timed(f"rat_data({YEAR})", gather)
    assert isinstance(data, rat.RatBook)
    for (t0, label), (t1, _next) in itertools.pairwise(steps):
        print(f"    {label:<51} {t1 - t0:8.2f} s")
    shu_rows = len(data.shu.report.rows) if data.shu.report else 0
    print(
        f"    (appendix members, SHU members, pool) {len(data.members):,}, {shu_rows:,}, "
        f"{data.shu.report.pool if data.shu.report else 0:,}"
    )
    from kopdesk.reports.rat import render_rat_book

    stamp = DocumentStamp(
        dt.datetime(2026, 3, 1, 9),
        "Bendahara",
        "DOK-2026-000001",
        "KOPDESK|1|bench|DOK-2026-000001",
        "KOPDESK|1|bench|DOK-2026-000001",
    )
    pdf = timed(
        "render_rat_book (page count, then layout)", lambda: render_rat_book(data, stamp), 2
    )
    assert isinstance(pdf, bytes)
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    print(f"    (pages, size) {pages:,}, {len(pdf) / 1e6:.1f} MB")
    from kopdesk.app import papers as documents

    calls: list[int] = []
    t0 = time.perf_counter()
    documents.rat_book_pdf(book, YEAR, actor=admin, progress=lambda d, _t, _label: calls.append(d))
    print(
        f"{'documents.rat_book_pdf (data, register, layout, hash)':<55} "
        f"{time.perf_counter() - t0:8.2f} s  ({len(calls)} progress calls)"
    )
    time_shu_simulation(book)
    if args.slips:
        from kopdesk.reports.shu import render_shu_slips

        with book.read() as s:
            slips = shu_papers.shu_slips(s, YEAR)
        t0 = time.perf_counter()
        out = render_shu_slips(slips, stamp)
        print(
            f"{f'render_shu_slips ({len(slips.slips):,} slips)':<55} "
            f"{time.perf_counter() - t0:8.2f} s  ({len(out) / 1e6:.1f} MB)"
        )
    book.close()
    print(f"(book in {path}; measured {dt.datetime.now():%Y-%m-%d %H.%M})")


if __name__ == "__main__":
    main()
