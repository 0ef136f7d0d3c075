"""The demo book (issue 13): built through the services day by day for any "today",
the same book for the same day, and books that check out on every day tried.

The full demo is built once, through the command line, for the tests' pinned day;
the date-dependent part is built, smaller, for days spread over two years: the
first and last days of the year and of January, the end of February in leap
and common years, the days around the year close (10 February) and the RAT (the
third Saturday of March), a day mid-year.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kopdesk.cli import main
from kopdesk.demo import DEMO_PASSWORD, DemoSummary, build_demo
from kopdesk.demo.closing import ALLOCATION, close_day
from kopdesk.demo.office import rat_day
from kopdesk.domain.assets import months_from_to
from kopdesk.domain.loans import Grade
from kopdesk.services.assets import depreciation
from kopdesk.services.closing import rat_inputs, shu, statements, yearend
from kopdesk.services.ledger import accounts, journal
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.savings import wajib
from kopdesk.services.supervision.checks import check_book
from kopdesk.storage.db import new_book, open_book
from tests.conftest import TODAY
from tests.demo.books import check_demo_books, content_of
from tests.services.closing.test_statement_properties import assert_identities_in_book

DAY = TODAY
"""The full demo's day: its books run from 2024 to 2026."""
DAYS = [
    dt.date(2025, 1, 1),
    dt.date(2025, 1, 31),
    dt.date(2025, 2, 9),
    dt.date(2025, 2, 10),
    dt.date(2025, 2, 28),
    dt.date(2025, 3, 14),
    dt.date(2025, 3, 15),
    dt.date(2025, 6, 15),
    dt.date(2025, 12, 31),
    dt.date(2026, 1, 1),
    dt.date(2026, 2, 11),
    dt.date(2026, 3, 21),
    dt.date(2026, 12, 31),
    dt.date(2024, 2, 29),
    dt.date(2028, 2, 29),
]
"""Days the demo is built for: 2025-03-15 and 2026-03-21 are RAT days, 10 February the
close; 2024 and 2028 are leap years."""
SMALL = 40
"""Members of the books built for many days (the fewest a demo may have)."""


def build_small(path: Path, day: dt.date) -> DemoSummary:
    return new_book(path, "buku contoh", lambda s: build_demo(s, today=day, members=SMALL))


def checked(path: Path, day: dt.date) -> None:
    book = open_book(path)
    try:
        with book.read() as s:
            check_demo_books(s, day)
    finally:
        book.close()


@pytest.fixture(autouse=True)
def demo_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", DEMO_PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)


def test_demo_command_builds_the_full_book_for_the_day_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``kopdesk demo --today D``: the whole demo, every case a treasurer meets, on the
    books of two years and this one; progress on stderr, the summary on stdout."""
    db = tmp_path / "demo.sqlite"
    code = main(["demo", "--db", str(db), "--today", DAY.isoformat()])
    out, err = capsys.readouterr()
    assert code == 0, err
    progress = err.splitlines()
    assert progress[0] == "Membuat buku contoh: bulan 01/2024 (1 dari 36)"
    assert progress[-1] == "Membuat buku contoh: bulan 12/2026 (36 dari 36)"
    assert f"Buku contoh dibuat: {db}" in out
    assert "pengguna admin, ketua, bendahara, kasir, pengawas" in out
    book = open_book(db)
    with book.read() as s:
        items = {b.account.code: b for b in accounts.account_balances(s, DAY)}
        assert (
            items["1"].balance
            + items["2"].balance
            + items["3"].balance
            + items["4"].balance
            + items["5"].balance
            == 0
        )
        assert items["1101"].balance > 0
        ids = journal.entry_ids(s)
        assert len(ids) > 100
        summaries = journal.entry_summaries(s, ids)
        assert [e.source for e in summaries if e.reversal_of] == ["simpanan.koreksi", "reversal"]
        assert check_book(s).ok
        controls = {"3101", "3102", "2101", "2102", "1301", "1302", "1303"}
        assert all(items[control].balance != 0 for control in controls)
        for summary in summaries:
            if summary.source == "manual":
                lines = journal.get_entry(s, summary.number).lines
                assert not {line.account_code for line in lines} & controls
        assert len(savings_routine.month_ends(s)) >= 12
        assert wajib.wajib_billing(s, DAY).members_late > 0
        _check_demo_loans(s, items)
        _check_demo_closing(s, items)
        _check_demo_statements(s)
    book.close()


def _check_demo_statements(s: Session) -> None:
    """The statement identities on the demo book, every year and quarter, each side
    recomputed from the journal lines; the closed years' PHU SHU = their closing entry."""
    for year in (2024, 2025, 2026):
        fs = assert_identities_in_book(s, statements.period_of(s, year))
        if year < 2026:
            (close,) = [e for e in yearend.history(s, year) if e.kind == "close"]
            assert fs.income.amount("shu") == close.surplus > 0
        for quarter in range(1, 5):
            assert_identities_in_book(s, statements.period_of(s, year, "quarter", quarter))


def _check_demo_loans(s: Session, items: dict[str, accounts.AccountBalance]) -> None:
    """The demo's loans went through the loan services and cover every case."""
    rows = loan_records.loan_rows(s)
    assert 60 <= len(rows) <= 120
    for product in loan_products.list_products(s):
        owed = sum(r.outstanding for r in rows if r.product_name == product.name)
        assert items[product.account_code].balance == owed > 0
    assert all(r.outstanding >= 0 for r in rows)
    statuses = {r.status for r in rows}
    assert {"aktif", "lunas", "ditolak", "direstrukturisasi", "dihapus"} <= statuses
    report = loan_quality.collectibility(s, DAY)
    assert all(g.loans > 0 for g in report.grades), [(g.grade, g.loans) for g in report.grades]
    assert report.allowance_balance == -items["1390"].balance > 0
    assert report.grades[0].grade is Grade.LANCAR
    assert report.grades[0].loans > 3 * (len(report.rows) - report.grades[0].loans)
    kinds = {
        e.kind for r in rows if r.status != "ditolak" for e in loan_records.events_of(s, r.number)
    }
    assert {"cair", "angsuran", "pelunasan", "restrukturisasi", "hapus"} <= kinds
    for r in rows:
        info = loan_records.get_loan(s, r.number)
        if info.decided_by is not None:  # approved or refused by someone else than the clerk
            assert info.decided_by in ("bendahara", "ketua")
            assert info.decided_by != info.applied_by
    related = {r.member_number for r in rows if r.member_number in ("A-0007", "A-0011")}
    assert related == {"A-0007", "A-0011"}
    # The PPAP ran for every ended month since January two years ago.
    assert len(loan_quality.allowance_runs(s)) == 24 + DAY.month - 1


def _check_demo_closing(s: Session, items: dict[str, accounts.AccountBalance]) -> None:
    """The demo closed its past years and shared their SHU (issue 7, part 7)."""
    today = DAY
    first, years = today.year - 2, range(today.year - 2, today.year)
    closed = [y for y in years if close_day(y) <= today]
    shared = [y for y in years if rat_day(y) <= today]
    assert first in shared  # its RAT was last March
    for year in (*years, today.year):
        assert yearend.is_closed(s, year) == (year in closed), year
    owed = 0
    for year in shared:
        result = shu.compute(s, year)
        assert result.posted
        assert result.pool == yearend.year_surplus(s, year) > 0
        assert shu.get_plan(s, year).decision.startswith("Keputusan RAT No. 02/RAT/")
        assert sum(result.parts.values()) == result.pool
        for key, percent in ALLOCATION.items():  # largest remainder: within 1
            assert abs(100 * result.parts[key] - result.pool * percent) < 100, key
        assert sum(m.jasa_modal for m in result.members) == result.parts["jasa_modal"]
        assert sum(m.jasa_usaha for m in result.members) == result.parts["jasa_usaha"]
        assert result.undistributed == 0
        methods = [m.paid_method for m in result.members]
        assert methods.count("tunai") >= 3
        assert methods.count("sukarela") > 0.9 * len(methods)
        owed += sum(m.total - m.paid for m in result.members)
        assert rat_inputs.get_text(s, year, "laporan_pengurus")
        assert rat_inputs.get_rapb(s, year)
    # 3501 keeps nothing of the shared years, 3502 nothing at all; 2321 = what is unpaid.
    assert items["3501"].balance == items["3502"].balance == 0
    assert -items["2321"].balance == owed
    for year in years:
        assert depreciation.missing_depreciation_months(s, year) == []
    ended = today.replace(day=1) - dt.timedelta(days=1)
    runs = sorted(r.month for r in depreciation.depreciation_runs(s))
    assert runs == months_from_to(f"{first}-01", f"{ended:%Y-%m}")
    # This year has not ended: only that, the months still to come and (before the
    # close in February) last year keep it open.
    items_now = yearend.checklist(s, today.year, today=today).failed
    allowed = {"berakhir", "jasa_simpanan", "ppap", "penyusutan"}
    allowed |= set() if today.year - 1 in closed else {"tahun_lalu"}
    assert {i.key for i in items_now} <= allowed
    assert "berakhir" in {i.key for i in items_now}
    for item in items_now:
        months = re.findall(r"\d{4}-\d{2}", item.detail)
        assert all(m >= f"{today:%Y-%m}" for m in months), item


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_the_demo_builds_on_any_day_and_its_books_check_out(tmp_path: Path, day: dt.date) -> None:
    db = tmp_path / "demo.sqlite"
    summary = build_small(db, day)
    assert (summary.first_year, summary.last_year) == (day.year - 2, day.year)
    checked(db, day)
    assert main(["check", "--db", str(db)]) == 0


def test_the_full_demo_checks_out_like_any_other(tmp_path: Path) -> None:
    """The full size on another day than the command-line test's: a leap day before the
    year close, when last year is still open."""
    db = tmp_path / "demo.sqlite"
    day = dt.date(2028, 2, 9)
    new_book(db, "buku contoh", lambda s: build_demo(s, today=day))
    checked(db, day)


def test_the_same_day_gives_the_same_book(tmp_path: Path) -> None:
    """Seeded: two builds for one day hold the same members, entries, lines, savings,
    loans and audit trail; only time stamps, hashes over them and password salts differ."""
    day = dt.date(2025, 6, 15)
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        build_small(tmp_path / name, day)
        dumps.append(content_of(tmp_path / name))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["journal_line"]) > 1_000


def test_another_day_gives_another_book(tmp_path: Path) -> None:
    """The comparison above can fail: a different day is a different book."""
    for name, day in (("a.sqlite", dt.date(2025, 6, 15)), ("b.sqlite", dt.date(2025, 6, 16))):
        build_small(tmp_path / name, day)
    assert content_of(tmp_path / "a.sqlite") != content_of(tmp_path / "b.sqlite")
