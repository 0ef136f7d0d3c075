"""CLI contract for the savings papers: member-statement, receipt, daily-cash,
savings-recap (PDF registered and verifiable; CSV columns as documented)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from kopdesk.cli import main
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.storage.db import open_book
from tests.reports.pdftext import page_size, pdf_text
from tests.savings_papers_scenario import build_history


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(book_path: Path) -> tuple[Path, dict[str, str]]:
    """The test book with the savings history of ``tests/savings_papers_scenario.py``."""
    book = open_book(book_path)
    try:
        with book.read() as s:
            actors = {u.role: u.actor() for u in users.list_users(s)}
        history = build_history(book, actors[Role.KASIR], actors[Role.BENDAHARA])
    finally:
        book.close()
    return book_path, history


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_member_statement_csv(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, history = db
    out = tmp_path / "mutasi.csv"
    code, stdout, err = run(
        capsys, "report", "member-statement", "--db", str(path), "--member", "A-0001",
        "--from", "01-02-2025", "--to", "28-02-2025", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert str(out) in stdout
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "account,date,entry,receipt,description,debit,credit,balance"
    rows = [r for r in rows_of(out) if r["account"] == "SS-A-0001"]
    assert [(r["description"], r["debit"], r["credit"], r["balance"]) for r in rows] == [
        ("Saldo awal", "0", "0", "500000"),
        (rows[1]["description"], "0", "250000", "750000"),
        (rows[2]["description"], "100000", "0", "650000"),
        ("Saldo akhir", "0", "0", "650000"),
    ]
    assert [r["receipt"] for r in rows[1:3]] == [history["siti_2"], history["siti_tarik"]]
    assert {r["account"] for r in rows_of(out)} == {"SS-A-0001", "SW-A-0001"}


def test_member_statement_pdf_is_a_registered_paper(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "mutasi.pdf"
    code, _, err = run(
        capsys, "report", "member-statement", "--db", str(path), "--member", "a-0001",
        "--from", "2025-01-01", "--to", "2025-03-31", "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = pdf_text(out.read_bytes())
    assert "LAPORAN MUTASI SIMPANAN ANGGOTA" in text
    assert "Siti Aminah" in text
    assert "1.650.000" in text  # 500.000 + 250.000 − 100.000 + 1.000.000
    code, stdout, _ = run(capsys, "verify", str(out), "--db", str(path))
    assert code == 0, stdout


@pytest.mark.parametrize(("layout", "width"), [("a5", 210 * mm), ("58mm", 58 * mm)])
def test_receipt_in_both_layouts(
    capsys: pytest.CaptureFixture[str],
    db: tuple[Path, dict[str, str]],
    tmp_path: Path,
    layout: str,
    width: float,
) -> None:
    path, history = db
    out = tmp_path / f"bukti-{layout}.pdf"
    code, _, err = run(
        capsys, "report", "receipt", "--db", str(path), "--number", history["budi_cair"],
        "--layout", layout, "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    pdf = out.read_bytes()
    assert page_size(pdf)[0] == pytest.approx(width, abs=0.5)
    text = " ".join(pdf_text(pdf).split())
    assert history["budi_cair"] in text
    assert "Sembilan ratus sembilan puluh ribu rupiah" in text
    assert "Rp990.000" in text


def test_receipt_default_layout_is_a5_and_unknown_number_is_refused(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, history = db
    out = tmp_path / "bukti.pdf"
    code, _, _ = run(
        capsys, "report", "receipt", "--db", str(path), "--number", history["siti_1"],
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert page_size(out.read_bytes())[0] == pytest.approx(210 * mm, abs=0.5)
    missing = tmp_path / "tidak-ada.pdf"
    code, _, err = run(
        capsys, "report", "receipt", "--db", str(path), "--number", "BS-2025-999999",
        "--out", str(missing),
    )  # fmt: skip
    assert code == 1
    assert "BS-2025-999999 tidak ditemukan" in err
    assert not missing.exists()


def test_receipt_refuses_csv(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, history = db
    code, _, err = run(
        capsys, "report", "receipt", "--db", str(path), "--number", history["siti_1"],
        "--out", str(tmp_path / "bukti.csv"),
    )  # fmt: skip
    assert code == 1
    assert ".pdf" in err


def test_daily_cash_pdf(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "kas.pdf"
    code, _, err = run(
        capsys, "report", "daily-cash", "--db", str(path), "--date", "10-02-2025",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    text = pdf_text(out.read_bytes())
    assert "LAPORAN KAS HARIAN" in text
    assert "Tanggal 10 Februari 2025" in text
    for figure in ("1.800.000", "2.000.000", "1.090.000", "2.710.000"):
        assert figure in text


def test_savings_recap_csv_and_pdf(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    out = tmp_path / "rekap.csv"
    code, _, err = run(
        capsys, "report", "savings-recap", "--db", str(path), "--as-of", "2025-02-28",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "product,accounts,members,subledger,gl,difference"
    by_product = {r["product"]: r for r in rows_of(out)}
    assert by_product["sukarela"] == {
        "product": "sukarela",
        "accounts": "2",
        "members": "2",
        "subledger": "2650000",
        "gl": "2650000",
        "difference": "0",
    }
    assert by_product["wajib"]["subledger"] == "50000"
    pdf = tmp_path / "rekap.pdf"
    code, _, _ = run(
        capsys, "report", "savings-recap", "--db", str(path), "--as-of", "2025-02-28",
        "--out", str(pdf),
    )  # fmt: skip
    assert code == 0
    assert "REKAPITULASI SIMPANAN ANGGOTA" in pdf_text(pdf.read_bytes())


def test_bad_date_is_a_usage_error_in_indonesian(
    capsys: pytest.CaptureFixture[str], db: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, _ = db
    code, _, err = run(
        capsys, "report", "daily-cash", "--db", str(path), "--date", "kemarin",
        "--out", str(tmp_path / "kas.pdf"),
    )  # fmt: skip
    assert code == 2
    assert "Tanggal tidak valid" in err
