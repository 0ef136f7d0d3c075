"""``kopdesk health``: the assessment as a table, as CSV with the issue's columns, the
questionnaire's answers from a CSV (all or nothing, one Indonesian line for a bad file)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.cli.health import CSV_COLUMNS
from kopdesk.storage.db import open_book
from tests import hostile
from tests.helpers import take_snapshot

PERDEP = ("--scheme", "perdep2016")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(book_path: Path) -> str:
    """The test book with a little money in it: kas from hibah, some income and costs."""
    from kopdesk.services.base import users
    from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry

    book = open_book(book_path)
    with book.unit_of_work() as s:
        actor = next(u.actor() for u in users.list_users(s) if u.username == "bendahara")
        for day, lines in (
            ("2025-01-02", [("1101", 50_000_000), ("3301", -50_000_000)]),
            ("2025-06-30", [("1101", 2_000_000), ("4105", -2_000_000)]),
            ("2025-06-30", [("5202", 500_000), ("1101", -500_000)]),
        ):
            post_entry(s, EntryInput(dt.date.fromisoformat(day), "Uji",
                                     [LineInput(c, a) for c, a in lines]), actor=actor)  # fmt: skip
    book.close()
    return str(book_path)


def test_csv_has_the_issue_columns_numbers_as_numbers_and_a_composite_row(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sehat.csv"
    code, printed, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                             "--out", str(out))  # fmt: skip
    assert (code, err, printed.strip()) == (0, "", str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "aspect", "indicator", "numerator", "denominator", "ratio", "nilai", "score", "weight",
    )  # fmt: skip
    assert len(rows) == 1 + 22 + 1
    first = dict(zip(CSV_COLUMNS, rows[1], strict=True))
    # 1a: modal sendiri (hibah 50 jt) / total aset (kas 51,5 jt) = 97,09% → above 80 → 25
    assert {k: first[k] for k in ("aspect", "indicator", "numerator", "denominator")} == {
        "aspect": "Permodalan", "indicator": "1a Rasio modal sendiri terhadap total aset",
        "numerator": "50000000", "denominator": "51500000",
    }  # fmt: skip
    numbers = [Decimal(first[k]) for k in ("ratio", "nilai", "score", "weight")]
    assert numbers == [Decimal("97.09"), 25, Decimal("1.5"), 6]
    assert rows[-1][0] == "Komposit"
    assert rows[-1][1] in ("Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus")
    assert float(rows[-1][6]) == pytest.approx(sum(float(r[6]) for r in rows[1:-1]))
    assert sum(float(r[7]) for r in rows[1:-1]) == 100


def test_the_table_on_stdout_is_indonesian(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP, "--rinci")
    assert (code, err) == (0, "")
    assert "Penilaian kesehatan Perdep 06/2016: tahun buku 2025, per 31 Desember 2025" in out
    assert "Kualitas Aktiva Produktif" in out
    assert "pembilang: Hibah / donasi 50.000.000 [akun 3300]" in out
    assert "Skor komposit " in out
    assert "predikat" in out


@pytest.mark.parametrize("args", [(), ("--scheme", "kkpkk")])
def test_kkpkk_is_the_default_scheme(
    db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *args)
    assert (code, err) == (0, "")
    assert "KKPKK" in out
    assert "Tata Kelola" in out


def test_pdf_is_the_registered_paper_and_verifies(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sehat.pdf"
    code, printed, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                             "--user", "pengawas", "--out", str(target))  # fmt: skip
    assert (code, err, printed.strip()) == (0, "", str(target))
    assert target.read_bytes().startswith(b"%PDF")
    code, printed, _err = run(capsys, "verify", str(target), "--db", db)
    assert code == 0
    assert "Laporan Penilaian Kesehatan Koperasi tahun buku 2025" in printed


def test_xlsx_holds_numbers_as_numbers(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    target = tmp_path / "sehat.xlsx"
    code, _printed, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                              "--out", str(target))  # fmt: skip
    assert (code, err) == (0, "")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[3] == CSV_COLUMNS
    assert rows[4][2] == 50_000_000  # modal sendiri: the hibah, an int cell
    assert rows[4][4] == pytest.approx(97.09)


@pytest.mark.parametrize("name", ["sehat.docx", "sehat"])
def test_another_output_is_refused_and_nothing_written(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    target = tmp_path / name
    code, _out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                          "--out", str(target))  # fmt: skip
    assert code == 1
    assert ".pdf, .csv atau .xlsx" in err
    assert not target.exists()


def _answers(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "jawaban.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_answers_from_a_csv_count_in_the_manajemen_rows(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _answers(tmp_path, "key,value\nperdep.umum.1,ya\nperdep.umum.2,YA\n"
                                "perdep.aktiva.1,tidak\nperdep.likuiditas.5,ya\n")  # fmt: skip
    out = tmp_path / "sehat.csv"
    code, printed, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                             "--user", "pengawas", "--answers", str(source),
                             "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert "4 jawaban dibaca, 4 berubah dan disimpan." in printed
    rows = {r[1]: r for r in csv.reader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert [Decimal(v) for v in rows["3a Manajemen umum"][2:]] == [
        2, 12, Decimal("16.67"), Decimal("16.67"), Decimal("0.5"), 3,
    ]  # fmt: skip
    assert Decimal(rows["3e Manajemen likuiditas"][6]) == Decimal("0.6")
    code, printed, _err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                              "--questions")  # fmt: skip
    lines = list(csv.reader(io.StringIO(printed)))
    assert lines[0] == ["key", "value", "question"]
    assert len(lines) == 1 + 38
    assert lines[1][:2] == ["perdep.umum.1", "ya"]
    assert lines[3][:2] == ["perdep.umum.3", ""]


def test_what_questions_prints_can_be_filled_and_read_back(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, printed, _err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                               "--questions")  # fmt: skip
    filled = printed.replace("perdep.kelembagaan.2,,", "perdep.kelembagaan.2,ya,")
    source = _answers(tmp_path, filled)
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                         "--user", "ketua", "--answers", str(source))  # fmt: skip
    assert (code, err) == (0, "")
    assert "1 jawaban dibaca, 1 berubah dan disimpan." in out


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("key,value\nperdep.umum.1,ya\nperdep.umum.2,mungkin\n", "baris 3: Jawaban 'mungkin'"),
        ("perdep.umum.1,ya\nperdep.umum.99,ya\n", "perdep.umum.99 tidak ada"),
        ("perdep.umum.1,ya\nperdep.umum.1,tidak\n", "baris 2: perdep.umum.1 tertulis dua kali"),
        ("perdep.umum.1;ya\n", "baris 1: harus 2 kolom"),
        ("key,value\n", "tidak berisi jawaban"),
    ],
)
def test_a_wrong_answers_file_writes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, problem: str
) -> None:
    source = _answers(tmp_path, text)
    book = open_book(db)
    before = take_snapshot(book)
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                         "--user", "ketua", "--answers", str(source))  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith("kesalahan: ")
    assert err.count("\n") == 1
    assert problem in err
    assert take_snapshot(book) == before
    book.close()


def test_a_role_without_the_right_cannot_store_answers(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _answers(tmp_path, "perdep.umum.1,ya\n")
    book = open_book(db)
    before = take_snapshot(book)
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                         "--user", "bendahara", "--answers", str(source))  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "kesalahan: Pengguna bendahara (Bendahara) tidak berhak mengisi jawaban penilaian "
        "kesehatan koperasi.\n"
    )
    assert take_snapshot(book) == before
    book.close()


HOSTILE = {**hostile.UNREADABLE, "not utf-8": hostile.not_utf8_nor_cp1252_csv,
           "utf-16": hostile.utf16_csv, "huge field": hostile.huge_field_csv,
           "endless row": hostile.endless_row_csv}  # fmt: skip


@pytest.mark.parametrize("build", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_answers_file_is_refused_in_one_line(
    build: Callable[[Path], Path], db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = build(tmp_path)
    book = open_book(db)
    before = take_snapshot(book)
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", *PERDEP,
                         "--user", "ketua", "--answers", str(source))  # fmt: skip
    assert (code, out) == (1, "")
    assert err.startswith("kesalahan: ")
    assert err.count("\n") == 1
    assert source.name in err
    assert take_snapshot(book) == before
    book.close()


def test_the_admin_sets_the_scheme_and_a_table_from_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "setting", "set-text", "--db", db, "--key", "health.scheme",
                         "--value", "perdep2016")  # fmt: skip
    assert (code, err) == (0, "")
    code, out, err = run(capsys, "setting", "set-text", "--db", db, "--key", "health.perdep.1a",
                         "--value", "20:25;40:50;*:100")  # fmt: skip
    assert (code, err, out) == (0, "", "Tabel nilai Perdep 1a: modal sendiri / total aset: "
                                "20:25,40:50,*:100.\n")  # fmt: skip
    target = tmp_path / "sehat.csv"
    code, _out, err = run(capsys, "health", "--db", db, "--year", "2025", "--out", str(target))
    assert (code, err) == (0, "")
    first = next(r for r in csv.reader(io.StringIO(target.read_text(encoding="utf-8")))
                 if r[1].startswith("1a "))  # fmt: skip
    assert first[4:7] == ["97.09", "100", "6"]  # the new table's last band
    code, out, err = run(capsys, "setting", "set-text", "--db", db, "--key", "health.scheme",
                         "--value", "camel")  # fmt: skip
    assert (code, out) == (1, "")
    assert err == ("kesalahan: Cara penilaian kesehatan: kkpkk (Permenkop 9/2020), perdep2016 "
                   "(Perdep 06/2016) atau pearls (WOCCU, untuk koperasi kredit).\n")  # fmt: skip
    code, out, err = run(capsys, "setting", "list", "--db", db)
    assert "health.scheme" in out
    assert "health.band_sehat" in out


def test_pearls_for_a_credit_union(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "health", "--db", db, "--year", "2025", "--scheme", "pearls",
                         "--rinci")  # fmt: skip
    assert (code, err) == (0, "")
    assert "Penilaian kesehatan PEARLS (WOCCU): tahun buku 2025" in out
    assert "P – Perlindungan" in out
    assert "predikat -." in out  # PEARLS has goals, not a predicate
