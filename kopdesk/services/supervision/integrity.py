"""Checking that the books were not changed behind kopdesk's back.

Recomputes the journal, audit and seal hash chains; compares every sealed row and
every database guard with its seal (``seal_check.py``); checks that no entry was
posted into a year while it was closed and that the book's running debit total is
the journal's; and compares the chains with their anchors outside the book (the
file beside it, the backup folder, backups' notes), so a history cut short or
rewritten from some point on is found. Each problem is named in Indonesian: which
record, row (table and key) or guard was changed, inserted or deleted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from kopdesk.domain.chain import (
    GENESIS,
    Anchor,
    ChainHead,
    Problem,
    audit_record,
    entry_record,
    link_hash,
    seal_record,
)
from kopdesk.domain.dates import format_datetime
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.models import AuditRecord, DocSequence, JournalEntry, JournalLine, RowSeal
from kopdesk.services.base.access import authorize
from kopdesk.services.base.chains import AUDIT, JOURNAL, head
from kopdesk.services.base.seals import SEAL
from kopdesk.services.supervision import seal_check

__all__ = ["BookVerification", "Problem", "missing_numbers", "verify_books"]

_NUMBER = re.compile(r"^(?P<series>.+)-(?P<n>\d{6})$")
_LABEL = {JOURNAL: "jurnal", AUDIT: "audit", SEAL: "segel"}


@dataclass(frozen=True)
class BookVerification:
    entries_checked: int
    audit_checked: int
    problems: tuple[Problem, ...]
    seals_checked: int = 0
    anchors_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        if self.ok:
            anchored = (
                f"; {self.anchors_checked} jangkar di luar buku cocok"
                if self.anchors_checked
                else ""
            )
            return (
                f"Buku utuh: {self.entries_checked} jurnal, {self.audit_checked} catatan audit "
                f"dan {self.seals_checked} segel isi cocok dengan rantai sidik jarinya{anchored}."
            )
        return f"Buku telah diubah di luar kopdesk: {self.problems[0].message}"


def verify_books(
    session: Session, actor: Actor, anchors: Sequence[Anchor] = ()
) -> BookVerification:
    """Recompute the chains and compare the rows, guards and anchors; the problems
    found, first one first."""
    authorize(session, actor, Permission.BOOKS_VERIFY)
    return verify_books_unchecked(session, anchors)


def verify_books_unchecked(session: Session, anchors: Sequence[Anchor] = ()) -> BookVerification:
    """:func:`verify_books` for the integrity check, which runs before anyone signs in."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for anchor in anchors:
        for h in anchor.heads:
            wanted[h.chain].add(h.length)
    journal = _verify_journal(session, wanted[JOURNAL])
    audit = _verify_audit(session, wanted[AUDIT])
    seals = _verify_seals(session, wanted[SEAL])
    conn = session.connection()
    problems = (
        journal.problems
        + seal_check.closed_year_postings(conn, journal.entries)
        + audit.problems
        + seals.problems
        + seal_check.check_rows(conn)
        + seal_check.ledger_total_problems(conn, journal.debits)
        + seal_check.check_guards(conn)
        + _anchor_problems(anchors, {JOURNAL: journal, AUDIT: audit, SEAL: seals})
    )
    return BookVerification(
        entries_checked=journal.count,
        audit_checked=audit.count,
        problems=tuple(problems),
        seals_checked=seals.count,
        anchors_checked=len(anchors),
    )


@dataclass
class _Walk:
    """What walking one chain found."""

    count: int = 0
    length: int = 0
    """The last position found in order."""
    problems: list[Problem] = field(default_factory=list)
    at: dict[int, str] = field(default_factory=dict)
    """The stored hash at each position an anchor names."""
    entries: list[seal_check.PostedEntry] = field(default_factory=list)
    debits: int = 0


def _walk(
    session: Session,
    chain: str,
    records: Iterable[RowMapping],
    *,
    name: Callable[[RowMapping], str],
    content: Callable[[RowMapping], Mapping[str, object]],
    wanted: set[int],
) -> _Walk:
    """Walk a chain's records in ``chain_seq`` order (audit trail, seals)."""
    label = _LABEL[chain]
    walk = _Walk()
    prev, expected = GENESIS, 1
    for r in records:
        seq, stored = int(str(r["chain_seq"])), str(r["hash"])
        walk.count += 1
        if seq in wanted:
            walk.at[seq] = stored
        what = f"#{seq} ({name(r)})".replace(" ()", "")
        if seq != expected:
            gone = f"#{expected}" + (f" sampai #{seq - 1}" if seq - 1 > expected else "")
            walk.problems.append(
                Problem(label, gone, f"Catatan {label} {gone} hilang (dihapus di luar kopdesk).")
            )
        if link_hash(str(r["prev_hash"]), content(r)) != stored:
            walk.problems.append(
                Problem(label, what, f"Catatan {label} {what} telah diubah di luar kopdesk.")
            )
        elif r["prev_hash"] != prev and seq == expected:
            walk.problems.append(
                Problem(
                    label,
                    what,
                    f"Rantai {label} terputus di catatan {what}: ada catatan yang disisipkan.",
                )
            )
        prev, expected = stored, seq + 1
    walk.length = expected - 1
    walk.problems += _head_problems(session, chain, label, (walk.length, prev), walk.count > 0)
    return walk


def _verify_audit(session: Session, wanted: set[int]) -> _Walk:
    rows = session.execute(
        select(*AuditRecord.__table__.columns).order_by(AuditRecord.chain_seq)
    ).mappings()
    return _walk(
        session,
        AUDIT,
        rows,
        name=lambda r: f"{r['action']} {r['ref']}".strip(),
        content=lambda r: audit_record(dict(r)),
        wanted=wanted,
    )


def _verify_seals(session: Session, wanted: set[int]) -> _Walk:
    rows = session.execute(
        select(*RowSeal.__table__.columns).order_by(RowSeal.chain_seq)
    ).mappings()
    return _walk(
        session,
        SEAL,
        rows,
        name=lambda r: f"{r['tbl']} {r['row_key']}",
        content=lambda r: seal_record(dict(r)),
        wanted=wanted,
    )


def _verify_journal(session: Session, wanted: set[int]) -> _Walk:
    # Core rows, not ORM objects: a large book has a million lines to hash.
    heads = [
        _Head(row) for row in session.execute(select(*JournalEntry.__table__.columns)).mappings()
    ]
    lines_by_entry: dict[int, list[dict[str, object]]] = defaultdict(list)
    walk = _Walk(count=len(heads))
    for line in session.execute(select(*JournalLine.__table__.columns)).mappings():
        lines_by_entry[line["entry_id"]].append(dict(line))
        if line["amount"] > 0:
            walk.debits += int(line["amount"])
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
        assert h.chain_seq is not None
        if h.chain_seq in wanted:
            walk.at[h.chain_seq] = str(h.hash)
        walk.entries.append(
            seal_check.PostedEntry(h.id, h.number, int(str(h.row["fiscal_year_id"])), h.chain_seq)
        )
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
        prev, expected = str(h.hash), h.chain_seq + 1
    walk.length = expected - 1
    problems += _head_problems(session, JOURNAL, "jurnal", (walk.length, prev), bool(chained))
    walk.problems = problems
    return walk


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
    session: Session, chain: str, label: str, last: tuple[int, str], any_records: bool
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
    if length < last_seq or (any_records and head_hash != last_hash):
        return [
            Problem(
                label,
                f"#{length}",
                f"Ujung rantai {label} tidak cocok: ada catatan yang disisipkan di luar kopdesk.",
            )
        ]
    return []


def _anchor_problems(anchors: Sequence[Anchor], walks: Mapping[str, _Walk]) -> list[Problem]:
    """Each chain against what the anchors outside the book recorded: shorter than an
    anchor (its tail was cut, or the book was replaced by an older copy), or another
    hash at an anchored position (its history was rewritten). One problem per chain
    and kind, naming the latest anchor that disagrees."""
    worst: dict[tuple[str, str], tuple[int, Anchor]] = {}
    for anchor in anchors:
        for h in anchor.heads:
            walk = walks.get(h.chain)
            if walk is None or h.length == 0:
                continue
            if walk.length < h.length:
                kind = "pendek"
            elif walk.at.get(h.length) != h.hash:
                kind = "beda"
            else:
                continue
            if (h.chain, kind) not in worst or worst[(h.chain, kind)][0] < h.length:
                worst[(h.chain, kind)] = (h.length, anchor)
    problems = []
    for (chain, kind), (length, anchor) in sorted(worst.items()):
        label, walk = _LABEL[chain], walks[chain]
        when = f" ({format_datetime(anchor.at)})" if anchor.at else ""
        if kind == "pendek":
            text = (
                f"Rantai {label} di buku hanya sampai urutan {walk.length}, padahal "
                f"{anchor.source}{when} mencatat urutan {length}: catatan terakhir dipotong di "
                "luar kopdesk, atau berkas buku diganti dengan salinan lama tanpa lewat Pulihkan."
            )
        else:
            text = (
                f"Rantai {label} di urutan {length} tidak sama dengan yang dicatat "
                f"{anchor.source}{when}: riwayat buku sampai di situ ditulis ulang di luar kopdesk."
            )
        problems.append(Problem("jangkar", f"{label} #{length}", text))
    return problems


def chain_heads_now(session: Session) -> tuple[ChainHead, ...]:
    """The chains' heads as stored (for a paper's anchor)."""
    return tuple(ChainHead(c, *head(session, c)) for c in (JOURNAL, AUDIT, SEAL))


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
