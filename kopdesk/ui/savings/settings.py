"""Pengaturan → Simpanan: the tax and billing rules behind the savings routine.

The PPh 4(2) threshold and rate are law (PP 15/2009) that may change; the
wajib billing start lets a koperasi that moved to kopdesk mid-way bill only
from its cut-over. Only the Admin changes them; everyone else sees them.
"""

from __future__ import annotations

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

from kopdesk.domain.dates import format_date_short, parse_date
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError
from kopdesk.services.base import settings
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import ErrorLabel, add_checked_row

SAVINGS_SETTINGS = tuple(s for s in settings.ALL if s.key.startswith("savings."))


class SavingsSettingsPanel(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        editable = ops.can(Permission.USERS_MANAGE) and not ops.read_only
        intro = QLabel(
            self.tr(
                "Final income tax on savings interest: 0% while a member's interest for the "
                "month is at most the threshold, otherwise the rate on all of it (PP 15/2009). "
                "Change these only when the regulation changes."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: dict[str, QSpinBox] = {}
        for setting in SAVINGS_SETTINGS:
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            spin.setGroupSeparatorShown(True)
            spin.setMinimumWidth(140)
            spin.setEnabled(editable)
            form.addRow(setting.label, spin)
            self.spins[setting.key] = spin
        self.billing_start = QLineEdit()
        self.billing_start.setPlaceholderText(self.tr("empty: from each member's joining"))
        self.billing_start.setMinimumWidth(320)
        self.billing_start.setEnabled(editable)
        self.billing_error: ErrorLabel = add_checked_row(
            form, self.tr("Bill simpanan wajib from (DD-MM-YYYY)"), self.billing_start
        )
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        def load(s: Session) -> tuple[dict[str, int], str]:
            ints = {x.key: settings.get_int(s, x) for x in SAVINGS_SETTINGS}
            return ints, settings.get_text(s, settings.WAJIB_BILLING_START)

        loaded = self.ops.read(self, load)
        if loaded is None:
            return
        ints, start = loaded
        for key, value in ints.items():
            self.spins[key].setValue(value)
        self.billing_start.setText(format_date_short(parse_date(start)) if start.strip() else "")

    def save(self) -> bool:
        self.billing_error.show_message("")
        text = self.billing_start.text().strip()
        try:
            start = parse_date(text).isoformat() if text else ""
        except ValidationError as exc:
            self.billing_error.show_message(exc.message)
            self.billing_start.setFocus()
            return False
        wanted = {key: spin.value() for key, spin in self.spins.items()}

        def change(session: Session) -> int:
            changed = 0
            for setting in SAVINGS_SETTINGS:
                if settings.get_int(session, setting) != wanted[setting.key]:
                    settings.change_setting(session, self.ops.actor, setting, wanted[setting.key])
                    changed += 1
            if settings.get_text(session, settings.WAJIB_BILLING_START) != start:
                settings.change_text_setting(
                    session, self.ops.actor, settings.WAJIB_BILLING_START, start
                )
                changed += 1
            return changed

        if self.ops.run(self, change) is None:
            return False
        self.ops.status_message.emit(self.tr("Settings saved."))
        return True
