"""Dual control: an old entry is reversed only with a second user's password."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app.auth import request_approval
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import ApprovalRequiredError, AuthenticationError
from kopdesk.services.base import audit, settings
from kopdesk.services.ledger import journal
from kopdesk.storage.db import Book
from tests.conftest import PASSWORD, TODAY, PostFn
from tests.helpers import take_snapshot

D = dt.date.fromisoformat
REVERSE = Permission.JOURNAL_REVERSE


@pytest.fixture
def old_entry(post: PostFn) -> str:
    """An entry of March 2025: far more than 30 days before today."""
    return post("2025-03-01", [("5205", 400_000), ("1101", -400_000)], "Bayar listrik").number


def reverse(book: Book, actor: Actor, number: str, grant: int | None = None) -> journal.EntryInfo:
    with book.unit_of_work() as s:
        return journal.reverse_entry(s, number, D("2025-03-05"), actor=actor, approval=grant)


def test_an_old_entry_needs_a_second_user(book: Book, bendahara: Actor, old_entry: str) -> None:
    before = take_snapshot(book)
    with pytest.raises(ApprovalRequiredError) as caught:
        reverse(book, bendahara, old_entry)
    assert caught.value.permission == REVERSE.value
    assert take_snapshot(book) == before


def test_the_chair_approves_and_the_audit_trail_names_both(
    book: Book, bendahara: Actor, admin: Actor, old_entry: str
) -> None:
    grant = request_approval(book, bendahara, "ketua", PASSWORD, REVERSE)
    mirror = reverse(book, bendahara, old_entry, grant)
    assert mirror.reversal_of == old_entry
    with book.read() as s:
        trail = audit.list_audit(s, admin)
    used = next(e for e in trail if e.action == "approval.use")
    assert (used.username, used.ref, used.after) == (
        "bendahara",
        old_entry,
        {"disetujui_oleh": "ketua"},
    )
    assert any(e.action == "approval.grant" and e.username == "ketua" for e in trail)


@pytest.mark.parametrize(
    ("approver", "password", "message"),
    [
        ("bendahara", PASSWORD, "pengguna lain"),
        ("kasir", PASSWORD, "tidak berhak menyetujui"),
        ("pengawas", PASSWORD, "tidak berhak menyetujui"),
        ("ketua", "salah-sandi-1", "kata sandi salah"),
    ],
)
def test_refused_approvals(
    book: Book, bendahara: Actor, old_entry: str, approver: str, password: str, message: str
) -> None:
    with pytest.raises(AuthenticationError, match=message):
        request_approval(book, bendahara, approver, password, REVERSE)
    with pytest.raises(ApprovalRequiredError):
        reverse(book, bendahara, old_entry)


def test_an_approval_is_used_once_by_its_requester_for_its_action(
    book: Book, actors: dict[Role, Actor], post: PostFn, old_entry: str
) -> None:
    bendahara, admin = actors[Role.BENDAHARA], actors[Role.ADMIN]
    other = post("2025-03-02", [("5205", 1_000), ("1101", -1_000)]).number
    grant = request_approval(book, bendahara, "ketua", PASSWORD, REVERSE)
    with pytest.raises(ApprovalRequiredError):  # someone else cannot use it
        reverse(book, admin, old_entry, grant)
    reverse(book, bendahara, old_entry, grant)
    with pytest.raises(ApprovalRequiredError):  # nor can it be used twice
        reverse(book, bendahara, other, grant)
    wrong_action = request_approval(book, bendahara, "ketua", PASSWORD, Permission.YEAR_REOPEN)
    with pytest.raises(ApprovalRequiredError):
        reverse(book, bendahara, other, wrong_action)


def test_an_approval_expires(book: Book, book_path: Path, bendahara: Actor, old_entry: str) -> None:
    grant = request_approval(book, bendahara, "ketua", PASSWORD, REVERSE)
    conn = sqlite3.connect(book_path)
    conn.execute("UPDATE approval_grant SET created_at = '2025-01-01 00:00:00'")
    conn.commit()
    conn.close()
    with pytest.raises(ApprovalRequiredError):
        reverse(book, bendahara, old_entry, grant)


def test_the_age_threshold_is_a_setting(book: Book, bendahara: Actor, post: PostFn) -> None:
    """Reversal needs a second user only when the entry is *older* than the setting."""
    number = post("2025-12-31", [("1101", 1_000), ("3201", -1_000)]).number
    age = (TODAY - D("2025-12-31")).days
    with book.unit_of_work() as s:
        settings.set_int(s, settings.REVERSAL_APPROVAL_DAYS, age - 1)
    with pytest.raises(ApprovalRequiredError), book.unit_of_work() as s:
        journal.reverse_entry(s, number, D("2025-12-31"), actor=bendahara)
    with book.unit_of_work() as s:
        settings.set_int(s, settings.REVERSAL_APPROVAL_DAYS, age)
        journal.reverse_entry(s, number, D("2025-12-31"), actor=bendahara)


def close_2025(book_path: Path) -> None:
    conn = sqlite3.connect(book_path)
    conn.execute("UPDATE fiscal_year SET status = 'closed' WHERE year = 2025")
    conn.commit()
    conn.close()


def test_reopening_a_closed_year_needs_a_reason_and_a_second_user(
    book: Book, book_path: Path, actors: dict[Role, Actor]
) -> None:
    from kopdesk.errors import PermissionDeniedError, ValidationError
    from kopdesk.services.ledger import books

    close_2025(book_path)
    ketua = actors[Role.KETUA]
    why = "Koreksi penyusutan sesuai catatan pemeriksa"
    with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
        books.reopen_fiscal_year(s, actors[Role.BENDAHARA], 2025, why, approval=None)
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        books.reopen_fiscal_year(s, ketua, 2025, "salah", approval=None)
    with pytest.raises(ApprovalRequiredError), book.unit_of_work() as s:
        books.reopen_fiscal_year(s, ketua, 2025, why, approval=None)
    grant = request_approval(book, ketua, "bendahara", PASSWORD, Permission.YEAR_REOPEN)
    with book.unit_of_work() as s:
        assert books.reopen_fiscal_year(s, ketua, 2025, why, approval=grant).is_open
    with book.read() as s:
        record = audit.list_audit(s, actors[Role.ADMIN], audit.AuditFilter(action="year.reopen"))[0]
    assert record.after == {"status": "open", "alasan": why, "disetujui_oleh": "bendahara"}
