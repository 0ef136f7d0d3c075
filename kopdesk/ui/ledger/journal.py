"""The journal list: search, date filter, new entry, show lines, reverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.permissions import Permission
from kopdesk.services.ledger.journal import (
    EntryInfo,
    EntrySummary,
    JournalFilter,
    entry_ids,
    entry_summaries,
    get_entry,
    reverse_entry,
)
from kopdesk.ui.kit import guards, messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import DateField, setup_table, today
from kopdesk.ui.ledger.entry_detail_dialog import EntryDetailDialog
from kopdesk.ui.ledger.entry_dialog import JournalEntryDialog
from kopdesk.ui.ledger.journal_model import JournalListModel
from kopdesk.ui.ledger.small_dialogs import ReverseDialog


class JournalPanel(QWidget):
    """Every journal entry, newest first, fetched a page at a time."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = JournalListModel(self._fetch, self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search number or description"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.refresh)
        self.filter_check = QCheckBox(self.tr("Dates"))
        self.from_edit = DateField(today().replace(month=1, day=1))
        self.to_edit = DateField(today())
        self.filter_check.toggled.connect(self._filter_toggled)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_entry)
        self.reverse_button = QPushButton(self.tr("Reverse entry"))
        self.reverse_button.clicked.connect(self.reverse_selected)
        show_if(self.new_button, ops.can(Permission.JOURNAL_POST))
        show_if(self.reverse_button, ops.can(Permission.JOURNAL_REVERSE))
        self.view = self._make_view()
        self.count_label = QLabel()
        self._layout()
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        setup_table(view)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(JournalListModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        view.setColumnWidth(JournalListModel.NUMBER, 150)
        view.setColumnWidth(JournalListModel.DATE, 100)
        view.setColumnWidth(JournalListModel.AMOUNT, 130)
        view.setColumnWidth(JournalListModel.STATUS, 215)
        view.doubleClicked.connect(self._show_index)
        view.activated.connect(self._show_index)
        return view

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.filter_check)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        bar.addSpacing(16)
        bar.addWidget(self.new_button)
        bar.addWidget(self.reverse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _filter_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def _fetch(self, ids: Sequence[int]) -> list[EntrySummary]:
        with self.ops.book.read() as session:
            return entry_summaries(session, ids)

    def current_filter(self) -> JournalFilter:
        dated = self.filter_check.isChecked()
        return JournalFilter(
            date_from=self.from_edit.value() if dated else None,
            date_to=self.to_edit.value() if dated else None,
            search=self.search_edit.text(),
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.journal:
            self.refresh()

    def refresh(self) -> None:
        flt = self.current_filter()
        ids = self.ops.read(self, lambda s: entry_ids(s, flt))
        if ids is None:
            return
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("{count} entries").format(count=len(ids)))

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def selected_summary(self) -> EntrySummary | None:
        index = self.view.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def _show_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is None:
            return
        entry = self.ops.read(self, lambda s: get_entry(s, summary.number))
        if entry is not None:
            EntryDetailDialog.ask(entry, self)

    def new_entry(self) -> None:
        posted = JournalEntryDialog.ask(self.ops, self)
        if posted is not None:
            self.select_entry(posted.id)

    def reverse_selected(self) -> EntryInfo | None:
        """Ask a date, confirm, and post the reversing entry of the selected one."""
        summary = self.selected_summary()
        if summary is None:
            messages.inform(self, self.tr("Reverse entry"), self.tr("Select an entry first."))
            return None
        now = today()
        same_year = summary.date <= now and now.year == summary.date.year
        on = ReverseDialog.ask(summary.number, now if same_year else summary.date, self)
        if on is None:
            return None
        question = self.tr("Reverse entry {number} on {date}?").format(
            number=summary.number, date=format_date_short(on)
        )
        if not messages.confirm(self, self.tr("Reverse entry"), question):
            return None
        if not guards.confirm_date(self, self.ops, on):
            return None
        return self._reverse(summary.number, on)

    def _reverse(self, number: str, on: dt.date) -> EntryInfo | None:
        # Old entries need a second user's approval (dual control): run_approved asks for it.
        posted = self.ops.run_approved(
            self,
            lambda s, approval: reverse_entry(
                s, number, on, actor=self.ops.actor, approval=approval
            ),
            what=self.tr("Reverse journal entry {number}").format(number=number),
        )
        if posted is not None:
            self.ops.status_message.emit(
                self.tr("Entry {number} reversed by {reversal}.").format(
                    number=number, reversal=posted.number
                )
            )
            self.select_entry(posted.id)
        return posted
