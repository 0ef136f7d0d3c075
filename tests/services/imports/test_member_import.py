"""Importing the member list from Excel: every problem listed with its row and
column, nothing written unless every row is valid, and 10,000 rows at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError
from kopdesk.services.imports import members as member_import
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput
from kopdesk.storage.db import Book
from tests.helpers import take_snapshot

HEADERS = [
    "No. Anggota",
    "Nama Lengkap ",
    "NIK",
    "Tempat Lahir",
    "Tgl Lahir",
    "L/P",
    "Alamat",
    "No HP",
    "Tanggal Masuk",
    "Status",
]


def workbook(path: Path, rows: Sequence[Sequence[object]], *, title: bool = True) -> Path:
    """A workbook like a treasurer's: a merged title row above the header."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append(["DAFTAR ANGGOTA KSP SEJAHTERA"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


GOOD: list[list[object]] = [
    [
        "A-0101",
        "Siti Aminah  ",
        "3273015504900002",
        "Bandung",
        "15-04-1990",
        "P",
        "Jl. Cempaka 12",
        "0812-3456-7890",
        "02/01/2020",
        "aktif",
    ],
    [
        "",
        " Budi Santoso",
        "3171011708450001",
        "Jakarta",
        dt.datetime(1945, 8, 17),
        "L",
        "Jl. Merdeka 1",
        81298765432,
        "2019-07-01",
        "Aktif ",
    ],
    [
        "A-0103",
        "Dewi Lestari",
        "3578014107850003",
        "Surabaya",
        31229,
        "Perempuan",
        "",
        "",
        "5 Januari 2021",
        "calon",
    ],
]


def test_a_clean_workbook_imports_with_kept_and_automatic_numbers(
    book: Book, bendahara: Actor, tmp_path: Path
) -> None:
    path = workbook(tmp_path / "anggota.xlsx", GOOD)
    with book.read() as s:
        plan = member_import.plan_import(s, path)
    assert [str(e) for e in plan.errors] == []
    assert len(plan.members) == 3
    with book.unit_of_work() as s:
        result = member_import.commit_import(s, bendahara, plan)
    assert result.count == 3
    with book.read() as s:
        rows = members.member_rows(s, members.member_ids(s))
        dewi = members.get_member(s, "A-0103")
        budi = members.get_member(s, "A-0104")
    assert [r.number for r in rows] == ["A-0101", "A-0103", "A-0104"]
    assert budi.full_name == "Budi Santoso"
    assert budi.phone == "+6281298765432"  # a phone number stored as a number in Excel
    assert dewi.birth_date == dt.date(1985, 7, 1)  # Excel serial 31229
    assert dewi.join_date == dt.date(2021, 1, 5)
    assert dewi.status is MemberStatus.CALON


def test_a_messy_workbook_lists_every_problem_and_writes_nothing(
    book: Book, bendahara: Actor, tmp_path: Path
) -> None:
    with book.unit_of_work() as s:
        members.register_member(
            s, bendahara, MemberInput("Anggota Lama", "3273011203800004", None, dt.date(2015, 1, 5))
        )
    rows: list[list[object]] = [
        *GOOD,
        ["", "Pak Excel", "3.17101E+15", "", "", "L", "", "", "01-01-2020", "aktif"],
        ["", "", "3273011203800005", "", "", "L", "", "", "01-01-2020", "aktif"],
        ["", "Tanggal Aneh", "3273011203800006", "", "", "L", "", "", "31-31-2020", ""],
        ["", "Status Aneh", "3273011203800007", "", "", "L", "", "", "01-01-2020", "pensiun"],
        ["", "Siti Kembar", "3273015504900002", "", "", "P", "", "", "01-01-2020", "aktif"],
        ["", "Sudah Ada", "3273011203800004", "", "", "L", "", "", "01-01-2020", "aktif"],
        ["A-0101", "Nomor Kembar", "3273011203800008", "", "", "L", "", "", "01-01-2020", ""],
        ["", "NIK Angka", 3273011203800010, "", "", "L", "", "", "01-01-2020", ""],
        ["", "Tanpa Masuk", "3273011203800009", "", "", "L", "", "", "", ""],
    ]
    path = workbook(tmp_path / "berantakan.xlsx", rows)
    before = take_snapshot(book)
    with book.read() as s:
        plan = member_import.plan_import(s, path)
    found = {(e.row, e.column): e.message for e in plan.errors}
    # row 1 is the merged title, row 2 the header, rows 3-5 the good members
    assert set(found) == {
        (6, "NIK"),
        (7, "Nama Lengkap"),
        (8, "Tanggal Masuk"),
        (9, "Status"),
        (10, "NIK"),
        (11, "NIK"),
        (12, "No. Anggota"),
        (13, "NIK"),
        (14, "Tanggal Masuk"),
    }
    assert "dirusak Excel" in found[(6, "NIK")]
    assert "wajib diisi" in found[(7, "Nama Lengkap")]
    assert "tidak terbaca" in found[(8, "Tanggal Masuk")]
    assert "pensiun" in found[(9, "Status")]
    assert "sama dengan baris 3" in found[(10, "NIK")]
    assert "sudah terdaftar" in found[(11, "NIK")]
    assert "sama dengan baris 3" in found[(12, "No. Anggota")]
    assert "Teks" in found[(13, "NIK")]
    assert "wajib diisi" in found[(14, "Tanggal Masuk")]
    assert str(plan.errors[0]).startswith("Baris 6, kolom NIK: ")
    with pytest.raises(DomainError, match="9 masalah"), book.unit_of_work() as s:
        member_import.commit_import(s, bendahara, plan)
    assert take_snapshot(book) == before


def test_column_mapping_when_headers_differ(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "lain.csv"
    path.write_text(
        "Kode;Nama Warga;KTP;Gabung\nA-9;Siti Aminah;3273015504900002;01-02-2020\n",
        encoding="utf-8",
    )
    with book.read() as s:
        unmapped = member_import.plan_import(s, path)
        assert unmapped.errors[0].message.startswith("Kolom wajib tidak ditemukan")
        mapping = {"number": "Kode", "full_name": "Nama Warga", "nik": "KTP", "join_date": "Gabung"}
        plan = member_import.plan_import(s, path, mapping)
    assert plan.ok
    assert plan.members[0][1].number == "A-9"


def test_sex_mismatch_is_a_warning(book: Book, tmp_path: Path) -> None:
    row = ["", "Siti", "3273015504900002", "", "", "L", "", "", "01-01-2020", ""]
    with book.read() as s:
        plan = member_import.plan_import(s, workbook(tmp_path / "w.xlsx", [row]))
    assert plan.ok
    assert "tidak cocok dengan NIK" in plan.warnings[0].message


def test_ten_thousand_rows_import_in_one_go(book: Book, bendahara: Actor, tmp_path: Path) -> None:
    rows = []
    for i in range(10_000):
        day, month, yy = 1 + i % 28, 1 + (i // 28) % 12, 60 + (i // 336) % 40
        nik = f"327301{day:02d}{month:02d}{yy:02d}{i:04d}"
        rows.append(
            ["", f"Anggota {i:05d}", nik, "Bandung", "", "L", "Jl. Uji", "", "01-01-2020", ""]
        )
    path = workbook(tmp_path / "besar.xlsx", rows, title=False)
    ticks: list[tuple[int, int]] = []
    with book.read() as s:
        plan = member_import.plan_import(
            s, path, progress=lambda done, total: ticks.append((done, total))
        )
    assert plan.errors == []
    with book.unit_of_work() as s:
        result = member_import.commit_import(s, bendahara, plan)
    assert (result.count, result.first_number, result.last_number) == (10_000, "A-0001", "A-10000")
    assert ticks[-1] == (10_000, 10_000)
    with book.read() as s:
        assert members.count_members(s) == 10_000


def test_the_template_reads_back_clean(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(member_import.template_xlsx())
    with book.read() as s:
        plan = member_import.plan_import(s, path)
    assert plan.ok
    assert len(plan.mapping) == len(member_import.FIELDS)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_reads_back_into_another_book(
    book: Book, bendahara: Actor, tmp_path: Path, kind: str
) -> None:
    path = workbook(tmp_path / "anggota.xlsx", GOOD)
    with book.read() as s:
        plan = member_import.plan_import(s, path)
    with book.unit_of_work() as s:
        member_import.commit_import(s, bendahara, plan)
    out = tmp_path / f"ekspor.{kind}"
    with book.read() as s:
        out.write_bytes(member_import.export_members(s, kind))
    from kopdesk.storage.db import open_book
    from tests.conftest import make_book

    other_path = tmp_path / "lain.sqlite"
    make_book(other_path)
    other = open_book(other_path)
    with other.read() as s:
        again = member_import.plan_import(s, out)
    other.close()
    assert again.errors == []
    assert sorted(m.nik for _, m in again.members) == sorted(m.nik for _, m in plan.members)
    assert {m.number for _, m in again.members} == {"A-0101", "A-0103", "A-0104"}


def test_golongan_column_sets_the_wajib_class_and_round_trips_through_export(
    book: Book, bendahara: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "golongan.xlsx"
    sheet_book = Workbook()
    sheet = sheet_book.active
    assert sheet is not None
    sheet.append(["Nama Lengkap", "NIK", "Tanggal Masuk", "Golongan"])
    sheet.append(["Siti Aminah", "3273015504900002", "02-01-2024", "Karyawan tetap"])
    sheet_book.save(path)
    with book.read() as s:
        plan = member_import.plan_import(s, path)
    with book.unit_of_work() as s:
        member_import.commit_import(s, bendahara, plan)
    with book.read() as s:
        (info,) = members.members_by_ids(s, members.member_ids(s))
        exported = member_import.export_members(s, "csv").decode("utf-8-sig")
    assert info.member_class == "Karyawan tetap"
    header, row = exported.splitlines()[:2]
    column = header.split(",").index("Golongan")
    assert row.split(",")[column] == "Karyawan tetap"
