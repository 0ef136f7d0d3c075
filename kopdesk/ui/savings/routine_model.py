"""Tables of the monthly savings routine and of the savings products.

Month-end interest plan, maturities and processed months; wajib billing;
the PPh 4(2) withholding list; the product list and the editable table of
wajib amounts per member class (golongan). Amounts are whole rupiah shown
in Indonesian form; total rows are bold.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kopdesk.domain.dates import MONTHS_ID, format_date_short, format_datetime
from kopdesk.domain.money import Rounding, format_number, parse_rupiah, to_rupiah
from kopdesk.domain.savings import InterestMethod, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.savings.products import ProductInfo
from kopdesk.services.savings.routine import (
    InterestLine,
    MonthEndPlan,
    MonthEndSummary,
    TaxList,
)
from kopdesk.services.savings.wajib import WajibBilling
from kopdesk.ui.kit.products import ProductListModel
from kopdesk.ui.kit.table import TextTableModel
from kopdesk.ui.kit.widgets import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex


def month_label(month: str) -> str:
    """``2025-03`` → ``Maret 2025``."""
    year, number = month.split("-")
    return f"{MONTHS_ID[int(number) - 1]} {year}"


def _balance(line: InterestLine) -> int:
    """The balance the interest is computed on: the lowest balance, or the average
    daily balance (the service's basis is then the sum of the day-end balances)."""
    if line.method is InterestMethod.AVERAGE_DAILY and line.days:
        return to_rupiah(Decimal(line.basis) / line.days, Rounding.HALF_UP)
    return line.basis


def _member(number: str, name: str) -> str:
    return f"{number} {name}"


class InterestPlanModel(TextTableModel):
    """One row per account earning interest in the month, and a bold total row."""

    GROSS, TAX, NET = 6, 7, 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({4, 5, 6, 7, 8}), parent)
        self.set_headers(
            (
                self.tr("Account no."),
                self.tr("Member"),
                self.tr("Product"),
                self.tr("Method"),
                self.tr("Balance"),
                self.tr("Rate %/yr"),
                self.tr("Gross interest"),
                self.tr("Tax"),
                self.tr("Net"),
                self.tr("Credited to"),
            )
        )

    def set_plan(self, plan: MonthEndPlan | None) -> None:
        """Show ``plan``'s interest lines (None: empty)."""
        if plan is None:
            self.set_rows([])
            return
        rows: list[tuple[str, ...]] = [
            (
                x.account_number,
                _member(x.member_number, x.member_name),
                x.product_name,
                x.method.label,
                format_number(_balance(x)),
                percent_text(x.rate_percent),
                format_number(x.gross),
                format_number(x.tax),
                format_number(x.net),
                x.credited_account_number,
            )
            for x in plan.lines
        ]
        if not rows:
            self.set_rows([])
            return
        rows.append(
            (
                "",
                self.tr("Total"),
                "",
                "",
                "",
                "",
                format_number(plan.gross_total),
                format_number(plan.tax_total),
                format_number(plan.net_total),
                "",
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class MaturitiesModel(TextTableModel):
    """Term deposits that mature in the month: rolled over, or paid into sukarela."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2}), parent)
        self.set_headers(
            (
                self.tr("Account no."),
                self.tr("Member"),
                self.tr("Principal"),
                self.tr("Matures on"),
                self.tr("What happens"),
            )
        )

    def set_plan(self, plan: MonthEndPlan | None) -> None:
        rows: list[tuple[str, ...]] = []
        for m in plan.maturities if plan else ():
            if m.rollover and m.new_maturity_date is not None:
                what = self.tr("Rolled over to {date}").format(
                    date=format_date_short(m.new_maturity_date)
                )
            else:
                what = self.tr("Paid into {account}").format(account=m.credited_account_number)
            rows.append(
                (
                    m.account_number,
                    _member(m.member_number, m.member_name),
                    format_number(m.principal),
                    format_date_short(m.maturity_date),
                    what,
                )
            )
        self.set_rows(rows)


class MonthEndHistoryModel(TextTableModel):
    """The months already processed, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({2, 3}), parent)
        self.set_headers(
            (
                self.tr("Month"),
                self.tr("Journal entry"),
                self.tr("Gross interest"),
                self.tr("Tax"),
                self.tr("Posted by"),
                self.tr("Posted at"),
            )
        )

    def set_history(self, history: list[MonthEndSummary]) -> None:
        self.set_rows(
            [
                (
                    month_label(h.month),
                    h.entry_number or self.tr("(nothing to post)"),
                    format_number(h.gross_total),
                    format_number(h.tax_total),
                    h.posted_by,
                    format_datetime(h.posted_at),
                )
                for h in history
            ]
        )


class WajibBillingModel(TextTableModel):
    """Each active member's simpanan wajib due, paid and in arrears; a bold total row."""

    ARREARS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3, 5, 6, 7, 8, 9, 10}), parent)
        self.set_headers(
            (
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Class"),
                self.tr("Per month"),
                self.tr("Billed from"),
                self.tr("Months"),
                self.tr("Due"),
                self.tr("Paid"),
                self.tr("Arrears"),
                self.tr("Months behind"),
                self.tr("Paid ahead"),
            )
        )

    def set_billing(self, billing: WajibBilling | None) -> None:
        if billing is None or not billing.rows:
            self.set_rows([])
            return
        rows: list[tuple[str, ...]] = [
            (
                r.member_number,
                r.member_name,
                r.member_class or "–",
                format_number(r.monthly),
                format_date_short(r.start),
                str(r.months),
                format_number(r.due),
                format_number(r.paid),
                format_number(r.arrears) if r.arrears else "",
                str(r.months_behind) if r.months_behind else "",
                format_number(r.ahead) if r.ahead else "",
            )
            for r in billing.rows
        ]
        rows.append(
            (
                "",
                self.tr("Total ({count} members late)").format(count=billing.members_late),
                "",
                "",
                "",
                "",
                format_number(sum(r.due for r in billing.rows)),
                format_number(sum(r.paid for r in billing.rows)),
                format_number(billing.total_arrears),
                "",
                format_number(sum(r.ahead for r in billing.rows)),
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class TaxListModel(TextTableModel):
    """Daftar pemotongan PPh 4(2): each member paid interest in the month; a total row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({4, 5, 6}), parent)
        self.set_headers(
            (
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("NIK"),
                self.tr("NPWP"),
                self.tr("Gross interest"),
                self.tr("Tax withheld"),
                self.tr("Net"),
            )
        )

    def set_list(self, tax: TaxList | None) -> None:
        if tax is None or not tax.rows:
            self.set_rows([])
            return
        rows: list[tuple[str, ...]] = [
            (
                r.member_number,
                r.member_name,
                r.nik,
                r.npwp or "–",
                format_number(r.gross),
                format_number(r.tax),
                format_number(r.net),
            )
            for r in tax.rows
        ]
        rows.append(
            (
                "",
                self.tr("Total"),
                "",
                "",
                format_number(tax.gross_total),
                format_number(tax.tax_total),
                format_number(tax.net_total),
            )
        )
        self.set_rows(rows, {len(rows) - 1})


class SavingsProductListModel(ProductListModel[ProductInfo]):
    """Nama | Jenis | Klasifikasi | Jasa %/tahun of the savings products."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3}), parent)
        self.set_headers(
            (self.tr("Product"), self.tr("Kind"), self.tr("Classification"), self.tr("Rate %/yr"))
        )

    def cells(self, product: ProductInfo) -> tuple[str, ...]:
        return (
            product.name,
            product.kind.value.capitalize(),
            product.classification.capitalize(),
            percent_text(product.rate_percent) if product.rate_percent else "–",
        )


class ClassAmountsModel(QAbstractTableModel):
    """Golongan | Per bulan: the simpanan wajib amount for each member class, editable.

    Cells hold what was typed; :meth:`amounts` checks it (``ValidationError``
    with field ``class_amounts``). Empty rows are ignored.
    """

    CLASS, AMOUNT = 0, 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._editable = True
        self._headers = (self.tr("Class"), self.tr("Per month"))

    def set_amounts(self, amounts: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = [[cls, format_number(amount)] for cls, amount in sorted(amounts.items())]
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def add_row(self) -> int:
        """Append an empty row; returns its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def amounts(self) -> dict[str, int]:
        """The typed classes and amounts; ValidationError (``class_amounts``) when wrong."""
        out: dict[str, int] = {}
        for cls_text, amount_text in self._rows:
            cls = " ".join(cls_text.split())
            if not cls and not amount_text.strip():
                continue
            if not cls:
                raise ValidationError(
                    "class_amounts",
                    self.tr("Write the class name for the amount {amount}.").format(
                        amount=amount_text
                    ),
                )
            if cls in out:
                raise ValidationError(
                    "class_amounts", self.tr("Class {name} is listed twice.").format(name=cls)
                )
            try:
                out[cls] = parse_rupiah(amount_text, field="class_amounts")
            except ValidationError as exc:
                raise ValidationError(
                    "class_amounts",
                    self.tr("Class {name}: {problem}").format(name=cls, problem=exc.message),
                ) from None
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == self.AMOUNT else LEFT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        text = str(value).strip()
        if index.column() == self.AMOUNT:
            # keep what was typed when it is not rupiah; amounts() says what is wrong
            with contextlib.suppress(ValidationError):
                text = format_number(parse_rupiah(text))
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._editable else base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 2:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == self.AMOUNT else LEFT
        return None
