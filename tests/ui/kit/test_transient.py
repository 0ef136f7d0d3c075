"""Old success and error messages go when the user starts the next action (issue 17,
defect 5): a typed key or a press on a button or field in the same window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.posting import result_label, show_result
from kopdesk.ui.kit.widgets import ErrorLabel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(qtbot: QtBot, *labels: QLabel) -> tuple[QWidget, QLineEdit, QPushButton]:
    page = QWidget()
    column = QVBoxLayout(page)
    edit, button = QLineEdit(), QPushButton("Simpan")
    for widget in (*labels, edit, button):
        column.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, edit, button


def test_a_posted_message_goes_at_the_next_typed_key(qtbot: QtBot, ops: Ops) -> None:
    label = result_label()
    page, edit, _ = _page(qtbot, label)
    assert page.isVisible()
    show_result(label, ops, "JU-2025-000001 diposting.")
    assert label.isVisible()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)  # reading it is no new action
    qtbot.keyClick(edit, Qt.Key.Key_Shift)  # nor is a key that types nothing
    assert label.isVisible()
    qtbot.keyClicks(edit, "5")
    assert label.isHidden()
    assert label.text() == ""


def test_an_error_goes_at_the_next_button_press_and_comes_back_when_said_again(
    qtbot: QtBot,
) -> None:
    error = ErrorLabel()
    page, edit, button = _page(qtbot, error)
    assert page.isVisible()
    error.show_message("Jumlah harus lebih dari nol.")
    assert error.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert error.isHidden()
    error.show_message("Jumlah harus lebih dari nol.")
    assert error.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert error.isHidden()


def test_another_window_does_not_clear_the_message(qtbot: QtBot) -> None:
    error = ErrorLabel()
    page = _page(qtbot, error)[0]
    other, other_edit, _ = _page(qtbot)
    assert page.isVisible()
    assert other.isVisible()
    error.show_message("Ditolak.")
    qtbot.keyClicks(other_edit, "abc")
    assert error.isVisible()
