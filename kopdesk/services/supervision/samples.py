"""Pemeriksaan sampel: the pengawas draw N journal entries or members of a period at
random, then tick each as checked with a note.

The draw is seeded and the seed stored, so the same sample can be drawn again from
the book and shown to the RAT (:func:`redraw`). Only the Pengawas may draw or tick
(``supervision.record``); every draw and tick is audited.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.supervision import SampleKind
from kopdesk.domain.vocabulary import MEMBER_MAY_DEPOSIT
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import JournalEntry, JournalLine, Member, SampleCheck, SampleItem
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.base.sequences import next_value

__all__ = [
    "MAX_SAMPLE",
    "SampleInfo",
    "SampleItemInfo",
    "draw_sample",
    "get_sample",
    "list_samples",
    "population",
    "redraw",
    "tick_item",
]

MAX_SAMPLE = 500
MAX_SEED = 2**62


@dataclass(frozen=True)
class SampleItemInfo:
    position: int
    ref: str
    """The journal entry's or member's number."""
    label: str
    checked: bool
    note: str
    checked_by: str
    checked_at: dt.datetime | None


@dataclass(frozen=True)
class SampleInfo:
    number: str
    kind: SampleKind
    date_from: dt.date
    date_to: dt.date
    size: int
    seed: int
    population: int
    created_by: str
    created_at: dt.datetime
    items: tuple[SampleItemInfo, ...]

    @property
    def checked_count(self) -> int:
        return sum(1 for i in self.items if i.checked)


def population(
    session: Session, kind: SampleKind, date_from: dt.date, date_to: dt.date
) -> list[tuple[str, str]]:
    """What a sample is drawn from, in a fixed order (by number): ``(ref, label)``.

    Entries: every journal entry dated in the period. Members: everyone who was a
    member (or candidate) at some day of the period."""
    if kind is SampleKind.JURNAL:
        rows = session.execute(
            select(
                JournalEntry.id, JournalEntry.number, JournalEntry.date, JournalEntry.description
            )
            .where(JournalEntry.date >= date_from, JournalEntry.date <= date_to)
            .order_by(JournalEntry.number)
        ).all()
        totals = _entry_totals(session, [r.id for r in rows])
        return [
            (
                r.number,
                f"{r.date:%d-%m-%Y} · {r.description} · {format_rupiah(totals.get(r.id, 0))}",
            )
            for r in rows
        ]
    members = session.execute(
        select(Member.number, Member.full_name)
        .where(
            Member.join_date <= date_to,
            or_(Member.status.in_(MEMBER_MAY_DEPOSIT), Member.status_date >= date_from),
        )
        .order_by(Member.number)
    ).all()
    return [(m.number, m.full_name) for m in members]


def _entry_totals(session: Session, ids: list[int]) -> dict[int, int]:
    totals: dict[int, int] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for entry_id, amount in session.execute(
            select(JournalLine.entry_id, JournalLine.amount).where(
                JournalLine.entry_id.in_(chunk), JournalLine.amount > 0
            )
        ):
            totals[entry_id] = totals.get(entry_id, 0) + int(amount)
    return totals


def _draw(items: list[tuple[str, str]], size: int, seed: int) -> list[tuple[str, str]]:
    """The seeded draw: the same book, period, size and seed give the same sample."""
    picked = sorted(
        random.Random(seed).sample(  # noqa: S311 - a reproducible draw, not a secret
            range(len(items)), min(size, len(items))
        )
    )
    return [items[i] for i in picked]


def _check(kind: SampleKind, date_from: dt.date, date_to: dt.date, size: int) -> None:
    if not isinstance(kind, SampleKind):
        raise ValidationError("kind", "Jenis sampel harus jurnal atau anggota.")
    if date_from > date_to:
        raise ValidationError("date_to", "Tanggal akhir harus sesudah tanggal awal.")
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_SAMPLE:
        raise ValidationError("size", f"Jumlah sampel harus 1 sampai {MAX_SAMPLE}.")


@causes(NOTHING)
def draw_sample(
    session: Session,
    actor: Actor,
    kind: SampleKind,
    date_from: dt.date,
    date_to: dt.date,
    *,
    size: int,
    seed: int | None = None,
) -> SampleInfo:
    """Draw ``size`` entries or members of the period at random (Pengawas only).

    ``seed`` None: a fresh random seed; either way it is stored with the sample.
    Raises ``DomainError`` when the period holds nothing to draw."""
    authorize(session, actor, Permission.SUPERVISION_RECORD)
    _check(kind, date_from, date_to, size)
    if seed is None:
        seed = secrets.randbelow(MAX_SEED)
    elif not 0 <= seed < MAX_SEED:
        raise ValidationError("seed", "Benih acak harus bilangan bulat positif.")
    items = population(session, kind, date_from, date_to)
    if not items:
        raise DomainError(f"Tidak ada {kind.label.lower()} pada periode ini untuk diperiksa.")
    year = date_to.year
    number = f"SP-{year}-{next_value(session, f'sampel-{year}'):03d}"
    row = SampleCheck(
        number=number,
        kind=kind.value,
        date_from=date_from,
        date_to=date_to,
        size=size,
        seed=seed,
        population=len(items),
        created_by=actor.username,
        created_at=clock.now(),
    )
    session.add(row)
    session.flush()
    for position, (ref, label) in enumerate(_draw(items, size, seed), start=1):
        session.add(
            SampleItem(
                sample_id=row.id,
                position=position,
                ref=ref,
                label=label[:300],
                checked=False,
                note="",
                checked_by="",
            )
        )
    session.flush()
    audit.record(
        session,
        actor,
        "supervision.sample",
        number,
        after={
            "jenis": kind.value,
            "dari": date_from.isoformat(),
            "sampai": date_to.isoformat(),
            "jumlah": size,
            "benih": seed,
            "populasi": len(items),
        },
    )
    return get_sample(session, number)


def _row(session: Session, number: str) -> SampleCheck:
    row = session.execute(select(SampleCheck).where(SampleCheck.number == number.strip())).scalar()
    if row is None:
        raise NotFoundError(f"Sampel {number} tidak ada.")
    return row


def _info(session: Session, row: SampleCheck) -> SampleInfo:
    items = session.execute(
        select(SampleItem).where(SampleItem.sample_id == row.id).order_by(SampleItem.position)
    ).scalars()
    return SampleInfo(
        number=row.number,
        kind=SampleKind(row.kind),
        date_from=row.date_from,
        date_to=row.date_to,
        size=row.size,
        seed=row.seed,
        population=row.population,
        created_by=row.created_by,
        created_at=row.created_at,
        items=tuple(
            SampleItemInfo(
                i.position, i.ref, i.label, i.checked, i.note, i.checked_by, i.checked_at
            )
            for i in items
        ),
    )


def get_sample(session: Session, number: str) -> SampleInfo:
    return _info(session, _row(session, number))


def list_samples(
    session: Session, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[SampleInfo]:
    """Samples whose period overlaps the given days, oldest first."""
    stmt = select(SampleCheck).order_by(SampleCheck.id)
    if date_from is not None:
        stmt = stmt.where(SampleCheck.date_to >= date_from)
    if date_to is not None:
        stmt = stmt.where(SampleCheck.date_from <= date_to)
    return [_info(session, row) for row in session.execute(stmt).scalars()]


def redraw(session: Session, number: str) -> tuple[str, ...]:
    """Draw sample ``number`` again from the book with its stored seed: the refs drawn.

    Equal to the stored sample's refs as long as the period's entries or members
    are as they were (a closed year's are)."""
    row = _row(session, number)
    items = population(session, SampleKind(row.kind), row.date_from, row.date_to)
    return tuple(ref for ref, _label in _draw(items, row.size, row.seed))


@causes(NOTHING)
def tick_item(
    session: Session, actor: Actor, number: str, position: int, *, checked: bool, note: str
) -> SampleItemInfo:
    """Mark item ``position`` of sample ``number`` as checked (or not) with a note
    (Pengawas only). Audited as ``supervision.sample_tick`` with before and after."""
    authorize(session, actor, Permission.SUPERVISION_RECORD)
    row = _row(session, number)
    item = session.execute(
        select(SampleItem).where(SampleItem.sample_id == row.id, SampleItem.position == position)
    ).scalar()
    if item is None:
        raise NotFoundError(f"Sampel {row.number} tidak punya butir nomor {position}.")
    clean = note.strip()
    if len(clean) > 2000:
        raise ValidationError("note", "Catatan terlalu panjang (paling banyak 2.000 huruf).")
    before = {"diperiksa": item.checked, "catatan": item.note}
    if before == {"diperiksa": bool(checked), "catatan": clean}:
        return _info(session, row).items[position - 1]
    item.checked = bool(checked)
    item.note = clean
    item.checked_by = actor.username
    item.checked_at = clock.now()
    session.flush()
    audit.record(
        session,
        actor,
        "supervision.sample_tick",
        f"{row.number}#{position} {item.ref}",
        before=before,
        after={"diperiksa": item.checked, "catatan": clean},
    )
    return _info(session, row).items[position - 1]
