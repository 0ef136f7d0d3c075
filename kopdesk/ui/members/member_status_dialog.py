"""Explicit actions on a member: a status change, a term of office, its end.

Past events are never edited: a status change is a new event with its date
and reason (the history only grows); a term of office ends on a date.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError
from kopdesk.services.members.register import (
    TRANSITIONS,
    MemberInfo,
    OrganKind,
    OrganTerm,
    assign_organ,
    change_status,
    end_organ,
    status_label,
)
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import DateField, ErrorLabel, accepted, add_field_row, ok_cancel, today


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = ok_cancel(dialog, ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("member_status", "Cancel")
    )
    return buttons


class _FieldDialog(GuardedDialog):
    """A small form whose ValidationErrors appear beside their fields."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()

    def show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.general_error).show_message(error.message)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.show_message("")


class StatusDialog(_FieldDialog):
    """A new status for a member: only the changes the rules allow, with date and reason."""

    def __init__(self, ops: Ops, member: MemberInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.member = member
        self.changed: MemberInfo | None = None
        self.setWindowTitle(self.tr("Change status"))
        self.setMinimumWidth(520)
        current = QLabel(
            self.tr("{name} ({number}) is now: {status} since {date}.").format(
                name=member.full_name,
                number=member.number,
                status=status_label(member.status),
                date=format_date_short(member.status_date),
            )
        )
        current.setWordWrap(True)
        self.status_combo = QComboBox()
        for status in MemberStatus:
            if status in TRANSITIONS[member.status]:
                self.status_combo.addItem(status_label(status), status)
        self.date_edit = DateField(today())
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. resignation letter of 3 March"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("New status"), self.status_combo)
        self.errors["date"] = add_field_row(form, self.tr("Date"), self.date_edit)
        self.errors["reason"] = add_field_row(form, self.tr("Reason"), self.reason_edit)
        note = QLabel(
            self.tr(
                "The change is added to the member's history; earlier entries stay as they are."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = _buttons(self, self.tr("Change status"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        self.clear_errors()
        status = MemberStatus(self.status_combo.currentData())
        on, reason, number = self.date_edit.value(), self.reason_edit.text(), self.member.number
        self.changed = self.ops.run(
            self,
            lambda s: change_status(s, self.ops.actor, number, status, on=on, reason=reason),
            on_validation=self.show_error,
        )
        if self.changed is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, member: MemberInfo, parent: QWidget | None = None) -> MemberInfo | None:
        dialog = cls(ops, member, parent)
        return accepted(dialog, lambda: dialog.changed)


class AssignOrganDialog(_FieldDialog):
    """A term as pengurus or pengawas for an active member."""

    def __init__(self, ops: Ops, member: MemberInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.member = member
        self.term: OrganTerm | None = None
        self.setWindowTitle(self.tr("Assign an office"))
        self.setMinimumWidth(460)
        self.role_combo = QComboBox()
        for kind in OrganKind:
            self.role_combo.addItem(kind.label, kind)
        self.start_edit = DateField(today())
        self.end_check = QCheckBox(self.tr("Ends on"))
        self.end_edit = DateField(today().replace(year=today().year + 5))
        self.end_edit.setEnabled(False)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Member"), QLabel(f"{member.full_name} ({member.number})"))
        form.addRow(self.tr("Office"), self.role_combo)
        form.addRow(self.tr("Term starts"), self.start_edit)
        self.errors["term_end"] = add_field_row(form, self.tr("Term ends"), self._wrap(end_row))
        buttons = _buttons(self, self.tr("Assign"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @staticmethod
    def _wrap(row: QHBoxLayout) -> QWidget:
        box = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        box.setLayout(row)
        return box

    def save(self) -> bool:
        self.clear_errors()
        role = OrganKind(self.role_combo.currentData())
        start = self.start_edit.value()
        end = self.end_edit.value() if self.end_check.isChecked() else None
        number = self.member.number
        self.term = self.ops.run(
            self,
            lambda s: assign_organ(s, self.ops.actor, number, role, term_start=start, term_end=end),
            on_validation=self.show_error,
        )
        if self.term is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, ops: Ops, member: MemberInfo, parent: QWidget | None = None) -> OrganTerm | None:
        dialog = cls(ops, member, parent)
        return accepted(dialog, lambda: dialog.term)


class EndOrganDialog(_FieldDialog):
    """End one of a member's open terms of office on a date."""

    def __init__(self, ops: Ops, terms: Sequence[OrganTerm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ended: OrganTerm | None = None
        self.setWindowTitle(self.tr("End a term of office"))
        self.setMinimumWidth(460)
        self.term_combo = QComboBox()
        for term in terms:
            self.term_combo.addItem(
                self.tr("{office} since {date}").format(
                    office=term.role.label, date=format_date_short(term.term_start)
                ),
                term.id,
            )
        self.end_edit = DateField(today())
        form = QFormLayout()
        form.addRow(self.tr("Term"), self.term_combo)
        self.errors["term_end"] = add_field_row(form, self.tr("Ends on"), self.end_edit)
        buttons = _buttons(self, self.tr("End term"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def save(self) -> bool:
        self.clear_errors()
        term_id, end = int(self.term_combo.currentData()), self.end_edit.value()
        self.ended = self.ops.run(
            self,
            lambda s: end_organ(s, self.ops.actor, term_id, end),
            on_validation=self.show_error,
        )
        if self.ended is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(
        cls, ops: Ops, terms: Sequence[OrganTerm], parent: QWidget | None = None
    ) -> OrganTerm | None:
        dialog = cls(ops, terms, parent)
        return accepted(dialog, lambda: dialog.ended)
