"""Member search from the index (revision 0010) finds exactly what a plain look at
every member finds: number or name containing the text (A–Z case-insensitive), and
for three or more digits without letters, the NIK or the phone (without its 0)."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, insert, text, update
from sqlalchemy.orm import Session

from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.models import Member
from kopdesk.services.members import register as members
from kopdesk.services.members import search
from kopdesk.services.members.register import MemberFilter, MemberSort
from kopdesk.storage.db import Book
from tests.helpers import postgres_book

Row = tuple[int, str, str, str, str]
"""(id, number, full_name, nik, phone)"""

LETTERS = "aAbBiIsSuUtTnNéÉ"
NAME_CHARS = LETTERS + " '.-\"%_"
names = st.text(NAME_CHARS, min_size=1, max_size=12).map(lambda s: s.strip() or "X")
digits = st.text(string.digits, min_size=16, max_size=16)
phones = st.one_of(st.just(""), st.text(string.digits, min_size=9, max_size=12).map("+628".__add__))
people = st.lists(st.tuples(names, digits, phones), min_size=1, max_size=25)


def lower_az(value: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in value)


def plain_filter(rows: Sequence[Row], typed: str) -> list[int]:
    """The specification, by hand: every member looked at, in number order."""
    wanted = typed.strip()
    numbers = "".join(c for c in wanted if c in string.digits)
    by_digits = len(numbers) >= 3 and not any(c.isascii() and c.isalpha() for c in wanted)
    phone = numbers[1:] if numbers.startswith("0") else numbers
    found = []
    for member_id, number, name, nik, phone_of in sorted(rows, key=lambda r: (r[1], r[0])):
        by_words = lower_az(wanted) in lower_az(number) or lower_az(wanted) in lower_az(name)
        if not wanted or by_words or (by_digits and (numbers in nik or phone in phone_of)):
            found.append(member_id)
    return found


@contextmanager
def scratch(book: Book) -> Iterator[tuple[Connection, Session]]:
    """A transaction on the book that is rolled back afterwards."""
    with book.engine.connect() as conn:
        outer = conn.begin()
        try:
            yield conn, Session(bind=conn)
        finally:
            outer.rollback()


def add(conn: Connection, people: Sequence[tuple[str, str, str]]) -> list[Row]:
    today = dt.date(2025, 1, 2)
    values = [
        {
            "number": f"T-{i:04d}",
            "full_name": name,
            "nik": f"{nik[:-4]}{i:04d}",
            "phone": phone,
            "birth_date": today,
            "sex": "L",
            "join_date": today,
            "status": MemberStatus.AKTIF.value,
            "status_date": today,
            "created_at": dt.datetime(2025, 1, 2),
        }
        for i, (name, nik, phone) in enumerate(people, start=1)
    ]
    conn.execute(insert(Member), values)
    found = conn.execute(text("SELECT id, number, full_name, nik, phone FROM member")).all()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in found]


def queries(rows: Sequence[Row]) -> st.SearchStrategy[str]:
    """Texts people type: pieces of the members' fields (in any case) and others."""
    fields = [f for r in rows for f in r[1:] if f]
    pieces = st.sampled_from(fields).flatmap(
        lambda f: st.tuples(st.integers(0, len(f)), st.integers(1, 8)).map(
            lambda ab: f[ab[0] : ab[0] + ab[1]]
        )
    )
    cased = pieces.flatmap(lambda p: st.sampled_from([p, p.upper(), p.lower(), f" {p} "]))
    return st.one_of(cased, st.text(NAME_CHARS + "0123-", max_size=6), st.just("0" + "812"))


@pytest.fixture
def pg_book() -> Iterator[Book]:
    """A scratch PostgreSQL database with an empty book (no index: the plain search)."""
    with postgres_book() as book:
        yield book


ASCII_NAMES = st.text("aAbBiIsSuUtTnN '.-\"%_", min_size=1, max_size=12).map(
    lambda s: s.strip() or "X"
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(), crowd=st.lists(st.tuples(ASCII_NAMES, digits, phones), min_size=1, max_size=25)
)
def test_search_on_postgresql_equals_the_plain_filter(
    pg_book: Book, data: st.DataObject, crowd: list[tuple[str, str, str]]
) -> None:
    with scratch(pg_book) as (conn, session):
        rows = add(conn, crowd)
        for _ in range(8):
            typed = data.draw(queries(rows))
            expected = plain_filter(rows, typed)
            assert members.member_ids(session, MemberFilter(search=typed)) == expected, typed
            assert members.member_ids(session, MemberFilter(search=typed), limit=3) == expected[:3]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), crowd=people)
def test_search_equals_a_plain_filter_over_every_member(
    book: Book, data: st.DataObject, crowd: list[tuple[str, str, str]]
) -> None:
    with scratch(book) as (conn, session):
        rows = add(conn, crowd)
        for _ in range(8):
            typed = data.draw(queries(rows))
            expected = plain_filter(rows, typed)
            dense = data.draw(st.sampled_from([0.0, search.DENSE, 1.0]))
            with patch.object(search, "DENSE", dense):  # scanned, or from the index
                listed = members.member_ids(session, MemberFilter(search=typed))
            assert listed == expected, typed
            assert members.count_members(session, MemberFilter(search=typed)) == len(expected)
            assert members.member_ids(session, MemberFilter(search=typed), limit=3) == expected[:3]
            walk = data.draw(st.sampled_from([1, 4, search.WALK]))
            with patch.object(search, "WALK", walk):  # the walk sees a part, or every member
                first = search.find_members(session, typed, limit=5)
            exact = [r[0] for r in rows if r[1] == typed.strip().upper()]
            shown = (exact + [i for i in expected if i not in exact])[:5] if typed.strip() else []
            assert first == shown, typed


def test_the_index_follows_every_write_to_the_members(book: Book) -> None:
    with scratch(book) as (conn, session):
        rows = add(conn, [("Siti Aminah", "3273015504900002", "+6281234567890")] * 3)
        conn.execute(update(Member).where(Member.id == rows[0][0]).values(full_name="Budi Santoso"))
        conn.execute(update(Member).where(Member.id == rows[1][0]).values(number="X-9"))
        assert members.member_ids(session, MemberFilter(search="santos")) == [rows[0][0]]
        assert members.member_ids(session, MemberFilter(search="aminah")) == [
            rows[2][0],
            rows[1][0],
        ]
        assert search.find_members(session, "x-9", limit=5) == [rows[1][0]]
        assert search.index_problems(session) == []


def test_the_check_names_an_index_out_of_step(book: Book) -> None:
    with scratch(book) as (conn, session):
        rows = add(conn, [("Siti Aminah", "3273015504900002", "")] * 2)
        conn.execute(text("DELETE FROM member_search WHERE rowid = :i"), {"i": rows[0][0]})
        problems = search.index_problems(session)
        assert len(problems) == 1
        assert "1 anggota" in problems[0]
        assert str(rows[0][0]) in problems[0]


def test_short_and_long_texts_sort_by_the_filter(book: Book) -> None:
    with scratch(book) as (conn, session):
        add(conn, [("Wati", "3273015504900002", ""), ("Ani Sutini", "3273015504900002", "")])
        for typed in ("ti", "tin", "wati"):
            by_name = MemberFilter(search=typed, sort=MemberSort.NAME)
            expected = sorted(
                (r for r in add_rows(session) if lower_az(typed) in lower_az(r[2])),
                key=lambda r: (r[2].lower(), r[0]),
            )
            assert members.member_ids(session, by_name) == [r[0] for r in expected]


def add_rows(session: Session) -> list[Row]:
    found = session.execute(text("SELECT id, number, full_name, nik, phone FROM member")).all()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in found]
