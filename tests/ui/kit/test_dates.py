"""The one date field (issue 17, defect 1): typed text is taken exactly or refused
with an Indonesian message, never turned into another date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kopdesk.errors import ValidationError
from kopdesk.ui.kit.dates import DateField
from kopdesk.ui.kit.guards import GuardedDialog

D = dt.date
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
"""Offscreen Qt cannot size or raise the calendar popup and top-level windows."""


def typed(qtbot: QtBot, field: DateField, text: str) -> None:
    """Ctrl+A over the field, type ``text``, press Enter (as the issue did)."""
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@pytest.fixture
def field(qtbot: QtBot) -> DateField:
    widget = DateField(D(2026, 6, 4))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15-06-2025", D(2025, 6, 15)),
        ("15/06/2025", D(2025, 6, 15)),
        ("15.6.2025", D(2025, 6, 15)),
        ("15062025", D(2025, 6, 15)),
        ("2025-06-15", D(2025, 6, 15)),
        ("1-2-2026", D(2026, 2, 1)),
    ],
)
def test_typed_date_is_taken_exactly(
    qtbot: QtBot, field: DateField, text: str, expected: dt.date
) -> None:
    with qtbot.waitSignal(field.dateChanged):
        typed(qtbot, field, text)
    assert field.value() == expected
    assert field.text() == expected.strftime("%d-%m-%Y")  # shown in the house format
    assert field.message.isHidden()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("31-02-2026", "31-02-2026 is not on the calendar."),
        ("31022026", "31022026 is not on the calendar."),
        ("15-6-25", '"15-6-25" is not a date: type DD-MM-YYYY, e.g. 15-06-2025.'),
        ("besok", '"besok" is not a date'),
        ("", "Type a date (DD-MM-YYYY)."),
    ],
)
def test_other_text_is_refused_with_a_message(
    qtbot: QtBot, field: DateField, text: str, says: str
) -> None:
    changes: list[object] = []
    field.dateChanged.connect(changes.append)
    typed(qtbot, field, text)
    assert changes == []
    assert field.text() == text  # left as typed, to be corrected
    assert field.message.isVisible()
    assert says in field.message.text()
    with pytest.raises(ValidationError) as refused:
        field.value()  # never some other date
    assert refused.value.message == field.message.text()


def test_a_date_outside_the_range_is_refused(qtbot: QtBot, field: DateField) -> None:
    field.setMinimumDate(D(2000, 1, 1))
    typed(qtbot, field, "31-12-1999")
    assert "01-01-2000" in field.message.text()
    assert field.is_refused()


def test_a_corrected_date_clears_the_message(qtbot: QtBot, field: DateField) -> None:
    typed(qtbot, field, "31-02-2026")
    typed(qtbot, field, "28-02-2026")
    assert field.value() == D(2026, 2, 28)
    assert field.message.isHidden()


def test_up_and_down_step_a_day(qtbot: QtBot, field: DateField) -> None:
    edited: list[object] = []
    field.edited.connect(lambda: edited.append(1))
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == D(2026, 6, 5)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.value() == D(2026, 6, 3)
    assert len(edited) == 3


def test_a_day_picked_in_the_calendar_is_taken(qtbot: QtBot, field: DateField) -> None:
    calendar = field.open_calendar()
    assert calendar.selectedDate().toPython() == D(2026, 6, 4)
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert field.value() == D(2026, 6, 7)


def test_a_dialog_does_not_close_with_ok_while_a_date_is_refused(qtbot: QtBot) -> None:
    dialog = GuardedDialog()
    field = DateField(D(2026, 6, 4), dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    typed(qtbot, field, "31-02-2026")
    dialog.accept()
    assert dialog.isVisible()
    assert field.message.isVisible()
    typed(qtbot, field, "27-02-2026")
    dialog.accept()
    assert not dialog.isVisible()
