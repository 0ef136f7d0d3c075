"""Paper data of loans: simulation, agreement, loan card, receipts, arrears,
collectibility and portfolio.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "CollateralShare",
    "LoanAgreementReport",
    "LoanArrearsReport",
    "LoanArrearsRow",
    "LoanBucketRow",
    "LoanCardReport",
    "LoanCardRow",
    "LoanCollectibilityReport",
    "LoanGradeRow",
    "LoanPaymentRow",
    "LoanPortfolioReport",
    "LoanPortfolioRow",
    "LoanReceipt",
    "LoanReceiptPart",
    "LoanScheduleRow",
    "LoanSimulationReport",
    "LoanTermsText",
    "LoanYearRow",
]


# --- loan papers -----------------------------------------------------------------
# Loan balances are what the member owes the koperasi (principal still owed),
# positive. Rates are percentages as printed (``Decimal("1.5")`` for 1,5 %).


@dataclass(frozen=True)
class LoanScheduleRow:
    """One installment of a schedule: ``total = principal + interest``;
    ``balance_after`` is the principal still owed after it."""

    number: int
    due_date: dt.date
    principal: int
    interest: int
    total: int
    balance_after: int


@dataclass(frozen=True)
class LoanYearRow:
    """Subtotal of installments 1–12 (year 1), 13–24 (year 2), …"""

    year: int
    first: int
    last: int
    principal: int
    interest: int
    total: int


@dataclass(frozen=True)
class LoanTermsText:
    """A loan's terms, each already worded for print."""

    principal: int
    rate: str
    """``1,5 % per bulan (flat)``."""
    method: str
    tenor: str
    """``12 bulan``."""
    effective: str
    """``1,7937 % per bulan (21,52 % per tahun)``: the effective rate (IRR)."""
    rounding: str


@dataclass(frozen=True)
class LoanSimulationReport:
    """Simulasi angsuran: a schedule that is not (yet) a loan.

    ``total_principal`` equals ``principal``; totals are the rows' sums and the
    yearly subtotals add up to them (checked when built)."""

    header: BookHeader
    product_name: str
    start: dt.date
    terms: LoanTermsText
    flat_rate_monthly: str
    """The nominal monthly rate as printed beside the effective one."""
    effective_monthly_percent: Decimal
    effective_yearly_percent: Decimal
    rows: tuple[LoanScheduleRow, ...]
    years: tuple[LoanYearRow, ...]
    total_principal: int
    total_interest: int
    total: int
    first_installment: int
    """The installment most months pay (the first one)."""


@dataclass(frozen=True)
class LoanAgreementReport:
    """Ringkasan perjanjian pinjaman with its schedule."""

    header: BookHeader
    loan_number: str
    status: str
    product_name: str
    member_number: str
    member_name: str
    member_nik: str
    member_address: str
    member_phone: str
    member_occupation: str
    terms: LoanTermsText
    provisi: int
    admin_fee: int
    net_disbursed: int
    """``principal − provisi − admin_fee``: what the member receives in cash."""
    collateral: str
    collateral_value: int
    guarantors: tuple[str, ...]
    purpose: str
    applied_on: dt.date
    applied_by: str
    decided_on: dt.date | None
    decided_by: str
    decision_note: str
    warnings: tuple[str, ...]
    disbursed_on: dt.date | None
    schedule_is_estimate: bool
    """True before disbursement: the schedule is reckoned from the application date."""
    rows: tuple[LoanScheduleRow, ...]
    years: tuple[LoanYearRow, ...]
    total_principal: int
    total_interest: int
    total: int
    restructured_from: str | None = None


@dataclass(frozen=True)
class LoanCardRow:
    """One installment on the loan card as of a date."""

    number: int
    due_date: dt.date
    principal: int
    interest: int
    total: int
    paid_principal: int
    paid_interest: int
    late_fee_accrued: int
    late_fee_paid: int
    balance_after: int
    """Principal still owed after this installment's principal payments
    (``principal of the loan − principal paid on installments up to this one``)."""
    state: str
    """``Lunas``, ``Sebagian``, ``Menunggak``, ``Jatuh tempo`` or empty (not yet due)."""
    last_paid: dt.date | None


@dataclass(frozen=True)
class LoanPaymentRow:
    """A money event on the loan card: disbursement, payment, restructuring, write-off."""

    number: str
    date: dt.date
    kind: str
    """Indonesian label: ``Pencairan``, ``Angsuran``, ``Pelunasan``, …"""
    cash: int
    late_fee: int
    interest: int
    principal: int
    overpayment: int
    outstanding_after: int


@dataclass(frozen=True)
class LoanCardReport:
    """Kartu angsuran of one loan as of a date.

    ``outstanding`` is the receivable in the ledger as of the date; it equals
    ``principal − total_paid_principal − principal moved off by restructuring or
    write-off`` (checked when built)."""

    header: BookHeader
    as_of: dt.date
    loan_number: str
    status: str
    product_name: str
    member_number: str
    member_name: str
    terms: LoanTermsText
    disbursed_on: dt.date | None
    rows: tuple[LoanCardRow, ...]
    payments: tuple[LoanPaymentRow, ...]
    total_principal: int
    total_interest: int
    total_installments: int
    total_paid_principal: int
    total_paid_interest: int
    total_late_fee_accrued: int
    total_late_fee_paid: int
    outstanding: int
    overdue_principal: int
    overdue_interest: int
    late_fee_owed: int
    days_past_due: int
    grade: str
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class LoanReceiptPart:
    """What one installment got from a payment."""

    number: int
    due_date: dt.date | None
    late_fee: int
    interest: int
    principal: int
    total: int


@dataclass(frozen=True)
class LoanReceipt:
    """Bukti pembayaran angsuran (BA-…) or bukti pencairan pinjaman (PC-…).

    For a payment ``cash = late_fee + interest + principal + overpayment``; for
    a disbursement ``cash = principal − provisi − admin_fee`` (checked when
    built). ``amount_words`` spells ``cash``."""

    header: BookHeader
    number: str
    kind: str
    """``angsuran``, ``pelunasan`` or ``cair``."""
    title: str
    date: dt.date
    loan_number: str
    product_name: str
    member_number: str
    member_name: str
    cash: int
    amount_words: str
    late_fee: int
    interest: int
    principal: int
    overpayment: int
    provisi: int
    admin_fee: int
    parts: tuple[LoanReceiptPart, ...]
    outstanding_after: int
    entry_number: str
    cash_account: str
    teller: str
    party_label: str
    purpose: str
    signatures: tuple[str, str]
    overpayment_note: str = ""
    """Where an overpayment went (``ke Simpanan Sukarela``)."""


@dataclass(frozen=True)
class LoanArrearsRow:
    loan_number: str
    member_number: str
    member_name: str
    product_code: str
    product_name: str
    outstanding: int
    overdue_principal: int
    overdue_interest: int
    late_fee: int
    overdue_total: int
    days_past_due: int
    bucket: str
    grade: str
    """Indonesian label (``Kurang lancar``)."""
    grade_code: str
    """``kurang_lancar``."""
    collateral_kind: str = ""
    """Indonesian label of the collateral's kind (``Kendaraan (BPKB)``)."""
    collateral_value: int = 0
    collateral_counted: int = 0
    """Value × the share its kind counts against the allowance."""
    collateral_deducted: int = 0
    """Taken off the allowance base: 0 for lancar, else at most ``outstanding``."""


@dataclass(frozen=True)
class LoanBucketRow:
    label: str
    loans: int
    outstanding: int
    overdue: int


@dataclass(frozen=True)
class LoanArrearsReport:
    """Daftar tunggakan pinjaman as of a date, longest overdue first, with the
    aging of every running loan (buckets add up to the running loans)."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[LoanArrearsRow, ...]
    buckets: tuple[LoanBucketRow, ...]
    total_outstanding: int
    """Of the loans listed."""
    total_overdue_principal: int
    total_overdue_interest: int
    total_late_fee: int
    total_overdue: int
    loans_running: int
    portfolio_outstanding: int
    """Of every running loan (the buckets' total)."""


@dataclass(frozen=True)
class LoanGradeRow:
    grade: str
    grade_code: str
    days: str
    """``0–90 hari``, ``lebih dari 360 hari``."""
    loans: int
    outstanding: int
    percent: Decimal
    required: int
    """``percent`` × (``outstanding`` − ``collateral_deducted``)."""
    collateral_deducted: int = 0


@dataclass(frozen=True)
class CollateralShare:
    kind: str
    """``Kendaraan (BPKB)``."""
    percent: Decimal


@dataclass(frozen=True)
class LoanCollectibilityReport:
    """Laporan kolektibilitas dan PPAP as of a date.

    ``shortfall = required_total − allowance_formed`` (positive: the allowance
    must grow); ``npl`` is the outstanding of the kurang lancar, diragukan and
    macet loans and ``npl_percent`` its share of ``outstanding_total``."""

    header: BookHeader
    as_of: dt.date
    grades: tuple[LoanGradeRow, ...]
    rows: tuple[LoanArrearsRow, ...]
    loans_total: int
    outstanding_total: int
    required_total: int
    allowance_formed: int
    shortfall: int
    npl: int
    npl_percent: Decimal
    coverage_percent: Decimal | None
    """Formed / required × 100 (None when nothing is required)."""
    collateral_deducted_total: int = 0
    collateral_shares: tuple[CollateralShare, ...] = ()
    """The share of each kind of collateral counted (the settings used)."""


@dataclass(frozen=True)
class LoanPortfolioRow:
    product_code: str
    product_name: str
    method: str
    loans: int
    """Loans running on the date."""
    outstanding: int
    disbursed_count: int
    disbursed: int
    """Principal of the loans disbursed from 1 January of the year to the date."""
    npl: int
    npl_percent: Decimal


@dataclass(frozen=True)
class LoanPortfolioReport:
    """Rekap portofolio pinjaman per produk as of a date."""

    header: BookHeader
    as_of: dt.date
    year_start: dt.date
    rows: tuple[LoanPortfolioRow, ...]
    total_loans: int
    total_outstanding: int
    total_disbursed_count: int
    total_disbursed: int
    total_npl: int
    npl_percent: Decimal
    ledger_outstanding: int
    """The receivable in the ledger (every loan's lines): equals ``total_outstanding``."""
