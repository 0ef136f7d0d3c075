"""Extending the journal and audit hash chains inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kopdesk.domain.chain import GENESIS, link_hash
from kopdesk.models import ChainState, core_table

JOURNAL = "journal"
AUDIT = "audit"


@dataclass(frozen=True)
class Link:
    seq: int
    prev_hash: str
    hash: str


_CHAIN = core_table(ChainState)
_TAKE = (
    update(_CHAIN)
    .where(_CHAIN.c.name == bindparam("chain"))
    .values(last_seq=_CHAIN.c.last_seq + 1)
    .returning(_CHAIN.c.last_seq, _CHAIN.c.last_hash)
)
_MOVE = update(_CHAIN).where(_CHAIN.c.name == bindparam("chain")).values(last_hash=bindparam("h"))
"""Built once: a chain is extended on every posting, so these run more than any other."""


def next_link(session: Session, chain: str, build: Callable[[int], Mapping[str, object]]) -> Link:
    """Take the next position of ``chain`` and move the head to the new record.

    ``build(seq)`` returns the record's hashed content for position ``seq``.
    The head row stays locked until the caller's transaction ends, so two
    writers never take the same position or the same previous hash.
    """
    seq, prev = session.execute(_TAKE, {"chain": chain}).one()
    digest = link_hash(prev, build(seq))
    session.execute(_MOVE, {"chain": chain, "h": digest})
    return Link(seq=seq, prev_hash=prev, hash=digest)


def peek_next_seq(session: Session, chain: str) -> int:
    """The position the next record of ``chain`` will take."""
    last = session.execute(
        select(ChainState.last_seq).where(ChainState.name == chain)
    ).scalar_one_or_none()
    return (last or 0) + 1


def head(session: Session, chain: str) -> tuple[int, str]:
    """``(length, last hash)`` of a chain."""
    row = session.execute(
        select(ChainState.last_seq, ChainState.last_hash).where(ChainState.name == chain)
    ).one_or_none()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))
