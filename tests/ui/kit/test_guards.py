"""Asking before a slip of the finger (issue 17, defect 4): the money slip that
Enter alone cannot post, the unusual-date question, and "discard changes?"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from kopdesk.domain.permissions import Actor
from kopdesk.services.ledger.journal import entry_ids
from kopdesk.services.savings.routine import run_month_end
from kopdesk.storage.db import Book
from kopdesk.ui.kit import guards
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.ledger.entry_dialog import JournalEntryDialog
from kopdesk.ui.members.member_dialog import MemberDialog
from tests.ui.helpers import Shown

D = dt.date
SLIP = guards.Slip("Setor ke Simpanan Wajib", "A-0009 · Dedi", 1_250_000, D(2026, 12, 4))
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def slip_dialog(qtbot: QtBot) -> guards.MoneyDialog:
    dialog = guards.MoneyDialog(SLIP, ["Rutin akhir bulan sudah dijalankan."])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_slip_shows_member_amount_in_words_and_date(slip_dialog: guards.MoneyDialog) -> None:
    texts = [label.text() for label in slip_dialog.findChildren(QLabel)]
    assert "A-0009 · Dedi" in texts
    assert "Rp1.250.000" in texts
    assert "<i>Satu juta dua ratus lima puluh ribu rupiah</i>" in texts
    assert "4 Desember 2026" in texts
    assert slip_dialog.warning.isVisibleTo(slip_dialog)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_or_esc_on_the_slip_goes_back(
    qtbot: QtBot, slip_dialog: guards.MoneyDialog, key: Qt.Key
) -> None:
    assert slip_dialog.back_button.isDefault()
    qtbot.keyClick(slip_dialog, key)
    assert slip_dialog.result() == QDialog.DialogCode.Rejected
    assert not slip_dialog.isVisible()


def test_y_posts_the_slip(qtbot: QtBot, slip_dialog: guards.MoneyDialog) -> None:
    qtbot.keyClick(slip_dialog, Qt.Key.Key_Y)
    assert slip_dialog.result() == QDialog.DialogCode.Accepted


def test_an_ordinary_date_is_not_asked_about(ops: Ops, shown: Shown) -> None:
    assert guards.confirm_date(None, ops, D(2026, 12, 1))
    assert shown.unusual_dates == []


def test_a_processed_month_is_asked_about(
    ops: Ops, shown: Shown, book: Book, bendahara: Actor
) -> None:
    with book.unit_of_work() as s:
        run_month_end(s, bendahara, "2025-06", today=D(2026, 12, 4))
    shown.post_on_date = False
    assert not guards.confirm_date(None, ops, D(2025, 6, 15))
    [reasons] = shown.unusual_dates
    assert "untuk Juni 2025" in reasons[0]
    assert "537 hari sebelum hari ini" in reasons[1]


def _entry(qtbot: QtBot, ops: Ops) -> JournalEntryDialog:
    dialog = JournalEntryDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_entry_on_an_unusual_date_is_posted_only_when_confirmed(
    qtbot: QtBot, ops: Ops, shown: Shown, book: Book
) -> None:
    dialog = _entry(qtbot, ops)
    dialog.date_edit.set_value(D(2025, 3, 10))
    dialog.description_edit.setText("Bayar honor pengurus Maret")
    model = dialog.lines
    for row, column, text in ((0, 0, "5202"), (0, 1, "250.000"), (1, 0, "1101"), (1, 2, "250.000")):
        model.setData(model.index(row, column), text, Qt.ItemDataRole.EditRole)
    shown.post_on_date = False
    dialog.save()
    assert len(shown.unusual_dates) == 1
    with book.read() as s:
        assert entry_ids(s) == []
    assert dialog.isVisible()
    shown.post_on_date = True
    dialog.save()
    assert dialog.posted is not None
    assert dialog.posted.date == D(2025, 3, 10)


def test_closing_a_typed_entry_asks_first(qtbot: QtBot, ops: Ops, shown: Shown) -> None:
    dialog = _entry(qtbot, ops)
    dialog.reject()  # nothing typed: closes without asking
    assert shown.discards == 0
    assert not dialog.isVisible()
    dialog = _entry(qtbot, ops)
    qtbot.keyClicks(dialog.description_edit, "Bayar listrik")
    shown.discard = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert shown.discards == 1
    assert dialog.isVisible()
    assert dialog.description_edit.text() == "Bayar listrik"
    shown.discard = True
    dialog.cancel_button.click()
    assert shown.discards == 2
    assert not dialog.isVisible()


def test_lines_typed_in_an_entry_count_as_input(qtbot: QtBot, ops: Ops, shown: Shown) -> None:
    dialog = _entry(qtbot, ops)
    dialog.lines.setData(dialog.lines.index(0, 1), "10.000", Qt.ItemDataRole.EditRole)
    shown.discard = False
    dialog.close()
    assert dialog.isVisible()
    assert shown.discards == 1


def test_closing_a_new_member_form_with_a_typed_name_asks(
    qtbot: QtBot, ops: Ops, shown: Shown
) -> None:
    dialog = MemberDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["full_name"], "Dedi Kurniawan")
    shown.discard = False
    dialog.reject()
    assert dialog.isVisible()
    shown.discard = True
    dialog.reject()
    assert not dialog.isVisible()
    assert shown.discards == 2
