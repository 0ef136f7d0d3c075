"""CLI contract for savings imports: ``import savings-opening`` and ``import payroll``
(dry run, every row problem printed, nothing written on errors, totals, a backup first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from kopdesk.app import maintenance
from kopdesk.cli import main
from kopdesk.models import SavingsBatch
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.storage.db import Book, open_book
from tests.helpers import take_snapshot

MEMBERS = (
    "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,Tanggal Masuk,Status\n"
    "A-0001,Siti Aminah,3273015504900002,15-04-1990,P,02-01-2020,aktif\n"
    "A-0002,Budi Santoso,3171011708450001,17-08-1945,L,01-07-2019,aktif\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
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


def test_opening_dry_run_then_import(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups: list[str] = []
    real = maintenance.before_risky

    def before_risky(book: Book, what: str) -> object:
        backups.append(what)
        return real(book, what)

    monkeypatch.setattr(maintenance, "before_risky", before_risky)
    source = tmp_path / "saldo.csv"
    source.write_text(
        "No. Anggota;Pokok;Wajib;Sukarela\nA-0001;100.000;1.250.000;Rp75.000\nA-0002;100000;;\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys, "import", "savings-opening", str(source), "--db", str(db), "--dry-run"
    )
    assert code == 0, out
    assert "Saldo awal per 01-01-2025" in out
    assert "Simpanan Pokok" in out
    assert "Rp200.000" in out
    assert "Rp1.525.000" in out  # the grand total
    assert "uji saja" in out
    book = open_book(db)
    with book.read() as s:
        assert s.execute(select(SavingsBatch)).first() is None
    book.close()
    assert backups == []  # a dry run writes nothing, so it needs no backup
    code, out, _ = run(capsys, "import", "savings-opening", str(source), "--db", str(db))
    assert code == 0, out
    assert backups == ["impor"]
    assert "2 anggota, Rp1.525.000 diposting 01-01-2025 (JU-2025-000001)." in out
    book = open_book(db)
    with book.read() as s:
        assert savings_accounts.get_account(s, "SW-A-0001").balance == 1_250_000
    book.close()


def test_opening_with_errors_prints_each_row_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "salah.csv"
    source.write_text(
        "Nomor,Pokok,Wajib\nA-0001,150.000,10.000\nA-0009,,5.000\nA-0002,,-1\n", encoding="utf-8"
    )
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    code, out, _ = run(
        capsys,
        "import",
        "savings-opening",
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
    assert lines[0] == "Saldo awal per 31-03-2025"
    assert lines[1].startswith("baris 2, kolom Pokok: Simpanan pokok Rp150.000 melebihi")
    assert lines[2] == "baris 3, kolom Nomor: Nomor anggota A-0009 tidak terdaftar di buku."
    assert lines[3].startswith("baris 4, kolom Wajib: Jumlah Wajib negatif")
    assert lines[-1] == "3 masalah; tidak ada yang disimpan."
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()


def test_opening_refuses_a_closed_or_missing_year(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "saldo.csv"
    source.write_text("No. Anggota,Wajib\nA-0001,10.000\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "import", "savings-opening", str(source), "--db", str(db), "--date", "2024-12-31"
    )
    assert code == 1
    assert "baris 1, kolom Tanggal saldo awal: Tanggal saldo awal 31-12-2024" in out


def payroll_file(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DAFTAR POTONGAN GAJI JANUARI 2025 - PT MAJU"])
    sheet.append(["NIK", "Nama", "Bagian", "Wajib", "Sukarela", "Total"])
    sheet.append(["3273015504900002", "Siti Aminah", "Gudang", 50_000, 20_000, 70_000])
    sheet.append(["3171011708450001", "Budi Santoso", "Kantor", 50_000, None, 50_000])
    book.save(path)
    return path


@pytest.mark.parametrize(("mode", "journals"), [("per-member", 2), ("batch", 1)])
def test_payroll_import(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, mode: str, journals: int
) -> None:
    source = payroll_file(tmp_path / "gaji-januari.xlsx")
    code, out, _ = run(
        capsys,
        "import",
        "payroll",
        str(source),
        "--db",
        str(db),
        "--date",
        "25-01-2025",
        "--dry-run",
    )
    assert code == 0, out
    assert "kolom diabaikan: Nama, Bagian" not in out  # the name is read for the list
    assert "kolom diabaikan: Bagian" in out
    assert "Rp120.000" in out
    args = ["import", "payroll", str(source), "--db", str(db), "--date", "25-01-2025"]
    code, out, _ = run(capsys, *args, "--mode", mode, "--reference", "Gaji Januari 2025")
    assert code == 0, out
    assert "2 anggota, Rp120.000 diposting 25-01-2025" in out
    book = open_book(db)
    with book.read() as s:
        batch = s.execute(select(SavingsBatch)).scalar_one()
        assert len(batch.entries.split(",")) == journals
        assert savings_accounts.get_account(s, "SS-A-0001").balance == 20_000
    before = take_snapshot(book)
    book.close()
    code, out, _ = run(capsys, *args, "--reference", "gaji januari 2025")
    assert code == 1
    assert "sudah pernah diimpor" in out
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()


def test_the_same_payroll_list_again_in_the_month_needs_again(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """Issue 14 item 21: the same file under another reference posted twice."""
    source = payroll_file(tmp_path / "gaji-januari.xlsx")
    args = ["import", "payroll", str(source), "--db", str(db)]
    code, out, _ = run(capsys, *args, "--date", "25-01-2025", "--reference", "Gaji Januari")
    assert code == 0, out
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    later = [*args, "--date", "31-01-2025", "--reference", "Gaji Januari (ulang)"]
    code, out, _ = run(capsys, *later, "--dry-run")
    assert code == 0, out
    warning = "peringatan: Daftar dengan anggota dan jumlah yang sama sudah diposting 25-01-2025"
    assert warning in out
    code, out, err = run(capsys, *later)
    assert code == 1
    assert err.startswith("kesalahan: Daftar dengan anggota dan jumlah yang sama")
    assert "--again" in err
    assert err.count("\n") == 1
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()
    code, out, err = run(capsys, *later, "--again")
    assert (code, err) == (0, "")
    assert "2 anggota, Rp120.000 diposting 31-01-2025" in out


def test_payroll_needs_a_date_and_a_cash_or_bank_account(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    source = payroll_file(tmp_path / "gaji.xlsx")
    code, _, err = run(capsys, "import", "payroll", str(source), "--db", str(db))
    assert code == 2
    assert "--date" in err
    code, _, err = run(
        capsys,
        "import",
        "payroll",
        str(source),
        "--db",
        str(db),
        "--date",
        "25-01-2025",
        "--account",
        "3901",
    )
    assert code == 1
    assert "kas atau bank" in err
