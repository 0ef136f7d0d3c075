"""Hash chains that make the books tamper-evident.

Each record's hash covers the previous record's hash and the record's own
canonical content, so changing, inserting or deleting a record anywhere
breaks the chain from that point on. The canonical form (``v1``) must never
change: old books are verified with it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

GENESIS = "0" * 64
"""The ``prev_hash`` of a chain's first record."""


def _plain(value: object) -> str:
    """JSON for the values the encoder does not know: dates and times as ISO text."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in a hash chain")


def canonical(record: Mapping[str, object] | Sequence[object]) -> str:
    """JSON with sorted keys, no spaces, dates as ISO text (``v1``)."""
    return json.dumps(
        record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
    )


def link_hash(prev_hash: str, record: Mapping[str, object]) -> str:
    """SHA-256 (hex) of ``v1``, the previous hash and the canonical record."""
    payload = f"v1\n{prev_hash}\n{canonical(record)}".encode()
    return hashlib.sha256(payload).hexdigest()


ENTRY_FIELDS = (
    "number",
    "fiscal_year_id",
    "date",
    "description",
    "source",
    "created_by",
    "created_at",
    "reversal_of_id",
)
LINE_FIELDS = (
    "line_no",
    "account_id",
    "date",
    "amount",
    "memo",
    "member_id",
    "savings_account_id",
    "loan_id",
)


def entry_record(
    head: Mapping[str, object], lines: Sequence[Mapping[str, object]]
) -> dict[str, object]:
    """What a journal entry's hash covers: its header fields and every line."""
    return {
        **{name: head[name] for name in ENTRY_FIELDS},
        "lines": [
            {name: line[name] for name in LINE_FIELDS}
            for line in sorted(lines, key=lambda x: int(str(x["line_no"])))
        ],
    }


AUDIT_FIELDS = ("chain_seq", "at", "user_id", "username", "action", "ref", "before", "after")


def audit_record(row: Mapping[str, object]) -> dict[str, object]:
    """What an audit record's hash covers."""
    return {name: row[name] for name in AUDIT_FIELDS}


def digest(record: Mapping[str, object]) -> str:
    """SHA-256 (hex) of a canonical record: a sealed row's content."""
    return hashlib.sha256(canonical(record).encode()).hexdigest()


SEAL_FIELDS = (
    "chain_seq",
    "at",
    "journal_seq",
    "tbl",
    "row_key",
    "before_hash",
    "after_hash",
)


def seal_record(row: Mapping[str, object]) -> dict[str, object]:
    """What a row seal's link hash covers: which row, its content's digest before and
    after the write (None: not there), when, and the journal's length then."""
    return {name: row[name] for name in SEAL_FIELDS}


CHAINS = ("journal", "audit", "seal")
"""The book's hash chains, in the order an anchor names them."""
_LETTER = {"journal": "J", "audit": "A", "seal": "S"}


@dataclass(frozen=True)
class ChainHead:
    """A chain's length and the hash of its last record (``GENESIS`` when empty)."""

    chain: str
    length: int
    hash: str


def format_anchor(heads: Sequence[ChainHead], *, digits: int = 64) -> str:
    """``J12.<hash>|A40.<hash>|S300.<hash>``: the heads as written on a paper (its
    metadata); ``digits`` shortens the hashes for the QR code a person may scan."""
    return "|".join(f"{_LETTER[h.chain]}{h.length}.{h.hash[:digits]}" for h in heads)


_ANCHOR = re.compile(r"([JAS])(\d{1,12})\.([0-9a-f]{64})")


def parse_anchor(text: str) -> tuple[ChainHead, ...]:
    """The heads :func:`format_anchor` wrote into ``text`` (none if there are none)."""
    chain_of = {letter: chain for chain, letter in _LETTER.items()}
    return tuple(ChainHead(chain_of[m[1]], int(m[2]), m[3]) for m in _ANCHOR.finditer(text))


@dataclass(frozen=True)
class Problem:
    """One thing verification found changed behind kopdesk's back, in Indonesian."""

    chain: str
    """``jurnal``, ``audit``, ``isi`` (a sealed row), ``segel``, ``jangkar`` or ``basis data``."""
    ref: str
    message: str


@dataclass(frozen=True)
class Anchor:
    """The chains' heads as recorded outside the book: in the file beside it, in the
    backup folder, in a backup's note or on a printed paper."""

    source: str
    """Where, in Indonesian (``berkas jangkar buku.sqlite.jangkar``, ``cadangan X``)."""
    at: dt.datetime | None
    heads: tuple[ChainHead, ...]
