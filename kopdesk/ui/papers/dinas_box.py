"""The Laporan page's box for the Dinas Koperasi / ODS annual data: choose the tahun
buku, press Save, choose an .xlsx or .csv file (``kopdesk report dinas`` does the same)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from kopdesk.app.document_files import write_document
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.reports.dinas_export import dinas_csv, dinas_workbook
from kopdesk.services.dinas.annual import assessed_dinas_data
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.kit import messages, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.widgets import working_year

__all__ = ["DinasBox"]


class DinasBox(QGroupBox):
    """Tahun buku | Save Dinas file."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setTitle(self.tr("Annual data for the Dinas Koperasi (ODS)"))
        self.year = QComboBox()
        years = ops.read(self, list_fiscal_years) or []
        for info in sorted(years, key=lambda y: y.year, reverse=True):
            self.year.addItem(str(info.year), info.year)
        current = working_year(years)
        if current is not None:
            self.year.setCurrentIndex(self.year.findData(current.year))
        row = QHBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Fiscal year"), self.year)
        row.addLayout(form)
        row.addSpacing(24)
        self.button = QPushButton(self.tr("Save Dinas file"))
        self.button.setMinimumWidth(140)
        self.button.setToolTip(
            self.tr("Members, managers and staff by sex, capital, assets, business volume, "
                    "SHU and the quarterly statements, as Excel (.xlsx) or CSV.")
        )  # fmt: skip
        self.button.setEnabled(ops.can(Permission.REPORTS_PRINT) and self.year.count() > 0)
        self.button.clicked.connect(self.save)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)

    def make(self, year: int, suffix: str) -> bytes:
        """The file's bytes for ``year`` as ``.xlsx`` or ``.csv``."""
        with self.ops.book.read() as session:
            data = assessed_dinas_data(session, year)
        return dinas_workbook(data) if suffix == ".xlsx" else dinas_csv(data)

    def save(self) -> Path | None:
        """Ask where, then write the workbook or the CSV (by the name's ending)."""
        year = self.year.currentData()
        if year is None:
            return None
        pattern = self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)")
        path = printing.save_path(self, f"data-dinas-{year}.xlsx", pattern)
        if path is None:
            return None
        suffix = path.suffix.lower()
        try:
            if suffix not in (".xlsx", ".csv"):
                raise ValidationError("out", "Nama berkas harus berakhiran .xlsx atau .csv.")
            data = printing.run_with_progress(
                self, self.tr("Preparing {name}…").format(name=path.name),
                lambda: self.make(int(year), suffix),
            )  # fmt: skip
            write_document(path, data)
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        self.ops.status_message.emit(self.tr("Saved {path}.").format(path=path))
        printing.open_file(path)
        return path
