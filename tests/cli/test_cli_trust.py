"""CLI contract of the trust features: sign-in, users, verify-books, verify, audit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kopdesk.cli import main
from tests.conftest import PASSWORD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "buku.sqlite"
    code, _, err = run(capsys, "init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025")
    assert (code, err) == (0, "")
    for day in (5, 6, 7):
        code, _, err = run(
            capsys,
            "journal",
            "post",
            "--db",
            str(path),
            "--date",
            f"2025-02-0{day}",
            "--memo",
            "Setoran wajib",
            "--line",
            "1101:100000",
            "--line",
            "3202:-100000",
        )
        assert (code, err) == (0, "")
    return path


def test_wrong_password_is_refused_without_a_trace_of_the_command(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "salah-sandi-9")
    code, out, err = run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--date",
        "2025-02-08",
        "--memo",
        "x",
        "--line",
        "1101:1",
        "--line",
        "3201:-1",
    )
    assert code == 1
    assert out == ""
    assert err.startswith("kesalahan: Nama pengguna atau kata sandi salah")
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    code, out, _ = run(capsys, "journal", "list", "--db", str(db))
    assert code == 0
    assert len(out.strip().splitlines()) == 3


def test_user_flag_and_role_rights(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", "sandi-awas-1")
    assert (
        run(capsys, "user", "add", "--db", str(db), "--username", "awas", "--role", "pengawas")[0]
        == 0
    )
    monkeypatch.setenv("KOPDESK_PASSWORD", "sandi-awas-1")
    code, _, err = run(
        capsys,
        "journal",
        "post",
        "--db",
        str(db),
        "--user",
        "awas",
        "--date",
        "2025-02-08",
        "--memo",
        "x",
        "--line",
        "1101:1",
        "--line",
        "3201:-1",
    )
    assert code == 1
    assert "Pengawas" in err
    assert "tidak berhak memposting jurnal" in err
    code, out, _ = run(capsys, "audit", "list", "--db", str(db), "--user", "awas", "--by", "admin")
    assert code == 0
    assert "Jurnal dicatat" in out  # the action in words, not its code journal.post
    assert "journal.post" not in out
    code, out, _ = run(capsys, "user", "list", "--db", str(db), "--user", "awas")
    assert "awas" in out
    assert "Pengawas" in out


def test_verify_books_clean_then_tampered(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "verify-books", "--db", str(db))
    assert code == 0
    assert out.startswith("Buku utuh: 3 jurnal")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER trg_journal_line_no_update")
    conn.execute("UPDATE journal_line SET amount = 900000 WHERE entry_id = 2 AND amount > 0")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify-books", "--db", str(db))
    assert code == 1
    assert out.startswith(
        "Buku telah diubah di luar kopdesk: Jurnal JU-2025-000002 telah diubah di luar kopdesk."
    )


def test_verify_a_printed_paper(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "neraca.pdf"
    assert (
        run(
            capsys,
            "report",
            "trial-balance",
            "--db",
            str(db),
            "--as-of",
            "2025-12-31",
            "--out",
            str(pdf),
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "verify", str(pdf), "--db", str(db))
    assert code == 0
    assert out.startswith("Dokumen asli dan utuh: DOK-")
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    altered = tmp_path / "neraca-diubah.pdf"
    altered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(altered), "--db", str(db))
    assert code == 1
    assert "diubah setelah dicetak" in out or "bukan dokumen kopdesk" in out
    code, _, err = run(capsys, "verify", str(tmp_path / "tidak-ada.pdf"), "--db", str(db))
    assert code == 1
    assert "tidak dapat dibaca" in err


def test_settings_and_lockout(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys, "setting", "set", "--db", str(db), "--key", "login.max_failures", "--value", "3"
    )
    assert (code, err) == (0, "")
    code, _, err = run(
        capsys, "setting", "set", "--db", str(db), "--key", "login.max_failures", "--value", "1"
    )
    assert code == 1
    assert "antara 3 dan 20" in err
    # Issue 14 item 6: a kurang-lancar limit of 500 beside 180/360 makes no sense.
    code, _, err = run(
        capsys, "setting", "set", "--db", str(db), "--key", "loans.grade_kurang_lancar_days",
        "--value", "500",
    )  # fmt: skip
    assert code == 1
    assert err.startswith("kesalahan: ")
    assert "kurang lancar (500) < diragukan (180) < macet (360)" in err
    monkeypatch.setenv("KOPDESK_PASSWORD", "salah-sandi-9")
    for _ in range(3):
        run(capsys, "journal", "list", "--db", str(db))
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "journal", "list", "--db", str(db))
    assert code == 1
    assert "dikunci" in err


def test_password_is_required_when_not_in_a_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KOPDESK_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kopdesk",
            "init",
            "--db",
            str(tmp_path / "x.sqlite"),
            "--name",
            "KSP X",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert "KOPDESK_PASSWORD" in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_year_reopen_with_approver(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE fiscal_year SET status = 'closed' WHERE year = 2025")
    conn.commit()
    conn.close()
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", "sandi-ketua-1")
    assert (
        run(capsys, "user", "add", "--db", str(db), "--username", "ketua", "--role", "ketua")[0]
        == 0
    )
    args = [
        "year",
        "reopen",
        "--db",
        str(db),
        "--year",
        "2025",
        "--reason",
        "Koreksi catatan pemeriksa",
    ]
    code, _, err = run(capsys, *args)
    assert code == 1
    assert "persetujuan pengguna kedua" in err
    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", "sandi-ketua-1")
    code, out, err = run(capsys, *args, "--approver", "ketua")
    assert (code, err) == (0, "")
    assert "dibuka kembali" in out
    code, out, _ = run(capsys, "year", "list", "--db", str(db))
    assert "2025" in out
    assert "terbuka" in out


def test_verify_fails_when_the_history_before_the_paper_changed(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    """A genuine paper over a history changed since it was printed: the command
    says PERHATIAN and exits non-zero, so a script cannot mistake it for a pass."""
    pdf = tmp_path / "neraca.pdf"
    code, _, err = run(
        capsys,
        "report",
        "trial-balance",
        "--db",
        str(db),
        "--as-of",
        "2025-12-31",
        "--out",
        str(pdf),
    )
    assert (code, err) == (0, "")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER trg_journal_entry_no_update")
    conn.execute("UPDATE journal_entry SET hash = prev_hash WHERE chain_seq = 3")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify", str(pdf), "--db", str(db))
    assert "PERHATIAN" in out
    assert code == 1
