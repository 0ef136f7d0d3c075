"""Savings from spreadsheets: opening balances (saldo awal) and payroll deduction
lists (potong gaji). Every problem listed with its row and column; nothing written
unless every row is right; the members' balances tie to the control accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, PermissionDeniedError, ValidationError
from kopdesk.models import Account, JournalEntry, JournalLine, SavingsAccount, SavingsBatch
from kopdesk.services.imports import base, payroll, savings_openings, savings_plan, savings_rows
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import counter
from kopdesk.services.savings import products as savings_products
from kopdesk.storage.db import Book
from tests.helpers import take_snapshot

CUTOVER = dt.date(2025, 1, 1)
OPENING_HEADERS = ["No. Anggota", "Nama", "Pokok", "Wajib", "Sukarela", "Berjangka", "Jatuh Tempo"]


def nik(n: int) -> str:
    return f"32730115{n % 12 + 1:02d}80{n:04d}"


def workbook(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """A treasurer's workbook: a title row above the header."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["SALDO SIMPANAN ANGGOTA KSP SEJAHTERA"])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def people(book: Book, bendahara: Actor) -> list[str]:
    """Four active members A-0001..A-0004 (joined 2024) and A-0005 who left."""
    with book.unit_of_work() as s:
        numbers = [
            members.register_member(
                s, bendahara, MemberInput(f"Anggota {n}", nik(n), None, dt.date(2024, 1, n))
            ).number
            for n in range(1, 6)
        ]
        members.change_status(
            s, bendahara, numbers[4], MemberStatus.KELUAR, on=dt.date(2024, 6, 1), reason="Pindah"
        )
    return numbers


def control(s: Session, code: str) -> int:
    """The control account's balance, credit-positive."""
    total = s.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == code)
    ).scalar_one()
    return -int(total)


def subledger(s: Session, product: str) -> int:
    product_id = savings_products.get_product(s, product).id
    ids = list(
        s.execute(
            select(SavingsAccount.id).where(SavingsAccount.product_id == product_id)
        ).scalars()
    )
    return sum(savings_accounts.balances(s, ids).values())


GOOD_OPENING: list[list[object]] = [
    ["A-0001", "Anggota 1", 100_000, "1.250.000", "Rp 75.000", None, None],
    ["a-0002", "Anggota 2", "100.000", 600000.0, None, "5.000.000", "30-06-2025"],
    ["A-0003", "Anggota 3", None, "50.000,00", "0", None, None],
    ["A-0005", "Anggota 5 (keluar)", 100_000, 300_000, None, None, None],
]


def test_opening_balances_post_one_entry_that_ties_to_the_control_accounts(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "saldo.xlsx", OPENING_HEADERS, GOOD_OPENING)
    with book.read() as s:
        plan = savings_plan.plan_opening(s, path, CUTOVER)
    assert [str(e) for e in plan.errors] == []
    assert plan.totals() == {
        "pokok": 300_000,
        "wajib": 2_200_000,
        "sukarela": 75_000,
        "berjangka": 5_000_000,
    }
    assert plan.unmapped == ()
    with book.unit_of_work() as s:
        result = savings_openings.commit_opening(s, bendahara, plan, "Saldo awal dari buku lama")
    assert len(result.entries) == 1
    assert (result.rows, result.total) == (4, 7_575_000)
    with book.read() as s:
        entry = s.execute(
            select(JournalEntry).where(JournalEntry.number == result.entries[0])
        ).scalar_one()
        assert (entry.date, entry.source) == (CUTOVER, "simpanan.saldo_awal")
        assert control(s, "3901") == -7_575_000  # debit balance of the offset
        for code, account in (
            ("pokok", "3101"),
            ("wajib", "3102"),
            ("sukarela", "2101"),
            ("berjangka", "2102"),
        ):
            assert subledger(s, code) == control(s, account) == plan.totals()[code]
        [deposit] = [
            a for a in savings_accounts.member_accounts(s, "A-0002") if a.kind.value == "berjangka"
        ]
        assert deposit.balance == 5_000_000
        assert deposit.maturity_date == dt.date(2025, 6, 30)
        assert deposit.opened_on == CUTOVER
        wajib = savings_accounts.get_account(s, "SW-A-0001")
        assert (wajib.balance, wajib.opened_on) == (1_250_000, CUTOVER)
        batch = s.execute(select(SavingsBatch)).scalar_one()
        assert (batch.kind, batch.rows, batch.total) == ("saldo_awal", 4, 7_575_000)
        assert batch.entries == result.entries[0]
        assert batch.reference == "Saldo awal dari buku lama"


def test_a_messy_opening_sheet_lists_every_problem_and_writes_nothing(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    with book.unit_of_work() as s:
        counter.deposit(s, bendahara, member="A-0004", product="wajib", amount=50_000, on=CUTOVER)
    rows: list[list[object]] = [
        ["A-0001", "", 150_000, 10_000, None, None, None],  # pokok above the fixed amount
        ["A-0099", "", None, 10_000, None, None, None],  # unknown member
        ["A-0002", "", None, "1,250,000", None, None, None],  # commas as thousands
        ["A-0003", "", None, -5_000, None, None, None],  # negative
        ["A-0001", "", None, 20_000, None, None, None],  # the same member again
        ["A-0004", "", None, 70_000, None, None, None],  # a deposit already on the cut-over
        ["A-0002", "", None, None, None, 1_000_000, "01-12-2024"],  # duplicate + matures before
        ["A-0005", "", None, 12_500.5, None, None, None],  # sen from Excel
    ]
    path = workbook(tmp_path / "salah.xlsx", OPENING_HEADERS, rows)
    before = take_snapshot(book)
    with book.read() as s:
        plan = savings_plan.plan_opening(s, path, CUTOVER)
    found = [(e.row, e.column) for e in plan.errors]
    assert found == [
        (3, "Pokok"),
        (4, "No. Anggota"),
        (5, "Wajib"),
        (6, "Wajib"),
        (7, "No. Anggota"),
        (8, "Wajib"),
        (9, "No. Anggota"),
        (10, "Wajib"),
    ]
    messages = [e.message for e in plan.errors]
    assert "melebihi ketentuan Rp100.000" in messages[0]
    assert messages[1] == "Nomor anggota A-0099 tidak terdaftar di buku."
    assert "pemisah ribuan adalah titik" in messages[2]
    assert "negatif" in messages[3]
    assert messages[4] == "Anggota A-0001 ganda: sama dengan baris 3."
    assert "sudah punya transaksi Simpanan Wajib tanggal 01-01-2025" in messages[5]
    assert "bersen" in messages[7]
    assert not plan.ok
    with book.unit_of_work() as s, pytest.raises(DomainError, match="8 masalah"):
        savings_openings.commit_opening(s, bendahara, plan)
    assert take_snapshot(book) == before


def test_opening_balance_refused_twice_and_outside_an_open_year(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "saldo.xlsx", OPENING_HEADERS, GOOD_OPENING[:1])
    with book.read() as s:
        plan = savings_plan.plan_opening(s, path, CUTOVER)
    with book.unit_of_work() as s:
        savings_openings.commit_opening(s, bendahara, plan)
    # a later cut-over: the member already has an opening balance in each product
    with book.read() as s:
        again = savings_plan.plan_opening(s, path, dt.date(2025, 3, 31))
        assert [e.column for e in again.errors] == ["Pokok", "Wajib", "Sukarela"]
        assert "sudah punya saldo awal Simpanan Pokok (JU-2025-000001)" in again.errors[0].message
        outside = savings_plan.plan_opening(s, path, dt.date(2023, 12, 31))
    assert outside.errors[0].row == 2  # the header row
    assert outside.errors[0].column == "Tanggal saldo awal"
    assert "tidak berada dalam tahun buku" in outside.errors[0].message
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(DomainError):
        savings_openings.commit_opening(s, bendahara, again)
    assert take_snapshot(book) == before


def test_opening_needs_savings_manage_and_rechecks_the_book(
    book: Book, actors: dict[Role, Actor], people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "saldo.xlsx", OPENING_HEADERS, GOOD_OPENING[:1])
    with book.read() as s:
        plan = savings_plan.plan_opening(s, path, CUTOVER)
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(PermissionDeniedError):
        savings_openings.commit_opening(s, actors[Role.KASIR], plan)
    # the book moved on after the dry run: a deposit on the cut-over
    with book.unit_of_work() as s:
        counter.deposit(
            s, actors[Role.KASIR], member="A-0001", product="sukarela", amount=20_000, on=CUTOVER
        )
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(DomainError, match="Buku berubah"):
        savings_openings.commit_opening(s, actors[Role.ADMIN], plan)
    assert take_snapshot(book) == before


def test_opening_columns_by_product_name_and_a_mapping(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    headers = ["Nomor", "Simpanan Pokok", "Simp. Wajib", "Tabungan", "Keterangan"]
    path = workbook(tmp_path / "a.xlsx", headers, [["A-0001", 100_000, 25_000, 5_000, "lama"]])
    with book.read() as s:
        plan = savings_plan.plan_opening(s, path, CUTOVER)
        assert plan.errors[0].column == "No. Anggota"
        assert "tidak ditemukan" in plan.errors[0].message
        mapping = {**plan.mapping, "number": "Nomor"}
        plan = savings_plan.plan_opening(s, path, CUTOVER, mapping)
        with pytest.raises(ValidationError, match="tidak ada di berkas"):
            savings_plan.plan_opening(s, path, CUTOVER, {"number": "No"})
    assert plan.errors == ()
    assert plan.mapping == {
        "number": "Nomor",
        "pokok": "Simpanan Pokok",
        "wajib": "Simp. Wajib",
        "sukarela": "Tabungan",
    }
    assert plan.unmapped == ("Keterangan",)
    assert plan.total == 130_000


# --- payroll ------------------------------------------------------------------------

PAYROLL_HEADERS = ["NIK", "Nama Karyawan", "Wajib", "Sukarela", "Jumlah", "Bagian"]


def payroll_rows() -> list[list[object]]:
    return [
        [nik(1), "Anggota 1", 50_000, 25_000, 75_000, "Gudang"],
        [nik(2), "Anggota 2", "50.000", None, "50.000", "Kantor"],
        [nik(3), "Anggota 3", 50_000, 100_000, 150_000, "Kantor"],
    ]


@pytest.mark.parametrize("mode", ["per_member", "batch"])
def test_payroll_list_posts_per_member_or_as_one_entry(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path, mode: str
) -> None:
    path = workbook(tmp_path / "gaji-jan.xlsx", PAYROLL_HEADERS, payroll_rows())
    on = dt.date(2025, 1, 25)
    with book.read() as s:
        plan = savings_plan.plan_payroll(s, path, on=on)
    assert [str(e) for e in plan.errors] == []
    assert plan.unmapped == ("Bagian",)
    assert plan.totals() == {"wajib": 150_000, "sukarela": 125_000}
    with book.unit_of_work() as s:
        result = payroll.commit_payroll(
            s, bendahara, plan, on=on, mode=mode, reference="Gaji Jan 2025"
        )
    assert len(result.entries) == (3 if mode == "per_member" else 1)
    with book.read() as s:
        assert control(s, "3102") == subledger(s, "wajib") == 150_000
        assert control(s, "2101") == subledger(s, "sukarela") == 125_000
        assert -control(s, "1111") == 275_000  # the bank's debit
        assert savings_accounts.get_account(s, "SS-A-0003").balance == 100_000
        sources = set(s.execute(select(JournalEntry.source)).scalars())
        assert sources == {"simpanan.potong_gaji"}
        batch = s.execute(select(SavingsBatch)).scalar_one()
        assert batch.entries.split(",") == list(result.entries)
        assert (batch.kind, batch.total, batch.rows) == ("potong_gaji", 275_000, 3)
    # the same list twice is refused, saying when it was imported
    before = take_snapshot(book)
    with book.read() as s:
        again = savings_plan.plan_payroll(s, path, on=on)
        assert payroll.imported_before(s, "gaji jan 2025")
    with (
        book.unit_of_work() as s,
        pytest.raises(DomainError, match="sudah diimpor pada 25-01-2025"),
    ):
        payroll.commit_payroll(s, bendahara, again, on=on, reference="GAJI JAN 2025")
    assert take_snapshot(book) == before


def test_payroll_total_only_pays_wajib_first_then_sukarela(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "gaji.xlsx",
        ["No. Anggota", "Total Potongan"],
        [["A-0001", 80_000], ["A-0002", "Rp30.000"], ["A-0003", 0]],
    )
    with book.read() as s:
        plan = savings_plan.plan_payroll(s, path)
    assert [r.amounts for r in plan.rows] == [
        {"wajib": 50_000, "sukarela": 30_000},
        {"wajib": 30_000},
        {},
    ]
    # sukarela 30.000 for a new account is above the minimum 10.000; all fine
    assert plan.errors == ()
    with book.unit_of_work() as s:
        result = payroll.commit_payroll(
            s, bendahara, plan, on=dt.date(2025, 2, 25), debit_account="1101", mode="batch"
        )
    assert result.reference == "gaji.xlsx"
    assert result.rows == 2


def test_payroll_rows_breaking_the_rules_are_listed_and_nothing_is_written(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    with book.unit_of_work() as s:
        counter.deposit(s, bendahara, member="A-0002", product="pokok", amount=100_000, on=CUTOVER)
    rows: list[list[object]] = [
        ["A-0001", 50_000, 5_000, None, 55_000],  # sukarela below its minimum
        ["A-0002", None, None, 100_000, 100_000],  # pokok already paid
        ["A-0003", None, None, 60_000, 60_000],  # pokok not the exact amount
        ["A-0005", 50_000, None, None, 50_000],  # left the koperasi
        ["A-0077", 50_000, None, None, 50_000],  # unknown
        ["A-0004", 50_000, None, None, 40_000],  # total differs from the detail
        ["A-0004", "lima puluh", None, None, 50_000],  # duplicate and unreadable
        ["A-0001", None, None, None, None],  # duplicate (even when empty)
    ]
    path = workbook(
        tmp_path / "gaji.xlsx", ["No. Anggota", "Wajib", "Sukarela", "Pokok", "Jumlah"], rows
    )
    before = take_snapshot(book)
    with book.read() as s:
        plan = savings_plan.plan_payroll(s, path, on=dt.date(2025, 1, 25))
    assert [(e.row, e.column) for e in plan.errors] == [
        (3, "Sukarela"),
        (4, "Pokok"),
        (5, "Pokok"),
        (6, "No. Anggota"),
        (7, "No. Anggota"),
        (8, "Jumlah"),
        (9, "No. Anggota"),
        (9, "Wajib"),
        (10, "No. Anggota"),
    ]
    text = [e.message for e in plan.errors]
    assert "paling sedikit Rp10.000" in text[0]
    assert "sudah lunas" in text[1]
    assert "sebesar Rp100.000, bukan Rp60.000" in text[2]
    assert "berstatus keluar" in text[3]
    assert "tidak sama dengan rinciannya (Rp50.000)" in text[5]
    with book.unit_of_work() as s, pytest.raises(DomainError, match="9 masalah"):
        payroll.commit_payroll(s, bendahara, plan, on=dt.date(2025, 1, 25), reference="Jan")
    assert take_snapshot(book) == before


def _post_payroll(
    book: Book, actor: Actor, path: Path, on: dt.date, reference: str, *, again: bool = False
) -> savings_rows.ImportResult:
    with book.read() as s:
        plan = savings_plan.plan_payroll(s, path, on=on)
    assert plan.ok, plan.errors
    with book.unit_of_work() as s:
        return payroll.commit_payroll(
            s, actor, plan, on=on, mode="batch", reference=reference, again=again
        )


def test_the_same_list_in_the_same_month_under_another_reference_needs_a_confirmation(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    """Issue 14 item 21: the adversarial run posted one payroll file twice by giving
    it another reference. Same month, same members, same amounts: asked first."""
    path = workbook(tmp_path / "gaji-jan.xlsx", PAYROLL_HEADERS, payroll_rows())
    first = _post_payroll(book, bendahara, path, dt.date(2025, 1, 25), "Gaji Januari 2025")
    second_day = dt.date(2025, 1, 31)
    with book.read() as s:
        plan = savings_plan.plan_payroll(s, path, on=second_day)
        earlier = payroll.same_list_posted(s, plan, second_day)
    assert earlier is not None
    assert (earlier.reference, earlier.date, earlier.first_entry) == (
        "Gaji Januari 2025",
        dt.date(2025, 1, 25),
        first.entries[0],
    )
    assert "25-01-2025" in earlier.describe()
    before = take_snapshot(book)
    with (
        book.unit_of_work() as s,
        pytest.raises(DomainError, match="sudah diposting 25-01-2025"),
    ):
        payroll.commit_payroll(
            s, bendahara, plan, on=second_day, reference="Gaji Jan (kirim ulang)"
        )
    assert take_snapshot(book) == before
    again = _post_payroll(book, bendahara, path, second_day, "Gaji Jan (kirim ulang)", again=True)
    assert again.total == first.total
    with book.read() as s:
        assert savings_accounts.get_account(s, "SS-A-0003").balance == 200_000


def test_another_month_or_other_amounts_are_not_the_same_list(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "gaji-jan.xlsx", PAYROLL_HEADERS, payroll_rows())
    _post_payroll(book, bendahara, path, dt.date(2025, 1, 25), "Gaji Januari 2025")
    february = dt.date(2025, 2, 25)
    changed = payroll_rows()
    changed[2][3:5] = [90_000, 140_000]
    other = workbook(tmp_path / "gaji-jan-b.xlsx", PAYROLL_HEADERS, changed)
    fewer = workbook(tmp_path / "gaji-jan-c.xlsx", PAYROLL_HEADERS, payroll_rows()[:2])
    with book.read() as s:
        for source, on in ((path, february), (other, dt.date(2025, 1, 28)),
                           (fewer, dt.date(2025, 1, 28))):  # fmt: skip
            assert (
                payroll.same_list_posted(s, savings_plan.plan_payroll(s, source, on=on), on) is None
            )


def test_payroll_checks_the_date_account_and_mode(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "gaji.xlsx", PAYROLL_HEADERS, payroll_rows())
    with book.read() as s:
        early = savings_plan.plan_payroll(s, path, on=dt.date(2024, 1, 2))
        plan = savings_plan.plan_payroll(s, path)
    assert early.errors[0].column == "Tanggal posting"
    assert "tidak berada dalam tahun buku" in early.errors[0].message
    before = take_snapshot(book)
    on = dt.date(2025, 1, 25)
    with book.unit_of_work() as s, pytest.raises(ValidationError, match="kas atau bank"):
        payroll.commit_payroll(s, bendahara, plan, on=on, debit_account="3901")
    with book.unit_of_work() as s, pytest.raises(ValidationError, match="Cara posting"):
        payroll.commit_payroll(s, bendahara, plan, on=on, mode="sekaligus")
    with book.unit_of_work() as s, pytest.raises(DomainError, match="bukan impor saldo awal"):
        savings_openings.commit_opening(s, bendahara, plan)
    assert take_snapshot(book) == before


def test_default_cutover_is_the_first_day_of_the_earliest_open_year(book: Book) -> None:
    with book.read() as s:
        assert base.default_cutover(s) == dt.date(2025, 1, 1)


def test_amount_cells(book: Book) -> None:
    assert base.parse_amount(None, "Wajib") == 0
    assert base.parse_amount(" - ", "Wajib") == 0
    assert base.parse_amount(1_250_000.0, "Wajib") == 1_250_000
    assert base.parse_amount("Rp1.250.000,-", "Wajib") == 1_250_000
    with pytest.raises(ValidationError, match="tidak terbaca"):
        base.parse_amount(dt.date(2025, 1, 1), "Wajib")
    with pytest.raises(ValidationError, match="terlalu besar"):
        base.parse_amount(10**12, "Wajib")
