"""Every import refuses a hostile file in one ``kesalahan:`` line and writes nothing.

The adversarial run of issue 14 found 37 tracebacks: nine kinds of bad file on
each of the four imports (members, savings opening, payroll, loans opening).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.storage.db import open_book
from tests import hostile
from tests.helpers import take_snapshot

IMPORTS = (
    ("members",),
    ("savings-opening",),
    ("payroll", "--date", "2025-02-25"),
    ("loans-opening",),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("buku") / "buku.sqlite"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KOPDESK_PASSWORD", "rahasia-123")
        assert main(["init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025"]) == 0
    return path


@pytest.mark.parametrize("build", hostile.UNREADABLE.values(), ids=hostile.UNREADABLE.keys())
def test_each_import_refuses_a_hostile_file_in_one_line(
    build: Callable[[Path], Path],
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "rahasia-123")
    source = build(tmp_path)
    book = open_book(db)
    before = take_snapshot(book)
    capsys.readouterr()
    for command in IMPORTS:
        code = main(["import", command[0], str(source), *command[1:], "--db", str(db)])
        out, err = capsys.readouterr()
        assert (code, out) == (1, ""), command
        assert err.startswith("kesalahan: "), (command, err)
        assert err.count("\n") == 1, (command, err)
        assert source.name in err, (command, err)
    assert take_snapshot(book) == before
    book.close()


def test_a_utf16_member_list_from_excel_is_imported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "rahasia-123")
    source = hostile.utf16_csv(tmp_path)
    code = main(["import", "members", str(source), "--db", str(db), "--dry-run"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "1 anggota siap diimpor" in out
