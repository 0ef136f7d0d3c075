"""Temuan tab: the pengawas' findings with their follow-up status; the Pengawas write
and change them, the pengurus (Ketua, Bendahara, Admin) only add their response. Also
prints the Berita Acara Pemeriksaan of a year in the preview."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.papers import Params, print_paper
from kopdesk.domain import clock
from kopdesk.domain.permissions import Permission
from kopdesk.domain.supervision import FindingStatus
from kopdesk.errors import ValidationError
from kopdesk.services.supervision import findings
from kopdesk.services.supervision.findings import FindingInfo, FindingInput
from kopdesk.ui.kit import printing
from kopdesk.ui.kit.dates import DateField
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.table import TextTableModel, table_view
from kopdesk.ui.kit.widgets import ErrorLabel


def _text_box(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


class FindingsPanel(QWidget):
    """The list of findings beside the form of the chosen one."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.SUPERVISION_RECORD)
        self.can_respond = ops.can(Permission.FINDING_RESPOND)
        self.items: list[FindingInfo] = []
        self.number: str | None = None
        self.model = TextTableModel(frozenset(), self)
        self.model.set_headers(
            (self.tr("Number"), self.tr("Date"), self.tr("Finding"), self.tr("Status"))
        )
        self.view = table_view(self.model, 2, single=True)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _old: self.load(cur.row()))
        self.date_edit = DateField(clock.today())
        self.title_edit = QLineEdit()
        self.description_edit = _text_box()
        self.recommendation_edit = _text_box()
        self.status_combo = self._status_combo()
        self.response_edit = _text_box()
        self.response_by = QLabel()
        self.error = ErrorLabel()
        self.new_button = QPushButton(self.tr("New finding"))
        self.new_button.clicked.connect(self.clear)
        self.save_button = QPushButton(self.tr("Save finding"))
        self.save_button.clicked.connect(self.save)
        self.respond_button = QPushButton(self.tr("Save response"))
        self.respond_button.clicked.connect(self.respond)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(clock.today().year)
        self.print_button = QPushButton(self.tr("Print Berita Acara…"))
        self.print_button.clicked.connect(self.print_report)
        form_box = self._form()
        paper = self._paper_bar()
        left = QVBoxLayout()
        left.addLayout(paper)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(form_box, 2)
        if not self.editable:
            for field in (
                self.title_edit,
                self.description_edit,
                self.recommendation_edit,
                self.status_combo,
            ):
                set_read_only(field)
            self.date_edit.setEnabled(False)
            self.new_button.setVisible(False)
            self.save_button.setVisible(False)
        if not self.can_respond:
            set_read_only(self.response_edit)
            self.respond_button.setVisible(False)
        self.refresh()
        self.clear()

    def _paper_bar(self) -> QHBoxLayout:
        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("Fiscal year")))
        paper.addWidget(self.year_spin)
        paper.addWidget(self.print_button)
        paper.addStretch(1)
        return paper

    def _status_combo(self) -> QComboBox:
        combo = QComboBox()
        for status, label in (
            (FindingStatus.TERBUKA, self.tr("Open")),
            (FindingStatus.DITINDAKLANJUTI, self.tr("Being followed up")),
            (FindingStatus.SELESAI, self.tr("Settled")),
        ):
            combo.addItem(label, status.value)
        return combo

    def _form(self) -> QGroupBox:
        form_box = QGroupBox(self.tr("Finding"))
        form = QFormLayout()
        outer = QVBoxLayout(form_box)
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Recommendation"), self.recommendation_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.tr("Pengurus' response"), self.response_edit)
        form.addRow("", self.response_by)
        form.addRow("", self.respond_button)
        form.addRow(self.error)
        return form_box

    def refresh(self, select: str | None = None) -> None:
        self.items = self.ops.read(self, findings.list_findings) or []
        self.model.set_rows(
            [
                (f.number, f"{f.found_on:%d-%m-%Y}", f.title, self.status_label(f.status))
                for f in self.items
            ]
        )
        if select is not None:
            row = next((i for i, f in enumerate(self.items) if f.number == select), -1)
            if row >= 0:
                self.view.selectRow(row)

    def status_label(self, status: FindingStatus) -> str:
        return self.status_combo.itemText(self.status_combo.findData(status.value))

    def clear(self) -> None:
        self.number = None
        self.view.clearSelection()
        self.date_edit.set_value(clock.today())
        for box in (self.title_edit, self.description_edit, self.recommendation_edit):
            box.clear()
        self.status_combo.setCurrentIndex(0)
        self.response_edit.clear()
        self.response_by.clear()
        self.respond_button.setEnabled(False)
        self.error.show_message("")

    def load(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        f = self.items[row]
        self.number = f.number
        self.date_edit.set_value(f.found_on)
        self.title_edit.setText(f.title)
        self.description_edit.setPlainText(f.description)
        self.recommendation_edit.setPlainText(f.recommendation)
        self.status_combo.setCurrentIndex(self.status_combo.findData(f.status.value))
        self.response_edit.setPlainText(f.response)
        self.response_by.setText(
            self.tr("by {user}").format(user=f.response_by) if f.response_by else ""
        )
        self.respond_button.setEnabled(self.can_respond)
        self.error.show_message("")

    def data(self) -> FindingInput:
        return FindingInput(
            found_on=self.date_edit.value(),
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            recommendation=self.recommendation_edit.toPlainText(),
            status=FindingStatus(self.status_combo.currentData()),
        )

    def _show(self, exc: ValidationError) -> None:
        self.error.show_message(exc.message)

    def save(self) -> FindingInfo | None:
        data, number, actor = self.data(), self.number, self.ops.actor
        saved = self.ops.run(
            self,
            lambda s: (
                findings.update_finding(s, actor, number, data)
                if number
                else findings.record_finding(s, actor, data)
            ),
            on_validation=self._show,
        )
        if saved is not None:
            self.refresh(select=saved.number)
        return saved

    def respond(self) -> FindingInfo | None:
        if self.number is None:
            return None
        number, text, actor = self.number, self.response_edit.toPlainText(), self.ops.actor
        saved = self.ops.run(
            self,
            lambda s: findings.respond_to_finding(s, actor, number, text),
            on_validation=self._show,
        )
        if saved is not None:
            self.refresh(select=saved.number)
        return saved

    def print_report(self) -> None:
        year = self.year_spin.value()
        book, actor = self.ops.book, self.ops.actor
        printing.show_pdf(
            self,
            self.ops,
            f"berita-acara-pengawas-{year}.pdf",
            lambda: print_paper("berita-acara", book, actor, Params(year=year)),
        )
