"""Kas opname: the pengawas count the cash by denomination and compare it with the
book balance of the cash account at the moment of the count.

A recorded count is never edited (the database refuses it too); a later count
follows it. Only the Pengawas may record one (``supervision.record``); everyone
signed in may read them. Amounts are integer rupiah; difference = physical − book
(negative: cash short).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock, coa
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.supervision import (
    DENOMINATIONS,
    Denomination,
    check_counts,
    count_total,
)
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import Account, CashCount, CashCountLine, JournalEntry, JournalLine
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.base.sequences import next_value

__all__ = [
    "CASH_ACCOUNTS",
    "CashCountInput",
    "CashCountLineInfo",
    "CashCountRecord",
    "book_balance_at",
    "get_cash_count",
    "list_cash_counts",
    "record_cash_count",
]

CASH_ACCOUNTS: tuple[str, ...] = (coa.Code.KAS, coa.Code.KAS_KECIL)
"""The accounts whose cash a pengawas can count (Kas, Kas kecil)."""
MAX_NAME = 200


@dataclass(frozen=True)
class CashCountInput:
    """What the pengawas enter: pieces by denomination, when, who counted, the witness."""

    counts: Mapping[Denomination, int]
    counted_at: dt.datetime
    counter_name: str
    witness: str
    note: str = ""
    account_code: str = coa.CASH


@dataclass(frozen=True)
class CashCountLineInfo:
    denomination: Denomination
    pieces: int
    amount: int


@dataclass(frozen=True)
class CashCountRecord:
    number: str
    counted_at: dt.datetime
    account_code: str
    account_name: str
    lines: tuple[CashCountLineInfo, ...]
    """Every denomination in circulation, largest first (0 pieces where none)."""
    physical_total: int
    book_balance: int
    difference: int
    counted_by: str
    counter_name: str
    witness: str
    note: str


def book_balance_at(session: Session, code: str, moment: dt.datetime) -> int:
    """Debit-positive balance of ``code`` at ``moment``: every line dated before its day,
    and the lines of its day whose entry was posted at or before ``moment``."""
    day = moment.date()
    account_id = session.execute(select(Account.id).where(Account.code == code)).scalar()
    if account_id is None:
        raise NotFoundError(f"Akun {code} tidak ada dalam daftar akun.")
    before = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
            JournalLine.account_id == account_id, JournalLine.date < day
        )
    ).scalar_one()
    same_day = session.execute(
        select(func.coalesce(func.sum(JournalLine.amount), 0))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalLine.account_id == account_id,
            JournalLine.date == day,
            JournalEntry.created_at <= moment,
        )
    ).scalar_one()
    return int(before) + int(same_day)


def _clean_name(text: str, field: str, what: str) -> str:
    clean = " ".join(text.split())
    if len(clean) < 2:
        raise ValidationError(field, f"Nama {what} wajib diisi.")
    if len(clean) > MAX_NAME:
        raise ValidationError(field, f"Nama {what} terlalu panjang (paling banyak 200 huruf).")
    return clean


def _validate(data: CashCountInput) -> tuple[str, str]:
    if data.account_code not in CASH_ACCOUNTS:
        raise ValidationError("account", "Kas opname hanya untuk akun Kas atau Kas kecil.")
    check_counts(data.counts)
    if data.counted_at > clock.now() + dt.timedelta(minutes=5):
        raise ValidationError("counted_at", "Waktu opname tidak boleh di masa depan.")
    counter = _clean_name(data.counter_name, "counter_name", "penghitung")
    witness = _clean_name(data.witness, "witness", "saksi")
    if counter.casefold() == witness.casefold():
        raise ValidationError("witness", "Saksi harus orang lain, bukan penghitung.")
    return counter, witness


@causes(NOTHING)
def record_cash_count(session: Session, actor: Actor, data: CashCountInput) -> CashCountRecord:
    """Record one kas opname (Pengawas only); returns it with its number ``KO-YYYY-NNN``.

    Raises ``PermissionDeniedError`` for any other role and ``ValidationError`` for
    negative or non-whole counts, a count in the future or missing names; nothing is
    written then. Audited as ``supervision.cash_count``."""
    authorize(session, actor, Permission.SUPERVISION_RECORD)
    counter, witness = _validate(data)
    moment = data.counted_at.replace(microsecond=0)
    balance = book_balance_at(session, data.account_code, moment)
    physical = count_total(data.counts)
    year = moment.year
    number = f"KO-{year}-{next_value(session, f'kas-opname-{year}'):03d}"
    row = CashCount(
        number=number,
        counted_at=moment,
        account_code=data.account_code,
        physical_total=physical,
        book_balance=balance,
        difference=physical - balance,
        counted_by=actor.username,
        counter_name=counter,
        witness=witness,
        note=data.note.strip(),
        created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    for denomination in DENOMINATIONS:
        pieces = data.counts.get(denomination, 0)
        if pieces:
            session.add(
                CashCountLine(
                    count_id=row.id,
                    denomination=denomination.value,
                    coin=denomination.coin,
                    pieces=pieces,
                    amount=denomination.value * pieces,
                )
            )
    session.flush()
    audit.record(
        session,
        actor,
        "supervision.cash_count",
        number,
        after={
            "akun": data.account_code,
            "waktu": moment.isoformat(sep=" "),
            "fisik": physical,
            "buku": balance,
            "selisih": physical - balance,
            "penghitung": counter,
            "saksi": witness,
        },
    )
    return get_cash_count(session, number)


def _record(session: Session, row: CashCount) -> CashCountRecord:
    pieces = {
        (line.denomination, line.coin): line.pieces
        for line in session.execute(
            select(CashCountLine).where(CashCountLine.count_id == row.id)
        ).scalars()
    }
    lines = tuple(
        CashCountLineInfo(d, n, d.value * n)
        for d in DENOMINATIONS
        for n in [pieces.get((d.value, d.coin), 0)]
    )
    name = session.execute(select(Account.name).where(Account.code == row.account_code)).scalar()
    return CashCountRecord(
        number=row.number,
        counted_at=row.counted_at,
        account_code=row.account_code,
        account_name=name or row.account_code,
        lines=lines,
        physical_total=row.physical_total,
        book_balance=row.book_balance,
        difference=row.difference,
        counted_by=row.counted_by,
        counter_name=row.counter_name,
        witness=row.witness,
        note=row.note,
    )


def get_cash_count(session: Session, number: str) -> CashCountRecord:
    row = session.execute(select(CashCount).where(CashCount.number == number.strip())).scalar()
    if row is None:
        raise NotFoundError(f"Kas opname {number} tidak ada.")
    return _record(session, row)


def list_cash_counts(
    session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[CashCountRecord]:
    """Recorded counts, oldest first, optionally those counted from/to the given days."""
    stmt = select(CashCount).order_by(CashCount.counted_at, CashCount.id)
    if date_from is not None:
        stmt = stmt.where(CashCount.counted_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(CashCount.counted_at < end)
    return [_record(session, row) for row in session.execute(stmt).scalars()]
