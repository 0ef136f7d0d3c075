"""Hiding what a user may not use without flashing it on screen as a window, and
popups wide enough for what they list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


def show_if(widget: QWidget, shown: bool) -> None:
    """Show ``widget`` when ``shown``, else hide it.

    A widget without a parent is a window of its own: ``setVisible(True)`` on it
    (a button made in a constructor, before a layout takes it) puts it on screen
    for a moment at the top left. Such a widget is only ever hidden here; it shows
    with its parent once a layout has taken it.
    """
    if widget.parent() is None:
        if not shown:
            widget.hide()
        return
    widget.setVisible(shown)


POPUP_PADDING = 48
"""Room in a popup list for its frame, the item padding and a vertical scroll bar."""


def fit_popups(combo: QComboBox, texts: Iterable[str]) -> None:
    """Make ``combo``'s drop-down list and completer popup wide enough for the longest
    of ``texts``, however narrow the combo box itself is."""
    width = popup_width(combo, texts)
    view = combo.view()
    if view is not None:
        view.setMinimumWidth(width)
    completer = combo.completer()
    if completer is not None:
        fit_completer(completer, width)


def fit_completer(completer: QCompleter, width: int) -> None:
    """Make ``completer``'s popup at least ``width`` pixels wide (Qt makes it as wide
    as the field it completes, too narrow for long account names in a table cell)."""
    popup = completer.popup()
    if popup is not None:
        popup.setMinimumWidth(width)


def popup_width(widget: QWidget, texts: Iterable[str]) -> int:
    """How wide a popup list under ``widget`` must be to show each of ``texts`` whole."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + POPUP_PADDING
