"""Every writing service declares which parts of the book it changes (issue 15):
``@causes(...)`` records it in the unit of work's session once the service returns,
and the windows' ``Ops`` tells the pages what the services declared."""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kopdesk.domain.changes import NOTHING, Changes
from kopdesk.domain.permissions import Actor
from kopdesk.errors import DomainError, ValidationError
from kopdesk.services.base import settings
from kopdesk.services.base.changes import causes, declared, record
from kopdesk.services.ledger.accounts import rename_account
from kopdesk.services.ledger.journal import EntryInput, LineInput, post_entry
from kopdesk.storage.db import Book

SERVICES = Path(__file__).resolve().parents[3] / "kopdesk" / "services"

NOT_DECLARING = {
    ("base/audit.py", "list_audit"): "reads the audit trail (authorizes a read)",
    ("base/audit.py", "audit_usernames"): "reads the audit trail (authorizes a read)",
    ("base/settings.py", "change_settings"): "declares per setting with record(): "
    "backup settings are backups, the others users",
    ("base/settings.py", "change_text_settings"): "declares per setting with record(): "
    "backup settings are backups, the others users",
    ("closing/yearend.py", "check_close"): "checks whether a year may close (a read)",
    ("ledger/documents.py", "verify_document"): "checks a printed paper (a read)",
    ("setup/book.py", "create_book"): "creates the book before any window or Ops exists",
    ("supervision/integrity.py", "verify_books"): "checks the books (a read)",
}
"""Public services that call ``authorize(`` without ``@causes``, each with its reason."""


def test_a_declaring_service_records_its_changes_in_the_session(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        assert declared(s) == NOTHING
        rename_account(s, admin, "1101", "Kas besar")
        assert declared(s) == Changes(accounts=True)


def test_nested_and_successive_declarations_are_united(book: Book, bendahara: Actor) -> None:
    @causes(Changes(members=True))
    def outer(session: Session, actor: Actor) -> str:
        entry = EntryInput(
            dt.date(2025, 6, 1), "Setoran", [LineInput("1101", 5_000), LineInput("3202", -5_000)]
        )
        return post_entry(session, entry, actor=actor).number

    with book.unit_of_work() as s:
        outer(s, bendahara)
        assert declared(s) == Changes(journal=True, members=True)
        record(s, Changes(savings=True))
        assert declared(s) == Changes(journal=True, members=True, savings=True)


def test_a_refused_service_declares_nothing(book: Book, admin: Actor) -> None:
    @causes(Changes(journal=True))
    def refuse(_session: Session) -> None:
        raise DomainError("Ditolak.")

    with book.unit_of_work() as s:
        with pytest.raises(DomainError):
            refuse(s)
        assert declared(s) == NOTHING
        with pytest.raises(ValidationError):
            rename_account(s, admin, "1101", "")
        assert declared(s) == NOTHING


def test_settings_declare_backups_or_users_by_the_setting(book: Book, admin: Actor) -> None:
    with book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.BACKUP_DAILY, 10)
        assert declared(s) == Changes(backups=True)
    with book.unit_of_work() as s:
        settings.change_setting(s, admin, settings.LOAN_GRADE_KL, 60)
        assert declared(s) == Changes(users=True)


def test_the_union_covers_every_field() -> None:
    for field in fields(Changes):
        one = Changes(**{field.name: True})
        assert NOTHING | one == one
        assert one | NOTHING == one
    assert Changes(journal=True) | Changes(profile=True) == Changes(journal=True, profile=True)


def test_causes_keeps_the_function_s_name_and_declaration() -> None:
    assert rename_account.__name__ == "rename_account"
    assert rename_account.__kopdesk_causes__ == Changes(accounts=True)  # type: ignore[attr-defined]


def _is_causes(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", None)
    return name == "causes"


def _calls(function: ast.FunctionDef, name: str) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called == name:
                return True
    return False


def test_every_public_service_that_authorizes_declares_its_changes() -> None:
    undeclared: list[str] = []
    exempt_seen: set[tuple[str, str]] = set()
    for path in sorted(SERVICES.rglob("*.py")):
        rel = path.relative_to(SERVICES).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            if not _calls(node, "authorize") or any(map(_is_causes, node.decorator_list)):
                continue
            if (rel, node.name) in NOT_DECLARING:
                exempt_seen.add((rel, node.name))
            else:
                undeclared.append(f"{rel}:{node.name}")
    assert undeclared == []
    assert exempt_seen == set(NOT_DECLARING), "an exemption no longer needed: remove it"
