"""Pengaturan (read-only for now): the cooperative's profile and fiscal years."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.services.books import FiscalYearInfo, get_profile, list_fiscal_years
from kopdesk.ui.ops import Changes, Ops, book_location


class SettingsPage(QWidget):
    """Shows the profile as the book holds it; changing it comes later."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.form = QFormLayout()
        note = QLabel(self.tr("The cooperative's profile as recorded in this book."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(self.form)
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
        while self.form.rowCount():
            self.form.removeRow(0)
        empty = "—"
        rows = (
            (self.tr("Cooperative name"), profile.name),
            (self.tr("Type"), profile.coop_type.label),
            (self.tr("Legal entity number"), profile.legal_number or empty),
            (
                self.tr("Legal entity date"),
                format_date(profile.legal_date) if profile.legal_date else empty,
            ),
            (self.tr("Cooperative ID number (NIK)"), profile.nik_koperasi or empty),
            (self.tr("Address"), profile.address or empty),
            (self.tr("Fiscal year starts in"), MONTHS_ID[profile.fiscal_year_start_month - 1]),
            (self.tr("Fiscal years"), ", ".join(self._year_text(y) for y in years)),
            (self.tr("Book file"), book_location(self.ops)),
        )
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            self.form.addRow(label, text)

    def _year_text(self, year: FiscalYearInfo) -> str:
        if year.is_open:
            return self.tr("{year} (open)").format(year=year.year)
        return self.tr("{year} (closed)").format(year=year.year)
