"""The demo's closing data: RAT dates, opening assets, the budget and amounts in words.

The demo book itself (closed years, SHU posted and paid) is checked in
tests/demo/test_demo_book.py, which builds it.
"""

from __future__ import annotations

import calendar
import datetime as dt

from kopdesk.demo import closing, office, rat_texts
from kopdesk.demo.office import ASSETS, DemoAsset
from kopdesk.domain.papers.rat import RapbRow


def test_rat_is_held_on_the_third_saturday_of_march_after_the_year() -> None:
    assert office.rat_day(2024) == dt.date(2025, 3, 15)
    assert office.rat_day(2025) == dt.date(2026, 3, 21)
    for year in range(2000, 2100):
        weeks = calendar.Calendar().monthdatescalendar(year + 1, 3)
        saturdays = [d for week in weeks for d in week if d.month == 3 and d.weekday() == 5]
        assert office.rat_day(year) == saturdays[2]
        assert closing.close_day(year) < office.rat_day(year)


def test_opening_assets_carry_the_old_books_depreciation() -> None:
    by_code = {a.code: a for a in ASSETS}
    # The old office equipment: 24 of 60 months (Jan 2022 - Dec 2023) of Rp24.600.000,
    # the 9.840.000 the old books held.
    assert by_code["INV-001"].opening_accumulated(2024) == 9_840_000
    # The building: Nov 2019 - Dec 2023 is 50 of 240 months of Rp140.000.000.
    assert by_code["BGN-001"].opening_accumulated(2024) == 140_000_000 * 50 // 240 == 29_166_666
    assert by_code["TNH-001"].opening_accumulated(2024) == 0  # land is not depreciated
    assert by_code["KND-001"].opening_accumulated(2024) == 0  # bought in the book
    # Value carried in against 3901: land + building + equipment, less what is depreciated.
    value = 150_000_000 + 140_000_000 - 29_166_666 + 24_600_000 - 9_840_000
    assert office.opening_value(2024) == value


def test_a_fully_depreciated_opening_asset_carries_its_whole_cost() -> None:
    old = DemoAsset("INV-9", "Mesin tik", "inventaris", (-10, 6, 1), 1_200_000, "3901", 48)
    assert old.opening_accumulated(2024) == 1_200_000


def test_budget_grows_income_8_and_expenses_5_percent_rounded_up() -> None:
    rows = [
        RapbRow("Jasa pinjaman anggota", 107_306_002, 0, "pendapatan"),
        RapbRow("Gaji / honor karyawan", 78_000_000, 0, "beban"),
        RapbRow("Rugi selisih kas", 0, 0, "beban"),
    ]
    budget = rat_texts._budget(rows)
    # 107.306.002 x 1,08 = 115.890.482,16 -> 115.900.000; 78.000.000 x 1,05 = 81.900.000.
    assert [(r.realisasi, r.anggaran) for r in budget] == [
        (107_306_002, 115_900_000),
        (78_000_000, 81_900_000),
    ]


def test_millions_in_words_round_to_a_tenth() -> None:
    assert rat_texts._juta(1_403_049_999) == "Rp1.403,0 juta"
    assert rat_texts._juta(550_350_000) == "Rp550,4 juta"
    assert rat_texts._juta(99_999) == "Rp0,1 juta"
