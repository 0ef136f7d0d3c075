"""The demo's agenda runs every action in date order, never after today."""

from __future__ import annotations

import datetime as dt

import pytest

from kopdesk.demo.agenda import Agenda, Phase

D = dt.date


def test_actions_run_by_day_then_phase_then_the_order_they_came() -> None:
    agenda = Agenda(D(2025, 1, 2), D(2025, 2, 10))
    ran: list[str] = []

    def note(label: str) -> None:
        ran.append(label)

    def pay_later(_day: dt.date) -> None:
        agenda.at(D(2025, 2, 1), lambda _e: note("paid"))

    def plan(year: int, month: int) -> None:
        ran.append(f"plan {month:02d}/{year}")
        if month == 1:
            agenda.at(D(2025, 1, 31), lambda _d: note("month-end"), Phase.SAVINGS_END)
            agenda.at(D(2025, 1, 31), lambda _d: note("deposit 31"))
            agenda.at(D(2025, 1, 5), lambda _d: note("deposit 5"))
            # An action may put a later one on the agenda, even into the next month.
            agenda.at(D(2025, 1, 30), pay_later)
            agenda.at(D(2025, 1, 5), lambda _d: note("loan 5"))
        else:
            agenda.at(D(2025, 2, 11), lambda _d: note("after today"))

    agenda.run([plan], None)
    assert ran == [
        "plan 01/2025",
        "deposit 5",
        "loan 5",
        "deposit 31",
        "month-end",
        "plan 02/2025",
        "paid",
    ]


def test_nothing_is_put_on_a_day_after_today_or_before_the_first_day() -> None:
    agenda = Agenda(D(2025, 1, 2), D(2025, 3, 1))
    assert agenda.at(D(2025, 3, 2), lambda _d: None) is False
    assert agenda.at(D(2025, 1, 1), lambda _d: None) is False
    assert agenda.at(D(2025, 3, 1), lambda _d: None) is True


def test_a_day_already_passed_is_a_bug_in_the_generator() -> None:
    agenda = Agenda(D(2025, 1, 2), D(2025, 3, 1))

    def late(_day: dt.date) -> None:
        agenda.at(D(2025, 1, 10), lambda _d: None)

    agenda.at(D(2025, 1, 20), late)
    with pytest.raises(ValueError, match="before the agenda's current day"):
        agenda.run([], None)


def test_months_run_through_today_and_progress_is_told_after_each() -> None:
    agenda = Agenda(D(2024, 1, 2), D(2025, 2, 1))
    told: list[tuple[int, int, str]] = []
    agenda.run([], lambda done, total, month: told.append((done, total, month)))
    assert told[0] == (1, 14, "01/2024")
    assert told[-1] == (14, 14, "02/2025")
    assert len(told) == 14


def test_a_month_ended_only_before_today() -> None:
    agenda = Agenda(D(2024, 1, 2), D(2025, 1, 31))
    assert agenda.month_ended(2024, 12)
    assert not agenda.month_ended(2025, 1)  # its last day is today
