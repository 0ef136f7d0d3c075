"""The pieces of a "choose a month → preview → post" panel.

The savings month-end, the loan allowance (PPAP) and the depreciation each
let a month be chosen (:class:`MonthField`; the tabs share their top,
:class:`MonthPostingTab`), show what would be posted with a
service refusal in a banner instead of a message box (:func:`refusal`), post
after a confirmation and say what was posted (:func:`result_label`,
:func:`show_result`, :func:`show_posted`). :func:`heading` titles a table, :func:`split_view` puts
the preview over the history; :func:`paper` finds a printable paper that may
not exist yet and :func:`print_paper` saves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.dates import MONTHS_ID
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import month_bounds
from kopdesk.errors import KopdeskError
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.transient import clear_on_next_action
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import WARNING_BANNER, Banner, today

__all__ = [
    "MonthField",
    "MonthPostingTab",
    "heading",
    "paper",
    "print_paper",
    "refusal",
    "result_label",
    "show_posted",
    "show_result",
    "split_view",
]

T = TypeVar("T")
RESULT_STYLE = "color: #1b5e20; font-weight: bold;"


def refusal(query: Callable[[Session], T]) -> Callable[[Session], T | KopdeskError]:
    """``query`` whose refusal (month not ended, not processed, …) comes back as a value,
    to be shown in the panel instead of a message box."""

    def run(session: Session) -> T | KopdeskError:
        try:
            return query(session)
        except KopdeskError as exc:
            return exc

    return run


def paper(name: str) -> Callable[..., bytes] | None:
    """``kopdesk.app.papers.<name>`` when that paper exists (it is written separately)."""
    found = getattr(documents, name, None)
    return found if callable(found) else None


class MonthField(QWidget):
    """A month: its Indonesian name and the year; :meth:`value` is ``YYYY-MM``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_combo = QComboBox()
        self.month_combo.addItems(list(MONTHS_ID))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today().year)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.month_combo)
        row.addWidget(self.year_spin)
        self.month_combo.currentIndexChanged.connect(self.changed)
        self.year_spin.valueChanged.connect(self.changed)

    def value(self) -> str:
        return f"{self.year_spin.value():04d}-{self.month_combo.currentIndex() + 1:02d}"

    def set_value(self, month: str) -> None:
        first, _last = month_bounds(month)
        self.blockSignals(True)
        self.year_spin.setValue(first.year)
        self.month_combo.setCurrentIndex(first.month - 1)
        self.blockSignals(False)
        self.changed.emit()


class MonthPostingTab(QWidget):
    """The top of a tab that previews a month and posts it: Month, Preview, Post…,
    then a banner for refusals, a summary and the posted result.

    A subclass names the right to post (``PERMISSION``), gives the words
    (:meth:`texts`) and does :meth:`preview`, :meth:`post` and :meth:`clear_preview`;
    it puts :attr:`bar`, :attr:`banner`, :attr:`summary` and :attr:`result_label`
    where it wants them.
    """

    PERMISSION: ClassVar[Permission]

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        month, preview, post = self.texts()
        self.month_field = MonthField()
        self.month_field.changed.connect(self.clear_preview)
        self.preview_button = QPushButton(preview)
        self.preview_button.clicked.connect(self.preview)
        self.post_button = QPushButton(post)
        self.post_button.clicked.connect(self.post)
        self.post_button.setEnabled(False)
        show_if(self.post_button, ops.can(self.PERMISSION))
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.result_label = result_label()
        self.bar = QHBoxLayout()
        self.bar.addWidget(QLabel(month))
        self.bar.addWidget(self.month_field)
        self.bar.addWidget(self.preview_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.post_button)

    def texts(self) -> tuple[str, str, str]:
        """The words "Month", "Preview" and "Post…", translated by the subclass."""
        raise NotImplementedError

    def preview(self) -> object:
        """Show what posting the chosen month would do."""
        raise NotImplementedError

    def post(self) -> object:
        """Post the previewed month after a confirmation."""
        raise NotImplementedError

    def clear_preview(self) -> None:
        """Forget the preview (the month or the books changed)."""
        raise NotImplementedError


def heading(text: str) -> QLabel:
    """A bold title over a table."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def split_view(
    top: Sequence[tuple[QWidget, int]], bottom: Sequence[tuple[QWidget, int]]
) -> QSplitter:
    """``top`` over ``bottom`` (widgets with their stretch), three parts to one,
    the line between them movable; neither part collapses."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    for part in (top, bottom):
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in part:
            column.addWidget(widget, stretch)
        splitter.addWidget(holder)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    return splitter


def result_label() -> QLabel:
    """The green line that says what was posted (hidden until then)."""
    label = QLabel()
    label.setStyleSheet(RESULT_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_result(label: QLabel, ops: Ops, text: str) -> None:
    """Say ``text`` (what was posted) in ``label`` and on the status bar."""
    label.setText(text)
    label.show()
    clear_on_next_action(label)
    ops.status_message.emit(text)


def show_posted(label: QLabel, ops: Ops, entry_number: str | None, posted: str, empty: str) -> None:
    """:func:`show_result` of ``posted`` when a journal entry was made, else of ``empty``
    (the month was recorded with nothing to post)."""
    show_result(label, ops, posted if entry_number else empty)


def print_paper(parent: QWidget, ops: Ops, name: str, file_name: str, of: object) -> None:
    """Save the paper ``name`` of ``of`` (a date or a month) as ``file_name`` where the
    user chooses, when that paper exists."""
    make = paper(name)
    if make is None:
        return
    save_document(parent, ops, file_name, lambda: make(ops.book, of, actor=ops.actor))
