"""Types shared by the window tests' fixtures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kopdesk.errors import KopdeskError
from kopdesk.services.ledger.journal import EntryInfo

Post = Callable[..., EntryInfo]
"""``post(on, [(code, amount), ...], description="...")`` posts one entry."""


@dataclass
class Shown:
    """What the (replaced) message boxes would have shown."""

    errors: list[KopdeskError] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    answer: bool = True
    opened: list[Path] = field(default_factory=list)
    """Files opened with the computer's program, and papers saved from the preview."""
    save_to: Path | None = None
    previewed: list[bytes] = field(default_factory=list)
    """The papers the print preview was opened on, in order."""
    approvals: list[str] = field(default_factory=list)
    """What each approval dialog said (the service's reason), in order."""
    slips: list[tuple[Any, list[str]]] = field(default_factory=list)
    """Each money confirmation asked (the slip and the date's reasons); ``post_money`` answers."""
    post_money: bool = True
    unusual_dates: list[list[str]] = field(default_factory=list)
    """Each "post on this unusual date?" asked (its reasons); ``post_on_date`` answers."""
    post_on_date: bool = True
    discards: int = 0
    """How often "discard changes?" was asked; ``discard`` answers."""
    discard: bool = True
