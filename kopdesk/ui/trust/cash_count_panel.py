"""Kas opname tab: the pengawas type the pieces of each Rupiah note and coin; the
physical total, the book balance of the cash account at the chosen moment and the
difference follow as they type. Save asks first; a recorded count is never edited.
Other roles see the recorded counts and a read-only grid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain import clock, coa
from kopdesk.domain.dates import format_datetime
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.supervision import DENOMINATIONS, Denomination, count_total, parse_pieces
from kopdesk.errors import ValidationError
from kopdesk.services.supervision import cash_count
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.dates import DateField
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.table import TextTableModel, table_view
from kopdesk.ui.kit.widgets import ErrorLabel, bold


class CashCountPanel(QWidget):
    """The denomination grid with live totals, the count's details, the recorded counts."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.SUPERVISION_RECORD)
        self.pieces: dict[Denomination, QLineEdit] = {}
        self.amounts: dict[Denomination, QLabel] = {}
        grid_box = self._grid()
        form_box = self._form()
        for signal in (
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.account_combo.currentIndexChanged,
        ):
            signal.connect(self.refresh_balance)
        self.model = TextTableModel(frozenset({2, 3, 4}), self)
        self.model.set_headers(
            (
                self.tr("Number"),
                self.tr("Counted at"),
                self.tr("Physical"),
                self.tr("Book"),
                self.tr("Difference"),
                self.tr("Witness"),
            )
        )
        self.view = table_view(self.model, 1)
        recorded = QGroupBox(self.tr("Recorded cash counts"))
        QVBoxLayout(recorded).addWidget(self.view)
        left = QVBoxLayout()
        left.addWidget(form_box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(grid_box)
        layout.addLayout(left)
        layout.addWidget(recorded, 1)
        if not self.editable:
            for field in (
                *self.pieces.values(),
                self.time_edit,
                self.account_combo,
                self.counter_edit,
                self.witness_edit,
                self.note_edit,
            ):
                set_read_only(field)
            self.date_edit.setEnabled(False)
            self.save_button.setVisible(False)
        self.book_balance = 0
        self.refresh_balance()
        self.refresh()

    def _grid(self) -> QGroupBox:
        grid_box = QGroupBox(self.tr("Cash counted"))
        grid = QGridLayout(grid_box)
        grid.addWidget(QLabel(self.tr("Denomination")), 0, 0)
        grid.addWidget(QLabel(self.tr("Pieces")), 0, 1)
        grid.addWidget(QLabel(self.tr("Amount")), 0, 2)
        digits = QRegularExpressionValidator(r"[0-9.]{0,9}")
        for row, d in enumerate(DENOMINATIONS, start=1):
            label = (self.tr("Coin Rp{value}") if d.coin else self.tr("Note Rp{value}")).format(
                value=f"{d.value:,}".replace(",", ".")
            )
            edit = QLineEdit()
            edit.setValidator(digits)
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self.update_totals)
            amount = QLabel("Rp0")
            amount.setMinimumWidth(120)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(amount, row, 2)
            self.pieces[d] = edit
            self.amounts[d] = amount
        self.total_label = QLabel()
        self.book_label = QLabel()
        self.difference_label = QLabel()
        for shown in (self.total_label, self.book_label, self.difference_label):
            shown.setFont(bold(shown.font()))
        end = len(DENOMINATIONS) + 1
        for offset, (caption, value) in enumerate(
            (
                (self.tr("Physical total"), self.total_label),
                (self.tr("Book balance"), self.book_label),
                (self.tr("Difference"), self.difference_label),
            )
        ):
            grid.addWidget(QLabel(caption), end + offset, 0, 1, 2)
            grid.addWidget(value, end + offset, 2)
        grid.setRowStretch(end + 3, 1)
        return grid_box

    def _form(self) -> QGroupBox:
        self.date_edit = DateField(clock.today())
        self.time_edit = QTimeEdit(QTime.currentTime())
        self.time_edit.setDisplayFormat("HH:mm")
        self.account_combo = QComboBox()
        self.account_combo.addItem(self.tr("Cash (Kas)"), coa.Code.KAS.value)
        self.account_combo.addItem(self.tr("Petty cash (Kas kecil)"), coa.Code.KAS_KECIL.value)
        self.counter_edit = QLineEdit(self.ops.actor.display)
        self.witness_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save cash count…"))
        self.save_button.clicked.connect(self.save)
        form_box = QGroupBox(self.tr("Count details"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time"), self.time_edit)
        form.addRow(self.tr("Account"), self.account_combo)
        form.addRow(self.tr("Counted by"), self.counter_edit)
        form.addRow(self.tr("Witness"), self.witness_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.error)
        form.addRow(self.save_button)
        return form_box

    def moment(self) -> dt.datetime:
        t = self.time_edit.time()
        return dt.datetime.combine(self.date_edit.value(), dt.time(t.hour(), t.minute()))

    def counts(self) -> dict[Denomination, int]:
        """The pieces typed; raises ``ValidationError`` for a field that is not a count."""
        return {d: parse_pieces(edit.text(), d) for d, edit in self.pieces.items()}

    def refresh_balance(self) -> None:
        code, moment = self.account_combo.currentData(), self.moment()
        balance = self.ops.read(self, lambda s: cash_count.book_balance_at(s, code, moment))
        self.book_balance = balance or 0
        self.update_totals()

    def update_totals(self) -> None:
        try:
            counts = self.counts()
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return
        self.error.show_message("")
        for d, pieces in counts.items():
            self.amounts[d].setText(format_rupiah(d.value * pieces))
        total = count_total(counts)
        self.total_label.setText(format_rupiah(total))
        self.book_label.setText(format_rupiah(self.book_balance))
        difference = total - self.book_balance
        self.difference_label.setText(format_rupiah(difference))
        colour = "#1b7f3b" if difference == 0 else "#b3261e"
        self.difference_label.setStyleSheet(f"color: {colour};")

    def refresh(self) -> None:
        records = self.ops.read(self, cash_count.list_cash_counts) or []
        self.model.set_rows(
            [
                (
                    r.number,
                    format_datetime(r.counted_at),
                    format_rupiah(r.physical_total),
                    format_rupiah(r.book_balance),
                    format_rupiah(r.difference),
                    r.witness,
                )
                for r in reversed(records)
            ]
        )

    def save(self) -> cash_count.CashCountRecord | None:
        try:
            counts = self.counts()
        except ValidationError as exc:
            self.error.show_message(exc.message)
            return None
        data = cash_count.CashCountInput(
            counts=counts,
            counted_at=self.moment(),
            counter_name=self.counter_edit.text(),
            witness=self.witness_edit.text(),
            note=self.note_edit.text(),
            account_code=self.account_combo.currentData(),
        )
        question = self.tr(
            "Record this cash count? Physical {physical}, book {book}. A recorded count "
            "cannot be changed; a later count follows it."
        ).format(physical=self.total_label.text(), book=self.book_label.text())
        if not messages.confirm(self, self.tr("Cash count"), question):
            return None
        record = self.ops.run(
            self,
            lambda s: cash_count.record_cash_count(s, self.ops.actor, data),
            on_validation=lambda exc: self.error.show_message(exc.message),
        )
        if record is not None:
            for edit in self.pieces.values():
                edit.clear()
            self.witness_edit.clear()
            self.note_edit.clear()
            self.refresh()
        return record
