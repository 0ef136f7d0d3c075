"""Financial statements on a small book worked out by hand.

The book (every figure below is computed by hand in the comments):

2025 (the comparative year)
  2 Jan  saldo awal: kas 10.000.000, inventaris 6.000.000 / ekuitas saldo awal 16.000.000
  2 Jan  Ani pays simpanan pokok 100.000 (kas)        1 Feb  simpanan wajib 600.000 (kas)
  1 Feb  modal penyertaan 5.000.000 into bank 1112
  1 Mar  jasa pelayanan 4105 2.500.000 (kas)           1 Apr  gaji 5202 900.000 (kas)
  30 Jun beban operasional lain 5299 300.000, accrued (2302)
  30 Sep jasa giro 4901 300.000 (bank)                 31 Dec PPh badan 5990 200.000 (2311)
  → SHU 2025 = 2.800.000 − 1.200.000 − 200.000 = 1.400.000; the year is closed.
2026 (the period)
  10 Jan jasa pelayanan 4105 1.000.000 (kas)           1 Feb  Ani wajib 50.000 (kas)
  1 Mar  pays the accrual 2302 300.000 (kas)           15 Mar pays the tax 2311 200.000 (bank)
  1 Apr  listrik 5205 150.000 (kas)
  1 May  SHU 2025 posted: cadangan 50% 700.000, jasa modal 30% 420.000 (Ani, 2321),
         dana pengurus 10% 140.000, dana sosial 10% 140.000
  10 May Ani's SHU 420.000 paid in cash
  → SHU 2026 = 1.000.000 − 150.000 = 850.000.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kopdesk.domain.papers.statements import Period, Statement
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.services.base import approvals
from kopdesk.services.closing import shu, shu_payout, statements, yearend
from kopdesk.services.ledger import books
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import counter
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.savings.papers import savings_recap
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD

D = dt.date
TODAY = D(2026, 12, 31)

ENTRIES_2025 = (
    (D(2025, 1, 2), [("1101", 10_000_000), ("1604", 6_000_000), ("3901", -16_000_000)]),
    (D(2025, 2, 1), [("1112", 5_000_000), ("3201", -5_000_000)]),
    (D(2025, 3, 1), [("1101", 2_500_000), ("4105", -2_500_000)]),
    (D(2025, 4, 1), [("5202", 900_000), ("1101", -900_000)]),
    (D(2025, 6, 30), [("5299", 300_000), ("2302", -300_000)]),
    (D(2025, 9, 30), [("1112", 300_000), ("4901", -300_000)]),
    (D(2025, 12, 31), [("5990", 200_000), ("2311", -200_000)]),
)
ENTRIES_2026 = (
    (D(2026, 1, 10), [("1101", 1_000_000), ("4105", -1_000_000)]),
    (D(2026, 3, 1), [("2302", 300_000), ("1101", -300_000)]),
    (D(2026, 3, 15), [("2311", 200_000), ("1112", -200_000)]),
    (D(2026, 4, 1), [("5205", 150_000), ("1101", -150_000)]),
)


def _post(
    book: Book, actor: Actor, entries: tuple[tuple[dt.date, list[tuple[str, int]]], ...]
) -> None:
    with book.unit_of_work() as s:
        for on, lines in entries:
            post_entry(
                s, EntryInput(on, "Transaksi uji", [LineInput(c, a) for c, a in lines]), actor=actor
            )


@pytest.fixture
def ani(book: Book, actors: dict[Role, Actor]) -> str:
    """2025 and 2026's entries posted; 2025 still open."""
    bendahara, kasir = actors[Role.BENDAHARA], actors[Role.KASIR]
    data = MemberInput(
        full_name="Ani Lestari", nik="3273011708850001", birth_date=D(1985, 8, 17), sex="P",
        join_date=D(2025, 1, 2),
    )  # fmt: skip
    with book.unit_of_work() as s:
        number = members.register_member(s, bendahara, data).number
        counter.deposit(s, kasir, member=number, product="pokok", amount=100_000, on=D(2025, 1, 2))
        counter.deposit(s, kasir, member=number, product="wajib", amount=600_000, on=D(2025, 2, 1))
        books.open_fiscal_year(s, bendahara, 2026)
    _post(book, bendahara, ENTRIES_2025)
    _post(book, bendahara, ENTRIES_2026)
    with book.unit_of_work() as s:
        counter.deposit(s, kasir, member=number, product="wajib", amount=50_000, on=D(2026, 2, 1))
        for month in range(1, 13):
            savings_routine.run_month_end(s, bendahara, f"2025-{month:02d}", today=TODAY)
    return number


def _close_and_share(book: Book, actors: dict[Role, Actor], member: str) -> None:
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        assert yearend.close_year(s, bendahara, 2025, today=TODAY).surplus == 1_400_000
    plan = shu.PlanInput(
        {"cadangan": Decimal(50), "jasa_modal": Decimal(30), "dana_pengurus": Decimal(10),
         "dana_sosial": Decimal(10)},
    )  # fmt: skip
    with book.unit_of_work() as s:
        shu.save_plan(s, bendahara, 2025, plan)
        shu.post(s, bendahara, 2025, D(2026, 5, 1))
    with book.unit_of_work() as s:
        shu_payout.pay(s, actors[Role.KASIR], 2025, member, on=D(2026, 5, 10), method="tunai")


@pytest.fixture
def shared(book: Book, actors: dict[Role, Actor], ani: str) -> Book:
    """The whole story: 2025 closed, its SHU posted and Ani's part paid."""
    _close_and_share(book, actors, ani)
    return book


def _amounts(statement: Statement, section: str | None = None) -> dict[str, tuple[int, int]]:
    return {
        ln.code: (ln.amount, ln.prior)
        for ln in statement.accounts(section)
        if ln.amount or ln.prior
    }


def _year(book: Book, year: int = 2026, kind: str = "year", number: int = 1) -> Period:
    with book.read() as s:
        return statements.period_of(s, year, kind, number)


# --- periods ---------------------------------------------------------------------------------


def test_periods_of_a_fiscal_year_and_their_comparatives(book: Book) -> None:
    with book.read() as s:
        year = statements.period_of(s, 2025)
        half = statements.period_of(s, 2025, "semester", 2)
        quarter = statements.period_of(s, 2025, "quarter", 1)
        month = statements.period_of(s, 2025, "month", 2)
    assert (year.start, year.end, year.label) == (D(2025, 1, 1), D(2025, 12, 31), "Tahun Buku 2025")
    assert (half.start, half.end, half.label) == (
        D(2025, 7, 1),
        D(2025, 12, 31),
        "Semester II 2025",
    )
    assert (quarter.start, quarter.end) == (D(2025, 1, 1), D(2025, 3, 31))
    assert quarter.label == "Triwulan I 2025"
    assert (month.start, month.end, month.label) == (D(2025, 2, 1), D(2025, 2, 28), "Februari 2025")
    before = statements.previous(month)
    assert (before.start, before.end, before.label) == (
        D(2024, 2, 1),
        D(2024, 2, 29),
        "Februari 2024",
    )
    assert statements.previous(year).label == "Tahun Buku 2024"


def test_a_fiscal_year_starting_in_july() -> None:
    start = D(2025, 7, 1)
    assert statements.make_period(start, 2025, "year").end == D(2026, 6, 30)
    march = statements.make_period(start, 2025, "month", 3)
    assert (march.start, march.end) == (D(2026, 3, 1), D(2026, 3, 31))
    q3 = statements.make_period(start, 2025, "quarter", 3)
    assert (q3.start, q3.end) == (D(2026, 1, 1), D(2026, 3, 31))


def test_unknown_year_and_bad_period_are_refused_in_indonesian(book: Book) -> None:
    with book.read() as s:
        with pytest.raises(NotFoundError, match="Tahun buku 2031 tidak ada"):
            statements.period_of(s, 2031)
        with pytest.raises(ValidationError, match="triwulan harus 1 sampai 4"):
            statements.period_of(s, 2025, "quarter", 5)
        with pytest.raises(ValidationError, match="Jenis periode"):
            statements.period_of(s, 2025, "week")


# --- the worked example ---------------------------------------------------------------------------


def test_balance_sheet_of_the_worked_example(shared: Book) -> None:
    with shared.read() as s:
        bs = statements.balance_sheet(s, _year(shared))
    assert _amounts(bs, "aset") == {
        "1101": (12_480_000, 12_300_000),
        "1112": (5_100_000, 5_300_000),
        "1604": (6_000_000, 6_000_000),
    }
    assert _amounts(bs, "liabilitas") == {
        "2302": (0, 300_000),
        "2311": (0, 200_000),
        "2322": (140_000, 0),
        "2326": (140_000, 0),
    }
    assert _amounts(bs, "ekuitas") == {
        "3101": (100_000, 100_000),
        "3102": (650_000, 600_000),
        "3201": (5_000_000, 5_000_000),
        "3401": (700_000, 0),
        "3502": (850_000, 1_400_000),
        "3901": (16_000_000, 16_000_000),
    }
    assert (
        bs.line("jumlah_aset").amount == bs.line("jumlah_liabilitas_ekuitas").amount == 23_580_000
    )
    assert bs.line("jumlah_aset").prior == 23_600_000
    assert bs.amount("jumlah_ekuitas") == 23_300_000
    # 2026 is open and "today" is 4 December 2026: the sheet is as of today (issue 17)
    assert bs.columns == ("4 Desember 2026", "31 Desember 2025")


def test_assets_come_in_chart_order_with_groups_and_subtotals(shared: Book) -> None:
    with shared.read() as s:
        bs = statements.balance_sheet(s, _year(shared))
    aset = [
        (ln.code, ln.level, ln.is_heading, ln.is_total) for ln in bs.lines if ln.section == "aset"
    ]
    assert aset == [
        ("aset", 0, True, False),
        ("1100", 1, True, False),
        ("1101", 2, False, False),
        ("1112", 2, False, False),
        ("1100", 1, False, True),
        ("1600", 1, True, False),
        ("1604", 2, False, False),  # a single account: no subtotal
        ("jumlah_aset", 0, False, True),
    ]
    assert bs.line("1100").name == "Jumlah kas dan setara kas"
    assert bs.line("1100").amount == 17_580_000


def test_income_statement_leaves_the_closing_entries_out(shared: Book) -> None:
    with shared.read() as s:
        phu = statements.income_statement(s, _year(shared))
    assert _amounts(phu, "pendapatan") == {"4105": (1_000_000, 2_500_000), "4901": (0, 300_000)}
    assert _amounts(phu, "beban") == {
        "5202": (0, 900_000),
        "5205": (150_000, 0),
        "5299": (0, 300_000),
        "5990": (0, 200_000),
    }
    assert (phu.line("partisipasi_anggota").amount, phu.line("pendapatan_lain").prior) == (
        1_000_000,
        300_000,
    )
    assert phu.line("jumlah_pendapatan").prior == 2_800_000
    assert phu.line("jumlah_beban").prior == 1_200_000
    assert phu.line("shu_sebelum_pajak").prior == 1_600_000
    assert (phu.amount("shu"), phu.line("shu").prior) == (850_000, 1_400_000)
    assert (phu.amount("pkl"), phu.amount("total_komprehensif")) == (0, 850_000)
    assert phu.columns == ("1 Januari 2026 s.d. 4 Desember 2026", "2025")


def test_cash_flow_of_the_worked_example(shared: Book) -> None:
    with shared.read() as s:
        flow = statements.cash_flow(s, _year(shared))
    lines = {ln.code: (ln.amount, ln.prior) for ln in flow.lines if not ln.is_heading}
    assert lines["pendapatan"] == (1_000_000, 2_800_000)
    assert lines["beban_usaha"] == (-150_000, -900_000)
    assert lines["pajak"] == (-200_000, 0)
    assert lines["operasi_lain"] == (-300_000, 0)
    assert lines["jumlah_operasi"] == (350_000, 1_900_000)
    # the opening entry (inventaris 6.000.000 and kas 10.000.000 against ekuitas saldo
    # awal 16.000.000) brings 10.000.000 of cash into the book: all of it saldo awal,
    # not an investment in inventaris
    assert "aset_tetap" not in lines
    assert lines["jumlah_investasi"] == (0, 0)
    assert lines["modal_anggota"] == (50_000, 700_000)
    assert lines["modal_lain"] == (0, 5_000_000)
    assert lines["saldo_awal"] == (0, 10_000_000)
    assert lines["shu_dibayar"] == (-420_000, 0)
    assert lines["jumlah_pendanaan"] == (-370_000, 15_700_000)
    assert lines["kenaikan_kas"] == (-20_000, 17_600_000)
    assert lines["kas_awal"] == (17_600_000, 0)
    assert lines["kas_akhir"] == (17_580_000, 17_600_000)


def test_equity_changes_of_the_worked_example(shared: Book) -> None:
    with shared.read() as s:
        eq = statements.equity_changes(s, _year(shared))
    keys = [c.key for c in eq.columns]
    assert keys == ["pokok", "wajib", "modal_lain", "cadangan", "shu", "pkl", "saldo_awal"]

    def row(values: dict[str, int]) -> tuple[int, ...]:
        return tuple(values.get(k, 0) for k in keys)

    current = {r.key: r.amounts for r in eq.current.rows}
    assert current == {
        "saldo_awal": row({"pokok": 100_000, "wajib": 600_000, "modal_lain": 5_000_000,
                           "shu": 1_400_000, "saldo_awal": 16_000_000}),
        "saldo_awal_buku": row({}),
        "setoran_simpanan": row({"wajib": 50_000}),
        "shu_berjalan": row({"shu": 850_000}),
        "pemindahan_cadangan": row({"cadangan": 700_000, "shu": -700_000}),
        "pembagian_shu": row({"shu": -700_000}),
        "lain": row({}),
        "saldo_akhir": row({"pokok": 100_000, "wajib": 650_000, "modal_lain": 5_000_000,
                            "cadangan": 700_000, "shu": 850_000, "saldo_awal": 16_000_000}),
    }  # fmt: skip
    prior = {r.key: r.amounts for r in eq.prior.rows}
    assert prior["saldo_awal"] == row({})
    assert prior["saldo_awal_buku"] == row({"saldo_awal": 16_000_000})
    assert prior["setoran_simpanan"] == row({"pokok": 100_000, "wajib": 600_000})
    assert prior["lain"] == row({"modal_lain": 5_000_000})
    assert prior["shu_berjalan"] == row({"shu": 1_400_000})
    assert eq.current.closing.total == 23_300_000
    assert eq.prior.closing.total == eq.current.opening.total == 23_100_000
    assert eq.current.opening.label == "Saldo per 1 Januari 2026"


def test_a_quarter_with_the_same_quarter_last_year(shared: Book) -> None:
    q2 = _year(shared, 2026, "quarter", 2)
    with shared.read() as s:
        phu = statements.income_statement(s, q2)
        bs = statements.balance_sheet(s, q2)
    # Apr–Jun 2026: listrik 150.000; Apr–Jun 2025: gaji 900.000 and the 300.000 accrual
    assert (phu.amount("shu"), phu.line("shu").prior) == (-150_000, -1_200_000)
    assert phu.columns == ("Triwulan II 2026", "Triwulan II 2025")
    # 30 Jun 2026: the 2026 surplus so far (1.000.000 − 150.000) on 3502;
    # 30 Jun 2025 (not closed then): 2.500.000 − 900.000 − 300.000 on 3502
    assert bs.line("3502").amount == 850_000
    assert bs.line("3502").prior == 1_300_000
    assert bs.line("jumlah_aset").amount == bs.line("jumlah_liabilitas_ekuitas").amount


def test_the_balance_sheet_is_the_same_before_and_after_closing(
    book: Book, actors: dict[Role, Actor], ani: str
) -> None:
    period = _year(book, 2026, "quarter", 1)
    with book.read() as s:
        before = statements.balance_sheet(s, period)
        phu_before = statements.income_statement(s, _year(book, 2025))
    with book.unit_of_work() as s:
        yearend.close_year(s, actors[Role.BENDAHARA], 2025, today=TODAY)
    with book.read() as s:
        after = statements.balance_sheet(s, period)
        phu_after = statements.income_statement(s, _year(book, 2025))
    assert after.lines == before.lines
    assert phu_after.lines == phu_before.lines
    # 31 Mar 2026: SHU 2025 waits on 3501 (closed or not), 2026 so far on 3502
    assert (after.line("3501").amount, after.line("3502").amount) == (1_400_000, 1_000_000)


def test_closing_and_reopening_a_year_changes_nothing_in_the_statements(
    book: Book, actors: dict[Role, Actor], ani: str
) -> None:
    del ani
    period = _year(book, 2025)
    with book.read() as s:
        before = statements.all_statements(s, period)
    with book.unit_of_work() as s:
        yearend.close_year(s, actors[Role.BENDAHARA], 2025, today=TODAY)
    with book.unit_of_work() as s:
        grant = approvals.grant(s, actors[Role.KETUA], "admin", PASSWORD, Permission.YEAR_REOPEN)
    with book.unit_of_work() as s:
        yearend.reopen_year(
            s, actors[Role.KETUA], 2025, "Koreksi beban listrik", approval=grant.grant_id
        )
    with book.read() as s:
        after = statements.all_statements(s, period)
    assert after.balance_sheet == before.balance_sheet
    assert after.income == before.income
    assert after.equity == before.equity
    assert after.cash_flow == before.cash_flow


def test_the_savings_note_equals_the_savings_recap_on_both_dates(shared: Book) -> None:
    """The note sums both dates in one pass; the Rekap Simpanan (its own query per
    date) must give the same sub-ledger per product and the same member count."""
    with shared.read() as s:
        period = _year(shared)
        table = statements.notes(s, period).table("simpanan")
        now = savings_recap(s, period.end)
        before = savings_recap(s, statements.previous(period).end)
    expected = {
        r.product_code: (r.subledger, b.subledger)
        for r, b in zip(now.rows, before.rows, strict=True)
        if r.subledger or b.subledger
    }
    assert {r.code: r.values for r in table.rows if not r.is_total} == expected
    assert len(expected) > 1
    assert f"{now.total_members} anggota memiliki saldo simpanan" in table.text[0]


def test_all_statements_tie_together_and_name_the_signers(shared: Book) -> None:
    with shared.read() as s:
        fs = statements.all_statements(s, _year(shared))
    assert fs.equity.current.closing.total == fs.balance_sheet.amount("jumlah_ekuitas")
    assert fs.cash_flow.amount("kas_akhir") == fs.balance_sheet.line("1100").amount
    assert [s.role for s in fs.signers] == ["Ketua", "Bendahara"]
    assert fs.notes.table("kas").rows[-1].values == (17_580_000, 17_600_000)
    savings_rows = {r.code: r.values for r in fs.notes.table("simpanan").rows}
    assert savings_rows["pokok"] == (100_000, 100_000)
    assert savings_rows["wajib"] == (650_000, 600_000)
    shu_note = fs.notes.table("shu")
    # 2026 is open: the default AD/ART plan 40/20/20/5/0/5/5/5/0 of 850.000
    assert {r.code: r.values[0] for r in shu_note.rows if not r.is_total} == {
        "cadangan": 340_000,
        "jasa_modal": 170_000,
        "jasa_usaha": 170_000,
        "dana_pengurus": 42_500,
        "dana_karyawan": 42_500,
        "dana_pendidikan": 42_500,
        "dana_sosial": 42_500,
    }
    assert shu_note.rows[-1].values == (850_000,)
    assert "Rp850.000" in shu_note.text[0]
    assert "rencana" in shu_note.text[1]


def test_the_shu_note_of_the_closed_year_shows_the_posted_split(shared: Book) -> None:
    with shared.read() as s:
        notes = statements.notes(s, _year(shared, 2025))
    parts = {r.code: r.values[0] for r in notes.table("shu").rows if not r.is_total}
    assert parts == {
        "cadangan": 700_000,
        "jasa_modal": 420_000,
        "dana_pengurus": 140_000,
        "dana_sosial": 140_000,
    }
    assert "telah dibukukan" in " ".join(notes.table("shu").text)


def test_fixed_asset_note_from_the_register(book: Book, bendahara: Actor) -> None:
    """A computer bought 1 Mar 2025 for 4.800.000 over 48 months: 100.000 a month,
    March-June posted → accumulated 400.000; in April-June 300.000 of it."""
    from kopdesk.services.assets import depreciation
    from kopdesk.services.assets import register as assets

    data = assets.AssetInput(
        code="INV-01", name="Komputer kasir", category="inventaris",
        acquired_on=D(2025, 3, 1), cost=4_800_000, life_months=48, paid_from="1101",
    )  # fmt: skip
    _post(book, bendahara, ((D(2025, 1, 2), [("1101", 10_000_000), ("3901", -10_000_000)]),))
    with book.unit_of_work() as s:
        assets.register_asset(s, bendahara, data)
        depreciation.post_through(s, bendahara, "2025-06", today=D(2025, 7, 1))
    with book.read() as s:
        q2 = statements.notes(s, statements.period_of(s, 2025, "quarter", 2))
        year = statements.notes(s, statements.period_of(s, 2025))
        bs = statements.balance_sheet(s, statements.period_of(s, 2025, "quarter", 2))
    rows = {r.code: r.values for r in q2.table("aset_tetap_mutasi").rows}
    # perolehan, penambahan, akumulasi, penyusutan, nilai buku
    assert rows["inventaris"] == (4_800_000, 0, 400_000, 300_000, 4_400_000)
    year_rows = {r.code: r.values for r in year.table("aset_tetap_mutasi").rows}
    assert year_rows["inventaris"] == (4_800_000, 4_800_000, 400_000, 400_000, 4_400_000)
    by_account = {r.code: r.values[0] for r in q2.table("aset_tetap").rows}
    assert by_account == {"1604": 4_800_000, "1694": -400_000, "": 4_400_000}
    assert bs.line("1600").amount == 4_400_000


def test_the_allowance_policy_names_the_collateral_counted(book: Book) -> None:
    """Issue 14 item 3: the PPAP policy says the KL/D/M allowance is on the balance less
    the collateral counted, with the shares of the settings (100/80/50/0 by default)."""
    with book.read() as s:
        policies = statements.notes(s, _year(book, 2025)).policies
    ppap = next(p for p in policies if p.title.startswith("Penyisihan"))
    text = " ".join(ppap.text)
    assert "dari sisa pokok setelah dikurangi agunan yang diperhitungkan" in text
    assert "simpanan/deposito diblokir 100%" in text
    assert "kendaraan (BPKB) 50%" in text
    assert "agunan lain 0%" in text
