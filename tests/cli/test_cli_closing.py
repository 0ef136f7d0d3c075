"""CLI contract for the year-end close and the SHU: close-year, shu plan/compute/post/pay.

The book: two members, pokok 100.000 each, wajib 300.000 (Siti) and 100.000 (Budi),
and Rp10.000.000 of service income in 2025, no expense → SHU 2025 = Rp10.000.000.
Split 60% cadangan / 40% jasa modal: jasa modal 4.000.000 over bases 400.000 : 200.000
= 2.666.666,67 and 1.333.333,33 → 2.666.667 and 1.333.333 (largest remainder).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from kopdesk.app.auth import sign_in
from kopdesk.cli import main
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.services.savings import counter
from kopdesk.services.savings import routine as savings_routine
from kopdesk.storage.db import open_book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot, take_snapshot

MEMBERS = (
    "No. Anggota,Nama Lengkap,NIK,Tanggal Lahir,Jenis Kelamin,Tanggal Masuk,Status\n"
    "A-0001,Siti Aminah,3273015504900002,15-04-1990,P,02-01-2025,aktif\n"
    "A-0002,Budi Santoso,3273011708850001,17-08-1985,L,02-01-2025,aktif\n"
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
    book = open_book(path)
    try:
        admin = sign_in(book, "admin", PASSWORD, record_session=False)
        with book.unit_of_work() as s:
            for member, product, amount in (
                ("A-0001", "pokok", 100_000),
                ("A-0002", "pokok", 100_000),
                ("A-0001", "wajib", 300_000),
                ("A-0002", "wajib", 100_000),
            ):
                counter.deposit(
                    s, admin, member=member, product=product, amount=amount, on=dt.date(2025, 1, 6)
                )
            post_entry(
                s,
                EntryInput(dt.date(2025, 6, 30), "Jasa pelayanan", [
                    LineInput("1101", 10_000_000), LineInput("4105", -10_000_000)
                ]),
                actor=admin,
            )  # fmt: skip
    finally:
        book.close()
    return path


def _snapshot(path: Path) -> Snapshot:
    book = open_book(path)
    try:
        return take_snapshot(book)
    finally:
        book.close()


def _month_ends(path: Path) -> None:
    book = open_book(path)
    try:
        admin = sign_in(book, "admin", PASSWORD, record_session=False)
        with book.unit_of_work() as s:
            for month in range(1, 13):
                savings_routine.run_month_end(s, admin, f"2025-{month:02d}")
    finally:
        book.close()


def test_close_year_checks_then_closes(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "close-year", "--db", str(db), "--year", "2025", "--check")
    assert code == 1
    assert "[x] Jasa simpanan setiap bulan" in out
    before = _snapshot(db)
    code, _, err = run(capsys, "close-year", "--db", str(db), "--year", "2025")
    assert code == 1
    assert "belum dapat ditutup" in err
    assert _snapshot(db) == before

    _month_ends(db)
    code, out, _ = run(capsys, "close-year", "--db", str(db), "--year", "2025")
    assert code == 0, out
    assert "Tahun buku 2025 ditutup. SHU Rp10.000.000" in out
    assert "Tahun buku 2026 dibuka." in out
    code, out, _ = run(capsys, "year", "list", "--db", str(db))
    assert "2026" in out


def test_shu_plan_compute_post_and_pay(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    _month_ends(db)
    assert run(capsys, "close-year", "--db", str(db), "--year", "2025")[0] == 0
    code, out, err = run(
        capsys, "shu", "plan", "--db", str(db), "--year", "2025",
        "--set", "cadangan=60;jasa_modal=40", "--decision", "RAT 21-03-2026",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Keputusan: RAT 21-03-2026" in out
    code, _, err = run(
        capsys, "shu", "plan", "--db", str(db), "--year", "2025", "--set", "cadangan=50"
    )
    assert code == 1
    assert "harus 100%" in err

    out_csv = tmp_path / "shu.csv"
    code, out, _ = run(
        capsys, "shu", "compute", "--db", str(db), "--year", "2025", "--out", str(out_csv)
    )
    assert code == 0
    with out_csv.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["member_number", "jasa_modal", "jasa_usaha", "total"],
        ["A-0001", "2666667", "0", "2666667"],
        ["A-0002", "1333333", "0", "1333333"],
    ]

    code, out, _ = run(capsys, "shu", "post", "--db", str(db), "--year", "2025",
                       "--date", "2026-03-21")  # fmt: skip
    assert code == 0
    assert "Cadangan" in out
    assert "6.000.000" in out
    code, _, err = run(capsys, "shu", "post", "--db", str(db), "--year", "2025",
                       "--date", "2026-03-21")  # fmt: skip
    assert code == 1
    assert "sudah diposting" in err

    code, out, _ = run(
        capsys, "shu", "pay", "--db", str(db), "--year", "2025", "--member", "A-0002",
        "--date", "2026-03-21", "--method", "tunai",
    )  # fmt: skip
    assert code == 0
    assert out.startswith("SHU-2026-000001  A-0002")
    code, out, _ = run(
        capsys, "shu", "pay", "--db", str(db), "--year", "2025", "--all-to-savings",
        "--date", "2026-03-21",
    )  # fmt: skip
    assert code == 0
    assert "SHU-2026-000002  A-0001" in out
    assert "2.666.667" in out

    # The distributed year cannot be reopened.
    code, _, err = run(
        capsys, "year", "reopen", "--db", str(db), "--year", "2025",
        "--reason", "Koreksi catatan pemeriksa",
    )  # fmt: skip
    assert code == 1
    assert "sudah dibagi" in err


def test_simulate_prints_scenarios_side_by_side(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, _ = run(
        capsys, "shu", "simulate", "--db", str(db), "--year", "2025",
        "--plan", "cadangan=60;jasa_modal=40", "--plan", "cadangan=50;jasa_modal=50",
    )  # fmt: skip
    assert code == 0
    lines = {line[:32].strip(): line[32:].split() for line in out.splitlines()}
    # The open year's SHU so far is Rp10.000.000 (no month-end interest in this book).
    assert lines["Cadangan"] == ["6.000.000", "5.000.000"]
    assert lines["Jasa modal anggota"] == ["4.000.000", "5.000.000"]
    assert lines["Bagian anggota terbesar"] == ["2.666.667", "3.333.333"]
