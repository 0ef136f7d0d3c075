"""First-run wizard: the cooperative's profile and its first fiscal year.

Finishing creates the book file and, in one unit of work, the profile, the
koperasi chart of accounts and the first fiscal year (``create_book``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kopdesk.db import Book, open_book
from kopdesk.domain.dates import MONTHS_ID, parse_date
from kopdesk.domain.ledger import CoopType
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.services.books import (
    MAX_YEAR,
    MIN_YEAR,
    ProfileInput,
    check_year,
    create_book,
    validate_profile,
)
from kopdesk.ui import messages
from kopdesk.ui.widgets import ErrorLabel, today


def _with_error(form: QFormLayout, label: str, field: QWidget) -> ErrorLabel:
    """Add ``field`` to ``form`` with an (initially hidden) error label below it."""
    error = ErrorLabel()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    form.addRow(label, box)
    return error


class SetupWizard(QWizard):
    """Asks for the profile and first fiscal year, then creates the book."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.book: Book | None = None
        self.setWindowTitle(self.tr("New cooperative book"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(680, 520)
        self.errors: dict[str, ErrorLabel] = {}
        self.intro_id = self.addPage(self._intro_page())
        self.profile_id = self.addPage(self._profile_page())
        self.year_id = self.addPage(self._year_page())

    def _intro_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Welcome to kopdesk"))
        text = QLabel(
            self.tr(
                "This wizard sets up the books of your cooperative: its profile, the "
                "standard cooperative chart of accounts and the first fiscal year.\n\n"
                "The book will be saved in:\n{path}"
            ).format(path=self.path)
        )
        text.setWordWrap(True)
        QVBoxLayout(page).addWidget(text)
        return page

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
        self.errors["name"] = _with_error(form, self.tr("Cooperative name"), self.name_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        self.errors["legal_number"] = _with_error(
            form, self.tr("Legal entity number"), self.legal_number_edit
        )
        self.errors["legal_date"] = _with_error(
            form, self.tr("Legal entity date"), self.legal_date_edit
        )
        self.errors["nik_koperasi"] = _with_error(
            form, self.tr("Cooperative ID number (NIK)"), self.nik_edit
        )
        self.errors["address"] = _with_error(form, self.tr("Address"), self.address_edit)
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
        self.errors["fiscal_year_start_month"] = _with_error(
            form, self.tr("Fiscal year starts in"), self.month_combo
        )
        self.errors["year"] = _with_error(form, self.tr("First fiscal year"), self.year_spin)
        return page

    def _page_of(self, field: str) -> int:
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
        if self.currentId() not in (self.profile_id, self.year_id):
            return super().validateCurrentPage()
        for label in self.errors.values():
            label.show_message("")
        try:
            # Check everything before the book file is created: bad input writes nothing.
            validate_profile(self.profile_input())
            if self.currentId() == self.profile_id:
                return True
            check_year(self.year_spin.value())
            self.book = self._create()
        except ValidationError as exc:
            self._show_field_error(exc)
            return False
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return False
        return True

    def _create(self) -> Book:
        data = self.profile_input()
        book = self.book or open_book(self.path, create=True)
        try:
            with book.unit_of_work() as session:
                create_book(session, data, self.year_spin.value())
        except BaseException:
            self.book = book
            raise
        return book

    def _show_field_error(self, error: ValidationError) -> None:
        label = self.errors.get(error.field, self.errors["name"])
        label.show_message(error.message)
        target = self._page_of(error.field)
        while self.currentId() != target and self.currentId() != self.intro_id:
            self.back()

    def reject(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None
        super().reject()

    @classmethod
    def ask(cls, path: Path, parent: QWidget | None = None) -> Book | None:
        """Run the wizard; the new, open book, or None when cancelled."""
        wizard = cls(path, parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.book
