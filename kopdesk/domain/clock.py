"""The office's "today" and "now", read in one place so that they can be pinned.

Every rule that depends on the date (a date may not lie in the future, an old
entry needs a second person to reverse it, a month may be processed only once
it has ended) asks :func:`today`; every record's time stamp comes from
:func:`now`. Normally both are the computer's wall clock. A demo book built
"as of" a given day and the tests pin the day with :func:`pinned`, so that the
same inputs give the same book whatever the real date is.

The pin is process-wide, not per thread: a demo built in a worker thread and
the window showing its progress see the same day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["now", "pin", "pinned", "today", "unpin"]

_pinned: dt.date | None = None


def today() -> dt.date:
    """The pinned day, else the computer's date."""
    return _pinned if _pinned is not None else dt.date.today()


def now() -> dt.datetime:
    """Local wall-clock time to the second; on a pinned day, that day at the real time."""
    real = dt.datetime.now().replace(microsecond=0)
    return real if _pinned is None else dt.datetime.combine(_pinned, real.time())


def pin(day: dt.date | None) -> dt.date | None:
    """Pin "today" to ``day`` (None: the real date again); returns the previous pin."""
    global _pinned
    previous, _pinned = _pinned, day
    return previous


def unpin() -> None:
    """Back to the computer's date."""
    pin(None)


@contextmanager
def pinned(day: dt.date) -> Iterator[dt.date]:
    """Within the block, :func:`today` is ``day``; the previous pin comes back after it."""
    previous = pin(day)
    try:
        yield day
    finally:
        pin(previous)
