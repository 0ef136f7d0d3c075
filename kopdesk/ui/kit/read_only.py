"""One look for fields a person may read but not change: a grey background, a quiet
border and no focus frame, so nobody types into a field that will not take it.

``set_read_only(field, True)`` is used instead of each widget's own ``setReadOnly``
or ``setEnabled(False)``; the text stays selectable and copyable where Qt allows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

__all__ = ["READ_ONLY_PROPERTY", "READ_ONLY_STYLE", "set_read_only"]

READ_ONLY_PROPERTY = "kopdeskReadOnly"
READ_ONLY_STYLE = (
    "background: #eef1f4; color: #30363d; border: 1px solid #d3d9df; border-radius: 2px;"
)
"""Grey, with a plain border: Fusion's blue focus frame is not drawn under a style sheet."""


def set_read_only(widget: QWidget, read_only: bool = True) -> None:
    """Make ``widget`` read-only (or editable again) and look it.

    Line and text edits and spin boxes stay focusable for selecting and copying;
    spin boxes lose their arrows. Combo boxes and check boxes have no read-only
    state in Qt, so they are disabled (greyed by the style). A read-only field's own
    style sheet is replaced by the read-only look.
    """
    styled: QWidget = widget
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.setReadOnly(read_only)
        selector = next(
            c.__name__ for c in (QLineEdit, QPlainTextEdit, QTextEdit) if isinstance(widget, c)
        )
    elif isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(read_only)
        widget.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.NoButtons
            if read_only
            else QAbstractSpinBox.ButtonSymbols.UpDownArrows
        )
        # a style sheet on the spin box itself hides its text: style its inner field
        styled = widget.findChild(QLineEdit) or widget
        selector = "QLineEdit"
    else:  # combo boxes, check boxes and the rest have no read-only state
        widget.setEnabled(not read_only)
        return
    if read_only:
        styled.setStyleSheet(f"{selector} {{ {READ_ONLY_STYLE} }}")
    elif widget.property(READ_ONLY_PROPERTY):  # only the look this helper gave it
        styled.setStyleSheet("")
    widget.setProperty(READ_ONLY_PROPERTY, read_only)
