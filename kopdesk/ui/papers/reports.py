"""Laporan: print the books (Neraca Saldo, Jurnal Umum, Buku Besar) and the savings
papers (member statement, daily cash, savings recap) to PDF.

The papers offered are the registry's Laporan papers (``page_papers()``), in its
order and column; this page gives each its fields and its translated title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.app.papers import Params, page_papers, print_paper
from kopdesk.domain.coa import PAYMENT_ACCOUNTS
from kopdesk.domain.permissions import Permission
from kopdesk.services.ledger.accounts import list_accounts
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.ui.kit.ops import Changes, Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.widgets import DateField, today, working_year
from kopdesk.ui.ledger.ledger import AccountCombo
from kopdesk.ui.members.member_finder import MemberFinder
from kopdesk.ui.members.members_model import MemberListModel
from kopdesk.ui.papers.admin_books import AdminBooksPage
from kopdesk.ui.papers.dinas_box import DinasBox

__all__ = ["ReportsPage"]

ERROR_STYLE = "color: #b00020;"
FINDER_WIDTH = 240


class ReportsPage(QWidget):
    """One box per paper: choose the date(s), press Print, choose where to save."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        year = working_year(ops.read(self, list_fiscal_years) or [])
        start = year.start_date if year else today().replace(month=1, day=1)
        end = min(year.end_date, max(today(), start)) if year else today()
        self.tb_date = DateField(end)
        self.journal_from, self.journal_to = DateField(start), DateField(end)
        self.ledger_from, self.ledger_to = DateField(start), DateField(end)
        self.ledger_account = AccountCombo()
        self._load_accounts()
        self._make_statement_member()
        self.statement_from, self.statement_to = DateField(start), DateField(end)
        self.cash_date = DateField(end)
        self.cash_account = QComboBox()
        names = {a.code: a.name for a in (self.ops.read(self, list_accounts) or [])}

        for code in PAYMENT_ACCOUNTS:
            self.cash_account.addItem(f"{code} {names.get(code, '')}".strip(), code)
        self.recap_date = DateField(end)
        ops.changes_applied.connect(self._on_changes)
        intro = QLabel(
            self.tr("Each report is saved as a PDF file and opened so you can print it.")
        )
        intro.setWordWrap(True)
        offered: dict[str, tuple[str, list[tuple[str, QWidget]], Callable[[], None]]] = {
            "trial-balance": (
                self.tr("Trial balance"),
                [(self.tr("As of"), self.tb_date)],
                self.print_trial_balance,
            ),
            "journal": (
                self.tr("General journal"),
                [(self.tr("From"), self.journal_from), (self.tr("To"), self.journal_to)],
                self.print_journal,
            ),
            "ledger": (
                self.tr("General ledger"),
                [
                    (self.tr("Account"), self.ledger_account),
                    (self.tr("From"), self.ledger_from),
                    (self.tr("To"), self.ledger_to),
                ],
                self.print_ledger,
            ),
            "member-statement": (
                self.tr("Member savings statement"),
                [
                    ("", self.statement_box),
                    (self.tr("From"), self.statement_from),
                    (self.tr("To"), self.statement_to),
                ],
                self.print_statement,
            ),
            "daily-cash": (
                self.tr("Daily cash report"),
                [(self.tr("Date"), self.cash_date), (self.tr("Cash account"), self.cash_account)],
                self.print_daily_cash,
            ),
            "savings-recap": (
                self.tr("Savings recap per product"),
                [(self.tr("As of"), self.recap_date)],
                self.print_recap,
            ),
        }
        books, saving = QVBoxLayout(), QVBoxLayout()
        column = {"books": books, "savings": saving}
        self.boxes: dict[str, QGroupBox] = {}
        """The registry's Laporan papers, in its order: one box each."""
        for paper in page_papers():
            title, fields, action = offered[paper.key]
            self.boxes[paper.key] = box = self._box(title, fields, action)
            column[paper.page or "books"].addWidget(box)
        saving.addWidget(DinasBox(ops))  # issue 18: the Dinas / ODS annual data
        books.addStretch(1)
        saving.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(books, 1)
        columns.addSpacing(12)
        columns.addLayout(saving, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(intro)
        inner.addLayout(columns)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self._tabs(scroll)

    def _tabs(self, reports: QWidget) -> None:
        """The reports, and the buku administrasi (issue 18) beside them."""
        self.admin_books = AdminBooksPage(self.ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(reports, self.tr("Reports"))
        self.tabs.addTab(self.admin_books, self.tr("Administration books"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _box(
        self, title: str, fields: list[tuple[str, QWidget]], action: Callable[[], None]
    ) -> QGroupBox:
        box = QGroupBox(title)
        row = QHBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field in fields:
            if label:
                form.addRow(label, field)
            else:  # a field that says what it is spans the form
                form.addRow(field)
        row.addLayout(form)
        row.addSpacing(24)
        button = QPushButton(self.tr("Print PDF"))
        button.setMinimumWidth(140)
        button.clicked.connect(action)
        button.setEnabled(self.ops.can(Permission.REPORTS_PRINT))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        return box

    def _on_changes(self, changes: Changes) -> None:
        if changes.accounts:
            self._load_accounts()

    def _load_accounts(self) -> None:
        self.ledger_account.set_accounts(self.ops.read(self, list_accounts) or [])

    def _print(self, file_name: str, key: str, params: Params) -> None:
        """Print the registry paper ``key`` for ``params``, saved as ``file_name``."""
        save_document(
            self,
            self.ops,
            file_name,
            lambda: print_paper(key, self.ops.book, self.ops.actor, params),
        )

    def print_trial_balance(self) -> None:
        as_of = self.tb_date.value()
        self._print(f"neraca-saldo-{as_of.isoformat()}.pdf", "trial-balance", Params(as_of=as_of))

    def print_journal(self) -> None:
        start, end = self.journal_from.value(), self.journal_to.value()
        self._print(
            f"jurnal-umum-{start.isoformat()}-{end.isoformat()}.pdf",
            "journal",
            Params(date_from=start, date_to=end),
        )

    def print_ledger(self) -> None:
        code = self.ledger_account.code()
        if code is None:
            return
        start, end = self.ledger_from.value(), self.ledger_to.value()
        self._print(
            f"buku-besar-{code}-{start.isoformat()}-{end.isoformat()}.pdf",
            "ledger",
            Params(account=code, date_from=start, date_to=end),
        )

    def _make_statement_member(self) -> None:
        """The counter's member finder, with the reason a member is not chosen under it."""
        self.statement_finder = MemberFinder(self.ops)
        self.statement_finder.edit.setPlaceholderText(self.tr("Member number or name"))
        # number and name only: the box keeps the width of the other fields
        for hidden in (
            MemberListModel.KELURAHAN,
            MemberListModel.JOIN_DATE,
            MemberListModel.STATUS,
        ):
            self.statement_finder.view.setColumnHidden(hidden, True)
        self.statement_finder.view.setColumnWidth(MemberListModel.NUMBER, 72)
        self.statement_finder.view.horizontalHeader().hide()  # a number and a name
        self.statement_finder.setFixedWidth(FINDER_WIDTH)
        self.statement_finder.picked.connect(self._statement_picked)
        self.statement_finder.edit.textChanged.connect(self._statement_typed)
        self.statement_error = QLabel()
        self.statement_error.setStyleSheet(ERROR_STYLE)
        self.statement_error.setWordWrap(True)
        self.statement_error.hide()
        self.statement_box = QWidget()
        column = QVBoxLayout(self.statement_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.statement_finder)
        column.addWidget(self.statement_error)
        self.statement_number: str | None = None
        """The member picked in the finder; None until one is."""

    def _statement_picked(self, number: str) -> None:
        self.statement_number = number
        self.statement_error.hide()

    def _statement_typed(self, _text: str) -> None:
        self.statement_number = None

    def statement_member(self) -> str | None:
        """The member the statement is for: the one picked, else the only match of
        the typed text (or its exact number). Says why not under the finder."""
        finder = self.statement_finder
        text = finder.edit.text().strip()
        if self.statement_number is None and text:
            count = finder.search()
            first = finder.model.member(0) if count else None
            if first is not None and (count == 1 or first.number == text.upper()):
                finder.pick_best()
            elif count:
                self._statement_refused(
                    self.tr("{count} members match “{text}”: pick one from the list.").format(
                        count=count, text=text
                    )
                )
            else:
                self._statement_refused(self.tr("No member matches “{text}”.").format(text=text))
        elif self.statement_number is None:
            self._statement_refused(self.tr("Type a member number or name and pick the member."))
        return self.statement_number

    def _statement_refused(self, message: str) -> None:
        self.statement_error.setText(message)
        self.statement_error.show()
        self.statement_finder.focus()

    def print_statement(self) -> None:
        number = self.statement_member()
        if number is None:
            return
        start, end = self.statement_from.value(), self.statement_to.value()
        self._print(
            f"mutasi-simpanan-{number}-{start.isoformat()}-{end.isoformat()}.pdf",
            "member-statement",
            Params(member=number, date_from=start, date_to=end),
        )

    def print_daily_cash(self) -> None:
        day, code = self.cash_date.value(), str(self.cash_account.currentData())
        self._print(
            f"kas-harian-{code}-{day.isoformat()}.pdf", "daily-cash", Params(date=day, account=code)
        )

    def print_recap(self) -> None:
        as_of = self.recap_date.value()
        self._print(f"rekap-simpanan-{as_of.isoformat()}.pdf", "savings-recap", Params(as_of=as_of))
