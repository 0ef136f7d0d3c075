"""Asking before a slip of the finger costs money or typed work (issue 17).

- :func:`confirm_money` shows who, how much (in figures and in words) and on
  which date before cash goes in or out, with the reasons the date is unusual
  (``services/supervision/posting_dates.py``). Enter alone goes back: the
  treasurer posts with Y (or Tab to the button), so a second Enter never posts.
- :func:`confirm_date` asks about an unusual date where there is no slip
  (a journal entry).
- :class:`GuardedDialog` asks "discard changes?" before a dialog with typed
  input is closed (Cancel, Esc, the window's ✕), and keeps it open while a
  date field refuses its text.

Tests replace :func:`ask_money`, :func:`ask_unusual_date` and :func:`ask_discard`
(``tests/ui/conftest.py``) so nothing blocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import format_date
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.services.supervision.posting_dates import date_concerns
from kopdesk.ui.kit import dates
from kopdesk.ui.kit.dates import DateField, dates_acceptable
from kopdesk.ui.kit.ops import Ops

__all__ = [
    "GuardedDialog",
    "MoneyDialog",
    "Slip",
    "ask_discard",
    "ask_money",
    "ask_unusual_date",
    "confirm_date",
    "confirm_money",
]


@dataclass(frozen=True)
class Slip:
    """What is about to be posted: ``what`` (e.g. "Setor Simpanan Wajib"), whose,
    how much (rupiah) and on which day; ``paid_out`` when cash leaves the cooperative."""

    what: str
    member: str
    amount: int
    on: dt.date
    paid_out: bool = False


def _reasons(parent: QWidget | None, ops: Ops, on: dt.date) -> list[str] | None:
    """Why ``on`` is an unusual date to post on; None when the book could not be read."""
    now = dates.today()
    found = ops.read(parent, lambda s: date_concerns(s, on, today=now))
    return None if found is None else [c.message for c in found]


def confirm_money(parent: QWidget | None, ops: Ops, slip: Slip) -> bool:
    """Ask before posting ``slip``; True when the user confirmed it."""
    reasons = _reasons(parent, ops, slip.on)
    return reasons is not None and ask_money(parent, slip, reasons)


def confirm_date(parent: QWidget | None, ops: Ops, on: dt.date) -> bool:
    """True when ``on`` is an ordinary date, or the user confirmed an unusual one."""
    reasons = _reasons(parent, ops, on)
    if reasons is None:
        return False
    return not reasons or ask_unusual_date(parent, on, reasons)


def ask_money(parent: QWidget | None, slip: Slip, reasons: list[str]) -> bool:
    return MoneyDialog(slip, reasons, parent).exec() == QDialog.DialogCode.Accepted


def ask_unusual_date(parent: QWidget | None, on: dt.date, reasons: list[str]) -> bool:
    """Ask whether to post on ``on`` anyway; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("guards", "Check the date"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate("guards", "Post on {date}?").format(date=format_date(on))
    )
    box.setInformativeText("\n\n".join(reasons))
    post = box.addButton(
        QCoreApplication.translate("guards", "&Yes, post on this date"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("guards", "Change the date"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is post


def ask_discard(parent: QWidget | None) -> bool:
    """Ask whether to throw away what was typed; the default keeps it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("guards", "Discard changes?"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate("guards", "What you typed has not been saved. Discard it?")
    )
    discard = box.addButton(
        QCoreApplication.translate("guards", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("guards", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class MoneyDialog(QDialog):
    """The slip in large print; Y posts, Enter and Esc go back to the form."""

    def __init__(self, slip: Slip, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before posting"))
        heading = QLabel(f"<b>{slip.what}</b>")
        heading.setWordWrap(True)
        amount = QLabel(format_rupiah(slip.amount))
        font = amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        amount.setFont(font)
        amount.setStyleSheet("color: #b00020;" if slip.paid_out else "color: #1b5e20;")
        words = QLabel(f"<i>{terbilang_rupiah(slip.amount)}</i>")
        words.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Member"), QLabel(slip.member))
        form.addRow(
            self.tr("Paid out") if slip.paid_out else self.tr("Received"),
            amount,
        )
        form.addRow("", words)
        form.addRow(self.tr("Date"), QLabel(format_date(slip.on)))
        self.warning = QLabel("\n".join(f"• {r}" for r in reasons))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background: #fff4ce; color: #5c4400; border: 1px solid #e0c872; padding: 6px;"
        )
        self.warning.setVisible(bool(reasons))
        hint = QLabel(self.tr("Press Y to post, Enter or Esc to go back to the form."))
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox()
        self.post_button = QPushButton(self.tr("&Yes, post (Y)"))
        self.back_button = QPushButton(self.tr("Back (Esc)"))
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.post_button.setAutoDefault(False)
        self.back_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.back_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Y
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)


class GuardedDialog(QDialog):
    """A dialog that asks before throwing typed input away and refuses to close
    with OK while a date field refuses its text.

    Call :meth:`watch_edits` once the fields exist: from then on what the user
    types, picks or ticks (not what code fills in) marks the dialog changed.
    Subclasses with input elsewhere (a table of lines) extend :meth:`has_changes`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_changed = False

    def watch_edits(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._mark_changed)
        for combo in self.findChildren(QComboBox):
            combo.activated.connect(self._mark_changed)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(self._mark_changed)
        for field in self.findChildren(DateField):
            field.edited.connect(self._mark_changed)

    def _mark_changed(self) -> None:
        self.input_changed = True

    def has_changes(self) -> bool:
        return self.input_changed

    def dates_acceptable(self) -> bool:
        """Every date field holds a date (else the first refused one shows why)."""
        return dates_acceptable(self)

    def accept(self) -> None:
        if self.dates_acceptable():
            super().accept()

    def reject(self) -> None:
        if self.has_changes() and not ask_discard(self):
            return
        super().reject()
