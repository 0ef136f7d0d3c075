"""The paths a treasurer's Windows PC gives kopdesk (issue 19), tried on every system
where they can be: the book's default place in the user's data folder (platformdirs:
``%LOCALAPPDATA%\\kopdesk`` on Windows, which the installer's uninstaller leaves
alone), and folders whose names have spaces and non-ASCII letters for the book, its
backups, a USB drive's copy and the exports."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import pytest

from kopdesk.cli import main
from kopdesk.storage.paths import default_book_path
from tests.conftest import PASSWORD

ODD = "Data Bendahara Ñusantara – é 1"
"""A folder name with spaces, non-ASCII letters and a dash Windows users type."""


@pytest.fixture(autouse=True)
def cli_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("KOPDESK_NEW_PASSWORD", PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)
    monkeypatch.delenv("KOPDESK_APPROVER_PASSWORD", raising=False)
    monkeypatch.delenv("KOPDESK_DATABASE_URL", raising=False)


def test_the_default_book_is_in_the_users_data_folder() -> None:
    expected = Path(platformdirs.user_data_dir("kopdesk", appauthor=False)) / "kopdesk.sqlite"
    assert default_book_path() == expected


def test_on_windows_the_data_folder_is_local_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs' Windows rule as kopdesk calls it: not roaming (a book must not
    follow the user to another PC of a domain), no vendor folder."""
    from platformdirs import windows

    folders = {
        "CSIDL_LOCAL_APPDATA": r"C:\Users\Siti Ñurhaliza\AppData\Local",
        "CSIDL_APPDATA": r"C:\Users\Siti Ñurhaliza\AppData\Roaming",
    }
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    found = windows.Windows(appname="kopdesk", appauthor=False).user_data_dir
    assert PureWindowsPath(found) == PureWindowsPath(
        r"C:\Users\Siti Ñurhaliza\AppData\Local\kopdesk"
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG folders: Linux and BSD")
def test_init_without_db_makes_the_book_in_an_odd_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / ODD
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    assert main(["init", "--name", "KSP Maju", "--year", "2025"]) == 0
    book = data / "kopdesk" / "kopdesk.sqlite"
    assert book.is_file()
    assert default_book_path() == book
    capsys.readouterr()
    assert main(["check"]) == 0


def test_book_backups_usb_copy_restore_and_exports_in_odd_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / ODD
    folder.mkdir()
    book = folder / "buku koperasi é.sqlite"
    assert main(["init", "--db", str(book), "--name", "KSP Maju", "--year", "2025"]) == 0
    usb = tmp_path / "USB Flashdisk Ñ" / "cadangan kopdesk"
    usb.mkdir(parents=True)
    capsys.readouterr()
    assert main(["backup", "--db", str(book), "--to", str(usb)]) == 0
    said = capsys.readouterr().out
    copies = [p for p in usb.iterdir() if p.suffix == ".sqlite"]
    assert len(copies) == 1
    assert str(copies[0]) in said
    assert main(["backups", "--db", str(book)]) == 0
    assert main(["check", "--db", str(book)]) == 0
    journal = folder / "jurnal pemeriksa é.journal"
    argv = ["export", "ledger", "--db", str(book), "--format", "beancount", "--out", str(journal)]
    assert main(argv) == 0
    assert journal.read_text(encoding="utf-8").startswith("; Jurnal umum KSP Maju")
    members = folder / "anggota é.xlsx"
    assert main(["export", "members", "--db", str(book), "--out", str(members)]) == 0
    assert members.stat().st_size > 0
    pdf = folder / "neraca saldo é.pdf"
    argv = ["report", "trial-balance", "--db", str(book), "--as-of", "2025-12-31"]
    assert main([*argv, "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
