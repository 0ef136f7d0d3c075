"""Member numbers from the cooperative's pattern (``A-####``, a setting)."""

from __future__ import annotations

import re
from collections.abc import Set

__all__ = ["format_number", "next_free"]


def format_number(pattern: str, n: int) -> str:
    """``A-####`` and 7 → ``A-0007``; more digits than ``#`` are kept (``A-12345``)."""
    match = re.search(r"#+", pattern)
    if match is None:
        return f"{pattern}{n}"
    width = len(match.group(0))
    return pattern[: match.start()] + f"{n:0{width}d}" + pattern[match.end() :]


def next_free(pattern: str, used: Set[str], count: int) -> list[str]:
    """The next ``count`` numbers after the highest one in use, skipping any in use."""
    prefix = pattern.split("#", 1)[0]
    numeric = [
        int(m.group(1))
        for u in used
        if u.startswith(prefix) and (m := re.match(re.escape(prefix) + r"(\d+)", u))
    ]
    n = max(numeric, default=0) + 1
    found: list[str] = []
    while len(found) < count:
        candidate = format_number(pattern, n)
        if candidate not in used:
            found.append(candidate)
        n += 1
    return found
