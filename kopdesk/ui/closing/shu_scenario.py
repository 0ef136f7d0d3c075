"""One column of the SHU simulator: a plan's percentages and bases and what they give.

:class:`Scenario` holds the widgets of one scenario (a percentage per part with
its rupiah, the total that must be 100%, the bases of jasa modal and jasa
usaha, and the member statistics) and turns them into a ``shu.PlanInput``;
:class:`~kopdesk.ui.closing.shu.PlanTab` lays three of them side by side.
"""

from __future__ import annotations

import statistics
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel

from kopdesk.domain import shu as rules
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.errors import ValidationError
from kopdesk.services.closing import shu
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import RIGHT, ErrorLabel, bold

RED = "color: #b00020;"
SPIN_WIDTH, AMOUNT_WIDTH = 96, 110
COLUMN_WIDTH = SPIN_WIDTH + 10 + AMOUNT_WIDTH
"""One scenario: its percentages and their rupiah side by side."""
HUNDRED = Decimal(100)


def percent_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(0, 100)
    spin.setSingleStep(1)
    spin.setAlignment(RIGHT)
    spin.setKeyboardTracking(False)
    spin.setSuffix("%")
    spin.setFixedWidth(SPIN_WIDTH)
    return spin


def spin_percent(spin: QDoubleSpinBox) -> Decimal:
    """The spin box's value as an exact two-decimal percentage."""
    return Decimal(f"{spin.value():.2f}")


def value_label() -> QLabel:
    label = QLabel("–")
    label.setAlignment(RIGHT)
    label.setMinimumWidth(AMOUNT_WIDTH)
    return label


def modal_bases() -> dict[str, str]:
    """Short names of the jasa modal bases (the full ones are the tooltips)."""
    return {
        "akhir_tahun": QCoreApplication.translate("Scenario", "Balance at year end"),
        "rata_bulanan": QCoreApplication.translate("Scenario", "Average of month ends"),
    }


def usaha_bases() -> dict[str, str]:
    return {
        "bunga": QCoreApplication.translate("Scenario", "Loan interest paid"),
        "volume": QCoreApplication.translate("Scenario", "Loan volume"),
        "pembelian": QCoreApplication.translate("Scenario", "Purchases"),
    }


PlanKey = tuple[str, str, bool, str]


def plan_key(plan: shu.PlanInput) -> PlanKey:
    """What makes two plans compute the same (the RAT decision text does not)."""
    return (
        rules.format_allocation({k: v.normalize() for k, v in plan.allocation.items()}),
        plan.modal_basis,
        plan.include_sukarela,
        plan.usaha_basis,
    )


def member_share(result: shu.ShuResult, number: str) -> shu.MemberShare | None:
    return next((m for m in result.members if m.number == number), None)


class Scenario(QObject):
    """One column of the simulator: the percentages, the bases and what they give."""

    changed = Signal()

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setFont(bold(self.title.font()))
        self.spins = {p.key: percent_spin() for p in rules.PARTS}
        self.amounts = {p.key: value_label() for p in rules.PARTS}
        self.total_percent = QLabel()
        self.total_percent.setAlignment(RIGHT)
        self.pool_label = value_label()
        self.modal_combo = QComboBox()
        for key, label in modal_bases().items():
            self.modal_combo.addItem(label, key)
            self.modal_combo.setItemData(
                self.modal_combo.count() - 1, rules.MODAL_BASES[key], Qt.ItemDataRole.ToolTipRole
            )
        self.sukarela_check = QCheckBox(self.tr("with simpanan sukarela"))
        self.usaha_combo = QComboBox()
        for key, label in usaha_bases().items():
            self.usaha_combo.addItem(label, key)
            self.usaha_combo.setItemData(
                self.usaha_combo.count() - 1, rules.USAHA_BASES[key], Qt.ItemDataRole.ToolTipRole
            )
        self.error_label = ErrorLabel()
        self.error_label.setMaximumWidth(COLUMN_WIDTH)
        self.members_label = value_label()
        self.smallest_label = value_label()
        self.median_label = value_label()
        self.largest_label = value_label()
        self.member_modal = value_label()
        self.member_usaha = value_label()
        self.member_total = value_label()
        for spin in self.spins.values():
            spin.valueChanged.connect(self._changed)
        self.modal_combo.currentIndexChanged.connect(self._changed)
        self.usaha_combo.currentIndexChanged.connect(self._changed)
        self.sukarela_check.toggled.connect(self._changed)
        self.result: shu.ShuResult | None = None

    def _changed(self, *_args: object) -> None:
        self.show_total()
        self.changed.emit()

    def total(self) -> Decimal:
        return sum((spin_percent(s) for s in self.spins.values()), Decimal(0))

    def plan(self, decision: str = "") -> shu.PlanInput:
        return shu.PlanInput(
            {key: spin_percent(spin) for key, spin in self.spins.items()},
            str(self.modal_combo.currentData()),
            self.sukarela_check.isChecked(),
            str(self.usaha_combo.currentData()),
            decision,
        )

    def problem(self) -> str:
        """Why this scenario cannot be computed ("" when it can)."""
        try:
            shu.check_plan(self.plan())
        except ValidationError as exc:
            return exc.message
        return ""

    def set_plan(self, plan: shu.PlanInput) -> None:
        """Show ``plan`` without sending ``changed`` for every field."""
        widgets: list[QObject] = [
            *self.spins.values(),
            self.modal_combo,
            self.usaha_combo,
            self.sukarela_check,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        for key, spin in self.spins.items():
            spin.setValue(float(plan.allocation.get(key, Decimal(0))))
        self.modal_combo.setCurrentIndex(max(self.modal_combo.findData(plan.modal_basis), 0))
        self.usaha_combo.setCurrentIndex(max(self.usaha_combo.findData(plan.usaha_basis), 0))
        self.sukarela_check.setChecked(plan.include_sukarela)
        for widget in widgets:
            widget.blockSignals(False)
        self.show_total()

    def set_editable(self, editable: bool) -> None:
        for spin in self.spins.values():
            set_read_only(spin, not editable)
            spin.setButtonSymbols(
                QDoubleSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QDoubleSpinBox.ButtonSymbols.NoButtons
            )
        for widget in (self.modal_combo, self.usaha_combo, self.sukarela_check):
            widget.setEnabled(editable)

    def show_total(self) -> None:
        total = self.total()
        self.total_percent.setText(f"{format(total.normalize(), 'f').replace('.', ',')}%")
        self.total_percent.setStyleSheet("font-weight: bold;" + ("" if total == HUNDRED else RED))
        self.error_label.show_message(self.problem())

    def show_result(self, result: shu.ShuResult | None, member: str) -> None:
        """The rupiah of each part and the member statistics (– when not computed)."""
        self.result = result
        for key, label in self.amounts.items():
            label.setText(format_rupiah(result.parts[key]) if result else "–")
        self.pool_label.setText(format_rupiah(result.shared) if result else "–")
        totals = sorted(m.total for m in result.members if m.total > 0) if result else []
        self.members_label.setText(format_number(len(totals)) if result else "–")
        for label, value in (
            (self.smallest_label, totals[0] if totals else None),
            (self.median_label, statistics.median_low(totals) if totals else None),
            (self.largest_label, totals[-1] if totals else None),
        ):
            label.setText(format_rupiah(value) if value is not None else "–")
        self.show_member(member)

    def show_member(self, number: str) -> None:
        share = member_share(self.result, number) if self.result and number else None
        for label, value in (
            (self.member_modal, share.jasa_modal if share else None),
            (self.member_usaha, share.jasa_usaha if share else None),
            (self.member_total, share.total if share else None),
        ):
            label.setText(format_rupiah(value) if value is not None else "–")
