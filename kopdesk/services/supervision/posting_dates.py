"""Why a posting date is unusual: the headless half of "are you sure of this date?".

A treasurer who posts money with a mistyped date books it in the wrong month
(issue 17: a deposit typed for 15-06-2025 landed in a month whose savings
interest and tax were already processed). The services refuse only what is
impossible (a closed year, a future date); this module names what is merely
unusual so that the window can ask before posting:

- the month's month-end routine already ran (savings interest and PPh 4(2),
  the PPAP allowance, depreciation), or a later month's did: the figures of that
  month were computed without this posting;
- the date lies more than :data:`~kopdesk.services.base.settings.UNUSUAL_DATE_DAYS`
  days before today, or after today.

Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.dates import MONTHS_ID, format_date_short
from kopdesk.models import DepreciationRun, LoanAllowanceRun, SavingsMonthEnd
from kopdesk.services.base import settings

__all__ = ["ROUTINES", "DateConcern", "date_concerns"]

ROUTINES = (
    (SavingsMonthEnd, "jasa dan PPh 4(2) simpanan"),
    (LoanAllowanceRun, "PPAP pinjaman"),
    (DepreciationRun, "penyusutan aset tetap"),
)
"""The month-end routines, each recorded as one row per processed month (``YYYY-MM``)."""


@dataclass(frozen=True)
class DateConcern:
    """One reason to ask before posting on a date; ``message`` is Indonesian."""

    kind: str
    """``routine`` (a month-end routine covers the month), ``old`` or ``future``."""
    message: str


def _month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS_ID[int(month) - 1]} {year}"


def _routine_concerns(session: Session, on: dt.date) -> list[DateConcern]:
    key = f"{on.year:04d}-{on.month:02d}"
    found: list[DateConcern] = []
    for table, name in ROUTINES:
        latest = session.execute(
            select(func.max(table.month)).where(table.month >= key)
        ).scalar_one_or_none()
        if latest is None:
            continue
        reach = (
            f"untuk {_month_name(key)}"
            if latest == key
            else f"sampai {_month_name(latest)}, sesudah {_month_name(key)}"
        )
        found.append(
            DateConcern(
                "routine",
                f"Rutin akhir bulan {name} sudah dijalankan {reach}; "
                "angkanya dihitung tanpa transaksi ini.",
            )
        )
    return found


def date_concerns(
    session: Session, on: dt.date, *, today: dt.date | None = None
) -> list[DateConcern]:
    """Why posting on ``on`` deserves a second look; empty when the date is ordinary.

    A date in a month covered by a month-end routine that already ran, more
    than the setting's number of days before ``today`` (the office's date by
    default), or after ``today``. Reads only.
    """
    now = today or clock.today()
    found = _routine_concerns(session, on)
    days_back = settings.get_int(session, settings.UNUSUAL_DATE_DAYS)
    age = (now - on).days
    if age > days_back:
        found.append(
            DateConcern(
                "old",
                f"Tanggal {format_date_short(on)} adalah {age} hari sebelum hari ini "
                f"({format_date_short(now)}); biasanya transaksi dicatat paling lambat "
                f"{days_back} hari kemudian.",
            )
        )
    elif age < 0:
        found.append(
            DateConcern(
                "future",
                f"Tanggal {format_date_short(on)} adalah {-age} hari sesudah hari ini "
                f"({format_date_short(now)}).",
            )
        )
    return found
