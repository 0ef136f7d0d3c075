"""The one date field of the app: what is typed is taken exactly, or refused.

A ``QDateEdit`` edits a date section by section, so text typed over it
(``15-06-2025`` after Ctrl+A) could silently become another date (issue 17).
:class:`DateField` is a line edit: the text is parsed as a whole
(``HH-BB-TTTT``, ``HH/BB/TTTT``, ``HH.BB.TTTT``, ``HHBBTTTT`` or ``TTTT-BB-HH``)
when the user leaves the field or presses Enter, and then either shown in the
house format or refused with an Indonesian message under the field.
:meth:`DateField.value` reads the text as it stands and raises
``ValidationError`` while it is refused, so a refused date can never be posted
as some other date. Up/Down step a day, Alt+Down opens the calendar.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import clock
from kopdesk.domain.dates import format_date_short, parse_typed_date
from kopdesk.errors import ValidationError

__all__ = ["DateField", "dates_acceptable", "from_qdate", "to_qdate"]

FIRST, LAST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
SHAPED = re.compile(
    r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{8}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
)
"""Text in the form of a date (that may still not be on the calendar)."""


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def today() -> dt.date:
    """The office's date, a new field's value (tests pin it here or on the clock)."""
    return clock.today()


def _as_date(value: dt.date | QDate) -> dt.date:
    return from_qdate(value) if isinstance(value, QDate) else value


class DateField(QWidget):
    """A date typed as ``HH-BB-TTTT`` beside a calendar button, with its own message.

    :attr:`dateChanged` fires when an accepted date differs from the last one;
    :attr:`edited` when the user typed or picked (not when code set a value).
    """

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, which the pages connect to
    edited = Signal()

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = FIRST, LAST
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("DD-MM-YYYY"))
        width = self.edit.fontMetrics().horizontalAdvance("00-00-00000")
        self.edit.setFixedWidth(width + 18)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setHorizontalSpacing(2)
        row.addWidget(self.edit, 0, 0)
        row.addWidget(self.button, 0, 1)
        row.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.check)
        self.edit.textEdited.connect(self.edited)
        self._last = value or today()
        self.set_value(self._last)

    # --- the value ------------------------------------------------------------------

    def value(self) -> dt.date:
        """The date the text says. Raises ``ValidationError`` (field ``date``) while
        the text is not a date or lies outside the field's range."""
        text = self.edit.text().strip()
        try:
            found = parse_typed_date(text, field="date")
        except ValidationError:
            raise ValidationError("date", self._refusal(text)) from None
        if not self.minimum <= found <= self.maximum:
            raise ValidationError(
                "date",
                self.tr("The date must lie between {first} and {last}.").format(
                    first=format_date_short(self.minimum), last=format_date_short(self.maximum)
                ),
            )
        return found

    def _refusal(self, text: str) -> str:
        """Short enough to sit under the field in one or two lines."""
        if not text:
            return self.tr("Type a date (DD-MM-YYYY).")
        if SHAPED.fullmatch(text):
            return self.tr("{text} is not on the calendar.").format(text=text)
        return self.tr('"{text}" is not a date: type DD-MM-YYYY, e.g. 15-06-2025.').format(
            text=text
        )

    def set_value(self, value: dt.date) -> None:
        """Show ``value`` (clears any refusal); :attr:`dateChanged` when it is new."""
        self.edit.setText(format_date_short(value))
        self._show_refusal("")
        if value != self._last:
            self._last = value
            self.dateChanged.emit(to_qdate(value))

    def check(self) -> bool:
        """Take the typed text (shown in the house format) or show why it is refused."""
        try:
            found = self.value()
        except ValidationError as exc:
            self._show_refusal(exc.message)
            return False
        self.set_value(found)
        return True

    def is_refused(self) -> bool:
        try:
            self.value()
        except ValidationError:
            return True
        return False

    def text(self) -> str:
        return self.edit.text()

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if text else "")

    # --- QDateEdit's names, for the callers written for it ------------------------

    def date(self) -> QDate:
        return to_qdate(self.value())

    def setDate(self, value: QDate) -> None:
        self.set_value(from_qdate(value))

    def setMinimumDate(self, value: dt.date | QDate) -> None:
        self.minimum = _as_date(value)

    def setMaximumDate(self, value: dt.date | QDate) -> None:
        self.maximum = _as_date(value)

    # --- keyboard and calendar -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_Down and alt:
            self.open_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.is_refused():
            step = 1 if key == Qt.Key.Key_Up else -1
            self.set_value(self.value() + dt.timedelta(days=step))
            self.edited.emit()
            return True
        return False

    def open_calendar(self) -> QCalendarWidget:
        """A calendar under the field; a click or Enter on a day takes it."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setDateRange(to_qdate(self.minimum), to_qdate(self.maximum))
        calendar.setSelectedDate(to_qdate(self._last if self.is_refused() else self.value()))
        calendar.setGridVisible(True)
        calendar.clicked.connect(lambda day: self._pick(calendar, day))
        calendar.activated.connect(lambda day: self._pick(calendar, day))
        calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _pick(self, calendar: QCalendarWidget, day: QDate) -> None:
        calendar.close()
        self.set_value(from_qdate(day))
        self.edited.emit()
        self.edit.setFocus()


def dates_acceptable(root: QWidget) -> bool:
    """Every :class:`DateField` under ``root`` holds a date; the first refused one
    shows its message and gets the focus."""
    for field in root.findChildren(DateField):
        if field.isEnabled() and field.isVisibleTo(root) and not field.check():
            field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
    return True
