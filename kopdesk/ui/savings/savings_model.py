"""Savings tables: a member's accounts and a list of counter transactions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number
from kopdesk.domain.vocabulary import SavingsAccountStatus, SavingsTxKind
from kopdesk.services.savings.accounts import AccountInfo
from kopdesk.services.savings.transactions import KIND_LABEL, TxRow
from kopdesk.ui.kit.table import Cell, Column, ColumnTableModel
from kopdesk.ui.kit.widgets import RIGHT

__all__ = [
    "CORRECTION_COLOR",
    "MUTED_COLOR",
    "SavingsAccountsModel",
    "SavingsTransactionsModel",
]

MUTED_COLOR = QColor(120, 120, 120)
CORRECTION_COLOR = QColor(176, 0, 32)


class SavingsAccountsModel(ColumnTableModel[AccountInfo]):
    """Produk | No. rekening | Saldo | Dapat ditarik | Jatuh tempo (amounts in rupiah).

    Closed accounts (when listed) are grey.
    """

    PRODUCT, NUMBER, BALANCE, AVAILABLE, MATURITY = range(5)
    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Product"), lambda a: a.product_name),
                Column(self.tr("Account no."), lambda a: a.number),
                Column(self.tr("Balance"), lambda a: format_number(a.balance), RIGHT),
                Column(self.tr("Available"), lambda a: format_number(a.available), RIGHT),
                Column(
                    self.tr("Maturity"),
                    lambda a: format_date_short(a.maturity_date) if a.maturity_date else "",
                ),
            ]
        )

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.set_items(accounts)

    def account(self, row: int) -> AccountInfo | None:
        return self.row_item(row)

    def total(self) -> int:
        """The member's savings in these accounts together (rupiah)."""
        return sum(a.balance for a in self._items)

    def style(self, cell: Cell[AccountInfo], role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and cell.item.status != SavingsAccountStatus.AKTIF
        ):
            return MUTED_COLOR
        return None


class SavingsTransactionsModel(ColumnTableModel[TxRow]):
    """No. bukti | Tanggal | Jenis | No. anggota | Nama | Rekening | Jumlah | Keterangan.

    Newest first, as the service lists them. A corrected transaction says so
    and is grey; a correction is red. A loan row's account is the loan and its
    note the journal entry.
    """

    NUMBER, DATE, KIND, MEMBER, NAME, ACCOUNT, AMOUNT, NOTE = range(8)
    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        corrected = self.tr("corrected")
        self.set_columns(
            [
                Column(self.tr("Receipt no."), lambda t: t.number),
                Column(self.tr("Date"), lambda t: format_date_short(t.date)),
                Column(self.tr("Kind"), lambda t: KIND_LABEL.get(t.kind, t.kind)),
                Column(self.tr("Member no."), lambda t: t.member_number),
                Column(self.tr("Name"), lambda t: t.member_name),
                Column(self.tr("Account no."), lambda t: t.account_number),
                Column(self.tr("Amount"), lambda t: format_number(t.amount), RIGHT),
                Column(self.tr("Note"), lambda t: _note(t, corrected)),
            ]
        )

    def set_rows(self, rows: list[TxRow]) -> None:
        self.set_items(rows)

    def transaction(self, row: int) -> TxRow | None:
        return self.row_item(row)

    def row_of(self, number: str) -> int:
        """The row of receipt ``number``, or -1."""
        return next((i for i, r in enumerate(self._items) if r.number == number), -1)

    def style(self, cell: Cell[TxRow], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.item.kind == SavingsTxKind.KOREKSI:
                return CORRECTION_COLOR
            return MUTED_COLOR if cell.item.reversed else None
        return None


def _note(row: TxRow, corrected: str) -> str:
    if row.reversed:
        return corrected
    return row.entry_number if row.is_loan else ""
