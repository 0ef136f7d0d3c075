"""Cari apa saja (Ctrl+K): a small window over the main window; type part of a name, a
member number, a NIK, or the number of an entry, loan, receipt or document, pick with
the arrows and press Enter to open it (:func:`open_hit`).

The finding is :func:`kopdesk.services.finder.find.find_anything`; this module shows
its hits and takes the window to the page of the one chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopdesk.services.finder.find import Hit, HitKind, find_anything
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops

if TYPE_CHECKING:
    from kopdesk.ui.ledger.cash_journal import CashJournalPage
    from kopdesk.ui.loans.loans import LoansPage
    from kopdesk.ui.register.members import MembersPage
    from kopdesk.ui.savings.counter import SavingsPage

__all__ = ["SEARCH_DELAY_MS", "Navigator", "QuickFind", "open_hit"]

SEARCH_DELAY_MS = 200
"""Typing pauses this long before the book is searched (Enter searches at once)."""
HIT = Qt.ItemDataRole.UserRole


class Navigator(Protocol):
    """What :func:`open_hit` needs of the main window."""

    @property
    def members(self) -> MembersPage: ...
    @property
    def savings(self) -> SavingsPage: ...
    @property
    def loans(self) -> LoansPage: ...
    @property
    def cash_journal(self) -> CashJournalPage: ...
    def show_page(self, page: QWidget) -> None: ...


class QuickFind(QDialog):
    """The Ctrl+K window. ``chosen`` carries the hit picked with Enter or a double click."""

    chosen = Signal(object)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Find anything"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr("Name, member no., NIK, entry, loan, receipt or document number")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("hits")
        self.results.setStyleSheet("#hits::item { padding: 4px 6px; }")
        self.results.itemActivated.connect(self._activated)
        self.status = QLabel(self.tr("Type at least part of a name or a number."))
        self.status.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.returnPressed.connect(self.open_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(720, 420)
        self._searched = ""

    def popup(self) -> None:
        """Show over the parent's upper middle with the text selected for a new search."""
        parent = self.parentWidget()
        if parent is not None:
            frame = parent.geometry()
            self.move(frame.x() + (frame.width() - self.width()) // 2, frame.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def search_now(self) -> None:
        """Search the book for the typed text and list what it finds."""
        self.timer.stop()
        typed = self.edit.text()
        self._searched = typed
        hits = self.ops.read(self, lambda s: find_anything(s, typed)) if typed.strip() else []
        self.results.clear()
        for hit in hits or []:
            item = QListWidgetItem(self._line(hit), self.results)
            item.setData(HIT, hit)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("↑↓ choose · Enter opens · Esc closes"))
        elif typed.strip():
            self.status.setText(self.tr("Nothing found for “{text}”.").format(text=typed.strip()))
        else:
            self.status.setText(self.tr("Type at least part of a name or a number."))

    def hits(self) -> list[Hit]:
        return [self.results.item(i).data(HIT) for i in range(self.results.count())]

    def open_current(self) -> None:
        """Enter: search first if the text changed, then open the chosen hit."""
        if self._stale():
            self.search_now()
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def _stale(self) -> bool:
        """Whether the list is not yet of the text typed."""
        return self.timer.isActive() or self.edit.text() != self._searched

    def _activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT)
        self.hide()
        self.chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the text field move through the results."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self._stale():
                self.search_now()
                return True
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _line(self, hit: Hit) -> str:
        kind = {
            HitKind.MEMBER: self.tr("Member"),
            HitKind.ENTRY: self.tr("Journal"),
            HitKind.LOAN: self.tr("Loan"),
            HitKind.SAVINGS_RECEIPT: self.tr("Savings receipt"),
            HitKind.LOAN_RECEIPT: self.tr("Loan receipt"),
            HitKind.SHU_RECEIPT: self.tr("SHU receipt"),
            HitKind.DOCUMENT: self.tr("Document"),
        }[hit.kind]
        detail = f"  ·  {hit.detail}" if hit.detail else ""
        return f"{kind}:  {hit.number}  —  {hit.title}{detail}"


def open_hit(window: Navigator, hit: Hit, parent: QWidget | None = None) -> None:
    """Take the window to ``hit``: the member selected in Anggota, the entry in the
    journal, the loan in Pinjaman, a savings receipt's member at the counter; a
    document's record is told in a message."""
    if hit.kind is HitKind.MEMBER:
        _open_member(window, hit.member_number)
    elif hit.kind in {HitKind.ENTRY, HitKind.SHU_RECEIPT}:
        _open_entry(window, hit.entry_number)
    elif hit.kind in {HitKind.LOAN, HitKind.LOAN_RECEIPT}:
        _open_loan(window, hit.loan_number)
    elif hit.kind is HitKind.SAVINGS_RECEIPT:
        page = window.savings
        window.show_page(page)
        page.build()
        page.sections.setCurrentWidget(page.counter)
        page.choose_member(hit.member_number)
    else:
        messages.inform(
            parent,
            QCoreApplication.translate("QuickFind", "Document {number}").format(number=hit.number),
            f"{hit.title}\n{hit.detail}",
        )


def _open_member(window: Navigator, number: str) -> None:
    page = window.members
    window.show_page(page)
    page.status_combo.setCurrentIndex(0)
    page.organ_combo.setCurrentIndex(0)
    page.search_edit.setText(number)
    page.refresh()
    for row in range(page.model.rowCount()):
        member = page.model.member(row)
        if member is not None and member.number == number:
            page.select_row(row)
            return


def _open_entry(window: Navigator, number: str) -> None:
    page = window.cash_journal
    window.show_page(page)
    page.show_tab(page.journal)
    journal = page.journal
    journal.filter_check.setChecked(False)
    journal.search_edit.setText(number)
    journal.refresh()
    for row in range(journal.model.rowCount()):
        summary = journal.model.summary(row)
        if summary is not None and summary.number == number:
            journal.view.selectRow(row)
            journal.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return


def _open_loan(window: Navigator, number: str) -> None:
    page = window.loans
    window.show_page(page)
    page.build()
    page.sections.setCurrentIndex(0)
    page.tabs.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(0)
    page.search_edit.setText(number)
    page.refresh()
    page.select(number)
