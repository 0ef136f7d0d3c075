"""Users of a book: the first administrator, adding users, roles, passwords,
sign-in with lockout. Passwords are stored only as argon2id hashes.

Sign-in outcomes are returned, not raised, so the caller can commit the
failure count before telling the user (see ``kopdesk.app.auth``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import AppUser
from kopdesk.services.base import audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes

PRODUCTION_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
"""argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m=19 MiB, t=2,
p=1): about 0.05 s a check on a 2-core office PC, where the library's default (64 MiB,
t=3, p=4) took 0.10–0.15 s of every sign-in and CLI command and up to 1 s on a busy PC.
A book's older hashes are re-made with these parameters at the next sign-in."""
HASHER = PRODUCTION_HASHER
"""The hasher in use; tests swap in a cheaper one."""
ACTIVE_FIELD = "aktif"
"""The audit trail's name for a user's active flag (not a member or loan state)."""
MIN_PASSWORD = 8
USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")
_DUMMY_HASH: list[str] = []


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_login_at: dt.datetime | None

    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role, self.full_name)


@dataclass(frozen=True)
class LoginOutcome:
    """The result of a password check: ``actor`` on success, else ``message``."""

    actor: Actor | None
    message: str = ""
    must_change_password: bool = False


def _info(row: AppUser) -> UserInfo:
    return UserInfo(
        id=row.id,
        username=row.username,
        full_name=row.full_name,
        role=Role(row.role),
        active=row.active,
        locked_until=row.locked_until,
        must_change_password=row.must_change_password,
        last_login_at=row.last_login_at,
    )


def clean_username(name: str) -> str:
    """Lower-case user name; ``ValidationError`` unless 3–32 letters, digits, ``._-``."""
    clean = name.strip().lower()
    if not USERNAME.match(clean):
        raise ValidationError(
            "username",
            "Nama pengguna 3 sampai 32 huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "diawali huruf (misalnya siti.bendahara).",
        )
    return clean


def check_password(password: str, *, field: str = "password") -> None:
    """``ValidationError`` for a password too weak to protect the books."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(field, f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.")
    if password.strip() != password:
        raise ValidationError(field, "Kata sandi tidak boleh diawali atau diakhiri spasi.")
    if password.isdigit() or password.isalpha():
        raise ValidationError(field, "Kata sandi harus memuat huruf dan angka atau tanda baca.")


def has_users(session: Session) -> bool:
    return session.execute(select(func.count()).select_from(AppUser)).scalar_one() > 0


def _add(session: Session, username: str, full_name: str, role: Role, password: str) -> AppUser:
    name = clean_username(username)
    check_password(password)
    if session.execute(select(AppUser.id).where(AppUser.username == name)).first():
        raise ValidationError("username", f"Nama pengguna {name} sudah dipakai.")
    row = AppUser(
        username=name,
        full_name=" ".join(full_name.split())[:200],
        role=role.value,
        password_hash=HASHER.hash(password),
        active=True,
        must_change_password=False,
        failed_attempts=0,
        created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    return row


def create_first_admin(
    session: Session, username: str, password: str, full_name: str = ""
) -> UserInfo:
    """The book's first user, an Admin. Refused once the book has any user."""
    if has_users(session):
        raise DomainError("Buku ini sudah memiliki pengguna; masuk sebagai Admin untuk menambah.")
    row = _add(session, username, full_name, Role.ADMIN, password)
    info = _info(row)
    audit.record(session, info.actor(), "user.create", row.username, after={"role": row.role})
    return info


@causes(Changes(users=True))
def create_user(
    session: Session,
    actor: Actor,
    username: str,
    role: Role,
    password: str,
    *,
    full_name: str = "",
) -> UserInfo:
    """Add a user (Admin only). The new user must change the password at first sign-in."""
    authorize(session, actor, Permission.USERS_MANAGE)
    row = _add(session, username, full_name, Role(role), password)
    row.must_change_password = True
    session.flush()
    audit.record(
        session, actor, "user.create", row.username, after={"role": row.role, "nama": full_name}
    )
    return _info(row)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(r) for r in session.execute(select(AppUser).order_by(AppUser.username)).scalars()]


def get_user(session: Session, username: str) -> UserInfo:
    return _info(_row(session, username))


def _row(session: Session, username: str) -> AppUser:
    row = session.execute(
        select(AppUser).where(AppUser.username == username.strip().lower())
    ).scalar()
    if row is None:
        raise NotFoundError(f"Pengguna {username} tidak ada.")
    return row


@causes(Changes(users=True))
def set_role(session: Session, actor: Actor, username: str, role: Role) -> UserInfo:
    """Change a user's role (Admin only); the last active Admin keeps the role."""
    authorize(session, actor, Permission.USERS_MANAGE)
    row = _row(session, username)
    old = row.role
    if old == Role.ADMIN and role != Role.ADMIN:
        _keep_an_admin(session, row)
    row.role = Role(role).value
    session.flush()
    audit.record(
        session, actor, "user.role", row.username, before={"role": old}, after={"role": row.role}
    )
    return _info(row)


def _keep_an_admin(session: Session, row: AppUser) -> None:
    admins = session.execute(
        select(func.count()).where(AppUser.role == Role.ADMIN.value, AppUser.active)
    ).scalar_one()
    if admins <= 1 and row.active:
        raise DomainError("Buku harus tetap memiliki paling sedikit satu Admin yang aktif.")


@causes(Changes(users=True))
def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserInfo:
    """Deactivate or reactivate a user (Admin only). Users are never deleted."""
    authorize(session, actor, Permission.USERS_MANAGE)
    row = _row(session, username)
    if not active:
        if row.id == actor.user_id:
            raise DomainError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        if row.role == Role.ADMIN.value:
            _keep_an_admin(session, row)
    old = row.active
    row.active = active
    if active:
        row.failed_attempts, row.locked_until = 0, None
    session.flush()
    action = "user.activate" if active else "user.deactivate"
    audit.record(
        session,
        actor,
        action,
        row.username,
        before={ACTIVE_FIELD: old},
        after={ACTIVE_FIELD: active},
    )
    return _info(row)


@causes(Changes(users=True))
def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password; the old one must be right."""
    row = session.get(AppUser, actor.user_id)
    if row is None or not _verify(row.password_hash, old_password):
        raise ValidationError("old_password", "Kata sandi lama salah.")
    check_password(new_password, field="new_password")
    if new_password == old_password:
        raise ValidationError("new_password", "Kata sandi baru harus berbeda dari yang lama.")
    row.password_hash = HASHER.hash(new_password)
    row.must_change_password = False
    session.flush()
    audit.record(session, actor, "user.password_change", row.username)


@causes(Changes(users=True))
def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> UserInfo:
    """An Admin sets a temporary password and unlocks the user; recorded in the audit trail."""
    authorize(session, actor, Permission.USERS_MANAGE)
    row = _row(session, username)
    check_password(new_password)
    row.password_hash = HASHER.hash(new_password)
    row.must_change_password = row.id != actor.user_id
    row.failed_attempts, row.locked_until = 0, None
    session.flush()
    audit.record(session, actor, "user.password_reset", row.username)
    return _info(row)


@causes(Changes(users=True))
def require_new_password(session: Session, actor: Actor, username: str) -> UserInfo:
    """An Admin makes ``username`` (themself too) choose a new password at the next
    sign-in in the window; a password others know (a demo book's) is then not kept."""
    authorize(session, actor, Permission.USERS_MANAGE)
    row = _row(session, username)
    row.must_change_password = True
    session.flush()
    audit.record(session, actor, "user.require_new_password", row.username)
    return _info(row)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _burn_time(password: str) -> None:
    # Unknown names take as long as wrong passwords, so names cannot be probed.
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(HASHER.hash("kopdesk-dummy-password"))
    _verify(_DUMMY_HASH[0], password)


def verify_login(
    session: Session,
    username: str,
    password: str,
    *,
    purpose: str = "login",
    record_success: bool = True,
) -> LoginOutcome:
    """Check a password, counting failures and locking the user after too many.

    Never raises for a wrong password: returns the Indonesian message instead,
    after recording the failure, so the caller can commit it. A success is
    recorded (last sign-in, audit ``login.ok``) only with ``record_success``:
    a window session starts; a single CLI command writes nothing by signing in.
    """
    now = clock.now()
    name = username.strip().lower()
    row = session.execute(select(AppUser).where(AppUser.username == name)).scalar()
    wrong = "Nama pengguna atau kata sandi salah."
    if row is None:
        _burn_time(password)
        audit.record(session, None, f"{purpose}.failed", name, username=name or "?")
        return LoginOutcome(None, wrong)
    if not row.active:
        _burn_time(password)
        return LoginOutcome(None, f"Pengguna {row.username} sudah dinonaktifkan; hubungi Admin.")
    if row.locked_until is not None and row.locked_until > now:
        return LoginOutcome(None, _locked_message(row.locked_until))
    if not _verify(row.password_hash, password):
        return _record_failure(session, row, now, purpose, wrong)
    if row.failed_attempts or row.locked_until is not None:
        row.failed_attempts, row.locked_until = 0, None
    if HASHER.check_needs_rehash(row.password_hash):
        row.password_hash = HASHER.hash(password)
    actor = _info(row).actor()
    if record_success:
        row.last_login_at = now
        audit.record(session, actor, f"{purpose}.ok", row.username)
    session.flush()
    return LoginOutcome(actor, "", row.must_change_password)


def record_sign_out(session: Session, actor: Actor, *, handed_to: str = "") -> None:
    """Record the end of ``actor``'s window session (audit ``login.end``).

    ``handed_to`` names the user who signed in at the same window ("Ganti pengguna").
    """
    after = {"diganti_oleh": handed_to} if handed_to else None
    audit.record(session, actor, "login.end", actor.username, after=after)


def _record_failure(
    session: Session, row: AppUser, now: dt.datetime, purpose: str, wrong: str
) -> LoginOutcome:
    row.failed_attempts += 1
    limit = settings.get_int(session, settings.LOGIN_MAX_FAILURES)
    message = wrong
    if row.failed_attempts >= limit:
        minutes = settings.get_int(session, settings.LOGIN_LOCK_MINUTES)
        row.locked_until = now + dt.timedelta(minutes=minutes)
        row.failed_attempts = 0
        message = _locked_message(row.locked_until)
        audit.record(session, None, "user.locked", row.username, username=row.username)
    else:
        left = limit - row.failed_attempts
        message = f"{wrong} Sisa percobaan: {left}."
    session.flush()
    audit.record(session, None, f"{purpose}.failed", row.username, username=row.username)
    return LoginOutcome(None, message)


def _locked_message(until: dt.datetime) -> str:
    return (
        f"Akun dikunci karena terlalu banyak salah kata sandi, sampai pukul "
        f"{until:%H.%M}. Coba lagi nanti atau minta Admin membuka kuncinya."
    )
