"""Pengaturan → Cadangan: this book's backups, backing up now, restoring, and
(for the Admin) how many backups to keep and the second folder."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import maintenance
from kopdesk.app.maintenance import BackupResult
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.base import settings
from kopdesk.storage import backups
from kopdesk.storage.backups import BackupInfo
from kopdesk.storage.files import make_private_folder
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import run_in_worker
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import WARNING_BANNER, Banner, ErrorLabel, setup_table
from kopdesk.ui.trust.backups_model import BackupsModel
from kopdesk.ui.trust.restore_dialog import RestoreWizard

BACKUP_SETTINGS = (settings.BACKUP_DAILY, settings.BACKUP_WEEKLY, settings.BACKUP_MONTHLY)


def ask_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    """Ask for a folder (tests replace this); None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


class BackupPanel(QWidget):
    """The backups table with Cadangkan sekarang / Pulihkan… / Buka folder, and the settings."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._stale = False
        self._listing = 0
        """Counts the listings, so a late background comparison never shows an old list."""
        self.editable = ops.can(Permission.USERS_MANAGE)
        intro = QLabel(
            self.tr(
                "kopdesk backs up the book by itself: the first time it is opened each day, "
                "when it is closed, and before risky work such as an import or a restore. "
                "Each copy is checked right after it is made. Keep a second copy outside this "
                "computer, for example on a flashdisk."
            )
        )
        intro.setWordWrap(True)
        self.warning = Banner(WARNING_BANNER)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(BackupsModel.FOLDER, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(BackupsModel.MADE, 140)
        self.view.setColumnWidth(BackupsModel.SIZE, 100)
        self.view.setColumnWidth(BackupsModel.REASON, 220)
        self.view.setColumnWidth(BackupsModel.VERIFIED, 95)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setVisible(ops.can(Permission.BACKUP_RESTORE))
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.backup_button)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.folder_button)
        bar.addSpacing(12)
        bar.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._settings_box())
        ops.changes_applied.connect(self._on_changes)
        self.refresh()
        self.load_settings()

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backup settings"))
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for setting, label in zip(
            BACKUP_SETTINGS,
            (
                self.tr("Daily backups to keep"),
                self.tr("Weekly backups to keep"),
                self.tr("Monthly backups to keep"),
            ),
            strict=True,
        ):
            spin = QSpinBox()
            spin.setRange(setting.minimum, setting.maximum)
            spin.setMinimumWidth(90)
            spin.setEnabled(self.editable)
            self.spins[setting.key] = spin
            spin_row = QHBoxLayout()
            spin_row.addWidget(spin)
            spin_row.addStretch(1)
            form.addRow(label, spin_row)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("none: backups stay beside the book only"))
        set_read_only(self.folder_edit, not self.editable)
        self.folder_edit.textChanged.connect(self.check_folder)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.choose_button.setVisible(self.editable)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form.addRow(self.tr("Second folder (flashdisk)"), folder_row)
        self.folder_error = ErrorLabel()
        self.folder_error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.folder_error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.folder_error)
        self.save_button = QPushButton(self.tr("Save backup settings"))
        self.save_button.clicked.connect(self.save_settings)
        self.save_button.setVisible(self.editable)
        note = QLabel(
            "" if self.editable else self.tr("Only the Admin may change the backup settings.")
        )
        note.setWordWrap(True)
        show_if(note, not self.editable)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addLayout(bottom)
        return box

    def _on_changes(self, changes: Changes) -> None:
        if not changes.backups:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        self.check_folder()  # the flashdisk may have been plugged in meanwhile
        super().showEvent(event)

    def refresh(self) -> list[BackupInfo]:
        """List the backups at once, then compare each with the SHA-256 in its note in
        a worker thread (reading every backup of a big book takes seconds)."""
        self._stale = False
        book = self.ops.book
        try:
            found = maintenance.list_book_backups(book, compare_hashes=False)
        except KopdeskError as exc:
            self.count_label.setText(exc.message)
            self.backup_button.setEnabled(False)
            return []
        self._show(found)
        self._listing += 1
        listing = self._listing
        self.ops.tasks.start(
            lambda: maintenance.list_book_backups(book, compare_hashes=True),
            lambda compared: self._compared(listing, compared),
            lambda _error: None,  # the list stays as it was shown; restore checks again
        )
        return found

    def _compared(self, listing: int, found: list[BackupInfo]) -> None:
        """Show the compared list unless the panel is gone or listed again since."""
        if shiboken6.isValid(self) and listing == self._listing:
            self._show(found)

    def _show(self, found: list[BackupInfo]) -> None:
        self.model.set_backups(found)
        verified = sum(1 for b in found if b.verified)
        self.count_label.setText(
            self.tr("{count} backups, {verified} of them checked; newest first.").format(
                count=len(found), verified=verified
            )
        )

    def load_settings(self) -> None:
        def read(session: Session) -> tuple[dict[str, int], str]:
            numbers = {s.key: settings.get_int(session, s) for s in BACKUP_SETTINGS}
            return numbers, settings.get_text(session, settings.BACKUP_SECOND_FOLDER)

        values = self.ops.read(self, read)
        if values is None:
            return
        numbers, folder = values
        for key, value in numbers.items():
            self.spins[key].setValue(value)
        self.folder_edit.setText(folder)
        self.check_folder()

    def check_folder(self) -> None:
        text = self.folder_edit.text().strip()
        missing = bool(text) and not Path(text).is_dir()
        self.folder_error.show_message(
            self.tr(
                "This folder is not there now (is the flashdisk plugged in?). Backups are "
                "still kept beside the book; the copy is made when the folder is back."
            )
            if missing
            else ""
        )

    def back_up_now(self) -> BackupResult | None:
        book = self.ops.book
        try:
            result = run_in_worker(
                self,
                self.tr("Making a backup of the book…"),
                lambda _r: maintenance.backup_now(book, "manual"),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.warning.show_message(
            self.tr("Backup warning: {text}").format(text=" ".join(result.warnings))
            if result.warnings
            else ""
        )
        self.ops.status_message.emit(
            self.tr("Backup made: {name}.").format(name=result.info.path.name)
        )
        self.ops.changes_applied.emit(Changes(backups=True))
        self.refresh()
        return result

    def restore(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        chosen = self.model.backup(rows[0].row()).path if rows else None
        wizard = RestoreWizard(self.ops, self, newest_verified=chosen is None)
        if chosen is not None:
            wizard.choose_page.select_row(rows[0].row())
        wizard.exec()
        return wizard.safety

    def folder(self) -> Path | None:
        path = self.ops.book.path
        return backups.backup_folder(path) if path is not None else None

    def open_folder(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        make_private_folder(folder)
        printing.open_file(folder)

    def choose_folder(self) -> None:
        chosen = ask_folder(
            self, self.tr("Second folder for backups"), self.folder_edit.text().strip()
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def save_settings(self) -> bool:
        numbers = {key: spin.value() for key, spin in self.spins.items()}
        folder = self.folder_edit.text().strip()

        def change(session: Session) -> int:
            changed = 0
            for setting in BACKUP_SETTINGS:
                if settings.get_int(session, setting) != numbers[setting.key]:
                    settings.change_setting(session, self.ops.actor, setting, numbers[setting.key])
                    changed += 1
            if settings.get_text(session, settings.BACKUP_SECOND_FOLDER) != folder:
                settings.change_text_setting(
                    session, self.ops.actor, settings.BACKUP_SECOND_FOLDER, folder
                )
                changed += 1
            return changed

        if self.ops.run(self, change) is None:
            return False
        self.ops.status_message.emit(self.tr("Backup settings saved."))
        self.refresh()
        return True
