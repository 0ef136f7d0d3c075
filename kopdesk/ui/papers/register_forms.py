"""The forms of the buku administrasi registers: one dialog per kind of entry
(a term of a pengurus/pengawas/employee, the minutes of a meeting, a suggestion or
recommendation). Each returns the service's input; the service checks it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kopdesk.services.dinas.minutes import MEETING_KINDS, MeetingInput, MeetingRow
from kopdesk.services.dinas.registers import NoteInput, NoteRow, OfficerInput, OfficerRow
from kopdesk.ui.kit.dates import DateField
from kopdesk.ui.kit.widgets import today

__all__ = ["MeetingForm", "NoteForm", "OfficerForm"]


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


def _text_box(text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(90)
    return box


class OfficerForm(_Form):
    """Name, position, sex, NIK, from, to (or still serving)."""

    def __init__(self, kind: str, row: OfficerRow | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Register entry"), parent)
        self.kind = kind
        self.name = QLineEdit(row.name if row else "")
        self.position = QLineEdit(row.position if row else "")
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Male"), "L")
        self.sex.addItem(self.tr("Female"), "P")
        if row is not None:
            self.sex.setCurrentIndex(self.sex.findData(row.sex))
        self.nik = QLineEdit(row.nik if row else "")
        self.nik.setMaxLength(16)
        self.start = DateField(row.start_date if row else today())
        self.serving = QCheckBox(self.tr("Still serving"))
        self.serving.setChecked(row is None or row.end_date is None)
        self.end = DateField(row.end_date if row and row.end_date else today())
        self.end.setEnabled(not self.serving.isChecked())
        self.serving.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Sex"), self.sex)
        self.form.addRow(self.tr("NIK (16 digits)"), self.nik)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow("", self.serving)
        self.form.addRow(self.tr("To"), self.end)

    def value(self) -> OfficerInput:
        end: dt.date | None = None if self.serving.isChecked() else self.end.value()
        return OfficerInput(
            self.kind, self.name.text(), self.position.text(), str(self.sex.currentData()),
            self.start.value(), end, self.nik.text(),
        )  # fmt: skip


class MeetingForm(_Form):
    """Date, kind of meeting, title, summary and decisions."""

    def __init__(self, row: MeetingRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Minutes of a meeting"), parent)
        self.date = DateField(row.date if row else today())
        self.kind = QComboBox()
        for key, label in MEETING_KINDS.items():
            self.kind.addItem(label, key)
        if row is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.title = QLineEdit(row.title if row else "")
        self.summary = _text_box(row.summary if row else "")
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Meeting"), self.kind)
        self.form.addRow(self.tr("Agenda"), self.title)
        self.form.addRow(self.tr("Summary and decisions"), self.summary)

    def value(self) -> MeetingInput:
        return MeetingInput(
            self.date.value(), str(self.kind.currentData()), self.title.text(),
            self.summary.toPlainText(),
        )  # fmt: skip


class NoteForm(_Form):
    """Date, from whom, the text, the follow-up."""

    def __init__(self, kind: str, row: NoteRow | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Book entry"), parent)
        self.kind_key = kind
        self.date = DateField(row.date if row else today())
        self.source = QLineEdit(row.source if row else "")
        self.text = _text_box(row.text if row else "")
        self.follow_up = _text_box(row.follow_up if row else "")
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("From"), self.source)
        self.form.addRow(self.tr("Text"), self.text)
        self.form.addRow(self.tr("Follow-up"), self.follow_up)

    def value(self) -> NoteInput:
        return NoteInput(
            self.kind_key, self.date.value(), self.source.text(), self.text.toPlainText(),
            self.follow_up.toPlainText(),
        )  # fmt: skip
