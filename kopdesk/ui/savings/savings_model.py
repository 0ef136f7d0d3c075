"""Savings tables: a member's accounts and a list of counter transactions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.services.savings.accounts import AccountInfo
from kopdesk.services.savings.transactions import KIND_LABEL, TxRow
from kopdesk.ui.kit.widgets import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
MUTED_COLOR = QColor(120, 120, 120)
CORRECTION_COLOR = QColor(176, 0, 32)


class SavingsAccountsModel(QAbstractTableModel):
    """Produk | No. rekening | Saldo | Dapat ditarik | Jatuh tempo (amounts in rupiah).

    Closed accounts (when listed) are grey.
    """

    PRODUCT, NUMBER, BALANCE, AVAILABLE, MATURITY = range(5)
    COLUMNS = 5
    _AMOUNTS = (BALANCE, AVAILABLE)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountInfo] = []
        self._headers = (
            self.tr("Product"),
            self.tr("Account no."),
            self.tr("Balance"),
            self.tr("Available"),
            self.tr("Maturity"),
        )

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> AccountInfo | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def total(self) -> int:
        """The member's savings in these accounts together (rupiah)."""
        return sum(a.balance for a in self._accounts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(account, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self._AMOUNTS else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and account.status != "aktif":
            return MUTED_COLOR
        return None

    def _text(self, a: AccountInfo, column: int) -> str:
        if column == self.PRODUCT:
            return a.product_name
        if column == self.NUMBER:
            return a.number
        if column == self.BALANCE:
            return format_number(a.balance)
        if column == self.AVAILABLE:
            return format_number(a.available)
        return format_date_short(a.maturity_date) if a.maturity_date else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self._AMOUNTS else LEFT
        return None


class SavingsTransactionsModel(QAbstractTableModel):
    """No. bukti | Tanggal | Jenis | No. anggota | Nama | Rekening | Jumlah | Keterangan.

    Newest first, as the service lists them. A corrected transaction says so
    and is grey; a correction is red.
    """

    NUMBER, DATE, KIND, MEMBER, NAME, ACCOUNT, AMOUNT, NOTE = range(8)
    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TxRow] = []
        self._headers = (
            self.tr("Receipt no."),
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Account no."),
            self.tr("Amount"),
            self.tr("Note"),
        )

    def set_rows(self, rows: list[TxRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def transaction(self, row: int) -> TxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: str) -> int:
        """The row of receipt ``number``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.number == number), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        tx = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(tx, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.AMOUNT else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if tx.kind == "koreksi":
                return CORRECTION_COLOR
            return MUTED_COLOR if tx.reversed else None
        return None

    def _text(self, tx: TxRow, column: int) -> str:
        texts = {
            self.NUMBER: tx.number,
            self.DATE: format_date_short(tx.date),
            self.KIND: KIND_LABEL.get(tx.kind, tx.kind),
            self.MEMBER: tx.member_number,
            self.NAME: tx.member_name,
            self.ACCOUNT: tx.account_number,
            self.AMOUNT: format_number(tx.amount),
        }
        if column in texts:
            return texts[column]
        return self.tr("corrected") if tx.reversed else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.AMOUNT else LEFT
        return None
