"""The manual journal entry dialog: typing lines, the live difference, saving."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kopdesk.services.ledger.journal import LineInput, entry_ids, get_entry
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.entry_dialog import JournalEntryDialog
from kopdesk.ui.ledger.journal import JournalPanel
from tests.ui.helpers import Shown


def _dialog(qtbot: QtBot, ops: Ops) -> JournalEntryDialog:
    dialog = JournalEntryDialog(ops)
    qtbot.addWidget(dialog)
    dialog.date_edit.set_value(dt.date(2025, 3, 10))
    dialog.description_edit.setText("Bayar honor pengurus Maret")
    return dialog


def _type(dialog: JournalEntryDialog, row: int, column: int, text: str) -> bool:
    model = dialog.lines
    return model.setData(model.index(row, column), text, Qt.ItemDataRole.EditRole)


def test_difference_updates_and_save_waits_for_balance(qtbot: QtBot, ops: Ops) -> None:
    dialog = _dialog(qtbot, ops)
    assert not dialog.save_button.isEnabled()
    assert _type(dialog, 0, 0, "5202")
    assert _type(dialog, 0, 1, "1.250.000")
    assert dialog.difference_label.text() == "Difference: 1.250.000"
    assert not dialog.save_button.isEnabled()
    assert _type(dialog, 1, 0, "1101 Kas")
    assert _type(dialog, 1, 2, "1000000")
    assert dialog.difference_label.text() == "Difference: 250.000"
    assert not dialog.save_button.isEnabled()
    assert _type(dialog, 1, 2, "Rp1.250.000")
    assert dialog.difference_label.text() == "Difference: 0"
    assert dialog.lines.data(dialog.lines.index(1, 2)) == "1.250.000"
    assert dialog.save_button.isEnabled()
    # a balanced single line pair without an account cannot be saved
    assert _type(dialog, 1, 0, "")
    assert not dialog.save_button.isEnabled()


def test_unreadable_amount_is_refused_with_a_message(qtbot: QtBot, ops: Ops) -> None:
    dialog = _dialog(qtbot, ops)
    assert not _type(dialog, 0, 1, "1,250,000")
    assert "pemisah ribuan adalah titik" in dialog.message.text()
    assert dialog.lines.total_debit() == 0
    assert not _type(dialog, 0, 0, "akun yang tidak ada")
    assert "akun yang tidak ada" in dialog.message.text()


def test_saving_posts_the_entry_and_it_shows_in_the_journal_list(
    qtbot: QtBot, ops: Ops, shown: Shown
) -> None:
    panel = JournalPanel(ops)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 0
    dialog = _dialog(qtbot, ops)
    _type(dialog, 0, 0, "5202")
    _type(dialog, 0, 1, "1.250.000")
    _type(dialog, 0, 3, "honor ketua")
    _type(dialog, 1, 0, "1101")
    _type(dialog, 1, 2, "1.250.000")
    with qtbot.waitSignal(ops.status_message) as status:
        dialog.save()
    assert dialog.result() == JournalEntryDialog.DialogCode.Accepted
    assert dialog.posted is not None
    assert status.args == [f"Journal entry {dialog.posted.number} saved."]
    assert shown.errors == []
    with ops.book.read() as session:
        entry = get_entry(session, dialog.posted.number)
    assert [(line.account_code, line.amount, line.memo) for line in entry.lines] == [
        ("5202", 1_250_000, "honor ketua"),
        ("1101", -1_250_000, ""),
    ]
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 0)) == entry.number
    assert panel.model.data(panel.model.index(0, 3)) == "1.250.000"


def test_refused_entry_shows_the_reason_and_writes_nothing(
    qtbot: QtBot, ops: Ops, shown: Shown
) -> None:
    dialog = _dialog(qtbot, ops)
    dialog.description_edit.setText("   ")
    _type(dialog, 0, 0, "1101")
    _type(dialog, 0, 1, "50.000")
    _type(dialog, 1, 0, "3201")
    _type(dialog, 1, 2, "50.000")
    dialog.save()
    assert dialog.posted is None
    assert "Keterangan jurnal wajib diisi" in dialog.description_error.text()
    dialog.description_edit.setText("Setoran")
    dialog.date_edit.set_value(dt.date(2030, 1, 2))  # no fiscal year 2030
    dialog.save()
    assert dialog.posted is None
    assert len(shown.errors) == 1
    assert "tidak berada dalam tahun buku" in shown.errors[0].message
    with ops.book.read() as session:
        assert entry_ids(session) == []


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_keyboard_only_entry(qtbot: QtBot, ops: Ops) -> None:
    """Account, Enter, amount, Enter, ... moves cell by cell; Ctrl+S saves.

    (The offscreen platform cannot raise windows or grab the keyboard for the
    completer popup; those platform notices are ignored.)
    """
    dialog = _dialog(qtbot, ops)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.view)
    dialog.view.setCurrentIndex(dialog.lines.index(0, 0))

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(text: str) -> None:
        for char in text:
            QTest.keyClicks(focused(), char)
        QTest.keyClick(focused(), Qt.Key.Key_Return)

    for text in ("1101", "75.000", "", "setoran Ani", "3202", "", "75.000"):
        press(text)
    assert dialog.lines.lines() == [
        LineInput("1101", 75_000, "setoran Ani"),
        LineInput("3202", -75_000, ""),
    ]
    assert dialog.save_button.isEnabled()
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.posted is not None
    assert dialog.posted.total == 75_000
