"""Pengaturan → Pinjaman: the kolektibilitas thresholds, the allowance (PPAP) percentages,
the share of each kind of collateral counted against the allowance and the
related-party lending limit.

Defaults follow KOPERASI.md §4.3/§4.4 (Permen KUKM 14/2009 bands for monthly
installments; the BPR allowance analogue 0,5 / 10 / 50 / 100 % on the balance
less the collateral counted: blocked savings 100, certified land and buildings
80, vehicles 50, other 0 %) and §4.2 (Permenkop 8/2023: related parties ≤ 10%
of modal sendiri). Only the Admin changes them; everyone else sees them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import ErrorLabel, add_checked_row

GRADE_SETTINGS = settings.LOAN_GRADES
PERCENT_SETTINGS = (*settings.PERCENT_SETTINGS, *settings.LOAN_COLLATERALS)


class LoanSettingsPanel(QWidget):
    """Days past due for each grade, PPAP % per grade, the related-party limit."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.USERS_MANAGE) and not ops.read_only
        intro = QLabel(
            self.tr(
                "A loan's grade (kolektibilitas) follows the days its oldest unpaid "
                "installment is overdue; the allowance for bad loans (PPAP) required is a "
                "percentage of the principal left in each grade, for kurang lancar, "
                "diragukan and macet less the collateral counted: its value times the share "
                "its kind counts (the kind is read from the collateral's description). Only "
                "the Admin changes these, following the cooperative's policy."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.errors: dict[str, ErrorLabel] = {}
        self.spins: dict[str, QSpinBox] = {}
        grade_labels = (
            self.tr("Kurang lancar when overdue more than"),
            self.tr("Diragukan when overdue more than"),
            self.tr("Macet when overdue more than"),
        )
        for setting, label in zip(GRADE_SETTINGS, grade_labels, strict=True):
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            spin.setSuffix(self.tr(" days"))
            spin.setMinimumWidth(140)
            spin.setEnabled(self.editable)
            self.errors[setting.key] = add_checked_row(form, label, spin)
            self.spins[setting.key] = spin
        percent_labels = (
            self.tr("Allowance for lancar loans"),
            self.tr("Allowance for kurang lancar loans"),
            self.tr("Allowance for diragukan loans"),
            self.tr("Allowance for macet loans"),
            self.tr("Loans to pengurus and pengawas at most"),
            self.tr("Blocked savings or deposit counted"),
            self.tr("Certified land or building (SHM, SHGB) counted"),
            self.tr("Vehicle (BPKB) counted"),
            self.tr("Other collateral counted"),
        )
        units = (
            *[self.tr("% of the principal left")] * 4,
            self.tr("% of modal sendiri"),
            *[self.tr("% of its value")] * 4,
        )
        self.edits: dict[str, QLineEdit] = {}
        for percent, label, unit in zip(PERCENT_SETTINGS, percent_labels, units, strict=True):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setMaximumWidth(90)
            set_read_only(edit, not self.editable)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(QLabel(unit))
            row.addStretch(1)
            self.errors[percent.key] = add_checked_row(form, label, box)
            self.edits[percent.key] = edit
        self.general_error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.general_error, 1)
        row.addStretch(1)  # the button keeps its size while no message shows
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        def load(s: Session) -> tuple[dict[str, int], dict[str, str]]:
            ints = {x.key: settings.get_int(s, x) for x in GRADE_SETTINGS}
            texts = {x.key: settings.get_text(s, x) for x in PERCENT_SETTINGS}
            return ints, texts

        loaded = self.ops.read(self, load)
        if loaded is None:
            return
        ints, texts = loaded
        for key, value in ints.items():
            self.spins[key].setValue(value)
        for key, text in texts.items():
            try:
                shown = percent_text(parse_percent(text, field=key))
            except ValidationError:
                shown = text
            self.edits[key].setText(shown)

    def _show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.general_error).show_message(error.message)

    def save(self) -> bool:
        """Store what changed (each change in the audit trail); True when saved."""
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")
        days = [self.spins[s.key].value() for s in GRADE_SETTINGS]
        if not days[0] < days[1] < days[2]:
            self.general_error.show_message(
                self.tr(
                    "The days must grow: kurang lancar < diragukan < macet "
                    "(for example 90, 180 and 360)."
                )
            )
            return False
        ints = {s.key: self.spins[s.key].value() for s in GRADE_SETTINGS}
        texts = {s.key: self.edits[s.key].text().strip() for s in PERCENT_SETTINGS}

        def change(session: Session) -> int:
            grades = {
                setting: ints[setting.key]
                for setting in GRADE_SETTINGS
                if settings.get_int(session, setting) != ints[setting.key]
            }
            settings.change_settings(session, self.ops.actor, grades)  # checked together
            changed = len(grades)
            percents = {
                text_setting: texts[text_setting.key]
                for text_setting in PERCENT_SETTINGS
                if parse_percent(texts[text_setting.key], field=text_setting.key)
                != parse_percent(settings.get_text(session, text_setting), field=text_setting.key)
            }
            settings.change_text_settings(session, self.ops.actor, percents)
            return changed + len(percents)

        if self.ops.run(self, change, on_validation=self._show_error) is None:
            return False
        self.refresh()
        self.ops.status_message.emit(self.tr("Settings saved."))
        return True
