"""The month flows (revision 0009) the statements read for whole months equal the
line-by-line computation: per account and source of the entry (a reversal under the
source it reverses, an entry touching 39xx as saldo awal), and the non-cash lines of
the entries touching cash (hypothesis, random books)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdesk.domain import cashflow
from kopdesk.domain.permissions import Actor
from kopdesk.services.base import settings as book_settings
from kopdesk.services.closing import statements, sums
from kopdesk.services.ledger import journal
from kopdesk.services.supervision import checks
from kopdesk.storage.db import open_book

CODES = ["1101", "1112", "1320", "2401", "3201", "3202", "3901", "4101", "4201", "5202"]
SOURCES = ["manual", "simpanan", "simpanan.keluar", "shu", "tutup-buku", "pinjaman", "x.saldo_awal"]
YEAR_START = dt.date(2025, 1, 1)

days = st.integers(0, 364).map(lambda d: YEAR_START + dt.timedelta(days=d))


@st.composite
def entries(draw: st.DrawFn) -> tuple[journal.EntryInput, int | None]:
    """A balanced entry with a random source, and after how many days (if at all)
    it is reversed."""
    amounts = draw(st.lists(st.integers(1, 10**9), min_size=1, max_size=3))
    sign = draw(st.sampled_from([1, -1]))
    lines = [journal.LineInput(draw(st.sampled_from(CODES)), sign * a) for a in amounts]
    lines.append(journal.LineInput(draw(st.sampled_from(CODES)), -sign * sum(amounts)))
    entry = journal.EntryInput(draw(days), "Jurnal acak", lines, draw(st.sampled_from(SOURCES)))
    reversed_after = draw(st.one_of(st.none(), st.integers(0, 70)))
    return entry, reversed_after


@st.composite
def spans(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """Whole months (what the flows answer) or any two days (read from the lines)."""
    if draw(st.booleans()):
        first = draw(st.integers(1, 12))
        last = draw(st.integers(first, 12))
        end = dt.date(2025 + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(2025, first, 1), end
    a, b = sorted((draw(days), draw(days)))
    return a, b


def _fresh(template_book: Path) -> Path:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return target


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(posted=st.lists(entries(), min_size=1, max_size=10), asked=st.lists(spans(), max_size=4))
def test_month_flows_equal_the_lines(
    template_book: Path,
    posted: list[tuple[journal.EntryInput, int | None]],
    asked: list[tuple[dt.date, dt.date]],
    bendahara: Actor,
) -> None:
    book = open_book(_fresh(template_book))
    try:
        with book.unit_of_work() as s:
            book_settings.set_int(s, book_settings.REVERSAL_APPROVAL_DAYS, 3650)
            for entry, reversed_after in posted:
                info = journal.post_business_entry(s, entry, actor=bendahara)
                if reversed_after is not None:
                    on = min(entry.date + dt.timedelta(days=reversed_after), dt.date(2025, 12, 31))
                    journal.reverse_business_entry(s, info.number, on, actor=bendahara)
        with book.read() as s:
            chart = sums.load_chart(s)
            ids = [a.id for a in chart.accounts]
            cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
            for start, end in [*asked, (dt.date(2025, 1, 1), dt.date(2025, 12, 31))]:
                assert sums.activity_sums(s, ids, start, end) == sums.line_activity_sums(
                    s, ids, start, end
                )
                assert sums.cash_moves(s, cash, start, end) == sums.line_cash_moves(
                    s, cash, start, end
                )
            flows = next(i for i in checks.check_book(s).items if i.name.startswith("Mutasi"))
            assert flows.ok, flows.detail
            # the statements of a year tie (each checks itself) on whatever was posted
            fs = statements.all_statements(s, statements.period_of(s, 2025))
            assert fs.balance_sheet.amount("jumlah_aset") == fs.balance_sheet.amount(
                "jumlah_liabilitas_ekuitas"
            )
    finally:
        book.close()


def test_month_span_is_whole_calendar_months_only() -> None:
    assert sums.month_span(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (24301, 24312)
    assert sums.month_span(dt.date(2024, 2, 1), dt.date(2024, 2, 29)) == (24290, 24290)
    assert sums.month_span(dt.date(2024, 2, 1), dt.date(2024, 2, 28)) is None
    assert sums.month_span(dt.date(2025, 1, 2), dt.date(2025, 1, 31)) is None
    assert sums.month_span(dt.date(2025, 3, 1), dt.date(2025, 1, 31)) is None
