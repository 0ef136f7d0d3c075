"""First-run wizard: the cooperative's profile, its first fiscal year and the first Admin.

Finishing creates the book file and, in one unit of work, the Admin
(``create_first_admin``), the profile, the koperasi chart of accounts and the
first fiscal year (``create_book`` acting as that Admin).

Its first page also offers the demo book ("Buka buku contoh"): a separate file
beside the real one, built once with a progress dialog, so a treasurer can look
around before entering real data. The real book is not created then.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kopdesk.demo import DEMO_PASSWORD, DemoSummary, build_demo
from kopdesk.domain.dates import MONTHS_ID, parse_date
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError, StorageError, ValidationError
from kopdesk.services.base.users import create_first_admin
from kopdesk.services.ledger.books import (
    MAX_YEAR,
    MIN_YEAR,
    ProfileInput,
    check_year,
    validate_profile,
)
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, new_book, open_book
from kopdesk.storage.files import make_private_folder
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.progress import Report, run_in_worker
from kopdesk.ui.kit.widgets import ErrorLabel, add_checked_row, today
from kopdesk.ui.trust.login_dialog import AdminForm

DEMO_FILE = "kopdesk-demo.sqlite"
"""The demo book's file name, in the same folder as the real book."""


def build_demo_file(path: Path, report: Report) -> DemoSummary:
    """Create the demo book at ``path`` (reporting months done); nothing is left on failure."""
    return new_book(
        path,
        "buku contoh",
        lambda s: build_demo(s, progress=lambda done, total, _m: report(done, total)),
    )


class SetupWizard(QWizard):
    """Asks for the profile, the first fiscal year and the first Admin, then creates the book."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.book: Book | None = None
        self.actor: Actor | None = None
        self.demo_path: Path | None = None
        """Set when the person chose to look at the demo book instead."""
        self.setWindowTitle(self.tr("New cooperative book"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(680, 520)
        self.errors: dict[str, ErrorLabel] = {}
        self.intro_id = self.addPage(self._intro_page())
        self.profile_id = self.addPage(self._profile_page())
        self.year_id = self.addPage(self._year_page())
        self.admin_id = self.addPage(self._admin_page())

    def _intro_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Welcome to kopdesk"))
        text = QLabel(
            self.tr(
                "This wizard sets up the books of your cooperative: its profile, the "
                "standard cooperative chart of accounts, the first fiscal year and the first "
                "user, the Admin.\n\n"
                "The book will be saved in:\n{path}"
            ).format(path=self.path)
        )
        text.setWordWrap(True)
        demo_text = QLabel(
            self.tr(
                "Want to look around first? Open the demo book: an example savings and loan "
                "cooperative with members, savings, loans, closed years and SHU. It is a "
                "separate file; your own book is not created yet. Users admin, ketua, "
                "bendahara, kasir and pengawas, password {password}; each chooses a new "
                "password at the first sign-in."
            ).format(password=DEMO_PASSWORD)
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo book"))
        self.demo_button.clicked.connect(self.open_demo)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(demo_text)
        layout.addWidget(self.demo_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def open_demo(self) -> None:
        """Build the demo book beside the real one (once; then it is reused) with a
        progress dialog, and finish the wizard with it chosen."""
        target = self.path.with_name(DEMO_FILE)
        if not target.exists():
            try:
                make_private_folder(target.parent)
                run_in_worker(
                    self,
                    self.tr("Building the demo book (the last two years and this one)..."),
                    lambda report: build_demo_file(target, report),
                )
            except OSError as exc:
                messages.show_error(
                    self,
                    StorageError(
                        self.tr("The demo book cannot be made in {folder}: {reason}").format(
                            folder=target.parent, reason=exc.strerror or exc
                        )
                    ),
                )
                return
            except KopdeskError as exc:
                messages.show_error(self, exc)
                return
        self.demo_path = target
        self.accept()

    def _profile_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Cooperative profile"))
        page.setSubTitle(
            self.tr("As written in the deed of establishment. Only the name is required.")
        )
        form = QFormLayout(page)
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
        self.errors["name"] = add_checked_row(form, self.tr("Cooperative name"), self.name_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        self.errors["legal_number"] = add_checked_row(
            form, self.tr("Legal entity number"), self.legal_number_edit
        )
        self.errors["legal_date"] = add_checked_row(
            form, self.tr("Legal entity date"), self.legal_date_edit
        )
        self.errors["nik_koperasi"] = add_checked_row(
            form, self.tr("Cooperative ID number (NIK)"), self.nik_edit
        )
        self.errors["address"] = add_checked_row(form, self.tr("Address"), self.address_edit)
        return page

    def _year_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Fiscal year"))
        page.setSubTitle(self.tr("Most cooperatives keep books from January to December."))
        form = QFormLayout(page)
        self.month_combo = QComboBox()
        for number, name in enumerate(MONTHS_ID, start=1):
            self.month_combo.addItem(name, number)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(today().year)
        self.errors["fiscal_year_start_month"] = add_checked_row(
            form, self.tr("Fiscal year starts in"), self.month_combo
        )
        self.errors["year"] = add_checked_row(form, self.tr("First fiscal year"), self.year_spin)
        return page

    def _admin_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("First user: the Admin"))
        page.setSubTitle(
            self.tr(
                "Everyone signs in with their own name and password, and every change is "
                "recorded under that name. The Admin adds the other users later."
            )
        )
        self.admin_form = AdminForm()
        self.admin_form.full_name_edit.setPlaceholderText(self.tr("may be left empty"))
        QVBoxLayout(page).addWidget(self.admin_form)
        return page

    def _page_of(self, field: str) -> int:
        if field in self.admin_form.errors:
            return self.admin_id
        return self.year_id if field in {"fiscal_year_start_month", "year"} else self.profile_id

    def profile_input(self) -> ProfileInput:
        """The typed profile; raises ``ValidationError`` for an unreadable date."""
        legal_text = self.legal_date_edit.text().strip()
        legal_date: dt.date | None = (
            parse_date(legal_text, field="legal_date") if legal_text else None
        )
        return ProfileInput(
            name=self.name_edit.text(),
            coop_type=CoopType(self.type_combo.currentData()),
            legal_number=self.legal_number_edit.text(),
            legal_date=legal_date,
            nik_koperasi=self.nik_edit.text(),
            address=self.address_edit.toPlainText(),
            fiscal_year_start_month=int(self.month_combo.currentData()),
        )

    def validateCurrentPage(self) -> bool:
        if self.currentId() not in (self.profile_id, self.year_id, self.admin_id):
            return super().validateCurrentPage()
        for label in self.errors.values():
            label.show_message("")
        self.admin_form.clear_errors()
        try:
            # Check everything before the book file is created: bad input writes nothing.
            validate_profile(self.profile_input())
            if self.currentId() == self.profile_id:
                return True
            check_year(self.year_spin.value())
            if self.currentId() == self.year_id:
                return True
            self.admin_form.values()
            self.book, self.actor = self._create()
        except ValidationError as exc:
            self._show_field_error(exc)
            return False
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def _create(self) -> tuple[Book, Actor]:
        data = self.profile_input()
        username, full_name, password = self.admin_form.values()
        book = self.book or open_book(self.path, create=True)
        try:
            with book.unit_of_work() as session:
                admin = create_first_admin(session, username, password, full_name).actor()
                create_book(session, data, self.year_spin.value(), actor=admin)
        except BaseException:
            self.book = book
            raise
        return book, admin

    def _show_field_error(self, error: ValidationError) -> None:
        if error.field in self.admin_form.errors:
            self.admin_form.show_error(error)
        else:
            self.errors.get(error.field, self.errors["name"]).show_message(error.message)
        target = self._page_of(error.field)
        while self.currentId() != target and self.currentId() != self.intro_id:
            self.back()

    def reject(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None
        super().reject()

    @classmethod
    def ask(cls, path: Path, parent: QWidget | None = None) -> tuple[Book, Actor] | Path | None:
        """Run the wizard: the new, open book and its signed-in Admin; the demo book's
        path when the person chose to look at it; None when cancelled."""
        wizard = cls(path, parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        if wizard.demo_path is not None:
            return wizard.demo_path
        if wizard.actor is None:
            return None
        assert wizard.book is not None
        return wizard.book, wizard.actor
