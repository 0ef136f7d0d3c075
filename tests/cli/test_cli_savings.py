"""CLI contract for savings: deposit/withdraw print the receipt number, refusals write nothing,
month-end posts interest once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot

MEMBERS = (
    "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,Tanggal Masuk,Status\n"
    "A-0001,Siti Aminah,3273015504900002,15-04-1990,P,02-01-2025,aktif\n"
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


def test_new_book_has_the_four_products(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "savings", "products", "--db", str(db))
    assert code == 0
    codes = [line.split()[0] for line in out.splitlines()]
    assert codes == ["pokok", "wajib", "sukarela", "berjangka"]


def test_deposit_and_withdraw_print_receipt_numbers(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    base = ("--db", str(db), "--member", "A-0001")
    code, out, _ = run(
        capsys, "savings", "deposit", *base, "--product", "sukarela", "--amount", "1.500.000",
        "--date", "2025-02-03",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "BS-2025-000001"
    code, out, _ = run(
        capsys, "savings", "withdraw", *base, "--product", "sukarela", "--amount", "250000",
        "--date", "2025-02-04",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == "BP-2025-000001"
    book = open_book(db)
    with book.read() as s:
        (account,) = savings_accounts.member_accounts(s, "A-0001")
    book.close()
    assert account.balance == 1_500_000 - 250_000


def test_refused_withdrawal_says_why_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    base = ("--db", str(db), "--member", "A-0001")
    run(capsys, "savings", "deposit", *base, "--product", "sukarela", "--amount", "100000",
        "--date", "2025-02-03")  # fmt: skip
    book = open_book(db)
    before = take_snapshot(book)
    book.close()
    code, _, err = run(
        capsys, "savings", "withdraw", *base, "--product", "sukarela", "--amount", "95000",
        "--date", "2025-02-04",
    )  # fmt: skip
    assert code != 0
    assert "paling banyak Rp90.000" in err
    code, _, err = run(
        capsys, "savings", "withdraw", *base, "--product", "pokok", "--amount", "1000",
        "--date", "2025-02-04",
    )  # fmt: skip
    assert code != 0
    assert "tidak dapat ditarik" in err
    book = open_book(db)
    assert take_snapshot(book) == before
    book.close()


def test_month_end_dry_run_then_post_once(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, "savings", "deposit", "--db", str(db), "--member", "A-0001", "--product",
        "sukarela", "--amount", "12000000", "--date", "2025-01-02")  # fmt: skip
    code, out, _ = run(capsys, "savings", "month-end", "--db", str(db), "--month", "2025-02",
                       "--dry-run")  # fmt: skip
    assert code == 0
    # 12.000.000 lowest February balance × 3% / 12 = 30.000 (under the PPh threshold).
    assert "jasa Rp30.000, PPh 4(2) Rp0" in out
    assert "tidak ada yang diposting" in out
    code, out, _ = run(capsys, "savings", "month-end", "--db", str(db), "--month", "2025-02")
    assert code == 0
    assert "Diposting: JU-2025-" in out
    code, _, err = run(capsys, "savings", "month-end", "--db", str(db), "--month", "2025-02")
    assert code != 0
    assert "sudah diproses" in err


def test_arrears_lists_members_behind(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    run(capsys, "savings", "deposit", "--db", str(db), "--member", "A-0001", "--product",
        "wajib", "--amount", "50000", "--date", "2025-01-10")  # fmt: skip
    code, out, _ = run(capsys, "savings", "arrears", "--db", str(db), "--as-of", "2025-03-31")
    assert code == 0
    # Joined January, paid one month of three at Rp50.000: two months behind.
    assert "tunggakan      100.000 (2 bln)" in out
