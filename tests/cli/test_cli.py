"""The command-line contract other scripts rely on (issue: Foundation, part 9)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kopdesk.cli import main
from kopdesk.db import open_book
from kopdesk.domain.assets import months_from_to
from kopdesk.domain.loans import Grade
from kopdesk.services import (
    accounts,
    assets,
    demo_closing,
    journal,
    loan_quality,
    loans,
    rat,
    savings_routine,
    shu,
    yearend,
)
from kopdesk.services.checks import check_book
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


def test_demo_book_balances(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    code, _out, err = run(capsys, "demo", "--db", str(db))
    assert (code, err) == (0, "")
    book = open_book(db)
    with book.read() as s:
        items = {b.account.code: b for b in accounts.account_balances(s, dt.date.today())}
        assert (
            items["1"].balance
            + items["2"].balance
            + items["3"].balance
            + items["4"].balance
            + items["5"].balance
            == 0
        )
        assert items["1101"].balance > 0
        ids = journal.entry_ids(s)
        assert len(ids) > 100
        summaries = journal.entry_summaries(s, ids)
        assert [e.source for e in summaries if e.reversal_of] == ["simpanan.koreksi", "reversal"]
        assert check_book(s).ok
        controls = {"3101", "3102", "2101", "2102", "1301", "1302", "1303"}
        assert all(items[control].balance != 0 for control in controls)
        for summary in summaries:
            if summary.source == "manual":
                lines = journal.get_entry(s, summary.number).lines
                assert not {line.account_code for line in lines} & controls
        assert len(savings_routine.month_ends(s)) >= 12
        assert savings_routine.wajib_billing(s, dt.date.today()).members_late > 0
        _check_demo_loans(s, items)
        _check_demo_closing(s, items)
        _check_demo_statements(s)
    book.close()


def _check_demo_statements(s: Session) -> None:
    """The statement identities on the demo book, every year and quarter, each side
    recomputed from the journal lines; the closed years' PHU SHU = their closing entry."""
    from kopdesk.services import statements, yearend
    from tests.services.test_statement_properties import assert_identities_in_book

    for year in (2024, 2025, 2026):
        fs = assert_identities_in_book(s, statements.period_of(s, year))
        if year < 2026:
            (close,) = [e for e in yearend.history(s, year) if e.kind == "close"]
            assert fs.income.amount("shu") == close.surplus > 0
        for quarter in range(1, 5):
            assert_identities_in_book(s, statements.period_of(s, year, "quarter", quarter))


def _check_demo_loans(s: Session, items: dict[str, accounts.AccountBalance]) -> None:
    """The demo's loans went through the loan services and cover every case."""
    rows = loans.loan_rows(s)
    assert 120 <= len(rows) <= 220
    for product in loans.list_products(s):
        owed = sum(r.outstanding for r in rows if r.product_name == product.name)
        assert items[product.account_code].balance == owed > 0
    assert all(r.outstanding >= 0 for r in rows)
    statuses = {r.status for r in rows}
    assert {"aktif", "lunas", "ditolak", "direstrukturisasi", "dihapus"} <= statuses
    report = loan_quality.collectibility(s, dt.date.today())
    assert all(g.loans > 0 for g in report.grades), [(g.grade, g.loans) for g in report.grades]
    assert report.allowance_balance == -items["1390"].balance > 0
    assert report.grades[0].grade is Grade.LANCAR
    assert report.grades[0].loans > 3 * (len(report.rows) - report.grades[0].loans)
    kinds = {e.kind for r in rows if r.status != "ditolak" for e in loans.events_of(s, r.number)}
    assert {"cair", "angsuran", "pelunasan", "restrukturisasi", "hapus"} <= kinds
    for r in rows:
        info = loans.get_loan(s, r.number)
        if info.decided_by is not None:  # approved or refused by someone else than the clerk
            assert info.decided_by in ("bendahara", "ketua")
            assert info.decided_by != info.applied_by
    related = {r.member_number for r in rows if r.member_number in ("A-0007", "A-0011")}
    assert related == {"A-0007", "A-0011"}
    # The PPAP ran for every ended month since January two years ago.
    assert len(loan_quality.allowance_runs(s)) == 24 + dt.date.today().month - 1


def _check_demo_closing(s: Session, items: dict[str, accounts.AccountBalance]) -> None:
    """The demo closed its past years and shared their SHU (issue 7, part 7)."""
    today = dt.date.today()
    first, years = today.year - 2, range(today.year - 2, today.year)
    closed = [y for y in years if demo_closing.close_day(y) <= today]
    shared = [y for y in years if demo_closing.rat_day(y) <= today]
    assert first in shared  # its RAT was last March
    for year in (*years, today.year):
        assert yearend.is_closed(s, year) == (year in closed), year
    owed = 0
    for year in shared:
        result = shu.compute(s, year)
        assert result.posted
        assert result.pool == yearend.year_surplus(s, year) > 0
        assert shu.get_plan(s, year).decision.startswith("Keputusan RAT No. 02/RAT/")
        assert sum(result.parts.values()) == result.pool
        for key, percent in demo_closing.ALLOCATION.items():  # largest remainder: within 1
            assert abs(100 * result.parts[key] - result.pool * percent) < 100, key
        assert sum(m.jasa_modal for m in result.members) == result.parts["jasa_modal"]
        assert sum(m.jasa_usaha for m in result.members) == result.parts["jasa_usaha"]
        assert result.undistributed == 0
        methods = [m.paid_method for m in result.members]
        assert methods.count("tunai") >= 3
        assert methods.count("sukarela") > 0.9 * len(methods)
        owed += sum(m.total - m.paid for m in result.members)
        assert rat.get_text(s, year, "laporan_pengurus")
        assert rat.get_rapb(s, year)
    # 3501 keeps nothing of the shared years, 3502 nothing at all; 2321 = what is unpaid.
    assert items["3501"].balance == items["3502"].balance == 0
    assert -items["2321"].balance == owed
    for year in years:
        assert assets.missing_depreciation_months(s, year) == []
    ended = today.replace(day=1) - dt.timedelta(days=1)
    runs = sorted(r.month for r in assets.depreciation_runs(s))
    assert runs == months_from_to(f"{first}-01", f"{ended:%Y-%m}")
    # This year has not ended: only that, the months still to come and (before the
    # close in February) last year keep it open.
    items_now = yearend.checklist(s, today.year, today=today).failed
    allowed = {"berakhir", "jasa_simpanan", "ppap", "penyusutan"}
    allowed |= set() if today.year - 1 in closed else {"tahun_lalu"}
    assert {i.key for i in items_now} <= allowed
    assert "berakhir" in {i.key for i in items_now}
    for item in items_now:
        months = re.findall(r"\d{4}-\d{2}", item.detail)
        assert all(m >= f"{today:%Y-%m}" for m in months), item


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
