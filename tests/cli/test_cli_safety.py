"""``backup``, ``backups``, ``restore`` and ``check`` at the command line (issue 14):
one ``kesalahan: ...`` line and a non-zero exit for what is refused, never a
traceback, and nothing written."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest

from kopdesk.cli import app
from kopdesk.storage.locking import WriterLock
from tests.filetree import mode, tree

APPROVER = ("--user", "admin", "--approver", "ketua")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one error line of a refused command."""
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, ""), err
    assert err.startswith("kesalahan: ")
    assert err.count("\n") == 1, err
    return err


def post(capsys: pytest.CaptureFixture[str], db: Path, day: str) -> None:
    code, _out, err = run(
        capsys, "journal", "post", "--db", str(db), "--date", day, "--memo", "Setoran",
        "--line", "1101:1000", "--line", "3201:-1000",
    )  # fmt: skip
    assert code == 0, err


def entries(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    code, out, err = run(capsys, "journal", "list", "--db", str(db))
    assert code == 0, err
    return [line.split()[0] for line in out.splitlines() if line.startswith("JU-")]


def backup(capsys: pytest.CaptureFixture[str], db: Path) -> Path:
    code, out, err = run(capsys, "backup", "--db", str(db))
    assert code == 0, err
    return Path(out.strip())


@pytest.fixture(autouse=True)
def approver_password(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import PASSWORD

    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", PASSWORD)


def test_backup_to_a_missing_folder_is_an_error(
    capsys: pytest.CaptureFixture[str], book_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "media" / "usb"
    before = tree(tmp_path)
    err = refused(capsys, "backup", "--db", str(book_path), "--to", str(usb))
    assert str(usb) in err
    assert tree(tmp_path) == before


def test_backups_lists_a_changed_backup_as_unchecked(
    capsys: pytest.CaptureFixture[str], book_path: Path
) -> None:
    made = backup(capsys, book_path)
    code, out, _ = run(capsys, "backups", "--db", str(book_path))
    assert code == 0
    assert "terperiksa" in out
    data = bytearray(made.read_bytes())
    data[-100] ^= 0x01  # one bit of the last page
    made.write_bytes(bytes(data))
    code, out, _ = run(capsys, "backups", "--db", str(book_path))
    assert code == 0
    [line] = out.splitlines()
    assert "BELUM DIPERIKSA" in line


def test_a_newer_kopdesks_backup_is_refused_and_the_book_keeps_working(
    capsys: pytest.CaptureFixture[str], book_path: Path, tmp_path: Path
) -> None:
    post(capsys, book_path, "2025-01-05")
    newer = tmp_path / "baru.sqlite"
    shutil.copyfile(backup(capsys, book_path), newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    conn.commit()
    conn.close()
    post(capsys, book_path, "2025-01-06")
    before = tree(book_path.parent)
    err = refused(capsys, "restore", "--db", str(book_path), "--from", str(newer), *APPROVER)
    assert "versi yang lebih baru" in err
    assert tree(book_path.parent) == before
    assert entries(capsys, book_path) == ["JU-2025-000001", "JU-2025-000002"]


def test_restore_then_restore_the_copy_kept_before_it(
    capsys: pytest.CaptureFixture[str], book_path: Path
) -> None:
    post(capsys, book_path, "2025-01-05")
    made = backup(capsys, book_path)
    post(capsys, book_path, "2025-01-06")
    code, out, err = run(capsys, "restore", "--db", str(book_path), "--from", str(made), *APPROVER)
    assert code == 0, err
    assert entries(capsys, book_path) == ["JU-2025-000001"]
    kept = Path(out.strip().rsplit(" disimpan di ", 1)[1].rstrip("."))
    code, _out, err = run(capsys, "restore", "--db", str(book_path), "--from", str(kept), *APPROVER)
    assert code == 0, err
    assert entries(capsys, book_path) == ["JU-2025-000001", "JU-2025-000002"]
    assert mode(book_path) == 0o600


def test_restoring_a_file_with_many_damaged_bytes_is_one_line(
    capsys: pytest.CaptureFixture[str], book_path: Path, tmp_path: Path
) -> None:
    made = backup(capsys, book_path)
    data = bytearray(made.read_bytes())
    for n in range(200):
        data[4096 + n * 997 % (len(data) - 4096)] ^= 0xA5
    damaged = tmp_path / "rusak.sqlite"
    damaged.write_bytes(bytes(data))
    before = tree(book_path.parent)
    err = refused(capsys, "restore", "--db", str(book_path), "--from", str(damaged), *APPROVER)
    assert "rusak" in err
    assert tree(book_path.parent) == before


def test_only_init_makes_a_book_of_an_empty_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "buku.sqlite"
    empty.write_bytes(b"")
    for argv in (
        ("journal", "list", "--db", str(empty)),
        ("check", "--db", str(empty)),
        ("backup", "--db", str(empty)),
    ):
        err = refused(capsys, *argv)
        assert "kosong" in err
        assert "kopdesk init" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["buku.sqlite"]
    assert empty.read_bytes() == b""
    code, _out, err = run(capsys, "init", "--db", str(empty), "--name", "KSP Baru")
    assert code == 0, err  # an empty file holds nothing: init makes the book in it
    assert entries(capsys, empty) == []
    assert mode(empty) == 0o600


def test_init_on_a_full_disk_leaves_nothing_and_the_retry_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.storage.test_storage import disk_full_for_new_files

    db = tmp_path / "kantor" / "buku.sqlite"
    with disk_full_for_new_files():
        err = refused(capsys, "init", "--db", str(db), "--name", "KSP Baru", "--year", "2025")
    assert "Disk penuh" in err
    assert not db.parent.exists()
    code, _out, err = run(capsys, "init", "--db", str(db), "--name", "KSP Baru", "--year", "2025")
    assert code == 0, err
    assert (mode(db.parent), mode(db)) == (0o700, 0o600)


def test_a_write_command_works_when_the_lock_note_cannot_be_written(
    capsys: pytest.CaptureFixture[str], book_path: Path
) -> None:
    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as full:
        full.setattr(WriterLock, "_write", no_space)
        post(capsys, book_path, "2025-01-05")
    assert entries(capsys, book_path) == ["JU-2025-000001"]
