"""The simpanan wajib arrears list and the PPh 4(2) withholding list: figures
worked by hand in ``tests/savings_lists_scenario.py``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.services.base import settings
from kopdesk.services.savings import papers as savings_papers
from kopdesk.services.savings import routine
from kopdesk.storage.db import Book
from tests.savings_lists_scenario import D, build_lists


@pytest.fixture
def lists(book: Book, actors: dict[Role, Actor]) -> None:
    build_lists(book, actors[Role.KASIR], actors[Role.BENDAHARA])


@pytest.mark.usefixtures("lists")
def test_wajib_arrears_lists_only_the_members_behind(book: Book) -> None:
    with book.read() as s:
        r = savings_papers.wajib_arrears(s, D("2025-02-28"))
    assert r.only_late
    assert [(x.member_number, x.member_name) for x in r.rows] == [("A-0002", "Ani Lestari")]
    ani = r.rows[0]
    # January and February at 50.000, nothing paid
    assert (ani.monthly, ani.start, ani.months, ani.due, ani.paid) == (
        50_000, D("2025-01-02"), 2, 100_000, 0,
    )  # fmt: skip
    assert (ani.arrears, ani.ahead, ani.months_behind) == (100_000, 0, 2)
    assert (r.total_due, r.total_paid, r.total_arrears, r.total_ahead) == (100_000, 0, 100_000, 0)
    assert (r.members_late, r.members_billed) == (1, 3)
    assert r.header.coop_name == "KSP Sejahtera Bersama"
    assert r.billing_start is None


@pytest.mark.usefixtures("lists")
def test_wajib_arrears_of_everybody_ties(book: Book) -> None:
    with book.read() as s:
        r = savings_papers.wajib_arrears(s, D("2025-02-28"), only_late=False)
    rows = {x.member_number: (x.due, x.paid, x.arrears, x.ahead, x.months_behind) for x in r.rows}
    assert rows == {
        "A-0001": (100_000, 100_000, 0, 0, 0),
        "A-0002": (100_000, 0, 100_000, 0, 2),
        "A-0003": (100_000, 150_000, 0, 50_000, 0),
    }
    # 300.000 due − 250.000 paid = 100.000 behind − 50.000 ahead
    assert (r.total_due, r.total_paid, r.total_arrears, r.total_ahead) == (
        300_000, 250_000, 100_000, 50_000,
    )  # fmt: skip
    assert (r.members_late, r.members_billed) == (1, 3)


@pytest.mark.usefixtures("lists")
def test_wajib_arrears_in_march_counts_a_third_month(book: Book, admin: Actor) -> None:
    with book.read() as s:
        march = savings_papers.wajib_arrears(s, D("2025-03-01"))
    # Haji Rahmat is now one month behind, Sri (paid 150.000) is not
    assert {x.member_number: x.arrears for x in march.rows} == {"A-0001": 50_000, "A-0002": 150_000}
    assert march.total_arrears == 200_000
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.WAJIB_BILLING_START, "2025-02-01")
    with book.read() as s:
        cut = savings_papers.wajib_arrears(s, D("2025-02-28"), only_late=False)
    assert cut.billing_start == D("2025-02-01")
    # from February only: 50.000 due; payments made before February do not count
    assert {x.member_number: (x.months, x.due, x.paid) for x in cut.rows} == {
        "A-0001": (1, 50_000, 0),
        "A-0002": (1, 50_000, 0),
        "A-0003": (1, 50_000, 0),
    }


@pytest.mark.usefixtures("lists")
def test_tax_withholding_of_february(book: Book) -> None:
    with book.read() as s:
        t = savings_papers.tax_withholding(s, "2025-02")
    assert [(x.member_number, x.gross, x.tax, x.net) for x in t.rows] == [
        ("A-0001", 250_000, 25_000, 225_000),  # above the threshold: 10 %
        ("A-0002", 5_000, 0, 5_000),
        ("A-0003", 240_000, 0, 240_000),  # exactly the threshold: 0 %
    ]
    assert t.rows[0].npwp == "01.300.066.6-091.000"
    assert t.rows[1].npwp == ""
    assert t.rows[0].nik == "3273011708850001"
    assert (t.gross_total, t.tax_total, t.net_total, t.members_taxed) == (
        495_000, 25_000, 470_000, 1,
    )  # fmt: skip
    assert (t.threshold, t.rate_percent, t.rule_matches) == (240_000, Decimal(10), True)
    assert (t.month, t.period_end, t.pay_by) == ("2025-02", D("2025-02-28"), D("2025-03-10"))
    assert t.entry_number is not None
    assert t.entry_number.startswith("JU-2025-")
    assert t.header.coop_name == "KSP Sejahtera Bersama"


@pytest.mark.usefixtures("lists")
def test_tax_withholding_keeps_the_rule_in_force_when_posted(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.SAVINGS_TAX_THRESHOLD, 300_000)
    with book.read() as s:
        t = savings_papers.tax_withholding(s, "2025-02")
    # under the new threshold Haji Rahmat's 250.000 would be untaxed; the list shows the
    # rule the month was posted with, which explains what was withheld
    assert (t.threshold, t.tax_total, t.rule_matches) == (240_000, 25_000, True)


@pytest.mark.usefixtures("lists")
def test_tax_withholding_of_an_unprocessed_or_bad_month(book: Book) -> None:
    with book.read() as s:
        with pytest.raises(NotFoundError, match="2025-03 belum diproses"):
            savings_papers.tax_withholding(s, "2025-03")
        with pytest.raises(ValidationError):
            savings_papers.tax_withholding(s, "Februari")


def test_pay_by_crosses_the_year(book: Book, actors: dict[Role, Actor]) -> None:
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        routine.run_month_end(s, bendahara, "2025-12", today=dt.date(2026, 1, 15))
    with book.read() as s:
        t = savings_papers.tax_withholding(s, "2025-12")
    assert (t.rows, t.entry_number, t.pay_by) == ((), None, D("2026-01-10"))
    assert (t.gross_total, t.tax_total, t.net_total) == (0, 0, 0)
