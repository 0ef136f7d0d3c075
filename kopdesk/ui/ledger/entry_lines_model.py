"""The editable grid of a new journal entry: Akun | Debit | Kredit | Memo.

Amounts are typed in Indonesian form and parsed with ``parse_rupiah``; a row
holds either a debit or a credit. A blank row is always kept at the end so
Tab/Enter can run on into the next line without the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kopdesk.domain.money import format_number, parse_rupiah
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.accounts import AccountInfo
from kopdesk.services.ledger.journal import LineInput
from kopdesk.ui.kit.widgets import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex


@dataclass
class DraftLine:
    account_code: str = ""
    debit: int = 0
    credit: int = 0
    memo: str = ""

    @property
    def blank(self) -> bool:
        return not (self.account_code or self.debit or self.credit or self.memo.strip())


class EntryLinesModel(QAbstractTableModel):
    """Lines being typed; ``input_error`` carries a message for unreadable input."""

    ACCOUNT, DEBIT, CREDIT, MEMO = range(4)
    input_error = Signal(str)

    def __init__(self, accounts: list[AccountInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts = {a.code: a for a in accounts if a.postable and a.active}
        self._lines: list[DraftLine] = [DraftLine()]
        self._headers = (self.tr("Account"), self.tr("Debit"), self.tr("Credit"), self.tr("Memo"))

    def labels(self) -> list[str]:
        """``"code name"`` of every account a line may use (for the completer)."""
        return [a.label for a in self._accounts.values()]

    def resolve(self, text: str) -> str | None:
        """The account code meant by ``text`` (a code, a label or a unique name part)."""
        text = " ".join(text.split())
        first = text.split(" ", 1)[0] if text else ""
        if first in self._accounts:
            return first
        needle = text.lower()
        matches = [c for c, a in self._accounts.items() if needle and needle in a.label.lower()]
        return matches[0] if len(matches) == 1 else None

    # --- what the dialog asks --------------------------------------------

    def lines(self) -> list[LineInput]:
        """Lines with an amount, debit positive and credit negative."""
        return [
            LineInput(line.account_code, line.debit - line.credit, line.memo.strip())
            for line in self._lines
            if line.debit or line.credit
        ]

    def total_debit(self) -> int:
        return sum(line.debit for line in self._lines)

    def total_credit(self) -> int:
        return sum(line.credit for line in self._lines)

    def difference(self) -> int:
        """Debit minus credit; zero when the entry balances."""
        return self.total_debit() - self.total_credit()

    def is_complete(self) -> bool:
        """Balanced, at least two lines with an amount, each with an account."""
        lines = [line for line in self._lines if line.debit or line.credit]
        return (
            len(lines) >= 2 and self.difference() == 0 and all(line.account_code for line in lines)
        )

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines) - 1:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()

    # --- Qt model ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ACCOUNT:
                account = self._accounts.get(line.account_code)
                return account.label if account else line.account_code
            if column == self.MEMO:
                return line.memo
            amount = line.debit if column == self.DEBIT else line.credit
            return format_number(amount) if amount else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (self.DEBIT, self.CREDIT) else LEFT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line = self._lines[index.row()]
        text = str(value or "").strip()
        column = index.column()
        if column == self.ACCOUNT:
            if not self._set_account(line, text):
                return False
        elif column == self.MEMO:
            line.memo = text
        elif not self._set_amount(line, column, text):
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        self._keep_blank_row()
        return True

    def _set_account(self, line: DraftLine, text: str) -> bool:
        if not text:
            line.account_code = ""
            return True
        code = self.resolve(text)
        if code is None:
            self.input_error.emit(
                self.tr('No active posting account matches "{text}".').format(text=text)
            )
            return False
        line.account_code = code
        return True

    def _set_amount(self, line: DraftLine, column: int, text: str) -> bool:
        try:
            amount = parse_rupiah(text) if text else 0
        except ValidationError as exc:
            self.input_error.emit(exc.message)
            return False
        if amount < 0:
            self.input_error.emit(
                self.tr("Type a positive amount; debit and credit each have their own column.")
            )
            return False
        if column == self.DEBIT:
            line.debit = amount
            line.credit = 0 if amount else line.credit
        else:
            line.credit = amount
            line.debit = 0 if amount else line.debit
        return True

    def _keep_blank_row(self) -> None:
        if self._lines[-1].blank:
            return
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(DraftLine())
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in (self.DEBIT, self.CREDIT) else LEFT
        return None
