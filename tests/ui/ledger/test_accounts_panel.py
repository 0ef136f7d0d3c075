"""Chart of accounts page: balances, adding, renaming, deactivating accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.domain.changes import Changes
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.accounts import AccountsPanel
from kopdesk.ui.ledger.accounts_model import INACTIVE_COLOR
from kopdesk.ui.ledger.small_dialogs import AccountDialog
from tests.ui.helpers import Shown


@pytest.fixture
def panel(qtbot: QtBot, ops: Ops) -> AccountsPanel:
    widget = AccountsPanel(ops)
    qtbot.addWidget(widget)
    return widget


def test_add_account_under_a_header(
    panel: AccountsPanel, ops: Ops, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        AccountDialog, "ask_new", classmethod(lambda _c, _l, _p, _w=None: ("1103", "Kas unit"))
    )
    panel.select("1100")
    assert panel.add_button.isEnabled()
    assert not panel.deactivate_button.isEnabled()
    with qtbot.waitSignal(ops.changes_applied) as signal:
        panel.add_under_selected()
    assert signal.args == [Changes(accounts=True)]
    info = panel.selected()
    assert info is not None
    assert info.label == "1103 Kas unit"
    assert panel.model.index_of("1103").parent() == panel.model.index_of("1100")


def test_rename_deactivate_reactivate(
    panel: AccountsPanel, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        AccountDialog, "ask_rename", classmethod(lambda _c, _code, _n, _w=None: "Kas kecil kantor")
    )
    panel.select("1102")
    panel.rename_selected()
    index = panel.model.index_of("1102")
    assert panel.model.data(index.siblingAtColumn(1)) == "Kas kecil kantor"
    panel.deactivate_selected()
    index = panel.model.index_of("1102")
    assert panel.model.data(index, Qt.ItemDataRole.ForegroundRole) == INACTIVE_COLOR
    assert panel.reactivate_button.isEnabled()
    panel.reactivate_selected()
    index = panel.model.index_of("1102")
    assert panel.model.data(index, Qt.ItemDataRole.ForegroundRole) is None
    assert shown.errors == []


def test_refused_change_is_shown(
    panel: AccountsPanel, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        AccountDialog, "ask_new", classmethod(lambda _c, _l, _p, _w=None: ("2999", "Salah kelas"))
    )
    panel.select("1100")
    panel.add_under_selected()
    assert len(shown.errors) == 1
    assert "harus diawali angka 1" in shown.errors[0].message
    assert not panel.model.index_of("2999").isValid()
