"""CLI contract for ``import loans-opening`` (saldo awal pinjaman): dry run, every row
problem printed as ``baris N, kolom X: pesan``, nothing written on errors, totals per
product, a backup before writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kopdesk.app import maintenance
from kopdesk.cli import app
from kopdesk.models import Loan
from kopdesk.services.loans import records as loan_records
from kopdesk.storage.db import Book, open_book
from tests.helpers import take_snapshot

MEMBERS = (
    "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,Tanggal Masuk,Status\n"
    "A-0001,Siti Aminah,3273015504900002,15-04-1990,P,02-01-2020,aktif\n"
    "A-0002,Budi Santoso,3171011708450001,17-08-1945,L,01-07-2019,aktif\n"
)
HEADER = (
    "No. Anggota;Produk;Pokok Pinjaman;Tanggal Cair;Jangka (bulan);Angsuran Dibayar;Sisa Pokok\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "buku.sqlite"
    assert run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")[0] == 0
    source = tmp_path / "anggota.csv"
    source.write_text(MEMBERS, encoding="utf-8")
    assert run(capsys, "import", "members", str(source), "--db", str(path))[0] == 0
    return path


def test_dry_run_then_import(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups: list[str] = []
    real = maintenance.before_risky

    def before_risky(book: Book, what: str) -> object:
        backups.append(what)
        return real(book, what)

    monkeypatch.setattr(maintenance, "before_risky", before_risky)
    source = tmp_path / "pinjaman.csv"
    source.write_text(
        HEADER + "A-0001;umum;6.000.000;01-07-2024;12;6;3.000.000\n"
        "A-0002;usaha;12.000.000;15-04-2024;24;8;8.000.000\n"
        "A-0002;darurat;1.000.000;01-12-2024;10;0;1.000.000\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "loans-opening", str(source), "--db", str(db), "--dry-run")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "Saldo awal pinjaman per 01-01-2025"
    assert "Pinjaman Umum" in out
    assert "Rp3.000.000" in out
    assert lines[-2].startswith("Jumlah")
    assert "Rp12.000.000" in lines[-2]  # what is owed in total
    assert "uji saja" in lines[-1]
    assert backups == []  # a dry run writes nothing, so it needs no backup
    book = open_book(db)
    with book.read() as s:
        assert s.execute(select(Loan)).first() is None
    book.close()
    code, out, _ = run(capsys, "import", "loans-opening", str(source), "--db", str(db))
    assert code == 0, out
    assert backups == ["impor"]
    assert out.strip().splitlines()[-1] == (
        "3 pinjaman (PJ-2024-0002 s.d. PJ-2024-0003), sisa pokok Rp12.000.000 diposting "
        "01-01-2025 (JU-2025-000001)."
    )
    book = open_book(db)
    with book.read() as s:
        assert loan_records.outstanding(s, loan_records.get_loan(s, "PJ-2024-0002").id) == 3_000_000
    book.close()


def test_errors_are_printed_per_row_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "salah.csv"
    source.write_text(
        "Nomor,Produk,Pokok Pinjaman,Tanggal Cair,Jangka (bulan),Angsuran Dibayar,Sisa Pokok\n"
        "A-0009,umum,1.000.000,01-07-2024,12,1,900.000\n"
        "A-0001,umum,1.000.000,01-07-2024,12,13,900.000\n"
        "A-0002,umum,1.000.000,01-05-2025,12,0,1.000.000\n",
        encoding="utf-8",
    )
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    code, out, _ = run(
        capsys,
        "import",
        "loans-opening",
        str(source),
        "--db",
        str(db),
        "--date",
        "31-03-2025",
        "--map",
        "number=Nomor",
    )
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0] == "Saldo awal pinjaman per 31-03-2025"
    assert lines[1] == "baris 2, kolom Nomor: Nomor anggota A-0009 tidak terdaftar di buku."
    assert lines[2].startswith("baris 3, kolom Angsuran Dibayar: Angsuran dibayar 13 melebihi")
    assert lines[3].startswith("baris 4, kolom Tanggal Cair: Dicairkan 01-05-2025, sesudah")
    assert lines[-1] == "3 masalah; tidak ada yang disimpan."
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()


def test_warnings_do_not_block_and_a_closed_year_does(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "pinjaman.csv"
    source.write_text(
        HEADER + "A-0001;umum;6.000.000;01-07-2024;12;4;3.500.000\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "import", "loans-opening", str(source), "--db", str(db), "--dry-run")
    assert code == 0, out
    assert "peringatan baris 2, kolom Sisa Pokok: Sisa pokok Rp3.500.000 berbeda dari jadwal" in out
    assert "peringatan baris 2, kolom Angsuran Dibayar: Menunggak: 4 dari 6" in out
    code, out, _ = run(
        capsys, "import", "loans-opening", str(source), "--db", str(db), "--date", "31-12-2024"
    )
    assert code == 1
    assert "baris 1, kolom Tanggal saldo awal: Tanggal saldo awal 31-12-2024" in out
    code, _, err = run(
        capsys, "import", "loans-opening", str(source), "--db", str(db), "--map", "nomor=X"
    )
    assert code == 1
    assert "Bidang 'nomor' tidak dikenal" in err
