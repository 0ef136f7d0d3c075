"""Fixtures for service tests."""

from __future__ import annotations

import pytest

from kopdesk.services.base import settings
from kopdesk.storage.db import Book


@pytest.fixture
def no_dual_control(book: Book) -> None:
    """Let single users reverse the test entries of 2025 (dated long before today)."""
    with book.unit_of_work() as session:
        settings.set_int(session, settings.REVERSAL_APPROVAL_DAYS, 3650)
