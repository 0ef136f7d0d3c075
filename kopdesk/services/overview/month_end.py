"""Rutin akhir bulan: for one month, whether the savings interest (with its tax), the
PPAP adjustment and the depreciation are done, due, not yet due or not applicable.

One place for the three routines that are run on three pages; the statuses follow
the same rules as the year-end checklist (:mod:`kopdesk.services.closing.yearend`):
a routine applies to a month from the month its first account, loan or asset starts.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.assets import last_day, month_key
from kopdesk.models import (
    FiscalYear,
    JournalEntry,
    Loan,
    LoanAllowanceRun,
    SavingsAccount,
    SavingsMonthEnd,
)
from kopdesk.services.assets import depreciation

__all__ = ["Routine", "RoutineStatus", "Status", "checklist", "latest_ended_month"]


class Routine(enum.StrEnum):
    SAVINGS_INTEREST = "savings_interest"
    """Jasa simpanan and its PPh 4(2) (Simpanan → Akhir bulan)."""
    PPAP = "ppap"
    """The allowance adjustment (Pinjaman → Kolektibilitas)."""
    DEPRECIATION = "depreciation"
    """Penyusutan aset tetap (Tutup Buku → Aset tetap)."""


class Status(enum.StrEnum):
    DONE = "done"
    DUE = "due"
    NOT_YET = "not_yet"
    """The month has not ended: the routine runs from its last day."""
    NOT_APPLICABLE = "not_applicable"
    """Nothing to run that month (no account, loan or asset yet, or a closed year)."""


@dataclass(frozen=True)
class RoutineStatus:
    routine: Routine
    status: Status
    entry_number: str | None = None
    """The journal entry of the run, when it is done and posted one."""


def latest_ended_month(today: dt.date) -> str:
    """The newest month whose routines may run on ``today`` (its last day or later)."""
    if (today + dt.timedelta(days=1)).day == 1:
        return month_key(today)
    return month_key(today.replace(day=1) - dt.timedelta(days=1))


def _open_on(session: Session, day: dt.date) -> bool:
    status = session.execute(
        select(FiscalYear.status).where(FiscalYear.start_date <= day, FiscalYear.end_date >= day)
    ).scalar()
    return status == "open"


def _status(done: bool, applies: bool, ended: bool, open_year: bool) -> Status:
    if done:
        return Status.DONE
    if not applies or not open_year:
        return Status.NOT_APPLICABLE
    return Status.DUE if ended else Status.NOT_YET


def _savings(
    session: Session, month: str, end: dt.date, ended: bool, open_year: bool
) -> RoutineStatus:
    start = session.execute(select(func.min(SavingsAccount.opened_on))).scalar()
    run = session.execute(select(SavingsMonthEnd).where(SavingsMonthEnd.month == month)).scalar()
    number = None
    if run is not None and run.entry_id is not None:
        number = _entry_number(session, run.entry_id)
    applies = start is not None and start <= end
    return RoutineStatus(
        Routine.SAVINGS_INTEREST, _status(run is not None, applies, ended, open_year), number
    )


def _ppap(
    session: Session, month: str, end: dt.date, ended: bool, open_year: bool
) -> RoutineStatus:
    start = session.execute(select(func.min(Loan.disbursed_on))).scalar()
    run = session.execute(select(LoanAllowanceRun).where(LoanAllowanceRun.month == month)).scalar()
    later = session.execute(
        select(LoanAllowanceRun.month).where(LoanAllowanceRun.month > month)
    ).scalar()
    number = None
    if run is not None and run.entry_id is not None:
        number = _entry_number(session, run.entry_id)
    # a later month's run closes this one: PPAP can no longer be posted for it
    applies = start is not None and start <= end and later is None
    return RoutineStatus(Routine.PPAP, _status(run is not None, applies, ended, open_year), number)


def _depreciation(session: Session, month: str, ended: bool, open_year: bool) -> RoutineStatus:
    for run in depreciation.depreciation_runs(session):
        if run.month == month:
            return RoutineStatus(Routine.DEPRECIATION, Status.DONE, run.entry_number)
    applies = month in depreciation.pending_months(session, month)
    return RoutineStatus(Routine.DEPRECIATION, _status(False, applies, ended, open_year))


def _entry_number(session: Session, entry_id: int) -> str | None:
    return session.execute(select(JournalEntry.number).where(JournalEntry.id == entry_id)).scalar()


def checklist(session: Session, month: str, today: dt.date) -> tuple[RoutineStatus, ...]:
    """The three month-end routines of ``month`` (``YYYY-MM``) as of ``today``:
    savings interest and tax, PPAP, depreciation, in that order."""
    end = last_day(month)
    ended = end <= today
    open_year = _open_on(session, end)
    return (
        _savings(session, month, end, ended, open_year),
        _ppap(session, month, end, ended, open_year),
        _depreciation(session, month, ended, open_year),
    )
