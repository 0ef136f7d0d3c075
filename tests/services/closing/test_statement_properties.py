"""Identities of the financial statements on random books (hypothesis).

Random balanced entries over many accounts, sources and dates in two fiscal years
(some touching cash), then the closing entries of the first year posted by hand
(source ``tutup-buku``, as the year-end service posts them). Every expected
figure is computed here from the generated lines, not by the code under test:

- assets = liabilities + equity, each equal to the generated lines' balances;
- the cash flow's total = the sum of the cash lines in the period;
- the equity statement: saldo awal + movements = saldo akhir in every column,
  and saldo akhir = the balance sheet's equity;
- the PHU's SHU = income − expense of the period's lines without the closing
  entries, = the sum of the income account lines − the expense account lines,
  and for the closed year = the closing entry's surplus;
- closing a year changes no statement.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kopdesk.domain.papers.statements import FinancialStatements, Period
from kopdesk.domain.permissions import Actor
from kopdesk.models import Account, JournalEntry, JournalLine
from kopdesk.services.closing import statements, sums
from kopdesk.services.ledger import books
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_business_entry
from kopdesk.storage.db import Book, open_book

CASH = ["1101", "1112"]
OTHER = [
    "1301", "1390", "1604", "1694", "2101", "2302", "2321", "2401", "3101", "3102", "3201",
    "3401", "3501", "3601", "3901", "4101", "4201", "4390", "4901", "5101", "5201", "5301",
    "5901", "5990",
]  # fmt: skip
SOURCES = ["manual", "simpanan", "simpanan.keluar", "simpanan.saldo_awal", "shu", "pinjaman"]
START = dt.date(2025, 1, 1)

Lines = list[tuple[str, int]]
Entry = tuple[dt.date, str, Lines]


def is_result(code: str) -> bool:
    return code[0] in "45"


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    """2–4 lines summing to zero; half the entries touch cash."""
    day = START + dt.timedelta(days=draw(st.integers(0, 729)))
    pool = CASH + OTHER if draw(st.booleans()) else OTHER
    codes = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=4))
    amounts = [draw(st.integers(-(10**9), 10**9).filter(bool)) for _ in codes[1:]]
    first = -sum(amounts)
    if first == 0:
        amounts[0] += 1
        first = -1
    return day, draw(st.sampled_from(SOURCES)), list(zip(codes, [first, *amounts], strict=True))


periods = st.sampled_from(
    [(2025, "year", 1), (2026, "year", 1), (2026, "semester", 1), (2025, "quarter", 4),
     (2026, "quarter", 1), (2026, "month", 1), (2025, "month", 12), (2026, "month", 7)]
)  # fmt: skip


def _fresh(template_book: Path) -> Book:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return open_book(target)


def _post(book: Book, actor: Actor, items: list[Entry]) -> None:
    with book.unit_of_work() as s:
        for on, source, lines in items:
            post_business_entry(
                s,
                EntryInput(on, "Jurnal acak", [LineInput(c, a) for c, a in lines], source=source),
                actor=actor,
            )


def _closing(items: list[Entry]) -> tuple[list[Entry], int]:
    """The closing entry of 2025 and the transfer to 3501, as the year-end service
    posts them, and the surplus they close."""
    balance: dict[str, int] = defaultdict(int)
    for on, _source, lines in items:
        if on.year == 2025:
            for code, amount in lines:
                if is_result(code):
                    balance[code] += amount
    closing = [(code, -amount) for code, amount in balance.items() if amount]
    surplus = -sum(balance.values())
    if surplus:
        closing.append(("3502", -surplus))
    out: list[Entry] = []
    if len(closing) >= 2:
        out.append((dt.date(2025, 12, 31), sums.CLOSING_SOURCE, closing))
    if surplus:
        out.append((dt.date(2026, 1, 1), sums.CLOSING_SOURCE,
                    [("3502", surplus), ("3501", -surplus)]))  # fmt: skip
    return out, surplus


def _net(items: list[Entry], *, until: dt.date, since: dt.date | None = None) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for on, _source, lines in items:
        if on <= until and (since is None or on >= since):
            for code, amount in lines:
                out[code] += amount
    return out


def _check(
    fs: FinancialStatements, period: Period, everything: list[Entry], plain: list[Entry]
) -> None:
    """``everything``: every posted entry (closing included); ``plain``: without closing."""
    bs, phu, flow, eq = fs.balance_sheet, fs.income, fs.cash_flow, fs.equity
    for when, column in ((period.end, 0), (fs.prior_period.end, 1)):
        net = _net(everything, until=when)
        assets = sum(v for c, v in net.items() if c[0] == "1")
        liabilities = -sum(v for c, v in net.items() if c[0] == "2")
        equity = -sum(v for c, v in net.items() if c[0] in "345")
        totals = [
            (ln.amount, ln.prior)[column]
            for code in ("jumlah_aset", "jumlah_liabilitas", "jumlah_ekuitas")
            for ln in [bs.line(code)]
        ]
        assert totals == [assets, liabilities, equity]
        assert assets == liabilities + equity
        by_section: dict[str, int] = defaultdict(int)
        for ln in bs.accounts():
            by_section[ln.section] += (ln.amount, ln.prior)[column]
        assert by_section["aset"] == by_section["liabilitas"] + by_section["ekuitas"]
    for p, column in ((period, 0), (fs.prior_period, 1)):
        moved = _net(plain, until=p.end, since=p.start)
        shu = -sum(v for c, v in moved.items() if is_result(c))
        assert (phu.line("shu").amount, phu.line("shu").prior)[column] == shu
        income = sum((ln.amount, ln.prior)[column] for ln in phu.accounts("pendapatan"))
        expense = sum((ln.amount, ln.prior)[column] for ln in phu.accounts("beban"))
        assert income - expense == shu
        oci = -moved.get("3601", 0)
        assert (phu.line("pkl").amount, phu.line("pkl").prior)[column] == oci
        cash_moved = sum(v for c, v in _net(everything, until=p.end, since=p.start).items()
                         if c[:2] == "11")  # fmt: skip
        before = _net(everything, until=p.start - dt.timedelta(days=1))
        cash_before = sum(v for c, v in before.items() if c[:2] == "11")
        kenaikan = flow.line("kenaikan_kas")
        assert (kenaikan.amount, kenaikan.prior)[column] == cash_moved
        assert (flow.line("kas_awal").amount, flow.line("kas_awal").prior)[column] == cash_before
        activities = sum(
            (flow.line(f"jumlah_{a}").amount, flow.line(f"jumlah_{a}").prior)[column]
            for a in ("operasi", "investasi", "pendanaan")
        )
        assert activities == cash_moved
    for block, column in ((eq.current, 0), (eq.prior, 1)):
        for i in range(len(eq.columns)):
            movements = sum(r.amounts[i] for r in block.movements)
            assert block.opening.amounts[i] + movements == block.closing.amounts[i]
        for row in block.rows:
            assert sum(row.amounts) == row.total
        bs_equity = bs.line("jumlah_ekuitas")
        assert block.closing.total == (bs_equity.amount, bs_equity.prior)[column]
        start_net = _net(everything, until=block.period.start - dt.timedelta(days=1))
        assert block.opening.total == -sum(v for c, v in start_net.items() if c[0] in "345")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=st.lists(entries(), min_size=1, max_size=14), choice=periods)
def test_statement_identities_hold_on_random_books_closed_or_not(
    template_book: Path, bendahara: Actor, items: list[Entry], choice: tuple[int, str, int]
) -> None:
    book = _fresh(template_book)
    try:
        with book.unit_of_work() as s:
            books.open_fiscal_year(s, bendahara, 2026)
        _post(book, bendahara, items)
        with book.read() as s:
            period = statements.period_of(s, *choice)
            before = statements.all_statements(s, period)
        _check(before, period, items, items)
        closing, surplus = _closing(items)
        _post(book, bendahara, closing)
        with book.read() as s:
            after = statements.all_statements(s, period)
            year_2025 = statements.income_statement(s, statements.period_of(s, 2025))
        _check(after, period, items + closing, items)
        assert year_2025.amount("shu") == surplus
        assert after.balance_sheet == before.balance_sheet
        assert after.income == before.income
        assert after.cash_flow == before.cash_flow
        assert after.equity == before.equity
        with book.read() as s:
            assert_identities_in_book(s, period, after)
    finally:
        book.close()


def assert_identities_in_book(
    session: Session, period: Period, fs: FinancialStatements | None = None
) -> FinancialStatements:
    """The identities on any book (the demo's), each side computed here straight from
    the journal lines: A = L + E, cash-flow total = change in cash, equity statement
    = balance-sheet equity with tied columns, SHU = income − expense without closing
    entries. Returns the statements (``fs`` if given) for further checks."""
    fs = fs or statements.all_statements(session, period)
    original = aliased(JournalEntry)

    def total(prefixes: str, *, until: dt.date, since: dt.date | None = None,
              skip_closing: bool = False) -> int:  # fmt: skip
        stmt = (
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .outerjoin(original, original.id == JournalEntry.reversal_of_id)
            .where(JournalLine.date <= until, func.substr(Account.code, 1, 1).in_(list(prefixes)))
        )
        if since is not None:
            stmt = stmt.where(JournalLine.date >= since)
        if skip_closing:
            stmt = stmt.where(
                JournalEntry.source != sums.CLOSING_SOURCE,
                func.coalesce(original.source, "") != sums.CLOSING_SOURCE,
            )
        return int(session.execute(stmt).scalar_one())

    def cash(*, until: dt.date, since: dt.date | None = None) -> int:
        stmt = (
            select(func.coalesce(func.sum(JournalLine.amount), 0))
            .join(Account, Account.id == JournalLine.account_id)
            .where(Account.code.like("11%"), JournalLine.date <= until)
        )
        if since is not None:
            stmt = stmt.where(JournalLine.date >= since)
        return int(session.execute(stmt).scalar_one())

    bs, phu, flow, eq = fs.balance_sheet, fs.income, fs.cash_flow, fs.equity
    for p, column in ((fs.period, 0), (fs.prior_period, 1)):
        assets = total("1", until=p.end)
        liabilities, equity = -total("2", until=p.end), -total("345", until=p.end)
        shown = [(bs.line(c).amount, bs.line(c).prior)[column]
                 for c in ("jumlah_aset", "jumlah_liabilitas", "jumlah_ekuitas")]  # fmt: skip
        assert shown == [assets, liabilities, equity]
        assert assets == liabilities + equity
        shu = -total("45", until=p.end, since=p.start, skip_closing=True)
        assert (phu.line("shu").amount, phu.line("shu").prior)[column] == shu
        moved = cash(until=p.end, since=p.start)
        kenaikan = flow.line("kenaikan_kas")
        assert (kenaikan.amount, kenaikan.prior)[column] == moved
        block = (eq.current, eq.prior)[column]
        assert block.closing.total == equity
        for i in range(len(eq.columns)):
            movements = sum(r.amounts[i] for r in block.movements)
            assert block.opening.amounts[i] + movements == block.closing.amounts[i]
    return fs
