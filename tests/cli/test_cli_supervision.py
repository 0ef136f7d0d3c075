"""CLI round trip of the pengawas' work: ``kopdesk supervision …`` and
``kopdesk report berita-acara``; the pengurus are refused and only respond."""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.cli import main
from tests.conftest import PASSWORD
from tests.reports.pdftext import pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "buku.sqlite"
    assert run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")[0] == 0
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", PASSWORD)
    for role in ("pengawas", "bendahara"):
        code, _, err = run(
            capsys,
            "user",
            "add",
            "--db",
            str(path),
            "--username",
            role,
            "--role",
            role,
            "--full-name",
            role,
        )
        assert (code, err) == (0, ""), err
    code, _, err = run(
        capsys, "journal", "post", "--db", str(path), "--user", "bendahara",
        "--date", "2025-02-05", "--memo", "Modal kas", "--line", "1101:1500000",
        "--line", "3202:-1500000",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    return path


def test_round_trip(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    as_pengawas = ("--db", str(db), "--user", "pengawas")
    code, out, err = run(
        capsys, "supervision", "cash-count", *as_pengawas, "--counts", "100000=14,50000=1,500=3",
        "--date", "2025-02-06", "--time", "09:30", "--witness", "Agus Salim",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "fisik Rp1.451.500, buku Rp1.500.000, selisih Rp48.500 (kurang)" in out
    code, out, err = run(
        capsys, "supervision", "sample", *as_pengawas, "--kind", "jurnal",
        "--from", "2025-02-01", "--to", "2025-02-28", "--size", "3", "--seed", "4",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("SP-2025-001: 1 dari 1, benih acak 4")
    code, _, err = run(capsys, "supervision", "tick", *as_pengawas, "--sample", "sp-2025-001",
                       "--item", "1", "--note", "Bukti lengkap")  # fmt: skip
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "supervision", "finding", *as_pengawas, "--date", "2025-02-06",
                       "--title", "Uang kas kurang Rp48.500")  # fmt: skip
    assert out.startswith("TM-2025-001")
    code, _, err = run(capsys, "supervision", "respond", "--db", str(db), "--user", "bendahara",
                       "--number", "TM-2025-001", "--response", "Diganti kasir")  # fmt: skip
    assert (code, err) == (0, "")
    out_pdf = tmp_path / "ba.pdf"
    code, _, err = run(capsys, "report", "berita-acara", "--db", str(db), "--year", "2025",
                       "--out", str(out_pdf))  # fmt: skip
    assert (code, err) == (0, "")
    text = pdf_text(out_pdf.read_bytes())
    for expected in ("KO-2025-001", "1.451.500", "-48.500", "Bukti lengkap", "Diganti kasir"):
        assert expected in text


def test_the_bendahara_is_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, _, err = run(
        capsys, "supervision", "cash-count", "--db", str(db), "--user", "bendahara",
        "--counts", "100000=1", "--witness", "Agus Salim",
    )  # fmt: skip
    assert code != 0
    assert "tidak berhak" in err
    code, out, _ = run(capsys, "supervision", "list", "--db", str(db), "--year", "2025")
    assert (code, out) == (0, "")


def test_bad_counts_are_refused_in_indonesian(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(
        capsys, "supervision", "cash-count", "--db", str(db), "--user", "pengawas",
        "--counts", "100000=dua", "--witness", "Agus Salim",
    )  # fmt: skip
    assert code != 0
    assert "harus bilangan bulat" in err
