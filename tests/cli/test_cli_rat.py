"""CLI contract for the RAT book and the SHU papers: ``kopdesk report
rat|shu-list|shu-slip|shu-receipt`` and ``kopdesk rat text|rapb``.

The book is the closed 2025 of ``tests/services/closing/test_rat.py`` (two members
sharing the SHU, Citra joining in 2026), built once per module."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.cli.common import csv_bytes
from kopdesk.cli.rat import RAPB_COLUMNS, read_rapb_csv
from kopdesk.domain.papers.rat import RapbRow
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.services.closing import rat_inputs, shu_payout
from kopdesk.storage.db import open_book
from tests.reports.pdftext import pdf_pages, pdf_text
from tests.services.closing.test_rat import build_closed_2025

D = dt.date


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def closed_book(
    template_book: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("rat") / "buku.sqlite"
    shutil.copyfile(template_book, path)
    book = open_book(path)
    try:
        with book.read() as s:
            actors = {u.role: u.actor() for u in users.list_users(s)}
        people = build_closed_2025(book, actors[Role.BENDAHARA], actors[Role.KASIR])
        with book.unit_of_work() as s:
            paid = shu_payout.pay(
                s, actors[Role.KASIR], 2025, people["ani"], on=D(2026, 1, 25), method="tunai"
            )
        people["receipt"] = paid.receipt_number
        with book.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()
    return path, people


@pytest.fixture
def db(closed_book: tuple[Path, dict[str, str]], tmp_path: Path) -> tuple[str, dict[str, str]]:
    path = tmp_path / "buku.sqlite"
    shutil.copyfile(closed_book[0], path)
    return str(path), closed_book[1]


def test_rat_book_with_progress_and_warnings(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    path, people = db
    out = tmp_path / "buku-rat.pdf"
    code, stdout, err = run(
        capsys, "report", "rat", "--db", path, "--year", "2025", "--out", str(out)
    )
    assert code == 0, err
    assert stdout.strip() == str(out)
    lines = err.splitlines()
    progress = [line for line in lines if "%" in line]
    percents = [int(line.split("%")[0]) for line in progress]
    assert percents == sorted(percents)
    assert percents[0] == 0
    assert progress[-1].strip() == "100% Selesai"
    assert any("Menata halaman" in line for line in progress)
    warnings = [line for line in lines if line.startswith("peringatan:")]
    assert warnings == [
        "peringatan: Laporan Pengurus belum diisi (kopdesk rat text --year 2025 --key "
        "laporan_pengurus --file BERKAS)",
        "peringatan: Laporan Pengawas belum diisi (kopdesk rat text --year 2025 --key "
        "laporan_pengawas --file BERKAS)",
        "peringatan: Rencana Kerja Tahun 2026 belum diisi (kopdesk rat text --year 2025 --key "
        "rencana_kerja --file BERKAS)",
        "peringatan: RAPB belum diisi (kopdesk rat rapb --year 2025 --file RAPB.csv)",
    ]
    pages = [" ".join(p.split()) for p in pdf_pages(out.read_bytes())]
    text = " ".join(pages)
    assert "LAPORAN PERTANGGUNGJAWABAN PENGURUS" in text
    assert "LAMPIRAN 2. DAFTAR PEMBAGIAN SHU ANGGOTA" in text
    for title, heading in (
        ("A. Laporan Posisi Keuangan", "LAPORAN POSISI KEUANGAN"),
        ("B. Laporan Perhitungan Hasil Usaha", "LAPORAN PERHITUNGAN HASIL USAHA"),
        ("E. Catatan atas Laporan Keuangan", "CATATAN ATAS LAPORAN KEUANGAN"),
    ):
        found = re.search(re.escape(title) + r"[ .]*?(\d+)", pages[1])
        assert found is not None, title
        assert heading in pages[int(found.group(1)) - 1], title
    assert people["ani"] in text
    assert people["citra"] not in text  # joined in 2026


def test_texts_and_rapb_then_a_book_without_warnings(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    path, _people = db
    for key, body in (
        ("laporan_pengurus", "Tahun yang baik.\n\n- Rapat 12 kali."),
        ("laporan_pengawas", "Pembukuan tertib."),
        ("rencana_kerja", "Menambah anggota."),
    ):
        source = tmp_path / f"{key}.txt"
        source.write_text(body, encoding="utf-8")
        code, stdout, err = run(
            capsys,
            "rat",
            "text",
            "--db",
            path,
            "--year",
            "2025",
            "--key",
            key,
            "--file",
            str(source),
        )
        assert (code, err) == (0, ""), err
        assert "disimpan" in stdout
    code, stdout, _err = run(
        capsys, "rat", "text", "--db", path, "--year", "2025", "--key", "laporan_pengurus", "--show"
    )
    assert (code, stdout) == (0, "Tahun yang baik.\n\n- Rapat 12 kali.\n")
    table = tmp_path / "rapb.csv"
    table.write_text(
        "uraian,realisasi,anggaran,kelompok\n"
        'Jasa pinjaman anggota,1.250.000,"Rp1.500.000",pendapatan\n'
        "Gaji karyawan,900000,1000000,beban\n"
        "Pembelian komputer,0,12.000.000\n",
        encoding="utf-8",
    )
    code, stdout, err = run(
        capsys, "rat", "rapb", "--db", path, "--year", "2025", "--file", str(table)
    )
    assert (code, err) == (0, ""), err
    assert "3 baris" in stdout
    code, stdout, _err = run(capsys, "rat", "rapb", "--db", path, "--year", "2025", "--show")
    assert list(csv.reader(io.StringIO(stdout))) == [
        ["uraian", "realisasi", "anggaran", "kelompok"],
        ["Jasa pinjaman anggota", "1250000", "1500000", "pendapatan"],
        ["Gaji karyawan", "900000", "1000000", "beban"],
        ["Pembelian komputer", "0", "12000000", ""],
    ]
    out = tmp_path / "buku.pdf"
    code, _stdout, err = run(
        capsys, "report", "rat", "--db", path, "--year", "2025", "--out", str(out)
    )
    assert code == 0
    assert "peringatan" not in err
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert "Tahun yang baik." in text
    assert "Jumlah pendapatan 1.250.000 1.500.000" in text


def test_suggested_rapb_is_csv_of_the_years_phu(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]]
) -> None:
    path, _people = db
    code, stdout, _err = run(capsys, "rat", "rapb", "--db", path, "--year", "2025", "--suggest")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    book = open_book(path)
    try:
        with book.read() as s:
            expected = rat_inputs.suggest_rapb(s, 2025)
    finally:
        book.close()
    assert [(r["uraian"], int(r["realisasi"]), r["kelompok"]) for r in rows] == [
        (r.uraian, r.realisasi, r.kelompok) for r in expected
    ]
    assert ("Jasa pelayanan lain", 20_000_000, "pendapatan") in [
        (r["uraian"], int(r["realisasi"]), r["kelompok"]) for r in rows
    ]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (("rat", "text", "--year", "2025", "--key", "kata_sambutan", "--show"), 2, "pilihan"),
        (
            ("rat", "text", "--year", "2025", "--key", "notulen", "--file", "/tidak/ada.txt"),
            1,
            "tidak ada",
        ),
        (("report", "rat", "--year", "2025", "--out", "buku.csv"), 1, ".pdf"),
        (("report", "rat", "--year", "2031", "--out", "buku.pdf"), 1, "Tahun buku 2031"),
        (
            ("report", "shu-receipt", "--number", "SHU-2026-999999", "--out", "k.pdf"),
            1,
            "tidak ditemukan",
        ),
        (
            ("report", "shu-slip", "--year", "2025", "--member", "A-9999", "--out", "s.pdf"),
            1,
            "A-9999",
        ),
    ],
)
def test_mistakes_are_refused(
    capsys: pytest.CaptureFixture[str],
    db: tuple[str, dict[str, str]],
    tmp_path: Path,
    argv: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    path, _people = db
    args = [a if not a.endswith((".pdf", ".csv")) else str(tmp_path / a) for a in argv]
    got, _stdout, err = run(capsys, *args[:2], "--db", path, *args[2:])
    assert got == code
    assert message in err
    assert not [*tmp_path.glob("*.pdf"), *tmp_path.glob("*.csv")]


def test_bad_rapb_csv_names_the_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    path, _people = db
    table = tmp_path / "rapb.csv"
    table.write_text("Jasa pinjaman,1.250.000,1.500.000\nGaji,9,5 juta\n", encoding="utf-8")
    code, _stdout, err = run(
        capsys, "rat", "rapb", "--db", path, "--year", "2025", "--file", str(table)
    )
    assert code == 1
    assert "Baris 2" in err
    code, stdout, _err = run(capsys, "rat", "rapb", "--db", path, "--year", "2025", "--show")
    assert stdout == "uraian,realisasi,anggaran,kelompok\n"


def test_shu_list_csv_and_pdf(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    path, people = db
    out = tmp_path / "shu.csv"
    code, _stdout, err = run(
        capsys, "report", "shu-list", "--db", path, "--year", "2025", "--out", str(out)
    )
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["member"] for r in rows] == [people["ani"], people["budi"]]
    assert list(rows[0]) == [
        "member",
        "name",
        "modal_basis",
        "usaha_basis",
        "jasa_modal",
        "jasa_usaha",
        "total",
        "paid",
    ]
    ani = rows[0]
    assert int(ani["total"]) == int(ani["jasa_modal"]) + int(ani["jasa_usaha"]) == int(ani["paid"])
    assert (ani["modal_basis"], ani["usaha_basis"]) == ("700000", "270000")
    assert rows[1]["paid"] == "0"
    pdf = tmp_path / "shu.pdf"
    code, _stdout, err = run(
        capsys, "report", "shu-list", "--db", path, "--year", "2025", "--out", str(pdf)
    )
    assert code == 0
    assert "DAFTAR PEMBAGIAN SISA HASIL USAHA" in pdf_text(pdf.read_bytes())


def test_slips_and_receipt(
    capsys: pytest.CaptureFixture[str], db: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    path, people = db
    some, every = tmp_path / "slip.pdf", tmp_path / "semua.pdf"
    code, _stdout, err = run(
        capsys,
        "report",
        "shu-slip",
        "--db",
        path,
        "--year",
        "2025",
        "--member",
        people["budi"].lower(),
        "--out",
        str(some),
    )
    assert code == 0, err
    (page,) = pdf_pages(some.read_bytes())
    assert people["budi"] in page
    assert "Belum dibayar" in page
    code, _stdout, _err = run(
        capsys, "report", "shu-slip", "--db", path, "--year", "2025", "--out", str(every)
    )
    pages = pdf_pages(every.read_bytes())
    assert [people["ani"] in p for p in pages] == [True, False]
    assert "Dibayar tunai tanggal 25 Januari 2026" in " ".join(pages[0].split())
    receipt = tmp_path / "kuitansi.pdf"
    code, _stdout, err = run(
        capsys,
        "report",
        "shu-receipt",
        "--db",
        path,
        "--number",
        people["receipt"],
        "--out",
        str(receipt),
    )
    assert code == 0, err
    text = " ".join(pdf_text(receipt.read_bytes()).split())
    assert "KUITANSI PEMBAYARAN SHU" in text
    assert people["receipt"] in text


def test_rapb_shown_as_csv_reads_back_as_typed() -> None:
    """``rat rapb --show`` escapes a formula-like uraian with an apostrophe (so a
    spreadsheet shows it as text); ``rat rapb --file`` reads it back as it was."""
    rows = [
        RapbRow("- Jasa pinjaman anggota", 1_250_000, 1_500_000, "pendapatan"),
        RapbRow("=SUM(B2:B9)", 0, 1, "beban"),
        RapbRow("'Kutipan' biasa", -5, 7, ""),
    ]
    text = csv_bytes(RAPB_COLUMNS, [(r.uraian, r.realisasi, r.anggaran, r.kelompok) for r in rows])
    assert "'- Jasa pinjaman anggota" in text.decode("utf-8")
    assert read_rapb_csv(text.decode("utf-8")) == rows
