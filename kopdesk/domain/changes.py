"""Which parts of the book a unit of work changed.

Every writing service declares what it changes (``services/base/changes.py``,
``@causes(...)``); the windows' :class:`~kopdesk.ui.kit.ops.Ops` reads what the
unit of work's services declared and tells the pages, so each refreshes only what
changed. The windows never decide it themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NOTHING", "Changes"]


@dataclass(frozen=True)
class Changes:
    """Which parts of the book an action changed."""

    accounts: bool = False
    """The chart of accounts (names, new accounts, active flags)."""
    journal: bool = False
    """Journal entries, and therefore every balance."""
    profile: bool = False
    """The cooperative's profile or fiscal years."""
    users: bool = False
    """Users, their roles and passwords, or the security settings."""
    members: bool = False
    """Members: their data, status, organ terms (the member register)."""
    backups: bool = False
    """Backups of the book were made, removed or their settings changed."""
    savings: bool = False
    """Savings products and their terms (postings are ``journal``)."""

    @property
    def balances(self) -> bool:
        return self.accounts or self.journal

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            accounts=self.accounts or other.accounts,
            journal=self.journal or other.journal,
            profile=self.profile or other.profile,
            users=self.users or other.users,
            members=self.members or other.members,
            backups=self.backups or other.backups,
            savings=self.savings or other.savings,
        )


NOTHING = Changes()
"""A unit of work that changed nothing the pages show (e.g. RAT texts saved)."""
