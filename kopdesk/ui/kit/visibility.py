"""Hiding what a user may not use without flashing it on screen as a window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


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
