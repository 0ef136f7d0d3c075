"""Tree model of the chart of accounts with balances as of a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kopdesk.domain.money import format_number
from kopdesk.services.ledger.accounts import AccountBalance, AccountInfo
from kopdesk.ui.kit.widgets import LEFT, RIGHT, bold

Index = QModelIndex | QPersistentModelIndex
INACTIVE_COLOR = QColor(140, 140, 140)


@dataclass(eq=False)
class _Node:
    item: AccountBalance | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


class AccountTreeModel(QAbstractItemModel):
    """Accounts as a tree (headers above their children): Kode | Nama Akun | Saldo.

    The balance is shown on the account's normal side (``AccountBalance.natural``).
    Header accounts are bold, inactive accounts grey.
    """

    CODE, NAME, BALANCE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._headers = (self.tr("Code"), self.tr("Account name"), self.tr("Balance"))

    def set_balances(self, balances: list[AccountBalance]) -> None:
        """Replace the tree; ``balances`` are ordered so parents come first."""
        self.beginResetModel()
        self._root = _Node(None, None)
        nodes: dict[str, _Node] = {}
        for item in balances:
            parent = nodes.get(item.account.parent_code or "", self._root)
            node = _Node(item, parent)
            parent.children.append(node)
            nodes[item.account.code] = node
        self.endResetModel()

    def account(self, index: Index) -> AccountInfo | None:
        node = self._node(index)
        return None if node.item is None else node.item.account

    def index_of(self, code: str) -> QModelIndex:
        """The index of the account ``code`` (column 0), invalid if absent."""
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.item is not None and node.item.account.code == code:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: Index) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() and parent.column() != 0 else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._node(index).item
        if item is None:
            return None
        info = item.account
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (info.code, info.name, format_number(item.natural))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.BALANCE else LEFT
        if role == Qt.ItemDataRole.FontRole and not info.postable:
            return bold(QFont())
        if role == Qt.ItemDataRole.ForegroundRole and not info.active:
            return INACTIVE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole and not info.active:
            return self.tr("Inactive: no new postings")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.BALANCE else LEFT
        return None
