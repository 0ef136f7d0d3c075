"""The member exit dialog: the plan table, a reason error beside its field, dual
control when loans are offset, then the paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import ApprovalRequiredError
from kopdesk.services.base import approvals
from kopdesk.services.members import register as members
from kopdesk.storage.db import Book
from kopdesk.ui.kit.approval import ApprovalDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import to_qdate
from kopdesk.ui.members.member_exit_dialog import MemberExitDialog
from tests.conftest import PASSWORD
from tests.services.member_exit.test_member_exit import deposit, make_loan, make_member
from tests.ui.helpers import Shown

D = dt.date


@pytest.fixture
def ani(book: Book, actors: dict[Role, Actor]) -> str:
    """Pokok 100.000 + wajib 1.200.000 + sukarela 500.000; a fresh loan of 1.000.000."""
    kasir = actors[Role.KASIR]
    number = make_member(book, actors[Role.BENDAHARA], "Ani Lestari", 1)
    deposit(book, kasir, number, "pokok", 100_000, D(2025, 1, 2))
    deposit(book, kasir, number, "wajib", 1_200_000, D(2025, 1, 2))
    deposit(book, kasir, number, "sukarela", 500_000, D(2025, 1, 2))
    make_loan(book, actors, number, 1_000_000, D(2025, 1, 10))
    return number


def cells(dialog: MemberExitDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_plan_post_with_approval_and_paper(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    ops: Ops,
    book: Book,
    ani: str,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """1.800.000 − payoff 1.000.000 (05-02-2025, nothing due yet) = 800.000 paid."""
    dialog = MemberExitDialog(ops, ani)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(to_qdate(D(2025, 2, 5)))
    rows = cells(dialog)
    assert [r[2] for r in rows] == [
        "100.000", "1.200.000", "500.000", "1.800.000", "(1.000.000)", "800.000",
    ]  # fmt: skip
    assert "second user" in dialog.summary.text()
    qtmodeltester.check(dialog.model)

    assert dialog.post() is False  # no reason
    assert dialog.errors["reason"].text()
    dialog.reason_edit.setText("Pindah domisili")
    assert dialog.post() is False  # the approver declined (conftest)
    assert shown.approvals
    with book.read() as s:
        assert members.get_member(s, ani).status == "aktif"

    def approve(
        _cls: type, ops_: Ops, _error: ApprovalRequiredError, _what: str, _parent: object = None
    ) -> int | None:
        with book.unit_of_work() as s:
            out = approvals.grant(s, ops_.actor, "ketua", PASSWORD, Permission.SAVINGS_MANAGE)
        return out.grant_id

    monkeypatch.setattr(ApprovalDialog, "ask", classmethod(approve))
    shown.post_money = False  # the payout slip is declined: nothing is recorded
    assert dialog.post() is False
    with book.read() as s:
        assert members.get_member(s, ani).status == "aktif"
    shown.post_money = True
    assert dialog.post() is True
    slip = shown.slips[-1][0]
    assert (slip.amount, slip.on, slip.paid_out) == (800_000, D(2025, 2, 5), True)
    assert dialog.settled is not None
    assert (dialog.settled.paid, dialog.settled.payable) == (800_000, 0)
    assert dialog.settled.entry_number in dialog.summary.text()
    assert not dialog.post_button.isEnabled()
    assert dialog.paper_button.isEnabled()
    shown.save_to = tmp_path / "keluar.pdf"
    dialog.save_paper()
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    assert shown.opened == [shown.save_to]
    with book.read() as s:
        assert members.get_member(s, ani).status == "keluar"


def test_cashier_cannot_post(qtbot: QtBot, ops_as: Callable[[Role], Ops], ani: str) -> None:
    dialog = MemberExitDialog(ops_as(Role.KASIR), ani)
    qtbot.addWidget(dialog)
    assert not dialog.post_button.isEnabled()
