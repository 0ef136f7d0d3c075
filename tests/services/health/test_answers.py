"""The answers of the qualitative questions: stored per (scheme, year, key), saved only
by the pengawas and the ketua (and Admin), audited, and refused whole when one is wrong."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from kopdesk.models import AuditRecord
from kopdesk.services.base import settings
from kopdesk.services.health import answers, schemes
from kopdesk.storage.db import Book
from tests.helpers import Snapshot

PERDEP = Scheme.PERDEP_2016


def _save(book: Book, actor: Actor, values: dict[str, bool], year: int = 2025) -> int:
    with book.unit_of_work() as s:
        return schemes.save_answers(s, actor, PERDEP, year, values)


def test_saved_answers_are_read_back_and_audited(book: Book, actors: dict[Role, Actor]) -> None:
    pengawas, ketua = actors[Role.PENGAWAS], actors[Role.KETUA]
    assert _save(book, pengawas, {"perdep.umum.1": True, "perdep.aktiva.10": False}) == 2
    assert _save(book, ketua, {"perdep.umum.1": True, "perdep.aktiva.10": True}) == 1
    assert _save(book, ketua, {"perdep.umum.1": True}) == 0  # nothing changed: no record
    with book.read() as s:
        assert answers.answers(s, PERDEP, 2025) == {"perdep.aktiva.10": True, "perdep.umum.1": True}
        assert answers.answers(s, Scheme.KKPKK, 2025) == {}
        rows = {a.key: a for a in answers.answer_rows(s, PERDEP, 2025)}
        trail = s.execute(
            select(AuditRecord.username, AuditRecord.ref, AuditRecord.before, AuditRecord.after)
            .where(AuditRecord.action == "health.answer")
            .order_by(AuditRecord.chain_seq)
        ).all()
    assert (rows["perdep.umum.1"].answered_by, rows["perdep.aktiva.10"].answered_by) == (
        "pengawas",
        "ketua",
    )
    assert [(u, r, json.loads(b), json.loads(a)) for u, r, b, a in trail] == [
        ("pengawas", "perdep2016/2025", {"perdep.aktiva.10": "-", "perdep.umum.1": "-"},
         {"perdep.aktiva.10": "tidak", "perdep.umum.1": "ya"}),
        ("ketua", "perdep2016/2025", {"perdep.aktiva.10": "tidak"}, {"perdep.aktiva.10": "ya"}),
    ]  # fmt: skip


@pytest.mark.parametrize("role", [Role.BENDAHARA, Role.KASIR])
def test_a_role_without_the_right_is_refused_and_nothing_is_written(
    book: Book, actors: dict[Role, Actor], role: Role, snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    with pytest.raises(PermissionDeniedError, match="penilaian kesehatan"):
        _save(book, actors[role], {"perdep.umum.1": True})
    assert snapshot() == before


def test_an_unknown_key_year_or_scheme_writes_nothing(
    book: Book, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    ketua = actors[Role.KETUA]
    with pytest.raises(ValidationError, match=r"perdep\.umum\.13 tidak ada"):
        _save(book, ketua, {"perdep.umum.1": True, "perdep.umum.13": True})
    with pytest.raises(NotFoundError, match="2024"):
        _save(book, ketua, {"perdep.umum.1": True}, year=2024)
    with pytest.raises(ValidationError, match="tidak ada"), book.unit_of_work() as s:
        schemes.save_answers(s, ketua, Scheme.KKPKK, 2025, {"kkpkk.x": True})
    assert snapshot() == before


def test_the_generic_store_takes_any_scheme_and_its_keys(
    book: Book, actors: dict[Role, Actor]
) -> None:
    """The KKPKK checklists use the same table: the caller names the scheme's keys."""
    with book.unit_of_work() as s:
        answers.save_answers(
            s, actors[Role.PENGAWAS], Scheme.KKPKK, 2025, {"kkpkk.tk.1": True}, keys={"kkpkk.tk.1"}
        )
    with book.read() as s:
        assert answers.answers(s, Scheme.KKPKK, 2025) == {"kkpkk.tk.1": True}
        assert answers.answers(s, PERDEP, 2025) == {}


@pytest.mark.parametrize(
    ("text", "value"), [("ya", True), (" YA ", True), ("tidak", False), ("Tidak", False)]
)
def test_parse_value(text: str, value: bool) -> None:
    assert answers.parse_value(text) is value


@pytest.mark.parametrize("text", ["", "y", "yes", "1", "bukan"])
def test_parse_value_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValidationError, match="tulis ya atau tidak"):
        answers.parse_value(text)


def test_a_bad_scoring_table_is_refused_in_indonesian_and_a_good_one_audited(
    book: Book, admin: Actor, snapshot: Callable[[], Snapshot]
) -> None:
    table = settings.PERDEP_TABLES[0]
    before = snapshot()
    for bad, problem in (
        ("20:25,10:50,*:25", "batas harus naik"),
        ("20:25,40:50", "hanya band terakhir"),
        ("20:125,*:25", "antara 0 dan 100"),
        ("dua puluh:25,*:25", "bukan angka"),
        ("20-25,*:25", "titik dua"),
    ):
        with pytest.raises(ValidationError, match=problem), book.unit_of_work() as s:
            settings.change_text_setting(s, admin, table, bad)
    assert snapshot() == before
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, table, "30:50;*:75")
    with book.read() as s:
        after = s.execute(
            select(AuditRecord.ref, AuditRecord.before, AuditRecord.after).where(
                AuditRecord.action == "setting.change"
            )
        ).all()
    assert [r for r, _b, _a in after] == ["health.perdep.1a"]
    assert "20:25,40:50,60:100,80:50,*:25" in str(after[0][1])
    assert "30:50,*:75" in str(after[0][2])
