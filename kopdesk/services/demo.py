"""A demo book: a small KSP's last two years and this year, posted through
the same services a treasurer uses, so the demo shows everything kopdesk can do.

Members come from :mod:`kopdesk.services.demo_members`, their savings from
:mod:`kopdesk.services.demo_savings`, their loans from
:mod:`kopdesk.services.demo_loans`. No manual entry touches a savings or
loan control account. The figures are deterministic (fixed random seed) for
a given "today".
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.models import Account, JournalLine
from kopdesk.services.approvals import grant
from kopdesk.services.books import ProfileInput, create_book, open_fiscal_year
from kopdesk.services.demo_closing import LAND_GRANT, ClosingDemo
from kopdesk.services.demo_loans import LoansDemo
from kopdesk.services.demo_members import add_demo_members
from kopdesk.services.demo_savings import SavingsDemo
from kopdesk.services.journal import EntryInput, LineInput, post_entry, reverse_entry
from kopdesk.services.users import create_first_admin, create_user

DEMO_PROFILE = ProfileInput(
    name="KSP Sejahtera Bersama (Contoh)",
    coop_type=CoopType.KSP,
    legal_number="AHU-0004512.AH.01.26.TAHUN 2018",
    legal_date=dt.date(2018, 5, 21),
    nik_koperasi="3273010020180001",
    address="Jl. Cempaka No. 12, Kel. Sukaluyu, Kec. Cibeunying Kaler, Kota Bandung, Jawa Barat",
)

Poster = Callable[[dt.date, str, list[tuple[str, int]]], str]

OPENING = [
    ("1101", 45_000_000),
    ("2401", -120_000_000),
    ("3201", -25_000_000),
    ("3301", -LAND_GRANT),
    ("3401", -57_900_000),
]
"""The opening balances other than the members' savings and the fixed assets (carried
in against 3901 by demo_closing); bank (1112) balances them. The loans still running
then are paid out again in the first January (demo_loans)."""


def _month_days(year: int, month: int, until: dt.date) -> list[dt.date]:
    days = [dt.date(year, month, d) for d in (3, 8, 15, 22, 27)]
    return [d for d in days if d <= until]


class _DemoMonths:
    """Posts the rest of a plausible month of a KSP: expenses, bank, tax."""

    def __init__(self, post: Poster, rng: random.Random, cash: Callable[[], int]) -> None:
        self.post = post
        self.rng = rng
        self.cash = cash
        self.bank_loan = -sum(a for c, a in OPENING if c == "2401")

    def move(self, day: dt.date, memo: str, lines: list[tuple[str, int]]) -> None:
        self.post(day, memo, lines)
        for code, amount in lines:
            if code == "2401":
                self.bank_loan -= amount

    def month(self, year: int, month: int, today: dt.date, tax: int) -> None:
        days = _month_days(year, month, today)
        if not days:
            return
        label = f"{month:02d}/{year}"
        self._expenses(days, label)
        self._bank(days, label)
        if tax and dt.date(year, month, 10) <= today:
            before = f"{month - 1:02d}/{year}" if month > 1 else f"12/{year - 1}"
            self.move(
                dt.date(year, month, 10),
                f"Setor PPh Pasal 4(2) jasa simpanan masa {before}",
                [("2310", tax), ("1112", -tax)],
            )

    def _expenses(self, days: list[dt.date], label: str) -> None:
        rng = self.rng
        self.move(days[-1], f"Gaji pengelola {label}", [("5202", 6_500_000), ("1101", -6_500_000)])
        listrik = rng.randrange(600, 900) * 1_000
        self.move(
            days[0], f"Listrik, air dan internet {label}", [("5205", listrik), ("1101", -listrik)]
        )
        if self.bank_loan > 0:
            principal = min(2_500_000, self.bank_loan)
            interest = self.bank_loan // 100
            self.move(
                days[1] if len(days) > 1 else days[0],
                f"Angsuran utang bank {label}",
                [("2401", principal), ("5104", interest), ("1112", -(principal + interest))],
            )

    def _bank(self, days: list[dt.date], label: str) -> None:
        if self.cash() > 80_000_000:
            setor = (self.cash() - 50_000_000) // 1_000_000 * 1_000_000
            self.move(days[-1], f"Setor kas ke bank {label}", [("1112", setor), ("1101", -setor)])
        giro = self.rng.randrange(150, 300) * 1_000
        self.move(days[-1], f"Jasa giro bank {label}", [("1112", giro), ("4901", -giro)])


def _correct_old_entry(session: Session, treasurer: Actor, post: Poster, first_year: int) -> None:
    """A mistake corrected the right way (before its year is closed): reversed (an
    old entry, so the chair approves with her password), then posted again correctly."""
    wrong_day = dt.date(first_year, 3, 11)
    wrong = post(wrong_day, "Bayar ATK (salah akun)", [("5209", 350_000), ("1101", -350_000)])
    granted = grant(session, treasurer, "ketua", DEMO_PASSWORD, Permission.JOURNAL_REVERSE)
    reverse_entry(session, wrong, wrong_day, actor=treasurer, approval=granted.grant_id)
    post(wrong_day, "Bayar ATK bulan Maret", [("5203", 350_000), ("1101", -350_000)])


DEMO_PASSWORD = "kopdesk-2026"  # noqa: S105 - published demo password
"""Every demo user's password (the demo book is for trying kopdesk out only)."""

DEMO_USERS = (
    ("ketua", Role.KETUA, "Hj. Siti Aminah"),
    ("bendahara", Role.BENDAHARA, "Budi Santoso"),
    ("kasir", Role.KASIR, "Dewi Lestari"),
    ("pengawas", Role.PENGAWAS, "Drs. Agus Salim"),
)


def build_demo(session: Session, *, today: dt.date | None = None) -> str:
    """Create the demo book in an empty database; returns a one-line summary.

    Users: ``admin`` plus one user per role (names in ``DEMO_USERS``), all with
    ``DEMO_PASSWORD``. Fiscal years from two years ago to this one. The
    treasurer posts the general entries and the month-ends, the cashier the
    counter transactions (:mod:`kopdesk.services.demo_savings`) and loan
    applications, disbursements and installments (:mod:`kopdesk.services.demo_loans`,
    approved by the treasurer or the chair); one old entry and one old savings
    deposit are corrected, one loan restructured and one written off, each with
    the chair's approval. Fixed assets, the other income and expenses, the
    year-end close of the past years and their SHU (decided at the RAT in March,
    paid in cash or to sukarela) come from :mod:`kopdesk.services.demo_closing`.
    """
    today = today or dt.date.today()
    first_year = today.year - 2
    admin = create_first_admin(session, "admin", DEMO_PASSWORD, "Administrator")
    actors = {"admin": admin.actor()}
    for username, role, name in DEMO_USERS:
        info = create_user(session, actors["admin"], username, role, DEMO_PASSWORD, full_name=name)
        actors[username] = info.actor()
    create_book(session, DEMO_PROFILE, first_year, actor=actors["admin"])
    for year in range(first_year + 1, today.year + 1):
        open_fiscal_year(session, actors["bendahara"], year)
    members = add_demo_members(session, actors, first_year, today)
    treasurer = actors["bendahara"]
    count = 0

    def post(day: dt.date, memo: str, lines: list[tuple[str, int]]) -> str:
        nonlocal count
        count += 1
        entry = EntryInput(day, memo, [LineInput(code, amount) for code, amount in lines])
        return post_entry(session, entry, actor=treasurer).number

    def cash() -> int:
        return int(
            session.execute(
                select(func.coalesce(func.sum(JournalLine.amount), 0))
                .join(Account, Account.id == JournalLine.account_id)
                .where(Account.code == "1101")
            ).scalar_one()
        )

    first_day = dt.date(first_year, 1, 2)
    rng = random.Random(first_year)  # noqa: S311 - demo figures only
    demo = SavingsDemo(session, actors, members, first_day, today, rng, DEMO_PASSWORD)
    demo.set_up()
    rows = demo.opening_rows()
    held = sum(amount for _, _, amount in rows)
    closing = ClosingDemo(session, actors, members, first_day, today, demo)
    bank = held - sum(amount for _, amount in OPENING) - closing.opening_value
    assert bank > 0, "the demo's opening balances need a positive bank balance"
    post(
        first_day,
        "Saldo awal tahun buku (pindahan dari buku Excel)",
        [*OPENING, ("1112", bank), ("3901", closing.opening_value - held)],
    )
    demo.post_opening(rows)
    closing.post_opening()
    loan_rng = random.Random(first_year * 13)  # noqa: S311 - demo figures only
    lending = LoansDemo(session, actors, members, first_day, today, loan_rng, DEMO_PASSWORD)
    months = _DemoMonths(post, rng, cash)
    _correct_old_entry(session, treasurer, post, first_year)
    count += 1  # the reversal
    month = dt.date(first_year, 1, 1)
    tax = 0
    while month <= today:
        closing.before_month(month.year, month.month)
        if (month.year, month.month) == (first_year + 1, 5):
            demo.mistake(dt.date(month.year, 5, 14), 1_500_000, 150_000)
        if (month.year, month.month) in ((first_year + 1, 9), (today.year, 2)):
            demo.break_early(dt.date(month.year, month.month, 12))
        result = demo.month(month.year, month.month)
        lending.month(month.year, month.month)
        months.month(month.year, month.month, today, tax)
        closing.after_month(month.year, month.month)
        tax = result.plan.tax_total if result else 0
        month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    users = ", ".join(["admin", *(u for u, _, _ in DEMO_USERS)])
    return (
        f"{count + closing.entries} jurnal umum, {demo.events} transaksi simpanan, "
        f"{lending.applications} pengajuan pinjaman ({lending.rejected} ditolak), "
        f"{lending.events} transaksi pinjaman, {len(members)} anggota, "
        f"tahun buku {first_year}-{today.year} ({closing.summary()}); "
        f"pengguna {users} dengan kata sandi {DEMO_PASSWORD}"
    )
