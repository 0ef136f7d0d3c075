"""Why a posting date is unusual (issue 17, defect 1): a month whose month-end
routine already ran, a date long before today or after it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor
from kopdesk.models import DepreciationRun
from kopdesk.services.base import settings
from kopdesk.services.loans.quality import run_allowance
from kopdesk.services.savings.routine import run_month_end
from kopdesk.services.supervision.posting_dates import date_concerns
from kopdesk.storage.db import Book

D = dt.date
TODAY = D(2025, 12, 4)


def kinds(session: Session, on: dt.date) -> list[str]:
    return [c.kind for c in date_concerns(session, on, today=TODAY)]


def test_an_ordinary_recent_date_raises_no_concern(book: Book) -> None:
    with book.read() as s:
        assert date_concerns(s, TODAY, today=TODAY) == []
        assert date_concerns(s, D(2025, 11, 27), today=TODAY) == []  # 7 days back


def test_a_date_more_than_the_setting_before_today_is_old(book: Book) -> None:
    with book.read() as s:
        [concern] = date_concerns(s, D(2025, 11, 26), today=TODAY)
    assert concern.kind == "old"
    assert "26-11-2025" in concern.message
    assert "8 hari sebelum" in concern.message


def test_the_setting_moves_the_limit(book: Book) -> None:
    with book.unit_of_work() as s:
        settings.set_int(s, settings.UNUSUAL_DATE_DAYS, 30)
    with book.read() as s:
        assert kinds(s, D(2025, 11, 26)) == []
        assert kinds(s, D(2025, 11, 3)) == ["old"]


def test_a_date_after_today_is_future(book: Book) -> None:
    with book.read() as s:
        assert kinds(s, D(2025, 12, 5)) == ["future"]


def test_a_month_whose_savings_routine_ran_is_named(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        run_month_end(s, bendahara, "2025-06", today=TODAY)
    with book.read() as s:
        june = date_concerns(s, D(2025, 6, 15), today=TODAY)
        may = date_concerns(s, D(2025, 5, 15), today=TODAY)
        july = kinds(s, D(2025, 7, 15))
    assert [c.kind for c in june] == ["routine", "old"]
    assert "jasa dan PPh 4(2) simpanan" in june[0].message
    assert "untuk Juni 2025" in june[0].message
    # an earlier month lies behind the routine as well
    assert "sampai Juni 2025, sesudah Mei 2025" in may[0].message
    assert july == ["old"]


def test_ppap_and_depreciation_runs_count_too(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        run_allowance(s, bendahara, "2025-11", today=TODAY)
        s.add(
            DepreciationRun(
                month="2025-11",
                entry_id=None,
                total=0,
                posted_by="bendahara",
                posted_at=dt.datetime(2025, 12, 1, 9),
            )
        )
    with book.read() as s:
        concerns = date_concerns(s, D(2025, 11, 30), today=TODAY)
        december = date_concerns(s, TODAY, today=TODAY)
    assert [c.kind for c in concerns] == ["routine", "routine"]
    assert "PPAP pinjaman" in concerns[0].message
    assert "penyusutan aset tetap" in concerns[1].message
    assert december == []
