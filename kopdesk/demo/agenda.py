"""The demo's calendar: every event of the demo years happens in date order.

A module of the demo plans its month on the month's first day (``Phase.PLAN``)
by putting actions on the agenda; an action may put later actions on it (an
application is decided two days after it is entered, then paid out). The
agenda runs them day by day, so every service sees the book as it stood on
that day: the cash a withdrawal is paid from, the balance it may not exceed,
the installments due. Nothing dated after "today" happens.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum

from kopdesk.domain.permissions import Actor
from kopdesk.domain.savings import month_bounds

Action = Callable[[dt.date], None]
Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: months built so far, of all, and which month."""


class Phase(IntEnum):
    """Order of a day's work. The month-end routines come after the day's events,
    in the order a treasurer runs them: savings interest, loan allowance,
    depreciation, then the idle money placed in the bank."""

    PLAN = 0
    DAY = 1
    SAVINGS_END = 2
    LOANS_END = 3
    ASSETS_END = 4
    TREASURY = 5


@dataclass(order=True)
class _Item:
    day: dt.date
    phase: Phase
    seq: int
    action: Action = field(compare=False)


class Agenda:
    """Actions by day, run in order (day, phase, the order they were added)."""

    def __init__(self, first_day: dt.date, today: dt.date) -> None:
        self.first_day = first_day
        self.today = today
        self._heap: list[_Item] = []
        self._seq = 0
        self.current = first_day
        """The day of the action running now."""

    def at(self, day: dt.date, action: Action, phase: Phase = Phase.DAY) -> bool:
        """Put ``action`` on ``day``; False (and nothing added) when ``day`` is after
        today or before the book's first day.

        Raises ``ValueError`` for a day the agenda has already passed: running it
        would post out of date order, a bug in the caller."""
        if day > self.today or day < self.first_day:
            return False
        if day < self.current:
            raise ValueError(f"{day} is before the agenda's current day {self.current}")
        self._seq += 1
        heapq.heappush(self._heap, _Item(day, phase, self._seq, action))
        return True

    def month_ended(self, year: int, month: int) -> bool:
        """Whether the month's routines may run: it ended before today."""
        return month_bounds(f"{year:04d}-{month:02d}")[1] < self.today

    def months(self) -> list[tuple[int, int]]:
        """(year, month) from the first day's month through today's."""
        out = []
        year, month = self.first_day.year, self.first_day.month
        while (year, month) <= (self.today.year, self.today.month):
            out.append((year, month))
            year, month = year + (month == 12), month % 12 + 1
        return out

    def run(self, planners: list[Callable[[int, int], None]], progress: Progress | None) -> None:
        """Every month: each planner plans it, then its actions run in order."""
        months = self.months()
        for index, (year, month) in enumerate(months):
            first = max(dt.date(year, month, 1), self.first_day)
            for plan in planners:
                self.at(first, _planning(plan, year, month), Phase.PLAN)
            last = month_bounds(f"{year:04d}-{month:02d}")[1]
            while self._heap and self._heap[0].day <= last:
                item = heapq.heappop(self._heap)
                self.current = item.day
                item.action(item.day)
            if progress is not None:
                progress(index + 1, len(months), f"{month:02d}/{year}")


def _planning(plan: Callable[[int, int], None], year: int, month: int) -> Action:
    return lambda _day: plan(year, month)


class Staff:
    """Who does the demo's work: the cashier at the counter, the treasurer behind it.
    For the parts of the demo that hold ``actors`` and the ``agenda``."""

    actors: dict[str, Actor]
    agenda: Agenda

    @property
    def today(self) -> dt.date:
        return self.agenda.today

    @property
    def teller(self) -> Actor:
        return self.actors["kasir"]

    @property
    def manager(self) -> Actor:
        return self.actors["bendahara"]
