"""Verifiable documents: every printed paper gets a number, is recorded with
its maker, time and SHA-256, and can later be checked against the book.

Making a paper takes three short steps (so no write lock is held while a long
PDF renders): :func:`register_document` takes the number and stamp,
the caller renders the PDF, :func:`finalize_document` records its hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.chain import ChainHead, format_anchor, parse_anchor
from kopdesk.domain.changes import NOTHING
from kopdesk.domain.dates import format_datetime
from kopdesk.domain.papers.common import DocumentStamp
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import DomainError, NotFoundError
from kopdesk.models import AuditRecord, DocumentRecord, JournalEntry, RowSeal
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.chains import AUDIT, JOURNAL
from kopdesk.services.base.changes import causes
from kopdesk.services.base.seals import SEAL, chain_heads, key_text, row_matches_seal
from kopdesk.services.base.sequences import next_value
from kopdesk.services.ledger.books import get_profile

PREFIX = "DOK"
QR_DIGITS = 16
"""Hash digits of each chain head in the QR code (the PDF's metadata holds all 64)."""
REFERENCE = re.compile(rb"KOPDESK\|1\|([0-9a-f-]{36})\|(DOK-\d{4}-\d{6})")


def reference_for(book_uid: str, number: str) -> str:
    return f"KOPDESK|1|{book_uid}|{number}"


@causes(NOTHING)
def register_document(session: Session, actor: Actor, kind: str, title: str) -> DocumentStamp:
    """Number and record a paper about to be made; returns the stamp to print on it."""
    authorize(session, actor, Permission.REPORTS_PRINT)
    now = clock.now()
    number = f"{PREFIX}-{now.year}-{next_value(session, f'{PREFIX}-{now.year}'):06d}"
    heads = chain_heads(session.connection())
    anchor = format_anchor(heads)
    journal = next(h for h in heads if h.chain == JOURNAL)
    session.add(
        DocumentRecord(
            number=number,
            kind=kind,
            title=title[:300],
            made_at=now,
            made_by=actor.username,
            journal_seq=journal.length,
            journal_hash=journal.hash,
            anchor=anchor,
        )
    )
    session.flush()
    audit.record(session, actor, "document.make", number, after={"jenis": kind, "judul": title})
    profile = get_profile(session)
    identity = profile.nik_koperasi or profile.legal_number
    return DocumentStamp(
        made_at=now,
        made_by=actor.display,
        number=number,
        qr_payload=(
            f"KOPDESK|1|{profile.book_uid}|{number}|{identity}|{profile.name}|"
            + format_anchor(heads, digits=QR_DIGITS)
        ),
        reference=f"{reference_for(profile.book_uid, number)}|{anchor}",
    )


def finalize_document(session: Session, number: str, data: bytes) -> str:
    """Record the finished paper's SHA-256 (once); returns it."""
    digest = hashlib.sha256(data).hexdigest()
    done = session.execute(
        update(DocumentRecord)
        .where(DocumentRecord.number == number, DocumentRecord.sha256.is_(None))
        .values(sha256=digest, size=len(data))
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise DomainError(f"Dokumen {number} tidak terdaftar atau sudah selesai.")
    return digest


@dataclass(frozen=True)
class DocumentInfo:
    number: str
    kind: str
    title: str
    made_at: dt.datetime
    made_by: str
    sha256: str | None


@dataclass(frozen=True)
class DocumentCheck:
    """The answer to "is this paper a genuine, unaltered output of this book?"."""

    genuine: bool
    message: str
    document: DocumentInfo | None = None
    history_intact: bool | None = None
    """Whether the books' history up to the paper's making is still unchanged."""

    @property
    def ok(self) -> bool:
        """Genuine, and the history before it unchanged: the only answer that passes."""
        return self.genuine and self.history_intact is not False


def _info(row: DocumentRecord) -> DocumentInfo:
    return DocumentInfo(row.number, row.kind, row.title, row.made_at, row.made_by, row.sha256)


def verify_document(session: Session, actor: Actor, data: bytes) -> DocumentCheck:
    """Check a PDF's bytes against the papers this book recorded."""
    authorize(session, actor, Permission.BOOKS_VERIFY)
    digest = hashlib.sha256(data).hexdigest()
    row = session.execute(select(DocumentRecord).where(DocumentRecord.sha256 == digest)).scalar()
    profile = get_profile(session)
    if row is not None and not _registered_as_sealed(session, row):
        return DocumentCheck(
            False,
            f"PERHATIAN: catatan dokumen {row.number} di buku ini telah diubah di luar kopdesk "
            "(tidak sama dengan segelnya), jadi sidik jari berkas ini tidak dapat dipercaya. "
            "Jangan percayai kertas ini; periksa buku dengan verify-books.",
            _info(row),
        )
    if row is not None:
        intact = _history_intact(session, row)
        history = (
            "Riwayat buku sampai saat itu tidak berubah."
            if intact
            else "PERHATIAN: riwayat buku sebelum dokumen ini dibuat (jurnal, jejak audit "
            "atau segel isi) telah berubah atau dipotong sejak itu."
        )
        return DocumentCheck(
            True,
            f"Dokumen asli dan utuh: {row.number} — {row.title}, dibuat "
            f"{format_datetime(row.made_at)} oleh {row.made_by}. {history}",
            _info(row),
            intact,
        )
    match = REFERENCE.search(data)
    if match is None:
        return DocumentCheck(False, "Berkas ini bukan dokumen kopdesk (tidak ada nomor dokumen).")
    book_uid, number = match.group(1).decode(), match.group(2).decode()
    if book_uid != profile.book_uid:
        return DocumentCheck(
            False,
            f"Dokumen {number} dibuat dari buku koperasi lain, bukan dari buku "
            f"{profile.name}. Periksa di komputer koperasi yang membuatnya.",
        )
    row = session.execute(select(DocumentRecord).where(DocumentRecord.number == number)).scalar()
    if row is None:
        printed = parse_anchor(data[match.end() : match.end() + 400].decode("ascii", "replace"))
        if printed and not _heads_intact(session, printed):
            return DocumentCheck(
                False,
                f"PERHATIAN: dokumen {number} dibuat dari buku ini, tetapi nomornya tidak "
                "tercatat dan riwayat buku yang tercetak di dokumen itu tidak ada lagi di buku: "
                "catatan terakhir buku dipotong di luar kopdesk, atau berkas buku diganti "
                "dengan salinan lama.",
                history_intact=False,
            )
        return DocumentCheck(False, f"Nomor dokumen {number} tidak tercatat di buku ini.")
    registry = (
        ""
        if _registered_as_sealed(session, row)
        else " PERHATIAN: catatan dokumen itu di buku juga diubah di luar kopdesk."
    )
    return DocumentCheck(
        False,
        f"Dokumen {row.number} ({row.title}) telah diubah setelah dicetak: isinya tidak sama "
        f"dengan yang tercatat di buku. Jangan percayai kertas ini.{registry}",
        _info(row),
    )


def _registered_as_sealed(session: Session, row: DocumentRecord) -> bool:
    """The registry row is as kopdesk sealed it (its SHA-256 was not replaced)."""
    table = DocumentRecord.__table__
    assert isinstance(table, sa.Table)
    return row_matches_seal(session.connection(), table, key_text(table, [row.id]))


_HASH_AT = {
    JOURNAL: (JournalEntry.hash, JournalEntry.chain_seq),
    AUDIT: (AuditRecord.hash, AuditRecord.chain_seq),
    SEAL: (RowSeal.hash, RowSeal.chain_seq),
}


def _history_intact(session: Session, row: DocumentRecord) -> bool:
    """Every chain still holds, at the length it had when the paper was made, the hash
    printed on it (a paper from before revision 0008 anchors the journal only)."""
    heads = parse_anchor(row.anchor) or (ChainHead(JOURNAL, row.journal_seq, row.journal_hash),)
    return _heads_intact(session, heads)


def _heads_intact(session: Session, heads: Sequence[ChainHead]) -> bool:
    for h in heads:
        if h.length == 0:
            continue
        column, seq = _HASH_AT[h.chain]
        if session.execute(select(column).where(seq == h.length)).scalar() != h.hash:
            return False
    return True


def get_document(session: Session, number: str) -> DocumentInfo:
    row = session.execute(
        select(DocumentRecord).where(DocumentRecord.number == number.strip().upper())
    ).scalar()
    if row is None:
        raise NotFoundError(f"Dokumen {number} tidak ditemukan.")
    return _info(row)


def list_documents(session: Session, *, limit: int = 1000) -> list[DocumentInfo]:
    rows = session.execute(
        select(DocumentRecord).order_by(DocumentRecord.id.desc()).limit(limit)
    ).scalars()
    return [_info(r) for r in rows]
