"""SQLAlchemy tables. No behaviour: services hold the rules."""

from kopdesk.models import reference as _reference  # noqa: F401  (registers the listeners)
from kopdesk.models.accounts import Account
from kopdesk.models.admin_books import AdminNote, Meeting, MeetingFile, Officer
from kopdesk.models.base import Base, core_table
from kopdesk.models.book import CooperativeProfile, DocSequence, FiscalYear
from kopdesk.models.closing import (
    DepreciationLine,
    DepreciationRun,
    FixedAsset,
    RatContent,
    ShuMember,
    ShuPayment,
    ShuPlan,
    YearCloseEvent,
)
from kopdesk.models.health import HealthAnswer
from kopdesk.models.journal import (
    AccountMonthFlow,
    AccountMonthTotal,
    JournalEntry,
    JournalLine,
    LedgerTotal,
)
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
    RowSeal,
    Setting,
)
from kopdesk.models.supervision import CashCount, CashCountLine, Finding, SampleCheck, SampleItem

__all__ = [
    "Account",
    "AccountMonthFlow",
    "AccountMonthTotal",
    "AdminNote",
    "AppUser",
    "ApprovalGrant",
    "AuditRecord",
    "Base",
    "CashCount",
    "CashCountLine",
    "ChainState",
    "CooperativeProfile",
    "DepreciationLine",
    "DepreciationRun",
    "DocSequence",
    "DocumentRecord",
    "Finding",
    "FiscalYear",
    "FixedAsset",
    "HealthAnswer",
    "JournalEntry",
    "JournalLine",
    "LedgerTotal",
    "Loan",
    "LoanAllowanceRun",
    "LoanEvent",
    "LoanInstallment",
    "LoanPaymentPart",
    "LoanProduct",
    "Meeting",
    "MeetingFile",
    "Member",
    "MemberStatusEvent",
    "Officer",
    "OrganRole",
    "RatContent",
    "RowSeal",
    "SampleCheck",
    "SampleItem",
    "SavingsAccount",
    "SavingsBatch",
    "SavingsClassAmount",
    "SavingsInterest",
    "SavingsMonthEnd",
    "SavingsProduct",
    "SavingsTransaction",
    "Setting",
    "ShuMember",
    "ShuPayment",
    "ShuPlan",
    "YearCloseEvent",
    "core_table",
]
