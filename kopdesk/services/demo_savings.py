"""Demo savings: opening balances, years of counter transactions, payroll
deductions and month-ends for the demo members, posted through the savings
services (deposit, withdraw, transfer, correct, run_month_end).

Two kinds of batch (one journal entry with a sub-ledger line per member, as
an import posts them) keep the event count reasonable: the opening balances
taken over from the old books, and the employer's monthly payroll deduction
of simpanan wajib. Everything else is one counter transaction per event.
Members who leave have no sukarela or berjangka and no activity after leaving.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import add_months, month_bounds, months_between
from kopdesk.models import Member, SavingsBatch
from kopdesk.services import approvals, audit, journal, savings, settings
from kopdesk.services.demo_members import ORGANS, DemoMember, record_departure
from kopdesk.services.journal import EntryInput, LineInput
from kopdesk.services.savings_routine import MonthEndResult, run_month_end

CLASS_AMOUNTS = {"Karyawan": 75_000, "Pengurus": 100_000}
"""Simpanan wajib per month by member class (golongan); others pay the product's amount."""
STYLES = ("triwulan", "semester", "tahunan", "telat")
STYLE_WEIGHTS = (15, 40, 30, 15)
"""How counter members pay wajib: every 3 or 6 months, a year ahead each January, or late."""
PAYROLL_BANK = "1111"
BIG_SAVERS = 4
MIN_SUKARELA = 10_000


@dataclass
class Saver:
    """One member's savings habits and what the demo has put in so far."""

    member: DemoMember
    member_class: str
    monthly: int
    style: str
    """'potong_gaji' or one of ``STYLES``."""
    activity: float
    """Chance of a sukarela visit in a month (0: no sukarela account)."""
    big: bool
    sukarela: int = 0
    wajib_months: int = 0
    """Months of simpanan wajib paid so far."""


@dataclass
class Placement:
    number: str
    saver: Saver
    principal: int
    maturity: dt.date
    open: bool = True


@dataclass
class SavingsDemo:
    """Builds the savings history month by month; ``post`` posts manual entries."""

    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    first_day: dt.date
    today: dt.date
    rng: random.Random
    password: str
    """The chair's password, for her approval of an old correction."""
    savers: dict[str, Saver] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    events: int = 0
    _rows: dict[str, Member] = field(default_factory=dict)
    _accounts: dict[tuple[str, str], int] = field(default_factory=dict)
    _products: dict[str, savings.ProductInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        rng = self.rng
        organs = {number for number, _ in ORGANS}
        movers = [m for m in self.members if not m.candidate]
        for m in movers:
            if m.left is not None and m.left < self.first_day:
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
        founders = [s for s in self.savers.values() if s.activity and s.member.joined.year < 2020]
        for s in rng.sample(founders, min(BIG_SAVERS, len(founders))):
            s.big, s.activity = True, 0.25
        self._rows = {m.number: m for m in self.session.execute(select(Member)).scalars()}

    # --- helpers ----------------------------------------------------------

    @property
    def teller(self) -> Actor:
        return self.actors["kasir"]

    @property
    def manager(self) -> Actor:
        return self.actors["bendahara"]

    def _account_id(self, number: str, product: str, on: dt.date) -> int:
        key = (number, product)
        if key not in self._accounts:
            if not self._products:
                self._products = {p.code: p for p in savings.list_products(self.session)}
            info = self._products[product]
            row = savings.ensure_account(self.session, self._rows[number], info, on)
            self._accounts[key] = row.id
        return self._accounts[key]

    def _amount(self, low: int, high: int, step: int = 5_000) -> int:
        """A size between ``low`` and ``high``, small sizes more often (log-uniform)."""
        raw = math.exp(self.rng.uniform(math.log(low), math.log(high)))
        return max(low, int(raw) // step * step)

    def _day(self, year: int, month: int, saver: Saver, last: int = 28) -> dt.date | None:
        """A working day this month when ``saver`` is a member; None if there is none."""
        day = dt.date(year, month, self.rng.randrange(1, last + 1))
        m = saver.member
        day = max(day, m.joined)
        if day.month != month or not m.active_on(day) or day > self.today:
            return None
        return day

    def _batch(
        self, kind: str, day: dt.date, text: str, debit: str, rows: list[tuple[str, str, int]]
    ) -> str:
        """One business entry: ``debit`` against a sub-ledger line per (member, product, amount)."""
        self._account_id(rows[0][0], rows[0][1], day)
        codes = {code: p.account_code for code, p in self._products.items()}
        lines = [LineInput(debit, sum(a for _, _, a in rows))]
        for number, product, amount in rows:
            lines.append(
                LineInput(
                    codes[product],
                    -amount,
                    member_id=self._rows[number].id,
                    savings_account_id=self._account_id(number, product, day),
                )
            )
        entry = journal.post_business_entry(
            self.session,
            EntryInput(day, text, lines, source=f"{savings.SOURCE}.{kind}"),
            actor=self.manager,
        )
        self.session.add(
            SavingsBatch(
                kind=kind,
                date=day,
                reference=text,
                rows=len(rows),
                total=lines[0].amount,
                entries=entry.number,
                posted_by=self.manager.username,
                posted_at=dt.datetime.now().replace(microsecond=0),
            )
        )
        self.session.flush()
        audit.record(
            self.session,
            self.manager,
            f"savings.{kind}",
            entry.number,
            after={"tanggal": day, "baris": len(rows), "jumlah": lines[0].amount},
        )
        self.events += 1
        return entry.number

    # --- set-up and opening balances --------------------------------------

    def set_up(self) -> None:
        """Wajib amounts by class, and each member's class."""
        info = savings.get_product(self.session, "wajib")
        data = savings.ProductInput(
            **{
                f.name: getattr(info, f.name)
                for f in fields(savings.ProductInput)
                if f.name not in ("rate_percent", "penalty_percent", "class_amounts")
            },
            rate_percent=str(info.rate_percent),
            penalty_percent=str(info.penalty_percent),
            class_amounts=CLASS_AMOUNTS,
        )
        savings.update_product(self.session, self.manager, "wajib", data)
        for s in self.savers.values():
            if s.member_class:
                savings.set_member_class(
                    self.session, self.manager, s.member.number, s.member_class
                )

    def opening_rows(self) -> list[tuple[str, str, int]]:
        """Balances brought over from the old books for members who joined earlier."""
        rows = []
        before = self.first_day - dt.timedelta(days=1)
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
                s.sukarela = (
                    self._amount(20_000_000, 60_000_000, 500_000)
                    if s.big
                    else self._amount(50_000, 4_000_000)
                )
                rows.append((s.member.number, "sukarela", s.sukarela))
        return rows

    def post_opening(self, rows: list[tuple[str, str, int]]) -> None:
        self._batch(
            "saldo_awal",
            self.first_day,
            "Saldo awal simpanan anggota (pindahan dari buku Excel)",
            "3901",
            rows,
        )

    # --- one month --------------------------------------------------------

    def month(self, year: int, month: int) -> MonthEndResult | None:
        """Post the month's savings; run its month-end if it has ended."""
        plan: list[tuple[dt.date, int, Callable[[dt.date], None]]] = []
        for s in self.savers.values():
            for day, action in self._member_month(s, year, month):
                plan.append((day, len(plan), action))
        for day, _, action in sorted(plan, key=lambda p: (p[0], p[1])):
            action(day)
        self._payroll(year, month)
        first, last = month_bounds(f"{year}-{month:02d}")
        for m in self.members:
            if m.left is not None and first <= m.left <= last and m.left >= self.first_day:
                record_departure(self.session, self.manager, m)
        if last >= self.today:
            return None
        result = run_month_end(self.session, self.manager, f"{first:%Y-%m}", today=self.today)
        self.events += 1
        self._credit(result)
        return result

    def _member_month(
        self, s: Saver, year: int, month: int
    ) -> list[tuple[dt.date, Callable[[dt.date], None]]]:
        out: list[tuple[dt.date, Callable[[dt.date], None]]] = []
        m = s.member
        if m.joined >= self.first_day and (m.joined.year, m.joined.month) == (year, month):
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
        tx = savings.deposit(
            self.session,
            self.teller,
            member=s.member.number,
            product=product,
            amount=amount,
            on=day,
            cash_account="1111" if amount >= 10_000_000 else "1101",
            term_months=term_months,
            rollover=rollover,
        )
        self.events += 1
        return tx.number

    def _pokok(self, s: Saver, day: dt.date) -> None:
        self._deposit(s, "pokok", 100_000, day)

    def _wajib(self, s: Saver, months: int, day: dt.date) -> None:
        spare = s.sukarela - MIN_SUKARELA - months * s.monthly
        if s.activity and spare > 500_000 and self.rng.random() < 0.15:
            savings.transfer(
                self.session,
                self.teller,
                member=s.member.number,
                from_product="sukarela",
                to_product="wajib",
                amount=months * s.monthly,
                on=day,
                description=f"Bayar simpanan wajib {months} bulan dari sukarela {s.member.number}",
            )
            self.events += 1
            s.sukarela -= months * s.monthly
        else:
            self._deposit(s, "wajib", months * s.monthly, day)
        s.wajib_months += months

    def _sukarela(self, s: Saver, day: dt.date) -> None:
        high = 20_000_000 if s.big else 5_000_000
        if s.sukarela > 100_000 and self.rng.random() < 0.4:
            amount = min(self._amount(20_000, high), s.sukarela - MIN_SUKARELA)
            amount = amount // 5_000 * 5_000
            if amount >= 20_000:
                savings.withdraw(
                    self.session,
                    self.teller,
                    member=s.member.number,
                    product="sukarela",
                    amount=amount,
                    on=day,
                    cash_account="1111" if amount >= 10_000_000 else "1101",
                )
                self.events += 1
                s.sukarela -= amount
                return
        amount = self._amount(20_000, high)
        self._deposit(s, "sukarela", amount, day)
        s.sukarela += amount

    def _place(self, s: Saver, day: dt.date) -> None:
        amount = (
            self._amount(25_000_000, 50_000_000, 1_000_000)
            if s.big
            else self._amount(1_000_000, 25_000_000, 500_000)
        )
        term = self.rng.choice((3, 6, 12, 12))
        rollover = self.rng.random() < 0.6
        number = self._deposit(s, "berjangka", amount, day, term_months=term, rollover=rollover)
        account = savings.get_transaction(self.session, number).account_number
        self.placements.append(Placement(account, s, amount, add_months(day, term)))

    def _payroll(self, year: int, month: int) -> None:
        day = dt.date(year, month, 25)
        if day > self.today:
            return
        rows = [
            (s.member.number, "wajib", s.monthly)
            for s in self.savers.values()
            if s.style == "potong_gaji" and s.member.active_on(day)
        ]
        for number, _, _ in rows:
            self.savers[number].wajib_months += 1
        if rows:
            self._batch(
                "potong_gaji",
                day,
                f"Potongan gaji simpanan wajib {month:02d}/{year} (daftar dari pemberi kerja)",
                PAYROLL_BANK,
                rows,
            )

    def _credit(self, result: MonthEndResult) -> None:
        """Follow the month-end's interest and maturities in the savers' sukarela."""
        for x in result.plan.lines:
            self.savers[x.member_number].sukarela += x.net
        for mat in result.plan.maturities:
            placement = next(p for p in self.placements if p.number == mat.account_number)
            if mat.rollover:
                assert mat.new_maturity_date is not None
                placement.maturity = mat.new_maturity_date
            else:
                placement.open = False
                self.savers[mat.member_number].sukarela += mat.principal

    # --- the odd cases ----------------------------------------------------

    def break_early(self, day: dt.date) -> None:
        """A member needs money: a term deposit is paid out before maturity (with penalty)."""
        placement = next(
            p for p in self.placements if p.open and p.maturity > day + dt.timedelta(days=20)
        )
        savings.withdraw(
            self.session,
            self.teller,
            member=placement.saver.member.number,
            product="berjangka",
            amount=placement.principal,
            on=day,
            account=placement.number,
            cash_account="1111",
            description=f"Pencairan {placement.number} sebelum jatuh tempo (biaya rumah sakit)",
        )
        placement.open = False
        self.events += 1

    def mistake(self, day: dt.date, wrong: int, right: int) -> None:
        """A teller types the wrong amount; the treasurer corrects it, the teller re-enters."""
        s = next(
            x for x in self.savers.values() if x.activity and not x.big and x.member.active_on(day)
        )
        number = self._deposit(s, "sukarela", wrong, day)
        approval = None
        age = (dt.date.today() - day).days
        if age > settings.get_int(self.session, settings.REVERSAL_APPROVAL_DAYS):
            approval = approvals.grant(
                self.session,
                self.manager,
                "ketua",
                self.password,
                Permission.SAVINGS_MANAGE,
            ).grant_id
        savings.correct(
            self.session,
            self.manager,
            number,
            day,
            reason=f"Salah ketik jumlah: tertulis {wrong:,} seharusnya {right:,}".replace(",", "."),
            approval=approval,
        )
        self.events += 1
        self._deposit(s, "sukarela", right, day)
        s.sukarela += right
