"""Checks that hold on any demo book, whatever day it was built for, each figure
recomputed here from the journal lines or from the services' own rules."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.demo.closing import close_day
from kopdesk.demo.health import RAT_HELD
from kopdesk.demo.office import rat_day
from kopdesk.domain.assets import months_from_to
from kopdesk.domain.health import Scheme
from kopdesk.models import Account, JournalEntry, JournalLine
from kopdesk.services.assets import depreciation
from kopdesk.services.closing import shu, statements, yearend
from kopdesk.services.health import answers, schemes
from kopdesk.services.ledger import accounts
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.savings import routine as savings_routine
from kopdesk.services.supervision.checks import check_book
from tests.services.closing.test_statement_properties import assert_identities_in_book

CASH_AND_BANKS = ("1101", "1111", "1112", "1113")


def ended_months(first_year: int, today: dt.date) -> list[str]:
    """The months from January of the first year whose last day is before ``today``."""
    ended = today.replace(day=1) - dt.timedelta(days=1)
    return months_from_to(f"{first_year}-01", f"{ended:%Y-%m}") if ended.year >= first_year else []


def check_demo_books(s: Session, today: dt.date) -> None:
    """Trial balance zero, every check of ``kopdesk check``, the statements' identities
    for every year and quarter, money never below zero, the routines of every ended
    month run once, the past years closed and their SHU shared by the rules."""
    first = today.year - 2
    report = check_book(s)
    assert report.ok, report.summary
    roots = {b.account.code: b.balance for b in accounts.account_balances(s, today)}
    assert sum(roots[c] for c in "12345") == 0
    latest = s.execute(select(func.max(JournalEntry.date))).scalar_one()
    assert latest <= today
    for year in range(first, today.year + 1):
        assert_identities_in_book(s, statements.period_of(s, year))
    _never_negative(s)
    months = ended_months(first, today)
    assert sorted(m.month for m in savings_routine.month_ends(s)) == months
    assert sorted(r.month for r in loan_quality.allowance_runs(s)) == months
    assert sorted(r.month for r in depreciation.depreciation_runs(s)) == months
    _years_and_shu(s, today)
    _loans_decided_by_another(s)
    _health_answered(s, today)


def _never_negative(s: Session) -> None:
    """Cash, banks and every member's savings account are never below zero at the end
    of any day: no withdrawal or payment took money that was not there."""
    rows = s.execute(
        select(Account.code, JournalLine.date, func.sum(JournalLine.amount))
        .join(Account, Account.id == JournalLine.account_id)
        .where(Account.code.in_(CASH_AND_BANKS))
        .group_by(Account.code, JournalLine.date)
        .order_by(Account.code, JournalLine.date)
    ).all()
    held: dict[str, int] = defaultdict(int)
    for code, day, amount in rows:
        held[code] += int(amount)
        assert held[code] >= 0, (code, day, held[code])
    saved: dict[int, int] = defaultdict(int)
    for account_id, day, amount in s.execute(
        select(JournalLine.savings_account_id, JournalLine.date, func.sum(JournalLine.amount))
        .where(JournalLine.savings_account_id.is_not(None))
        .group_by(JournalLine.savings_account_id, JournalLine.date)
        .order_by(JournalLine.savings_account_id, JournalLine.date)
    ):
        assert account_id is not None
        saved[account_id] -= int(amount)  # credit-positive
        assert saved[account_id] >= 0, (account_id, day, saved[account_id])


def _years_and_shu(s: Session, today: dt.date) -> None:
    """A past year is closed once its close day has come; at its RAT the SHU is shared
    when the year made a surplus that 3501 still holds (an earlier loss is covered
    first), every part exact and the members' shares summing to their parts."""
    first = today.year - 2
    for year in range(first, today.year + 1):
        assert yearend.is_closed(s, year) == (close_day(year) <= today), year
    for year in range(first, today.year):
        plan_posted = shu.compute(s, year).posted if yearend.is_closed(s, year) else False
        if rat_day(year) > today:
            assert not plan_posted, year
            continue
        surplus = shu.pool_for(s, year)
        if not plan_posted:
            held = -accounts.balances_of(s, ["3501"], rat_day(year))["3501"]
            assert surplus <= 0 or held < surplus, (year, surplus, held)
            continue
        result = shu.compute(s, year)
        assert result.pool == surplus > 0
        assert sum(result.parts.values()) == result.pool
        assert sum(m.jasa_modal for m in result.members) == result.parts["jasa_modal"]
        assert sum(m.jasa_usaha for m in result.members) == result.parts["jasa_usaha"]
        assert result.undistributed == 0
        assert sum(m.paid for m in result.members) <= sum(m.total for m in result.members)


def _health_answered(s: Session, today: dt.date) -> None:
    """Every closed year has an answer to every question of the Perdep 06/2016 and
    KKPKK questionnaires, a few of them "tidak"; KKPKK's "RAT held" is met once the
    RAT has been; a year still open has no answers."""
    for year in range(today.year - 2, today.year + 1):
        for scheme in (Scheme.PERDEP_2016, Scheme.KKPKK):
            given = answers.answers(s, scheme, year)
            if not yearend.is_closed(s, year):
                assert given == {}, (scheme, year)
                continue
            assert set(given) == set(schemes.questions(scheme)), (scheme, year)
            assert 0 < list(given.values()).count(False) < len(given) / 4, (scheme, year)
        if yearend.is_closed(s, year):
            held = answers.answers(s, Scheme.KKPKK, year)[RAT_HELD]
            assert held == (rat_day(year) <= today), year


def _loans_decided_by_another(s: Session) -> None:
    for row in loan_records.loan_rows(s):
        info = loan_records.get_loan(s, row.number)
        if info.decided_by is not None:
            assert info.decided_by in ("bendahara", "ketua")
            assert info.decided_by != info.applied_by


VARYING = re.compile(r"(_at|hash|^at|^salt|sha256|^last_login|^locked_until|^book_uid)$")
"""Columns that hold when a build ran (time stamps), hashes over them, password salts,
and the book's random identity (printed in every paper's QR code)."""


def content_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without the columns in ``VARYING``; audit records without
    their JSON (which may carry a time stamp), kept as (action, reference) pairs."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in sorted(tables):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if table == "audit_log":
                columns = ["chain_seq", "username", "action", "ref"]
            kept = [c for c in columns if not VARYING.search(c)]
            if not kept:
                continue
            listed = ", ".join(f'"{c}"' for c in kept)
            out[table] = conn.execute(f"SELECT {listed} FROM {table} ORDER BY 1").fetchall()
    return out
