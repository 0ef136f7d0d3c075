"""Restoring the book from a backup: choose it, see its check, confirm, approve.

Page 1 lists this book's backups (or takes another file); page 2 checks the
chosen file (``maintenance.verify_backup``: its SHA-256, SQLite's check, its
schema, its hash chains) and refuses a damaged or changed file, a backup of a
newer kopdesk or another cooperative's book; page 3 says what will happen and wants an explicit
confirmation. Finishing asks a second user's approval (dual control) and runs
``maintenance.restore``, which keeps the current book as a *pra-pulih* backup
and closes it; :attr:`Ops.book_restored` then tells the window to close so
everyone signs in to the restored book.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kopdesk.app import maintenance
from kopdesk.errors import KopdeskError
from kopdesk.services.ledger.books import get_profile
from kopdesk.storage import backups
from kopdesk.storage.backups import BackupInfo
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.progress import run_in_worker
from kopdesk.ui.kit.widgets import bold, setup_table
from kopdesk.ui.papers.verify_document_dialog import BAD_STYLE, GOOD_STYLE, WARN_STYLE, banner_style
from kopdesk.ui.trust.backups_model import BackupsModel, made_text, reason_text, size_text

if TYPE_CHECKING:
    from kopdesk.ui.kit.ops import Ops


class ChoosePage(QWizardPage):
    """This book's backups, newest first; or a backup file from elsewhere (a flashdisk)."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose a backup"))
        self.setSubTitle(
            self.tr(
                "The book will be put back exactly as it was when the backup was made. "
                "Usually the newest checked backup is the right one."
            )
        )
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(BackupsModel.FOLDER, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(BackupsModel.MADE, 140)
        self.view.setColumnWidth(BackupsModel.SIZE, 100)
        self.view.setColumnWidth(BackupsModel.REASON, 220)
        self.view.setColumnWidth(BackupsModel.VERIFIED, 95)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda _i: self.wizard_.next())
        self.file_button = QPushButton(self.tr("Choose another file…"))
        self.file_button.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_backups(self, found: list[BackupInfo], *, newest_verified: bool) -> None:
        self.model.set_backups(found)
        if newest_verified:
            for row, info in enumerate(found):
                if info.verified:
                    self.select_row(row)
                    break

    def select_row(self, row: int) -> None:
        self.view.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(self.model.index(row, 0))

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.wizard_.chosen = self.model.backup(rows[0].row()).path
            self.file_label.setText("")
        self.completeChanged.emit()

    def choose_file(self) -> None:
        path = printing.ask_open_path(
            self, self.tr("Choose a backup file"), self.tr("kopdesk books (*.sqlite)")
        )
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> None:
        """Restore from ``path`` (a file not in the list)."""
        self.view.clearSelection()
        self.wizard_.chosen = path
        self.file_label.setText(self.tr("Chosen file: {path}").format(path=path))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.chosen is not None


class CheckPage(QWizardPage):
    """The chosen file checked: readable, a kopdesk book, this cooperative's book."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Checking the backup"))
        self.setSubTitle(
            self.tr("kopdesk checks a copy of it: every page, and every entry's fingerprint.")
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setFont(bold(self.font()))
        self.file_value = QLabel()
        self.made_value = QLabel()
        self.size_value = QLabel()
        self.reason_value = QLabel()
        self.checked_value = QLabel()
        for value in (self.file_value, self.made_value, self.reason_value, self.checked_value):
            value.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_value)
        form.addRow(self.tr("Made on"), self.made_value)
        form.addRow(self.tr("Size"), self.size_value)
        form.addRow(self.tr("Reason"), self.reason_value)
        form.addRow(self.tr("Check"), self.checked_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.wizard_.info = None
        path = self.wizard_.chosen
        assert path is not None
        self.file_value.setText(str(path))
        for value in (self.made_value, self.size_value, self.reason_value, self.checked_value):
            value.setText("—")
        uid = self.wizard_.book_uid
        try:
            info = run_in_worker(
                self,
                self.tr("Checking the backup…"),
                lambda _r: maintenance.verify_backup(path, uid),
            )
        except KopdeskError as exc:
            self.verdict.setStyleSheet(banner_style(BAD_STYLE))
            self.verdict.setText(self.tr("This file cannot be restored.") + "\n" + exc.message)
            self.checked_value.setText(self.tr("Failed"))
            self.completeChanged.emit()
            return
        self.wizard_.info = info
        self.verdict.setStyleSheet(banner_style(GOOD_STYLE))
        self.verdict.setText(
            self.tr("The backup is readable and belongs to this cooperative's book.")
        )
        self.made_value.setText(made_text(info))
        self.size_value.setText(self.tr("{mb} MB").format(mb=size_text(info.size)))
        self.reason_value.setText(reason_text(info.reason))
        self.checked_value.setText(
            self.tr(
                "Passed: SQLite's complete integrity check, the SHA-256 noted when it was "
                "made, and the hash chains of the journal and the audit trail"
            )
            if backups.noted_sha256(path)
            else self.tr(
                "Passed: SQLite's complete integrity check and the hash chains of the "
                "journal and the audit trail (no note with the file's SHA-256 beside it)"
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.info is not None


class ConfirmPage(QWizardPage):
    """What restoring does, and an explicit "I understand"."""

    def __init__(self, wizard: RestoreWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("What happens now"))
        self.setSubTitle(self.tr("Read this before restoring."))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(banner_style(WARN_STYLE))
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.confirm_check = QCheckBox(
            self.tr("I understand that everything recorded after this backup will be undone.")
        )
        self.confirm_check.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addSpacing(4)
        layout.addWidget(self.steps)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_check)
        layout.addStretch(1)

    def initializePage(self) -> None:
        info = self.wizard_.info
        assert info is not None
        when = made_text(info)
        self.warning.setText(
            self.tr(
                "Everything recorded after {when} (journal entries, members, users, "
                "settings) will be undone. Write it down first if it must be entered again."
            ).format(when=when)
        )
        self.steps.setText(
            self.tr(
                "1. A second user (Ketua, Bendahara or Admin) approves the restore with "
                "their password.\n"
                "2. The book as it is now is kept as a backup “Before a restore”, so "
                "nothing is lost for good.\n"
                "3. The book is replaced by the backup of {when} and recorded in the audit "
                "trail.\n"
                "4. kopdesk reopens the book and everyone signs in again."
            ).format(when=when)
        )
        self.confirm_check.setChecked(False)

    def isComplete(self) -> bool:
        return self.confirm_check.isChecked()


class RestoreWizard(QWizard):
    """Pulihkan dari cadangan (needs ``backup.restore`` and a second user's approval)."""

    def __init__(
        self, ops: Ops, parent: QWidget | None = None, *, newest_verified: bool = False
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.chosen: Path | None = None
        self.info: BackupInfo | None = None
        self.safety: Path | None = None
        """The copy of the book as it was before the restore, once restored."""
        self.setWindowTitle(self.tr("Restore the book from a backup"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(820, 520)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Restore"))
        self.choose_page = ChoosePage(self)
        self.check_page = CheckPage(self)
        self.confirm_page = ConfirmPage(self)
        self.addPage(self.choose_page)
        self.addPage(self.check_page)
        self.addPage(self.confirm_page)
        try:
            # the check page compares the chosen file with its SHA-256, not all of them
            found = maintenance.list_book_backups(ops.book, compare_hashes=False)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            found = []
        self.choose_page.set_backups(found, newest_verified=newest_verified)
        self.book_uid = ops.read(self, lambda s: get_profile(s).book_uid) or ""
        """The open book's id: a backup of another book is refused."""

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.confirm_page:
            return super().validateCurrentPage()
        return self.restore() is not None

    def restore(self) -> Path | None:
        """Ask the second user and restore; the safety copy's path, or None."""
        info = self.info
        if info is None or not self.confirm_page.isComplete():
            return None
        ops, book, actor = self.ops, self.ops.book, self.ops.actor
        ops.tasks.wait()  # no backup or check may still be reading the book

        def attempt(approval: int | None) -> Path:
            return run_in_worker(
                self,
                self.tr("Restoring the book…"),
                lambda _r: maintenance.restore(book, info.path, actor, approval),
            )

        self.safety = ops.with_approval(
            self,
            attempt,
            what=self.tr("Restore the book from the backup of {when} ({name})").format(
                when=made_text(info), name=info.path.name
            ),
        )
        if self.safety is None:
            return None
        messages.inform(
            self,
            self.tr("Book restored"),
            self.tr(
                "The book was restored from the backup of {when}. The book as it was is "
                "kept in {safety}. kopdesk now closes the book; sign in again."
            ).format(when=made_text(info), safety=self.safety),
        )
        return self.safety

    def done(self, result: int) -> None:
        super().done(result)
        if self.safety is not None:
            self.ops.book_restored.emit(self.safety)

    @classmethod
    def ask(
        cls, ops: Ops, parent: QWidget | None = None, *, newest_verified: bool = False
    ) -> Path | None:
        """The safety copy's path after a restore (the book is then closed), or None."""
        wizard = cls(ops, parent, newest_verified=newest_verified)
        wizard.exec()
        return wizard.safety
