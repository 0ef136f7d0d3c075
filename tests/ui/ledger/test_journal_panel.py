"""The journal list: search, date filter and reversing an entry from the list."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.services.base import settings
from kopdesk.services.ledger.journal import get_entry
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.journal import JournalPanel
from kopdesk.ui.ledger.journal_model import JournalListModel
from kopdesk.ui.ledger.small_dialogs import ReverseDialog
from tests.ui.helpers import Post, Shown


@pytest.fixture
def panel(qtbot: QtBot, ops: Ops, admin: Actor, post: Post) -> JournalPanel:
    # these tests reverse recent-enough entries; dual control has its own tests
    with ops.book.unit_of_work() as session:
        settings.change_setting(session, admin, settings.REVERSAL_APPROVAL_DAYS, 3650)
    post("2025-01-05", [("1101", 100_000), ("3201", -100_000)], "Simpanan pokok Ani")
    post("2025-02-10", [("1101", 50_000), ("3202", -50_000)], "Simpanan wajib Budi")
    post("2025-03-15", [("5205", 40_000), ("1101", -40_000)], "Bayar listrik Maret")
    widget = JournalPanel(ops)
    qtbot.addWidget(widget)
    return widget


def _numbers(panel: JournalPanel) -> list[str]:
    model = panel.model
    return [
        model.data(model.index(row, JournalListModel.NUMBER)) for row in range(model.rowCount())
    ]


def test_newest_first_search_and_dates(panel: JournalPanel) -> None:
    assert _numbers(panel) == ["JU-2025-000003", "JU-2025-000002", "JU-2025-000001"]
    assert panel.count_label.text() == "3 entries"
    panel.search_edit.setText("simpanan")
    panel.refresh()
    assert _numbers(panel) == ["JU-2025-000002", "JU-2025-000001"]
    panel.search_edit.setText("")
    panel.from_edit.set_value(dt.date(2025, 2, 1))
    panel.to_edit.set_value(dt.date(2025, 2, 28))
    panel.filter_check.setChecked(True)
    assert _numbers(panel) == ["JU-2025-000002"]
    panel.filter_check.setChecked(False)
    assert len(_numbers(panel)) == 3


def test_reversing_from_the_list(
    panel: JournalPanel, ops: Ops, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, dt.date]] = []

    def ask(_cls: type, number: str, on: dt.date, _parent: object = None) -> dt.date:
        asked.append((number, on))
        return dt.date(2025, 3, 20)

    monkeypatch.setattr(ReverseDialog, "ask", classmethod(ask))
    panel.view.selectRow(0)
    reversal = panel.reverse_selected()
    assert asked == [("JU-2025-000003", dt.date(2025, 3, 15))]
    assert shown.questions == ["Reverse entry JU-2025-000003 on 20-03-2025?"]
    assert reversal is not None
    assert shown.errors == []
    assert _numbers(panel)[0] == reversal.number == "JU-2025-000004"
    model = panel.model
    assert model.data(model.index(0, JournalListModel.STATUS)) == "Reverses JU-2025-000003"
    assert model.data(model.index(1, JournalListModel.STATUS)) == "Reversed by JU-2025-000004"
    with ops.book.read() as session:
        assert get_entry(session, "JU-2025-000003").reversed_by == "JU-2025-000004"
    # a second reversal of the same entry is refused and shown
    panel.view.selectRow(1)
    assert panel.reverse_selected() is None
    assert "sudah dibalik" in shown.errors[0].message


def test_reversal_cancelled_at_the_question_writes_nothing(
    panel: JournalPanel, ops: Ops, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReverseDialog, "ask", classmethod(lambda _cls, _n, on, _p=None: on))
    shown.answer = False
    panel.view.selectRow(2)
    assert panel.reverse_selected() is None
    assert len(shown.questions) == 1
    assert len(_numbers(panel)) == 3


def test_reverse_without_selection_says_so(panel: JournalPanel, shown: Shown) -> None:
    assert panel.reverse_selected() is None
    assert shown.infos == ["Select an entry first."]
