"""The demo's year ends: the treasurer closes last year in February; in March the
RAT approves the texts and the budget, decides the SHU, and it is posted and paid
(cash for a few members and for those who left, the rest to sukarela), then the
pengurus' and employees' funds are paid out. Everything goes through the services
a treasurer uses (yearend, shu, rat, journal).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda
from kopdesk.demo.members import DemoMember
from kopdesk.demo.office import OfficeDemo, rat_day
from kopdesk.demo.rat_texts import write_rat_texts
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import format_date
from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.closing import shu, shu_payout, yearend
from kopdesk.services.ledger import accounts
from kopdesk.services.members import register as members

ALLOCATION = {
    "cadangan": Decimal(40),
    "jasa_modal": Decimal(20),
    "jasa_usaha": Decimal(20),
    "dana_pengurus": Decimal(5),
    "dana_karyawan": Decimal(5),
    "dana_pendidikan": Decimal(5),
    "dana_sosial": Decimal(5),
}
"""The AD/ART split of the SHU the demo's RATs decide."""
CASH_ASKED = 3
"""Members who ask for their SHU in cash at every RAT (the others get it in sukarela)."""


def close_day(year: int) -> dt.date:
    """When the treasurer closes tahun buku ``year``."""
    return dt.date(year + 1, 2, 10)


@dataclass
class ClosingDemo:
    session: Session
    actors: dict[str, Actor]
    members: list[DemoMember]
    agenda: Agenda
    office: OfficeDemo
    closed: list[int] = field(default_factory=list)
    distributed: list[int] = field(default_factory=list)
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.agenda.first_day.year * 17)  # noqa: S311 - demo figures only

    @property
    def treasurer(self) -> Actor:
        return self.actors["bendahara"]

    def plan(self, year: int, month: int) -> None:
        """February: close last year. March: the RAT of last year."""
        last = year - 1
        if last < self.agenda.first_day.year:
            return
        if month == 2:
            self.agenda.at(close_day(last), lambda d: self._close(d, last))
        if month == 3:
            self.agenda.at(rat_day(last), lambda d: self._rat(d, last))

    def _close(self, day: dt.date, year: int) -> None:
        yearend.close_year(self.session, self.treasurer, year, today=day)
        self.closed.append(year)

    def _rat(self, on: dt.date, year: int) -> None:
        """The RAT of ``year``: texts and budget, the SHU plan posted, shares paid."""
        if year not in self.closed:
            return
        write_rat_texts(self.session, self.treasurer, year)
        pool = shu.pool_for(self.session, year)
        undistributed = -accounts.balances_of(self.session, [Code.SHU_TAHUN_LALU_BELUM_DIBAGI], on)[
            Code.SHU_TAHUN_LALU_BELUM_DIBAGI
        ]
        if pool <= 0 or undistributed < pool:
            return  # a loss, or an earlier loss still to cover: the RAT shares nothing
        shu.save_plan(
            self.session,
            self.treasurer,
            year,
            shu.PlanInput(
                dict(ALLOCATION),
                "akhir_tahun",
                False,
                "bunga",
                f"Keputusan RAT No. 02/RAT/KSP-SB/III/{year + 1} tanggal {format_date(on)}",
            ),
        )
        result = shu.post(self.session, self.treasurer, year, on)
        self._pay(year, on, result)
        self.distributed.append(year)
        funds = [
            (Code.DANA_PENGURUS, result.parts["dana_pengurus"]),
            (Code.DANA_KARYAWAN, result.parts["dana_karyawan"]),
        ]
        paid = sum(a for _, a in funds)
        self.agenda.at(
            on + dt.timedelta(days=7),
            lambda d: self._pay_funds(d, year, funds, paid),
        )

    def _pay_funds(
        self, day: dt.date, year: int, funds: Sequence[tuple[str, int]], paid: int
    ) -> None:
        self.office.post(
            day,
            f"Pembayaran dana pengurus dan dana karyawan dari SHU {year}",
            [*funds, (Code.BANK_TABUNGAN, -paid)],
        )

    def _pay(self, year: int, on: dt.date, result: shu.ShuResult) -> None:
        """Cash for members who left (or their heirs, when they come) and a few who ask
        for cash, one receipt each; the rest credited to sukarela at once."""
        numbers = [s.number for s in result.members]
        status = members.statuses(self.session, numbers)
        active = [n for n in numbers if status[n] == MemberStatus.AKTIF]
        cash = self.rng.sample(active, min(CASH_ASKED, len(active)))
        cash += [n for n in numbers if status[n] == MemberStatus.KELUAR and self.rng.random() < 0.6]
        for number in sorted(cash):
            shu_payout.pay(self.session, self.actors["kasir"], year, number, on=on, method="tunai")
        shu_payout.pay_all_to_savings(self.session, self.treasurer, year, on)

    def summary(self) -> str:
        if not self.closed:
            return "belum ada tahun buku yang ditutup"
        years = ", ".join(str(y) for y in self.closed)
        shared = ", ".join(str(y) for y in self.distributed) or "belum ada"
        return f"tahun buku {years} ditutup, SHU dibagi: {shared}"
