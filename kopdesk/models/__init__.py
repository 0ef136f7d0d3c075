"""SQLAlchemy tables. No behaviour: services hold the rules."""

from kopdesk.models.accounts import Account
from kopdesk.models.base import Base
from kopdesk.models.book import CooperativeProfile, DocSequence, FiscalYear
from kopdesk.models.journal import JournalEntry, JournalLine

__all__ = [
    "Account",
    "Base",
    "CooperativeProfile",
    "DocSequence",
    "FiscalYear",
    "JournalEntry",
    "JournalLine",
]
