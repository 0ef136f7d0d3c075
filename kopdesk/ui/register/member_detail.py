"""The selected member beside the list: profile, status history and offices,
with the actions on that member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kopdesk.app.papers import member_cards_pdf, member_profile_pdf
from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.members.identity import format_npwp, format_phone
from kopdesk.services.members.register import (
    TRANSITIONS,
    MemberInfo,
    OrganTerm,
    StatusEvent,
    get_member,
    organ_terms,
    status_history,
    status_label,
)
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.printing import save_document
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import bold, facts_grid, today
from kopdesk.ui.loans.loans import load_loans, loan_table
from kopdesk.ui.loans.loans_model import LoanListModel
from kopdesk.ui.members.member_dialog import MemberDialog
from kopdesk.ui.members.member_exit_dialog import MemberExitDialog
from kopdesk.ui.members.member_status_dialog import AssignOrganDialog, EndOrganDialog, StatusDialog
from kopdesk.ui.members.members_model import OrganTermsModel, StatusHistoryModel, format_nik
from kopdesk.ui.savings.counter import (
    HISTORY_LIMIT,
    accounts_table,
    load_savings_summary,
    transaction_table,
)
from kopdesk.ui.savings.savings_model import SavingsAccountsModel, SavingsTransactionsModel

__all__ = [
    "MemberDetail",
]

Loaded = tuple[MemberInfo, list[StatusEvent], list[OrganTerm]]


class MemberDetail(QWidget):
    """One member: who they are, how their membership went, which offices they held.

    The tabs leave room for the member's savings and loans when those exist.
    ``selected_numbers`` gives the members whose cards *Cetak kartu* prints
    (the page passes the list's selection).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.member: MemberInfo | None = None
        self.terms: list[OrganTerm] = []
        self.selected_numbers: Callable[[], list[str]] = self._own_number
        self.title = QLabel()
        self.title.setFont(bold(self.title.font()))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.edit_button = QPushButton(self.tr("Edit data"))
        self.status_button = QPushButton(self.tr("Change status"))
        self.exit_button = QPushButton(self.tr("Settle exit…"))
        self.exit_button.setToolTip(
            self.tr("Return the savings, offset the loans and record the member's leaving")
        )
        self.organ_button = QPushButton(self.tr("Offices"))
        self.profile_button = QPushButton(self.tr("Print profile"))
        self.card_button = QPushButton(self.tr("Print card"))
        self._connect_buttons()
        self.fields: dict[str, QLabel] = {}
        self.history_model = StatusHistoryModel(self)
        self.terms_model = OrganTermsModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), self.tr("Profile"))
        self.tabs.addTab(table_view(self.history_model, 2), self.tr("Status history"))
        self.tabs.addTab(table_view(self.terms_model, 0), self.tr("Offices"))
        self.savings_accounts_model = SavingsAccountsModel(self)
        self.savings_history_model = SavingsTransactionsModel(self)
        self.savings_total = QLabel()
        self.tabs.addTab(self._savings_tab(), self.tr("Savings"))
        self.loans_model = LoanListModel(self)
        self.loans_total = QLabel()
        self.tabs.addTab(self._loans_tab(), self.tr("Loans"))
        ops.changes_applied.connect(self._savings_changed)
        self._layout()
        self.show_member(None)

    def _connect_buttons(self) -> None:
        self.edit_button.clicked.connect(self.edit)
        self.status_button.clicked.connect(self.change_status)
        self.exit_button.clicked.connect(self.settle_exit)
        self.profile_button.clicked.connect(self.print_profile)
        self.card_button.clicked.connect(self.print_cards)
        menu = QMenu(self.organ_button)
        self.assign_action = menu.addAction(self.tr("Assign an office…"))
        self.assign_action.triggered.connect(self.assign_organ)
        self.end_action = menu.addAction(self.tr("End a term of office…"))
        self.end_action.triggered.connect(self.end_organ)
        self.organ_button.setMenu(menu)
        manage = self.ops.can(Permission.MEMBERS_MANAGE)
        show_if(self.edit_button, manage)
        show_if(self.status_button, manage)
        show_if(
            self.exit_button, self.ops.can(Permission.SAVINGS_MANAGE) and not self.ops.read_only
        )
        self.organ_button.setVisible(self.ops.can(Permission.ORGANS_MANAGE))

    def _layout(self) -> None:
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        for button in (
            self.edit_button,
            self.status_button,
            self.exit_button,
            self.organ_button,
            self.profile_button,
            self.card_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _profile_tab(self) -> QWidget:
        left = (
            ("nik", self.tr("NIK")),
            ("born", self.tr("Place, date of birth")),
            ("sex", self.tr("Sex")),
            ("phone", self.tr("Phone")),
            ("npwp", self.tr("NPWP")),
        )
        right = (
            ("address", self.tr("Address")),
            ("work", self.tr("Occupation")),
            ("heir", self.tr("Heir")),
            ("joined", self.tr("Joined")),
        )
        return facts_grid(left, right, self.fields)

    def _savings_tab(self) -> QWidget:
        tab = QWidget()
        accounts = accounts_table(self.savings_accounts_model)
        accounts.setMinimumHeight(0)
        accounts.setMaximumHeight(16_777_215)
        accounts.setColumnHidden(SavingsAccountsModel.AVAILABLE, True)  # the teller's concern
        history = transaction_table(self.savings_history_model)
        for column in (
            SavingsTransactionsModel.MEMBER,
            SavingsTransactionsModel.NAME,
            SavingsTransactionsModel.ACCOUNT,
            SavingsTransactionsModel.NOTE,  # corrected rows are grey, corrections red
        ):
            history.setColumnHidden(column, True)
        history.horizontalHeader().setSectionResizeMode(
            SavingsTransactionsModel.KIND, QHeaderView.ResizeMode.Stretch
        )
        caption = QLabel(self.tr("Latest {count} transactions").format(count=HISTORY_LIMIT))
        caption.setStyleSheet("color: #555;")
        self.savings_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        left = QVBoxLayout()
        left.addWidget(accounts, 1)
        left.addWidget(self.savings_total)
        right = QVBoxLayout()
        right.addWidget(caption)
        right.addWidget(history, 1)
        row = QHBoxLayout(tab)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        return tab

    def _show_savings(self, number: str | None) -> None:
        """The member's savings balances per account and their latest transactions."""
        loaded = self.ops.read(self, lambda s: load_savings_summary(s, number)) if number else None
        accounts, history = loaded if loaded else ([], [])
        self.savings_accounts_model.set_accounts(accounts)
        self.savings_history_model.set_rows(history)
        self.savings_total.setText(
            self.tr("Total savings: {amount}").format(
                amount=format_rupiah(self.savings_accounts_model.total())
            )
            if number
            else ""
        )

    def _savings_changed(self, changes: Changes) -> None:
        if changes.journal and self.member is not None:
            self._show_savings(self.member.number)
            self._show_loans(self.member.number)

    def _loans_tab(self) -> QWidget:
        tab = QWidget()
        view = loan_table(self.loans_model)
        for column in (LoanListModel.MEMBER, LoanListModel.NAME):
            view.setColumnHidden(column, True)
        view.horizontalHeader().setSectionResizeMode(
            LoanListModel.PRODUCT, QHeaderView.ResizeMode.Stretch
        )
        self.loans_total.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(tab)
        layout.addWidget(view, 1)
        layout.addWidget(self.loans_total)
        return tab

    def _show_loans(self, number: str | None) -> None:
        """The member's loans with outstanding principal, status, days late and grade."""
        on = today()
        lines = (
            self.ops.read(self, lambda s: load_loans(s, on, member_number=number))
            if number
            else None
        )
        self.loans_model.set_lines(lines or [])
        self.loans_total.setText(
            self.tr("Outstanding loans: {amount}").format(
                amount=format_rupiah(self.loans_model.total_outstanding())
            )
            if number
            else ""
        )

    def _own_number(self) -> list[str]:
        return [self.member.number] if self.member else []

    def show_member(self, number: str | None) -> None:
        """Show the member ``number`` (None: nobody selected)."""
        loaded = self._load(number) if number else None
        if loaded is None:
            self.member, self.terms = None, []
            self.title.setText(self.tr("No member selected"))
            self.subtitle.setText(self.tr("Choose a member in the list to see their data."))
            for label in self.fields.values():
                label.clear()
            self.history_model.set_events([])
            self.terms_model.set_terms([])
            self._show_savings(None)
            self._show_loans(None)
        else:
            self.member, events, self.terms = loaded
            self._fill(self.member)
            self.history_model.set_events(events)
            self.terms_model.set_terms(self.terms)
            self._show_savings(self.member.number)
            self._show_loans(self.member.number)
        self._update_buttons()

    def _load(self, number: str) -> Loaded | None:
        def query(session: Session) -> Loaded:
            info = get_member(session, number)
            terms = [t for t in organ_terms(session) if t.member_number == info.number]
            return info, status_history(session, number), terms

        return self.ops.read(self, query)

    def _fill(self, m: MemberInfo) -> None:
        self.title.setText(f"{m.full_name}  ·  {m.number}")
        status = self.tr("{status} since {date}").format(
            status=status_label(m.status), date=format_date_short(m.status_date)
        )
        offices = [t.role.label for t in self.terms if t.active_on(today())]
        self.subtitle.setText("  ·  ".join([status, *offices]))
        sex = self.tr("Male (L)") if m.sex == "L" else self.tr("Female (P)")
        place = f"{m.birth_place}, " if m.birth_place else ""
        heir = f"{m.heir_name} ({m.heir_relation})" if m.heir_relation else m.heir_name
        work = " — ".join(p for p in (m.occupation, m.employer_unit) if p)
        values = {
            "nik": format_nik(m.nik),
            "born": place + format_date_short(m.birth_date),
            "sex": sex,
            "phone": format_phone(m.phone),
            "npwp": format_npwp(m.npwp),
            "address": m.full_address,
            "work": work,
            "heir": heir,
            "joined": format_date_short(m.join_date),
        }
        for key, text in values.items():
            self.fields[key].setText(text or "–")

    def _update_buttons(self) -> None:
        m = self.member
        for button in (self.edit_button, self.profile_button, self.card_button, self.organ_button):
            button.setEnabled(m is not None)
        self.status_button.setEnabled(m is not None and bool(TRANSITIONS[m.status]))
        self.exit_button.setEnabled(m is not None and m.status is not MemberStatus.CALON)
        self.end_action.setEnabled(any(t.term_end is None for t in self.terms))

    # --- actions ---------------------------------------------------------------

    def edit(self) -> None:
        if self.member is not None:
            MemberDialog.ask(self.ops, self, member=self.member)

    def change_status(self) -> None:
        if self.member is not None:
            StatusDialog.ask(self.ops, self.member, self)

    def settle_exit(self) -> object:
        """Penyelesaian anggota keluar: savings returned, loans offset, paper printed."""
        if self.member is None:
            return None
        return MemberExitDialog.ask(self.ops, self.member.number, self)

    def assign_organ(self) -> None:
        if self.member is not None:
            AssignOrganDialog.ask(self.ops, self.member, self)

    def end_organ(self) -> None:
        open_terms = [t for t in self.terms if t.term_end is None]
        if self.member is not None and open_terms:
            EndOrganDialog.ask(self.ops, open_terms, self)

    def print_profile(self) -> None:
        member = self.member
        if member is None:
            return
        save_document(
            self,
            self.ops,
            f"profil-anggota-{member.number}.pdf",
            lambda: member_profile_pdf(self.ops.book, member.number, actor=self.ops.actor),
        )

    def print_cards(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        name = f"kartu-anggota-{numbers[0]}.pdf" if len(numbers) == 1 else "kartu-anggota.pdf"
        save_document(
            self,
            self.ops,
            name.replace("/", "-"),
            lambda: member_cards_pdf(self.ops.book, numbers, actor=self.ops.actor),
        )
