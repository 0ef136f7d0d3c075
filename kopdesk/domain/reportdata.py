"""Report data: frozen DTOs that services fill with every number computed and
checked, and that ``kopdesk.reports`` lays out without adding anything up.

Amounts are integer rupiah. ``debit``/``credit`` columns are never negative;
a ``balance`` is debit-positive (a credit balance is negative).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class BookHeader:
    """What every printed page says about the cooperative."""

    coop_name: str
    legal_number: str
    address: str
    nik_koperasi: str = ""


@dataclass(frozen=True)
class DocumentStamp:
    """Who made a paper and when; ``number`` and ``qr_payload`` identify it.

    ``number`` and ``qr_payload`` are empty until documents are registered
    in the book (verifiable documents)."""

    made_at: dt.datetime
    made_by: str
    number: str = ""
    qr_payload: str = ""
    reference: str = ""
    """Machine-readable identity written into the PDF's metadata (ASCII):
    ``KOPDESK|1|<book uid>|<document number>``; verification reads it back."""


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    debit: int
    credit: int


@dataclass(frozen=True)
class TrialBalanceReport:
    """Neraca Saldo: each postable account with a non-zero balance as of a date."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[TrialBalanceRow, ...]
    total_debit: int
    total_credit: int


@dataclass(frozen=True)
class JournalLineRow:
    code: str
    name: str
    debit: int
    credit: int
    memo: str = ""


@dataclass(frozen=True)
class JournalEntryRow:
    number: str
    date: dt.date
    description: str
    lines: tuple[JournalLineRow, ...]
    reversal_of: str | None = None


@dataclass(frozen=True)
class JournalReport:
    """Jurnal Umum: every entry dated within [date_from, date_to]."""

    header: BookHeader
    date_from: dt.date
    date_to: dt.date
    entries: tuple[JournalEntryRow, ...]
    total_debit: int
    total_credit: int


@dataclass(frozen=True)
class LedgerRow:
    date: dt.date
    number: str
    description: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class LedgerReport:
    """Buku Besar of one account: opening balance, every line, running balance."""

    header: BookHeader
    account_code: str
    account_name: str
    date_from: dt.date
    date_to: dt.date
    opening_balance: int
    rows: tuple[LedgerRow, ...]
    total_debit: int
    total_credit: int
    closing_balance: int


@dataclass(frozen=True)
class MemberRegisterRow:
    number: str
    full_name: str
    nik: str
    sex: str
    """``L`` or ``P``."""
    birth: str
    """Place and date of birth, ready to print (``Bandung, 15-04-1990``)."""
    address: str
    join_date: dt.date
    leave_date: dt.date | None
    status: str
    """Indonesian label (``Aktif``, ``Keluar``...)."""


@dataclass(frozen=True)
class MemberRegisterReport:
    """Buku Daftar Anggota: every member in number order, with a signature column."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[MemberRegisterRow, ...]
    total: int
    active: int
    men: int
    women: int


@dataclass(frozen=True)
class MemberCard:
    number: str
    full_name: str
    nik: str
    birth: str
    address: str
    join_date: dt.date
    qr_payload: str
    """What the card's QR code carries: the member number (and the book's identity)."""


@dataclass(frozen=True)
class MemberCardsReport:
    """Kartu anggota, several per A4 page, to cut out."""

    header: BookHeader
    cards: tuple[MemberCard, ...]


@dataclass(frozen=True)
class MemberProfileReport:
    """One member's profile sheet: identity, address, heir, status history, offices."""

    header: BookHeader
    number: str
    fields: tuple[tuple[str, str], ...]
    """(label, value) pairs in print order, values already formatted."""
    history: tuple[tuple[dt.date, str, str], ...]
    """(date, status label, reason)."""
    offices: tuple[tuple[str, str], ...] = ()
    """(office label, term text)."""


# --- savings papers ------------------------------------------------------------
# Savings balances are the member's money: credit-positive (what the koperasi
# owes the member). ``debit`` is money out of the account (a withdrawal),
# ``credit`` money in (a deposit), as in a passbook.


@dataclass(frozen=True)
class SavingsReceipt:
    """Bukti setoran / penarikan / pemindahbukuan / koreksi of one counter transaction.

    ``cash_amount`` is the money that changed hands (a withdrawal's amount less
    its penalty) and ``amount_words`` spells it; ``amount`` is what the account
    moved by. ``balance_after`` is the account's balance right after it."""

    header: BookHeader
    number: str
    kind: str
    """``setor``, ``tarik``, ``pindah`` or ``koreksi``."""
    title: str
    kind_label: str
    date: dt.date
    member_number: str
    member_name: str
    account_number: str
    product_name: str
    to_account_number: str | None
    to_product_name: str | None
    amount: int
    penalty: int
    cash_amount: int
    amount_words: str
    balance_after: int
    to_balance_after: int | None
    entry_number: str
    cash_account: str
    """``1101 Kas`` or empty (a transfer moves no cash)."""
    teller: str
    party_label: str
    """``Telah terima dari``, ``Dibayarkan kepada`` or ``Atas nama``."""
    purpose: str
    """The ``Untuk pembayaran`` / ``Keterangan`` text."""
    signatures: tuple[str, str]
    """Captions of the two signature places: member's side, koperasi's side."""
    reversal_of: str | None = None
    reversed_by: str | None = None


@dataclass(frozen=True)
class StatementRow:
    date: dt.date
    entry_number: str
    receipt_number: str
    description: str
    debit: int
    credit: int
    balance: int


@dataclass(frozen=True)
class StatementAccount:
    """One savings account's part of a statement; opening + credit − debit = closing."""

    account_number: str
    product_name: str
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    opening_balance: int
    rows: tuple[StatementRow, ...]
    total_debit: int
    total_credit: int
    closing_balance: int


@dataclass(frozen=True)
class MemberStatementReport:
    """Buku simpanan of one member for a period: a section per account."""

    header: BookHeader
    member_number: str
    member_name: str
    member_address: str
    date_from: dt.date
    date_to: dt.date
    accounts: tuple[StatementAccount, ...]
    total_opening: int
    total_debit: int
    total_credit: int
    total_closing: int


@dataclass(frozen=True)
class CashDayRow:
    entry_number: str
    receipt_number: str
    description: str
    member: str
    """``A-0001 Siti Aminah`` or empty."""
    cash_in: int
    cash_out: int
    balance: int


@dataclass(frozen=True)
class DailyCashReport:
    """Laporan kas harian of one cash account; balances debit-positive (cash at hand)."""

    header: BookHeader
    day: dt.date
    account_code: str
    account_name: str
    opening_balance: int
    rows: tuple[CashDayRow, ...]
    total_in: int
    total_out: int
    closing_balance: int


@dataclass(frozen=True)
class SavingsRecapRow:
    product_code: str
    product_name: str
    account_code: str
    account_name: str
    accounts: int
    """Accounts with a balance other than zero."""
    members: int
    subledger: int
    """Sum of the members' balances (credit-positive)."""
    gl: int
    """The control account's balance in the general ledger (credit-positive)."""
    difference: int
    """``subledger - gl``; zero when the books are consistent."""


@dataclass(frozen=True)
class SavingsRecapReport:
    """Rekapitulasi simpanan per product with the sub-ledger checked against the GL."""

    header: BookHeader
    as_of: dt.date
    rows: tuple[SavingsRecapRow, ...]
    total_accounts: int
    total_members: int
    """Members with any non-zero balance (a member counts once)."""
    total_subledger: int
    total_gl: int
    total_difference: int


@dataclass(frozen=True)
class WajibArrearsRow:
    member_number: str
    member_name: str
    member_class: str
    monthly: int
    start: dt.date
    """Billed from this date's month (joining, or the billing start if later)."""
    months: int
    due: int
    """``monthly × months``: what should have been paid through the date."""
    paid: int
    arrears: int
    """Tunggakan: ``due − paid`` when positive."""
    ahead: int
    """Paid in advance: ``paid − due`` when positive."""
    months_behind: int


@dataclass(frozen=True)
class WajibArrearsReport:
    """Daftar tagihan dan tunggakan simpanan wajib through a date.

    ``total_due − total_paid = total_arrears − total_ahead`` over the rows."""

    header: BookHeader
    through: dt.date
    only_late: bool
    """Only the members behind are listed."""
    billing_start: dt.date | None
    """Wajib is counted from this date (cut-over) for members who joined before it."""
    rows: tuple[WajibArrearsRow, ...]
    total_due: int
    total_paid: int
    total_arrears: int
    total_ahead: int
    members_billed: int
    """Active members billed through the date (listed or not)."""
    members_late: int


@dataclass(frozen=True)
class TaxWithholdingRow:
    member_number: str
    member_name: str
    nik: str
    npwp: str
    """As printed: ``01.312.166.0-091.000`` (a 16-digit NPWP as it is); empty if none."""
    gross: int
    tax: int
    net: int


@dataclass(frozen=True)
class TaxWithholdingReport:
    """Daftar pemotongan PPh Pasal 4 ayat (2) atas jasa simpanan of one processed month."""

    header: BookHeader
    month: str
    """``2025-02``."""
    period_end: dt.date
    """The month's last day: the month-end entry's date."""
    pay_by: dt.date
    """The tax is paid in by this date (the 10th of the following month)."""
    rows: tuple[TaxWithholdingRow, ...]
    threshold: int
    rate_percent: Decimal
    rule_matches: bool
    """Every row's tax agrees with ``threshold``/``rate_percent`` (False when the
    setting changed after the month was processed)."""
    entry_number: str | None
    gross_total: int
    tax_total: int
    net_total: int
    members_taxed: int
    """Members whose interest was above the threshold (tax > 0)."""


# --- member exit (penyelesaian hak dan kewajiban anggota keluar) ----------------------


@dataclass(frozen=True)
class ExitSavingsLine:
    """One savings account returned to a leaving member (credit-positive balance)."""

    account_number: str
    product_name: str
    kind: str
    """``pokok``, ``wajib``, ``sukarela`` or ``berjangka``."""
    balance: int


@dataclass(frozen=True)
class ExitLoanLine:
    """One running loan: what paying it off costs and what the savings cover.

    ``late_fee + interest + principal`` is the part offset against the
    savings; ``remaining`` is the principal still owed afterwards (the loan
    keeps running with it)."""

    loan_number: str
    product_name: str
    payoff: int
    late_fee: int
    interest: int
    principal: int
    remaining: int

    @property
    def offset(self) -> int:
        return self.late_fee + self.interest + self.principal


@dataclass(frozen=True)
class MemberExitReport:
    """Penyelesaian Hak dan Kewajiban Anggota Keluar.

    ``total_savings − total_offset = net``; ``net = paid + payable`` (cash paid
    now, the rest held in 2104 as owed to the member); ``owed_after`` is what
    the savings could not cover and the member still owes on the loans."""

    header: BookHeader
    member_number: str
    member_name: str
    member_address: str
    status_label: str
    reason: str
    date: dt.date
    entry_number: str
    savings: tuple[ExitSavingsLine, ...]
    loans: tuple[ExitLoanLine, ...]
    total_savings: int
    total_payoff: int
    total_offset: int
    net: int
    paid: int
    payable: int
    owed_after: int
    net_words: str
    cash_account: str = ""


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


# --- financial statements (Permenkop UKM 2/2024, SAK EP; KOPERASI.md §2.1) -----------


@dataclass(frozen=True)
class Period:
    """A reporting period: both ends included.

    ``kind`` (``year``, ``semester``, ``quarter``, ``month``; ``""`` for any
    other range), ``number`` (which semester/quarter/month) and ``fiscal_year``
    say how it was chosen, so the comparative period can be named the same way."""

    start: dt.date
    end: dt.date
    label: str
    kind: str = ""
    number: int = 1
    fiscal_year: int = 0


@dataclass(frozen=True)
class StatementLine:
    """One printed line of a statement.

    ``amount`` (this period) and ``prior`` (the comparative) are shown positive
    on the line's normal side (assets and expenses debit, liabilities, equity
    and income credit); a contra account (allowance, accumulated depreciation,
    cost of goods sold) is negative within its section. ``is_account`` marks a
    postable account's own line (the CSV rows; headings and totals are not).
    ``note`` is the CaLK note number the line refers to."""

    section: str
    code: str
    name: str
    amount: int
    prior: int
    level: int = 0
    is_total: bool = False
    is_heading: bool = False
    is_account: bool = False
    note: str = ""


@dataclass(frozen=True)
class Statement:
    """Laporan Posisi Keuangan, Perhitungan Hasil Usaha or Arus Kas.

    ``kind`` is ``posisi-keuangan``, ``hasil-usaha`` or ``arus-kas``;
    ``columns`` are the headings of the two amount columns (this period, the
    comparative). Every total is a line of its own, computed and checked by
    the service."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    lines: tuple[StatementLine, ...]
    columns: tuple[str, str]
    subtitle: str
    header: BookHeader

    def line(self, code: str) -> StatementLine:
        """The total line with ``code`` if there is one, else its first line (a
        group's heading carries the group's amounts when it has no subtotal)."""
        found = [ln for ln in self.lines if ln.code == code]
        if not found:
            raise KeyError(code)
        return next((ln for ln in found if ln.is_total), found[0])

    def amount(self, code: str) -> int:
        """This period's amount of the line with ``code`` (see :meth:`line`); 0 if absent."""
        try:
            return self.line(code).amount
        except KeyError:
            return 0

    def accounts(self, section: str | None = None) -> tuple[StatementLine, ...]:
        """The postable accounts' lines (of ``section``), in print order."""
        return tuple(
            ln for ln in self.lines if ln.is_account and (section is None or ln.section == section)
        )


@dataclass(frozen=True)
class EquityColumn:
    """A column of the Laporan Perubahan Ekuitas: an equity group and its accounts."""

    key: str
    label: str
    accounts: str
    """The account codes it holds, as printed in the notes (``3103, 32xx, 33xx``)."""


@dataclass(frozen=True)
class EquityRow:
    """One row of the equity matrix: an amount per column and the row total."""

    key: str
    label: str
    amounts: tuple[int, ...]
    total: int
    is_balance: bool = False
    """``saldo awal`` / ``saldo akhir`` (bold) rather than a movement."""


@dataclass(frozen=True)
class EquityBlock:
    """Saldo awal, the period's movements by kind, saldo akhir (= the balance sheet)."""

    period: Period
    opening: EquityRow
    movements: tuple[EquityRow, ...]
    closing: EquityRow

    @property
    def rows(self) -> tuple[EquityRow, ...]:
        return (self.opening, *self.movements, self.closing)


@dataclass(frozen=True)
class EquityStatement:
    """Laporan Perubahan Ekuitas: the comparative block, then this period's."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    columns: tuple[EquityColumn, ...]
    prior: EquityBlock
    current: EquityBlock
    subtitle: str
    header: BookHeader


@dataclass(frozen=True)
class NoteRow:
    """A row of a note's table: one value per column (rupiah, or a count where
    the column says so)."""

    label: str
    values: tuple[int, ...]
    code: str = ""
    is_total: bool = False
    level: int = 0


@dataclass(frozen=True)
class NoteTable:
    """A numbered note of the CaLK with its paragraphs and (optionally) a table."""

    number: str
    key: str
    title: str
    text: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[NoteRow, ...] = ()


@dataclass(frozen=True)
class Notes:
    """Catatan atas Laporan Keuangan: general information, the accounting
    policies, then the numbered notes with the figures behind the statements."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    general: tuple[tuple[str, str], ...]
    """(label, value) about the cooperative."""
    policies: tuple[NoteTable, ...]
    tables: tuple[NoteTable, ...]
    subtitle: str
    header: BookHeader

    def table(self, key: str) -> NoteTable:
        for item in self.tables:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class Signer:
    """A place to sign: the office (``Ketua``) and the name, blank when unknown."""

    role: str
    name: str


@dataclass(frozen=True)
class FinancialStatements:
    """The five statements of one period, with the pengurus who sign them."""

    header: BookHeader
    period: Period
    prior_period: Period
    balance_sheet: Statement
    income: Statement
    equity: EquityStatement
    cash_flow: Statement
    notes: Notes
    signers: tuple[Signer, ...]


# --- RAT book and SHU papers ------------------------------------------------------
# Built by kopdesk.services.closing.rat, laid out by kopdesk.reports.rat and
# kopdesk.reports.shu. Savings balances are credit-positive (the member's money),
# loan outstanding debit-positive (what the member owes).


@dataclass(frozen=True)
class SexCount:
    """Men (``L``) and women (``P``)."""

    men: int = 0
    women: int = 0

    @property
    def total(self) -> int:
        return self.men + self.women


@dataclass(frozen=True)
class MembershipStats:
    """Members (status ``aktif``) at the start and the end of a tahun buku by sex,
    and the moves in between: ``at_start + joined − left = at_end`` for men and
    for women (checked when built). A member who joins and leaves within the
    year counts in both; a re-joining member counts as joining again."""

    year: int
    start: dt.date
    end: dt.date
    at_start: SexCount
    joined: SexCount
    left: SexCount
    left_by_status: tuple[tuple[str, SexCount], ...]
    """(Indonesian label, count) for ``Keluar``, ``Meninggal``, ``Diberhentikan``;
    they add up to ``left``."""
    at_end: SexCount
    candidates_at_end: SexCount
    """Calon anggota (not yet members) at the end of the year."""


@dataclass(frozen=True)
class RatOfficer:
    """A pengurus or pengawas serving at the end of the year."""

    role: str
    """Indonesian label: ``Ketua``, ``Sekretaris``, ``Pengawas`` …"""
    member_number: str
    name: str
    term_start: dt.date
    term_end: dt.date | None


@dataclass(frozen=True)
class RatSavingsRow:
    """One savings product at the start (the day before the year) and at the end."""

    product_name: str
    kind_label: str
    members_start: int
    balance_start: int
    members_end: int
    balance_end: int
    change: int
    """``balance_end − balance_start``."""


@dataclass(frozen=True)
class RatLoanRow:
    """One loan product: loans disbursed within the year and running at its end."""

    product_name: str
    disbursed_count: int
    disbursed: int
    loans_end: int
    outstanding_end: int
    npl: int


@dataclass(frozen=True)
class RatGradeRow:
    """Kolektibilitas at the end of the year."""

    grade: str
    """``Lancar``, ``Kurang lancar``, ``Diragukan``, ``Macet``."""
    code: str
    """``L``, ``KL``, ``D``, ``M``."""
    loans: int
    outstanding: int
    share: Decimal
    """Percent of the outstanding total, two decimals."""
    allowance_percent: Decimal
    required: int


@dataclass(frozen=True)
class RatLoans:
    rows: tuple[RatLoanRow, ...]
    total_disbursed_count: int
    total_disbursed: int
    total_loans_end: int
    total_outstanding_end: int
    grades: tuple[RatGradeRow, ...]
    npl: int
    npl_percent: Decimal
    allowance_required: int
    allowance_formed: int


@dataclass(frozen=True)
class ShuPartRow:
    """One part of the SHU as the AD/ART or the RAT splits it."""

    key: str
    label: str
    percent: Decimal
    amount: int


@dataclass(frozen=True)
class ShuMemberRow:
    """A member's SHU: the bases (S_a, T_a), jasa modal, jasa usaha, total, paid."""

    number: str
    name: str
    modal_basis: int
    usaha_basis: int
    jasa_modal: int
    jasa_usaha: int
    total: int
    paid: int


@dataclass(frozen=True)
class ShuListReport:
    """Daftar pembagian SHU of a year: the parts of the pool and every member's share.

    ``pool`` is the SHU the plan shares: the year's SHU (``shu_total``) less
    ``non_member``, the SHU from business with non-members set apart to cadangan.
    ``sum(parts.amount) == pool``; the members' jasa modal add up to the jasa modal
    part and their jasa usaha to the jasa usaha part, less ``undistributed`` (a
    part nobody had a basis for) — checked when built."""

    header: BookHeader
    year: int
    pool: int
    parts: tuple[ShuPartRow, ...]
    modal_basis_label: str
    usaha_basis_label: str
    include_sukarela: bool
    decision: str
    posted: bool
    rows: tuple[ShuMemberRow, ...]
    total_modal_basis: int
    total_usaha_basis: int
    total_jasa_modal: int
    total_jasa_usaha: int
    total: int
    total_paid: int
    undistributed: int
    non_member: int = 0
    non_member_income: int = 0
    """The year's income from non-members (42xx)."""
    income_total: int = 0
    """All the year's income: ``non_member = shu_total × non_member_income / income_total``."""

    @property
    def shu_total(self) -> int:
        """The year's SHU: what the plan shares and the non-members' part."""
        return self.pool + self.non_member


@dataclass(frozen=True)
class ShuSlip:
    """One member's SHU slip with the numbers of both formulas.

    ``modal_exact = modal_basis / modal_total × modal_part`` before rounding to
    the rupiah (two decimals); ``jasa_modal`` is the member's rupiah after the
    exact largest-remainder split (they differ by less than one rupiah).
    ``modal_part = modal_percent × pool`` split exactly; the same for usaha."""

    member_number: str
    member_name: str
    modal_basis: int
    modal_total: int
    modal_percent: Decimal
    modal_part: int
    modal_exact: Decimal
    jasa_modal: int
    usaha_basis: int
    usaha_total: int
    usaha_percent: Decimal
    usaha_part: int
    usaha_exact: Decimal
    jasa_usaha: int
    total: int
    total_words: str
    paid: int
    paid_method: str
    """``tunai``, ``sukarela`` or empty (not paid yet)."""
    paid_on: dt.date | None
    receipt_number: str


@dataclass(frozen=True)
class ShuSlipsReport:
    header: BookHeader
    year: int
    pool: int
    modal_basis_label: str
    usaha_basis_label: str
    posted: bool
    slips: tuple[ShuSlip, ...]


@dataclass(frozen=True)
class ShuReceipt:
    """Kuitansi of one SHU payment (cash, or credited to simpanan sukarela)."""

    header: BookHeader
    number: str
    year: int
    date: dt.date
    member_number: str
    member_name: str
    amount: int
    amount_words: str
    method: str
    """``tunai`` or ``sukarela``."""
    savings_account: str
    """The sukarela account credited (empty for cash)."""
    jasa_modal: int
    jasa_usaha: int
    entry_number: str
    teller: str


@dataclass(frozen=True)
class RapbRow:
    """One line of the RAPB: realisation this year, budget for next year (rupiah).

    ``kelompok`` is ``pendapatan``, ``beban`` or empty; with it the RAT book
    adds the totals and the planned surplus."""

    uraian: str
    realisasi: int
    anggaran: int
    kelompok: str = ""


@dataclass(frozen=True)
class RapbTotals:
    income_realisasi: int
    income_anggaran: int
    expense_realisasi: int
    expense_anggaran: int
    surplus_realisasi: int
    surplus_anggaran: int


@dataclass(frozen=True)
class RatText:
    """A text the pengurus wrote for the book (empty: not written yet)."""

    key: str
    title: str
    body: str


@dataclass(frozen=True)
class RatMemberRow:
    """One member's balances at the end of the year and SHU of the year."""

    number: str
    name: str
    pokok: int
    wajib: int
    sukarela: int
    berjangka: int
    loan: int
    shu: int


@dataclass(frozen=True)
class RatShu:
    """The SHU chapter: the pool, its parts, the bases and the members' shares.

    ``note`` says why there is nothing to share (a loss, no plan) when ``report``
    is None."""

    report: ShuListReport | None
    note: str = ""


@dataclass(frozen=True)
class RatBook:
    """Everything the RAT book prints for tahun buku ``year`` (``start``–``end``).

    ``statements`` are the year's financial statements (laid out by
    ``kopdesk.reports.statements``), or None with ``statements_note`` saying why.
    ``members_total`` holds the column totals of ``members`` (name ``Jumlah``)."""

    header: BookHeader
    year: int
    start: dt.date
    end: dt.date
    coop_type_label: str
    legal_date: dt.date | None
    closed: bool
    membership: MembershipStats
    pengurus: tuple[RatOfficer, ...]
    pengawas: tuple[RatOfficer, ...]
    savings: tuple[RatSavingsRow, ...]
    savings_total_start: int
    savings_total_end: int
    savings_total_change: int
    loans: RatLoans
    statements: FinancialStatements | None
    statements_note: str
    shu: RatShu
    texts: tuple[RatText, ...]
    rapb: tuple[RapbRow, ...]
    rapb_totals: RapbTotals | None
    members: tuple[RatMemberRow, ...]
    members_total: RatMemberRow
