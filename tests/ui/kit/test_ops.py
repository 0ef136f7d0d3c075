"""ops.run: one unit of work, errors shown the same way, one changes_applied signal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kopdesk.domain.changes import Changes
from kopdesk.errors import DomainError, ValidationError
from kopdesk.services.ledger.accounts import get_account, rename_account
from kopdesk.ui.kit.ops import Ops, book_location
from tests.ui.helpers import Shown


def test_success_emits_changes_once(ops: Ops) -> None:
    seen: list[Changes] = []
    ops.changes_applied.connect(seen.append)
    result = ops.run(None, lambda s: rename_account(s, ops.actor, "1101", "Kas besar"))
    assert result is not None
    assert result.name == "Kas besar"
    assert seen == [Changes(accounts=True)]
    assert seen[0].balances


def test_refusal_is_shown_rolled_back_and_not_announced(ops: Ops, shown: Shown) -> None:
    seen: list[Changes] = []
    ops.changes_applied.connect(seen.append)

    def half_then_refuse(session: Session) -> None:
        rename_account(session, ops.actor, "1101", "Nama setengah jalan")
        raise DomainError("Ditolak.")

    assert ops.run(None, half_then_refuse) is None
    assert [e.message for e in shown.errors] == ["Ditolak."]
    assert seen == []
    with ops.book.read() as session:
        assert get_account(session, "1101").name == "Kas"


def test_validation_goes_to_the_form_when_asked(ops: Ops, shown: Shown) -> None:
    fields: list[str] = []

    def refuse(_session: Session) -> None:
        raise ValidationError("name", "Nama akun wajib diisi.")

    ops.run(None, refuse, on_validation=lambda e: fields.append(e.field))
    assert fields == ["name"]
    assert shown.errors == []
    ops.run(None, refuse)
    assert [e.message for e in shown.errors] == ["Nama akun wajib diisi."]


def test_read_shows_errors_and_returns_none(ops: Ops, shown: Shown) -> None:
    assert ops.read(None, lambda s: get_account(s, "9999")) is None
    assert "9999" in shown.errors[0].message
    assert book_location(ops).endswith("buku.sqlite")
