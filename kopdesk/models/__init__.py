"""SQLAlchemy tables. No behaviour: services hold the rules."""

from kopdesk.models.accounts import Account
from kopdesk.models.base import Base
from kopdesk.models.book import CooperativeProfile, DocSequence, FiscalYear
from kopdesk.models.journal import JournalEntry, JournalLine
from kopdesk.models.loans import (
    Loan,
    LoanAllowanceRun,
    LoanEvent,
    LoanInstallment,
    LoanPaymentPart,
    LoanProduct,
)
from kopdesk.models.members import Member, MemberStatusEvent, OrganRole
from kopdesk.models.savings import (
    SavingsAccount,
    SavingsBatch,
    SavingsClassAmount,
    SavingsInterest,
    SavingsMonthEnd,
    SavingsProduct,
    SavingsTransaction,
)
from kopdesk.models.security import (
    ApprovalGrant,
    AppUser,
    AuditRecord,
    ChainState,
    DocumentRecord,
    Setting,
)

__all__ = [
    "Account",
    "AppUser",
    "ApprovalGrant",
    "AuditRecord",
    "Base",
    "ChainState",
    "CooperativeProfile",
    "DocSequence",
    "DocumentRecord",
    "FiscalYear",
    "JournalEntry",
    "JournalLine",
    "Loan",
    "LoanAllowanceRun",
    "LoanEvent",
    "LoanInstallment",
    "LoanPaymentPart",
    "LoanProduct",
    "Member",
    "MemberStatusEvent",
    "OrganRole",
    "SavingsAccount",
    "SavingsBatch",
    "SavingsClassAmount",
    "SavingsInterest",
    "SavingsMonthEnd",
    "SavingsProduct",
    "SavingsTransaction",
    "Setting",
]
