"""A demo book: a small KSP's last two years and this year, posted day by day through
the same services a treasurer uses, so the demo shows everything kopdesk can do.

Members come from :mod:`kopdesk.demo.members`, their savings from
:mod:`kopdesk.demo.savings`, their loans from :mod:`kopdesk.demo.loans`, the
office's own income, expenses and assets from :mod:`kopdesk.demo.office`, the
year ends, RATs and SHU from :mod:`kopdesk.demo.closing`, the pengawas' answers to
the health questionnaires of each closed year from :mod:`kopdesk.demo.health`. No
manual entry touches a savings or loan control account. The figures are fixed by
random seeds and the day the book is built "as of": the same day gives the same book.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda, Progress
from kopdesk.demo.closing import ClosingDemo
from kopdesk.demo.health import HealthDemo
from kopdesk.demo.loans import LoansDemo
from kopdesk.demo.members import add_demo_members
from kopdesk.demo.office import OfficeDemo
from kopdesk.demo.savings import SavingsDemo
from kopdesk.domain import clock
from kopdesk.domain.coa import Code
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.services.base.approvals import grant
from kopdesk.services.base.users import create_first_admin, create_user, require_new_password
from kopdesk.services.ledger.books import ProfileInput, open_fiscal_year
from kopdesk.services.ledger.journal import reverse_entry
from kopdesk.services.setup.book import create_book

DEMO_PROFILE = ProfileInput(
    name="KSP Sejahtera Bersama (Contoh)",
    coop_type=CoopType.KSP,
    legal_number="AHU-0004512.AH.01.26.TAHUN 2018",
    legal_date=dt.date(2018, 5, 21),
    nik_koperasi="3273010020180001",
    address="Jl. Cempaka No. 12, Kel. Sukaluyu, Kec. Cibeunying Kaler, Kota Bandung, Jawa Barat",
)

DEMO_PASSWORD = "kopdesk-2026"  # noqa: S105 - published demo password
"""Every demo user's password (the demo book is for trying kopdesk out only)."""

DEMO_USERS = (
    ("ketua", Role.KETUA, "Hj. Siti Aminah"),
    ("bendahara", Role.BENDAHARA, "Budi Santoso"),
    ("kasir", Role.KASIR, "Dewi Lestari"),
    ("pengawas", Role.PENGAWAS, "Drs. Agus Salim"),
)
DEMO_MEMBERS = 200
"""A small KSP: enough members for every case, few enough to build in seconds."""
MIN_MEMBERS = 40
"""Fewer members cannot fill the organs, the related-party loans and the odd cases."""


@dataclass(frozen=True)
class DemoSummary:
    """What a demo build made, for the one line the CLI and the window print."""

    first_year: int
    last_year: int
    members: int
    entries: int
    savings_events: int
    applications: int
    rejected: int
    loan_events: int
    closing: str

    def line(self) -> str:
        users = ", ".join(["admin", *(u for u, _, _ in DEMO_USERS)])
        return (
            f"{self.entries} jurnal umum, {self.savings_events} transaksi simpanan, "
            f"{self.applications} pengajuan pinjaman ({self.rejected} ditolak), "
            f"{self.loan_events} transaksi pinjaman, {self.members} anggota, "
            f"tahun buku {self.first_year}-{self.last_year} ({self.closing}); "
            f"pengguna {users} dengan kata sandi {DEMO_PASSWORD}"
        )


def build_demo(
    session: Session,
    *,
    today: dt.date | None = None,
    members: int = DEMO_MEMBERS,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create the demo book in an empty database as it stands at the end of ``today``.

    Users: ``admin`` plus one user per role (names in ``DEMO_USERS``), all with
    ``DEMO_PASSWORD`` (each must choose a new one at the first sign-in in the
    window). Fiscal years from two years before ``today`` to its year. The
    treasurer posts the general entries and the month-ends, the cashier the
    counter transactions and loan applications, disbursements and installments
    (approved by the treasurer or the chair); one old entry and one old savings
    deposit are corrected, one loan restructured and one written off, each with
    the chair's approval. The past years are closed in February and their SHU
    decided at the RAT in March and paid; the pengawas answers the health
    questionnaires (Perdep 06/2016 and KKPKK) of each year on the day it closes.
    While it builds, the clock is pinned to ``today``, so every rule sees that day.
    ``progress(done, total, month)`` is told after each month.
    """
    if members < MIN_MEMBERS:
        raise ValueError(f"a demo book needs at least {MIN_MEMBERS} members")
    day = today or clock.today()
    with clock.pinned(day):
        return _build(session, day, members, progress)


def _build(session: Session, today: dt.date, count: int, progress: Progress | None) -> DemoSummary:
    first_year = today.year - 2
    actors = _users(session)
    create_book(session, DEMO_PROFILE, first_year, actor=actors["admin"])
    for year in range(first_year + 1, today.year + 1):
        open_fiscal_year(session, actors["bendahara"], year)
    people = add_demo_members(session, actors, first_year, today, count)
    agenda = Agenda(dt.date(first_year, 1, 2), today)
    rng = random.Random(first_year)  # noqa: S311 - demo figures only
    office = OfficeDemo(session, actors, people, agenda, rng)
    saving = SavingsDemo(session, actors, people, agenda, office, rng, DEMO_PASSWORD)
    office.tax_due = saving.tax_due
    saving.set_up()
    rows = saving.opening_rows()
    office.post_opening(sum(amount for _, _, amount in rows))
    saving.post_opening(rows)
    office.post_opening_assets()
    loan_rng = random.Random(first_year * 13)  # noqa: S311 - demo figures only
    lending = LoansDemo(session, actors, people, agenda, office, loan_rng, DEMO_PASSWORD)
    closing = ClosingDemo(session, actors, people, agenda, office)
    health = HealthDemo(session, actors, agenda)
    _odd_cases(session, actors, agenda, office, saving)
    # health after closing: its answers on a close day come after the close
    agenda.run([saving.plan, lending.plan, office.plan, closing.plan, health.plan], progress)
    return DemoSummary(
        first_year=first_year,
        last_year=today.year,
        members=len(people),
        entries=office.entries + 1,  # and the reversal
        savings_events=saving.events,
        applications=lending.applications,
        rejected=lending.rejected,
        loan_events=lending.events,
        closing=closing.summary(),
    )


def _users(session: Session) -> dict[str, Actor]:
    """Admin and one user per role; each chooses a new password at the first sign-in
    (the demo's password is published)."""
    admin = create_first_admin(session, "admin", DEMO_PASSWORD, "Administrator")
    actors = {"admin": admin.actor()}
    require_new_password(session, actors["admin"], "admin")
    for username, role, name in DEMO_USERS:
        info = create_user(session, actors["admin"], username, role, DEMO_PASSWORD, full_name=name)
        actors[username] = info.actor()
    return actors


def _odd_cases(
    session: Session,
    actors: dict[str, Actor],
    agenda: Agenda,
    office: OfficeDemo,
    saving: SavingsDemo,
) -> None:
    """The mistakes and surprises of the years: a wrong entry reversed (with the
    chair's approval, being old) and posted again, a teller's typing error
    corrected, term deposits broken early."""

    def correct_old_entry(day: dt.date) -> None:
        wrong = office.post(
            day,
            "Bayar ATK (salah akun)",
            [(Code.KONSUMSI_TRANSPORT_ADMINISTRASI_UMUM, 350_000), (Code.KAS, -350_000)],
        )
        treasurer = actors["bendahara"]
        granted = grant(session, treasurer, "ketua", DEMO_PASSWORD, Permission.JOURNAL_REVERSE)
        reverse_entry(session, wrong, day, actor=treasurer, approval=granted.grant_id)
        office.post(
            day,
            "Bayar ATK bulan Maret",
            [(Code.PERLENGKAPAN_DAN_ALAT_TULIS, 350_000), (Code.KAS, -350_000)],
        )

    first_year = agenda.first_day.year
    agenda.at(dt.date(first_year, 3, 11), correct_old_entry)
    agenda.at(dt.date(first_year + 1, 5, 14), lambda d: saving.mistake(d, 1_500_000, 150_000))
    for day in (dt.date(first_year + 1, 9, 12), dt.date(agenda.today.year, 2, 12)):
        agenda.at(day, saving.break_early)
