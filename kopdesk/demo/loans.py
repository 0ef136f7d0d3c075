"""Demo loans: a KSP's loan portfolio over the demo years, through the loan services.

The cashier (kasir) enters applications, the treasurer or the chair approves
or rejects them (never the one who entered them), the cashier pays out and
takes the installments; the treasurer restructures one loan and writes one
off, each with the chair's approval, and runs the allowance (PPAP) at every
month-end. The loans still running when the old books were closed are
entered as January disbursements of the first year (purpose "pindahan").

Borrowers keep a habit: most pay on the due date (within the grace days),
some pay days to weeks late and now and then only part, a few pay off early,
and a handful stop paying so that by today some loans are kurang lancar,
diragukan and macet. Amounts in rupiah; figures fixed by the random seed.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda, Phase, Staff
from kopdesk.demo.members import DemoMember, share
from kopdesk.demo.office import OfficeDemo
from kopdesk.domain.dates import add_months
from kopdesk.domain.loans import Installment, schedule
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import month_bounds
from kopdesk.services.base import approvals
from kopdesk.services.loans import applications as loan_applications
from kopdesk.services.loans import disbursement, payments, restructuring, schedules
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records

CARRIED_OVER = 30
"""Loans still running when the old books closed, entered in the first January."""
RELATED = {"A-0007": (0, 3), "A-0011": (1, 6)}
"""Pengurus (sekretaris, bendahara) who borrow, in (year after the first, month):
loans to related parties, so the approver sees the limit check."""
BAD_DAYS = (120, 165, 230, 310, 430, 560)
"""Days past due today of the loans whose borrowers stopped paying (KL, KL, D, D, M, M)."""
PRODUCTS = (
    # code, weight, (low, high, step), tenors
    ("umum", 45, (5_000_000, 50_000_000, 500_000), (6, 10, 12, 12, 18, 24)),
    ("usaha", 35, (20_000_000, 100_000_000, 1_000_000), (12, 12, 18, 24, 36)),
    ("darurat", 20, (1_000_000, 5_000_000, 100_000), (3, 4, 6, 6, 10)),
)
PURPOSES = {
    "umum": ("Renovasi rumah", "Biaya sekolah anak", "Membeli sepeda motor", "Biaya pernikahan"),
    "usaha": ("Modal warung sembako", "Tambahan modal dagang", "Modal usaha katering"),
    "darurat": ("Biaya rumah sakit", "Biaya perbaikan rumah", "Keperluan mendesak keluarga"),
}
COLLATERAL = {
    "umum": ("BPKB sepeda motor", 0.8),
    "usaha": ("SHM tanah dan bangunan", 2.0),
    "darurat": ("", 0.0),
}
REJECTIONS = (
    "Penghasilan belum cukup untuk angsuran yang diminta",
    "Agunan tidak memadai untuk plafon yang diminta",
    "Masih menunggak simpanan wajib; ajukan lagi sesudah lunas",
)


class Habit(enum.StrEnum):
    """How a demo borrower pays, and what the demo has in store for the loan."""

    TEPAT = "tepat"
    """On time."""
    TELAT = "telat"
    """Late now and then, sometimes in part."""
    LUNAS = "lunas"
    """Paid off early."""
    RESTRUKTUR = "restruktur"
    """Restructured after falling behind."""
    HAPUS = "hapus"
    """Written off after long arrears."""
    MACET = "macet"
    """Stops paying (kolektibilitas falls to macet)."""


@dataclass
class DemoLoan:
    """One disbursed loan and how its borrower pays."""

    number: str
    member: str
    habit: Habit
    """How the borrower pays and what is in store for the loan (:class:`Habit`)."""
    rows: list[Installment]
    """The schedule fixed at disbursement."""
    stop: dt.date | None = None
    """The borrower pays nothing after this day."""
    special: dt.date | None = None
    """Day of the payoff, restructuring or write-off."""
    open: bool = True
    clean: bool = True
    """Every installment so far paid in full within the grace days: this month's
    installment is exactly what is due (no need to ask for the bill)."""

    @property
    def dues(self) -> list[dt.date]:
        return [x.due_date for x in self.rows]


@dataclass
class LoansDemo(Staff):
    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    agenda: Agenda
    office: OfficeDemo
    rng: random.Random
    password: str
    """The chair's password, for her approval of the restructuring and the write-off."""
    portfolio: list[DemoLoan] = field(default_factory=list)
    events: int = 0
    applications: int = 0
    rejected: int = 0
    allowance_runs: int = 0
    _busy: set[str] = field(default_factory=set)
    _bad: list[int] = field(default_factory=list)
    _restructured: bool = False
    _written_off: bool = False

    def __post_init__(self) -> None:
        # A smaller koperasi has one bad loan of each grade (kurang lancar, diragukan, macet).
        self._bad = list(BAD_DAYS) if share(self.members) >= 1 else list(BAD_DAYS[::2])

    @property
    def first_day(self) -> dt.date:
        return self.agenda.first_day

    # --- one month --------------------------------------------------------

    def plan(self, year: int, month: int) -> None:
        """Put the month's applications and payments on the agenda; the PPAP if it ended."""
        first, last = month_bounds(f"{year}-{month:02d}")
        end = min(last, self.today)
        add = self.agenda.at
        for loan in self.portfolio:
            if loan.open:
                self._plan_loan(loan, first, end, add)
        if (year, month) == (self.first_day.year, self.first_day.month):
            for _ in range(self._scaled(CARRIED_OVER)):
                day = dt.date(year, month, self.rng.randint(self.first_day.day, 12))
                add(day, lambda d: self._application(d, carried=True))
        elif end.day >= 2:
            for _ in range(self._scaled(self.rng.randint(2, 3))):
                day = dt.date(year, month, self.rng.randint(2, min(end.day, 25)))
                add(day, lambda d: self._application(d, carried=False))
        for number, (offset, when) in RELATED.items():
            if (year, month) == (self.first_day.year + offset, when):
                add(dt.date(year, month, 10), self._related(number))
        if self.agenda.month_ended(year, month):
            add(last, self._allowance, Phase.LOANS_END)

    def _scaled(self, count: int) -> int:
        """``count`` for a book of the full demo's size, fewer for a smaller book."""
        part = share(self.members)
        return count if part >= 1 else sum(self.rng.random() < part for _ in range(count))

    def _allowance(self, day: dt.date) -> None:
        loan_quality.run_allowance(self.session, self.manager, f"{day:%Y-%m}", today=self.today)
        self.allowance_runs += 1

    def _plan_loan(
        self,
        loan: DemoLoan,
        first: dt.date,
        end: dt.date,
        add: Callable[[dt.date, Callable[[dt.date], None]], object],
    ) -> None:
        if loan.special is not None and first <= loan.special <= end:
            action = {
                Habit.LUNAS: self._payoff,
                Habit.RESTRUKTUR: self._restructure,
                Habit.HAPUS: self._write_off,
            }
            add(loan.special, lambda d: action[loan.habit](loan, d))
        due = [x for x in loan.rows if first <= x.due_date <= end]
        if due:
            day = due[0].due_date + dt.timedelta(days=self._delay(loan))
            if loan.habit != Habit.TELAT and loan.clean and day > end and end < self.today:
                day = end  # on time: before the month is out
        elif loan.dues[-1] < first:
            day = first + dt.timedelta(days=self.rng.randrange(0, 20))  # term over, arrears left
        else:
            return
        if day > end or (loan.stop is not None and day > loan.stop):
            return
        if loan.special is not None and day >= loan.special:
            return
        partial = loan.habit == Habit.TELAT and self.rng.random() < 0.2
        expected = due[0] if due and loan.clean and loan.habit != Habit.TELAT else None
        add(day, lambda d: self._pay(loan, d, partial=partial, expected=expected))

    def _delay(self, loan: DemoLoan) -> int:
        """Days after the due date the borrower comes to pay (within the 3 grace days: no denda)."""
        if loan.habit == Habit.TELAT:
            return self.rng.choice((4, 6, 9, 12, 15, 20, 25, 35, 45))
        return self.rng.choice((0, 0, 0, 1, 2, 3))

    # --- applications -----------------------------------------------------

    def _borrower(self, day: dt.date) -> DemoMember | None:
        pool = [
            m
            for m in self.members
            if m.left is None
            and not m.candidate
            and m.joined <= day - dt.timedelta(days=90)
            and m.number not in self._busy
            and m.number not in RELATED
        ]
        return self.rng.choice(pool) if pool else None

    def _amount(self, low: int, high: int, step: int) -> int:
        raw = math.exp(self.rng.uniform(math.log(low), math.log(high)))
        return max(low, int(raw) // step * step)

    def _application(
        self, day: dt.date, *, carried: bool = False, member: str | None = None
    ) -> None:
        """The cashier enters an application; it is decided and paid out within days."""
        if member is None:
            found = self._borrower(day)
            if found is None:
                return
            member = found.number
        code, _w, (low, high, step), tenors = self.rng.choices(PRODUCTS, [p[1] for p in PRODUCTS])[
            0
        ]
        amount = self._amount(low, high, step)
        if amount > self.office.lendable(day):
            return  # the koperasi has not the money: the member is asked to come back later
        tenor = self.rng.choice(tenors)
        collateral, cover = COLLATERAL[code]
        purpose = self.rng.choice(PURPOSES[code])
        if carried:
            purpose = f"Pindahan sisa pinjaman buku lama: {purpose.lower()}"
        guarantor = self.rng.choice(("Suami", "Istri", "Orang tua", "Saudara kandung"))
        info = loan_applications.apply(
            self.session,
            self.teller,
            loan_applications.LoanApplication(
                member=member,
                product=code,
                amount=amount,
                tenor=tenor,
                applied_on=day,
                purpose=purpose,
                collateral=collateral,
                collateral_value=int(amount * cover) // 1_000_000 * 1_000_000,
                guarantors=(f"{guarantor} peminjam",) if code != "darurat" else (),
            ),
        )
        self.applications += 1
        self._busy.add(member)
        approver = self.rng.choice(("bendahara", "ketua"))
        decided = day + dt.timedelta(days=self.rng.randint(0, 2))
        refuse = not carried and member not in RELATED and self.rng.random() < 0.05
        paid_out = decided + dt.timedelta(days=self.rng.randint(0, 2))
        if day >= self.today - dt.timedelta(days=1):
            return  # entered today or yesterday: waiting for the committee
        self.agenda.at(decided, lambda d: self._decide(info, approver, d, refuse, paid_out))

    def _decide(
        self,
        info: loan_records.LoanInfo,
        approver: str,
        day: dt.date,
        refuse: bool,
        paid_out: dt.date,
    ) -> None:
        actor = self.actors[approver]
        if refuse:
            loan_applications.reject(
                self.session, actor, info.number, day, reason=self.rng.choice(REJECTIONS)
            )
            self.rejected += 1
            self._busy.discard(info.member_number)
            return
        loan_applications.approve(
            self.session, actor, info.number, day, note="Sesuai analisis kasir"
        )
        self.agenda.at(paid_out, lambda d: self._disburse(info, d))

    def _disburse(self, info: loan_records.LoanInfo, day: dt.date) -> None:
        provisi, admin = loan_products.get_product(self.session, info.product_code).fees(
            info.amount
        )
        net = info.amount - provisi - admin
        cash = self.office.pay_from(net, day)
        if cash is None:
            return  # approved; paid out when the koperasi has the money again
        disbursement.disburse(self.session, self.teller, info.number, day, cash_account=cash)
        self.events += 1
        rows = schedule(info.terms, day)
        loan = DemoLoan(info.number, info.member_number, self._habit(), rows)
        self._bad_or_special(loan, info, day)
        self.portfolio.append(loan)

    def _related(self, member: str) -> Callable[[dt.date], None]:
        return lambda day: self._application(day, member=member)

    def _habit(self) -> Habit:
        return self.rng.choices((Habit.TEPAT, Habit.TELAT, Habit.LUNAS), (72, 22, 6))[0]

    def _bad_or_special(self, loan: DemoLoan, info: loan_records.LoanInfo, day: dt.date) -> None:
        """Make this loan one of the few that go wrong, while some are still unassigned."""
        months = len(loan.dues)
        if loan.habit == Habit.LUNAS:
            if months < 6:
                loan.habit = Habit.TEPAT
            else:
                loan.special = add_months(day, months // 3) + dt.timedelta(days=5)
            return
        if not self._restructured and info.product_code == "usaha" and months >= 24:
            stop = add_months(day, 9)
            if stop + dt.timedelta(days=100) < self.today - dt.timedelta(days=60):
                loan.habit, loan.stop = Habit.RESTRUKTUR, stop
                loan.special = stop + dt.timedelta(days=100)
                self._restructured = True
                return
        if not self._written_off and info.product_code == "umum" and months >= 12:
            stop = add_months(day, 3)
            if stop + dt.timedelta(days=440) < self.today - dt.timedelta(days=30):
                loan.habit, loan.stop = Habit.HAPUS, stop
                loan.special = stop + dt.timedelta(days=440)
                self._written_off = True
                return
        for days in self._bad:
            stop = self.today - dt.timedelta(days=days)
            fits = day + dt.timedelta(days=35) < stop < loan.dues[-1] - dt.timedelta(days=31)
            if fits and self.rng.random() < 0.35:
                loan.habit, loan.stop = Habit.MACET, stop
                self._bad.remove(days)
                return

    # --- payments and the odd cases ---------------------------------------

    def _pay(
        self, loan: DemoLoan, day: dt.date, *, partial: bool, expected: Installment | None
    ) -> None:
        """Pay what is due on ``day`` (``expected``: the installment, when it is all that is
        due and within the grace days), or part of it."""
        if not loan.open:
            return
        if expected is not None and day <= expected.due_date + dt.timedelta(days=3):
            amount = expected.total
        else:
            amount = schedules.bill(self.session, loan.number, day).total_due
            loan.clean = False
        if partial and amount > 200_000:
            amount = int(amount * self.rng.uniform(0.4, 0.8)) // 1_000 * 1_000
        if amount <= 0:
            return
        event = payments.repay(self.session, self.teller, loan.number, amount, day)
        self.events += 1
        if event.outstanding_after == 0:
            self._close(loan)

    def _close(self, loan: DemoLoan) -> None:
        loan.open = False
        self._busy.discard(loan.member)

    def _payoff(self, loan: DemoLoan, day: dt.date) -> None:
        if loan.open:
            payments.payoff(self.session, self.teller, loan.number, day)
            self.events += 1
            self._close(loan)

    def _approval(self) -> int:
        granted = approvals.grant(
            self.session, self.manager, "ketua", self.password, Permission.LOANS_MANAGE
        )
        assert granted.grant_id is not None, granted.message
        return granted.grant_id

    def _restructure(self, loan: DemoLoan, day: dt.date) -> None:
        remaining = len([d for d in loan.dues if d > day])
        new = restructuring.restructure(
            self.session,
            self.manager,
            loan.number,
            day,
            tenor=remaining + 12,
            reason="Usaha peminjam sepi sesudah banjir; angsuran diperpanjang 12 bulan",
            approval=self._approval(),
        )
        self.events += 1
        loan.open = False
        rows = schedule(new.terms, day)
        self.portfolio.append(DemoLoan(new.number, loan.member, Habit.TEPAT, rows))

    def _write_off(self, loan: DemoLoan, day: dt.date) -> None:
        restructuring.write_off(
            self.session,
            self.manager,
            loan.number,
            day,
            reason="Macet lebih dari satu tahun; peminjam pindah tanpa alamat, ditagih terus",
            approval=self._approval(),
        )
        self.events += 1
        self._close(loan)
