"""What a unit of work changed, as declared by the services that ran in it.

Every public service function that writes is decorated with :func:`causes`:
once it returns, what it changed is added to the session (``session.info``), and
the windows' :class:`~kopdesk.ui.kit.ops.Ops` reads :func:`declared` at the end of
the unit of work to tell the pages what to refresh. A function whose changes
depend on its arguments (the settings) calls :func:`record` itself.

A refused call raises before anything is recorded, and the unit of work is rolled
back with its session, so nothing is ever declared for work that did not commit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from kopdesk.domain.changes import NOTHING, Changes

__all__ = ["CHANGES_KEY", "causes", "declared", "record"]

P = ParamSpec("P")
R = TypeVar("R")

CHANGES_KEY = "kopdesk.changes"
"""Where a session keeps what its services declared (``session.info``)."""


def record(session: Session, changes: Changes) -> None:
    """Add ``changes`` to what this session's unit of work changed."""
    info = session.info
    before = info.get(CHANGES_KEY)
    if before is None or before == changes:
        info[CHANGES_KEY] = changes
    else:
        info[CHANGES_KEY] = before | changes


def declared(session: Session) -> Changes:
    """What the services run in ``session`` declared so far (``NOTHING`` when none)."""
    changes: Changes = session.info.get(CHANGES_KEY, NOTHING)
    return changes


def causes(
    changes: Changes,
) -> Callable[[Callable[Concatenate[Session, P], R]], Callable[Concatenate[Session, P], R]]:
    """Declare that the decorated service (first argument: the Session) changes ``changes``.

    Recorded only when the function returns; a refusal (an exception) records nothing.
    """

    def decorate(
        func: Callable[Concatenate[Session, P], R],
    ) -> Callable[Concatenate[Session, P], R]:
        @wraps(func)
        def wrapper(session: Session, /, *args: P.args, **kwargs: P.kwargs) -> R:
            result = func(session, *args, **kwargs)
            record(session, changes)
            return result

        wrapper.__kopdesk_causes__ = changes  # type: ignore[attr-defined]
        return wrapper

    return decorate
