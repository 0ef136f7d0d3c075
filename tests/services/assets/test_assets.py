"""The fixed-asset register and the monthly depreciation, worked by hand.

Assets of the scenario (book year 2025 open):

=========  =========================  ==========  ===========  =====  ==========================
code       asset                      acquired    cost         life   monthly
=========  =========================  ==========  ===========  =====  ==========================
KND-01     Sepeda motor (kendaraan)   01-02-2025  10.000.000   36     10.000.000 / 36: 277.777
                                                                      or 277.778 (Feb 277.777,
                                                                      Mar 555.555 − 277.777)
INV-01     Laptop (inventaris)        15-03-2025  12.000.000   48     12.000.000 / 48 = 250.000
BGN-01     Kantor (bangunan, saldo    10-01-2015  240.000.000  240    carried in on 01-01-2025
           awal from 3901)                                            with 120.000.000 already
                                                                      depreciated: 120 months
                                                                      left → 1.000.000 a month
TNH-01     Tanah kantor               10-01-2015  50.000.000   —      not depreciated
=========  =========================  ==========  ===========  =====  ==========================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import (
    DomainError,
    NotFoundError,
    PeriodClosedError,
    PermissionDeniedError,
    ValidationError,
)
from kopdesk.services.assets import depreciation
from kopdesk.services.assets import register as assets
from kopdesk.services.assets.register import AssetInput
from kopdesk.services.base import audit
from kopdesk.services.ledger import books, journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.services.supervision import checks
from kopdesk.storage.db import Book
from tests.conftest import PostFn
from tests.helpers import Snapshot

D = dt.date.fromisoformat
TODAY = D("2026-01-15")

MOTOR = AssetInput("KND-01", "Sepeda motor Honda", "kendaraan", D("2025-02-01"), 10_000_000,
                   life_months=36)  # fmt: skip
LAPTOP = AssetInput("INV-01", "Laptop kantor", "inventaris", D("2025-03-15"), 12_000_000,
                    paid_from="1111")  # fmt: skip
OFFICE = AssetInput("BGN-01", "Gedung kantor", "bangunan", D("2015-01-10"), 240_000_000,
                    life_months=240, paid_from="3901", opening_accumulated=120_000_000,
                    posted_on=D("2025-01-01"))  # fmt: skip
LAND = AssetInput("TNH-01", "Tanah kantor", "tanah", D("2015-01-10"), 50_000_000,
                  paid_from="3901", posted_on=D("2025-01-01"))  # fmt: skip


@pytest.fixture
def add(book: Book, bendahara: Actor) -> Callable[[AssetInput], assets.AssetInfo]:
    def _add(data: AssetInput) -> assets.AssetInfo:
        with book.unit_of_work() as s:
            return assets.register_asset(s, bendahara, data)

    return _add


@pytest.fixture
def depreciate(book: Book, bendahara: Actor) -> Callable[[str], depreciation.DepreciationRunInfo]:
    def _run(month: str) -> depreciation.DepreciationRunInfo:
        with book.unit_of_work() as s:
            return depreciation.post_depreciation(s, bendahara, month, today=TODAY)

    return _run


def _lines(book: Book, number: str) -> list[tuple[str, int]]:
    with book.read() as s:
        return sorted((x.account_code, x.amount) for x in journal.get_entry(s, number).lines)


def _balances(book: Book, as_of: dt.date) -> dict[str, int]:
    """Debit-positive balance per account (from the trial balance)."""
    with book.read() as s:
        report = ledger.trial_balance(s, as_of)
    return {r.code: r.debit - r.credit for r in report.rows}


# --- registering ---------------------------------------------------------------------


def _trail(book: Book, admin: Actor, action: str) -> list[audit.AuditEntry]:
    with book.read() as s:
        return audit.list_audit(s, admin, audit.AuditFilter(action=action))


def test_a_new_asset_posts_its_purchase_and_takes_the_category_life(
    book: Book, admin: Actor, add: Callable[[AssetInput], assets.AssetInfo]
) -> None:
    info = add(LAPTOP)
    assert (info.life_months, info.depreciation_start, info.category_label) == (
        48,
        "2025-03",
        "Inventaris dan peralatan kantor",
    )
    assert _lines(book, info.entry_number) == [("1111", -12_000_000), ("1604", 12_000_000)]
    with book.read() as s:
        entry = journal.get_entry(s, info.entry_number)
    trail = _trail(book, admin, "asset.register")
    assert (entry.date, entry.source) == (D("2025-03-15"), "aset-tetap")
    assert "INV-01 Laptop kantor" in entry.description
    assert [(t.ref, t.after["jurnal"]) for t in trail] == [("INV-01", info.entry_number)]


def test_an_opening_asset_carries_its_accumulated_depreciation_from_3901(
    book: Book, add: Callable[[AssetInput], assets.AssetInfo]
) -> None:
    info = add(OFFICE)
    land = add(LAND)
    assert (info.posted_on, info.depreciation_start) == (D("2025-01-01"), "2025-01")
    # cost on 1602, the 120.000.000 already depreciated on 1692, book value from 3901
    assert _lines(book, info.entry_number) == [
        ("1602", 240_000_000),
        ("1692", -120_000_000),
        ("3901", -120_000_000),
    ]
    assert _lines(book, land.entry_number) == [("1601", 50_000_000), ("3901", -50_000_000)]
    assert land.life_months == 0
    with book.read() as s:
        plan = depreciation.plan_depreciation(s, "2025-01", today=TODAY)
    # (240.000.000 − 120.000.000) over the 240 − 120 months left
    assert [(x.code, x.amount) for x in plan.lines] == [("BGN-01", 1_000_000)]


def test_a_fully_depreciated_opening_asset_has_no_cash_line(
    book: Book, add: Callable[[AssetInput], assets.AssetInfo]
) -> None:
    old = AssetInput("INV-09", "Mesin tik", "inventaris", D("2010-01-01"), 3_000_000,
                     paid_from="3901", opening_accumulated=3_000_000,
                     posted_on=D("2025-01-01"))  # fmt: skip
    info = add(old)
    assert _lines(book, info.entry_number) == [("1604", 3_000_000), ("1694", -3_000_000)]
    with book.read() as s:
        rows = assets.list_assets(s, D("2025-12-31"))
    assert [(r.code, r.accumulated, r.book_value, r.monthly) for r in rows] == [
        ("INV-09", 3_000_000, 0, 0)
    ]


BAD: list[tuple[str, dict[str, object], str]] = [
    ("code", {"code": "  "}, "Kode aset wajib"),
    ("code", {"code": "KND-01"}, "sudah dipakai"),
    ("code", {"code": "X" * 21}, "paling panjang"),
    ("name", {"name": " "}, "Nama aset wajib"),
    ("category", {"category": "mesin"}, "tidak dikenal"),
    ("cost", {"cost": 0}, "lebih dari nol"),
    ("cost", {"cost": 1.5}, "bilangan bulat"),
    ("residual", {"residual": 12_000_001}, "Nilai sisa"),
    ("residual", {"residual": -1}, "Nilai sisa"),
    ("life_months", {"life_months": 0}, "antara 1 dan 1.200"),
    ("paid_from", {"paid_from": "4101"}, "tidak dapat dipakai"),
    ("paid_from", {"paid_from": "9999"}, "tidak dapat dipakai"),
    ("paid_from", {"paid_from": "1100"}, "tidak dapat dipakai"),
    ("opening_accumulated", {"opening_accumulated": 1_000}, "hanya untuk aset saldo awal"),
    ("posted_on", {"posted_on": D("2025-04-01")}, "hanya untuk aset saldo awal"),
    ("acquired_on", {"acquired_on": D("2024-12-31")}, "saldo awal"),
    ("posted_on", {"paid_from": "3901", "posted_on": D("2025-03-01")}, "sebelum tanggal"),
    ("posted_on", {"paid_from": "3901", "acquired_on": D("2020-01-01")}, "tahun buku"),
    # a 48-month life from 2020-01 is over by 2025-01: the rest cannot be depreciated
    (
        "opening_accumulated",
        {
            "paid_from": "3901",
            "acquired_on": D("2020-01-01"),
            "posted_on": D("2025-01-01"),
            "opening_accumulated": 11_000_000,
        },
        "sudah habis",
    ),
    (
        "opening_accumulated",
        {"paid_from": "3901", "opening_accumulated": 12_000_001},
        "antara 0 dan",
    ),
]


@pytest.mark.parametrize(("field", "change", "message"), BAD, ids=[f"{b[0]}-{b[2]}" for b in BAD])
def test_bad_input_is_refused_naming_the_field_and_writes_nothing(
    book: Book,
    bendahara: Actor,
    add: Callable[[AssetInput], assets.AssetInfo],
    snapshot: Callable[[], Snapshot],
    field: str,
    change: dict[str, object],
    message: str,
) -> None:
    add(MOTOR)
    data = AssetInput(**{**LAPTOP.__dict__, **change})
    before = snapshot()
    with pytest.raises(ValidationError, match=message) as caught, book.unit_of_work() as s:
        assets.register_asset(s, bendahara, data)
    assert caught.value.field == field
    assert snapshot() == before


def test_land_is_never_depreciated(
    book: Book, bendahara: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    for change, message in (
        ({"life_months": 12}, "Tanah tidak disusutkan"),
        ({"opening_accumulated": 1_000}, "Tanah tidak disusutkan"),
    ):
        data = AssetInput(**{**LAND.__dict__, **change})
        with pytest.raises(ValidationError, match=message), book.unit_of_work() as s:
            assets.register_asset(s, bendahara, data)
    assert snapshot() == before


def test_only_the_treasurer_and_admin_keep_the_register(
    book: Book, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    for role in (Role.KASIR, Role.KETUA, Role.PENGAWAS):
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            assets.register_asset(s, actors[role], MOTOR)
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            depreciation.post_depreciation(s, actors[role], "2025-01", today=TODAY)
    assert snapshot() == before


def test_name_and_note_change_but_nothing_else(
    book: Book,
    bendahara: Actor,
    admin: Actor,
    add: Callable[[AssetInput], assets.AssetInfo],
    snapshot: Callable[[], Snapshot],
) -> None:
    add(MOTOR)
    with book.unit_of_work() as s:
        info = assets.update_asset(s, bendahara, "knd-01", name=" Motor  dinas ", note="B 1234 XY")
    assert (info.name, info.note, info.cost) == ("Motor dinas", "B 1234 XY", 10_000_000)
    before = snapshot()
    with pytest.raises(ValidationError, match="Nama aset wajib"), book.unit_of_work() as s:
        assets.update_asset(s, bendahara, "KND-01", name="  ")
    with pytest.raises(NotFoundError), book.unit_of_work() as s:
        assets.update_asset(s, bendahara, "KND-99", name="X")
    assert snapshot() == before
    trail = _trail(book, admin, "asset.update")
    assert [(t.before["nama"], t.after["nama"]) for t in trail] == [
        ("Sepeda motor Honda", "Motor dinas")
    ]


# --- depreciation --------------------------------------------------------------------


def test_monthly_depreciation_posts_per_category_on_the_last_day(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
) -> None:
    add(MOTOR)
    add(LAPTOP)
    feb = depreciate("2025-02")
    assert (feb.total, feb.entry_number is not None) == (277_777, True)
    assert feb.entry_number
    assert _lines(book, feb.entry_number) == [("1693", -277_777), ("5206", 277_777)]
    mar = depreciate("2025-03")
    assert mar.entry_number
    # motor: 10.000.000 × 2 // 36 − 277.777 = 277.778; laptop 250.000 from March
    assert _lines(book, mar.entry_number) == [
        ("1693", -277_778),
        ("1694", -250_000),
        ("5206", 250_000),
        ("5206", 277_778),
    ]
    with book.read() as s:
        entry = journal.get_entry(s, mar.entry_number)
        runs = depreciation.depreciation_runs(s)
        rows = {r.code: r for r in assets.list_assets(s, D("2025-03-31"))}
    assert (entry.date, entry.source, mar.total) == (D("2025-03-31"), "penyusutan", 527_778)
    assert [(r.month, r.total) for r in runs] == [("2025-03", 527_778), ("2025-02", 277_777)]
    assert (rows["KND-01"].accumulated, rows["KND-01"].book_value) == (555_555, 9_444_445)
    assert (rows["INV-01"].accumulated, rows["INV-01"].monthly) == (250_000, 250_000)


def test_a_month_is_posted_once_in_order_and_only_when_ended(
    book: Book,
    bendahara: Actor,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
    snapshot: Callable[[], Snapshot],
) -> None:
    add(MOTOR)

    def refused(error: type[Exception], month: str, match: str) -> None:
        before = snapshot()
        with pytest.raises(error, match=match), book.unit_of_work() as s:
            depreciation.post_depreciation(s, bendahara, month, today=TODAY)
        assert snapshot() == before

    refused(DomainError, "2025-04", "2025-02 belum diposting")
    refused(DomainError, "2026-01", "belum berakhir")
    refused(PeriodClosedError, "2024-12", "tahun buku")
    refused(ValidationError, "2025-13", "tidak valid")
    with book.read() as s:
        assert depreciation.pending_months(s, "2025-04") == ["2025-02", "2025-03", "2025-04"]
    depreciate("2025-02")
    refused(DomainError, "2025-02", "sudah diposting")
    # January had nothing to depreciate: it may be recorded late, with no entry
    january = depreciate("2025-01")
    assert (january.total, january.entry_number) == (0, None)


def test_the_months_sum_exactly_to_the_cost_over_the_whole_life(
    book: Book, bendahara: Actor, add: Callable[[AssetInput], assets.AssetInfo]
) -> None:
    with book.unit_of_work() as s:
        for year in (2026, 2027, 2028):
            books.open_fiscal_year(s, bendahara, year)
    add(MOTOR)
    with book.unit_of_work() as s:
        runs = depreciation.post_through(s, bendahara, "2028-06", today=D("2028-07-01"))
    # 36 months from February 2025 to January 2028, nothing after
    assert [r.month for r in runs] == [f"{y}-{m:02d}" for y in (2025, 2026, 2027, 2028)
                                       for m in range(1, 13)][1:37]  # fmt: skip
    assert sum(r.total for r in runs) == 10_000_000
    assert {r.total for r in runs} == {277_777, 277_778}
    with book.read() as s:
        (row,) = assets.list_assets(s, D("2028-06-30"))
        assert depreciation.pending_months(s, "2028-06") == []
    assert (row.accumulated, row.book_value, row.monthly) == (10_000_000, 0, 0)
    assert _balances(book, D("2028-06-30"))["1693"] == -10_000_000


def test_a_late_registration_catches_up_in_the_next_month(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
) -> None:
    add(MOTOR)
    for month in ("2025-02", "2025-03", "2025-04"):
        depreciate(month)
    add(LAPTOP)  # bought 15 March, entered in May
    with book.read() as s:
        assert depreciation.missing_depreciation_months(s, 2025)[0] == "2025-05"
        plan = depreciation.plan_depreciation(s, "2025-05", today=TODAY)
    laptop = next(x for x in plan.lines if x.code == "INV-01")
    assert (laptop.amount, laptop.scheduled, laptop.catch_up) == (750_000, 250_000, 500_000)
    depreciate("2025-05")
    with book.read() as s:
        rows = {r.code: r for r in assets.list_assets(s, D("2025-05-31"))}
    assert rows["INV-01"].accumulated == 4 * 250_000 - 250_000  # March, April, May


def test_missing_months_are_the_months_due_without_a_run(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
) -> None:
    with book.read() as s:
        assert depreciation.missing_depreciation_months(s, 2025) == []
        with pytest.raises(NotFoundError):
            depreciation.missing_depreciation_months(s, 2019)
    add(LAND)
    with book.read() as s:
        assert depreciation.missing_depreciation_months(s, 2025) == []
    add(LAPTOP)
    depreciate("2025-03")
    depreciate("2025-04")
    with book.read() as s:
        assert depreciation.missing_depreciation_months(s, 2025) == [
            f"2025-{m:02d}" for m in range(5, 13)
        ]


# --- the notes and the ledger ----------------------------------------------------------


def test_the_summary_by_category_ties_to_the_general_ledger(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
) -> None:
    add(OFFICE)
    add(LAND)
    add(MOTOR)
    add(LAPTOP)
    for month in ("2025-01", "2025-02", "2025-03", "2025-04"):
        depreciate(month)
    with book.read() as s:
        year = {c.category: c for c in depreciation.summary_by_category(s, D("2025-01-01"),
                                                                    D("2025-12-31"))}  # fmt: skip
        later = {c.category: c for c in depreciation.summary_by_category(s, D("2025-03-01"),
                                                                     D("2025-04-30"))}  # fmt: skip
    gl = _balances(book, D("2025-12-31"))
    assert list(year) == ["tanah", "bangunan", "kendaraan", "inventaris"]
    building = year["bangunan"]
    # carried in on 01-01-2025: an addition of the year with its 120.000.000 already depreciated
    assert (building.cost_start, building.additions, building.accumulated_added) == (
        0,
        240_000_000,
        120_000_000,
    )
    assert building.depreciation == 4 * 1_000_000
    for key, asset_account, contra in (
        ("bangunan", "1602", "1692"),
        ("kendaraan", "1603", "1693"),
        ("inventaris", "1604", "1694"),
    ):
        c = year[key]
        assert c.cost_end == gl[asset_account]
        assert c.accumulated_end == -gl[contra]
        assert c.accumulated_start + c.accumulated_added + c.depreciation == c.accumulated_end
        assert c.book_value_end == c.cost_end - c.accumulated_end
    assert (year["tanah"].cost_end, year["tanah"].accumulated_end) == (50_000_000, 0)
    assert year["kendaraan"].depreciation == 10_000_000 * 3 // 36
    # March–April: the motor's February is in the start balance, the laptop is an addition
    motor, laptop = later["kendaraan"], later["inventaris"]
    assert (motor.cost_start, motor.accumulated_start, motor.depreciation) == (
        10_000_000,
        277_777,
        10_000_000 * 3 // 36 - 277_777,
    )
    assert (laptop.cost_start, laptop.additions, laptop.depreciation) == (0, 12_000_000, 500_000)
    assert gl["5206"] == sum(c.depreciation for c in year.values())


def test_the_integrity_check_compares_the_register_with_the_ledger(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
    post: PostFn,
) -> None:
    def item() -> checks.CheckItem:
        with book.read() as s:
            report = checks.check_book(s, full=True)
        return next(i for i in report.items if i.name == "Aset tetap = buku besar")

    assert item().ok
    assert "kosong" in item().detail
    # an older vehicle kept by manual journal: the register does not use 1603 yet
    post("2025-01-10", [("1603", 5_000_000), ("1101", -5_000_000)], "Motor lama")
    assert item().ok
    add(LAPTOP)
    depreciate("2025-03")
    assert item().ok
    # a manual journal on an account the register keeps shows as a difference
    post("2025-03-20", [("1604", 1_500_000), ("1101", -1_500_000)], "Printer")
    post("2025-03-31", [("5206", 40_000), ("1694", -40_000)], "Penyusutan manual")
    found = item()
    assert not found.ok
    assert "1604" in found.detail
    assert "Rp1.500.000" in found.detail
    assert "1694" in found.detail
    assert "Rp40.000" in found.detail
    assert "jurnal umum" in found.detail
    with book.read() as s:
        compared, differences = depreciation.ledger_differences(s)
    assert compared == 2
    assert [(d.account_code, d.register, d.ledger, d.difference) for d in differences] == [
        ("1604", 12_000_000, 13_500_000, 1_500_000),
        ("1694", 250_000, 290_000, 40_000),
    ]


def test_the_printed_register_groups_by_category_with_totals(
    book: Book,
    add: Callable[[AssetInput], assets.AssetInfo],
    depreciate: Callable[[str], depreciation.DepreciationRunInfo],
) -> None:
    for data in (LAPTOP, MOTOR, LAND, OFFICE):
        add(data)
    for month in ("2025-01", "2025-02", "2025-03"):
        depreciate(month)
    with book.read() as s:
        report = depreciation.register_report(s, D("2025-04-15"))
        before = depreciation.register_report(s, D("2025-03-30"))
    assert [g.category for g in report.groups] == ["tanah", "bangunan", "kendaraan", "inventaris"]
    assert report.last_run == "2025-03"
    assert before.last_run == "2025-02"  # March is posted on the 31st
    building = report.groups[1]
    assert (building.cost, building.accumulated, building.book_value, building.monthly) == (
        240_000_000,
        123_000_000,
        117_000_000,
        1_000_000,
    )
    assert report.cost == 10_000_000 + 12_000_000 + 50_000_000 + 240_000_000
    assert report.accumulated == 123_000_000 + 555_555 + 250_000
    assert report.monthly == 1_000_000 + 277_778 + 250_000  # April by the schedule
    assert report.book_value == report.cost - report.accumulated
    assert report.header.coop_name == "KSP Sejahtera Bersama"
