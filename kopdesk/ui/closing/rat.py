"""Buku RAT: what the pengurus write for the annual meeting, and the book as one PDF.

:class:`RatBookPanel` edits, per fiscal year, the texts the RAT book prints
(laporan pengurus, laporan pengawas, rencana kerja, notulen, lain-lain; plain
text, paragraphs separated by an empty line, lines starting with ``-`` printed
as bullets) and the RAPB table (uraian, realisation this year, budget next
year; "Fill from the books" proposes the year's income and expense accounts).
"Make RAT book…" builds the whole book with ``documents.rat_book_pdf`` in a
worker thread while a progress dialog says which part is being made.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import papers as documents
from kopdesk.domain.money import format_number, format_rupiah, parse_rupiah
from kopdesk.domain.papers.rat import RapbRow
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError, ValidationError
from kopdesk.services.closing import rat_inputs
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.closing.year import YearCombo, last_closed
from kopdesk.ui.kit import messages, preview, printing
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import GARBAGE, POLL_MS, PROGRESS_DELAY_MS
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import RIGHT, ErrorLabel, setup_table

T = TypeVar("T")
Steps = Callable[[int, int, str], None]
"""``progress(done, total, text)``: how far the book is and which part is being made."""


class _LastStep:
    def __init__(self) -> None:
        self.last: tuple[int, int, str] | None = None

    def report(self, done: int, total: int, text: str) -> None:
        self.last = (done, total, text)


def run_with_steps(parent: QWidget | None, label: str, work: Callable[[Steps], T]) -> T:
    """Run ``work(progress)`` in a worker thread; a window-modal dialog shows how far it
    is and the text of the last step. Exceptions of the work reach the caller."""
    step = _LastStep()
    GARBAGE.hold()
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(work, step.report)
            dialog = QProgressDialog(label, "", 0, 0, parent)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setMinimumWidth(440)
            loop = QEventLoop()

            def poll() -> None:
                if step.last is not None:
                    done, total, text = step.last
                    dialog.setMaximum(max(total, 1))
                    dialog.setValue(min(done, max(total, 1)))
                    dialog.setLabelText(f"{label}\n{text}")
                if future.done():
                    loop.quit()

            timer = QTimer()
            timer.timeout.connect(poll)
            timer.start(POLL_MS)
            if not future.done():
                loop.exec()
            timer.stop()
            dialog.reset()
            dialog.deleteLater()
            return future.result()
    finally:
        GARBAGE.release()


class TextPage(QWidget):
    """One text of the book with its Save button."""

    def __init__(self, key: str, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.edit = QPlainTextEdit()
        set_read_only(self.edit, not editable)
        self.edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save"))
        show_if(self.save_button, editable)
        self.save_button.setEnabled(False)
        self.edit.modificationChanged.connect(self.save_button.setEnabled)
        hint = QLabel(
            self.tr(
                "Paragraphs are separated by an empty line; a line starting with - is "
                "printed as a bullet."
            )
        )
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.document().setModified(False)

    def modified(self) -> bool:
        return self.edit.document().isModified()


class RapbPage(QWidget):
    """The RAPB table: uraian, kelompok, realisation this year, budget next year."""

    UR, KEL, REAL, BUDGET = 0, 1, 2, 3
    GROUPS = ("", "pendapatan", "beban")

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.changed = False
        self.table = QTableWidget(0, 4)
        setup_table(self.table, row_numbers=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.UR, QHeaderView.ResizeMode.Stretch)
        for column in (self.KEL, self.REAL, self.BUDGET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 170)
        if not editable:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.clicked.connect(lambda: self.add_row(RapbRow("", 0, 0)))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.clicked.connect(self.remove_row)
        self.fill_button = QPushButton(self.tr("Fill realisation from the books"))
        self.save_button = QPushButton(self.tr("Save RAPB"))
        for button in (self.add_button, self.remove_button, self.fill_button, self.save_button):
            show_if(button, editable)
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.error_label = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.fill_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def set_year(self, year: int) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Group"),
                self.tr("Realisation {year}").format(year=year),
                self.tr("Budget {year}").format(year=year + 1),
            ]
        )

    def set_rows(self, rows: list[RapbRow]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.table.blockSignals(False)
        self.changed = False
        self.error_label.show_message("")
        self._show_totals()

    def add_row(self, row: RapbRow) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, self.UR, QTableWidgetItem(row.uraian))
        combo = QComboBox()
        combo.addItems([self.tr("(none)"), self.tr("income"), self.tr("expense")])
        combo.setCurrentIndex(self.GROUPS.index(row.kelompok) if row.kelompok in self.GROUPS else 0)
        combo.setEnabled(self.editable)
        combo.currentIndexChanged.connect(lambda _i: self._item_changed())
        self.table.setCellWidget(n, self.KEL, combo)
        for column, value in ((self.REAL, row.realisasi), (self.BUDGET, row.anggaran)):
            item = QTableWidgetItem(format_number(value))
            item.setTextAlignment(RIGHT)
            self.table.setItem(n, column, item)
        self._item_changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._item_changed()

    def _item_changed(self, *_args: object) -> None:
        self.changed = True
        self._show_totals()

    def rows(self) -> list[RapbRow]:
        """What the table holds; ``ValidationError`` naming the row of an unreadable amount."""
        out = []
        for n in range(self.table.rowCount()):
            combo = self.table.cellWidget(n, self.KEL)
            group = self.GROUPS[combo.currentIndex()] if isinstance(combo, QComboBox) else ""
            amounts = []
            for column in (self.REAL, self.BUDGET):
                item = self.table.item(n, column)
                text = item.text() if item else ""
                try:
                    amounts.append(parse_rupiah(text or "0"))
                except ValidationError as exc:
                    self.table.setCurrentCell(n, column)
                    raise ValidationError(
                        "rows",
                        self.tr("Row {row}: {problem}").format(row=n + 1, problem=exc.message),
                    ) from None
            uraian = self.table.item(n, self.UR)
            out.append(RapbRow(uraian.text() if uraian else "", amounts[0], amounts[1], group))
        return out

    def _show_totals(self) -> None:
        try:
            totals = rat_inputs.rapb_totals(self.rows())
        except ValidationError:
            return
        if totals is None:
            self.totals_label.setText(
                self.tr("Mark rows as income or expense to see the planned surplus.")
            )
            return
        self.totals_label.setText(
            self.tr(
                "Income {ir} → {ia}; expenses {er} → {ea}; surplus {sr} → {sa} "
                "(realisation → budget)."
            ).format(
                ir=format_rupiah(totals.income_realisasi),
                ia=format_rupiah(totals.income_anggaran),
                er=format_rupiah(totals.expense_realisasi),
                ea=format_rupiah(totals.expense_anggaran),
                sr=format_rupiah(totals.surplus_realisasi, parens=True),
                sa=format_rupiah(totals.surplus_anggaran, parens=True),
            )
        )


class RatBookPanel(QWidget):
    """Texts and RAPB of the RAT book of a fiscal year; the book as one PDF."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.editable = ops.can(Permission.SHU_MANAGE) and not ops.read_only
        self.year: int | None = None
        self.year_combo = YearCombo()
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.book_button = QPushButton(self.tr("Make RAT book…"))
        self.book_button.clicked.connect(self.make_book)
        self.book_button.setEnabled(ops.can(Permission.REPORTS_PRINT))
        intro = QLabel(
            self.tr(
                "The RAT book prints the profile, membership, business, the financial "
                "statements, the SHU and every member's balances from the books; write here "
                "what the pengurus and pengawas report and plan."
            )
        )
        intro.setWordWrap(True)
        # Children of the panel from the start (hidden until a year puts them in the
        # tabs), so they are never windows of their own.
        self.pages = {key: TextPage(key, self.editable, self) for key in rat_inputs.TEXT_KEYS}
        for key, page in self.pages.items():
            page.save_button.clicked.connect(lambda _c=False, k=key: self.save_text(k))
        self.rapb = RapbPage(self.editable, self)
        for hidden in (*self.pages.values(), self.rapb):
            hidden.hide()
        self.rapb.fill_button.clicked.connect(self.fill_rapb)
        self.rapb.save_button.clicked.connect(self.save_rapb)
        self.tabs = QTabWidget()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year")))
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        bar.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        years = self.ops.read(self, list_fiscal_years) or []
        self.year_combo.set_years(years, last_closed(years))
        self.load()

    def unsaved(self) -> bool:
        return self.rapb.changed or any(p.modified() for p in self.pages.values())

    def _year_changed(self) -> None:
        if self.unsaved() and not messages.confirm(
            self,
            self.tr("RAT book"),
            self.tr("Discard the changes to the RAT book of {year}?").format(year=self.year),
        ):
            self.year_combo.blockSignals(True)
            self.year_combo.select(self.year or 0)
            self.year_combo.blockSignals(False)
            return
        self.load()

    def load(self) -> None:
        """Read the texts and the RAPB of the year shown."""
        year = self.year_combo.year()
        self.year = year
        if year is None:
            return

        def read(session: Session) -> tuple[dict[str, str], list[RapbRow]]:
            texts = {key: rat_inputs.get_text(session, year, key) for key in rat_inputs.TEXT_KEYS}
            return texts, rat_inputs.get_rapb(session, year)

        found = self.ops.read(self, read)
        if found is None:
            return
        texts, rows = found
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for key, page in self.pages.items():
            page.set_text(texts[key])
            self.tabs.addTab(page, rat_inputs.key_title(key, year))
        self.rapb.set_year(year)
        self.rapb.set_rows(rows)
        self.tabs.addTab(self.rapb, self.tr("RAPB {year}").format(year=year + 1))
        self.tabs.setCurrentIndex(max(current, 0))

    def save_text(self, key: str) -> bool:
        year, page = self.year, self.pages[key]
        if year is None or not self.editable:
            return False
        body, actor = page.edit.toPlainText(), self.ops.actor

        def store(session: Session) -> bool:
            rat_inputs.set_text(session, actor, year, key, body)
            return True

        done = self.ops.run(self, store)
        if not done:
            return False
        page.edit.document().setModified(False)
        self.ops.status_message.emit(
            self.tr("{title} saved.").format(title=rat_inputs.key_title(key, year))
        )
        return True

    def fill_rapb(self) -> None:
        """Propose every income and expense account of the year with its realisation;
        budgets already typed for the same description are kept."""
        year = self.year
        if year is None or not self.editable:
            return
        suggested = self.ops.read(self, lambda s: rat_inputs.suggest_rapb(s, year))
        if suggested is None:
            return
        try:
            budgets = {r.uraian: r.anggaran for r in self.rapb.rows()}
        except ValidationError as exc:
            self.rapb.error_label.show_message(exc.message)
            return
        if budgets and not messages.confirm(
            self,
            self.tr("RAPB"),
            self.tr(
                "Replace the table with the income and expense accounts of {year}? "
                "Budgets typed for the same description are kept."
            ).format(year=year),
        ):
            return
        self.rapb.set_rows(
            [
                RapbRow(r.uraian, r.realisasi, budgets.get(r.uraian, 0), r.kelompok)
                for r in suggested
            ]
        )
        self.rapb.changed = True

    def save_rapb(self) -> bool:
        year = self.year
        if year is None or not self.editable:
            return False
        self.rapb.error_label.show_message("")
        try:
            rows = self.rapb.rows()
        except ValidationError as exc:
            self.rapb.error_label.show_message(exc.message)
            return False
        actor = self.ops.actor

        def store(session: Session) -> bool:
            rat_inputs.set_rapb(session, actor, year, rows)
            return True

        done = self.ops.run(
            self,
            store,
            on_validation=lambda exc: self.rapb.error_label.show_message(exc.message),
        )
        if not done:
            return False
        self.rapb.changed = False
        self.ops.status_message.emit(self.tr("RAPB saved."))
        return True

    def make_book(self) -> bytes | None:
        """Build the RAT book PDF in a worker thread (with progress) and show it in the preview."""
        year = self.year
        if year is None or not self.ops.can(Permission.REPORTS_PRINT):
            return None
        if self.unsaved() and not messages.confirm(
            self,
            self.tr("RAT book"),
            self.tr("Some texts are not saved; the book prints what is saved. Go on?"),
        ):
            return None
        book, actor = self.ops.book, self.ops.actor
        try:
            data = run_with_steps(
                self,
                self.tr("Making the RAT book {year}…").format(year=year),
                lambda progress: documents.rat_book_pdf(book, year, actor=actor, progress=progress),
            )
        except KopdeskError as exc:
            messages.show_error(self, exc)
            return None
        preview.show_paper(self, self.ops, f"buku-rat-{year}.pdf", data, printing.save_path)
        return data
