"""What the pengurus write for the RAT book: the texts (reports of the pengurus and
pengawas, work plan, minutes, other) and the RAPB (budget) table, with their
checks and a suggested RAPB from the year's figures.

Texts are plain text: paragraphs separated by an empty line, lines starting
with ``-`` or ``*`` printed as bullets. The RAPB is a table of
:class:`~kopdesk.domain.papers.rat.RapbRow` stored as JSON. Changing either needs
``shu.manage`` and is audited; bad input writes nothing.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.rat import (
    RapbRow,
    RapbTotals,
)
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.text import has_control
from kopdesk.errors import ValidationError
from kopdesk.models import (
    Account,
    JournalEntry,
    JournalLine,
    RatContent,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.closing.sums import CLOSING_SOURCE
from kopdesk.services.closing.yearend import year_bounds
from kopdesk.services.ledger import books

__all__ = [
    "KELOMPOK",
    "MAX_RAPB_AMOUNT",
    "MAX_RAPB_ROWS",
    "MAX_TEXT",
    "RAPB_KEY",
    "RAT_KEYS",
    "TEXT_KEYS",
    "get_rapb",
    "get_text",
    "key_title",
    "rapb_totals",
    "set_rapb",
    "set_text",
    "suggest_rapb",
]

RAT_KEYS: dict[str, str] = {
    "laporan_pengurus": "Laporan Pengurus",
    "laporan_pengawas": "Laporan Pengawas",
    "rencana_kerja": "Rencana Kerja Tahun …",
    "rapb": "Rencana Anggaran Pendapatan dan Belanja",
    "notulen": "Notulen Rapat Anggota Tahunan",
    "lain_lain": "Lain-lain",
}
"""What the pengurus write for the book, in print order (key → Indonesian title)."""
TEXT_KEYS = tuple(k for k in RAT_KEYS if k != "rapb")
RAPB_KEY = "rapb"
MAX_TEXT = 30_000
"""Characters in one text: about ten printed pages."""
MAX_RAPB_ROWS = 200
MAX_RAPB_AMOUNT = 10**14
KELOMPOK = ("", "pendapatan", "beban")


def key_title(key: str, year: int) -> str:
    """The printed title of ``key`` for the book of ``year``: the work plan and
    the budget are for the next year."""
    if key == "rencana_kerja":
        return f"Rencana Kerja Tahun {year + 1}"
    if key == RAPB_KEY:
        return f"{RAT_KEYS[key]} Tahun {year + 1}"
    return RAT_KEYS[key]


# --- texts and RAPB -------------------------------------------------------------------


def _content(session: Session, year: int, key: str) -> RatContent | None:
    return session.execute(
        select(RatContent).where(RatContent.year == year, RatContent.key == key)
    ).scalar()


def get_text(session: Session, year: int, key: str) -> str:
    """The stored text of ``key`` for the book of ``year`` (empty when not written)."""
    _check_key(key, TEXT_KEYS)
    row = _content(session, year, key)
    return row.body if row is not None else ""


def _check_key(key: str, allowed: Sequence[str]) -> None:
    if key not in allowed:
        names = ", ".join(allowed)
        raise ValidationError("key", f"Bagian buku RAT '{key}' tidak dikenal; pilih {names}.")


def _clean_text(body: str) -> str:
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    if len(text) > MAX_TEXT:
        raise ValidationError(
            "body",
            f"Teks terlalu panjang ({format_number(len(text))} huruf); paling banyak "
            f"{format_number(MAX_TEXT)} huruf.",
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(
            "body", "Teks berisi karakter kendali; salin ulang sebagai teks biasa."
        )
    return text


def _store(
    session: Session, actor: Actor, year: int, key: str, body: str, *, summary: object
) -> bool:
    """Write ``body`` under (year, key); False when nothing changed (no audit record)."""
    row = _content(session, year, key)
    before = row.body if row is not None else ""
    if before == body:
        return False
    now = clock.now()
    if row is None:
        session.add(
            RatContent(year=year, key=key, body=body, updated_by=actor.username, updated_at=now)
        )
    else:
        row.body, row.updated_by, row.updated_at = body, actor.username, now
    session.flush()
    audit.record(
        session,
        actor,
        f"rat.{'rapb' if key == RAPB_KEY else 'text'}",
        f"{year}/{key}",
        before={"panjang": len(before)},
        after={"panjang": len(body), "isi": summary},
    )
    return True


@causes(NOTHING)
def set_text(session: Session, actor: Actor, year: int, key: str, body: str) -> None:
    """Store the text of ``key`` (``shu.manage``, audited). An empty text clears it.

    ``ValidationError`` for an unknown key (the RAPB has :func:`set_rapb`), a
    year outside the book's range or a text over :data:`MAX_TEXT` characters."""
    authorize(session, actor, Permission.SHU_MANAGE)
    _check_key(key, TEXT_KEYS)
    books.check_year(year)
    text = _clean_text(body)
    _store(session, actor, year, key, text, summary=text[:80])


def get_rapb(session: Session, year: int) -> list[RapbRow]:
    """The RAPB rows stored for the book of ``year`` (empty when not written)."""
    row = _content(session, year, RAPB_KEY)
    if row is None or not row.body:
        return []
    data = json.loads(row.body)
    return [
        RapbRow(r["uraian"], int(r["realisasi"]), int(r["anggaran"]), r.get("kelompok", ""))
        for r in data["rows"]
    ]


def _check_rapb(rows: Sequence[RapbRow]) -> list[RapbRow]:
    if len(rows) > MAX_RAPB_ROWS:
        raise ValidationError("rows", f"RAPB paling banyak {MAX_RAPB_ROWS} baris.")
    clean = []
    for number, r in enumerate(rows, start=1):
        uraian = " ".join(str(r.uraian).split())
        if not uraian:
            raise ValidationError("uraian", f"Baris {number}: uraian wajib diisi.")
        if len(uraian) > 200:
            raise ValidationError("uraian", f"Baris {number}: uraian paling banyak 200 huruf.")
        if has_control(uraian):
            raise ValidationError(
                "uraian",
                f"Baris {number}: uraian berisi karakter kendali; ketik ulang sebagai teks biasa.",
            )
        for name in ("realisasi", "anggaran"):
            value = getattr(r, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(name, f"Baris {number}: {name} harus bilangan bulat rupiah.")
            if abs(value) >= MAX_RAPB_AMOUNT:
                raise ValidationError(name, f"Baris {number}: {name} terlalu besar.")
        kelompok = r.kelompok.strip().lower()
        if kelompok not in KELOMPOK:
            raise ValidationError(
                "kelompok", f"Baris {number}: kelompok harus pendapatan, beban atau kosong."
            )
        clean.append(RapbRow(uraian, r.realisasi, r.anggaran, kelompok))
    return clean


@causes(NOTHING)
def set_rapb(session: Session, actor: Actor, year: int, rows: Sequence[RapbRow]) -> None:
    """Store the RAPB table of ``year`` (``shu.manage``, audited); no rows clears it."""
    authorize(session, actor, Permission.SHU_MANAGE)
    books.check_year(year)
    clean = _check_rapb(rows)
    data = [dataclasses.asdict(r) for r in clean]
    body = json.dumps({"rows": data}, ensure_ascii=False) if clean else ""
    _store(session, actor, year, RAPB_KEY, body, summary=f"{len(clean)} baris")


def suggest_rapb(session: Session, year: int) -> list[RapbRow]:
    """RAPB rows prefilled from the year's PHU accounts: each income and expense
    account with a realisation (closing entries excluded), budget left 0 for
    the pengurus to fill."""
    start, end, _closed = year_bounds(session, year)
    sums = session.execute(
        select(Account.code, Account.name, Account.type, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            Account.type.in_(("pendapatan", "beban")),
            JournalLine.date >= start,
            JournalLine.date <= end,
            JournalEntry.source != CLOSING_SOURCE,
        )
        .group_by(Account.code, Account.name, Account.type)
        .order_by(Account.code)
    ).all()
    return [
        RapbRow(name, -int(total) if kind == "pendapatan" else int(total), 0, kind)
        for _code, name, kind, total in sums
        if total
    ]


def rapb_totals(rows: Sequence[RapbRow]) -> RapbTotals | None:
    """Income, expense and surplus of the rows that have a kelompok (None if none has)."""
    if not any(r.kelompok for r in rows):
        return None
    income = [r for r in rows if r.kelompok == "pendapatan"]
    expense = [r for r in rows if r.kelompok == "beban"]
    ir, ia = sum(r.realisasi for r in income), sum(r.anggaran for r in income)
    er, ea = sum(r.realisasi for r in expense), sum(r.anggaran for r in expense)
    return RapbTotals(ir, ia, er, ea, ir - er, ia - ea)
