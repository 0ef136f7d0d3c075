"""CLI contract for the loan papers: arrears, collectibility, portfolio (PDF or
CSV), loan-agreement, loan-card, loan-receipt (registered, verifiable PDFs).

The book holds the loan history of ``tests/services/loans/test_loan_papers.py``;
expected figures are the hand-worked ones documented there."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from kopdesk.cli import main
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.storage.db import open_book
from tests.reports.pdftext import page_size, pdf_text
from tests.services.loans.test_loan_papers import build_loans


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(book_path: Path) -> tuple[Path, dict[str, str]]:
    book = open_book(book_path)
    try:
        with book.read() as s:
            actors = {u.role: u.actor() for u in users.list_users(s)}
        history = build_loans(book, actors[Role.KASIR], actors[Role.BENDAHARA])
    finally:
        book.close()
    return book_path, history


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_arrears_csv_columns_and_the_late_loan(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, history = db
    out = tmp_path / "tunggakan.csv"
    code, stdout, err = run(
        capsys, "report", "arrears", "--db", str(path), "--as-of", "31-07-2025", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert str(out) in stdout
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == (
        "loan,member,name,product,outstanding,overdue_principal,overdue_interest,late_fee,"
        "days_past_due,bucket,grade"
    )
    assert rows_of(out) == [
        {
            "loan": history["siti"],
            "member": "A-0001",
            "name": "Siti Aminah",
            "product": "umum",
            "outstanding": "7500000",
            "overdue_principal": "3000000",
            "overdue_interest": "360000",
            "late_fee": "223440",
            "days_past_due": "112",
            "bucket": "91–180 hari",
            "grade": "kurang_lancar",
        }
    ]


def test_arrears_pdf_is_a_registered_paper(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "tunggakan.pdf"
    code, _, err = run(
        capsys, "report", "arrears", "--db", str(path), "--as-of", "2025-07-31", "--out", str(out)
    )
    assert (code, err) == (0, "")
    text = pdf_text(out.read_bytes())
    assert "DAFTAR TUNGGAKAN PINJAMAN" in text
    assert "3.583.440" in text
    code, stdout, _ = run(capsys, "verify", str(out), "--db", str(path))
    assert code == 0, stdout


def test_collectibility_csv_and_pdf(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "kolektibilitas.csv"
    code, _, err = run(
        capsys, "report", "collectibility", "--db", str(path), "--as-of", "2025-07-31",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert (
        out.read_text(encoding="utf-8").splitlines()[0]
        == "grade,loans,outstanding,percent,required,collateral_deducted"
    )
    by_grade = {r["grade"]: r for r in rows_of(out)}
    assert by_grade["lancar"] == {
        "grade": "lancar", "loans": "1", "outstanding": "8000000", "percent": "0.5",
        "required": "40000", "collateral_deducted": "0",
    }  # fmt: skip
    # Siti's BPKB (8.000.000) counts 50%: (7.500.000 − 4.000.000) × 10% = 350.000.
    kl = by_grade["kurang_lancar"]
    assert (kl["outstanding"], kl["collateral_deducted"], kl["required"]) == (
        "7500000", "4000000", "350000",
    )  # fmt: skip
    assert set(by_grade) == {"lancar", "kurang_lancar", "diragukan", "macet"}
    # Issue 14 item 4: plain numbers, never 1E+1, 5E+1, 1E+2.
    assert [by_grade[g]["percent"] for g in ("lancar", "kurang_lancar", "diragukan", "macet")] == [
        "0.5", "10", "50", "100",
    ]  # fmt: skip
    pdf = tmp_path / "kolektibilitas.pdf"
    code, _, _ = run(
        capsys, "report", "collectibility", "--db", str(path), "--as-of", "2025-07-31",
        "--out", str(pdf),
    )  # fmt: skip
    assert code == 0
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "LAPORAN KOLEKTIBILITAS PINJAMAN DAN PPAP" in text
    assert "390.000" in text  # 40.000 + 350.000
    assert "Agunan Dihitung" in text
    assert "Kendaraan (BPKB) 50%" in text
    assert "48,39%" in text


def test_portfolio_csv(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "portofolio.csv"
    code, _, err = run(
        capsys, "report", "portfolio", "--db", str(path), "--as-of", "2025-07-31",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    by_product = {r["product"]: r for r in rows_of(out)}
    assert by_product["umum"]["disbursed"] == "9000000"
    assert by_product["umum"]["npl_percent"] == "100.00"
    assert by_product["usaha"]["outstanding"] == "8000000"


def test_loan_agreement_and_card(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, history = db
    agreement = tmp_path / "perjanjian.pdf"
    code, _, err = run(
        capsys, "report", "loan-agreement", "--db", str(path), "--number", history["siti"].lower(),
        "--out", str(agreement),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(agreement.read_bytes()).split())
    assert "RINGKASAN PERJANJIAN PINJAMAN" in text
    assert "Rp8.885.000" in text
    card = tmp_path / "kartu.pdf"
    code, _, err = run(
        capsys, "report", "loan-card", "--db", str(path), "--number", history["siti"],
        "--as-of", "31-07-2025", "--out", str(card),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(card.read_bytes()).split())
    assert "KARTU ANGSURAN PINJAMAN" in text
    assert "Keadaan per 31 Juli 2025" in text
    assert "223.440" in text
    code, _, err = run(
        capsys, "report", "loan-card", "--db", str(path), "--number", history["siti"],
        "--out", str(tmp_path / "kartu.csv"),
    )  # fmt: skip
    assert code == 1
    assert ".pdf" in err


@pytest.mark.parametrize(("layout", "width"), [("a5", 210 * mm), ("58mm", 58 * mm)])
def test_loan_receipt_in_both_layouts(
    capsys: pytest.CaptureFixture[str],
    db: tuple[Path, dict[str, str]],
    tmp_path: Path,
    layout: str,
    width: float,
) -> None:
    path, history = db
    out = tmp_path / f"bukti-{layout}.pdf"
    code, _, err = run(
        capsys, "report", "loan-receipt", "--db", str(path), "--number", history["siti_late"],
        "--layout", layout, "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    pdf = out.read_bytes()
    assert page_size(pdf)[0] == pytest.approx(width, abs=0.5)
    text = " ".join(pdf_text(pdf).split())
    assert history["siti_late"] in text
    assert "Satu juta rupiah" in text
    assert "240.240" in text


def test_unknown_receipt_is_refused(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    missing = tmp_path / "tidak-ada.pdf"
    code, _, err = run(
        capsys, "report", "loan-receipt", "--db", str(path), "--number", "BA-2025-999999",
        "--out", str(missing),
    )  # fmt: skip
    assert code == 1
    assert "BA-2025-999999 tidak ditemukan" in err
    assert not missing.exists()


def test_allowance_deducts_the_collateral_counted(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]]
) -> None:
    """Issue 14 item 3: 'loan allowance' forms PPAP on the balance less the collateral
    counted. On 31 July Siti's loan (kurang lancar, 7.500.000) has a BPKB worth
    8.000.000, counted 50% = 4.000.000: 10% × 3.500.000 = 350.000; Budi's (lancar,
    8.000.000) 0,5% = 40.000. 1390 becomes 390.000, not 790.000."""
    path, _ = db
    code, out, err = run(capsys, "loan", "allowance", "--db", str(path), "--month", "2025-07")
    assert (code, err) == (0, "")
    kl = next(" ".join(line.split()) for line in out.splitlines() if line.startswith("Kurang"))
    assert kl.endswith("(7.500.000 − agunan 4.000.000) × 10% = 350.000")
    assert "PPAP wajib dibentuk Rp390.000" in out
    book = open_book(path)
    try:
        with book.read() as s:
            from kopdesk.services.loans import quality as loan_quality

            formed = loan_quality.collectibility(s, dt.date(2025, 7, 31)).allowance_balance
    finally:
        book.close()
    assert formed == 390_000
