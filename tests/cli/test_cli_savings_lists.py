"""CLI contract for the savings lists: ``kopdesk report wajib-arrears`` and
``kopdesk report tax-list`` (PDF registered and verifiable; CSV columns as
documented). Figures from ``tests/savings_lists_scenario.py``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.storage.db import open_book
from tests.reports.pdftext import pdf_text
from tests.savings_lists_scenario import build_lists


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(book_path: Path) -> Path:
    book = open_book(book_path)
    try:
        with book.read() as s:
            actors = {u.role: u.actor() for u in users.list_users(s)}
        build_lists(book, actors[Role.KASIR], actors[Role.BENDAHARA])
    finally:
        book.close()
    return book_path


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_wajib_arrears_csv_late_only_and_all(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tunggakan.csv"
    code, stdout, err = run(
        capsys, "report", "wajib-arrears", "--db", str(db), "--as-of", "28-02-2025",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert str(out) in stdout
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "member,name,class,monthly,due,paid,arrears,months_behind"
    assert rows_of(out) == [
        {"member": "A-0002", "name": "Ani Lestari", "class": "", "monthly": "50000",
         "due": "100000", "paid": "0", "arrears": "100000", "months_behind": "2"},
    ]  # fmt: skip
    every = tmp_path / "semua.csv"
    code, _, _ = run(
        capsys, "report", "wajib-arrears", "--db", str(db), "--as-of", "2025-02-28", "--all",
        "--out", str(every),
    )  # fmt: skip
    assert code == 0
    assert [(r["member"], r["paid"], r["arrears"]) for r in rows_of(every)] == [
        ("A-0001", "100000", "0"),
        ("A-0002", "0", "100000"),
        ("A-0003", "150000", "0"),
    ]


def test_wajib_arrears_pdf_is_a_registered_paper(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tunggakan.pdf"
    code, _, err = run(
        capsys, "report", "wajib-arrears", "--db", str(db), "--as-of", "28-02-2025",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "DAFTAR TAGIHAN DAN TUNGGAKAN SIMPANAN WAJIB" in text
    assert "Ani Lestari" in text
    assert "Haji Rahmat" not in text  # not behind
    assert "Anggota menunggak: 1 dari 3 anggota aktif" in text
    code, stdout, _ = run(capsys, "verify", str(out), "--db", str(db))
    assert code == 0, stdout


def test_tax_list_csv_and_pdf(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pph.csv"
    code, _, err = run(
        capsys, "report", "tax-list", "--db", str(db), "--month", "2025-02", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert out.read_text(encoding="utf-8").splitlines()[0] == "member,name,nik,npwp,gross,tax,net"
    assert [(r["member"], r["gross"], r["tax"], r["net"]) for r in rows_of(out)] == [
        ("A-0001", "250000", "25000", "225000"),
        ("A-0002", "5000", "0", "5000"),
        ("A-0003", "240000", "0", "240000"),
    ]
    assert rows_of(out)[0]["npwp"] == "01.300.066.6-091.000"
    pdf = tmp_path / "pph.pdf"
    code, _, err = run(
        capsys, "report", "tax-list", "--db", str(db), "--month", "2025-02", "--out", str(pdf)
    )
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "DAFTAR PEMOTONGAN PPh PASAL 4 AYAT (2) ATAS JASA SIMPANAN" in text
    assert "Masa Pajak Februari 2025" in text
    assert "495.000 25.000 470.000" in text
    assert "paling lambat tanggal 10 Maret 2025" in text
    code, stdout, _ = run(capsys, "verify", str(pdf), "--db", str(db))
    assert code == 0, stdout


def test_tax_list_of_an_unprocessed_month_is_refused(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pph.pdf"
    code, _, err = run(
        capsys, "report", "tax-list", "--db", str(db), "--month", "2025-03", "--out", str(out)
    )
    assert code == 1
    assert "2025-03 belum diproses" in err
    assert not out.exists()
    code, _, err = run(
        capsys, "report", "tax-list", "--db", str(db), "--month", "2025-02",
        "--out", str(tmp_path / "pph.xlsx"),
    )  # fmt: skip
    assert code == 1
    assert ".pdf atau .csv" in err
