"""The demo's health assessments: on the day the treasurer closes a year, the pengawas
answers the qualitative questions of the year for both scored schemes, the Perdep
06/2016 Manajemen questionnaire and the KKPKK checklists, through the same service the
window and ``kopdesk health --answers`` use (``schemes.save_answers``). After the RAT
of that year, the pengawas marks the KKPKK question "the RAT was held" met.

The answers are a small KSP's, not a model one's: most questions are met, a few are
not every year (no long-term plan, loans not fully backed by collateral, no
financing facility from a bank, wajib paid late by some members), and a few more only
in the book's first year (no training yet, no written liquidity policy), which the
pengurus put right the year after. They are fixed lists: the same book every build.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kopdesk.demo.agenda import Agenda
from kopdesk.demo.closing import close_day
from kopdesk.demo.office import rat_day
from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Actor
from kopdesk.services.closing import yearend
from kopdesk.services.health import schemes

__all__ = ["ANSWERED", "NOT_MET", "NOT_MET_FIRST_YEAR", "RAT_HELD", "HealthDemo", "answers_for"]

ANSWERED = (Scheme.PERDEP_2016, Scheme.KKPKK)
"""The schemes whose questions the demo's pengawas answers (PEARLS has none)."""

NOT_MET: dict[Scheme, frozenset[str]] = {
    Scheme.PERDEP_2016: frozenset({
        "perdep.umum.2",  # no written plan three years ahead
        "perdep.kelembagaan.6",  # two staff for everything
        "perdep.aktiva.2",  # small loans without collateral worth as much
        "perdep.aktiva.4",  # last year's bad loans not a third collected
        "perdep.likuiditas.2",  # no financing facility from a bank
    }),
    Scheme.KKPKK: frozenset({
        "kkpkk.tata_kelola.prinsip.7.2",  # cooperation with other koperasi unwritten
        "kkpkk.tata_kelola.kelembagaan.3.1",  # anggaran dasar not yet adjusted
        "kkpkk.tata_kelola.kelembagaan.4.3",  # some members pay wajib late
        "kkpkk.profil_risiko.kpmr.4.2",  # no liquidity reserve facility
        "kkpkk.profil_risiko.kpmr.5.1",  # no medium-term strategic plan
        "kkpkk.permodalan.pengelolaan.1.1",  # no written capital policy
    }),
}  # fmt: skip
"""Questions answered "tidak" in every year of the demo."""

NOT_MET_FIRST_YEAR: dict[Scheme, frozenset[str]] = {
    Scheme.PERDEP_2016: frozenset({
        "perdep.umum.6",  # training came the year after
        "perdep.aktiva.6",  # a written write-off policy came the year after
        "perdep.likuiditas.1",  # a written liquidity policy came the year after
    }),
    Scheme.KKPKK: frozenset({
        "kkpkk.tata_kelola.prinsip.6.2",
        "kkpkk.tata_kelola.manajemen.5.1",
        "kkpkk.profil_risiko.kpmr.3.2",
    }),
}  # fmt: skip
"""Questions answered "tidak" only in the book's first year (put right afterwards)."""

RAT_HELD = "kkpkk.tata_kelola.prinsip.2.1"
"""KKPKK: "the RAT of the year assessed was held" — "tidak" at the close, "ya" after it."""


def answers_for(scheme: Scheme, year: int, first_year: int, *, rat_held: bool) -> dict[str, bool]:
    """The demo pengawas' answer to every question of ``scheme`` for ``year``."""
    no = NOT_MET[scheme] | (NOT_MET_FIRST_YEAR[scheme] if year == first_year else frozenset())
    out = {key: key not in no for key in schemes.questions(scheme)}
    if RAT_HELD in out:
        out[RAT_HELD] = rat_held
    return out


@dataclass
class HealthDemo:
    session: Session
    actors: dict[str, Actor]
    agenda: Agenda
    assessed: list[int] = field(default_factory=list)

    @property
    def pengawas(self) -> Actor:
        return self.actors["pengawas"]

    def plan(self, year: int, month: int) -> None:
        """February: answer last year's questions once it is closed (planned after the
        close of :class:`~kopdesk.demo.closing.ClosingDemo`, so it runs after it on that
        day). March: after the RAT, its question is met."""
        last = year - 1
        if last < self.agenda.first_day.year:
            return
        if month == 2:
            self.agenda.at(close_day(last), lambda d: self._answer(d, last))
        if month == 3:
            self.agenda.at(rat_day(last), lambda d: self._rat_held(d, last))

    def _answer(self, _day: dt.date, year: int) -> None:
        if not yearend.is_closed(self.session, year):
            return
        first = self.agenda.first_day.year
        for scheme in ANSWERED:
            given = answers_for(scheme, year, first, rat_held=False)
            schemes.save_answers(self.session, self.pengawas, scheme, year, given)
        self.assessed.append(year)

    def _rat_held(self, _day: dt.date, year: int) -> None:
        if year in self.assessed:
            schemes.save_answers(self.session, self.pengawas, Scheme.KKPKK, year, {RAT_HELD: True})
