"""Creating a book: the one action that touches the ledger, savings and loans at
once, so it lives above them (``services/ledger/books`` keeps the profile and the
fiscal years, each product module its own defaults).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import DomainError
from kopdesk.models import CooperativeProfile
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.ledger import books
from kopdesk.services.ledger.books import Profile, ProfileInput
from kopdesk.services.loans import products as loan_products
from kopdesk.services.savings import products as savings_products

__all__ = ["create_book"]


def create_book(session: Session, data: ProfileInput, first_year: int, *, actor: Actor) -> Profile:
    """Set up a new book: profile, the koperasi chart of accounts, first fiscal year.

    ``actor`` is the book's first Admin (``users.create_first_admin``).
    Raises ``ValidationError`` for bad input and ``DomainError`` if the book
    already has a profile.
    """
    authorize(session, actor, Permission.PROFILE_EDIT)
    clean = books.validate_profile(data)
    books.check_year(first_year)
    if books.book_exists(session):
        raise DomainError("Buku ini sudah dibuat; data koperasi dapat diubah di Pengaturan.")
    session.add(
        CooperativeProfile(
            id=1,
            book_uid=str(uuid.uuid4()),
            name=clean.name,
            coop_type=clean.coop_type.value,
            legal_number=clean.legal_number,
            legal_date=clean.legal_date,
            nik_koperasi=clean.nik_koperasi,
            address=clean.address,
            fiscal_year_start_month=clean.fiscal_year_start_month,
            created_at=clock.now(),
        )
    )
    books.seed_chart(session)
    savings_products.seed_products(session)
    loan_products.seed_products(session)
    profile = books.get_profile(session)
    audit.record(session, actor, "book.create", profile.name, after=books.profile_fields(profile))
    books.open_fiscal_year(session, actor, first_year)
    return profile
