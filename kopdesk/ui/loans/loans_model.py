"""Loan tables: the loan list (with arrears and kolektibilitas), a schedule preview,
a running loan's installments with what was paid, and its events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.loans import Grade, Installment, Simulation
from kopdesk.domain.money import format_number
from kopdesk.domain.vocabulary import LoanEventKind, LoanStatus
from kopdesk.services.loans.quality import Position
from kopdesk.services.loans.records import EventInfo, LoanRow
from kopdesk.services.loans.schedules import InstallmentState
from kopdesk.ui.kit.table import Cell, Column, ColumnTableModel, Index, TextTableModel
from kopdesk.ui.kit.widgets import RIGHT

__all__ = [
    "CLOSED",
    "EVENT_LABEL",
    "LATE_COLOR",
    "MUTED_COLOR",
    "WAITING_COLOR",
    "InstallmentStatesModel",
    "LoanEventsModel",
    "LoanLine",
    "LoanListModel",
    "SchedulePreviewModel",
    "join_positions",
]

MUTED_COLOR = QColor(120, 120, 120)
LATE_COLOR = QColor(176, 0, 32)
WAITING_COLOR = QColor(138, 90, 0)
CLOSED = (LoanStatus.LUNAS, LoanStatus.DITOLAK, LoanStatus.DIRESTRUKTURISASI, LoanStatus.DIHAPUS)
EVENT_LABEL: dict[str, str] = {
    LoanEventKind.CAIR: "Pencairan",
    LoanEventKind.ANGSURAN: "Angsuran",
    LoanEventKind.PELUNASAN: "Pelunasan",
    LoanEventKind.RESTRUKTURISASI: "Restrukturisasi",
    LoanEventKind.HAPUS: "Hapus buku",
    LoanEventKind.SALDO_AWAL: "Saldo awal",
}


@dataclass(frozen=True)
class LoanLine:
    """One loan in a list: the service's row and, for a running loan, its position today."""

    row: LoanRow
    position: Position | None = None

    @property
    def days_late(self) -> int:
        return self.position.days_past_due if self.position else 0

    @property
    def grade(self) -> Grade | None:
        return self.position.grade if self.position else None


def join_positions(rows: Sequence[LoanRow], positions: Sequence[Position]) -> list[LoanLine]:
    """Pair each loan with its position (only running loans have one)."""
    by_number = {p.loan_number: p for p in positions}
    return [
        LoanLine(r, by_number.get(r.number) if r.status == LoanStatus.AKTIF else None) for r in rows
    ]


class LoanListModel(ColumnTableModel[LoanLine]):
    """No. pinjaman | No. anggota | Nama | Produk | Status | Pokok | Sisa pokok | Hari
    tunggak | Kolektibilitas (amounts in rupiah).

    A late loan is red, a closed one grey, an application waiting for approval brown.
    """

    NUMBER, MEMBER, NAME, PRODUCT, STATUS, AMOUNT, OUTSTANDING, DAYS, GRADE = range(9)
    COLUMNS = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Loan no."), lambda x: x.row.number),
                Column(self.tr("Member no."), lambda x: x.row.member_number),
                Column(self.tr("Name"), lambda x: x.row.member_name),
                Column(self.tr("Product"), lambda x: x.row.product_name),
                Column(self.tr("Status"), lambda x: x.row.status_label),
                Column(self.tr("Amount"), lambda x: format_number(x.row.amount), RIGHT),
                Column(self.tr("Outstanding"), _outstanding_text, RIGHT),
                Column(self.tr("Days late"), _days_late_text, RIGHT),
                Column(self.tr("Kolektibilitas"), lambda x: x.grade.label if x.grade else ""),
            ]
        )

    def set_lines(self, lines: Sequence[LoanLine]) -> None:
        self.set_items(lines)

    def line(self, row: int) -> LoanLine | None:
        return self.row_item(row)

    def row_of(self, number: str) -> int:
        """The row of loan ``number``, or -1."""
        return next((i for i, x in enumerate(self._items) if x.row.number == number), -1)

    def total_outstanding(self) -> int:
        return sum(x.row.outstanding for x in self._items)

    def style(self, cell: Cell[LoanLine], role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(cell.item)
        return None

    @staticmethod
    def _colour(line: LoanLine) -> QColor | None:
        if line.days_late > 0:
            return LATE_COLOR
        if line.row.status in CLOSED:
            return MUTED_COLOR
        if line.row.status == LoanStatus.DIAJUKAN:
            return WAITING_COLOR
        return None


def _outstanding_text(line: LoanLine) -> str:
    return format_number(line.row.outstanding) if line.row.disbursed_on else ""


def _days_late_text(line: LoanLine) -> str:
    return str(line.days_late) if line.row.status == LoanStatus.AKTIF else ""


class SchedulePreviewModel(TextTableModel):
    """Ke | Jatuh tempo | Pokok | Jasa | Angsuran | Sisa pokok, then the total row (bold)."""

    NUMBER, DUE, PRINCIPAL, INTEREST, TOTAL, BALANCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({0, 2, 3, 4, 5}), parent)
        self.set_headers(
            (
                self.tr("No."),
                self.tr("Due date"),
                self.tr("Principal"),
                self.tr("Interest"),
                self.tr("Installment"),
                self.tr("Balance"),
            )
        )

    def set_simulation(self, sim: Simulation | None) -> None:
        if sim is None:
            self.set_rows([])
            return
        rows = [_installment_cells(x) for x in sim.rows]
        rows.append(
            (
                "",
                self.tr("Total"),
                format_number(sim.total_principal),
                format_number(sim.total_interest),
                format_number(sim.total),
                "",
            )
        )
        self.set_rows(rows, {len(rows) - 1})


def _installment_cells(x: Installment) -> tuple[str, ...]:
    return (
        str(x.number),
        format_date_short(x.due_date),
        format_number(x.principal),
        format_number(x.interest),
        format_number(x.total),
        format_number(x.balance_after),
    )


class InstallmentStatesModel(TextTableModel):
    """Ke | Jatuh tempo | Angsuran | Dibayar pokok | Dibayar jasa | Denda | Sisa | Keterangan.

    The last column says *lunas*, *belum jatuh tempo* or *tunggak*.
    """

    NUMBER, DUE, INSTALLMENT, PAID_PRINCIPAL, PAID_INTEREST, LATE_FEE, OWED, NOTE = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({0, 2, 3, 4, 5, 6}), parent)
        self.set_headers(
            (
                self.tr("No."),
                self.tr("Due date"),
                self.tr("Installment"),
                self.tr("Principal paid"),
                self.tr("Interest paid"),
                self.tr("Late fee owed"),
                self.tr("Still owed"),
                self.tr("State"),
            )
        )
        self._states: list[InstallmentState] = []

    def set_states(self, states: Sequence[InstallmentState], as_of: Any) -> None:
        self._states = list(states)
        rows: list[tuple[str, ...]] = []
        for s in states:
            owed = s.owed_principal + s.owed_interest
            if owed == 0:
                note = self.tr("paid")
            elif s.due_date < as_of:
                note = self.tr("late")
            else:
                note = self.tr("not yet due")
            rows.append(
                (
                    str(s.number),
                    format_date_short(s.due_date),
                    format_number(s.principal + s.interest),
                    format_number(s.paid_principal) if s.paid_principal else "",
                    format_number(s.paid_interest) if s.paid_interest else "",
                    format_number(s.owed_late_fee) if s.owed_late_fee else "",
                    format_number(owed) if owed else "",
                    note,
                )
            )
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            cell = self.cell(index.row(), self.NOTE)
            if cell == self.tr("late"):
                return LATE_COLOR
            if cell == self.tr("paid"):
                return MUTED_COLOR
        return super().data(index, role)


class LoanEventsModel(TextTableModel):
    """No. | Tanggal | Jenis | Kas | Pokok | Jasa | Denda | Sisa pokok | Oleh | Catatan."""

    NUMBER, DATE, KIND, CASH, PRINCIPAL, INTEREST, LATE_FEE, AFTER, BY, NOTE = range(10)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3, 4, 5, 6, 7}), parent)
        self.set_headers(
            (
                self.tr("No."),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Cash"),
                self.tr("Principal"),
                self.tr("Interest"),
                self.tr("Late fee"),
                self.tr("Outstanding after"),
                self.tr("By"),
                self.tr("Note"),
            )
        )

    def set_events(self, events: Sequence[EventInfo]) -> None:
        def amount(value: int) -> str:
            return format_number(value) if value else ""

        self.set_rows(
            [
                (
                    e.number,
                    format_date_short(e.date),
                    EVENT_LABEL.get(e.kind, e.kind),
                    amount(e.cash),
                    amount(e.principal),
                    amount(e.interest),
                    amount(e.late_fee),
                    format_number(e.outstanding_after),
                    e.created_by,
                    e.note,
                )
                for e in events
            ]
        )
