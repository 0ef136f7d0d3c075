"""Finding one member by typing their number or name (the teller's first step)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.services.members import search
from kopdesk.services.members.register import MemberRow, member_rows
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import setup_table
from kopdesk.ui.members.members_model import MemberListModel

SEARCH_DELAY_MS = 200
MAX_MATCHES = 200
"""Enough to scroll through a common name; more means: type more of it."""
ROWS_SHOWN = 6
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _matches(session: Session, text: str) -> list[int]:
    """Members whose number, name, NIK or phone contains ``text`` (the first
    :data:`MAX_MATCHES`, from the search index); an exact member number comes first."""
    return search.find_members(session, text, limit=MAX_MATCHES)


class FinderEdit(QLineEdit):
    """The search line: Down moves into the matches, Esc clears."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class MatchesView(QTableView):
    """The matches: Enter picks the current one, Esc (or Up on the first row) goes back."""

    picked = Signal(int)
    back = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ENTER_KEYS:
            if self.currentIndex().isValid():
                self.picked.emit(self.currentIndex().row())
            return
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.currentIndex().row() <= 0):
            self.back.emit()
            return
        super().keyPressEvent(event)


class MemberFinder(QWidget):
    """Type a member number or a name; the matches show as you type.

    Enter picks the member with exactly that number, else the first match;
    Down moves into the list, where Enter picks. :attr:`picked` carries the
    member number.
    """

    picked = Signal(str)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = MemberListModel(self._fetch, self)
        self.edit = FinderEdit()
        self.edit.setPlaceholderText(self.tr("Member: type a number or name, Enter picks (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        # the hint whole, with room for the frame and the clear button
        hint = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
        self.edit.setMinimumWidth(hint + 48)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.pick_best)
        self.edit.down_pressed.connect(self.enter_list)
        self.view = self._make_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.view)
        self.view.hide()

    def _make_view(self) -> MatchesView:
        view = MatchesView()
        view.setModel(self.model)
        setup_table(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column in (MemberListModel.NIK, MemberListModel.PHONE, MemberListModel.SEX):
            view.setColumnHidden(column, True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MemberListModel.NAME, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(MemberListModel.NUMBER, 110)
        view.setColumnWidth(MemberListModel.KELURAHAN, 150)
        view.setColumnWidth(MemberListModel.JOIN_DATE, 100)
        view.setColumnWidth(MemberListModel.STATUS, 120)
        view.picked.connect(self._pick_row)
        view.doubleClicked.connect(lambda index: self._pick_row(index.row()))
        view.back.connect(self.focus)
        return view

    def _fetch(self, ids: Sequence[int]) -> list[MemberRow]:
        with self.ops.book.read() as session:
            return member_rows(session, ids)

    def _typed(self, _text: str) -> None:
        self.timer.start()

    def search(self) -> int:
        """List the members matching the text now; returns how many."""
        self.timer.stop()
        text = self.edit.text().strip()
        ids = self.ops.read(self, lambda s: _matches(s, text)) if text else []
        self.model.set_ids(ids or [])
        shown = min(max(self.model.rowCount(), 1), ROWS_SHOWN)
        height = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(
            height + shown * self.view.verticalHeader().defaultSectionSize() + 4
        )
        self.view.setVisible(bool(text))
        return self.model.rowCount()

    def pick_best(self) -> None:
        """Enter in the search line: the exact number or the first match."""
        if self.timer.isActive() or not self.view.isVisible():
            self.search()
        if self.model.rowCount() > 0:
            self._pick_row(0)

    def enter_list(self) -> None:
        if self.timer.isActive() or not self.view.isVisible():
            self.search()
        if self.model.rowCount() > 0:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.selectRow(0)

    def _pick_row(self, row: int) -> None:
        member = self.model.member(row)
        if member is None:
            return
        self.view.hide()
        self.edit.setText(f"{member.number} · {member.full_name}")
        self.picked.emit(member.number)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        self.timer.stop()
        self.edit.clear()
        self.model.set_ids([])
        self.view.hide()

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
