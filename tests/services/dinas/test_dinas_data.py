"""The Dinas / ODS annual data (KOPERASI.md §6.2) on a small book worked by hand.

The book, tahun buku 2025 (open; "today" is pinned after its end):
  2 Jan  kas 10.000.000 / ekuitas saldo awal 10.000.000
  1 Feb  bank 5.000.000 / utang bank 5.000.000
  1 Mar  kas 2.500.000 / jasa pelayanan 4105 2.500.000
  1 Apr  gaji 5202 900.000 / kas 900.000
  → assets 10.000.000 + 5.000.000 + 2.500.000 − 900.000 = 16.600.000;
    modal luar (liabilities) 5.000.000; SHU 2.500.000 − 900.000 = 1.600.000;
    modal sendiri 10.000.000 + 1.600.000 = 11.600.000 (= 16.600.000 − 5.000.000).
    Triwulan I: assets at 31 Mar 17.500.000, SHU 2.500.000; Triwulan II: SHU −900.000.
Members:
  Ani (P) joined 1 Jun 2024; Dodi (L) joined 10 Jan 2024, left 30 Sep 2025;
  Budi (L) joined 1 Mar 2025; Citra (P) joined 1 Apr 2025.
  → start of 2025: L 1 (Dodi), P 1 (Ani); end: L 1 (Budi), P 2 (Ani, Citra);
    joined L 1, P 1; left L 1.
Offices (Anggota → Jabatan), on 31 Dec 2025:
  Dodi (L) ketua 1 Feb 2024 – 30 Sep 2025: ended before the day, not counted;
  Budi (L) pengurus since 1 Mar 2025 and ketua since 1 Oct 2025: one person, L 1;
  Ani (P) bendahara since 1 Jun 2024: P 1;           → pengurus L 1, P 1
  Citra (P) pengawas since 1 Apr 2025                → pengawas L 0, P 1
Karyawan register: Joko (L) kasir since 1 Feb 2025 counts; Sri (P) manajer from
  1 Jan 2026 does not yet                            → karyawan L 1, P 0
"""

from __future__ import annotations

import datetime as dt

import pytest

from kopdesk.domain.health import Predicate
from kopdesk.domain.papers.dinas import NOT_ASSESSED, SexCount
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.dinas import registers
from kopdesk.services.dinas.annual import dinas_data
from kopdesk.services.dinas.registers import OfficerInput
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.storage.db import Book

D = dt.date
ENTRIES = (
    (D(2025, 1, 2), [("1101", 10_000_000), ("3901", -10_000_000)]),
    (D(2025, 2, 1), [("1112", 5_000_000), ("2401", -5_000_000)]),
    (D(2025, 3, 1), [("1101", 2_500_000), ("4105", -2_500_000)]),
    (D(2025, 4, 1), [("5202", 900_000), ("1101", -900_000)]),
)
MEMBERS = (
    ("Ani Suryani", "3273015504900002", D(2024, 6, 1)),
    ("Dodi Pratama", "3171011708450001", D(2024, 1, 10)),
    ("Budi Santoso", "3171011808450002", D(2025, 3, 1)),
    ("Citra Lestari", "3273015604900003", D(2025, 4, 1)),
)


@pytest.fixture
def hand_book(book: Book, actors: dict[Role, Actor]) -> Book:
    bendahara, ketua = actors[Role.BENDAHARA], actors[Role.KETUA]
    with book.unit_of_work() as s:
        for on, lines in ENTRIES:
            entry = EntryInput(on, "Jurnal uji", [LineInput(c, a) for c, a in lines])
            post_entry(s, entry, actor=bendahara)
        numbers = {}
        for name, nik, joined in MEMBERS:
            info = members.register_member(
                s, bendahara, MemberInput(name, nik, birth_date=None, join_date=joined)
            )
            numbers[name] = info.number
        for name, office, start, end in (
            ("Dodi Pratama", OrganKind.KETUA, D(2024, 2, 1), D(2025, 9, 30)),
            ("Budi Santoso", OrganKind.PENGURUS, D(2025, 3, 1), None),
            ("Budi Santoso", OrganKind.KETUA, D(2025, 10, 1), None),
            ("Ani Suryani", OrganKind.BENDAHARA, D(2024, 6, 1), None),
            ("Citra Lestari", OrganKind.PENGAWAS, D(2025, 4, 1), None),
        ):
            members.assign_organ(s, ketua, numbers[name], office, term_start=start, term_end=end)
        members.change_status(
            s, bendahara, numbers["Dodi Pratama"], MemberStatus.KELUAR,
            on=D(2025, 9, 30), reason="Pindah kota",
        )  # fmt: skip
        for name, position, sex, start in (
            ("Joko", "Kasir", "L", D(2025, 2, 1)),
            ("Sri", "Manajer", "P", D(2026, 1, 1)),
        ):
            registers.add_officer(s, ketua, OfficerInput("karyawan", name, position, sex, start))
    return book


def test_the_annual_figures_are_the_hand_worked_ones(hand_book: Book) -> None:
    with hand_book.read() as s:
        data = dinas_data(s, 2025)
    assert data.as_of == D(2025, 12, 31)
    assert data.interim  # the year is not closed
    assert data.assets == 16_600_000
    assert data.modal_luar == 5_000_000
    assert data.modal_sendiri == 11_600_000
    assert data.income == 2_500_000
    assert data.shu == 1_600_000
    assert data.volume_usaha == 0  # no loan disbursed
    assert data.members_start == SexCount(laki=1, perempuan=1)
    assert data.members_end == SexCount(laki=1, perempuan=2)
    assert data.members_new == SexCount(laki=1, perempuan=1)
    assert data.members_left == SexCount(laki=1, perempuan=0)
    assert data.pengurus == SexCount(laki=1, perempuan=1)
    assert data.pengawas == SexCount(laki=0, perempuan=1)
    assert data.karyawan == SexCount(laki=1, perempuan=0)
    assert data.rat_date is None  # no SHU posted for 2025
    assert data.name == "KSP Sejahtera Bersama"
    assert data.legal_date == D(2019, 3, 14)


def test_the_quarterly_statements_come_from_the_statements_service(hand_book: Book) -> None:
    with hand_book.read() as s:
        data = dinas_data(s, 2025)
    labels = [(st.period.label, st.kind) for st in data.statements]
    assert labels[:2] == [
        ("Triwulan I 2025", "posisi-keuangan"),
        ("Triwulan I 2025", "hasil-usaha"),
    ]
    assert len(data.statements) == 12  # 4 quarters and 2 semesters, two statements each
    q1_balance, q1_income, _q2_balance, q2_income = data.statements[:4]
    assert q1_balance.amount("jumlah_aset") == 17_500_000
    assert q1_income.amount("shu") == 2_500_000
    assert q2_income.amount("shu") == -900_000
    assert data.statements[-1].period.label == "Semester II 2025"


def test_the_fields_carry_numbers_as_numbers_and_the_predicate(hand_book: Book) -> None:
    with hand_book.read() as s:
        plain = {f.key: f.value for f in dinas_data(s, 2025).fields()}
        assessed = {f.key: f.value for f in dinas_data(s, 2025, Predicate.CUKUP_SEHAT).fields()}
    assert plain["predikat_kesehatan"] == NOT_ASSESSED
    assert assessed["predikat_kesehatan"] == "Cukup Sehat"
    assert plain["aset"] == 16_600_000
    assert plain["anggota_akhir_perempuan"] == 2
    assert plain["anggota_akhir_jumlah"] == 3
    assert "anggota_akhir_tidak_diketahui" not in plain  # every member has a sex
    assert plain["tanggal_rat"] == ""
    assert plain["pengurus_jumlah"] == 2
    assert plain["pengawas_perempuan"] == 1
