"""CLI contract for ``kopdesk member-exit``: the statement and the journal number
are printed, --dry-run writes nothing, a loan offset needs --approver, --out
writes the paper."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from kopdesk.cli import app
from kopdesk.cli import member_exit as cli_member_exit
from kopdesk.domain.permissions import Role
from kopdesk.services.base import users
from kopdesk.storage.db import open_book
from tests.conftest import PASSWORD
from tests.helpers import Snapshot, take_snapshot
from tests.services.member_exit.test_member_exit import deposit, make_loan, make_member

D = dt.date


@pytest.fixture(autouse=True)
def with_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """``kopdesk member-exit`` whether or not app.py registers it yet."""
    original = app.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "member-exit" not in sub.choices:
            cli_member_exit.register(sub)
        return parser

    monkeypatch.setattr(app, "build_parser", build)


def snap(path: Path) -> Snapshot:
    book = open_book(path)
    try:
        return take_snapshot(book)
    finally:
        book.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def members_(book_path: Path) -> tuple[str, str]:
    """Dewi: pokok 100.000 + wajib 600.000, no loan. Eko: 100.000 + 1.200.000 and a
    fresh loan of 1.000.000 (payoff 1.000.000 on 05-02-2025)."""
    book = open_book(book_path)
    with book.read() as s:
        actors = {u.role: u.actor() for u in users.list_users(s)}
    kasir = actors[Role.KASIR]
    dewi = make_member(book, actors[Role.BENDAHARA], "Dewi Sartika", 11)
    eko = make_member(book, actors[Role.BENDAHARA], "Eko Prasetyo", 12)
    deposit(book, kasir, dewi, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, dewi, "wajib", 600_000, D(2025, 1, 2))
    deposit(book, kasir, eko, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, eko, "wajib", 1_200_000, D(2025, 1, 2))
    make_loan(book, actors, eko, 1_000_000, D(2025, 1, 10))
    book.close()
    return dewi, eko


def test_dry_run_then_settle_with_paper(
    capsys: pytest.CaptureFixture[str], book_path: Path, members_: tuple[str, str], tmp_path: Path
) -> None:
    dewi, _eko = members_
    base = ("member-exit", "--db", str(book_path), "--user", "bendahara", "--member", dewi)
    when = ("--date", "05-02-2025", "--reason", "Pindah kerja ke luar kota")
    before = snap(book_path)
    code, out, err = run(capsys, *base, *when, "--dry-run")
    assert (code, err) == (0, "")
    assert "700.000" in out
    assert "Belum dicatat" in out
    assert snap(book_path) == before
    paper = tmp_path / "keluar.pdf"
    code, out, err = run(capsys, *base, *when, "--pay-later", "--out", str(paper))
    assert (code, err) == (0, "")
    assert "Jurnal: JU-2025-" in out
    assert "Status anggota: Keluar" in out
    assert paper.read_bytes().startswith(b"%PDF")


def test_loan_offset_needs_an_approver(
    capsys: pytest.CaptureFixture[str],
    book_path: Path,
    members_: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _dewi, eko = members_
    base = ("member-exit", "--db", str(book_path), "--user", "bendahara", "--member", eko)
    when = ("--date", "05-02-2025", "--reason", "Keluar atas permintaan sendiri")
    before = snap(book_path)
    code, _out, err = run(capsys, *base, *when)
    assert code == 1
    assert "--approver" in err
    assert snap(book_path) == before
    monkeypatch.setenv("KOPDESK_APPROVER_PASSWORD", PASSWORD)
    code, out, err = run(capsys, *base, *when, "--approver", "ketua")
    assert (code, err) == (0, "")
    assert "dikompensasi 1.000.000" in out
    assert "Hak anggota bersih" in out
    assert "300.000" in out
    assert "Jurnal: JU-2025-" in out
