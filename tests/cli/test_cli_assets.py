"""CLI contract for fixed assets: add prints the code and the journal, refusals say why
and write nothing, depreciate posts a month once and in order, list prints, PDF and CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.services.assets import register as assets
from kopdesk.services.ledger import journal
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot
from tests.reports.pdftext import pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "buku.sqlite"
    assert run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")[0] == 0
    return path


def add(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "asset", "add", "--db", str(db), *extra)


LAPTOP = ("--code", "inv-01", "--name", "Laptop kasir", "--category", "inventaris",
          "--date", "15-03-2025", "--cost", "12.000.000")  # fmt: skip
OFFICE = ("--code", "BGN-01", "--name", "Gedung kantor", "--category", "bangunan",
          "--date", "10-01-2015", "--cost", "240.000.000", "--life-months", "240",
          "--paid-from", "3901", "--opening-accumulated", "120.000.000",
          "--posted-on", "2025-01-01")  # fmt: skip


def test_add_prints_the_code_and_posts_the_purchase(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, _ = add(capsys, db, *LAPTOP)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "INV-01"
    assert "umur 48 bulan, penyusutan mulai 2025-03" in lines[1]
    number = lines[1].rsplit(" ", 1)[1]
    code, out, _ = add(capsys, db, *OFFICE)
    assert code == 0
    assert "penyusutan mulai 2025-01" in out
    book = open_book(db)
    with book.read() as s:
        entry = journal.get_entry(s, number)
        office = assets.get_asset(s, "BGN-01")
    book.close()
    assert sorted((x.account_code, x.amount) for x in entry.lines) == [
        ("1101", -12_000_000),
        ("1604", 12_000_000),
    ]
    assert (office.opening_accumulated, office.posted_on.isoformat()) == (120_000_000, "2025-01-01")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("--cost", "0"), "lebih dari nol"),
        (("--paid-from", "4101"), "tidak dapat dipakai"),
        (("--date", "2024-12-31"), "saldo awal"),
        (("--opening-accumulated", "1000"), "hanya untuk aset saldo awal"),
    ],
)
def test_refused_add_says_why_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, change: tuple[str, str], message: str
) -> None:
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    code, out, err = add(capsys, db, *LAPTOP, *change)
    assert code == 1
    assert out == ""
    assert err.startswith("kesalahan: ")
    assert message in err
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()


def test_usage_mistakes_are_told_in_indonesian(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _, err = add(capsys, db, *LAPTOP[:4], "--category", "mesin", *LAPTOP[6:])
    assert code == 2
    assert "pilihan 'mesin' tidak dikenal" in err
    code, _, err = run(capsys, "asset", "depreciate", "--db", str(db), "--month", "2025-13")
    assert code == 2
    assert "tidak valid" in err
    code, _, err = run(capsys, "asset", "depreciate", "--db", str(db))
    assert code == 2


def test_depreciate_once_in_order_with_dry_run_and_through(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    add(capsys, db, *LAPTOP)
    base = ("asset", "depreciate", "--db", str(db))
    code, _, err = run(capsys, *base, "--month", "2025-04")
    assert code == 1
    assert "2025-03 belum diposting" in err
    code, out, _ = run(capsys, *base, "--through", "2025-05", "--dry-run")
    assert code == 0
    assert "INV-01" in out
    assert "Penyusutan 2025-03: 1 aset, Rp250.000." in out
    assert "2025-04, 2025-05" in out
    assert "tidak ada yang diposting" in out
    code, out, _ = run(capsys, *base, "--month", "2025-03")
    assert (code, out.split(" (")[0]) == (0, "Penyusutan 2025-03: Rp250.000")
    code, _, err = run(capsys, *base, "--month", "2025-03")
    assert code == 1
    assert "sudah diposting" in err
    code, out, _ = run(capsys, *base, "--through", "2025-05")
    assert code == 0
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "Penyusutan 2025-04",
        "Penyusutan 2025-05",
    ]
    code, out, _ = run(capsys, *base, "--through", "2025-05")
    assert (code, out.strip()) == (0, "Tidak ada bulan yang perlu diposting.")


def test_list_prints_and_writes_csv_and_pdf(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    add(capsys, db, *LAPTOP)
    add(capsys, db, *OFFICE)
    run(capsys, "asset", "depreciate", "--db", str(db), "--through", "2025-03")
    base = ("asset", "list", "--db", str(db), "--as-of", "2025-03-31")
    code, out, _ = run(capsys, *base)
    assert code == 0
    assert out.splitlines()[0].startswith("BGN-01")
    assert (
        "2 aset per 31-03-2025: harga perolehan Rp252.000.000, akumulasi penyusutan "
        "Rp123.250.000, nilai buku Rp128.750.000." in out
    )
    target = tmp_path / "aset.csv"
    code, out, _ = run(capsys, *base, "--out", str(target))
    assert (code, out.strip()) == (0, str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["kode"], r["akumulasi"], r["nilai_buku"]) for r in rows] == [
        ("BGN-01", "123000000", "117000000"),
        ("INV-01", "250000", "11750000"),
    ]
    paper = tmp_path / "aset.pdf"
    code, _, _ = run(capsys, *base, "--out", str(paper))
    assert code == 0
    text = " ".join(pdf_text(paper.read_bytes()).split())
    assert "DAFTAR ASET TETAP DAN PENYUSUTAN" in text
    assert "Jumlah seluruh aset tetap (2 aset) 252.000.000" in text
    code, _, err = run(capsys, *base, "--out", str(tmp_path / "aset.txt"))
    assert code == 1
    assert ".pdf atau .csv" in err


def test_edit_changes_the_name_only(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    add(capsys, db, *LAPTOP)
    code, out, _ = run(capsys, "asset", "edit", "--db", str(db), "--code", "INV-01",
                       "--name", "Laptop kasir Lenovo", "--note", "SN 123")  # fmt: skip
    assert (code, out.strip()) == (0, "INV-01 Laptop kasir Lenovo — SN 123")
