"""Gap-free document numbers (DESIGN.md §3).

A number is taken inside the caller's transaction: if the action rolls back,
the number is not used up, so series have no gaps.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from kopdesk.models import DocSequence


def next_value(session: Session, key: str) -> int:
    """Take the next value of series ``key`` (1 for a new series)."""
    stmt = (
        update(DocSequence)
        .where(DocSequence.key == key)
        .values(last_value=DocSequence.last_value + 1)
        .returning(DocSequence.last_value)
    )
    value = session.execute(stmt).scalar_one_or_none()
    if value is None:
        session.execute(insert(DocSequence).values(key=key, last_value=1))
        value = 1
    return value


def peek_value(session: Session, key: str) -> int:
    """The value :func:`next_value` would give, without taking it."""
    last = session.execute(
        select(DocSequence.last_value).where(DocSequence.key == key)
    ).scalar_one_or_none()
    return (last or 0) + 1
