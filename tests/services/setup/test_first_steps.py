"""Langkah pertama: each step is ticked from what the book holds, however it was done."""

from __future__ import annotations

from pathlib import Path

from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.base import audit, users
from kopdesk.services.ledger.books import ProfileInput, get_profile, update_profile
from kopdesk.services.savings.products import list_products
from kopdesk.services.setup.first_steps import STEPS, first_steps
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD, PostFn
from tests.ui.member_data import import_members


def done(book: Book) -> dict[str, bool]:
    with book.read() as session:
        steps = first_steps(session)
    return {step.key: step.done for step in steps.steps}


def test_a_new_book_has_only_its_profile_and_users(book: Book) -> None:
    """The test book has a full profile and a user per role, nothing else yet."""
    assert done(book) == {
        "profile": True,
        "users": True,
        "products": False,
        "opening": False,
        "members": False,
    }
    assert tuple(done(book)) == STEPS


def test_users_are_ticked_only_when_someone_besides_the_admin_can_sign_in(
    book: Book, admin: Actor
) -> None:
    with book.unit_of_work() as session:
        for user in users.list_users(session):
            if user.role is not Role.ADMIN:
                users.set_active(session, admin, user.username, False)
    assert done(book)["users"] is False
    with book.unit_of_work() as session:
        users.create_user(session, admin, "siti", Role.KASIR, PASSWORD, full_name="Siti")
    assert done(book)["users"] is True


def test_opening_balances_members_and_products_tick_their_steps(
    book: Book, bendahara: Actor, post: PostFn, tmp_path: Path
) -> None:
    post("2025-01-01", [("1101", 5_000_000), ("3901", -5_000_000)], "Saldo awal kas")
    assert done(book)["opening"] is True
    assert done(book)["members"] is False
    import_members(book, bendahara, 3, tmp_path)
    assert done(book)["members"] is True
    with book.unit_of_work() as session:  # what update_product records on every save
        audit.record(session, bendahara, "savings.product", list_products(session)[0].code)
    with book.read() as session:
        steps = first_steps(session)
    assert steps.all_done
    assert steps.done_count == len(STEPS)


def test_an_empty_legal_number_leaves_the_profile_step_open(book: Book, admin: Actor) -> None:
    with book.read() as session:
        profile = get_profile(session)
    assert done(book)["profile"] is True
    emptied = ProfileInput(
        name=profile.name,
        coop_type=profile.coop_type,
        legal_number="",
        address=profile.address,
        fiscal_year_start_month=profile.fiscal_year_start_month,
    )
    with book.unit_of_work() as session:
        update_profile(session, admin, emptied)
    assert done(book)["profile"] is False
