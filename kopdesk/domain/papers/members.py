"""Paper data of members: the member register (Buku Daftar Anggota), member
cards, the member profile and the settlement of a leaving member
(penyelesaian hak dan kewajiban anggota keluar).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "ExitLoanLine",
    "ExitSavingsLine",
    "MemberCard",
    "MemberCardsReport",
    "MemberExitReport",
    "MemberProfileReport",
    "MemberRegisterReport",
    "MemberRegisterRow",
]


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
