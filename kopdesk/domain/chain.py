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
from collections.abc import Mapping, Sequence

GENESIS = "0" * 64
"""The ``prev_hash`` of a chain's first record."""


def _plain(value: object) -> str:
    """JSON for the values the encoder does not know: dates and times as ISO text."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in a hash chain")


def canonical(record: Mapping[str, object]) -> str:
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
