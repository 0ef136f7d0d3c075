"""Absurd arguments get one ``kesalahan:`` line, never a traceback (issue 14, item 17).

The adversarial run: ``--year 99999999999999999999`` on close-year, balance-sheet
and shu compute, ``audit list --limit 10^30`` (``OverflowError`` from SQLite) and a
``mysql://`` URL (``ModuleNotFoundError``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kopdesk.cli import main
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot

HUGE = "99999999999999999999"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("buku") / "buku.sqlite"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KOPDESK_PASSWORD", "rahasia-123")
        assert main(["init", "--db", str(path), "--name", "KSP Amanah", "--year", "2025"]) == 0
    return path


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run ``argv``; it must fail with one ``kesalahan:`` line on stderr."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code != 0, (argv, out)
    assert err.startswith("kesalahan: "), (argv, err)
    assert err.count("\n") == 1, (argv, err)
    return err


@pytest.mark.parametrize(
    "argv",
    [
        ("close-year", "--year", HUGE),
        ("close-year", "--year", "-5"),
        ("report", "balance-sheet", "--year", HUGE, "--out", "neraca.pdf"),
        ("report", "income", "--year", "10" * 3000, "--out", "phu.pdf"),
        ("shu", "compute", "--year", HUGE),
        ("shu", "plan", "--year", HUGE),
        ("rat", "rapb", "--year", HUGE, "--show"),
        ("year", "open", "--year", HUGE),
        ("year", "reopen", "--year", HUGE, "--reason", "salah tutup"),
    ],
)
def test_an_absurd_year_is_refused_naming_the_range(
    argv: tuple[str, ...],
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "rahasia-123")
    monkeypatch.chdir(tmp_path)
    book = open_book(db)
    before = take_snapshot(book)
    err = refused(capsys, *argv, "--db", str(db))
    assert "--year" in err
    assert "1990" in err
    assert "2100" in err
    assert take_snapshot(book) == before
    assert list(tmp_path.iterdir()) == []
    book.close()


@pytest.mark.parametrize("limit", ["1" + "0" * 30, "0", "-3", "sepuluh"])
def test_audit_list_refuses_an_absurd_limit(
    limit: str, db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "rahasia-123")
    err = refused(capsys, "audit", "list", "--limit", limit, "--db", str(db))
    assert "--limit" in err


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (
            (
                "loan",
                "simulate",
                "--principal",
                "1000000",
                "--rate",
                "1",
                "--rate-period",
                "month",
                "--method",
                "flat",
                "--tenor",
                HUGE,
            ),
            "--tenor",
        ),
        (("report", "balance-sheet", "--year", "2025", "--month", HUGE), "bulan"),
        (("report", "income", "--year", "2025", "--quarter", HUGE), "triwulan"),
    ],
)
def test_other_whole_numbers_are_refused_when_absurd(
    argv: tuple[str, ...],
    option: str,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", "rahasia-123")
    monkeypatch.chdir(tmp_path)
    assert option in refused(capsys, *argv, "--db", str(db))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://kop:rahasia@localhost/buku", "mysql"),
        ("oracle://kop@localhost/buku", "oracle"),
        ("postgresql+psycopg://kop@[::1/buku", "URL"),
        ("mongodb://", "mongodb"),
    ],
)
def test_a_database_url_kopdesk_cannot_use_is_refused(
    url: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = refused(capsys, "member", "list", "--db", url)
    assert expected in err
    assert "SQLite" in err
    assert "PostgreSQL" in err
