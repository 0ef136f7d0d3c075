"""Outstanding loans from a spreadsheet at the cut-over (saldo awal pinjaman): every
problem listed with its row and column, nothing written unless every row is right,
and afterwards each loan's outstanding = its receivable lines = the file's figures."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.loans import Method, RatePeriod, Terms, schedule
from kopdesk.domain.money import Rounding
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, PermissionDeniedError, ValidationError
from kopdesk.models import (
    Account,
    AuditRecord,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    LoanInstallment,
)
from kopdesk.services.imports import base, loans_openings, loans_plan, loans_rows
from kopdesk.services.loans import payments, schedules
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.storage.db import Book
from tests.helpers import take_snapshot

CUTOVER = dt.date(2025, 1, 1)
HEADERS = [
    "No. Anggota",
    "Nama",
    "Produk",
    "Pokok Pinjaman",
    "Tanggal Cair",
    "Jangka (bulan)",
    "Bunga (%)",
    "Periode Bunga",
    "Metode",
    "Angsuran Dibayar",
    "Sisa Pokok",
    "No. Pinjaman Lama",
]


def nik(n: int) -> str:
    return f"32730115{n % 12 + 1:02d}80{n:04d}"


def workbook(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """A treasurer's workbook: a title row above the header."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DAFTAR PINJAMAN BEREDAR KSP SEJAHTERA PER 31-12-2024"])
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


def darurat(principal: int, start: dt.date, tenor: int) -> list[int]:
    """Balances after each installment of a darurat loan (anuitas 12% p.a.)."""
    terms = Terms(principal, Decimal(12), RatePeriod.YEAR, tenor, Method.ANUITAS, Rounding.HALF_UP)
    return [x.balance_after for x in schedule(terms, start)]


# umum: flat 1,5%/month, principal 500.000 a month -> 3.000.000 left after 6 of 12.
# usaha: menurun, 500.000 a month -> 8.000.000 left after 8 of 24.
# darurat: 3 installments due by the cut-over, 2 paid, 2.600.000 left (a partial payment).
GOOD: list[list[object]] = [
    ["A-0001", "Anggota 1", "umum", 6_000_000, "01-07-2024", 12, None, None, None, 6, "3.000.000",
     "PL/2024/031"],
    ["A-0002", "Anggota 2", "Pinjaman Usaha", "12.000.000", dt.date(2024, 4, 15), "24 bulan", None,
     None, None, 8, 8_000_000, None],
    ["A-0003", "Anggota 3", "DARURAT", 3_000_000, "01-10-2024", 12, None, None, None, 2,
     "Rp2.600.000", "PL/2024/090"],
    ["A-0001", "Anggota 1", "usaha", 10_000_000, "20-12-2024", 12, "1,25", "per bulan", "flat", 0,
     10_000_000, "PL/2024/112"],
]  # fmt: skip


def receivable(s: Session, code: str) -> int:
    """The account's balance in the general ledger, debit-positive."""
    total = s.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code == code)
    ).scalar_one()
    return int(total)


def test_outstanding_loans_tie_to_the_receivable_accounts_and_the_file(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "pinjaman.xlsx", HEADERS, GOOD)
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    assert [str(e) for e in plan.errors] == []
    assert plan.unmapped == ()
    assert plan.totals() == {"umum": 3_000_000, "usaha": 18_000_000, "darurat": 2_600_000}
    assert plan.total == 23_600_000
    # the darurat row is off its schedule (a partial payment) and in arrears: warnings only
    assert [(w.row, w.column) for w in plan.warnings] == [
        (5, "Sisa Pokok"),
        (5, "Angsuran Dibayar"),
    ]
    assert "berbeda dari jadwal sesudah 2 angsuran" in plan.warnings[0].message
    assert "Menunggak: 2 dari 3 angsuran" in plan.warnings[1].message
    fourth = plan.rows[3]
    assert (fourth.rate_percent, fourth.rate_period, fourth.method) == (
        Decimal("1.25"),
        RatePeriod.MONTH,
        Method.FLAT,
    )
    with book.unit_of_work() as s:
        result = loans_openings.commit_opening(s, bendahara, plan, "Buku pinjaman lama")
    # numbered in the order they were disbursed
    assert result.loans == ("PJ-2024-0002", "PJ-2024-0001", "PJ-2024-0003", "PJ-2024-0004")
    assert (result.entry, result.total) == ("JU-2025-000001", 23_600_000)
    with book.read() as s:
        entry = s.execute(select(JournalEntry)).scalar_one()
        assert (entry.date, entry.source) == (CUTOVER, "pinjaman.saldo_awal")
        assert receivable(s, "3901") == -23_600_000
        for code, account in (("umum", "1301"), ("usaha", "1302"), ("darurat", "1303")):
            owed = sum(
                loan_records.outstanding(s, loan_records.get_loan(s, n).id)
                for n in result.loans
                if loan_records.get_loan(s, n).product_code == code
            )
            assert owed == receivable(s, account) == plan.totals()[code]
        for number, row in zip(result.loans, GOOD, strict=True):
            info = loan_records.get_loan(s, number)
            assert info.status == "aktif"
            assert info.member_number == row[0]
            assert (
                loan_records.outstanding(s, info.id)
                == plan.rows[result.loans.index(number)].remaining
            )
            stored = s.execute(
                select(func.count()).where(LoanInstallment.loan_id == info.id)
            ).scalar_one()
            assert stored == info.tenor  # the full original schedule
            [event] = loan_records.events_of(s, number)
            assert event.kind == "saldo_awal"
            assert event.entry_number == "JU-2025-000001"
            assert event.principal == info.amount - loan_records.outstanding(s, info.id)
            assert sum(p.pokok for p in event.parts) == event.principal
            assert event.outstanding_after == loan_records.outstanding(s, info.id)
        umum = loan_records.get_loan(s, "PJ-2024-0002")
        assert (umum.amount, umum.disbursed_on, umum.rate_percent) == (
            6_000_000,
            dt.date(2024, 7, 1),
            Decimal("1.5"),
        )
        [event] = loan_records.events_of(s, "PJ-2024-0002")
        assert event.interest == 6 * 90_000  # the interest of the six paid installments
        assert "PL/2024/031" in event.note
        record = s.execute(
            select(AuditRecord).where(AuditRecord.action == "loan.import_opening")
        ).scalar_one()
        after = json.loads(record.after)
        assert after["jurnal"] == "JU-2025-000001"
        assert after["pinjaman"] == list(result.loans)
        assert after["sisa_pokok"] == 23_600_000


def test_arrears_and_kolektibilitas_work_from_the_cutover(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "pinjaman.xlsx", HEADERS, GOOD[:3])
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    with book.unit_of_work() as s:
        result = loans_openings.commit_opening(s, bendahara, plan)
    umum, usaha, emergency = result.loans
    with book.read() as s:
        # paid on time before the cut-over: nothing overdue, no late fee
        bill = schedules.bill(s, umum, dt.date(2025, 1, 15))
        assert (bill.late_fee, bill.interest, bill.principal) == (0, 0, 0)
        assert bill.next_installment == 590_000
        assert loan_quality.position(s, usaha, dt.date(2025, 1, 15)).days_past_due == 0
        # darurat: installment 2 partly and 3 wholly unpaid, overdue since 1 December
        balances = darurat(3_000_000, dt.date(2024, 10, 1), 12)
        position = loan_quality.position(s, emergency, dt.date(2025, 2, 1))
        assert position.days_past_due == 62
        assert position.outstanding == 2_600_000
        due = schedules.schedule_of(s, emergency, dt.date(2025, 2, 1))
        assert due[1].owed_principal == 2_600_000 - balances[1]
        assert due[1].owed_interest == 0
        assert sum(x.owed_principal for x in due) == 2_600_000
    # a payment after the cut-over pays the oldest arrears first
    with book.unit_of_work() as s:
        payments.repay(s, bendahara, umum, 590_000, dt.date(2025, 2, 1))
    with book.read() as s:
        assert loan_records.outstanding(s, loan_records.get_loan(s, umum).id) == 2_500_000
        assert receivable(s, "1301") == 2_500_000


def test_a_messy_file_lists_every_problem_and_writes_nothing(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["A-0099", "", "umum", 1_000_000, "01-07-2024", 12, None, None, None, 1, 900_000, None],
        ["A-0002", "", "kredit", 1_000_000, "01-07-2024", 12, None, None, None, 1, 900_000, None],
        ["A-0002", "", "umum", "1,000,000", "31-02-2024", 12, None, None, None, 1, 900_000, None],
        ["A-0002", "", "umum", 1_000_000, "15-01-2025", 12, None, None, None, 0, 1_000_000, None],
        ["A-0002", "", "umum", 1_000_000, "01-07-2024", 12, None, None, None, 13, 900_000, None],
        ["A-0002", "", "umum", 1_000_000, "01-07-2024", 12, None, None, None, 2, 0, None],
        ["A-0002", "", "umum", 1_000_000, "01-07-2024", 12, None, None, None, 2, 1_200_000, None],
        ["A-0003", "", "umum", 1_000_000, "01-07-2024", 0, "dua", "mingguan", "bunga", 1, 900_000,
         None],
        ["A-0003", "", "umum", 1_200_000, "01-07-2024", 12, None, None, None, 6, 600_000, "X-1"],
        ["A-0004", "", "umum", 1_200_000, "01-07-2024", 12, None, None, None, 6, 600_000, "x-1"],
        ["A-0004", "", "usaha", 1_200_000, "01-07-2024", 12, None, None, None, 6, 600_000, None],
        ["A-0004", "", "usaha", 1_200_000, "01-07-2024", 12, None, None, None, 6, 600_000, None],
    ]  # fmt: skip
    path = workbook(tmp_path / "salah.xlsx", HEADERS, rows)
    before = take_snapshot(book)
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    found = [(e.row, e.column) for e in plan.errors]
    assert found == [
        (3, "No. Anggota"),
        (4, "Produk"),
        (5, "Pokok Pinjaman"),
        (5, "Tanggal Cair"),
        (6, "Tanggal Cair"),
        (7, "Angsuran Dibayar"),
        (8, "Sisa Pokok"),
        (9, "Sisa Pokok"),
        (10, "Jangka (bulan)"),
        (10, "Bunga (%)"),
        (10, "Periode Bunga"),
        (10, "Metode"),
        (12, "No. Pinjaman Lama"),
        (14, "No. Anggota"),
    ]
    text = {(e.row, e.column): e.message for e in plan.errors}
    assert text[(3, "No. Anggota")] == "Nomor anggota A-0099 tidak terdaftar di buku."
    assert "Produk pinjaman 'kredit' tidak ada" in text[(4, "Produk")]
    assert "pemisah ribuan adalah titik" in text[(5, "Pokok Pinjaman")]
    assert "sesudah tanggal saldo awal 01-01-2025" in text[(6, "Tanggal Cair")]
    assert "Angsuran dibayar 13 melebihi jangka waktu 12 bulan" in text[(7, "Angsuran Dibayar")]
    assert "sudah lunas tidak diimpor" in text[(8, "Sisa Pokok")]
    assert "melebihi pokok pinjaman Rp1.000.000" in text[(9, "Sisa Pokok")]
    assert "ganda: sama dengan baris 11" in text[(12, "No. Pinjaman Lama")]
    assert "ganda" in text[(14, "No. Anggota")]
    assert not plan.ok
    with book.unit_of_work() as s, pytest.raises(DomainError, match="14 masalah"):
        loans_openings.commit_opening(s, bendahara, plan)
    assert take_snapshot(book) == before


def test_a_loan_is_not_imported_twice_and_the_cutover_must_be_open(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "pinjaman.xlsx", HEADERS, GOOD[:2])
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    with book.unit_of_work() as s:
        loans_openings.commit_opening(s, bendahara, plan)
    with book.read() as s:
        again = loans_plan.plan_opening(s, path, dt.date(2025, 3, 31))
        outside = loans_plan.plan_opening(s, path, dt.date(2023, 12, 31))
    assert [(e.row, e.column) for e in again.errors] == [
        (3, "No. Pinjaman Lama"),
        (4, "No. Anggota"),
    ]
    assert (
        "PL/2024/031 milik Anggota 1 sudah diimpor sebagai PJ-2024-0002" in again.errors[0].message
    )
    assert "sudah punya pinjaman PJ-2024-0001" in again.errors[1].message
    assert (outside.errors[0].row, outside.errors[0].column) == (2, "Tanggal saldo awal")
    assert "tidak berada dalam tahun buku" in outside.errors[0].message
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(DomainError):
        loans_openings.commit_opening(s, bendahara, again)
    assert take_snapshot(book) == before


def test_import_needs_loans_manage_and_rechecks_the_book(
    book: Book, actors: dict[Role, Actor], people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "pinjaman.xlsx", HEADERS, GOOD[:1])
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(PermissionDeniedError):
        loans_openings.commit_opening(s, actors[Role.KASIR], plan)
    assert take_snapshot(book) == before
    with book.unit_of_work() as s:
        loans_openings.commit_opening(s, actors[Role.BENDAHARA], plan)
    before = take_snapshot(book)
    with book.unit_of_work() as s, pytest.raises(DomainError, match="Buku berubah"):
        loans_openings.commit_opening(s, actors[Role.ADMIN], plan)  # the same plan once more
    assert take_snapshot(book) == before


def test_columns_by_other_names_a_mapping_and_missing_columns(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    headers = ["NIK", "Jenis Pinjaman", "Plafon", "Tgl Cair", "Tenor", "Sudah Diangsur", "Sisa",
               "Keterangan"]  # fmt: skip
    path = workbook(
        tmp_path / "a.xlsx",
        headers,
        [[nik(2), "umum", 1_200_000, "15 Juli 2024", "12x", 5, 700_000, "lama"]],
    )
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
        assert [(e.column, e.message) for e in plan.errors] == [
            (
                "Sisa Pokok",
                "Kolom Sisa Pokok tidak ditemukan; beri judul kolom itu atau atur pemetaan kolom.",
            )
        ]
        mapping = base.with_overrides(loans_rows.FIELDS, headers, {"remaining": "Sisa"})
        assert mapping["tenor"] == "Tenor"
        plan = loans_plan.plan_opening(s, path, CUTOVER, mapping)
        with pytest.raises(ValidationError, match="tidak ada di berkas"):
            loans_plan.plan_opening(s, path, CUTOVER, {"number": "No"})
    assert [str(e) for e in plan.errors] == []
    assert plan.unmapped == ("Keterangan",)
    [row] = plan.rows
    assert (row.member_number, row.disbursed_on, row.tenor, row.paid_count) == (
        "A-0002",
        dt.date(2024, 7, 15),
        12,
        5,
    )
    assert plan.total == 700_000
    assert plan.warnings == ()  # 1.200.000 - 5 x 100.000


def test_rates_with_their_period_and_the_principal_allocation() -> None:
    assert loans_rows.parse_rate("18% per tahun", "Bunga") == (Decimal(18), RatePeriod.YEAR)
    assert loans_rows.parse_rate("1,5%/bln", "Bunga") == (Decimal("1.5"), RatePeriod.MONTH)
    assert loans_rows.parse_rate(1.25, "Bunga") == (Decimal("1.25"), None)
    assert loans_rows.parse_rate(None, "Bunga") == (None, None)
    with pytest.raises(ValidationError, match="per bulan atau per tahun"):
        loans_rows.parse_rate("2% per minggu", "Bunga")
    terms = Terms(1_200_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT)
    rows = schedule(terms, dt.date(2024, 1, 1))
    # three installments paid, but only 250.000 principal: the third is short
    parts = loans_openings.opening_parts(rows, 3, 250_000)
    assert [(p.number, p.bunga, p.pokok) for p in parts] == [
        (1, 12_000, 100_000),
        (2, 12_000, 100_000),
        (3, 12_000, 50_000),
    ]
    # paid ahead: principal runs into the next installments, their interest stays owed
    parts = loans_openings.opening_parts(rows, 1, 250_000)
    assert [(p.number, p.bunga, p.pokok) for p in parts] == [
        (1, 12_000, 100_000),
        (2, 0, 100_000),
        (3, 0, 50_000),
    ]


def test_loans_keep_their_numbers_unique_per_year(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    path = workbook(tmp_path / "pinjaman.xlsx", HEADERS, GOOD)
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    with book.unit_of_work() as s:
        loans_openings.commit_opening(s, bendahara, plan)
    with book.read() as s:
        events = s.execute(select(LoanEvent.number).order_by(LoanEvent.id)).scalars().all()
        assert events == [f"SA-2025-{n:06d}" for n in range(1, 5)]
        assert s.execute(select(func.count()).select_from(Loan)).scalar_one() == 4


def test_a_row_whose_installment_cannot_be_rounded_is_a_row_error(
    book: Book, bendahara: Actor, people: list[str], tmp_path: Path
) -> None:
    """Issue 14 item 1. umum (flat 1,5% a month, rounded up to Rp100): 10.000 over 360 is
    27,78 + 150 = 177,78 a month; up to 200 is gone at installment 200, down to 100 is
    less than the interest. The row is refused, the others are planned."""
    rows: list[list[object]] = [
        GOOD[0],
        ["A-0002", "", "umum", 10_000, "01-07-2024", 360, None, None, None, 1, 9_950, None],
    ]
    path = workbook(tmp_path / "kecil.xlsx", HEADERS, rows)
    with book.read() as s:
        plan = loans_plan.plan_opening(s, path, CUTOVER)
    assert [(e.row, e.column) for e in plan.errors] == [(4, "Jangka (bulan)")]
    assert "kelipatan Rp100" in plan.errors[0].message
