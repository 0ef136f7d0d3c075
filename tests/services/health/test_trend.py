"""The trend over a book's years on the demo book (2024 and 2025 closed, 2026 running):
one Perdep assessment per year, a closed year read as before its close, and the loan
quality ratio's figures the same as the collectibility report's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import pytest

from kopdesk.demo import build_demo
from kopdesk.domain.health import Scheme
from kopdesk.domain.loans import Grade
from kopdesk.services.health import schemes
from kopdesk.services.loans import quality
from kopdesk.storage.db import Book, new_book, open_book
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    path = tmp_path_factory.mktemp("demo") / "contoh.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=TODAY, members=40))
    book = open_book(path)
    yield book
    book.close()


def test_history_has_each_closed_and_open_year(demo: Book) -> None:
    with demo.read() as s:
        trend = schemes.history(s, Scheme.PERDEP_2016)
        again = schemes.assess(s, Scheme.PERDEP_2016, 2025, dt.date(2025, 12, 31))
    assert [(a.year, a.as_of) for a in trend] == [
        (2024, dt.date(2024, 12, 31)),
        (2025, dt.date(2025, 12, 31)),
        (2026, TODAY),
    ]
    for a in trend:
        assert len(a.indicators) == 22
        assert sum(i.weight for i in a.indicators) == 100
        assert a.composite == sum(i.score for i in a.indicators)
        assert a.predicate is not None
    assert trend[1] == again
    # A closed year's income and expense are read without its closing entries.
    shu_2025 = next(i for i in trend[1].indicators if i.code == "6a")
    assert shu_2025.numerator != 0


def test_the_risk_ratio_reads_the_collectibility_report(demo: Book) -> None:
    with demo.read() as s:
        got = next(i for i in schemes.assess(s, Scheme.PERDEP_2016, 2026, TODAY).indicators
                   if i.code == "2b")  # fmt: skip
        report = quality.collectibility(s, TODAY)
    owed = {g.grade: g.outstanding for g in report.grades}
    expected = [
        (Decimal(owed[Grade.KURANG_LANCAR]) * Decimal("0.5")),
        (Decimal(owed[Grade.DIRAGUKAN]) * Decimal("0.75")),
        Decimal(owed[Grade.MACET]),
    ]
    assert [s.amount for s in got.numerator_from] == [
        int(x.to_integral_value(rounding=ROUND_HALF_UP)) for x in expected
    ]
    assert got.denominator == report.outstanding_total
    assert got.numerator > 0  # the demo has loans in arrears on this day
