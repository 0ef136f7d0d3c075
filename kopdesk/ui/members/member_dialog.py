"""Adding a member or correcting a member's data.

Each field shows its own Indonesian message beside it (the field names are
:class:`~kopdesk.services.members.register.MemberInput`'s); things worth checking,
such as a sex that does not match the NIK, are shown before saving.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.dates import format_date_short
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError
from kopdesk.services.members.identity import (
    check_nik,
    check_npwp,
    format_npwp,
    format_phone,
    normalize_phone,
)
from kopdesk.services.members.register import (
    MemberInfo,
    MemberInput,
    as_input,
    clean_member,
    register_member,
    status_label,
    update_member,
)
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.guards import GuardedDialog
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import DateField, ErrorLabel, accepted, add_field_row

OLDEST = QDate(1900, 1, 1)
TEXT_FIELDS = (
    "number",
    "full_name",
    "nik",
    "birth_place",
    "address",
    "rt_rw",
    "kelurahan",
    "kecamatan",
    "kabupaten_kota",
    "provinsi",
    "postal_code",
    "phone",
    "occupation",
    "employer_unit",
    "member_class",
    "npwp",
    "heir_name",
    "heir_relation",
)
_CHECKS = {"nik": check_nik, "phone": normalize_phone, "npwp": check_npwp}


class MemberDialog(GuardedDialog):
    """All of a member's data in five groups; saves through the member services.

    ``member`` None adds a member (number empty = the next automatic number),
    otherwise corrects that member (number and status have their own actions).
    """

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, member: MemberInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.member = member
        self.saved: MemberInfo | None = None
        self._birth_touched = member is not None
        self._filling = False
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.errors: dict[str, ErrorLabel] = {}
        self.birth_date = DateField(dt.date(1990, 1, 1))
        self.birth_date.setMinimumDate(OLDEST)
        self.join_date = DateField()
        self.join_date.setMinimumDate(OLDEST)
        self.sex_combo = QComboBox()
        self.status_combo = QComboBox()
        self.nik_hint = QLabel()
        self.nik_hint.setStyleSheet("color: #555;")
        self.general_error = ErrorLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c060; padding: 6px; color: #5a4500;"
        )
        self.warning_label.hide()
        self._setup_fields()
        self._layout()
        if member is not None:
            self._load(member)
        self._connect()
        self._update_nik_hint()
        self.watch_edits()

    # --- building ---------------------------------------------------------------

    def _setup_fields(self) -> None:
        e = self.edits
        e["number"].setPlaceholderText(self.tr("automatic"))
        e["number"].setMaxLength(20)
        e["nik"].setPlaceholderText(self.tr("16 digits from the KTP"))
        e["nik"].setMaxLength(24)
        e["rt_rw"].setPlaceholderText("003/005")
        e["rt_rw"].setMaxLength(10)
        e["postal_code"].setMaxLength(5)
        e["phone"].setPlaceholderText("0812-3456-7890")
        e["npwp"].setPlaceholderText(self.tr("optional"))
        e["member_class"].setPlaceholderText(self.tr("none: the product's monthly amount"))
        e["member_class"].setMaxLength(30)
        self.sex_combo.addItem(self.tr("As in the NIK"), "")
        self.sex_combo.addItem(self.tr("Male (L)"), "L")
        self.sex_combo.addItem(self.tr("Female (P)"), "P")
        self.status_combo.addItem(status_label(MemberStatus.AKTIF), MemberStatus.AKTIF)
        self.status_combo.addItem(status_label(MemberStatus.CALON), MemberStatus.CALON)

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, widget in rows:
            self.errors[name] = add_field_row(form, label, widget)
            if name == "nik":  # what the NIK tells (birth date, sex), under it
                form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.nik_hint)
        return box

    def _identity_group(self) -> QGroupBox:
        e = self.edits
        return self._group(
            self.tr("Identity"),
            [
                ("full_name", self.tr("Full name"), e["full_name"]),
                ("nik", self.tr("NIK"), e["nik"]),
                ("birth_place", self.tr("Place of birth"), e["birth_place"]),
                ("birth_date", self.tr("Date of birth"), self.birth_date),
                ("sex", self.tr("Sex"), self.sex_combo),
                ("phone", self.tr("Phone"), e["phone"]),
            ],
        )

    def _layout(self) -> None:
        e = self.edits
        address = self._group(
            self.tr("Address"),
            [
                ("address", self.tr("Street, house no."), e["address"]),
                ("rt_rw", self.tr("RT/RW"), e["rt_rw"]),
                ("kelurahan", self.tr("Kelurahan/Desa"), e["kelurahan"]),
                ("kecamatan", self.tr("Kecamatan"), e["kecamatan"]),
                ("kabupaten_kota", self.tr("Kabupaten/Kota"), e["kabupaten_kota"]),
                ("provinsi", self.tr("Province"), e["provinsi"]),
                ("postal_code", self.tr("Postal code"), e["postal_code"]),
            ],
        )
        work = self._group(
            self.tr("Work"),
            [
                ("occupation", self.tr("Occupation"), e["occupation"]),
                ("employer_unit", self.tr("Work unit"), e["employer_unit"]),
                ("npwp", self.tr("NPWP"), e["npwp"]),
            ],
        )
        heir = self._group(
            self.tr("Heir"),
            [
                ("heir_name", self.tr("Name"), e["heir_name"]),
                ("heir_relation", self.tr("Relation"), e["heir_relation"]),
            ],
        )
        membership = self._group(
            self.tr("Membership"),
            [
                ("number", self.tr("Member no."), e["number"]),
                ("join_date", self.tr("Joined on"), self.join_date),
                ("status", self.tr("Status"), self.status_combo),
                ("member_class", self.tr("Wajib class"), e["member_class"]),
            ],
        )
        left = QVBoxLayout()
        left.addWidget(self._identity_group())
        left.addWidget(membership)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(address)
        right.addWidget(work)
        right.addWidget(heir)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)

    def _load(self, member: MemberInfo) -> None:
        data = as_input(member)
        for name, edit in self.edits.items():
            edit.setText(str(getattr(data, name)))
        self.edits["phone"].setText(format_phone(member.phone))
        self.edits["npwp"].setText(format_npwp(member.npwp))
        set_read_only(self.edits["number"], True)
        self.edits["number"].setToolTip(self.tr("A member's number does not change."))
        self.birth_date.set_value(member.birth_date)
        self.join_date.set_value(member.join_date)
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(member.sex), 0))
        self.status_combo.clear()
        self.status_combo.addItem(status_label(member.status), member.status)
        self.status_combo.setEnabled(False)
        self.status_combo.setToolTip(self.tr("Change the status with the Change status button."))

    def _connect(self) -> None:
        self.edits["nik"].textChanged.connect(self._update_nik_hint)
        self.birth_date.dateChanged.connect(self._birth_changed)
        self.sex_combo.currentIndexChanged.connect(self._update_warnings)
        for name, check in _CHECKS.items():
            self.edits[name].editingFinished.connect(
                lambda name=name, check=check: self._check_field(name, check)
            )

    # --- live hints ----------------------------------------------------------------

    def _birth_changed(self) -> None:
        if not self._filling:
            self._birth_touched = True
        self._update_warnings()

    def _update_nik_hint(self) -> None:
        try:
            nik = check_nik(self.edits["nik"].text())
        except ValidationError:
            self.nik_hint.setText("")
            self.nik_hint.hide()
            self.sex_combo.setItemText(0, self.tr("As in the NIK"))
            self._update_warnings()
            return
        sex = self.tr("male") if nik.sex == "L" else self.tr("female")
        self.nik_hint.setText(
            self.tr("From the NIK: born {date}, {sex}").format(
                date=format_date_short(nik.birth_date), sex=sex
            )
        )
        self.nik_hint.show()
        self.errors["nik"].show_message("")
        self.sex_combo.setItemText(0, self.tr("As in the NIK ({sex})").format(sex=nik.sex))
        if not self._birth_touched:
            self._filling = True
            self.birth_date.set_value(nik.birth_date)
            self._filling = False
        self._update_warnings()

    def _check_field(self, name: str, check: object) -> None:
        text = self.edits[name].text()
        try:
            if text.strip():
                check(text)  # type: ignore[operator]
        except ValidationError as exc:
            self.errors[name].show_message(exc.message)
            return
        self.errors[name].show_message("")

    def _update_warnings(self) -> None:
        try:
            warnings = clean_member(self.values()).warnings
        except ValidationError:
            warnings = ()
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    # --- saving ----------------------------------------------------------------------

    def values(self) -> MemberInput:
        text = {name: edit.text() for name, edit in self.edits.items()}
        return MemberInput(
            **text,
            birth_date=self.birth_date.value(),
            join_date=self.join_date.value(),
            sex=str(self.sex_combo.currentData()),
            status=MemberStatus(self.status_combo.currentData()),
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")
        self.general_error.show_message("")

    def show_error(self, error: ValidationError) -> None:
        """Show ``error`` beside its field (or below the groups) and go to the field."""
        label = self.errors.get(error.field, self.general_error)
        label.show_message(error.message)
        widget = self.edits.get(error.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.selectAll()
        elif error.field == "birth_date":
            self.birth_date.setFocus(Qt.FocusReason.OtherFocusReason)
        elif error.field == "join_date":
            self.join_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Check, show warnings, and save; True when the member was saved."""
        self.clear_errors()
        if not self.dates_acceptable():
            return False
        data = self.values()
        try:
            cleaned = clean_member(data)
        except ValidationError as exc:
            for name, check in _CHECKS.items():  # every identity number at once
                self._check_field(name, check)
            self.show_error(exc)
            return False
        if cleaned.warnings:
            question = self.tr("Please check:\n{warnings}\n\nSave anyway?").format(
                warnings="\n".join(f"• {w}" for w in cleaned.warnings)
            )
            if not messages.confirm(self, self.tr("Check the data"), question):
                return False
        member = self.member
        if member is None:
            self.saved = self.ops.run(
                self,
                lambda s: register_member(s, self.ops.actor, data),
                on_validation=self.show_error,
            )
        else:
            self.saved = self.ops.run(
                self,
                lambda s: update_member(s, self.ops.actor, member.number, data),
                on_validation=self.show_error,
            )
        if self.saved is None:
            return False
        self.ops.status_message.emit(
            self.tr("Member {number} saved.").format(number=self.saved.number)
        )
        self.input_changed = False
        self.accept()
        return True

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, member: MemberInfo | None = None
    ) -> MemberInfo | None:
        """The saved member, or None when cancelled."""
        dialog = cls(ops, parent, member=member)
        return accepted(dialog, lambda: dialog.saved)
