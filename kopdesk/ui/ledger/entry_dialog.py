"""The manual journal entry dialog (keyboard first).

Date → description → the grid of lines; Tab and Enter move on cell by cell,
a blank line always waits at the end, Ctrl+S (or Ctrl+Enter) saves. Save is
enabled only when debits equal credits over at least two lines.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.money import format_number
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.accounts import list_accounts
from kopdesk.services.ledger.journal import EntryInfo, EntryInput, post_entry
from kopdesk.ui.kit import guards
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.visibility import fit_completer, popup_width
from kopdesk.ui.kit.widgets import RIGHT, DateField, ErrorLabel, setup_table
from kopdesk.ui.ledger.entry_lines_model import EntryLinesModel

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LineDelegate(QStyledItemDelegate):
    """Line editors: an account completer over "code name"; Enter moves on."""

    def __init__(self, labels: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: ARG002 - Qt's signature
        index: Index,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == EntryLinesModel.ACCOUNT:
            completer = QCompleter(self._labels, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            fit_completer(completer, popup_width(editor, self._labels))
            editor.setCompleter(completer)
        elif index.column() in (EntryLinesModel.DEBIT, EntryLinesModel.CREDIT):
            editor.setAlignment(RIGHT)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QWidget)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class LinesView(QTableView):
    """Enter on a cell starts editing it instead of pressing a dialog button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers():
            if self.state() != QAbstractItemView.State.EditingState:
                self.edit(self.currentIndex())
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            model = self.model()
            if isinstance(model, EntryLinesModel):
                model.remove_line(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class JournalEntryDialog(GuardedDialog):
    """Type and post one manual journal entry; :attr:`posted` holds the result."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.posted: EntryInfo | None = None
        self.setWindowTitle(self.tr("New journal entry"))
        self.resize(820, 520)
        accounts = ops.read(self, lambda s: list_accounts(s, include_inactive=False)) or []
        self.lines = EntryLinesModel(accounts, self)
        self.date_edit = DateField()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(
            self.tr("What happened, e.g. Paid the electricity bill for July")
        )
        self.date_error = ErrorLabel()
        self.description_error = ErrorLabel()
        self.view = self._make_view()
        self.message = ErrorLabel()
        self.totals_label = QLabel()
        self.difference_label = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        remove_button = QPushButton(self.tr("Delete line"))
        for button in (self.save_button, self.cancel_button, remove_button):
            button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        remove_button.clicked.connect(
            lambda: self.lines.remove_line(self.view.currentIndex().row())
        )
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.lines.dataChanged.connect(self._update_totals)
        self.lines.rowsRemoved.connect(self._update_totals)
        self.lines.input_error.connect(self.message.show_message)
        self._layout(remove_button)
        self._update_totals()
        self.watch_edits()

    def has_changes(self) -> bool:
        """Something typed in the fields or the lines and not posted."""
        return super().has_changes() or self.lines.total_debit() + self.lines.total_credit() > 0

    def _make_view(self) -> LinesView:
        view = LinesView()
        view.setModel(self.lines)
        setup_table(view, row_numbers=True)
        view.setItemDelegate(LineDelegate(self.lines.labels(), view))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = view.horizontalHeader()
        header.setSectionResizeMode(EntryLinesModel.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntryLinesModel.MEMO, QHeaderView.ResizeMode.Stretch)
        for column in (EntryLinesModel.DEBIT, EntryLinesModel.CREDIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            view.setColumnWidth(column, 150)
        return view

    def _layout(self, remove_button: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow("", self.date_error)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow("", self.description_error)
        hint = QLabel(
            self.tr(
                "Type the account code or name, then the amount. Enter or Tab moves to the "
                "next cell; Ctrl+S saves."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        totals = QHBoxLayout()
        totals.addWidget(remove_button)
        totals.addStretch(1)
        totals.addWidget(self.totals_label)
        totals.addSpacing(24)
        totals.addWidget(self.difference_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(totals)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _update_totals(self) -> None:
        difference = self.lines.difference()
        self.totals_label.setText(
            self.tr("Debit {debit}   Credit {credit}").format(
                debit=format_number(self.lines.total_debit()),
                credit=format_number(self.lines.total_credit()),
            )
        )
        self.difference_label.setText(
            self.tr("Difference: {amount}").format(amount=format_number(difference))
        )
        color = "#1b5e20" if difference == 0 else "#b00020"
        self.difference_label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.save_button.setEnabled(self.lines.is_complete())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def entry_input(self) -> EntryInput:
        return EntryInput(
            date=self.date_edit.value(),
            description=self.description_edit.text(),
            lines=self.lines.lines(),
        )

    def commit_pending_edit(self) -> None:
        """Take over what is typed in a cell that is still being edited."""
        editor = self.view.indexWidget(self.view.currentIndex())
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> None:
        """Post the entry through :class:`Ops`; close the dialog when it is posted."""
        self.commit_pending_edit()
        if not self.lines.is_complete():
            return
        for label in (self.date_error, self.description_error, self.message):
            label.show_message("")
        if not self.date_edit.check():
            return
        entry = self.entry_input()
        if not guards.confirm_date(self, self.ops, entry.date):
            return
        posted = self.ops.run(
            self,
            lambda s: post_entry(s, entry, actor=self.ops.actor),
            on_validation=self._show_validation,
        )
        if posted is None:
            return
        self.posted = posted
        self.input_changed = False
        self.ops.status_message.emit(
            self.tr("Journal entry {number} saved.").format(number=posted.number)
        )
        self.accept()

    def _show_validation(self, error: ValidationError) -> None:
        labels = {"date": self.date_error, "description": self.description_error}
        labels.get(error.field, self.message).show_message(error.message)

    @classmethod
    def ask(cls, ops: Ops, parent: QWidget | None = None) -> EntryInfo | None:
        """Show the dialog; the posted entry, or None when cancelled."""
        dialog = cls(ops, parent)
        dialog.exec()
        return dialog.posted
