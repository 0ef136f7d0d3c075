"""A refused command writes nothing: no approval, no audit record, no document
number, no backup (issue 14, item 20).

The adversarial run found ``loan restructure``, ``write-off``, ``year reopen`` and
``journal reverse`` storing an approval grant and its audit record although the
command was then refused for its arguments; ``report ... --out /nonexistent/x.pdf``
registering a document number; and a kasir's ``close-year`` making a 7.5 MB
pre-close backup before the rights check refused it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.storage.db import open_book
from tests.helpers import Snapshot, take_snapshot

PASSWORD = "rahasia-123"


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A book with an old entry (reversing it needs approval), a ketua who may
    approve, a kasir and a pengawas; every user's password is ``PASSWORD``."""
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", PASSWORD)
    path = tmp_path / "buku.sqlite"
    assert main(["init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025"]) == 0
    for name in ("ketua", "kasir", "pengawas"):
        argv = ["user", "add", "--db", str(path), "--username", name, "--role", name]
        assert main(argv) == 0
    post = ["journal", "post", "--db", str(path), "--date", "2025-01-06", "--memo", "Listrik"]
    assert main([*post, "--line", "5205:250000", "--line", "1101:-250000"]) == 0
    capsys.readouterr()
    return path


def refused(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[str, Snapshot]:
    """Run ``argv``; it must fail in one line. Returns the line and the book after."""
    book = open_book(db)
    before = take_snapshot(book)
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    assert code != 0, (argv, out)
    assert err.startswith("kesalahan: "), err
    after = take_snapshot(book)
    book.close()
    assert after == before, argv
    return err, after


@pytest.mark.parametrize(
    "argv",
    [
        ("journal", "reverse", "--entry", "JU-2025-000001", "--date", "2025-01-01"),
        ("journal", "reverse", "--entry", "JU-2025-009999", "--date", "2025-02-01"),
        ("loan", "restructure", "--number", "PJ-2025-0001", "--date", "2025-03-01",
         "--tenor", "12", "--reason", "x"),
        ("loan", "write-off", "--number", "PJ-2025-0001", "--date", "2025-03-01",
         "--reason", "x"),
        ("year", "reopen", "--year", "2025", "--reason", "salah"),
        ("savings", "correct", "--number", "BKM-2025-000001", "--date", "2025-03-01",
         "--reason", "x"),
    ],
)  # fmt: skip
def test_a_refused_command_with_an_approver_stores_no_approval(
    argv: tuple[str, ...], db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(capsys, db, *argv, "--approver", "ketua")


def test_an_approval_is_asked_and_used_only_when_the_action_goes_through(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrong approver password after valid arguments stores nothing either,
    except the approver's failure count; the right one reverses the entry."""
    argv = ["journal", "reverse", "--entry", "JU-2025-000001", "--date", "2025-01-07"]
    err, _ = refused(capsys, db, *argv)
    assert "--approver" in err
    code = main([*argv, "--db", str(db), "--approver", "ketua"])
    out, err = capsys.readouterr()
    assert (code, out.strip(), err) == (0, "JU-2025-000002", "")
    book = open_book(db)
    grants = take_snapshot(book)["approval_grant"]
    book.close()
    assert len(grants) == 1


def test_a_report_to_a_missing_folder_registers_no_document(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tidak-ada" / "neraca-saldo.pdf"
    err, _ = refused(capsys, db, "report", "trial-balance", "--out", str(target))
    assert "tidak-ada" in err
    assert not target.parent.exists()


def test_a_kasir_cannot_close_the_year_and_no_backup_is_made(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = files_under(tmp_path)
    err, _ = refused(capsys, db, "close-year", "--year", "2025", "--user", "kasir")
    assert "tidak berhak" in err.lower() or "hak" in err.lower()
    assert files_under(tmp_path) == files


def test_a_year_not_ready_to_close_makes_no_backup(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2026 is not over (today is 4 December 2026) and 2025 is still open."""
    assert main(["year", "open", "--year", "2026", "--db", str(db)]) == 0
    files = files_under(tmp_path)
    err, _ = refused(capsys, db, "close-year", "--year", "2026")
    assert "belum dapat ditutup" in err
    assert files_under(tmp_path) == files


def test_a_pengawas_cannot_import_members_and_no_backup_is_made(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "anggota.csv"
    source.write_text(
        "No. Anggota,Nama Lengkap,NIK,Tanggal Masuk\nA-1,Siti Aminah,3273015504900002,02-01-2020\n",
        encoding="utf-8",
    )
    files = files_under(tmp_path)
    refused(capsys, db, "import", "members", str(source), "--user", "pengawas")
    assert files_under(tmp_path) == files
