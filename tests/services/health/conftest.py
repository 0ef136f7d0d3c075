"""Fixtures for the health assessment tests."""

from __future__ import annotations

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.storage.db import Book
from tests.conftest import PostFn
from tests.services.health import kkpkk_book


@pytest.fixture
def worked(
    book: Book, post: PostFn, admin: Actor, bendahara: Actor, actors: dict[Role, Actor]
) -> Book:
    """The hand-worked book of :mod:`tests.services.health.kkpkk_book`."""
    kkpkk_book.build(book, post, admin, bendahara, actors[Role.KASIR])
    return book
