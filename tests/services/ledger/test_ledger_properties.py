"""Invariants of the books under random sequences of postings (hypothesis)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdesk.domain.permissions import Actor
from kopdesk.errors import KopdeskError
from kopdesk.services.ledger import journal
from kopdesk.services.ledger import reports as ledger
from kopdesk.storage.db import open_book
from tests.helpers import take_snapshot

POSTABLE = ["1101", "1112", "1320", "1390", "2401", "3201", "3202", "4101", "5202", "5205"]
HEADERS = ["1", "1100", "3100"]
YEAR_START = dt.date(2025, 1, 1)

dates = st.integers(min_value=0, max_value=364).map(lambda d: YEAR_START + dt.timedelta(days=d))
amounts = st.integers(min_value=1, max_value=10**12)


@st.composite
def balanced_entries(draw: st.DrawFn) -> journal.EntryInput:
    """2–6 lines on postable accounts whose amounts sum to zero."""
    debits = draw(st.lists(amounts, min_size=1, max_size=3))
    total = sum(debits)
    n_credit = draw(st.integers(min_value=1, max_value=min(3, total)))
    cuts: list[int] = []
    if n_credit > 1:
        cuts = sorted(
            draw(
                st.lists(
                    st.integers(1, total - 1),
                    min_size=n_credit - 1,
                    max_size=n_credit - 1,
                    unique=True,
                )
            )
        )
    bounds = [0, *cuts, total]
    credits = [bounds[i + 1] - bounds[i] for i in range(len(bounds) - 1)]
    codes = st.sampled_from(POSTABLE)
    lines = [journal.LineInput(draw(codes), d) for d in debits]
    lines += [journal.LineInput(draw(codes), -c) for c in credits]
    return journal.EntryInput(draw(dates), "Jurnal acak", lines)


@st.composite
def bad_entries(draw: st.DrawFn) -> journal.EntryInput:
    """Entries each breaking exactly one rule."""
    good = draw(balanced_entries())
    lines = list(good.lines)
    kind = draw(st.sampled_from(["unbalanced", "zero", "header", "unknown", "closed", "single"]))
    if kind == "unbalanced":
        lines[0] = journal.LineInput(
            lines[0].account_code, lines[0].amount + draw(st.integers(1, 1000))
        )
    elif kind == "zero":
        lines.append(journal.LineInput("1101", 0))
    elif kind == "header":
        lines[0] = journal.LineInput(draw(st.sampled_from(HEADERS)), lines[0].amount)
    elif kind == "unknown":
        lines[0] = journal.LineInput(
            "9" + draw(st.text("0123456789", min_size=3, max_size=3)), lines[0].amount
        )
    elif kind == "single":
        lines = [lines[0]]
    on = dt.date(2024, 12, 31) if kind == "closed" else good.date
    return journal.EntryInput(on, good.description, lines)


def _fresh(template_book: Path) -> Path:
    target = Path(tempfile.mkdtemp()) / "buku.sqlite"
    shutil.copyfile(template_book, target)
    return target


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=st.lists(balanced_entries(), min_size=1, max_size=12), as_of=dates)
def test_any_valid_postings_keep_the_trial_balance_at_zero(
    template_book: Path,
    entries: list[journal.EntryInput],
    as_of: dt.date,
    bendahara: Actor,
) -> None:
    book = open_book(_fresh(template_book))
    try:
        with book.unit_of_work() as s:
            for entry in entries:
                journal.post_entry(s, entry, actor=bendahara)
        with book.read() as s:
            tb = ledger.trial_balance(s, as_of)
        expected_net: dict[str, int] = {}
        for entry in entries:
            if entry.date <= as_of:
                for line in entry.lines:
                    expected_net[line.account_code] = (
                        expected_net.get(line.account_code, 0) + line.amount
                    )
        assert tb.total_debit == tb.total_credit
        assert {r.code: r.debit - r.credit for r in tb.rows} == {
            code: net for code, net in expected_net.items() if net != 0
        }
    finally:
        book.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(good=st.lists(balanced_entries(), min_size=0, max_size=3), bad=bad_entries())
def test_every_rejected_posting_leaves_the_book_unchanged(
    template_book: Path,
    good: list[journal.EntryInput],
    bad: journal.EntryInput,
    bendahara: Actor,
) -> None:
    book = open_book(_fresh(template_book))
    try:
        with book.unit_of_work() as s:
            for entry in good:
                journal.post_entry(s, entry, actor=bendahara)
        before = take_snapshot(book)
        with pytest.raises(KopdeskError) as caught, book.unit_of_work() as s:
            journal.post_entry(s, bad, actor=bendahara)
        assert caught.value.message
        assert take_snapshot(book) == before
    finally:
        book.close()
