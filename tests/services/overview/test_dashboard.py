"""Beranda's figures equal what the reports' own services say, on a demo book built for
the tests' pinned day; the month-end checklist follows the routines' own records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.demo import build_demo
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.models import Member, SavingsProduct
from kopdesk.services.assets import depreciation
from kopdesk.services.closing import shu_bases, statements
from kopdesk.services.ledger import accounts
from kopdesk.services.loans import quality
from kopdesk.services.members.register import status_history
from kopdesk.services.overview import dashboard, month_end
from kopdesk.services.savings import papers, routine, wajib
from kopdesk.storage.db import Book, new_book, open_book
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=TODAY, members=40))
    book = open_book(path)
    yield book
    book.close()


@pytest.fixture
def s(demo: Book) -> Iterator[Session]:
    with demo.read() as session:
        yield session


def test_month_ends_run_back_twelve_months_from_the_day() -> None:
    days = dashboard.month_ends(dt.date(2026, 3, 10))
    assert len(days) == 12
    assert days[0] == dt.date(2025, 4, 30)
    assert days[-2:] == (dt.date(2026, 2, 28), dt.date(2026, 3, 10))


def test_members_are_the_aktif_members_of_the_status_history(s: Session) -> None:
    figures = dashboard.read_figures(s, TODAY)
    for day, count in zip(dashboard.month_ends(TODAY), figures.members_trend, strict=True):
        assert count == len(shu_bases.members_on(s, day))
    assert figures.members_active == len(shu_bases.members_on(s, TODAY))
    first = TODAY.replace(day=1)
    joined = left = 0
    for number in s.execute(select(Member.number)).scalars():
        history = status_history(s, number)
        for before, event in zip([None, *history], history, strict=False):
            was = before.status if before is not None else None
            if first <= event.date <= TODAY:
                joined += event.status == MemberStatus.AKTIF and was != MemberStatus.AKTIF
                left += was == MemberStatus.AKTIF and event.status != MemberStatus.AKTIF
    assert (figures.members_new, figures.members_leaving) == (joined, left)


def test_savings_by_kind_are_the_savings_recap_s_ledger_column(s: Session) -> None:
    figures = dashboard.read_figures(s, TODAY)
    kinds = dict(s.execute(select(SavingsProduct.code, SavingsProduct.kind)).all())
    for day, index in ((TODAY, -1), (dashboard.month_ends(TODAY)[5], 5)):
        expected: dict[str, int] = defaultdict(int)
        for row in papers.savings_recap(s, day).rows:
            expected[kinds[row.product_code]] += row.gl
        assert {k: v[index] for k, v in figures.savings_trend.items()} == {
            k: expected[k] for k in dashboard.SAVINGS_KINDS
        }
    assert figures.savings_total > 0


def test_cash_is_the_kas_dan_setara_kas_group_of_the_ledger(s: Session) -> None:
    figures = dashboard.read_figures(s, TODAY)
    for day, value in zip(dashboard.month_ends(TODAY), figures.cash_trend, strict=True):
        assert value == accounts.balance(s, "1100", day)
    assert figures.cash > 0


def test_shu_so_far_is_the_income_statement_s_shu(s: Session) -> None:
    figures = dashboard.read_figures(s, TODAY)
    year = statements.income_statement(s, statements.period_of(s, TODAY.year))
    shu = year.amount("shu")
    assert figures.shu_year == shu != 0
    november = statements.income_statement(
        s, statements.make_period(dt.date(TODAY.year, 1, 1), TODAY.year, "month", 11)
    )
    october_end = dashboard.month_ends(TODAY)[-3]
    assert october_end == dt.date(TODAY.year, 10, 31)
    in_november = november.amount("shu")
    assert figures.shu_trend[-2] - figures.shu_trend[-3] == in_november


def test_loans_are_the_collectibility_report(s: Session) -> None:
    board = dashboard.read_dashboard(s, TODAY)
    report = quality.collectibility(s, TODAY)
    assert board.loans.outstanding_total == report.outstanding_total > 0
    assert board.loans.npl == report.npl
    for day, value in zip(
        dashboard.month_ends(TODAY), board.figures.loans_outstanding_trend, strict=True
    ):
        assert value == quality.collectibility(s, day).outstanding_total
    trend = dashboard.npl_trend(s, TODAY)
    assert trend[-1] == report.npl_percent
    assert trend[3] == quality.collectibility(s, dashboard.month_ends(TODAY)[3]).npl_percent


def test_the_to_do_list_counts_what_the_services_count(s: Session) -> None:
    made = dt.datetime(TODAY.year, TODAY.month, TODAY.day - 3, 9, 0)
    board = dashboard.read_dashboard(s, TODAY, last_backup=made)
    todo = {t.kind: t for t in board.todo}
    billing = wajib.wajib_billing(s, TODAY, only_late=True)
    if billing.members_late:
        assert (todo["wajib_arrears"].count, todo["wajib_arrears"].amount) == (
            billing.members_late,
            billing.total_arrears,
        )
    assert todo["backup"].count == 3
    assert todo["backup"].urgent
    soon = [
        p
        for p in quality.collectibility(s, TODAY).rows
        if p.next_due and TODAY <= p.next_due <= TODAY + dt.timedelta(days=6)
    ]
    assert todo.get("loans_due", dashboard.Todo("", "")).count == len(soon)
    # the pinned day (4 December) comes after November's end, whose routines are run
    # by the demo only when it builds past the month: the checklist says what is left
    november = month_end.checklist(s, month_end.latest_ended_month(TODAY), TODAY)
    due = [r for r in november if r.status is month_end.Status.DUE]
    assert todo.get("month_end", dashboard.Todo("", "")).count == len(due)
    never = dashboard.read_dashboard(s, TODAY, last_backup=None)
    assert any(t.kind == "backup" and t.day is None for t in never.todo)


def test_checklist_status_follows_the_routines_records(s: Session) -> None:
    october = month_end.checklist(s, f"{TODAY.year}-10", TODAY)
    assert [r.routine for r in october] == list(month_end.Routine)
    savings_run = {m.month: m for m in routine.month_ends(s)}[f"{TODAY.year}-10"]
    assert october[0].status is month_end.Status.DONE
    assert october[0].entry_number == savings_run.entry_number
    ppap = {r.month: r for r in quality.allowance_runs(s)}[f"{TODAY.year}-10"]
    assert (october[1].status, october[1].entry_number) == (
        month_end.Status.DONE,
        ppap.entry_number,
    )
    runs = {r.month: r for r in depreciation.depreciation_runs(s)}
    assert october[2].status is month_end.Status.DONE
    assert october[2].entry_number == runs[f"{TODAY.year}-10"].entry_number
    december = month_end.checklist(s, f"{TODAY.year}-12", TODAY)
    assert {r.status for r in december} == {month_end.Status.NOT_YET}
    long_ago = month_end.checklist(s, "2000-01", TODAY)
    assert {r.status for r in long_ago} == {month_end.Status.NOT_APPLICABLE}


def test_a_month_whose_routines_were_not_run_is_due(tmp_path: Path) -> None:
    day = dt.date(2026, 11, 30)
    path = tmp_path / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=day, members=40))
    book = open_book(path)
    try:
        with book.read() as s:
            statuses = month_end.checklist(s, "2026-11", day)
            assert {r.status for r in statuses} == {month_end.Status.DUE}
            board = dashboard.read_dashboard(s, day)
            assert next(t for t in board.todo if t.kind == "month_end").count == 3
    finally:
        book.close()


def test_latest_ended_month_is_today_s_on_its_last_day() -> None:
    assert month_end.latest_ended_month(dt.date(2026, 11, 30)) == "2026-11"
    assert month_end.latest_ended_month(dt.date(2026, 12, 4)) == "2026-11"
    assert month_end.latest_ended_month(dt.date(2026, 1, 1)) == "2025-12"


def test_a_new_book_reads_with_nothing_in_it(book: Book) -> None:
    """The tests' shared book: an open year 2025, no members, loans, savings or assets."""
    day = dt.date(2025, 6, 30)
    with book.read() as s:
        board = dashboard.read_dashboard(s, day)
        assert board.figures.members_trend == (0,) * 12
        assert board.figures.cash == 0
        assert board.loans.outstanding_total == 0
        assert dashboard.npl_trend(s, day)[-1] == 0
        assert [t.kind for t in board.todo] == ["backup"]
        statuses = month_end.checklist(s, "2025-05", day)
        assert {r.status for r in statuses} == {month_end.Status.NOT_APPLICABLE}
