"""The small registers of the buku administrasi (KOPERASI.md §6.3): the pengurus,
pengawas and staff register, and the book of members' suggestions (buku saran
anggota) and officials' recommendations (buku anjuran pejabat).

Every change needs ``organs.manage`` (the permission that records the board) and is
audited; bad input raises ``ValidationError`` and writes nothing. Rows are never
deleted: a term ends with its end date, a suggestion gets its follow-up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.papers.dinas import SexCount
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.text import has_control
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import AdminNote, Officer
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes

__all__ = [
    "MAX_TEXT",
    "NOTE_KINDS",
    "OFFICER_KINDS",
    "NoteInput",
    "NoteRow",
    "OfficerInput",
    "OfficerRow",
    "add_note",
    "add_officer",
    "check_line",
    "check_text",
    "edit_note",
    "edit_officer",
    "list_notes",
    "list_officers",
    "officer_counts",
]

OFFICER_KINDS = {"pengurus": "Pengurus", "pengawas": "Pengawas", "karyawan": "Karyawan"}
"""Who the register keeps (key → Indonesian word)."""
NOTE_KINDS = {"saran": "Saran anggota", "anjuran": "Anjuran pejabat"}
SEXES = {"L": "Laki-laki", "P": "Perempuan"}
MAX_TEXT = 5_000
"""Characters in one suggestion, follow-up or summary."""
CHANGES = Changes(members=True)


def check_line(field: str, what: str, text: str, limit: int, *, required: bool = True) -> str:
    """``text`` stripped; refused when empty (if ``required``), longer than ``limit``
    or holding a control character or a line break."""
    clean = text.strip()
    if required and not clean:
        raise ValidationError(field, f"{what} harus diisi.")
    if len(clean) > limit:
        raise ValidationError(field, f"{what} terlalu panjang; paling banyak {limit} huruf.")
    if has_control(clean) or "\n" in clean or "\r" in clean:
        raise ValidationError(field, f"{what} tidak boleh berisi karakter kendali atau baris baru.")
    return clean


def check_text(field: str, what: str, text: str, *, required: bool = True) -> str:
    """A longer text (several lines allowed) up to :data:`MAX_TEXT` characters."""
    clean = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not clean:
        raise ValidationError(field, f"{what} harus diisi.")
    if len(clean) > MAX_TEXT:
        raise ValidationError(field, f"{what} terlalu panjang; paling banyak {MAX_TEXT} huruf.")
    if has_control(clean):
        raise ValidationError(field, f"{what} tidak boleh berisi karakter kendali.")
    return clean


# --- pengurus, pengawas, karyawan ------------------------------------------------------------


@dataclass(frozen=True)
class OfficerInput:
    """One term: ``kind`` one of :data:`OFFICER_KINDS`, ``sex`` ``L`` or ``P``, ``nik``
    the 16-digit citizen number (may be empty), ``end_date`` None while serving."""

    kind: str
    name: str
    position: str
    sex: str
    start_date: dt.date
    end_date: dt.date | None = None
    nik: str = ""


@dataclass(frozen=True)
class OfficerRow:
    id: int
    kind: str
    name: str
    position: str
    sex: str
    nik: str
    start_date: dt.date
    end_date: dt.date | None

    def serving_on(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def _check_officer(data: OfficerInput) -> OfficerInput:
    if data.kind not in OFFICER_KINDS:
        raise ValidationError("kind", "Pilih pengurus, pengawas atau karyawan.")
    name = check_line("name", "Nama", data.name, 200)
    position = check_line("position", "Jabatan", data.position, 100)
    if data.sex not in SEXES:
        raise ValidationError("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")
    nik = data.nik.strip()
    if nik and not (len(nik) == 16 and nik.isascii() and nik.isdigit()):
        raise ValidationError("nik", "NIK harus 16 angka (atau kosongkan).")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError("end_date", "Tanggal selesai tidak boleh sebelum tanggal mulai.")
    return OfficerInput(data.kind, name, position, data.sex, data.start_date, data.end_date, nik)


def _officer_row(row: Officer) -> OfficerRow:
    return OfficerRow(
        row.id, row.kind, row.name, row.position, row.sex, row.nik, row.start_date, row.end_date
    )


def _officer_audit(data: OfficerRow) -> dict[str, object]:
    return {k: v for k, v in asdict(data).items() if k != "id"}


@causes(CHANGES)
def add_officer(session: Session, actor: Actor, data: OfficerInput) -> OfficerRow:
    """Record a term in the register; audited as ``officer.add``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    clean = _check_officer(data)
    row = Officer(**asdict(clean), updated_by=actor.username, updated_at=clock.now())
    session.add(row)
    session.flush()
    result = _officer_row(row)
    audit.record(session, actor, "officer.add", f"officer:{row.id}", after=_officer_audit(result))
    return result


@causes(CHANGES)
def edit_officer(session: Session, actor: Actor, officer_id: int, data: OfficerInput) -> OfficerRow:
    """Correct a term or end it (its ``end_date``); audited as ``officer.edit``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    row = session.get(Officer, officer_id)
    if row is None:
        raise NotFoundError("Data pengurus/pengawas/karyawan itu tidak ditemukan.")
    clean = _check_officer(data)
    before = _officer_audit(_officer_row(row))
    for key, value in asdict(clean).items():
        setattr(row, key, value)
    row.updated_by, row.updated_at = actor.username, clock.now()
    session.flush()
    result = _officer_row(row)
    after = _officer_audit(result)
    changed = [k for k in after if after[k] != before[k]]
    audit.record(
        session, actor, "officer.edit", f"officer:{row.id}",
        before={k: before[k] for k in changed}, after={k: after[k] for k in changed},
    )  # fmt: skip
    return result


def list_officers(session: Session, kind: str | None = None) -> list[OfficerRow]:
    """The register (or one kind of it): serving first by start date, then past terms."""
    query = select(Officer).order_by(Officer.kind, Officer.start_date, Officer.id)
    if kind is not None:
        query = query.where(Officer.kind == kind)
    rows = [_officer_row(r) for r in session.execute(query).scalars()]
    return sorted(rows, key=lambda r: r.end_date is not None)


def officer_counts(session: Session, on: dt.date) -> dict[str, SexCount]:
    """People serving on ``on`` per kind of :data:`OFFICER_KINDS`, by sex."""
    counts = {kind: [0, 0] for kind in OFFICER_KINDS}
    for row in list_officers(session):
        if row.serving_on(on):
            counts[row.kind][0 if row.sex == "L" else 1] += 1
    return {kind: SexCount(laki, perempuan) for kind, (laki, perempuan) in counts.items()}


# --- suggestions and recommendations ---------------------------------------------------------


@dataclass(frozen=True)
class NoteInput:
    """An entry of the buku saran (``kind="saran"``) or buku anjuran (``"anjuran"``)."""

    kind: str
    date: dt.date
    source: str
    text: str
    follow_up: str = ""


@dataclass(frozen=True)
class NoteRow:
    id: int
    kind: str
    date: dt.date
    source: str
    text: str
    follow_up: str


def _check_note(data: NoteInput) -> NoteInput:
    if data.kind not in NOTE_KINDS:
        raise ValidationError("kind", "Pilih saran anggota atau anjuran pejabat.")
    source = check_line("source", "Dari siapa", data.source, 200)
    text = check_text("text", "Isi", data.text)
    follow_up = check_text("follow_up", "Tindak lanjut", data.follow_up, required=False)
    return NoteInput(data.kind, data.date, source, text, follow_up)


def _note_row(row: AdminNote) -> NoteRow:
    return NoteRow(row.id, row.kind, row.date, row.source, row.text, row.follow_up)


@causes(CHANGES)
def add_note(session: Session, actor: Actor, data: NoteInput) -> NoteRow:
    """Write a suggestion or a recommendation in its book; audited as ``note.add``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    clean = _check_note(data)
    row = AdminNote(**asdict(clean), updated_by=actor.username, updated_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor, "note.add", f"note:{row.id}", after=asdict(clean))
    return _note_row(row)


@causes(CHANGES)
def edit_note(session: Session, actor: Actor, note_id: int, data: NoteInput) -> NoteRow:
    """Correct an entry or write its follow-up; audited as ``note.edit``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    row = session.get(AdminNote, note_id)
    if row is None:
        raise NotFoundError("Catatan itu tidak ditemukan.")
    clean = _check_note(data)
    before = {k: getattr(row, k) for k in asdict(clean)}
    after = asdict(clean)
    for key, value in after.items():
        setattr(row, key, value)
    row.updated_by, row.updated_at = actor.username, clock.now()
    session.flush()
    changed = [k for k in after if after[k] != before[k]]
    audit.record(
        session, actor, "note.edit", f"note:{row.id}",
        before={k: before[k] for k in changed}, after={k: after[k] for k in changed},
    )  # fmt: skip
    return _note_row(row)


def list_notes(session: Session, kind: str | None = None) -> list[NoteRow]:
    """Entries of one book (or both), newest first."""
    query = select(AdminNote).order_by(AdminNote.date.desc(), AdminNote.id.desc())
    if kind is not None:
        query = query.where(AdminNote.kind == kind)
    return [_note_row(r) for r in session.execute(query).scalars()]
