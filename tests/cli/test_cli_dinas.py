"""``kopdesk report dinas --db PATH --year Y --out FILE.xlsx|.csv``: the Dinas / ODS
annual data. The book (2025): kas 10.000.000 / ekuitas 10.000.000 on 2 Jan, bank
4.000.000 / utang bank 4.000.000 on 10 Feb, kas 2.000.000 / jasa 4105 on 5 Mar →
assets 16.000.000, modal luar 4.000.000, modal sendiri 12.000.000, SHU 2.000.000."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from kopdesk.cli import main
from kopdesk.demo import DEMO_PASSWORD, build_demo
from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Role
from kopdesk.reports.dinas_export import ANNUAL_SHEET, CSV_COLUMNS, PERIODIC_SHEET
from kopdesk.services.base import users
from kopdesk.services.health import schemes
from kopdesk.services.ledger.books import ProfileInput, update_profile
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.members import register as members
from kopdesk.storage.db import new_book, open_book

D = dt.date
ENTRIES = (
    (D(2025, 1, 2), [("1101", 10_000_000), ("3901", -10_000_000)]),
    (D(2025, 2, 10), [("1112", 4_000_000), ("2401", -4_000_000)]),
    (D(2025, 3, 5), [("1101", 2_000_000), ("4105", -2_000_000)]),
)
HOSTILE_NAME = '=HYPERLINK("http://x.example","klik")'


@pytest.fixture
def db(book_path: Path) -> Path:
    book = open_book(book_path)
    try:
        with book.read() as s:
            people = {u.role: u.actor() for u in users.list_users(s)}
        with book.unit_of_work() as s:
            for on, lines in ENTRIES:
                entry = EntryInput(on, "Jurnal uji", [LineInput(c, a) for c, a in lines])
                post_entry(s, entry, actor=people[Role.BENDAHARA])
            update_profile(s, people[Role.ADMIN], ProfileInput(name=HOSTILE_NAME))
    finally:
        book.close()
    return book_path


def test_the_command_line_is_exactly_the_issues(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dinas.csv"
    argv = ["report", "dinas", "--db", str(db), "--year", "2025", "--out", str(out)]
    assert main([*argv, "--user", "admin"]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS == ("field", "value")
    values = dict(rows[1:])
    assert values["Jumlah aset"] == "16000000"
    assert values["Modal luar (liabilitas)"] == "4000000"
    assert values["Modal sendiri (ekuitas)"] == "12000000"
    assert values["Sisa hasil usaha (SHU) setelah pajak"] == "2000000"
    # the year's health assessment by the default scheme (KKPKK), computed on its own
    book = open_book(db)
    try:
        with book.read() as s:
            expected = schemes.assess(s, Scheme.KKPKK, 2025).predicate
    finally:
        book.close()
    assert expected is not None
    assert values["Predikat kesehatan"] == expected.value
    # a name a spreadsheet would run is written as text
    assert values["Nama koperasi"] == "'" + HOSTILE_NAME


def test_the_workbook_keeps_numbers_as_numbers(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dinas.xlsx"
    argv = ["report", "dinas", "--db", str(db), "--year", "2025", "--out", str(out)]
    assert main([*argv, "--user", "admin"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [ANNUAL_SHEET, PERIODIC_SHEET]
    annual = {r[0]: r for r in book[ANNUAL_SHEET].iter_rows(min_row=2, values_only=True)}
    assert annual["aset"][2] == 16_000_000
    assert isinstance(annual["aset"][2], int)
    assert annual["anggota_akhir_jumlah"][2] == 0
    name_cell = next(c for c in book[ANNUAL_SHEET]["A"] if c.value == "nama").row
    cell = book[ANNUAL_SHEET].cell(name_cell, 3)
    assert cell.data_type == "s"
    assert cell.value == HOSTILE_NAME
    assert cell.quotePrefix
    periodic = list(book[PERIODIC_SHEET].iter_rows(min_row=2, values_only=True))
    q1_assets = next(r for r in periodic if r[0] == "Triwulan I 2025" and r[2] == "jumlah_aset")
    assert q1_assets[4] == 16_000_000  # every entry is in the first quarter
    assert all(isinstance(r[4], int) for r in periodic)


@pytest.mark.parametrize("name", ["dinas.pdf", "dinas.txt"])
def test_other_files_are_refused(
    db: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / name
    argv = [
        "report",
        "dinas",
        "--db",
        str(db),
        "--year",
        "2025",
        "--out",
        str(out),
        "--user",
        "admin",
    ]
    assert main(argv) != 0
    assert ".xlsx atau .csv" in capsys.readouterr().err
    assert not out.exists()


def test_the_out_file_is_required(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "dinas", "--db", str(db), "--year", "2025", "--user", "admin"]) != 0
    assert "--out" in capsys.readouterr().err


DEMO_DAY = D(2026, 6, 15)
"""The small demo book's day: 2024 and 2025 closed."""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dinas-demo") / "demo.sqlite"
    new_book(path, "buku contoh", lambda s: build_demo(s, today=DEMO_DAY, members=40))
    return path


def test_the_demo_books_board_is_counted_from_the_members_offices(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo records its board only as members' offices (Anggota → Jabatan); the
    Dinas export counts those serving on 31 Dec 2025 by the member's sex."""
    book = open_book(demo_db)
    try:
        with book.read() as s:
            serving = members.organ_terms(s, on=D(2025, 12, 31))
            sexes = {t.member_number: members.get_member(s, t.member_number).sex for t in serving}
    finally:
        book.close()
    board = {t.member_number for t in serving if not t.role.is_pengawas}
    supervisors = {t.member_number for t in serving if t.role.is_pengawas}
    assert len(board) == len(supervisors) == 3  # ketua, sekretaris, bendahara; 3 pengawas
    out = tmp_path / "dinas.csv"
    monkeypatch.setenv("KOPDESK_PASSWORD", DEMO_PASSWORD)
    argv = ["report", "dinas", "--db", str(demo_db), "--year", "2025", "--out", str(out)]
    assert main([*argv, "--user", "bendahara"]) == 0
    values = dict(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))[1:])
    for label, people in (("Pengurus", board), ("Pengawas", supervisors)):
        assert values[f"{label} laki-laki"] == str(sum(sexes[n] == "L" for n in people))
        assert values[f"{label} perempuan"] == str(sum(sexes[n] == "P" for n in people))
        assert values[f"{label} jumlah"] == "3"
    assert values["Manajer dan karyawan jumlah"] == "0"  # the demo keeps no staff register
