"""Messages that last until the user starts the next thing.

A green "JU-2026-000861 diposting" or a red refusal used to stay on the page after
the treasurer had moved on to the next member, reading as if it were about the new
input. :func:`clear_on_next_action` hides such a message at the next typed key or the
next press on a button or input field in the same window.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
"""Pressing one of these (or a part of one) starts an action."""
KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
"""Keys without text that still change what is typed or start an action."""


class _Watcher(QObject):
    """Watches the whole application while its label shows a message."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.armed = False

    def arm(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self.armed:
            app.installEventFilter(self)
            self.armed = True

    def disarm(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self.armed:
            app.removeEventFilter(self)
        self.armed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.label):  # the label is being deleted
            self.disarm()
            return False
        if isinstance(watched, QWidget) and self._starts_action(watched, event):
            self.disarm()
            self.label.clear()
            self.label.hide()
        return False

    def _starts_action(self, widget: QWidget, event: QEvent) -> bool:
        if widget.window() is not self.label.window() or widget is self.label:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return bool(event.text().strip()) or event.key() in KEYS
        if event.type() == QEvent.Type.MouseButtonPress:
            part: QWidget | None = widget
            while part is not None and not part.isWindow():
                if isinstance(part, INPUTS):
                    return True
                part = part.parentWidget()
        return False


def clear_on_next_action(label: QLabel) -> None:
    """Hide ``label``'s message (shown just now) when the user starts the next action
    in its window: a typed key, or a press on a button or an input field."""
    watcher = WATCHERS.get(label)
    if watcher is None:
        watcher = WATCHERS[label] = _Watcher(label)
        label.destroyed.connect(lambda _obj=None: WATCHERS.pop(label, None))
    watcher.arm()


WATCHERS: dict[QLabel, _Watcher] = {}
"""Each label's watcher, made on its first message."""
