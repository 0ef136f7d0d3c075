"""SHU: the year's plan, what-if scenarios side by side, posting and paying members.

:class:`ShuPanel` has two inner tabs. *Plan & simulation* shows the SHU to share
and three scenarios side by side: *Plan* is the year's saved plan (the AD/ART
percentages and bases the RAT decides; "Save plan" stores it) and two
alternatives to try other numbers. Every change is computed again with
``shu.simulate`` (nothing is written): the rupiah of each part, how many
members share, the smallest, median and largest member share, and the shares
of a chosen member. A scenario whose percentages do not total 100% shows why
and is not computed. After the RAT the distribution is posted (dated the RAT
day; the year must be closed). *Members & payment* lists every member's bases
and shares with what was paid, pays one member in cash (with a receipt) or
credits every unpaid share to simpanan sukarela, and prints the SHU list and
slips when ``kopdesk.app.papers`` offers them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kopdesk.domain import shu as rules
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import KopdeskError
from kopdesk.services.closing import shu
from kopdesk.services.ledger.books import FiscalYearInfo, list_fiscal_years
from kopdesk.ui.closing.shu_members import MembersTab
from kopdesk.ui.closing.shu_scenario import (
    PlanKey,
    Scenario,
    member_share,
    plan_key,
)
from kopdesk.ui.closing.year import YearCombo, backup_first, last_closed
from kopdesk.ui.kit import messages
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.read_only import set_read_only
from kopdesk.ui.kit.visibility import show_if
from kopdesk.ui.kit.widgets import (
    WARNING_BANNER,
    Banner,
    DateField,
    bold,
    today,
)

SIMULATE_DELAY_MS = 250
SCENARIOS = 3
PLAN = 0
"""The first scenario is the year's plan; the others are alternatives."""


class PlanTab(QWidget):
    """The plan editor and the side-by-side simulator of one year."""

    simulated = Signal()
    """New results are shown (the members tab may follow the plan's)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.year: int | None = None
        self.info: shu.PlanInfo | None = None
        self.closed = False
        self.results: list[shu.ShuResult | None] = [None] * SCENARIOS
        self.scenarios = [
            Scenario(self.tr("Plan"), self),
            Scenario(self.tr("Alternative A"), self),
            Scenario(self.tr("Alternative B"), self),
        ]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SIMULATE_DELAY_MS)
        self.timer.timeout.connect(self.compute)
        self.cache: dict[PlanKey, shu.ShuResult] = {}
        self.running = False
        self.again = False
        self.generation = 0
        """Which year's reading a worker's result belongs to (a result for another is dropped)."""
        self.busy_label = QLabel(self.tr("Computing…"))
        self.busy_label.setStyleSheet("color: #555;")
        self.busy_label.hide()
        for scenario in self.scenarios:
            scenario.changed.connect(self._scenario_changed)
        self.copy_buttons = [QPushButton(self.tr("Use as plan")) for _ in self.scenarios[1:]]
        for number, button in enumerate(self.copy_buttons, start=1):
            button.clicked.connect(lambda _c=False, n=number: self.use_as_plan(n))
            button.setToolTip(
                self.tr("Copy this alternative's percentages and bases into the plan")
            )
        self._make_member_chooser()
        self.decision_edit = QLineEdit()
        self.decision_edit.setMaxLength(500)
        self.decision_edit.setPlaceholderText(self.tr("e.g. Keputusan RAT No. 01/RAT/2026"))
        self.decision_edit.textEdited.connect(lambda _t: self._update_buttons())
        self.rat_date = DateField()
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.clicked.connect(self.save_plan)
        show_if(self.save_button, ops.can(Permission.SHU_MANAGE))
        self.post_button = QPushButton(self.tr("Post SHU distribution…"))
        self.post_button.clicked.connect(self.post)
        show_if(self.post_button, ops.can(Permission.SHU_MANAGE))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.banner = Banner(WARNING_BANNER, closable=False)
        self._lay_out()

    def _make_member_chooser(self) -> None:
        """The member whose shares the scenarios show: a number, completed from the names."""
        self.member_edit = QLineEdit()
        self.member_edit.setPlaceholderText(self.tr("member no."))
        self.member_edit.setMaximumWidth(260)
        self.member_edit.editingFinished.connect(self.show_member)
        self.member_names = QStringListModel(self)
        self.completer = QCompleter(self.member_names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(lambda _t: self.show_member())
        self.member_edit.setCompleter(self.completer)
        self.member_name = QLabel()

    # --- layout -------------------------------------------------------------------

    def _lay_out(self) -> None:
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(self._grid())
        inner.addWidget(self.notes_label)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("RAT decision")))
        bottom.addWidget(self.decision_edit, 1)
        bottom.addWidget(self.save_button)
        bottom.addSpacing(16)
        bottom.addWidget(QLabel(self.tr("RAT date")))
        bottom.addWidget(self.rat_date)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for n, scenario in enumerate(self.scenarios):
            column = 1 + 2 * n
            title = QHBoxLayout()
            title.addWidget(scenario.title)
            title.addStretch(1)
            if n:
                title.addWidget(self.copy_buttons[n - 1])
            grid.addLayout(title, 0, column, 1, 2)
        grid.addWidget(self._row_label(self.tr("Part")), 0, 0)
        row = 1
        for part in rules.PARTS:
            grid.addWidget(QLabel(part.label), row, 0)
            for n, scenario in enumerate(self.scenarios):
                grid.addWidget(scenario.spins[part.key], row, 1 + 2 * n)
                grid.addWidget(scenario.amounts[part.key], row, 2 + 2 * n)
            row += 1
        grid.addWidget(self._row_label(self.tr("Total")), row, 0)
        for n, scenario in enumerate(self.scenarios):
            grid.addWidget(scenario.total_percent, row, 1 + 2 * n)
            grid.addWidget(scenario.pool_label, row, 2 + 2 * n)
            scenario.pool_label.setFont(bold(scenario.pool_label.font()))
        row += 1
        for n, scenario in enumerate(self.scenarios):
            grid.addWidget(scenario.error_label, row, 1 + 2 * n, 1, 2)
        row += 1
        row = self._widget_rows(grid, row)
        row = self._line(grid, row)
        row = self._result_rows(grid, row)
        grid.setColumnStretch(len(self.scenarios) * 2 + 1, 1)
        return grid

    @staticmethod
    def _row_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(bold(label.font()))
        return label

    def _widget_rows(self, grid: QGridLayout, row: int) -> int:
        for text, attribute in (
            (self.tr("Jasa modal basis"), "modal_combo"),
            ("", "sukarela_check"),
            (self.tr("Jasa usaha basis"), "usaha_combo"),
        ):
            grid.addWidget(QLabel(text), row, 0)
            for n, scenario in enumerate(self.scenarios):
                grid.addWidget(getattr(scenario, attribute), row, 1 + 2 * n, 1, 2)
            row += 1
        return row

    def _line(self, grid: QGridLayout, row: int) -> int:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, row, 0, 1, 1 + 2 * len(self.scenarios))
        return row + 1

    def _result_rows(self, grid: QGridLayout, row: int) -> int:
        chosen = QHBoxLayout()
        chosen.addWidget(QLabel(self.tr("Member")))
        chosen.addSpacing(6)
        chosen.addWidget(self.member_edit, 1)
        rows: list[tuple[str | QHBoxLayout, str]] = [
            (self.tr("Members who share"), "members_label"),
            (self.tr("Smallest member share"), "smallest_label"),
            (self.tr("Median member share"), "median_label"),
            (self.tr("Largest member share"), "largest_label"),
            (chosen, ""),
            (self.tr("  jasa modal"), "member_modal"),
            (self.tr("  jasa usaha"), "member_usaha"),
            (self.tr("  SHU of the member"), "member_total"),
        ]
        for text, attribute in rows:
            if isinstance(text, QHBoxLayout):
                grid.addLayout(text, row, 0)
                grid.addWidget(self.member_name, row, 1, 1, 2 * len(self.scenarios))
            else:
                grid.addWidget(QLabel(text), row, 0)
                for n, scenario in enumerate(self.scenarios):
                    grid.addWidget(getattr(scenario, attribute), row, 2 + 2 * n)
            row += 1
        return row

    # --- reading ------------------------------------------------------------------

    def load(self, year: int | None, info: FiscalYearInfo | None) -> None:
        """Show the plan of ``year`` (alternatives start from it) and compute all three."""
        self.year = year
        self.closed = info is not None and not info.is_open
        self.cache.clear()
        self.generation += 1
        plan = None if year is None else self.ops.read(self, lambda s: shu.get_plan(s, year))
        self.info = plan
        if plan is None or info is None:
            for scenario in self.scenarios:
                scenario.show_result(None, "")
            self.state_label.clear()
            self._update_buttons()
            return
        base = plan.as_input()
        self.scenarios[0].set_plan(base)
        # The alternatives show the other bases at once: the question RATs ask most.
        self.scenarios[1].set_plan(
            shu.PlanInput(
                base.allocation,
                "rata_bulanan" if base.modal_basis == "akhir_tahun" else "akhir_tahun",
                base.include_sukarela,
                base.usaha_basis,
            )
        )
        self.scenarios[2].set_plan(
            shu.PlanInput(
                base.allocation,
                base.modal_basis,
                base.include_sukarela,
                "volume" if base.usaha_basis == "bunga" else "bunga",
            )
        )
        self.decision_edit.setText(plan.decision)
        self.scenarios[0].set_editable(plan.status != "posted" and self._may_plan())
        set_read_only(self.decision_edit, plan.status == "posted" or not self._may_plan())
        rat_day = plan.posted_on or max(today(), info.end_date + dt.timedelta(days=1))
        self.rat_date.set_value(rat_day)
        self.rat_date.setEnabled(plan.status != "posted" and self._may_plan())
        self.state_label.setText(self._state_text(plan, info))
        self.compute()

    def _may_plan(self) -> bool:
        return self.ops.can(Permission.SHU_MANAGE) and not self.ops.read_only

    def _state_text(self, plan: shu.PlanInfo, info: FiscalYearInfo) -> str:
        if plan.status == "posted":
            return self.tr(
                "The SHU of {year} was posted on {date} ({entry}); the plan is fixed. "
                "The alternatives can still be tried."
            ).format(
                year=plan.year,
                date=format_date_short(plan.posted_on) if plan.posted_on else "",
                entry=plan.entry_number or "",
            )
        if info.is_open:
            return self.tr(
                "Fiscal year {year} is not closed: the SHU so far is shown. It is posted "
                "after the year is closed and the RAT has decided."
            ).format(year=plan.year)
        return self.tr(
            "The SHU of {year} waits for the RAT. Save the plan it decides, then post it "
            "dated the RAT day."
        ).format(year=plan.year)

    def _scenario_changed(self) -> None:
        self._update_buttons()
        self.timer.start()

    def _missing(self) -> list[shu.PlanInput]:
        """The valid scenarios' plans not computed yet (each once)."""
        found: dict[PlanKey, shu.PlanInput] = {}
        for scenario in self.scenarios:
            if not scenario.problem():
                plan = scenario.plan()
                if plan_key(plan) not in self.cache:
                    found.setdefault(plan_key(plan), plan)
        return list(found.values())

    def _store(self, plans: list[shu.PlanInput], found: list[shu.ShuResult]) -> None:
        for plan, result in zip(plans, found, strict=True):
            self.cache[plan_key(plan)] = result

    @property
    def busy(self) -> bool:
        """A computation is waiting or running."""
        return self.running or self.again or self.timer.isActive()

    def simulate(self) -> list[shu.ShuResult | None]:
        """Compute now, in this thread, what is not computed yet, and show every scenario."""
        self.timer.stop()
        year, missing = self.year, self._missing()
        if year is not None and missing:
            found = self.ops.read(self, lambda s: shu.simulate(s, year, missing))
            if found is not None:
                self._store(missing, found)
        return self.show_results()

    def compute(self) -> None:
        """Compute what is not computed yet in a worker thread (a big book takes seconds;
        the window stays usable), then show every scenario. Nothing is written."""
        self.timer.stop()
        if self.running:
            self.again = True
            return
        year, missing = self.year, self._missing()
        if year is None or not missing:
            self.show_results()
            return
        self.running = True
        self.busy_label.show()
        self.show_results()
        book, generation = self.ops.book, self.generation

        def work() -> list[shu.ShuResult]:
            with book.read() as session:
                return shu.simulate(session, year, missing)

        def done(found: list[shu.ShuResult]) -> None:
            if not isValid(self):
                return
            self.running = False
            if generation == self.generation:
                self._store(missing, found)
            self._after_worker()

        def failed(error: KopdeskError) -> None:
            if not isValid(self):
                return
            self.running = False
            self.again = False
            self.busy_label.hide()
            messages.show_error(self, error)

        self.ops.tasks.start(work, done, failed)

    def _after_worker(self) -> None:
        if self.again or self._missing():
            self.again = False
            self.compute()
            return
        self.busy_label.hide()
        self.show_results()

    def show_results(self) -> list[shu.ShuResult | None]:
        """Each scenario's computed result (– while it is computed or invalid)."""
        self.results = [
            None if s.problem() else self.cache.get(plan_key(s.plan())) for s in self.scenarios
        ]
        self._fill_members()
        member = self.member_number()
        for scenario, shown in zip(self.scenarios, self.results, strict=True):
            scenario.show_result(shown, member)
        self._show_member_name()
        plan = self.results[PLAN]
        self.notes_label.setText(" ".join(plan.notes) if plan else "")
        self._update_buttons()
        self.simulated.emit()
        return self.results

    def _fill_members(self) -> None:
        result = next((r for r in self.results if r is not None), None)
        names = [f"{m.number} {m.name}" for m in result.members] if result else []
        self.member_names.setStringList(names)
        if result and result.members and not self.member_number():
            # a member with both bases shows what each part gives
            both = [m for m in result.members if m.jasa_modal and m.jasa_usaha]
            self.member_edit.setText((both or result.members)[0].number)

    def member_number(self) -> str:
        text = self.member_edit.text().strip()
        return text.split(" ", 1)[0].upper() if text else ""

    def show_member(self) -> None:
        number = self.member_number()
        self.member_edit.setText(number)
        for scenario in self.scenarios:
            scenario.show_member(number)
        self._show_member_name()

    def _show_member_name(self) -> None:
        number = self.member_number()
        share = next(
            (member_share(r, number) for r in self.results if r and member_share(r, number)),
            None,
        )
        if share is not None:
            self.member_name.setText(
                self.tr("{name}: jasa modal basis {modal}, jasa usaha basis {usaha}").format(
                    name=share.name,
                    modal=format_rupiah(share.modal_basis),
                    usaha=format_rupiah(share.usaha_basis),
                )
            )
        elif number:
            self.member_name.setText(self.tr("{number} gets no SHU.").format(number=number))
        else:
            self.member_name.clear()

    # --- saving and posting -------------------------------------------------------

    @property
    def posted(self) -> bool:
        return self.info is not None and self.info.status == "posted"

    def dirty(self) -> bool:
        """The plan column or the decision differs from the saved plan."""
        if self.info is None:
            return False
        saved = self.info.as_input()
        shown = self.scenarios[PLAN].plan(" ".join(self.decision_edit.text().split()))
        return {k: v for k, v in shown.allocation.items() if v} != {
            k: v for k, v in saved.allocation.items() if v
        } or (shown.modal_basis, shown.include_sukarela, shown.usaha_basis, shown.decision) != (
            saved.modal_basis,
            saved.include_sukarela,
            saved.usaha_basis,
            saved.decision,
        )

    def _update_buttons(self) -> None:
        ready = self.info is not None and not self.posted and self._may_plan()
        plan_ok = not self.scenarios[PLAN].problem()
        self.save_button.setEnabled(ready and plan_ok)
        result = self.results[PLAN]
        self.post_button.setEnabled(
            ready and plan_ok and self.closed and result is not None and result.pool > 0
        )
        for button in self.copy_buttons:
            button.setEnabled(ready)
        if self.info is None or self.posted:
            self.banner.show_message("")
        elif not plan_ok:
            self.banner.show_message(
                self.tr("The plan cannot be saved: {problem}").format(
                    problem=self.scenarios[PLAN].problem()
                )
            )
        elif self.dirty() and self._may_plan():
            self.banner.show_message(self.tr("The plan has changes that are not saved yet."))
        else:
            self.banner.show_message("")

    def use_as_plan(self, number: int) -> None:
        """Copy alternative ``number`` into the plan column (not saved yet)."""
        if self.posted or not self._may_plan():
            return
        self.scenarios[PLAN].set_plan(self.scenarios[number].plan())
        self._scenario_changed()

    def save_plan(self) -> shu.PlanInfo | None:
        """Store the plan column and the RAT decision as the year's plan."""
        year = self.year
        if year is None or self.posted or not self._may_plan():
            return None
        plan = self.scenarios[PLAN].plan(self.decision_edit.text())
        saved = self.ops.run(self, lambda s: shu.save_plan(s, self.ops.actor, year, plan))
        if saved is None:
            return None
        self.info = saved
        self._update_buttons()
        self.ops.status_message.emit(self.tr("SHU plan of {year} saved.").format(year=year))
        return saved

    def post(self) -> shu.ShuResult | None:
        """Post the saved plan dated the RAT day, after a confirmation."""
        year, result = self.year, self.results[PLAN]
        if year is None or result is None or self.posted or not self._may_plan():
            return None
        if self.dirty():
            self.banner.show_message(
                self.tr("Save the plan first: the SHU is posted as the saved plan says.")
            )
            return None
        on = self.rat_date.value()
        sharing = sum(1 for m in result.members if m.total > 0)
        question = self.tr(
            "Post the SHU distribution of {year} dated {date}?\n\n"
            "SHU {pool}: cadangan and the funds get their parts, {count} members get "
            "{members} together as SHU payable (2321) until it is paid. "
            "The plan cannot be changed afterwards and the year cannot be reopened."
        ).format(
            year=year,
            date=format_date_short(on),
            pool=format_rupiah(result.pool),
            count=format_number(sharing),
            members=format_rupiah(result.members_total),
        )
        if not messages.confirm(self, self.tr("Post SHU distribution"), question):
            return None
        if not backup_first(
            self, self.ops, "pembagian-shu", self.tr("Backing up the book before posting…")
        ):
            return None
        actor = self.ops.actor
        posted = self.ops.run_in_background(
            self,
            self.tr("Posting the SHU of {count} members…").format(count=format_number(sharing)),
            lambda s, _r: shu.post(s, actor, year, on),
        )
        if posted is None:
            return None
        self.ops.status_message.emit(
            self.tr("SHU of {year} posted as journal entry {entry}.").format(
                year=year, entry=posted.entry_number or ""
            )
        )
        return posted


class ShuPanel(QWidget):
    """The SHU tab: year, pool, plan & simulation, members & payment."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.year_combo = YearCombo()
        self.year_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.pool_label = QLabel()
        self.pool_label.setFont(bold(self.font()))
        self.plan = PlanTab(ops)
        self.members = MembersTab(ops)
        self.posted_for: int | None = None
        self.plan.simulated.connect(self._plan_simulated)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plan, self.tr("Plan && simulation"))
        self.tabs.addTab(self.members, self.tr("Members && payment"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year")))
        bar.addWidget(self.year_combo)
        bar.addSpacing(16)
        bar.addWidget(self.pool_label)
        bar.addSpacing(16)
        bar.addWidget(self.plan.busy_label)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.plan.state_label)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        years = self.ops.read(self, list_fiscal_years) or []
        self.year_combo.set_years(years, last_closed(years))
        self.load()

    def load(self) -> None:
        year, info = self.year_combo.year(), self.year_combo.info()
        self.plan.load(year, info)
        self._show_pool()

    def _show_pool(self) -> None:
        info, plan = self.year_combo.info(), self.plan.info
        result = self.plan.results[PLAN] or next((r for r in self.plan.results if r), None)
        if info is None or plan is None:
            self.pool_label.clear()
            return
        # A posted plan keeps what it shared; the rest of the SHU went to cadangan.
        total = result.pool if result else 0
        shared = plan.pool if plan.pool is not None else (result.shared if result else 0)
        set_apart = max(total - shared, 0)
        if set_apart:
            text = self.tr(
                "SHU {total}; from non-members {apart} to cadangan (not shared); to share: {pool}"
            ).format(
                total=format_rupiah(total),
                apart=format_rupiah(set_apart),
                pool=format_rupiah(shared),
            )
            if info.is_open:
                text = self.tr("Year not closed yet. {shu}").format(shu=text)
        elif info.is_open:
            text = self.tr("SHU so far (year not closed): {pool}").format(
                pool=format_rupiah(shared)
            )
        else:
            text = self.tr("SHU to share: {pool}").format(pool=format_rupiah(shared))
        self.pool_label.setText(text)

    def _plan_simulated(self) -> None:
        """The members tab follows the plan column; a posted year shows what was posted
        and paid (read once per reading of the year, not on every what-if)."""
        year, plan = self.plan.year, self.plan.info
        if plan is not None and plan.status == "posted" and year is not None:
            if self.posted_for != self.plan.generation:
                self.posted_for = self.plan.generation
                self.members.show_result(
                    year, self.ops.read(self, lambda s: shu.compute(s, year)), plan
                )
        else:
            self.posted_for = None
            if self.members.result is not self.plan.results[PLAN]:
                self.members.show_result(year, self.plan.results[PLAN], plan)
        self._show_pool()
