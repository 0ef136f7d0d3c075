"""Dual control from the journal list: reversing an entry older than 30 days needs a
second user's password, asked in "Persetujuan pengguna kedua" and then used once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.errors import ApprovalRequiredError
from kopdesk.services.base.audit import AuditFilter, list_audit
from kopdesk.services.ledger.journal import get_entry
from kopdesk.ui.kit.approval import ApprovalDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.journal import JournalPanel
from kopdesk.ui.ledger.small_dialogs import ReverseDialog
from tests.conftest import PASSWORD
from tests.ui.helpers import Post, Shown


@pytest.fixture
def panel(qtbot: QtBot, ops: Ops, post: Post, monkeypatch: pytest.MonkeyPatch) -> JournalPanel:
    """The treasurer's journal with one entry from January 2025 (long over 30 days ago)."""
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)], "Simpanan pokok Ani")
    monkeypatch.setattr(
        ReverseDialog, "ask", classmethod(lambda _c, _n, _on, _p=None: dt.date(2025, 1, 31))
    )
    widget = JournalPanel(ops)
    qtbot.addWidget(widget)
    widget.view.selectRow(0)
    return widget


class Approver:
    """Fills the real approval dialog as a second user would, instead of ``exec()``."""

    def __init__(self, qtbot: QtBot, username: str, password: str = PASSWORD) -> None:
        self.qtbot = qtbot
        self.username = username
        self.password = password
        self.dialogs: list[ApprovalDialog] = []
        self.errors: list[str] = []

    def ask(
        self, ops: Ops, error: ApprovalRequiredError, what: str, parent: object = None
    ) -> int | None:
        dialog = ApprovalDialog(ops, error, what)
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)
        dialog.username_edit.setText(self.username)
        dialog.password_edit.setText(self.password)
        if dialog.approve():
            return dialog.grant
        self.errors.append(dialog.error_label.text())
        return None


def _approve_with(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, username: str, password: str = PASSWORD
) -> Approver:
    approver = Approver(qtbot, username, password)
    monkeypatch.setattr(
        ApprovalDialog,
        "ask",
        classmethod(lambda _c, ops, error, what, parent=None: approver.ask(ops, error, what)),
    )
    return approver


def test_ketua_approves_and_the_reversal_is_posted(
    panel: JournalPanel,
    ops: Ops,
    admin: Actor,
    qtbot: QtBot,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    approver = _approve_with(monkeypatch, qtbot, "ketua")
    reversal = panel.reverse_selected()
    assert reversal is not None
    assert shown.errors == []
    [dialog] = approver.dialogs
    assert dialog.windowTitle() == "Second user approval"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Reverse journal entry JU-2025-000001" in labels
    assert any("membalik jurnal" in text for text in labels)  # the service's reason
    with ops.book.read() as session:
        assert get_entry(session, "JU-2025-000001").reversed_by == reversal.number
        used = list_audit(session, admin, AuditFilter(action="approval."))
    assert [(e.action, e.username) for e in used] == [
        ("approval.use", "bendahara"),
        ("approval.grant", "ketua"),
    ]


@pytest.mark.parametrize(
    ("username", "reason"),
    [
        ("bendahara", "bukan oleh Anda sendiri"),
        ("kasir", "tidak berhak menyetujui"),
    ],
)
def test_approval_by_the_same_user_or_a_kasir_is_refused(
    panel: JournalPanel,
    ops: Ops,
    qtbot: QtBot,
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
    username: str,
    reason: str,
) -> None:
    approver = _approve_with(monkeypatch, qtbot, username)
    assert panel.reverse_selected() is None
    [error] = approver.errors
    assert reason in error
    assert approver.dialogs[0].result() != ApprovalDialog.DialogCode.Accepted
    with ops.book.read() as session:
        assert get_entry(session, "JU-2025-000001").reversed_by is None
    assert panel.model.rowCount() == 1


def test_wrong_approver_password_is_shown_and_nothing_is_reversed(
    panel: JournalPanel, ops: Ops, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    approver = _approve_with(monkeypatch, qtbot, "ketua", "bukan-sandinya-1")
    assert panel.reverse_selected() is None
    assert approver.errors == ["Nama pengguna atau kata sandi salah. Sisa percobaan: 4."]
    assert approver.dialogs[0].password_edit.text() == ""


def test_cancelled_approval_writes_nothing(panel: JournalPanel, ops: Ops, shown: Shown) -> None:
    """The conftest's stand-in dialog declines."""
    assert panel.reverse_selected() is None
    assert len(shown.approvals) == 1
    assert "persetujuan pengguna kedua" in shown.approvals[0]
    assert shown.errors == []
    assert panel.model.rowCount() == 1
