"""CLI contract for loans: simulation without a book, the lending cycle with a second
approver, payments split denda → bunga → pokok, payoff, write-off under dual control."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.services.loans import records as loan_records
from kopdesk.storage.db import open_book
from tests.conftest import PASSWORD
from tests.helpers import take_snapshot

MEMBERS = (
    "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,Tanggal Masuk,Status\n"
    "A-0001,Siti Aminah,3273015504900002,15-04-1990,P,02-01-2024,aktif\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_needs_no_book_and_matches_the_worked_examples(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, "loan", "simulate", "--principal", "9.000.000", "--rate", "1", "--rate-period",
        "month", "--tenor", "12", "--method", "flat", "--start", "2025-01-15",
        "--out", str(tmp_path / "sim.csv"),
    )  # fmt: skip
    assert code == 0
    # KOPERASI.md §4.1: flat 9.000.000 / 12 months at 1% → 840.000 a month, ≈1,79% effective.
    assert "840.000" in out.splitlines()[1]
    assert "Bunga efektif 1,79% per bulan" in out
    lines = (tmp_path / "sim.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "number,due_date,principal,interest,installment,balance"
    assert lines[1] == "1,2025-02-15,750000,90000,840000,8250000"
    code, out, _ = run(
        capsys, "loan", "simulate", "--principal", "10000000", "--rate", "12", "--rate-period",
        "year", "--tenor", "24", "--method", "anuitas", "--start", "2025-01-15",
    )  # fmt: skip
    # Anuitas 10.000.000 at 12%/year over 24 months: A ≈ 470.735; month 1 interest 100.000.
    first = out.splitlines()[1].split()
    assert first[2:5] == ["370.735", "100.000", "470.735"]
    code, _, err = run(
        capsys, "loan", "simulate", "--principal", "0", "--rate", "1", "--rate-period", "month",
        "--tenor", "12", "--method", "flat",
    )  # fmt: skip
    assert code != 0
    assert "Pokok pinjaman harus lebih dari nol" in err


def test_simulate_rounded_to_1000_keeps_every_installment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 14 item 1: 500.000 flat 1,5% a month over 36 to Rp1.000 ended at 35 with a
    Rp7.500 interest-only row 36. 21.388,89 up to 22.000 would repay 35 × 14.500 =
    507.500, so it is 21.000 (principal 13.500); the last 27.500 + 7.500 = 35.000."""
    code, out, _ = run(
        capsys, "loan", "simulate", "--principal", "500000", "--rate", "1.5", "--rate-period",
        "month", "--tenor", "36", "--method", "flat", "--rounding", "1000",
        "--start", "2026-12-04",
    )  # fmt: skip
    assert code == 0
    rows = [line.split() for line in out.splitlines() if line[:4].strip().isdigit()]
    assert [r[0] for r in rows] == [str(k) for k in range(1, 37)]
    assert {tuple(r[2:5]) for r in rows[:-1]} == {("13.500", "7.500", "21.000")}
    assert rows[-1][2:6] == ["27.500", "7.500", "35.000", "0"]
    code, _, err = run(
        capsys, "loan", "simulate", "--principal", "100000", "--rate", "1", "--rate-period",
        "month", "--tenor", "360", "--method", "flat", "--rounding", "1000",
    )  # fmt: skip
    assert code != 0
    assert err.startswith("kesalahan: ")
    assert err.count("\n") == 1
    assert "kelipatan Rp1.000" in err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "buku.sqlite"
    assert run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")[0] == 0
    source = tmp_path / "anggota.csv"
    source.write_text(MEMBERS, encoding="utf-8")
    assert run(capsys, "import", "members", str(source), "--db", str(path))[0] == 0
    # Money in the cash box to lend: the member's savings.
    assert run(
        capsys, "savings", "deposit", "--db", str(path), "--member", "A-0001", "--product",
        "sukarela", "--amount", "20000000", "--date", "2025-01-02",
    )[0] == 0  # fmt: skip
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", "sandi-ketua-1")
    assert run(
        capsys, "user", "add", "--db", str(path), "--username", "ketua", "--role", "ketua"
    )[0] == 0  # fmt: skip
    return path


def test_the_lending_cycle(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ("--db", str(db))
    code, out, _ = run(
        capsys, "loan", "apply", *base, "--member", "A-0001", "--product", "umum", "--amount",
        "9.000.000", "--tenor", "12", "--date", "2025-01-10", "--purpose", "Modal warung",
        "--guarantor", "Budi Santoso (suami)",
    )  # fmt: skip
    assert code == 0
    number = out.splitlines()[0]
    assert number == "PJ-2025-0001"
    # The one who entered it cannot approve it.
    code, _, err = run(capsys, "loan", "approve", *base, "--number", number, "--date", "2025-01-11")
    assert code != 0
    assert "pengguna lain" in err
    monkeypatch.setenv("KOPDESK_PASSWORD", "sandi-ketua-1")
    code, out, _ = run(
        capsys, "loan", "approve", *base, "--user", "ketua", "--number", number,
        "--date", "2025-01-11",
    )  # fmt: skip
    assert code == 0
    assert "disetujui oleh ketua" in out
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    code, out, _ = run(
        capsys, "loan", "disburse", *base, "--number", number, "--date", "2025-01-15"
    )
    assert code == 0
    # Provisi 1% = 90.000 and administration 25.000 are kept back: 8.885.000 paid out.
    assert "dibayarkan Rp8.885.000" in out
    # Umum is flat 1,5% a month: 750.000 principal + 135.000 interest = 885.000 a month.
    # Paid 5 days late: denda 0,1% a day × 885.000 × 5 = 4.425, then interest, then principal.
    code, out, _ = run(
        capsys, "loan", "repay", *base, "--number", number, "--amount", "889.425",
        "--date", "2025-02-20",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "BA-2025-000001"
    assert "denda Rp4.425 + jasa Rp135.000 + pokok Rp750.000" in out
    assert "sisa pokok Rp8.250.000" in out
    code, out, _ = run(
        capsys, "loan", "payoff", *base, "--number", number, "--date", "2025-03-01", "--dry-run"
    )
    # Nothing due on 1 March (next due 15 March): payoff = the remaining principal.
    assert "Pelunasan PJ-2025-0001 per 01-03-2025: Rp8.250.000" in out
    code, out, _ = run(capsys, "loan", "payoff", *base, "--number", number, "--date", "2025-03-01")
    assert code == 0
    book = open_book(db)
    with book.read() as s:
        info = loan_records.get_loan(s, number)
    book.close()
    assert info.status == "lunas"
    code, out, _ = run(capsys, "loan", "list", *base)
    assert "Lunas" in out


def test_write_off_needs_a_second_person_and_refusals_write_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ("--db", str(db))
    run(capsys, "loan", "apply", *base, "--member", "A-0001", "--product", "darurat",
        "--amount", "2000000", "--tenor", "6", "--date", "2025-01-10")  # fmt: skip
    monkeypatch.setenv("KOPDESK_PASSWORD", "sandi-ketua-1")
    run(capsys, "loan", "approve", *base, "--user", "ketua", "--number", "PJ-2025-0001",
        "--date", "2025-01-10")  # fmt: skip
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    run(capsys, "loan", "disburse", *base, "--number", "PJ-2025-0001", "--date", "2025-01-10")
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    args = ("loan", "write-off", *base, "--number", "PJ-2025-0001", "--date", "2025-12-31",
            "--reason", "Anggota tidak dapat ditemukan")  # fmt: skip
    code, _, err = run(capsys, *args)
    assert code != 0
    assert "persetujuan" in err
    code, _, err = run(
        capsys, "loan", "apply", *base, "--member", "A-0001", "--product", "darurat",
        "--amount", "9000000", "--tenor", "6", "--date", "2025-01-10",
    )  # fmt: skip
    assert "Rp5.000.000" in err  # above the product's limit
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()
    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", "sandi-ketua-1")
    code, out, err = run(capsys, *args, "--approver", "ketua")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "HB-2025-000001"


def test_simulate_pdf_without_a_book_says_it_is_a_simulation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.reports.pdftext import pdf_text

    out = tmp_path / "simulasi.pdf"
    code, _, _ = run(
        capsys, "loan", "simulate", "--principal", "10000000", "--rate", "12", "--rate-period",
        "year", "--tenor", "24", "--method", "anuitas", "--start", "2025-01-15", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    text = pdf_text(out.read_bytes())
    assert "SIMULASI" in text
    assert "470.735" in text
