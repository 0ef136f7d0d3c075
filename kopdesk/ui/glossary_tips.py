"""Tooltips from the glossary: hovering a label, a button, a group title, a tab or a
column header that names a koperasi term (PPAP, ARO, PPh 4(2), kolektibilitas, jasa
modal, …) explains it, from :mod:`kopdesk.domain.glossary`.

The main window's application event filter (``navigation.AppEvents``) asks
:func:`glossary_tip` on every tooltip event of every window and dialog, so no page needs
to attach anything and a label whose text changes later still gets the right
explanation. A widget's own tooltip comes first; a header's tooltip from its model is
kept and the glossary added below it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from kopdesk.domain.glossary import find_terms

__all__ = ["glossary_html", "glossary_tip", "shown_text"]


def glossary_html(text: str) -> str:
    """The tooltip (rich text, so it wraps) explaining the terms ``text`` names;
    empty when it names none."""
    terms = find_terms(text)
    return "".join(f"<p><b>{escape(t.name)}</b>: {escape(t.meaning)}</p>" for t in terms)


TIP_WIDTH = 420
"""Pixels: a tooltip this wide reads as a short paragraph (Qt would make it narrow)."""


def _wide(html: str) -> str:
    return f'<table width="{TIP_WIDTH}"><tr><td>{html}</td></tr></table>'


def shown_text(widget: QWidget, pos: QPoint) -> tuple[str, str]:
    """What ``widget`` shows at ``pos`` (its label, button or group text, the tab or
    header section under ``pos``) and the tooltip it already has there."""
    if isinstance(widget, QLabel):
        return widget.text(), widget.toolTip()
    if isinstance(widget, QAbstractButton):
        return widget.text(), widget.toolTip()
    if isinstance(widget, QGroupBox):
        return widget.title(), widget.toolTip()
    if isinstance(widget, QTabBar):
        index = widget.tabAt(pos)
        return (widget.tabText(index), widget.tabToolTip(index)) if index >= 0 else ("", "")
    header = widget.parentWidget()
    if isinstance(header, QHeaderView) and header.model() is not None:
        along = pos.x() if header.orientation() == Qt.Orientation.Horizontal else pos.y()
        section = header.logicalIndexAt(along)
        if section < 0:
            return "", ""
        model, orientation = header.model(), header.orientation()
        title = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
        return str(title or ""), str(tip or "")
    return "", widget.toolTip()


def glossary_tip(widget: QWidget, pos: QPoint) -> str:
    """The tooltip to show on ``widget`` at ``pos``: empty when the widget has its own
    tooltip (and is no header) or names no glossary term."""
    text, own = shown_text(widget, pos)
    explained = glossary_html(text.replace("&&", "&"))
    if not explained:
        return ""
    if own and not isinstance(widget.parentWidget(), QHeaderView):
        return ""
    return _wide(f"<p>{escape(own)}</p>{explained}" if own else explained)
