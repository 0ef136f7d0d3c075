"""Laporan → "Mutasi simpanan anggota" finds the member with the counter's member
finder (by number or part of a name) and refuses an unknown or ambiguous member
before any save dialog (issue 17, defect 8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.members.register import MemberInput, register_member
from kopdesk.services.savings.counter import deposit
from kopdesk.storage.db import Book
from kopdesk.ui.kit import printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.reports import ReportsPage
from tests.ui.helpers import Shown
from tests.ui.member_data import nik

ON = dt.date(2025, 6, 30)


@pytest.fixture
def page(qtbot: QtBot, book: Book, actors: dict[Role, Actor]) -> ReportsPage:
    """Siti Aminah (A-0001) and Siti Rahayu (A-0002) have savings."""
    bendahara = actors[Role.BENDAHARA]
    with book.unit_of_work() as s:
        for serial, name in ((1, "Siti Aminah"), (2, "Siti Rahayu")):
            data = MemberInput(
                full_name=name, nik=nik(serial, female=True, born=dt.date(1990, 4, serial)),
                birth_date=None, join_date=dt.date(2025, 1, 2),
            )  # fmt: skip
            number = register_member(s, bendahara, data).number
            deposit(s, bendahara, member=number, product="sukarela", amount=75_000, on=ON)
    widget = ReportsPage(Ops(book, bendahara))
    qtbot.addWidget(widget)
    widget.statement_from.set_value(dt.date(2025, 1, 1))
    widget.statement_to.set_value(ON)
    return widget


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, shown: Shown) -> list[str]:
    """The file names the save dialog was opened with."""
    names: list[str] = []

    def ask(_parent: object, suggested: str, _pattern: str) -> Path | None:
        names.append(suggested)
        return shown.save_to

    monkeypatch.setattr(printing, "ask_save_path", ask)
    return names


def test_a_name_typed_and_picked_prints_that_members_statement(
    qtbot: QtBot, page: ReportsPage, shown: Shown, asked: list[str], tmp_path: Path
) -> None:
    finder = page.statement_finder
    qtbot.keyClicks(finder.edit, "rahayu")
    qtbot.keyClick(finder.edit, Qt.Key.Key_Return)
    assert page.statement_number == "A-0002"
    shown.save_to = tmp_path / "mutasi.pdf"
    page.print_statement()
    assert asked == ["mutasi-simpanan-A-0002-2025-01-01-2025-06-30.pdf"]
    assert shown.save_to.read_bytes().startswith(b"%PDF")


def test_the_only_match_or_an_exact_number_needs_no_pick(
    page: ReportsPage, shown: Shown, asked: list[str], tmp_path: Path
) -> None:
    shown.save_to = tmp_path / "mutasi.pdf"
    for typed, number in (("aminah", "A-0001"), ("a-0002", "A-0002")):
        page.statement_finder.clear()
        page.statement_finder.edit.setText(typed)
        page.print_statement()
        assert page.statement_number == number
        assert asked[-1].startswith(f"mutasi-simpanan-{number}-")
    assert len(asked) == 2


def test_an_unknown_or_ambiguous_member_is_refused_before_the_save_dialog(
    page: ReportsPage, shown: Shown, asked: list[str], tmp_path: Path
) -> None:
    shown.save_to = tmp_path / "mutasi.pdf"
    error = page.statement_error
    for typed, says in (
        ("siti", "2 members match"),
        ("Bambang", "No member matches"),
        ("", "Type a member number or name"),
    ):
        page.statement_finder.clear()
        page.statement_finder.edit.setText(typed)
        page.print_statement()
        assert says in error.text()
        assert not error.isHidden()
    assert asked == []
    assert not shown.save_to.exists()
    assert shown.errors == []
    # picking from the list clears the message; typing again forgets the pick
    page.statement_finder.edit.setText("siti")
    page.statement_finder.search()
    page.statement_finder.view.picked.emit(1)
    assert page.statement_number is not None
    assert error.isHidden()
    page.statement_finder.edit.setText("sit")
    assert page.statement_number is None
