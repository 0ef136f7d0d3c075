"""Demo savings: opening balances, years of counter transactions, payroll
deductions and month-ends for the demo members, posted through the savings
services (deposit, withdraw, transfer, correct, the imports, the month-end).

The opening balances taken over from the old books and the employer's monthly
payroll deduction of simpanan wajib go through the savings import (an
in-memory sheet, the same rules as a file); everything else is one counter
transaction per event. A withdrawal never asks for more than the savings
service says may be withdrawn on its day. Members who leave have no sukarela
or berjangka and no activity after leaving.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda, Phase, Staff
from kopdesk.demo.members import ORGANS, DemoMember, record_departure
from kopdesk.demo.office import OfficeDemo
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import add_months
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds, months_between
from kopdesk.services.base import approvals, settings
from kopdesk.services.imports import payroll, savings_openings, savings_plan, savings_rows
from kopdesk.services.imports.sheets import Sheet
from kopdesk.services.savings import accounts as savings_accounts
from kopdesk.services.savings import corrections, counter, transactions
from kopdesk.services.savings import products as savings_products
from kopdesk.services.savings.routine import MonthEndResult, run_month_end

CLASS_AMOUNTS = {"Karyawan": 75_000, "Pengurus": 100_000}
"""Simpanan wajib per month by member class (golongan); others pay the product's amount."""
STYLES = ("triwulan", "semester", "tahunan", "telat")
STYLE_WEIGHTS = (15, 40, 30, 15)
"""How counter members pay wajib: every 3 or 6 months, a year ahead each January, or late."""
PAYROLL_BANK = Code.BANK_GIRO
BIG_SAVERS = 4
BIG_CASH = 10_000_000
"""From this amount a counter transaction goes through the bank account (1111)."""


@dataclass
class Saver:
    """One member's savings habits."""

    member: DemoMember
    member_class: str
    monthly: int
    style: str
    """'potong_gaji' or one of ``STYLES``."""
    activity: float
    """Chance of a sukarela visit in a month (0: no sukarela account)."""
    big: bool
    wajib_months: int = 0
    """Months of simpanan wajib paid so far."""


@dataclass
class Placement:
    number: str
    member: str
    principal: int
    maturity: dt.date
    open: bool = True


@dataclass
class SavingsDemo(Staff):
    """Plans the savings of each month on the agenda."""

    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    agenda: Agenda
    office: OfficeDemo
    rng: random.Random
    password: str
    """The chair's password, for her approval of an old correction."""
    savers: dict[str, Saver] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    events: int = 0
    tax_due: dict[str, int] = field(default_factory=dict)
    """PPh 4(2) withheld per month ('2025-03'), paid to the state by the 10th after."""

    def __post_init__(self) -> None:
        rng = self.rng
        organs = {number for number, _ in ORGANS}
        first_day = self.agenda.first_day
        for m in self.members:
            if m.candidate or (m.left is not None and m.left < first_day):
                continue
            member_class = "Pengurus" if m.number in organs else "Karyawan" if m.payroll else ""
            saves = m.left is None and rng.random() < 0.5
            self.savers[m.number] = Saver(
                member=m,
                member_class=member_class,
                monthly=CLASS_AMOUNTS.get(member_class, 50_000),
                style="potong_gaji" if m.payroll else rng.choices(STYLES, STYLE_WEIGHTS)[0],
                activity=rng.uniform(0.02, 0.07) if saves else 0.0,
                big=False,
            )
        founders = [s for s in self.savers.values() if s.activity and s.member.founder]
        for s in rng.sample(founders, min(BIG_SAVERS, len(founders))):
            s.big, s.activity = True, 0.25

    # --- helpers ----------------------------------------------------------

    def _amount(self, low: int, high: int, step: int = 5_000) -> int:
        """A size between ``low`` and ``high``, small sizes more often (log-uniform)."""
        raw = math.exp(self.rng.uniform(math.log(low), math.log(high)))
        return max(low, int(raw) // step * step)

    def _day(self, year: int, month: int, saver: Saver, last: int = 28) -> dt.date | None:
        """A day this month when ``saver`` is a member; None if there is none."""
        day = dt.date(year, month, self.rng.randrange(1, last + 1))
        m = saver.member
        day = max(day, m.joined, self.agenda.first_day)
        if day.month != month or not m.active_on(day) or day > self.today:
            return None
        return day

    def _import(
        self, kind: str, day: dt.date, reference: str, rows: list[tuple[str, str, int]]
    ) -> savings_rows.ImportResult:
        """Post ``(member, product, amount)`` rows through the savings import."""
        products = sorted({p for _, p, _ in rows})
        amounts: dict[str, dict[str, int]] = {}
        for number, product, amount in rows:
            amounts.setdefault(number, {})[product] = amount
        sheet = Sheet(
            headers=("No. Anggota", *products),
            rows=tuple(
                (row, (number, *(by_product.get(p) for p in products)))
                for row, (number, by_product) in enumerate(amounts.items(), start=2)
            ),
            header_row=1,
        )
        if kind == savings_rows.OPENING:
            plan = savings_plan.plan_opening(self.session, sheet, day, file_name=reference)
            result = savings_openings.commit_opening(self.session, self.manager, plan, reference)
        else:
            plan = savings_plan.plan_payroll(self.session, sheet, on=day, file_name=reference)
            result = payroll.commit_payroll(
                self.session,
                self.manager,
                plan,
                on=day,
                debit_account=PAYROLL_BANK,
                mode="batch",
                reference=reference,
            )
        self.events += 1
        return result

    # --- set-up and opening balances --------------------------------------

    def set_up(self) -> None:
        """Wajib amounts by class, and each member's class."""
        info = savings_products.get_product(self.session, "wajib")
        data = savings_products.ProductInput(
            **{
                f.name: getattr(info, f.name)
                for f in fields(savings_products.ProductInput)
                if f.name not in ("rate_percent", "penalty_percent", "class_amounts")
            },
            rate_percent=str(info.rate_percent),
            penalty_percent=str(info.penalty_percent),
            class_amounts=CLASS_AMOUNTS,
        )
        savings_products.update_product(self.session, self.manager, "wajib", data)
        for s in self.savers.values():
            if s.member_class:
                savings_products.set_member_class(
                    self.session, self.manager, s.member.number, s.member_class
                )

    def opening_rows(self) -> list[tuple[str, str, int]]:
        """Balances brought over from the old books for members who joined earlier."""
        rows = []
        before = self.agenda.first_day - dt.timedelta(days=1)
        for s in self.savers.values():
            if s.member.joined > before:
                continue
            rows.append((s.member.number, "pokok", 100_000))
            months = months_between(s.member.joined, before)
            if s.style == "telat":
                months = max(months - self.rng.randrange(2, 10), 0)
            s.wajib_months = months
            if months:
                rows.append((s.member.number, "wajib", months * s.monthly))
            if s.activity:
                amount = (
                    self._amount(20_000_000, 60_000_000, 500_000)
                    if s.big
                    else self._amount(50_000, 4_000_000)
                )
                rows.append((s.member.number, "sukarela", amount))
        return rows

    def post_opening(self, rows: list[tuple[str, str, int]]) -> None:
        self._import(
            savings_rows.OPENING,
            self.agenda.first_day,
            "Saldo awal simpanan anggota (pindahan dari buku Excel)",
            rows,
        )

    # --- one month --------------------------------------------------------

    def plan(self, year: int, month: int) -> None:
        """Put the month's savings on the agenda; its month-end if it has ended."""
        add = self.agenda.at
        for s in self.savers.values():
            for day, action in self._member_month(s, year, month):
                add(day, action)
        add(dt.date(year, month, 25), self._payroll)
        first, last = month_bounds(f"{year}-{month:02d}")
        for m in self.members:
            if m.left is not None and first <= m.left <= last and m.left >= self.agenda.first_day:
                add(m.left, _departure(self.session, self.manager, m))
        if self.agenda.month_ended(year, month):
            add(last, self._month_end, Phase.SAVINGS_END)

    def _month_end(self, day: dt.date) -> None:
        result = run_month_end(self.session, self.manager, f"{day:%Y-%m}", today=self.today)
        self.events += 1
        self._follow(result)
        self.tax_due[f"{day:%Y-%m}"] = result.plan.tax_total

    def _member_month(
        self, s: Saver, year: int, month: int
    ) -> list[tuple[dt.date, Callable[[dt.date], None]]]:
        out: list[tuple[dt.date, Callable[[dt.date], None]]] = []
        m = s.member
        if m.joined >= self.agenda.first_day and (m.joined.year, m.joined.month) == (year, month):
            out.append((m.joined, lambda d: self._pokok(s, d)))
        months = self._wajib_due(s, year, month)
        if months:
            day = self._day(year, month, s, 20)
            if day is not None:
                out.append((day, lambda d: self._wajib(s, months, d)))
        if s.activity and self.rng.random() < s.activity:
            day = self._day(year, month, s)
            if day is not None:
                out.append((day, lambda d: self._sukarela(s, d)))
        if s.activity and self.rng.random() < (0.03 if s.big else 0.004):
            day = self._day(year, month, s)
            if day is not None:
                out.append((day, lambda d: self._place(s, d)))
        return out

    def _wajib_due(self, s: Saver, year: int, month: int) -> int:
        """Months of wajib a counter member pays this month (0: no visit)."""
        if s.style == "potong_gaji":
            return 0
        owed = months_between(s.member.joined, dt.date(year, month, 1)) - s.wajib_months
        if s.style == "triwulan" and month % 3 == 1:
            return max(owed + 2, 0)
        if s.style == "semester" and month in (1, 7):
            return max(owed + 5, 0)
        if s.style == "tahunan" and (month == 1 or owed > 1):
            return max(owed + 11, 0)
        if s.style == "telat" and owed > 0 and self.rng.random() < 0.1:
            return min(owed, self.rng.randrange(2, 6))
        return 0

    # --- events -----------------------------------------------------------

    def _deposit(
        self,
        s: Saver,
        product: str,
        amount: int,
        day: dt.date,
        *,
        term_months: int | None = None,
        rollover: bool | None = None,
    ) -> str:
        tx = counter.deposit(
            self.session,
            self.teller,
            member=s.member.number,
            product=product,
            amount=amount,
            on=day,
            cash_account=PAYROLL_BANK if amount >= BIG_CASH else Code.KAS,
            term_months=term_months,
            rollover=rollover,
        )
        self.events += 1
        return tx.number

    def _spare(self, s: Saver, day: dt.date) -> int:
        """What the member may take out of sukarela on ``day`` (0 without an account)."""
        if not s.activity:
            return 0
        return savings_accounts.withdrawable(self.session, s.member.number, "sukarela", day)

    def _pokok(self, s: Saver, day: dt.date) -> None:
        self._deposit(s, "pokok", 100_000, day)

    def _wajib(self, s: Saver, months: int, day: dt.date) -> None:
        amount = months * s.monthly
        if self.rng.random() < 0.15 and self._spare(s, day) - amount > 500_000:
            counter.transfer(
                self.session,
                self.teller,
                member=s.member.number,
                from_product="sukarela",
                to_product="wajib",
                amount=amount,
                on=day,
                description=f"Bayar simpanan wajib {months} bulan dari sukarela {s.member.number}",
            )
            self.events += 1
        else:
            self._deposit(s, "wajib", amount, day)
        s.wajib_months += months

    def _sukarela(self, s: Saver, day: dt.date) -> None:
        high = 20_000_000 if s.big else 5_000_000
        spare = self._spare(s, day)
        if spare > 90_000 and self.rng.random() < 0.4:
            amount = min(self._amount(20_000, high), spare) // 5_000 * 5_000
            cash = self.office.pay_from(amount, day) if amount >= 20_000 else None
            if cash is not None:
                counter.withdraw(
                    self.session,
                    self.teller,
                    member=s.member.number,
                    product="sukarela",
                    amount=amount,
                    on=day,
                    cash_account=cash,
                )
                self.events += 1
                return
        self._deposit(s, "sukarela", self._amount(20_000, high), day)

    def _place(self, s: Saver, day: dt.date) -> None:
        amount = (
            self._amount(25_000_000, 50_000_000, 1_000_000)
            if s.big
            else self._amount(1_000_000, 25_000_000, 500_000)
        )
        term = self.rng.choice((3, 6, 12, 12))
        rollover = self.rng.random() < 0.6
        number = self._deposit(s, "berjangka", amount, day, term_months=term, rollover=rollover)
        account = transactions.get_transaction(self.session, number).account_number
        self.placements.append(Placement(account, s.member.number, amount, add_months(day, term)))

    def _payroll(self, day: dt.date) -> None:
        rows = [
            (s.member.number, "wajib", s.monthly)
            for s in self.savers.values()
            if s.style == "potong_gaji" and s.member.active_on(day)
        ]
        for number, _, _ in rows:
            self.savers[number].wajib_months += 1
        if rows:
            self._import(
                savings_rows.PAYROLL,
                day,
                f"Potongan gaji simpanan wajib {day:%m/%Y} (daftar dari pemberi kerja)",
                rows,
            )

    def _follow(self, result: MonthEndResult) -> None:
        """Follow the month-end's maturities in the placements."""
        for mat in result.plan.maturities:
            placement = next(p for p in self.placements if p.number == mat.account_number)
            if mat.rollover:
                assert mat.new_maturity_date is not None
                placement.maturity = mat.new_maturity_date
            else:
                placement.open = False

    # --- the odd cases ----------------------------------------------------

    def break_early(self, day: dt.date) -> None:
        """A member needs money: a term deposit is paid out before maturity (with penalty)."""
        placement = next(
            (p for p in self.placements if p.open and p.maturity > day + dt.timedelta(days=20)),
            None,
        )
        if placement is None:
            return
        amount = savings_accounts.get_account(self.session, placement.number, on=day).balance
        cash = self.office.pay_from(amount, day)
        if cash is None:
            return
        counter.withdraw(
            self.session,
            self.teller,
            member=placement.member,
            product="berjangka",
            amount=amount,
            on=day,
            account=placement.number,
            cash_account=cash,
            description=f"Pencairan {placement.number} sebelum jatuh tempo (biaya rumah sakit)",
        )
        placement.open = False
        self.events += 1

    def mistake(self, day: dt.date, wrong: int, right: int) -> None:
        """A teller types the wrong amount; the treasurer corrects it, the teller re-enters."""
        s = next(
            (
                x
                for x in self.savers.values()
                if x.activity and not x.big and x.member.active_on(day)
            ),
            None,
        )
        if s is None:
            return
        number = self._deposit(s, "sukarela", wrong, day)
        approval = None
        age = (self.today - day).days
        if age > settings.get_int(self.session, settings.REVERSAL_APPROVAL_DAYS):
            approval = approvals.grant(
                self.session,
                self.manager,
                "ketua",
                self.password,
                Permission.SAVINGS_MANAGE,
            ).grant_id
        corrections.correct(
            self.session,
            self.manager,
            number,
            day,
            reason=f"Salah ketik jumlah: tertulis {wrong:,} seharusnya {right:,}".replace(",", "."),
            approval=approval,
        )
        self.events += 1
        self._deposit(s, "sukarela", right, day)


def _departure(session: Session, clerk: Actor, member: DemoMember) -> Callable[[dt.date], None]:
    return lambda _day: record_departure(session, clerk, member)
