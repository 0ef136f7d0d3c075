"""One register of the buku administrasi in a window: its entries in a table, and
Add, Edit, Attach file (minutes), Print PDF. The services check and audit every
change; this window only collects the input. The pengurus and pengawas registers are
the members' offices: shown and printed here, recorded only in Anggota → Jabatan."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.document_files import write_document
from kopdesk.app.papers import Params, print_paper
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.dinas import minutes, registers
from kopdesk.services.dinas.books import ADMIN_BOOKS
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.papers.register_forms import MeetingForm, NoteForm, OfficerForm

__all__ = ["RegisterDialog", "RegisterModel"]

Index = QModelIndex | QPersistentModelIndex
Entry = registers.OfficerRow | minutes.MeetingRow | registers.NoteRow


class RegisterModel(QAbstractTableModel):
    """The entries of register ``key`` as text columns."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.entries: list[Entry] = []
        if key in registers.PEOPLE_KINDS:
            self.headings = [self.tr("Name"), self.tr("Position"), self.tr("Sex"),
                             self.tr("NIK"), self.tr("From"), self.tr("To")]  # fmt: skip
            if key in registers.BOARD_KINDS:
                self.headings.insert(0, self.tr("Member no."))
        elif key == "notulen":
            self.headings = [self.tr("Date"), self.tr("Meeting"), self.tr("Agenda"),
                             self.tr("Files")]  # fmt: skip
        else:
            self.headings = [self.tr("Date"), self.tr("From"), self.tr("Text"),
                             self.tr("Follow-up")]  # fmt: skip

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headings[section] if 0 <= section < len(self.headings) else None
        return None

    def cells(self, entry: Entry) -> list[str]:
        if isinstance(entry, registers.OfficerRow):
            end = format_date_short(entry.end_date) if entry.end_date else self.tr("serving")
            cells = [entry.name, entry.position, entry.sex, entry.nik,
                     format_date_short(entry.start_date), end]  # fmt: skip
            return [entry.member_number, *cells] if self.key in registers.BOARD_KINDS else cells
        if isinstance(entry, minutes.MeetingRow):
            files = ", ".join(f.file_name for f in entry.files)
            return [format_date_short(entry.date), minutes.MEETING_KINDS[entry.kind],
                    entry.title, files]  # fmt: skip
        return [format_date_short(entry.date), entry.source, " ".join(entry.text.split()),
                " ".join(entry.follow_up.split())]  # fmt: skip

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.row() < len(self.entries):
            return None
        cells = self.cells(self.entries[index.row()])
        return cells[index.column()] if 0 <= index.column() < len(cells) else None


class RegisterDialog(QDialog):
    """The register ``key`` (one of :data:`kopdesk.services.dinas.books.REGISTERS`)."""

    def __init__(self, ops: Ops, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.key = ops, key
        self.setWindowTitle(next(b.title for b in ADMIN_BOOKS if b.key == key))
        self.resize(980, 560)
        self.model = RegisterModel(key, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        board = key in registers.BOARD_KINDS
        may = ops.can(Permission.ORGANS_MANAGE) and not board
        self.follow: str | None = None
        """Where the main window should go when this window closes (``members``)."""
        self.board_note = QLabel(
            self.tr("The pengurus and pengawas are members' offices and are recorded in one "
                    "place only: Members → select the member → Offices → Assign an office… "
                    "(and End a term of office…). This register shows them; print it here.")
        )  # fmt: skip
        self.board_note.setWordWrap(True)
        self.board_note.setVisible(board)
        self.members_button = QPushButton(self.tr("Open Members"))
        self.members_button.clicked.connect(self.open_members)
        self.members_button.setVisible(board)
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.files_button = QPushButton(self.tr("Save attachments…"))
        self.print_button = QPushButton(self.tr("Print PDF"))
        buttons = QHBoxLayout()
        for button, action, allowed in (
            (self.add_button, self.add, may),
            (self.edit_button, self.edit, may),
            (self.attach_button, self.attach, may and key == "notulen"),
            (self.files_button, self.save_files, key == "notulen"),
            (self.print_button, self.print_register, ops.can(Permission.REPORTS_PRINT)),
        ):
            button.clicked.connect(action)
            button.setEnabled(allowed)
            buttons.addWidget(button)
        self.add_button.setVisible(not board)
        self.edit_button.setVisible(not board)
        self.attach_button.setVisible(key == "notulen")
        self.files_button.setVisible(key == "notulen")
        buttons.addWidget(self.members_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board_note)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        key = self.key

        def entries(session: Any) -> list[Entry]:
            if key in registers.PEOPLE_KINDS:
                return list(registers.list_officers(session, key))
            if key == "notulen":
                return list(minutes.list_meetings(session))
            return list(registers.list_notes(session, key))

        self.model.set_entries(self.ops.read(self, entries) or [])
        self.view.resizeColumnsToContents()

    def selected(self) -> Entry | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def form(self, entry: Entry | None) -> OfficerForm | MeetingForm | NoteForm:
        if self.key in registers.PEOPLE_KINDS:
            return OfficerForm(
                self.key, entry if isinstance(entry, registers.OfficerRow) else None, self
            )
        if self.key == "notulen":
            return MeetingForm(entry if isinstance(entry, minutes.MeetingRow) else None, self)
        return NoteForm(self.key, entry if isinstance(entry, registers.NoteRow) else None, self)

    def save(self, form: OfficerForm | MeetingForm | NoteForm, entry: Entry | None) -> bool:
        """Send the form's input to its service; False when refused (nothing written)."""
        data = form.value()
        actor = self.ops.actor

        def action(session: Any) -> object:
            if isinstance(data, registers.OfficerInput):
                if entry is None:
                    return registers.add_officer(session, actor, data)
                return registers.edit_officer(session, actor, entry.id, data)
            if isinstance(data, minutes.MeetingInput):
                if entry is None:
                    return minutes.add_meeting(session, actor, data)
                return minutes.edit_meeting(session, actor, entry.id, data)
            if entry is None:
                return registers.add_note(session, actor, data)
            return registers.edit_note(session, actor, entry.id, data)

        done = self.ops.run(self, action) is not None
        if done:
            self.reload()
        return done

    def _ask(self, entry: Entry | None) -> None:
        form = self.form(entry)
        while form.exec() == QDialog.DialogCode.Accepted:
            if self.save(form, entry):
                return

    def add(self) -> None:
        if self.add_button.isEnabled():
            self._ask(None)

    def open_members(self) -> None:
        """Close, and let the page that opened this window go to Anggota."""
        self.follow = "members"
        self.accept()

    def edit(self) -> None:
        entry = self.selected()
        if entry is not None and self.edit_button.isEnabled():
            self._ask(entry)

    def attach(self) -> None:
        entry = self.selected()
        if not isinstance(entry, minutes.MeetingRow):
            return
        pattern = self.tr("Documents and scans (*.pdf *.png *.jpg *.jpeg *.docx *.xlsx *.odt)")
        path = printing.ask_open_path(self, self.tr("Attach file"), pattern)
        if path is None:
            return
        meeting_id, actor = entry.id, self.ops.actor
        if self.ops.run(self, lambda s: minutes.attach_file(s, actor, meeting_id, path)):
            self.reload()

    def save_files(self) -> list[Path]:
        """Save a copy of each file of the selected minutes where the user says."""
        entry = self.selected()
        saved: list[Path] = []
        if not isinstance(entry, minutes.MeetingRow):
            return saved
        for info in entry.files:
            found = self.ops.read(self, partial(minutes.file_content, file_id=info.id))
            if found is None:
                return saved
            name, data = found
            path = printing.save_path(self, name, self.tr("All files (*)"))
            if path is None:
                continue
            try:
                write_document(path, data)
            except KopdeskError as exc:
                messages.show_error(self, exc)
                continue
            saved.append(path)
        return saved

    def print_register(self) -> None:
        key, book, actor = self.key, self.ops.book, self.ops.actor
        printing.save_document(
            self, self.ops, f"buku-{key}.pdf",
            lambda: print_paper("admin-register", book, actor, Params(number=key)),
        )  # fmt: skip
