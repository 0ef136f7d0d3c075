"""Neraca Saldo view: posted amounts, equal totals, CSV export and PDF printing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.trial_balance import TrialBalancePanel
from tests.ui.helpers import Post, Shown


def _panel(qtbot: QtBot, ops: Ops) -> TrialBalancePanel:
    panel = TrialBalancePanel(ops)
    qtbot.addWidget(panel)
    panel.date_edit.set_value(dt.date(2025, 12, 31))
    return panel


def _rows(panel: TrialBalancePanel) -> list[tuple[str, ...]]:
    model = panel.model
    return [
        tuple(model.cell(row, column) for column in range(4)) for row in range(model.rowCount())
    ]


def test_posted_amounts_appear_and_totals_are_equal(qtbot: QtBot, ops: Ops, post: Post) -> None:
    post("2025-01-05", [("1101", 1_250_000), ("3201", -1_250_000)])
    post("2025-02-01", [("5205", 300_000), ("1101", -300_000)])
    panel = _panel(qtbot, ops)
    assert _rows(panel) == [
        ("1101", "Kas", "950.000", ""),
        ("3201", "Modal penyertaan", "", "1.250.000"),
        ("5205", "Listrik, air, telepon, internet", "300.000", ""),
        ("", "Total", "1.250.000", "1.250.000"),
    ]
    panel.date_edit.set_value(dt.date(2025, 1, 31))
    assert _rows(panel)[-1] == ("", "Total", "1.250.000", "1.250.000")
    assert len(_rows(panel)) == 3


def test_refreshes_when_an_entry_is_posted_through_ops(qtbot: QtBot, ops: Ops) -> None:
    from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry

    panel = _panel(qtbot, ops)
    assert _rows(panel) == [("", "Total", "0", "0")]
    entry = EntryInput(
        dt.date(2025, 6, 1), "Setoran", [LineInput("1101", 5_000), LineInput("3202", -5_000)]
    )
    ops.run(None, lambda s: post_entry(s, entry, actor=ops.actor))
    assert _rows(panel)[-1] == ("", "Total", "5.000", "5.000")


def test_export_csv(qtbot: QtBot, ops: Ops, post: Post, shown: Shown, tmp_path: Path) -> None:
    post("2025-01-05", [("1101", 1_250_000), ("3201", -1_250_000)])
    panel = _panel(qtbot, ops)
    shown.save_to = tmp_path / "neraca.csv"
    panel.export_csv()
    assert shown.save_to.read_text(encoding="utf-8") == (
        "code,name,debit,credit\n1101,Kas,1250000,0\n3201,Modal penyertaan,0,1250000\n"
    )
    assert shown.opened == [shown.save_to]


def test_print_pdf(qtbot: QtBot, ops: Ops, post: Post, shown: Shown, tmp_path: Path) -> None:
    post("2025-01-05", [("1101", 1_250_000), ("3201", -1_250_000)])
    panel = _panel(qtbot, ops)
    shown.save_to = tmp_path / "neraca.pdf"
    panel.print_pdf()
    assert shown.errors == []
    assert shown.save_to.read_bytes().startswith(b"%PDF")
    assert shown.opened == [shown.save_to]


def test_cancelled_save_writes_nothing(qtbot: QtBot, ops: Ops, shown: Shown) -> None:
    panel = _panel(qtbot, ops)
    shown.save_to = None
    panel.print_pdf()
    assert shown.opened == []
