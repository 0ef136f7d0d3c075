"""Tutup buku: the year-end checklist, closing a fiscal year, reopening it, the history.

:class:`YearClosePanel` shows for a chosen fiscal year what must hold before it
can be closed (``yearend.checklist``, each item marked ✓ or ✗ with its detail),
the year's SHU (income less expense, closing entries excluded), and closes the
year after a confirmation that says what happens: a backup first, the closing
entry into 3502, the next year opened with the SHU moved to 3501, the year
locked. Closing runs in a worker thread while a progress dialog keeps the window
alive. Reopening needs a reason and a second person's approval (dual control);
every close and reopen stays in the history.

:class:`YearCombo` (the fiscal years, open or closed) is shared by the other
tabs of the Tutup Buku & SHU page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app import maintenance
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date, format_date_short, format_datetime
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.closing import shu, yearend
from kopdesk.services.ledger.books import FiscalYearInfo, list_fiscal_years
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops, damaged_book_error
from kopdesk.ui.kit.posting import heading, result_label, split_view
from kopdesk.ui.kit.progress import Report, run_in_worker
from kopdesk.ui.kit.table import Index, TextTableModel
from kopdesk.ui.kit.table import table_view as kit_table_view
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import (
    WARNING_BANNER,
    Banner,
    ErrorLabel,
    accepted,
    bold,
    ok_cancel,
    today,
)

OK_COLOUR = QColor("#1b5e20")
FAIL_COLOUR = QColor("#b00020")
FACT_COLOUR = QColor("#455a64")


def table_view(model: TextTableModel, stretch: int) -> QTableView:
    """A read-only table: columns as wide as their contents, ``stretch`` takes the rest;
    one line per row, widths measured on the first rows (long member lists)."""
    view = kit_table_view(model, stretch, single=True)
    view.setWordWrap(False)
    # widths from the first few hundred rows: measuring 10,000 members' rows takes seconds
    view.horizontalHeader().setResizeContentsPrecision(300)
    return view


class YearCombo(QComboBox):
    """The book's fiscal years, newest first, each marked open or closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.years: list[FiscalYearInfo] = []
        self.setMinimumContentsLength(16)

    def set_years(self, years: list[FiscalYearInfo], wanted: int | None) -> None:
        """Fill the list; keep the year shown, else show ``wanted``. No signal is sent."""
        keep = self.year() if self.count() else wanted
        self.years = list(years)
        self.blockSignals(True)
        self.clear()
        for info in sorted(years, key=lambda y: y.year, reverse=True):
            label = (
                self.tr("{year} (open)") if info.is_open else self.tr("{year} (closed)")
            ).format(year=info.year)
            self.addItem(label, info.year)
        index = self.findData(keep)
        if index < 0:
            index = self.findData(wanted)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def year(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def info(self) -> FiscalYearInfo | None:
        year = self.year()
        return next((y for y in self.years if y.year == year), None)

    def select(self, year: int) -> None:
        index = self.findData(year)
        if index >= 0:
            self.setCurrentIndex(index)


def year_to_close(years: list[FiscalYearInfo]) -> int | None:
    """The year a treasurer closes next: the oldest open year that has ended,
    else the newest closed one, else the newest year."""
    ended = [y for y in years if y.is_open and y.end_date < today()]
    if ended:
        return min(ended, key=lambda y: y.year).year
    return last_closed(years)


def last_closed(years: list[FiscalYearInfo]) -> int | None:
    """The newest closed year (its SHU and RAT book are the current work), else the newest."""
    closed = [y.year for y in years if not y.is_open]
    if closed:
        return max(closed)
    return max((y.year for y in years), default=None)


class ChecklistModel(TextTableModel):
    """✓/✗ | what is checked | the detail; the marks green or red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset(), parent)
        self.set_headers(("", self.tr("Check"), self.tr("Detail")))
        self.items: list[yearend.ChecklistItem] = []

    def set_checklist(self, checklist: yearend.Checklist | None) -> None:
        self.items = list(checklist.items) if checklist else []
        marks = {"v": "✓", "x": "✗", "-": "•"}  # a fact (a closed year) is no fault
        self.set_rows([(marks[i.mark], i.label, i.detail) for i in self.items])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return OK_COLOUR if item.ok else FACT_COLOUR if item.fact else FAIL_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self.items[index.row()].detail
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignCenter
        return super().data(index, role)


class HistoryModel(TextTableModel):
    """Every close and reopen of the year: what, when, who, SHU, reason, entries."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(frozenset({3}), parent)
        self.set_headers(
            (
                self.tr("Event"),
                self.tr("When"),
                self.tr("By"),
                self.tr("SHU"),
                self.tr("Journal entries"),
                self.tr("Reason"),
            )
        )

    def set_history(self, events: list[yearend.YearCloseEventInfo]) -> None:
        self.set_rows(
            [
                (
                    self.tr("Closed") if e.kind == "close" else self.tr("Reopened"),
                    format_datetime(e.at),
                    e.actor,
                    format_number(e.surplus),
                    ", ".join(n for n in (e.closing_entry, e.transfer_entry) if n) or "–",
                    e.reason,
                )
                for e in events
            ]
        )


class ReopenDialog(QDialog):
    """Why the year is reopened (at least ten letters); the second person approves after."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen fiscal year {year}").format(year=year))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Reopening reverses the closing entries of {year}, so its income and "
                "expenses can be corrected; close it again afterwards. A second user "
                "(Ketua, Bendahara or Admin) must approve. Write why:"
            ).format(year=year)
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error_label = ErrorLabel()
        buttons = ok_cancel(self, self.tr("Reopen…"), self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    def check(self) -> bool:
        if len(self.reason()) < 10:
            self.error_label.show_message(self.tr("Write the reason in at least 10 letters."))
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, year: int, parent: QWidget | None = None) -> str | None:
        """The reason typed, or None when cancelled."""
        dialog = cls(year, parent)
        return accepted(dialog, dialog.reason)


class YearState:
    """What the tab shows of one year, read in one session."""

    def __init__(self, session: Session, year: int) -> None:
        self.year = year
        self.checklist = yearend.checklist(session, year, today=today())
        self.surplus = yearend.year_surplus(session, year)
        self.closed = yearend.is_closed(session, year)
        self.history = yearend.history(session, year)
        self.shu_posted = shu.get_plan(session, year).status == "posted"
        self.next_closed = any(
            y.year == year + 1 and not y.is_open for y in list_fiscal_years(session)
        )

    @property
    def reopenable(self) -> bool:
        """Closed, its SHU not distributed, the year after still open (the service's rules)."""
        return self.closed and not self.shu_posted and not self.next_closed


def backup_first(parent: QWidget, ops: Ops, what: str, label: str) -> bool:
    """A "pra-<what>" backup made in a worker before a big, lasting change (the year
    close, the SHU posting): the way back if it was a mistake. False after a message."""
    book = ops.book
    try:
        made = run_in_worker(parent, label, lambda _r: maintenance.before_risky(book, what))
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return False
    if made is not None:
        ops.changes_applied.emit(Changes(backups=True))
    return True


class YearClosePanel(QWidget):
    """Checklist, SHU of the year, close and reopen, the history of one fiscal year."""

    year_changed = Signal()
    """A year was closed or reopened (the other tabs read again)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.state: YearState | None = None
        self.year_combo = YearCombo()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.load)
        self.close_button = QPushButton(self.tr("Close fiscal year…"))
        self.close_button.clicked.connect(self.close_year)
        show_if(self.close_button, ops.can(Permission.YEAR_CLOSE))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.clicked.connect(self.reopen_year)
        self.reopen_button.setVisible(ops.can(Permission.YEAR_REOPEN))
        self.status_label = QLabel()
        self.status_label.setFont(bold(self.font()))
        self.status_label.setWordWrap(True)
        self.surplus_label = QLabel()
        self.surplus_label.setWordWrap(True)
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.result_label = result_label()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist_model = ChecklistModel(self)
        self.checklist_view = table_view(self.checklist_model, 2)
        self.history_model = HistoryModel(self)
        self.history_view = table_view(self.history_model, 5)
        self._lay_out()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year")))
        bar.addWidget(self.year_combo)
        bar.addWidget(self.check_button)
        bar.addStretch(1)
        bar.addWidget(self.reopen_button)
        bar.addWidget(self.close_button)
        splitter = split_view(
            [(heading(self.tr("Checklist before closing")), 0), (self.checklist_view, 0)],
            [(heading(self.tr("Closed and reopened")), 0), (self.history_view, 0)],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.surplus_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.result_label)
        layout.addWidget(splitter, 1)

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the fiscal years again, then the year shown."""
        years = self.ops.read(self, list_fiscal_years) or []
        self.year_combo.set_years(years, year_to_close(years))
        self.load()

    def load(self) -> YearState | None:
        """Check the year shown again: the checklist, its SHU and its history."""
        year = self.year_combo.year()
        self.state = None if year is None else self._read_state(year)
        state = self.state
        self.checklist_model.set_checklist(state.checklist if state else None)
        self.history_model.set_history(state.history if state else [])
        self._show_state(state)
        return state

    def _read_state(self, year: int) -> YearState | None:
        """The year's state, read in a worker thread: checking a big book takes seconds
        and the window keeps repainting (a progress dialog shows after a moment)."""
        book = self.ops.book

        def work(_report: Report) -> YearState:
            with book.read() as session:
                return YearState(session, year)

        try:
            return run_in_worker(self, self.tr("Checking the book…"), work)
        except KopdeskError as exc:
            messages.show_error(self, exc)
        except LedgerInvariantError:
            messages.show_error(self, damaged_book_error())
        return None

    def _show_state(self, state: YearState | None) -> None:
        info = self.year_combo.info()
        if state is None or info is None:
            for label in (self.status_label, self.surplus_label):
                label.clear()
            self.banner.show_message("")
            self.close_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            return
        period = f"{format_date(info.start_date)} – {format_date(info.end_date)}"
        self.status_label.setText(
            (
                self.tr("Fiscal year {year} ({period}) is closed.")
                if state.closed
                else self.tr("Fiscal year {year} ({period}) is open.")
            ).format(year=state.year, period=period)
        )
        self.surplus_label.setText(
            self.tr(
                "SHU of {year} (income less expenses, closing entries left out): {amount}."
            ).format(year=state.year, amount=format_rupiah(state.surplus, parens=True))
        )
        failed = len(state.checklist.failed)
        if state.closed:
            self.banner.show_message(self._closed_note(state))
        elif failed:
            self.banner.show_message(
                self.tr(
                    "The year cannot be closed yet: {count} of {total} checks are not met "
                    "(marked ✗). Put them right and press Check again."
                ).format(count=failed, total=len(state.checklist.items))
            )
        else:
            self.banner.show_message("")
        writable = not self.ops.read_only
        self.close_button.setEnabled(
            writable and state.checklist.ok and self.ops.can(Permission.YEAR_CLOSE)
        )
        self.reopen_button.setEnabled(
            writable and state.reopenable and self.ops.can(Permission.YEAR_REOPEN)
        )

    def _closed_note(self, state: YearState) -> str:
        """Why a closed year cannot be reopened (only for those who could reopen)."""
        if not self.ops.can(Permission.YEAR_REOPEN):
            return ""
        if state.shu_posted:
            return self.tr(
                "The SHU of {year} has been distributed, so the year cannot be reopened: "
                "the distribution was made from its figures."
            ).format(year=state.year)
        if state.next_closed:
            return self.tr(
                "Reopen {next} first; a year is reopened after the years after it."
            ).format(next=state.year + 1)
        return ""

    # --- closing --------------------------------------------------------------------

    def close_year(self) -> yearend.CloseResult | None:
        """Close the year shown after a confirmation (a backup first, in a worker thread).

        The result, or None when not closed."""
        state = self.load()
        info = self.year_combo.info()
        if (
            state is None
            or info is None
            or not state.checklist.ok
            or not self.ops.can(Permission.YEAR_CLOSE)
        ):
            return None
        year = state.year
        question = self.tr(
            "Close fiscal year {year}?\n\n"
            "1. kopdesk first makes a backup of the book.\n"
            "2. A closing entry dated {end} moves every income and expense of {year} "
            "(SHU {surplus}) to SHU tahun berjalan (3502).\n"
            "3. Fiscal year {next} is opened if it is not yet, and on {start} the SHU "
            "moves to SHU belum dibagi (3501), where the RAT's distribution takes it from.\n"
            "4. {year} is locked: no entry can be dated in it any more.\n\n"
            "Reopening later needs a reason and a second user's approval."
        ).format(
            year=year,
            end=format_date_short(info.end_date),
            surplus=format_rupiah(state.surplus, parens=True),
            next=year + 1,
            start=format_date_short(info.end_date.replace(year=year + 1, month=1, day=1)),
        )
        if not messages.confirm(self, self.tr("Close fiscal year"), question):
            return None
        if not backup_first(
            self, self.ops, "tutup-buku", self.tr("Backing up the book before closing…")
        ):
            return None
        actor, day = self.ops.actor, today()
        result = self.ops.run_in_background(
            self,
            self.tr("Closing fiscal year {year}…").format(year=year),
            lambda s, _report: yearend.close_year(s, actor, year, today=day),
        )
        if result is None:
            return None
        self.refresh()
        self.year_combo.select(year)
        text = self._closed_text(result)
        self.result_label.setText(text)
        self.result_label.show()
        self.ops.status_message.emit(text)
        self.year_changed.emit()
        return result

    def _closed_text(self, result: yearend.CloseResult) -> str:
        entries = ", ".join(n for n in (result.closing_entry, result.transfer_entry) if n)
        text = self.tr("Fiscal year {year} is closed (SHU {surplus}).").format(
            year=result.year, surplus=format_rupiah(result.surplus, parens=True)
        )
        if entries:
            text += " " + self.tr("Journal entries: {entries}.").format(entries=entries)
        if result.opened_next:
            text += " " + self.tr("Fiscal year {year} was opened.").format(year=result.year + 1)
        return text

    # --- reopening ------------------------------------------------------------------

    def reopen_year(self) -> bool:
        """Reopen the closed year shown: a reason, then a second user's approval."""
        state = self.state
        if state is None or not state.reopenable or not self.ops.can(Permission.YEAR_REOPEN):
            return False
        year = state.year
        reason = ReopenDialog.ask(year, self)
        if reason is None:
            return False
        actor = self.ops.actor

        def reopen(session: Session, approval: int | None) -> bool:
            yearend.reopen_year(session, actor, year, reason, approval=approval)
            return True

        done = self.ops.run_approved(
            self,
            reopen,
            what=self.tr("Reopen fiscal year {year}").format(year=year),
        )
        if not done:
            return False
        self.refresh()
        self.year_combo.select(year)
        text = self.tr(
            "Fiscal year {year} is open again; its closing entries were reversed."
        ).format(year=year)
        self.result_label.setText(text)
        self.result_label.show()
        self.ops.status_message.emit(text)
        self.year_changed.emit()
        return True
