"""Paper data shared by every kind of paper: who the cooperative is (the page
header) and who made a paper and when (the document stamp).

Report data are frozen DTOs that services fill with every number computed and
checked, and that ``kopdesk.reports`` lays out without adding anything up.
Amounts are integer rupiah. ``debit``/``credit`` columns are never negative;
a ``balance`` is debit-positive (a credit balance is negative).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "BookHeader",
    "DocumentStamp",
]


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
