"""Pengaturan: the cooperative's profile, my password, and (for the Admin) users
and the security settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import MONTHS_ID, format_date_short, parse_date
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.books import (
    FiscalYearInfo,
    Profile,
    ProfileInput,
    get_profile,
    list_fiscal_years,
    update_profile,
)
from kopdesk.ui.closing.settings import ClosingSettingsPanel
from kopdesk.ui.kit.ops import Ops, book_location
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.widgets import ErrorLabel, add_checked_row, bold
from kopdesk.ui.loans.settings import LoanSettingsPanel
from kopdesk.ui.savings.settings import SavingsSettingsPanel
from kopdesk.ui.trust.backups import BackupPanel
from kopdesk.ui.trust.login_dialog import ChangePasswordDialog
from kopdesk.ui.trust.users import SecurityPanel, UsersPanel


class ProfilePanel(QWidget):
    """The profile as the book holds it; editable for roles with ``profile.edit``."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.PROFILE_EDIT)
        self.profile: Profile | None = None
        self.name_edit = QLineEdit()
        self.type_combo = QComboBox()
        for kind in CoopType:
            self.type_combo.addItem(kind.label, kind)
        self.legal_number_edit = QLineEdit()
        self.legal_date_edit = QLineEdit()
        self.legal_date_edit.setPlaceholderText(self.tr("DD-MM-YYYY, may be left empty"))
        self.nik_edit = QLineEdit()
        self.nik_edit.setPlaceholderText(self.tr("16 digits, may be left empty"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {
            "name": add_checked_row(form, self.tr("Cooperative name"), self.name_edit),
        }
        form.addRow(self.tr("Type"), self.type_combo)
        for key, label, field in (
            ("legal_number", self.tr("Legal entity number"), self.legal_number_edit),
            ("legal_date", self.tr("Legal entity date"), self.legal_date_edit),
            ("nik_koperasi", self.tr("Cooperative ID number (NIK)"), self.nik_edit),
            ("address", self.tr("Address"), self.address_edit),
        ):
            self.errors[key] = add_checked_row(form, label, field)
        self.start_month_label = QLabel()
        self.years_label = QLabel()
        self.years_label.setWordWrap(True)
        self.file_label = QLabel(book_location(ops))
        self.file_label.setWordWrap(True)
        form.addRow(self.tr("Fiscal year starts in"), self.start_month_label)
        form.addRow(self.tr("Fiscal years"), self.years_label)
        form.addRow(self.tr("Book file"), self.file_label)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        for edit in (self.name_edit, self.legal_number_edit, self.legal_date_edit, self.nik_edit):
            set_read_only(edit, not self.editable)
        set_read_only(self.address_edit, not self.editable)
        self.type_combo.setEnabled(self.editable)
        note = QLabel(
            self.tr("The cooperative's profile as recorded in this book.")
            if self.editable
            else self.tr(
                "The cooperative's profile as recorded in this book. Only the Ketua or "
                "the Admin may change it."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ops.changes_applied.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.profile:
            self.refresh()

    def refresh(self) -> None:
        data = self.ops.read(self, lambda s: (get_profile(s), list_fiscal_years(s)))
        if data is None:
            return
        profile, years = data
        self.profile = profile
        self.name_edit.setText(profile.name)
        self.type_combo.setCurrentIndex(self.type_combo.findData(profile.coop_type))
        self.legal_number_edit.setText(profile.legal_number)
        self.legal_date_edit.setText(
            format_date_short(profile.legal_date) if profile.legal_date else ""
        )
        self.nik_edit.setText(profile.nik_koperasi)
        self.address_edit.setPlainText(profile.address)
        self.start_month_label.setText(MONTHS_ID[profile.fiscal_year_start_month - 1])
        self.years_label.setText(", ".join(self._year_text(y) for y in years))

    def _year_text(self, year: FiscalYearInfo) -> str:
        if year.is_open:
            return self.tr("{year} (open)").format(year=year.year)
        return self.tr("{year} (closed)").format(year=year.year)

    def profile_input(self) -> ProfileInput:
        """What is typed; ``ValidationError`` for an unreadable date."""
        legal_text = self.legal_date_edit.text().strip()
        legal_date: dt.date | None = (
            parse_date(legal_text, field="legal_date") if legal_text else None
        )
        assert self.profile is not None
        return ProfileInput(
            name=self.name_edit.text(),
            coop_type=CoopType(self.type_combo.currentData()),
            legal_number=self.legal_number_edit.text(),
            legal_date=legal_date,
            nik_koperasi=self.nik_edit.text(),
            address=self.address_edit.toPlainText(),
            fiscal_year_start_month=self.profile.fiscal_year_start_month,
        )

    def _show_error(self, error: ValidationError) -> None:
        self.errors.get(error.field, self.errors["name"]).show_message(error.message)

    def save(self) -> Profile | None:
        for label in self.errors.values():
            label.show_message("")
        try:
            data = self.profile_input()
        except ValidationError as exc:
            self._show_error(exc)
            return None
        saved = self.ops.run(
            self,
            lambda s: update_profile(s, self.ops.actor, data),
            on_validation=self._show_error,
        )
        if saved is not None:
            self.ops.status_message.emit(self.tr("Profile saved."))
        return saved


class SettingsPage(QWidget):
    """Tabs: Data koperasi for everyone; Pengguna and Keamanan for the Admin."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        actor = ops.actor
        who = QLabel(
            self.tr("Signed in as {user} ({role}).").format(
                user=actor.display, role=actor.role.label
            )
        )
        who.setFont(bold(self.font()))
        self.password_button = QPushButton(self.tr("Change my password"))
        self.password_button.clicked.connect(self.change_my_password)
        self.password_button.setEnabled(not ops.read_only)
        top = QHBoxLayout()
        top.addWidget(who)
        top.addStretch(1)
        top.addWidget(self.password_button)
        self.profile = ProfilePanel(ops)
        self.users: UsersPanel | None = None
        self.security: SecurityPanel | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.profile, self.tr("Cooperative profile"))
        if ops.can(Permission.USERS_MANAGE):
            self.users = UsersPanel(ops)
            self.security = SecurityPanel(ops)
            self.tabs.addTab(self.users, self.tr("Users"))
            self.tabs.addTab(self.security, self.tr("Security"))
        self.savings = SavingsSettingsPanel(ops)
        self.tabs.addTab(self.savings, self.tr("Savings"))
        self.loans = LoanSettingsPanel(ops)
        self.tabs.addTab(self.loans, self.tr("Loans"))
        self.closing = ClosingSettingsPanel(ops)
        self.tabs.addTab(self.closing, self.tr("Statements && SHU"))
        self.backups: BackupPanel | None = None
        if ops.book.path is not None:  # a server database is backed up on the server
            self.backups = BackupPanel(ops)
            self.tabs.addTab(self.backups, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def change_my_password(self) -> bool:
        return ChangePasswordDialog.ask(self.ops, parent=self)
