"""Checking that the books were not changed behind kopdesk's back.

Recomputes the journal and audit hash chains and names, in Indonesian, each
record that was changed, inserted or deleted outside kopdesk (for example
with an SQLite editor), and any database guard (trigger) that was removed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import RowMapping, inspect, select, text
from sqlalchemy.orm import Session

from kopdesk.domain.chain import GENESIS, audit_record, entry_record, link_hash
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.models import AuditRecord, DocSequence, JournalEntry, JournalLine
from kopdesk.services.access import authorize
from kopdesk.services.chains import AUDIT, JOURNAL, head

SQLITE_TRIGGERS = (
    "trg_journal_line_no_update",
    "trg_journal_line_no_delete",
    "trg_journal_entry_no_update",
    "trg_journal_entry_no_delete",
    "trg_journal_line_insert",
    "trg_journal_entry_seal",
    "trg_audit_log_no_update",
    "trg_audit_log_no_delete",
    "trg_chain_state_no_delete",
    "trg_document_no_delete",
    "trg_document_finalize_once",
    "trg_member_status_event_no_update",
    "trg_member_status_event_no_delete",
    "trg_member_no_delete",
    "trg_ledger_total_guard",
    "trg_ledger_total_no_delete",
)
_NUMBER = re.compile(r"^(?P<series>.+)-(?P<n>\d{6})$")


@dataclass(frozen=True)
class Problem:
    chain: str
    """``jurnal``, ``audit`` or ``basis data``."""
    ref: str
    message: str


@dataclass(frozen=True)
class BookVerification:
    entries_checked: int
    audit_checked: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        if self.ok:
            return (
                f"Buku utuh: {self.entries_checked} jurnal dan {self.audit_checked} catatan "
                "audit cocok dengan rantai sidik jarinya."
            )
        return f"Buku telah diubah di luar kopdesk: {self.problems[0].message}"


def verify_books(session: Session, actor: Actor) -> BookVerification:
    """Recompute both hash chains; the problems found, first one first."""
    authorize(session, actor, Permission.BOOKS_VERIFY)
    return verify_books_unchecked(session)


def verify_books_unchecked(session: Session) -> BookVerification:
    """:func:`verify_books` for the integrity check, which runs before anyone signs in."""
    entries, journal_problems = _verify_journal(session)
    audits, audit_problems = _verify_audit(session)
    return BookVerification(
        entries_checked=entries,
        audit_checked=audits,
        problems=tuple(journal_problems + audit_problems + _missing_guards(session)),
    )


def _missing_guards(session: Session) -> list[Problem]:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    present = set(
        session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    )
    return [
        Problem(
            "basis data",
            name,
            f"Pengaman basis data {name} dihapus; buku dibuka dengan program lain.",
        )
        for name in SQLITE_TRIGGERS
        if name not in present
    ]


def _verify_journal(session: Session) -> tuple[int, list[Problem]]:
    # Core rows, not ORM objects: a large book has a million lines to hash.
    heads = [
        _Head(row) for row in session.execute(select(*JournalEntry.__table__.columns)).mappings()
    ]
    lines_by_entry: dict[int, list[dict[str, object]]] = defaultdict(list)
    for line in session.execute(select(*JournalLine.__table__.columns)).mappings():
        lines_by_entry[line["entry_id"]].append(dict(line))
    problems = _orphan_lines(lines_by_entry, {h.id for h in heads})
    problems += missing_numbers(session, [h.number for h in heads])
    chained = sorted((h for h in heads if h.chain_seq is not None), key=lambda h: h.chain_seq or 0)
    for h in heads:
        if h.chain_seq is None or h.hash is None or h.prev_hash is None:
            problems.append(
                Problem("jurnal", h.number, f"Jurnal {h.number} disisipkan di luar kopdesk.")
            )
    prev, expected = GENESIS, 1
    for h in chained:
        record = entry_record(h.row, lines_by_entry.get(h.id, []))
        if h.chain_seq != expected and not _reported_gap(problems):
            problems.append(
                Problem("jurnal", h.number, f"Ada jurnal yang dihapus sebelum {h.number}.")
            )
        if link_hash(str(h.prev_hash), record) != h.hash:
            problems.append(
                Problem("jurnal", h.number, f"Jurnal {h.number} telah diubah di luar kopdesk.")
            )
        elif h.prev_hash != prev and h.chain_seq == expected:
            problems.append(
                Problem(
                    "jurnal",
                    h.number,
                    f"Rantai jurnal terputus di {h.number}: ada jurnal yang disisipkan "
                    "atau diganti sebelumnya.",
                )
            )
        prev, expected = str(h.hash), (h.chain_seq or 0) + 1
    problems += _head_problems(session, JOURNAL, "jurnal", (expected - 1, prev), chained)
    return len(heads), problems


def _reported_gap(problems: Sequence[Problem]) -> bool:
    return any("hilang" in p.message for p in problems if p.chain == "jurnal")


def _orphan_lines(lines: dict[int, list[dict[str, object]]], heads: set[int]) -> list[Problem]:
    return [
        Problem(
            "jurnal",
            f"baris {entry_id}",
            f"Ada baris jurnal tanpa jurnal (nomor jurnal internal {entry_id}); "
            "baris itu disisipkan di luar kopdesk.",
        )
        for entry_id in sorted(set(lines) - heads)
    ]


def missing_numbers(session: Session, numbers: Iterable[str]) -> list[Problem]:
    """Entry numbers are gap-free per series: a hole is a deleted entry."""
    seen: dict[str, set[int]] = defaultdict(set)
    for number in numbers:
        match = _NUMBER.match(number)
        if match:
            seen[match["series"]].add(int(match["n"]))
    issued = {
        str(key): int(last)
        for key, last in session.execute(select(DocSequence.key, DocSequence.last_value))
    }
    problems = []
    for series, last in sorted(issued.items()):
        if not series.startswith("JU-"):
            continue
        for n in range(1, last + 1):
            if n not in seen[series]:
                number = f"{series}-{n:06d}"
                problems.append(
                    Problem("jurnal", number, f"Jurnal {number} hilang (dihapus di luar kopdesk).")
                )
    return problems


def _head_problems(
    session: Session, chain: str, label: str, last: tuple[int, str], records: Sequence[object]
) -> list[Problem]:
    """Compare the chain's stored head with the last record found."""
    last_seq, last_hash = last
    length, head_hash = head(session, chain)
    if length > last_seq:
        return [
            Problem(
                label,
                f"#{last_seq + 1}",
                f"Catatan {label} terakhir (urutan {last_seq + 1} sampai {length}) hilang: "
                "dihapus di luar kopdesk.",
            )
        ]
    if length < last_seq or (records and head_hash != last_hash):
        return [
            Problem(
                label,
                f"#{length}",
                f"Ujung rantai {label} tidak cocok: ada catatan yang disisipkan di luar kopdesk.",
            )
        ]
    return []


def _verify_audit(session: Session) -> tuple[int, list[Problem]]:
    rows = session.execute(select(AuditRecord).order_by(AuditRecord.chain_seq)).scalars().all()
    problems: list[Problem] = []
    prev, expected = GENESIS, 1
    for r in rows:
        name = f"#{r.chain_seq} ({r.action} {r.ref})".strip()
        if r.chain_seq != expected:
            gone = f"#{expected}" + (
                f" sampai #{r.chain_seq - 1}" if r.chain_seq - 1 > expected else ""
            )
            problems.append(
                Problem("audit", gone, f"Catatan audit {gone} hilang (dihapus di luar kopdesk).")
            )
        if link_hash(r.prev_hash, audit_record(_row_dict(r))) != r.hash:
            problems.append(
                Problem("audit", name, f"Catatan audit {name} telah diubah di luar kopdesk.")
            )
        elif r.prev_hash != prev and r.chain_seq == expected:
            problems.append(
                Problem(
                    "audit",
                    name,
                    f"Rantai audit terputus di catatan {name}: ada catatan yang disisipkan.",
                )
            )
        prev, expected = r.hash, r.chain_seq + 1
    problems += _head_problems(session, AUDIT, "audit", (expected - 1, prev), rows)
    return len(rows), problems


def _row_dict(row: object) -> dict[str, object]:
    mapper = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


class _Head:
    """A journal entry header row with attribute access to what the check needs."""

    __slots__ = ("chain_seq", "hash", "id", "number", "prev_hash", "row")

    def __init__(self, row: RowMapping) -> None:
        self.row: dict[str, object] = dict(row)
        self.id: int = row["id"]
        self.number: str = row["number"]
        self.chain_seq: int | None = row["chain_seq"]
        self.prev_hash: str | None = row["prev_hash"]
        self.hash: str | None = row["hash"]
