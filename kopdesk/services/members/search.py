"""Member search as you type: which members a typed text finds, from an index.

A text finds the members whose number or name contains it (case-insensitive),
and, when it is three or more digits without letters, those whose NIK contains
the digits or whose phone contains them without the leading 0 ("0812-9876" finds
+6281298765432). ``%`` and ``_`` are plain characters.

On SQLite the ``member_search`` FTS5 table (trigram tokenizer, revision 0010,
kept in step with ``member`` by triggers) answers any text of three or more
characters from its index: a phrase of trigrams matches exactly the rows that
contain it. Shorter texts (one or two characters) match most of the register, so
a walk over the members in list order finds a screenful at once. On PostgreSQL,
and on a book without the index, the same condition is a plain ``LIKE``.

Letters are compared the way the database lower-cases them: SQLite's ``lower()``
changes A–Z only, PostgreSQL's every letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, column, false, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session

from kopdesk.models import Member

__all__ = [
    "DENSE",
    "INDEX",
    "WALK",
    "SearchTerms",
    "ascii_lower",
    "find_members",
    "has_index",
    "index_problems",
    "search_condition",
    "terms",
]

INDEX = "member_search"
"""The FTS5 table of revision 0010 (SQLite only)."""
TRIGRAM = 3
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LETTER = re.compile(r"[A-Za-z]")


def ascii_lower(value: str) -> str:
    """``value`` lower-cased as SQLite's ``lower()`` does it: A–Z only."""
    return value.translate(_ASCII_LOWER)


@dataclass(frozen=True)
class SearchTerms:
    """What a typed text looks for: ``words`` in the number or the name; ``nik``
    digits in the NIK and ``phone`` digits in the phone (both empty unless the text
    is three or more digits without letters)."""

    words: str
    nik: str = ""
    phone: str = ""

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(p for p in (self.words, self.nik, self.phone) if p)


def terms(typed: str, *, lower: bool = True) -> SearchTerms | None:
    """The terms of a typed text (None: nothing typed). ``lower``: fold the words
    as SQLite does (A–Z); else as Python's ``str.lower`` (PostgreSQL)."""
    stripped = typed.strip()
    if not stripped:
        return None
    words = ascii_lower(stripped) if lower else stripped.lower()
    digits = re.sub(r"\D", "", stripped)
    if len(digits) < TRIGRAM or _LETTER.search(stripped):
        return SearchTerms(words)
    return SearchTerms(words, digits, digits[1:] if digits.startswith("0") else digits)


def has_index(session: Session) -> bool:
    """Whether the book has the search index (SQLite at revision 0010 or later)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    found = session.info.get(_HAS_INDEX)
    if found is None:
        found = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": INDEX}
        ).first()
        found = session.info[_HAS_INDEX] = found is not None
    return bool(found)


_HAS_INDEX = "kopdesk.member_search"


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _match_expression(found: SearchTerms) -> str:
    parts = [f"{{number full_name}} : {_phrase(found.words)}"]
    if found.nik:
        parts.append(f"nik : {_phrase(found.nik)}")
    if found.phone:
        parts.append(f"phone : {_phrase(found.phone)}")
    return " OR ".join(parts)


def _contains(
    value: ColumnElement[str] | InstrumentedAttribute[str], part: str
) -> ColumnElement[bool]:
    escaped = part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return value.like(f"%{escaped}%", escape="\\")


def _plain_condition(found: SearchTerms, of: Any = Member) -> ColumnElement[bool]:
    """The condition as plain ``LIKE``s on the columns of ``of`` (the model, or a subquery)."""
    conditions = [
        _contains(func.lower(of.number), found.words),
        _contains(func.lower(of.full_name), found.words),
    ]
    if found.nik:
        conditions.append(_contains(of.nik, found.nik))
    if found.phone:
        conditions.append(_contains(of.phone, found.phone))
    return or_(*conditions)


def search_condition(
    session: Session, typed: str, *, every: bool = True
) -> ColumnElement[bool] | None:
    """The WHERE condition on ``member`` of a typed text (None: nothing typed).

    ``every``: the caller lists every match (the Anggota page, exports). A text that
    most of the first :data:`WALK` members contain then gets the plain condition: a
    scan finds three quarters of the register sooner than the index lists it."""
    indexed = has_index(session)
    sqlite = session.get_bind().dialect.name == "sqlite"
    found = terms(typed, lower=sqlite)
    if found is None:
        return None
    if (
        indexed
        and all(len(p) >= TRIGRAM for p in found.parts)
        and not (every and _dense(session, found))
    ):
        matching = (
            text(f"SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH :member_search_query")
            .bindparams(member_search_query=_match_expression(found))
            .columns(column("rowid", Integer))
        )
        return Member.id.in_(matching)
    if not found.words:  # pragma: no cover - terms() never gives empty words
        return false()
    return _plain_condition(found)


def find_members(session: Session, typed: str, *, limit: int) -> list[int]:
    """Ids of the first ``limit`` members a typed text finds, by number; the member
    whose number is exactly the text comes first (the teller's lookup)."""
    found = search_condition(session, typed, every=False)
    wanted = terms(typed, lower=session.get_bind().dialect.name == "sqlite")
    if found is None or wanted is None:
        return []
    ids = _first_by_walk(session, wanted, limit)
    if len(ids) < limit:
        ids = list(
            session.execute(
                select(Member.id).where(found).order_by(Member.number, Member.id).limit(limit)
            ).scalars()
        )
    exact = session.execute(
        select(Member.id).where(Member.number == typed.strip().upper())
    ).scalar_one_or_none()
    if exact is None:
        return ids
    return [exact, *(i for i in ids if i != exact)][:limit]


WALK = 2_000
"""Members looked at in list order before asking the index (see :func:`_first_by_walk`)."""


DENSE = 0.25
"""The share of the walked members matching above which listing every match scans."""


def _walked() -> Any:
    return (
        select(Member.id, Member.number, Member.full_name, Member.nik, Member.phone)
        .order_by(Member.number, Member.id)
        .limit(WALK)
        .subquery()
    )


def _dense(session: Session, wanted: SearchTerms) -> bool:
    """Whether more than :data:`DENSE` of the first :data:`WALK` members match."""
    first = _walked()
    walked, matching = session.execute(
        select(func.count(), func.count().filter(_plain_condition(wanted, first.c))).select_from(
            first
        )
    ).one()
    return bool(walked) and matching > DENSE * walked


def _first_by_walk(session: Session, wanted: SearchTerms, limit: int) -> list[int]:
    """The matches among the first :data:`WALK` members by number, at most ``limit``.

    When there are ``limit`` of them, they are the first ``limit`` matches of all
    (the walk is in list order). A text most members contain ("a", "3273", "0812")
    finds them here in a millisecond; the index would list every member first."""
    first = _walked()
    stmt = (
        select(first.c.id)
        .where(_plain_condition(wanted, first.c))
        .order_by(first.c.number, first.c.id)
        .limit(limit)
    )
    return list(session.execute(stmt).scalars())


def index_problems(session: Session) -> list[str]:
    """How the search index differs from the members (empty: in step, or no index)."""
    if not has_index(session):
        return []
    problems = []
    integrity = text(f"INSERT INTO {INDEX} ({INDEX}, rank) VALUES ('integrity-check', 1)")
    try:
        with session.begin_nested():
            session.execute(integrity)
    except DBAPIError as exc:  # the FTS5 check reports by raising
        if "readonly" not in str(exc).replace("-", "").replace(" ", "").lower():
            problems.append("Indeks pencarian anggota rusak; buat ulang indeksnya.")
        # a book opened read-only cannot run the check command; the rows are compared below
    indexed = {
        int(r[0]): tuple(r[1:])
        for r in session.execute(text(f"SELECT rowid, number, full_name, nik, phone FROM {INDEX}"))
    }
    members = {
        int(r[0]): (ascii_lower(r[1]), ascii_lower(r[2]), r[3], r[4])
        for r in session.execute(
            select(Member.id, Member.number, Member.full_name, Member.nik, Member.phone)
        )
    }
    differing = sorted(k for k in set(indexed) | set(members) if indexed.get(k) != members.get(k))
    if differing:
        problems.append(
            f"Indeks pencarian berbeda dari data {len(differing)} anggota "
            f"(id {', '.join(str(k) for k in differing[:5])}"
            f"{', …' if len(differing) > 5 else ''})."
        )
    return problems
