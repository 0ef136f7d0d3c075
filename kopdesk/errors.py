"""Error types every layer raises and every front end shows the same way.

Messages are in Bahasa Indonesia: they say what is wrong and what to do.
Anything that is not a :class:`KopdeskError` is a bug in kopdesk.
"""

from __future__ import annotations


class KopdeskError(Exception):
    """Base of all errors a user may see; ``message`` is Indonesian text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(KopdeskError):
    """Bad user input. ``field`` names the input so a form can show it beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class DomainError(KopdeskError):
    """A rule of the books refuses the action (shown in a message box)."""


class UnbalancedEntryError(DomainError):
    """Debits and credits of a journal entry do not sum to zero."""


class PeriodClosedError(DomainError):
    """The date falls in a closed fiscal year or in no fiscal year at all."""


class AccountError(DomainError):
    """An account is unknown, inactive or not postable."""


class NotFoundError(DomainError):
    """A record the user named does not exist."""


class InsufficientBalanceError(DomainError):
    """A withdrawal or payment would take a balance below what it may be."""


class AlreadyReversedError(DomainError):
    """A journal entry was already reversed once."""


class StorageError(KopdeskError):
    """The book file or database cannot be used: locked, read-only, full, corrupt,
    or made by a newer kopdesk. The message says what to do."""


class PermissionDeniedError(DomainError):
    """The signed-in user's role may not do this."""


class ApprovalRequiredError(DomainError):
    """A dangerous action needs a second authorised user's password first.

    ``permission`` names what the approver must be allowed to approve."""

    def __init__(self, message: str, permission: str) -> None:
        super().__init__(message)
        self.permission = permission


class AuthenticationError(KopdeskError):
    """Wrong user name or password, a locked or deactivated user."""
