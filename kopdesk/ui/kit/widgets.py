"""Small input widgets shared by pages and dialogs: dates and amounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import clock
from kopdesk.domain.money import format_number, parse_rupiah
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.books import FiscalYearInfo
from kopdesk.ui.kit import dates
from kopdesk.ui.kit.transient import clear_on_next_action
from kopdesk.ui.kit.visibility import show_if

T = TypeVar("T")
DateField = dates.DateField
"""The one date field of the app (``kit/dates.py``): takes what is typed or refuses it."""
to_qdate, from_qdate = dates.to_qdate, dates.from_qdate
DATE_FORMAT = "dd-MM-yyyy"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def today() -> dt.date:
    """The local calendar date (a desk app keeps the office's wall clock)."""
    return clock.today()


def bold(font: QFont) -> QFont:
    result = QFont(font)
    result.setBold(True)
    return result


class AmountEdit(QLineEdit):
    """An amount typed in Indonesian form (``1.250.000``), shown formatted.

    :meth:`amount` raises ``ValidationError`` for text that is not rupiah.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(RIGHT)
        self.editingFinished.connect(self._reformat)

    def amount(self) -> int:
        return parse_rupiah(self.text())

    def _reformat(self) -> None:
        try:
            self.setText(format_number(self.amount()))
        except ValidationError:
            return


class ErrorLabel(QLabel):
    """A red, word-wrapped message shown beside a field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (empty: hide) until the user starts the next action."""
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            clear_on_next_action(self)


def working_year(years: list[FiscalYearInfo]) -> FiscalYearInfo | None:
    """The fiscal year a treasurer is working in: the open one holding today,
    else the latest open one, else the latest one."""
    now = today()
    for year in years:
        if year.is_open and year.start_date <= now <= year.end_date:
            return year
    open_years = [y for y in years if y.is_open]
    candidates = open_years or years
    return candidates[-1] if candidates else None


def setup_table(view: QTableView, *, row_numbers: bool = False) -> None:
    """Compact rows, alternating colours, row numbers only where lines are typed."""
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(row_numbers)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)


def add_checked_row(form: QFormLayout, label: str, field: QWidget) -> ErrorLabel:
    """Add ``field`` to ``form`` with an (initially hidden) error label below it."""
    error = ErrorLabel()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    form.addRow(label, box)
    return error


def password_edit(placeholder: str = "") -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


def add_field_row(form: QFormLayout, label: str, field: QWidget) -> ErrorLabel:
    """Like :func:`add_checked_row`, but the error gets a row of its own under the
    field, so the label stays level with the field and a hidden error takes no space.

    (Use it in forms that never insert or remove rows by index.)
    """
    error = ErrorLabel()
    # a wrapping label may get room for two lines; keep its text right under the field
    error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.addRow(label, field)
    form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, error)
    return error


WARNING_BANNER = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c872;"
READ_ONLY_BANNER = "background: #fde2e2; color: #7a1010; border: 1px solid #e4a3a3;"


class Banner(QFrame):
    """A coloured strip across the top of the window with a message; the ✕ button
    (when ``closable``) hides it until the next message."""

    def __init__(self, style: str, *, closable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(f"#banner {{ {style} border-radius: 3px; }} QLabel {{ border: none; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(QCoreApplication.translate("Banner", "Hide this message"))
        self.close_button.clicked.connect(self.hide)
        show_if(self.close_button, closable)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


def value_label() -> QLabel:
    """A shown value: wraps, can be selected and copied, sits top left."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def facts_grid(
    left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]], fields: dict[str, QLabel]
) -> QWidget:
    """Two columns of grey captions beside their values; each ``(key, caption)``
    gets a :func:`value_label` kept in ``fields[key]``."""
    tab = QWidget()
    grid = QGridLayout(tab)
    grid.setHorizontalSpacing(12)
    grid.setVerticalSpacing(4)
    for column, pairs in ((0, left), (2, right)):
        for row, (key, text) in enumerate(pairs):
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, row, column)
            fields[key] = value_label()
            grid.addWidget(fields[key], row, column + 1)
    grid.setColumnStretch(1, 2)
    grid.setColumnStretch(3, 3)
    grid.setRowStretch(len(left), 1)
    return tab


def accepted(dialog: QDialog, value: Callable[[], T]) -> T | None:
    """Show ``dialog`` modally; ``value()`` when it was accepted, None when cancelled."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return value()


def ok_cancel(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object] | None = None
) -> QDialogButtonBox:
    """OK (named ``ok_text``, running ``on_ok``) and Cancel (rejecting ``dialog``)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if on_ok is not None:
        buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons
