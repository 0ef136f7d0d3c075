"""The monthly savings routine: month-end interest, wajib billing, the PPh 4(2) list.

:class:`SavingsRoutinePanel` has three tabs. *Month-end* previews what
``run_month_end`` would post for a month (interest per account, tax, net,
maturities) and posts it after a confirmation. *Wajib billing* lists each
active member's simpanan wajib due, paid and in arrears as of a date. *PPh
4(2) list* shows the tax withheld per member in a processed month. Both lists
print to PDF when ``kopdesk.app.papers`` offers the paper.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kopdesk.domain.changes import Changes
from kopdesk.domain.dates import add_months, format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import month_bounds, percent_text
from kopdesk.errors import KopdeskError
from kopdesk.services.ledger.books import list_fiscal_years
from kopdesk.services.savings.routine import (
    MonthEndPlan,
    MonthEndSummary,
    TaxList,
    month_ends,
    plan_month_end,
    run_month_end,
    tax_list,
)
from kopdesk.services.savings.wajib import WajibBilling, wajib_billing
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.posting import (
    MonthField,
    MonthPostingTab,
    heading,
    paper,
    print_paper,
    refusal,
    show_posted,
    split_view,
)
from kopdesk.ui.kit.table import table_view
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import (
    WARNING_BANNER,
    Banner,
    DateField,
    today,
    working_year,
)
from kopdesk.ui.savings.routine_model import (
    InterestPlanModel,
    MaturitiesModel,
    MonthEndHistoryModel,
    TaxListModel,
    WajibBillingModel,
    month_label,
)


class MonthEndTab(MonthPostingTab):
    """Preview a month's interest, tax and maturities; post them as one journal entry."""

    PERMISSION = Permission.SAVINGS_MANAGE

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.plan: MonthEndPlan | None = None
        self.history: list[MonthEndSummary] = []
        self._read = False
        self.plan_model = InterestPlanModel(self)
        self.plan_view = table_view(self.plan_model, 1)
        self.maturities_model = MaturitiesModel(self)
        self.maturities_view = table_view(self.maturities_model, 4)
        self.maturities_heading = heading(self.tr("Term deposits maturing"))
        self.history_model = MonthEndHistoryModel(self)
        self.history_view = table_view(self.history_model, 5)
        self._lay_out()
        self._show_maturities(False)

    def texts(self) -> tuple[str, str, str]:
        return self.tr("Month"), self.tr("Preview"), self.tr("Post…")

    def _lay_out(self) -> None:
        splitter = split_view(
            [
                (heading(self.tr("Interest and tax")), 0),
                (self.plan_view, 3),
                (self.maturities_heading, 0),
                (self.maturities_view, 1),
            ],
            [(heading(self.tr("Months already processed")), 0), (self.history_view, 0)],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Read the processed months again; when that list changed (the first time,
        after a posting), suggest the next month to process."""
        newest = self.history[0].month if self.history else None
        first = not self._read
        self._read = True
        self.history = self.ops.read(self, month_ends) or []
        self.history_model.set_history(self.history)
        if first or (self.history[0].month if self.history else None) != newest:
            self.month_field.set_value(self._next_month())

    def _next_month(self) -> str:
        if self.history:
            first, _last = month_bounds(self.history[0].month)
            return f"{add_months(first, 1):%Y-%m}"
        year = working_year(self.ops.read(self, list_fiscal_years) or [])
        start = year.start_date if year else today().replace(day=1)
        return f"{start:%Y-%m}"

    def clear_preview(self) -> None:
        """Forget the preview (the month or the books changed): preview again to post."""
        self.plan = None
        self.plan_model.set_plan(None)
        self.maturities_model.set_plan(None)
        self._show_maturities(False)
        self.summary.clear()
        self.banner.show_message("")
        self.post_button.setEnabled(False)

    def _show_maturities(self, visible: bool) -> None:
        self.maturities_heading.setVisible(visible)
        self.maturities_view.setVisible(visible)

    def preview(self) -> MonthEndPlan | None:
        """Show what the month-end of the chosen month would post; None when refused."""
        self.clear_preview()
        self.result_label.hide()
        month = self.month_field.value()
        found = self.ops.read(self, refusal(lambda s: plan_month_end(s, month)))
        if isinstance(found, KopdeskError):
            self.banner.show_message(found.message)
            return None
        if found is None:
            return None
        self.plan = found
        self.plan_model.set_plan(found)
        self.maturities_model.set_plan(found)
        self._show_maturities(bool(found.maturities))
        self.summary.setText(self._summary(found))
        self.post_button.setEnabled(self.ops.can(Permission.SAVINGS_MANAGE))
        return found

    def _summary(self, plan: MonthEndPlan) -> str:
        if not plan.lines and not plan.maturities:
            return self.tr(
                "Nothing earned interest or matured in {month}. Posting records the month "
                "as processed without a journal entry."
            ).format(month=month_label(plan.month))
        return self.tr(
            "{month}: {accounts} accounts earn interest of {gross}; PPh 4(2) withheld "
            "{tax} (rate {rate}% on a member's interest above {threshold} a month); "
            "net credited {net}. {maturities} term deposits mature. One journal entry "
            "dated {date}."
        ).format(
            month=month_label(plan.month),
            accounts=len(plan.lines),
            gross=format_rupiah(plan.gross_total),
            tax=format_rupiah(plan.tax_total),
            rate=percent_text(plan.tax_rule.rate_percent),
            threshold=format_rupiah(plan.tax_rule.threshold),
            net=format_rupiah(plan.net_total),
            maturities=len(plan.maturities),
            date=format_date_short(plan.last),
        )

    def post(self) -> str | None:
        """Post the previewed month after a confirmation; the entry number (or "")."""
        plan = self.plan
        if plan is None or not self.ops.can(Permission.SAVINGS_MANAGE):
            return None
        question = self.tr(
            "Post the savings month-end of {month}? Interest {gross}, tax {tax}, "
            "{maturities} maturities, dated {date}. A month is processed only once."
        ).format(
            month=month_label(plan.month),
            gross=format_rupiah(plan.gross_total),
            tax=format_rupiah(plan.tax_total),
            maturities=len(plan.maturities),
            date=format_date_short(plan.last),
        )
        if not messages.confirm(self, self.tr("Savings month-end"), question):
            return None
        month = plan.month
        result = self.ops.run(self, lambda s: run_month_end(s, self.ops.actor, month))
        if result is None:
            return None
        self.refresh()  # the next month becomes the suggestion
        self.plan = None
        self.plan_model.set_plan(result.plan)
        self.maturities_model.set_plan(result.plan)
        self._show_maturities(bool(result.plan.maturities))
        self.summary.setText(self._summary(result.plan))
        self.post_button.setEnabled(False)
        show_posted(
            self.result_label,
            self.ops,
            result.entry_number,
            self.tr("Month-end of {month} posted as journal entry {number}.").format(
                month=month_label(month), number=result.entry_number
            ),
            self.tr("Month-end of {month} recorded; there was nothing to post.").format(
                month=month_label(month)
            ),
        )
        return result.entry_number or ""


class WajibTab(QWidget):
    """Simpanan wajib due, paid and in arrears per active member as of a date."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.billing: WajibBilling | None = None
        self.date_edit = DateField()
        self.date_edit.dateChanged.connect(self.refresh)
        self.late_check = QCheckBox(self.tr("Only members in arrears"))
        self.late_check.toggled.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print PDF"))
        self.print_button.clicked.connect(self.print_pdf)
        show_if(
            self.print_button,
            paper("wajib_arrears_pdf") is not None and ops.can(Permission.REPORTS_PRINT),
        )
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.summary = QLabel()
        self.model = WajibBillingModel(self)
        self.view = table_view(self.model, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.date_edit)
        bar.addSpacing(12)
        bar.addWidget(self.late_check)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        through, only_late = self.date_edit.value(), self.late_check.isChecked()
        found = self.ops.read(
            self, refusal(lambda s: wajib_billing(s, through, only_late=only_late))
        )
        self.banner.show_message(found.message if isinstance(found, KopdeskError) else "")
        self.billing = found if isinstance(found, WajibBilling) else None
        self.model.set_billing(self.billing)
        self.summary.setText(self._summary(self.billing))

    def _summary(self, billing: WajibBilling | None) -> str:
        if billing is None:
            return ""
        if not billing.rows:
            return self.tr("No member is behind with simpanan wajib.")
        return self.tr("Through {month}: {late} members are behind; arrears total {total}.").format(
            month=month_label(f"{billing.through:%Y-%m}"),
            late=billing.members_late,
            total=format_rupiah(billing.total_arrears),
        )

    def print_pdf(self) -> None:
        through = self.date_edit.value()
        file_name = f"tunggakan-simpanan-wajib-{through.isoformat()}.pdf"
        print_paper(self, self.ops, "wajib_arrears_pdf", file_name, through)


class TaxListTab(QWidget):
    """Daftar pemotongan PPh 4(2) of a processed month."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.tax: TaxList | None = None
        self._newest: str | None = None
        self.month_field = MonthField()
        self.month_field.changed.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print PDF"))
        self.print_button.clicked.connect(self.print_pdf)
        show_if(
            self.print_button,
            paper("tax_list_pdf") is not None and ops.can(Permission.REPORTS_PRINT),
        )
        self.banner = Banner(WARNING_BANNER, closable=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = TaxListModel(self)
        self.view = table_view(self.model, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month_field)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def suggest(self, history: list[MonthEndSummary]) -> None:
        """Show the newest processed month when it is new to this tab; otherwise read
        the month shown again."""
        newest = history[0].month if history else None
        if newest is not None and newest != self._newest:
            self._newest = newest
            self.month_field.set_value(newest)
        else:
            self.refresh()

    def refresh(self) -> None:
        month = self.month_field.value()
        found = self.ops.read(self, refusal(lambda s: tax_list(s, month)))
        self.banner.show_message(found.message if isinstance(found, KopdeskError) else "")
        self.tax = found if isinstance(found, TaxList) else None
        self.model.set_list(self.tax)
        self.summary.setText(self._summary(self.tax))
        self.print_button.setEnabled(self.tax is not None)

    def _summary(self, tax: TaxList | None) -> str:
        if tax is None:
            return ""
        entry = tax.entry_number or self.tr("no journal entry")
        if not tax.rows:
            return self.tr("No interest was paid in {month} ({entry}).").format(
                month=month_label(tax.month), entry=entry
            )
        return self.tr(
            "{month}, journal entry {entry}: {count} members; PPh 4(2) {rate}% on a "
            "member's interest above {threshold} a month. Pay the tax in by the 10th of "
            "the next month."
        ).format(
            month=month_label(tax.month),
            entry=entry,
            count=len(tax.rows),
            rate=percent_text(tax.rate_percent),
            threshold=format_rupiah(tax.threshold),
        )

    def print_pdf(self) -> None:
        if self.tax is None:
            return
        month = self.tax.month
        print_paper(self, self.ops, "tax_list_pdf", f"daftar-pph-4-2-{month}.pdf", month)


class SavingsRoutinePanel(QWidget):
    """Akhir bulan | Tagihan wajib | Daftar PPh 4(2), for the Simpanan page.

    Reads when first shown and again after a change to the books (only the
    visible tab at once; the others when they are opened).
    """

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.month_end = MonthEndTab(ops)
        self.wajib = WajibTab(ops)
        self.tax = TaxListTab(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.month_end, self.tr("Month-end"))
        self.tabs.addTab(self.wajib, self.tr("Wajib billing"))
        self.tabs.addTab(self.tax, self.tr("PPh 4(2) list"))
        self.tabs.currentChanged.connect(self._refresh_current)
        self._stale: set[QWidget] = {self.month_end, self.wajib, self.tax}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ops.changes_applied.connect(self._on_changes)

    def refresh(self) -> None:
        """Read every tab again now."""
        for tab in (self.month_end, self.wajib, self.tax):
            self._refresh(tab)
        self._stale.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_current()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.balances or changes.members):
            return
        self._stale = {self.month_end, self.wajib, self.tax}
        if changes.balances:
            self.month_end.clear_preview()
        if self.isVisible():
            self._refresh_current()

    def _refresh_current(self) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            self._refresh(current)

    def _refresh(self, tab: QWidget) -> None:
        if tab is self.month_end:
            self.month_end.refresh()
        elif tab is self.wajib:
            self.wajib.refresh()
        elif tab is self.tax:
            self.tax.suggest(self.ops.read(self, month_ends) or [])
