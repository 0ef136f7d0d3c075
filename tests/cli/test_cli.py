"""The command-line contract other scripts rely on (issue: Foundation, part 9)."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.cli.common import csv_bytes
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = run(
        capsys,
        "init",
        "--db",
        str(path),
        "--name",
        "KSP Mitra Usaha",
        "--type",
        "ksp",
        "--year",
        "2025",
    )
    assert (code, err) == (0, ""), err
    assert "KSP Mitra Usaha" in out


def test_init_post_reverse_and_trial_balance_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "mitra.sqlite"
    init(capsys, db)
    code, out, _ = run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        "2025-01-05",
        "--memo",
        "Modal awal",
        "--line",
        "1101:1.250.000",
        "--line",
        "3201:-1250000",
    )
    assert (code, out.strip()) == (0, "JU-2025-000001")
    code, out, _ = run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        "2025-01-06",
        "--memo",
        "Listrik",
        "--line",
        "5205:Rp250.000",
        "--line",
        "1101:-250000",
    )
    assert out.strip() == "JU-2025-000002"
    # An entry of January 2025 is old: reversing it needs a second user (dual control).
    code, out, err = run(
        capsys,
        "journal",
        "reverse",
        "--db",
        str(db),
        "--entry",
        "JU-2025-000002",
        "--date",
        "2025-01-07",
    )
    assert code == 1
    assert "--approver" in err
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", "sandi-ketua-1")
    code, _, err = run(
        capsys,
        "user",
        "add",
        "--db",
        str(db),
        "--username",
        "ketua",
        "--role",
        "ketua",
        "--full-name",
        "Hj. Siti",
    )
    assert (code, err) == (0, "")
    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", "sandi-ketua-1")
    code, out, err = run(
        capsys,
        "journal",
        "reverse",
        "--db",
        str(db),
        "--entry",
        "JU-2025-000002",
        "--date",
        "2025-01-07",
        "--approver",
        "ketua",
    )
    assert (code, out.strip(), err) == (0, "JU-2025-000003", "")

    target = tmp_path / "ns.csv"
    code, _, err = run(
        capsys,
        "report",
        "trial-balance",
        "--db",
        str(db),
        "--as-of",
        "2025-12-31",
        "--out",
        str(target),
    )
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert [(r["code"], r["debit"], r["credit"]) for r in rows] == [
        ("1101", "1250000", "0"),
        ("3201", "0", "1250000"),
    ]
    assert list(rows[0]) == ["code", "name", "debit", "credit"]


def test_trial_balance_csv_is_computed_as_of_the_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "b.sqlite"
    init(capsys, db)
    for day, amount in [("2025-01-05", 1_000), ("2025-02-05", 2_000), ("2025-03-05", 4_000)]:
        run(
            capsys,
            "journal",
            "post",
            "--db",
            str(db),
            "--date",
            day,
            "--memo",
            "Setoran wajib",
            "--line",
            f"1101:{amount}",
            "--line",
            f"3202:-{amount}",
        )
    target = tmp_path / "feb.csv"
    run(
        capsys,
        "report",
        "trial-balance",
        "--db",
        str(db),
        "--as-of",
        "2025-02-28",
        "--out",
        str(target),
    )
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert {r["code"]: (int(r["debit"]), int(r["credit"])) for r in rows} == {
        "1101": (3_000, 0),
        "3202": (0, 3_000),
    }


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--line", "1101:1000", "--line", "3201:-900"], "tidak seimbang"),
        (["--line", "1101:100.5", "--line", "3201:-100.5"], "Jumlah"),
        (["--line", "1101:1,2,3", "--line", "3201:-123"], "Jumlah"),
        (["--line", "1101:abc", "--line", "3201:-1"], "Jumlah"),
        (["--line", "1100:1000", "--line", "3201:-1000"], "akun induk"),
        (["--line", "9999:1000", "--line", "3201:-1000"], "tidak ada"),
        (["--line", "1101:0", "--line", "3201:0"], "nol"),
        (["--line", "1101-1000", "--line", "3201:-1000"], "KODE:JUMLAH"),
        (
            # 2 x Rp600.000.000.000.000 = Rp1.200.000.000.000.000 of debits in one entry.
            [
                *("--line", "1101:600000000000000", "--line", "1102:600000000000000"),
                *("--line", "3901:-600000000000000", "--line", "3901:-600000000000000"),
            ],
            "Jumlah debit jurnal ini Rp1.200.000.000.000.000 melebihi batas satu jurnal",
        ),
    ],
)
def test_bad_postings_print_one_indonesian_line_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], needle: str
) -> None:
    db = tmp_path / "c.sqlite"
    init(capsys, db)
    book = open_book(db)
    before = take_snapshot(book)
    code, out, err = run(
        capsys, "journal", "post", "--db", str(db), "--date", "2025-01-05", "--memo", "x", *args
    )
    assert code != 0
    assert out == ""
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert take_snapshot(book) == before
    book.close()


@pytest.mark.parametrize(
    ("date", "needle"),
    [("2024-12-31", "tahun buku"), ("2025-02-30", "Tanggal"), ("kemarin", "Tanggal")],
)
def test_bad_dates_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, date: str, needle: str
) -> None:
    db = tmp_path / "d.sqlite"
    init(capsys, db)
    code, _, err = run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        date,
        "--memo",
        "x",
        "--line",
        "1101:1000",
        "--line",
        "3201:-1000",
    )
    assert code != 0
    assert needle in err


def test_init_refuses_an_existing_file_and_bad_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "e.sqlite"
    init(capsys, db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, _, err = run(capsys, "init", "--db", str(db), "--name", "Lain")
    assert code != 0
    assert "sudah ada" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    fresh = tmp_path / "f.sqlite"
    code, _, err = run(capsys, "init", "--db", str(fresh), "--name", "x")
    assert code != 0
    assert "Nama koperasi" in err
    assert not fresh.exists()


def test_missing_book_and_unknown_entry(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "journal",
        "reverse",
        "--db",
        str(tmp_path / "x.sqlite"),
        "--entry",
        "JU-2025-000001",
        "--date",
        "2025-01-01",
    )
    assert code != 0
    assert "tidak ditemukan" in err
    db = tmp_path / "g.sqlite"
    init(capsys, db)
    code, _, err = run(
        capsys,
        "journal",
        "reverse",
        "--db",
        str(db),
        "--entry",
        "JU-2025-000009",
        "--date",
        "2025-01-01",
    )
    assert code != 0
    assert "JU-2025-000009" in err


def test_reports_as_pdf_and_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    init(capsys, db)
    run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        "2025-01-05",
        "--memo",
        "Modal",
        "--line",
        "1101:500000",
        "--line",
        "3201:-500000",
    )
    run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        "2025-02-05",
        "--memo",
        "ATK",
        "--line",
        "5203:100000",
        "--line",
        "1101:-100000",
    )
    for name, extra in [
        ("trial-balance", ["--as-of", "2025-12-31"]),
        ("journal", ["--from", "2025-01-01", "--to", "2025-12-31"]),
        ("ledger", ["--account", "1101", "--from", "2025-01-01", "--to", "2025-12-31"]),
    ]:
        for suffix in (".pdf", ".csv"):
            out = tmp_path / f"{name}{suffix}"
            code, printed, err = run(
                capsys, "report", name, "--db", str(db), *extra, "--out", str(out)
            )
            assert (code, err) == (0, ""), err
            assert printed.strip() == str(out)
            data = out.read_bytes()
            assert data.startswith(b"%PDF") if suffix == ".pdf" else data.count(b"\n") >= 2
    ledger_rows = list(
        csv.DictReader((tmp_path / "ledger.csv").read_text(encoding="utf-8").splitlines())
    )
    assert [r["balance"] for r in ledger_rows] == ["0", "500000", "400000"]
    journal_rows = list(
        csv.DictReader((tmp_path / "journal.csv").read_text(encoding="utf-8").splitlines())
    )
    assert len(journal_rows) == 4
    assert sum(int(r["debit"]) for r in journal_rows) == sum(int(r["credit"]) for r in journal_rows)


def test_report_with_unknown_format_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "i.sqlite"
    init(capsys, db)
    out = tmp_path / "ns.xlsx"
    code, _, err = run(
        capsys,
        "report",
        "trial-balance",
        "--db",
        str(db),
        "--as-of",
        "2025-12-31",
        "--out",
        str(out),
    )
    assert code != 0
    assert ".pdf atau .csv" in err
    assert not out.exists()


def test_accounts_list_and_add(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "j.sqlite"
    init(capsys, db)
    code, out, _ = run(
        capsys,
        "accounts",
        "add",
        "--db",
        str(db),
        "--code",
        "1114",
        "--name",
        "Bank BPD",
        "--parent",
        "1100",
    )
    assert code == 0
    code, out, _ = run(capsys, "accounts", "list", "--db", str(db), "--as-of", "2025-12-31")
    assert code == 0
    assert "1114" in out
    assert "Bank BPD" in out


def test_usage_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["journal", "post"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kesalahan: argumen wajib belum diisi: --date")
    assert main(["report", "neraca"]) == 2
    assert "pilihan 'neraca' tidak dikenal" in capsys.readouterr().err


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kopdesk",
            "init",
            "--db",
            str(tmp_path / "m.sqlite"),
            "--name",
            "KSP Modul",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "m.sqlite").exists()


def test_every_csv_writes_decimals_as_plain_numbers() -> None:
    """Issue 14 item 4: a Decimal in a CSV cell is a plain number, never 1E+1."""
    from decimal import Decimal

    from kopdesk.cli.common import csv_bytes
    from kopdesk.services.imports.sheets import write_csv

    cells = [(Decimal("1E+1"), Decimal("5E+1"), Decimal("1E+2"), Decimal("0.5"), 7)]
    assert csv_bytes(["a", "b", "c", "d", "e"], cells) == b"a,b,c,d,e\n10,50,100,0.5,7\n"
    assert write_csv(["a", "b", "c", "d", "e"], cells).decode("utf-8-sig") == (
        "a,b,c,d,e\n10,50,100,0.5,7\n"
    )


def test_every_cli_csv_writes_text_as_text_and_numbers_as_numbers() -> None:
    """``csv_bytes`` writes every CSV of the CLI: a description typed as a formula
    gets the usual apostrophe, so a spreadsheet shows it instead of running it."""
    data = csv_bytes(
        ["uraian", "jumlah"],
        [['=HYPERLINK("http://contoh.invalid","Klik")', -1_500], ["@SUM(A1)", 0], ["-", 7]],
    )
    assert data.decode("utf-8").splitlines() == [
        "uraian,jumlah",
        '"\'=HYPERLINK(""http://contoh.invalid"",""Klik"")",-1500',
        "'@SUM(A1),0",
        "-,7",
    ]
