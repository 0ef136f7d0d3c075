"""Users: the first Admin, passwords (argon2id), sign-in, lockout, resets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kopdesk.app.auth import sign_in
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import AuthenticationError, DomainError, ValidationError
from kopdesk.services.base import audit, settings, users
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD


def test_passwords_are_stored_only_as_argon2id_hashes(book_path: Path, book: Book) -> None:
    conn = sqlite3.connect(book_path)
    hashes = [h for (h,) in conn.execute("SELECT password_hash FROM app_user")]
    conn.close()
    assert len(hashes) == 5
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(PASSWORD in h for h in hashes)


def test_sign_in_gives_the_actor_with_the_role(book: Book) -> None:
    actor = sign_in(book, "  Bendahara ", PASSWORD)
    assert (actor.username, actor.role) == ("bendahara", Role.BENDAHARA)


@pytest.mark.parametrize(
    ("name", "password"), [("bendahara", "salah-sandi-1"), ("tidakada", PASSWORD)]
)
def test_wrong_name_or_password_get_the_same_message(book: Book, name: str, password: str) -> None:
    with pytest.raises(AuthenticationError, match="Nama pengguna atau kata sandi salah"):
        sign_in(book, name, password)


def test_lockout_after_repeated_failures_even_for_the_right_password(
    book: Book, book_path: Path, admin: Actor
) -> None:
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationError, match=f"Sisa percobaan: {5 - attempt}"):
            sign_in(book, "kasir", "bukan-sandinya-1")
    with pytest.raises(AuthenticationError, match="dikunci"):
        sign_in(book, "kasir", "bukan-sandinya-1")
    with pytest.raises(AuthenticationError, match="dikunci"):
        sign_in(book, "kasir", PASSWORD)
    with book.read() as s:
        assert users.get_user(s, "kasir").locked_until is not None
        actions = [
            a.action for a in audit.list_audit(s, admin, audit.AuditFilter(username="kasir"))
        ]
    assert actions.count("login.failed") == 5
    assert "user.locked" in actions
    # once the lock time has passed, the right password works again
    conn = sqlite3.connect(book_path)
    conn.execute(
        "UPDATE app_user SET locked_until = '2000-01-01 00:00:00' WHERE username = 'kasir'"
    )
    conn.commit()
    conn.close()
    assert sign_in(book, "kasir", PASSWORD).role is Role.KASIR


def test_lockout_threshold_is_a_setting(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.LOGIN_MAX_FAILURES, 3)
    for _ in range(2):
        with pytest.raises(AuthenticationError, match="Sisa"):
            sign_in(book, "kasir", "bukan-sandinya-1")
    with pytest.raises(AuthenticationError, match="dikunci"):
        sign_in(book, "kasir", "bukan-sandinya-1")


def test_admin_reset_unlocks_and_is_recorded(book: Book, admin: Actor) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            sign_in(book, "kasir", "bukan-sandinya-1")
    with book.unit_of_work() as s:
        info = users.reset_password(s, admin, "kasir", "sandi-baru-22")
    assert info.must_change_password
    assert info.locked_until is None
    actor = sign_in(book, "kasir", "sandi-baru-22")
    with book.unit_of_work() as s:
        users.change_password(s, actor, "sandi-baru-22", "sandi-kasir-33")
    assert sign_in(book, "kasir", "sandi-kasir-33").username == "kasir"
    with book.read() as s:
        entries = audit.list_audit(s, admin)
    resets = [e for e in entries if e.action == "user.password_reset"]
    assert [(e.username, e.ref) for e in resets] == [("admin", "kasir")]
    assert any(e.action == "user.password_change" and e.username == "kasir" for e in entries)


def test_change_password_needs_the_old_one_and_a_strong_new_one(book: Book) -> None:
    actor = sign_in(book, "bendahara", PASSWORD)
    with pytest.raises(ValidationError, match="lama salah"), book.unit_of_work() as s:
        users.change_password(s, actor, "salah-lama-1", "sandi-baru-99")
    for weak in ("pendek1", "12345678901", "hanyahurufsaja", " spasi-di-awal1"):
        with pytest.raises(ValidationError), book.unit_of_work() as s:
            users.change_password(s, actor, PASSWORD, weak)


def test_first_admin_only_once_and_new_users_must_change_password(
    tmp_path: Path, book: Book, admin: Actor
) -> None:
    with pytest.raises(DomainError, match="sudah memiliki pengguna"), book.unit_of_work() as s:
        users.create_first_admin(s, "admin2", PASSWORD)
    with book.unit_of_work() as s:
        info = users.create_user(s, admin, "Siti.Kasir", Role.KASIR, PASSWORD, full_name="Siti")
    assert (info.username, info.must_change_password) == ("siti.kasir", True)
    with pytest.raises(ValidationError, match="sudah dipakai"), book.unit_of_work() as s:
        users.create_user(s, admin, "siti.kasir", Role.KASIR, PASSWORD)
    with pytest.raises(ValidationError, match="Nama pengguna"), book.unit_of_work() as s:
        users.create_user(s, admin, "x", Role.KASIR, PASSWORD)
    empty = open_book(tmp_path / "kosong.sqlite", create=True)
    with pytest.raises(AuthenticationError, match="belum memiliki pengguna"):
        sign_in(empty, "admin", PASSWORD)
    empty.close()


def test_the_last_admin_stays_and_deactivated_users_cannot_sign_in(
    book: Book, admin: Actor
) -> None:
    with pytest.raises(DomainError, match="satu Admin"), book.unit_of_work() as s:
        users.set_role(s, admin, "admin", Role.KETUA)
    with pytest.raises(DomainError, match="sendiri"), book.unit_of_work() as s:
        users.set_active(s, admin, "admin", False)
    with book.unit_of_work() as s:
        users.set_active(s, admin, "pengawas", False)
    with pytest.raises(AuthenticationError, match="dinonaktifkan"):
        sign_in(book, "pengawas", PASSWORD)


def test_the_real_hasher_is_argon2id_at_owasps_minimum_or_stronger() -> None:
    # OWASP Password Storage Cheat Sheet: argon2id with m=19 MiB (19456 KiB), t=2, p=1.
    hasher = users.PRODUCTION_HASHER
    assert hasher.type.name == "ID"
    assert hasher.memory_cost >= 19_456
    assert hasher.time_cost >= 2
    assert hasher.memory_cost * hasher.time_cost >= 19_456 * 2


def test_a_hash_with_older_parameters_is_remade_at_the_next_sign_in(
    book: Book, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argon2 import PasswordHasher, extract_parameters

    def stored() -> str:
        conn = sqlite3.connect(book_path)
        (value,) = conn.execute(
            "SELECT password_hash FROM app_user WHERE username = 'kasir'"
        ).fetchone()
        conn.close()
        return str(value)

    old = extract_parameters(stored())
    newer = PasswordHasher(time_cost=old.time_cost + 1, memory_cost=16, parallelism=1)
    monkeypatch.setattr(users, "HASHER", newer)
    assert sign_in(book, "kasir", PASSWORD).username == "kasir"
    remade = extract_parameters(stored())
    assert (remade.time_cost, remade.memory_cost) == (old.time_cost + 1, 16)
    assert newer.verify(stored(), PASSWORD)
    # the new hash still signs in, and a wrong password still fails
    assert sign_in(book, "kasir", PASSWORD).username == "kasir"
    with pytest.raises(AuthenticationError):
        sign_in(book, "kasir", "bukan-sandinya-1")
