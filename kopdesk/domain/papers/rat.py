"""Paper data of the RAT book and the SHU papers (list, slips, receipts):
membership figures, officers, savings and loan summaries, the RAPB.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kopdesk.domain.health import Assessment
from kopdesk.domain.papers.common import BookHeader
from kopdesk.domain.papers.statements import FinancialStatements
from kopdesk.domain.papers.supervision import SupervisionReport

__all__ = [
    "MembershipStats",
    "RapbRow",
    "RapbTotals",
    "RatBook",
    "RatGradeRow",
    "RatLoanRow",
    "RatLoans",
    "RatMemberRow",
    "RatOfficer",
    "RatSavingsRow",
    "RatShu",
    "RatText",
    "SexCount",
    "ShuListReport",
    "ShuMemberRow",
    "ShuPartRow",
    "ShuReceipt",
    "ShuSlip",
    "ShuSlipsReport",
]


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
    health: Assessment | None = None
    """The year's health assessment, printed in the finance chapter; None prints nothing."""
    supervision: SupervisionReport | None = None
    """What the pengawas recorded in the year (cash counts, samples, findings), printed
    after the laporan pengawas; None when they recorded nothing."""
