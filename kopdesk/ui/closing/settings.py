"""Pengaturan → Laporan & SHU: the cash-flow mapping and the SHU defaults.

The Laporan Arus Kas shows each cash movement under the line its counter
account maps to (a form of account → line rows, :mod:`.cash_flow_form`; the
longest prefix wins, :mod:`kopdesk.domain.cashflow`). The SHU defaults (the AD/ART percentages and
the bases of jasa modal and jasa usaha) are where each year's plan starts, and
whether the SHU from business with non-members goes to cadangan first; the
RAT still decides every year on the SHU tab. Only the Admin changes them
(``settings.change_text_setting`` checks them); everyone else sees them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain import cashflow
from kopdesk.domain import shu as rules
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts
from kopdesk.ui.closing.cash_flow_form import CashFlowMapForm
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import ErrorLabel

RED = "color: #b00020;"


def spin_value(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}")


class ClosingSettingsPanel(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.USERS_MANAGE) and not ops.read_only
        self.map_form = CashFlowMapForm()
        self.map_error = ErrorLabel()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for part in rules.PARTS:
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(0, 100)
            spin.setSuffix("%")
            spin.setFixedWidth(110)
            set_read_only(spin, not self.editable)
            spin.valueChanged.connect(lambda _v: self._show_total())
            self.spins[part.key] = spin
        self.total_label = QLabel()
        self.modal_combo = QComboBox()
        for key, label in rules.MODAL_BASES.items():
            self.modal_combo.addItem(label, key)
        self.sukarela_check = QCheckBox(self.tr("Simpanan sukarela counts for jasa modal"))
        self.usaha_combo = QComboBox()
        for key, label in rules.USAHA_BASES.items():
            self.usaha_combo.addItem(label, key)
        self.non_member_check = QCheckBox(self.tr("SHU from non-member business goes to cadangan"))
        self.non_member_check.setToolTip(
            self.tr(
                "The SHU times the non-members' share of the year's income (accounts 42xx) "
                "is set apart to cadangan before the AD/ART split."
            )
        )
        for widget in (
            self.modal_combo,
            self.sukarela_check,
            self.usaha_combo,
            self.non_member_check,
        ):
            set_read_only(widget, not self.editable)
        self.shu_error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        self.parts = QTabWidget()  # each form the full width: the rows need it
        self.parts.addTab(self._cash_flow_box(), self.tr("Cash flows"))
        self.parts.addTab(self._shu_box(), self.tr("SHU"))
        row = QHBoxLayout()
        note = QLabel("" if self.editable else self.tr("Only the Admin changes these settings."))
        row.addWidget(note, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parts, 1)
        layout.addLayout(row)
        self.refresh()

    def _cash_flow_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Statement of cash flows"))
        intro = QLabel(
            self.tr(
                "Each cash receipt or payment is shown under the line chosen for its "
                "counter account. A row for a group covers every account under it; a row "
                "for one account inside the group comes first. Accounts not listed are "
                'shown under "{fallback}".'
            ).format(fallback=cashflow.LINE_BY_KEY[cashflow.FALLBACK].label)
        )
        intro.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(intro)
        column.addWidget(self.map_form, 1)
        column.addWidget(self.map_error)
        return box

    def _shu_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("SHU: where each year's plan starts"))
        intro = QLabel(
            self.tr(
                "The AD/ART split of the SHU and the bases of the members' shares. The "
                "RAT decides each year's plan on the SHU tab; it starts from these."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for part in rules.PARTS:
            form.addRow(part.label, self.spins[part.key])
        form.addRow(self.tr("Total"), self.total_label)
        form.addRow(self.tr("Jasa modal basis"), self.modal_combo)
        form.addRow("", self.sukarela_check)
        form.addRow(self.tr("Jasa usaha basis"), self.usaha_combo)
        form.addRow("", self.non_member_check)
        column = QVBoxLayout(box)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.shu_error)
        column.addStretch(1)
        return box

    def refresh(self) -> None:
        def load(s: Session) -> tuple[dict[str, str], list[AccountInfo]]:
            texts = {
                x.key: settings.get_text(s, x)
                for x in (settings.CASH_FLOW_MAP, *settings.SHU_SETTINGS)
            }
            return texts, list_accounts(s)

        read = self.ops.read(self, load)
        if read is None:
            return
        loaded, accounts = read
        self.map_form.set_accounts(accounts)
        self.map_form.set_mapping(cashflow.parse_map(loaded[settings.CASH_FLOW_MAP.key]))
        self.map_form.set_editable(self.editable)
        allocation = rules.read_allocation(loaded[settings.SHU_ALLOCATION.key])
        for key, spin in self.spins.items():
            spin.setValue(float(allocation.get(key, Decimal(0))))
        modal = self.modal_combo.findData(loaded[settings.SHU_MODAL_BASIS.key])
        self.modal_combo.setCurrentIndex(max(modal, 0))
        self.sukarela_check.setChecked(loaded[settings.SHU_INCLUDE_SUKARELA.key] == "ya")
        usaha = self.usaha_combo.findData(loaded[settings.SHU_USAHA_BASIS.key])
        self.usaha_combo.setCurrentIndex(max(usaha, 0))
        self.non_member_check.setChecked(loaded[settings.SHU_NON_MEMBER_RESERVE.key] == "ya")
        self._show_total()

    def _show_total(self) -> None:
        total = sum((spin_value(s) for s in self.spins.values()), Decimal(0))
        self.total_label.setText(f"{format(total.normalize(), 'f').replace('.', ',')}%")
        self.total_label.setStyleSheet("font-weight: bold;" + ("" if total == 100 else RED))

    def wanted(self) -> dict[str, str]:
        """The settings as typed, in the form ``change_text_setting`` takes."""
        allocation = {key: spin_value(spin).normalize() for key, spin in self.spins.items()}
        return {
            settings.CASH_FLOW_MAP.key: self.map_form.text(),
            settings.SHU_ALLOCATION.key: rules.format_allocation(allocation),
            settings.SHU_MODAL_BASIS.key: str(self.modal_combo.currentData()),
            settings.SHU_INCLUDE_SUKARELA.key: "ya" if self.sukarela_check.isChecked() else "tidak",
            settings.SHU_USAHA_BASIS.key: str(self.usaha_combo.currentData()),
            settings.SHU_NON_MEMBER_RESERVE.key: (
                "ya" if self.non_member_check.isChecked() else "tidak"
            ),
        }

    def _show_error(self, error: ValidationError) -> None:
        if error.field in (settings.CASH_FLOW_MAP.key, "cash_flow_map"):
            self.map_error.show_message(error.message)
        else:
            self.shu_error.show_message(error.message)

    def save(self) -> bool:
        """Store what changed (one unit of work: all or nothing); False when refused."""
        self.map_error.show_message("")
        self.shu_error.show_message("")
        if not self.editable:
            return False
        repeated = self.map_form.repeated()
        if repeated:
            self.map_error.show_message(
                self.tr(
                    "Each account or group once: {codes} is chosen on more than one row."
                ).format(codes=", ".join(repeated))
            )
            return False
        wanted = self.wanted()

        def same(setting: settings.TextSetting, old: str, new: str) -> bool:
            if setting is settings.CASH_FLOW_MAP:
                return cashflow.parse_map(old) == cashflow.parse_map(new)
            if setting is settings.SHU_ALLOCATION:
                return rules.read_allocation(old) == rules.read_allocation(new)
            return old == new

        def change(session: Session) -> int:
            changed = 0
            for setting in (settings.CASH_FLOW_MAP, *settings.SHU_SETTINGS):
                old = settings.get_text(session, setting)
                if not same(setting, old, wanted[setting.key]):
                    settings.change_text_setting(
                        session, self.ops.actor, setting, wanted[setting.key]
                    )
                    changed += 1
            return changed

        if self.ops.run(self, change, on_validation=self._show_error) is None:
            return False
        self.refresh()
        self.ops.status_message.emit(self.tr("Settings saved."))
        return True
