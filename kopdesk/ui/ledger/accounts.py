"""The chart of accounts with balances as of a date, and its small edits."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.services.ledger.accounts import (
    AccountInfo,
    account_balances,
    add_account,
    deactivate_account,
    reactivate_account,
    rename_account,
)
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import DateField
from kopdesk.ui.ledger.accounts_model import AccountTreeModel
from kopdesk.ui.ledger.small_dialogs import AccountDialog


class AccountsPanel(QWidget):
    """Daftar akun: header accounts bold, inactive ones grey, balances on their normal side."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.date_edit = DateField()
        self.date_edit.dateChanged.connect(self.refresh)
        self.model = AccountTreeModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AccountTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(AccountTreeModel.CODE, 150)
        self.view.setColumnWidth(AccountTreeModel.BALANCE, 160)
        self.add_button = QPushButton(self.tr("Add account"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.add_button.clicked.connect(self.add_under_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Balances as of")))
        bar.addWidget(self.date_edit)
        bar.addStretch(1)
        for button in (
            self.add_button,
            self.rename_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            bar.addWidget(button)
            show_if(button, ops.can(Permission.ACCOUNTS_MANAGE))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        ops.changes_applied.connect(self._on_changes)
        self.refresh()
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if changes.balances:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        as_of = self.date_edit.value()
        balances = self.ops.read(self, lambda s: account_balances(s, as_of))
        if balances is None:
            return
        self.model.set_balances(balances)
        self.view.expandToDepth(0)
        if selected is not None:
            self.select(selected.code)
        self._update_buttons()

    def select(self, code: str) -> None:
        index = self.model.index_of(code)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected(self) -> AccountInfo | None:
        return self.model.account(self.view.currentIndex())

    def _update_buttons(self) -> None:
        info = self.selected()
        self.add_button.setEnabled(info is not None and not info.postable)
        self.rename_button.setEnabled(info is not None)
        self.deactivate_button.setEnabled(info is not None and info.postable and info.active)
        self.reactivate_button.setEnabled(info is not None and not info.active)

    def add_under_selected(self) -> None:
        parent = self.selected()
        if parent is None or parent.postable:
            return
        answer = AccountDialog.ask_new(parent.label, parent.code, self)
        if answer is None:
            return
        code, name = answer
        added = self.ops.run(
            self,
            lambda s: add_account(s, self.ops.actor, code, name, parent.code),
        )
        if added is not None:
            self.select(added.code)

    def rename_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        name = AccountDialog.ask_rename(info.code, info.name, self)
        if name is not None:
            self.ops.run(self, lambda s: rename_account(s, self.ops.actor, info.code, name))

    def deactivate_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.ops.run(self, lambda s: deactivate_account(s, self.ops.actor, info.code))

    def reactivate_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.ops.run(self, lambda s: reactivate_account(s, self.ops.actor, info.code))
