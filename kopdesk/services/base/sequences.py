"""Gap-free document numbers (DESIGN.md §3).

A number is taken inside the caller's transaction: if the action rolls back,
the number is not used up, so series have no gaps.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kopdesk.models import DocSequence, core_table


def next_value(session: Session, key: str) -> int:
    """Take the next value of series ``key`` (1 for a new series).

    The UPDATE locks the series row until the caller's transaction ends, so
    two writers (two PCs on PostgreSQL) take consecutive values, never the same.
    """
    value = _bump(session, key)
    if value is None:
        try:
            with session.begin_nested():
                session.execute(insert(DocSequence).values(key=key, last_value=0))
        except IntegrityError:
            pass  # another writer created the series first; it is there now
        value = _bump(session, key)
        assert value is not None
    return value


_SEQUENCE = core_table(DocSequence)
_BUMP = (
    update(_SEQUENCE)
    .where(_SEQUENCE.c.key == bindparam("series"))
    .values(last_value=_SEQUENCE.c.last_value + 1)
    .returning(_SEQUENCE.c.last_value)
)
"""Built once: a number is taken on every posting."""


def _bump(session: Session, key: str) -> int | None:
    value = session.execute(_BUMP, {"series": key}).scalar_one_or_none()
    return None if value is None else int(value)


def peek_value(session: Session, key: str) -> int:
    """The value :func:`next_value` would give, without taking it."""
    last = session.execute(
        select(DocSequence.last_value).where(DocSequence.key == key)
    ).scalar_one_or_none()
    return (last or 0) + 1
