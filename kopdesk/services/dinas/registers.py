"""The small registers of the buku administrasi (KOPERASI.md §6.3): the registers of
people (pengurus, pengawas, karyawan), and the book of members' suggestions (buku
saran anggota) and officials' recommendations (buku anjuran pejabat).

The board has ONE record: the members' offices (``organ_role``, kept in Anggota →
Jabatan by :mod:`kopdesk.services.members.register`), which the RAT book, the health
paper and the berita acara already sign from. The Buku Daftar Pengurus and Buku
Daftar Pengawas are read from it here; the ``officer`` table keeps only who is not
a member's office: the manager and staff (karyawan).

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
from kopdesk.models import AdminNote, Member, Officer, OrganRole
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes

__all__ = [
    "BOARD_KINDS",
    "BOARD_WHERE",
    "MAX_TEXT",
    "NOTE_KINDS",
    "OFFICER_KINDS",
    "PEOPLE_KINDS",
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

PEOPLE_KINDS = {"pengurus": "Pengurus", "pengawas": "Pengawas", "karyawan": "Karyawan"}
"""The registers of people (key → Indonesian word)."""
BOARD_KINDS = ("pengurus", "pengawas")
"""The registers read from the members' offices (``organ_role``), never typed here."""
OFFICER_KINDS = {"karyawan": "Karyawan"}
"""Who the ``officer`` table keeps: the manager and staff, who are not members' offices."""
BOARD_WHERE = "Anggota → pilih anggotanya → Jabatan → Tugaskan jabatan"
"""Where a person records (and ends) a term as pengurus or pengawas."""
BOARD_ROLES = {
    "ketua": "pengurus", "wakil_ketua": "pengurus", "sekretaris": "pengurus",
    "bendahara": "pengurus", "pengurus": "pengurus", "pengawas": "pengawas",
}  # fmt: skip
"""Each office (``organ_role.role``, in the order of :class:`OrganKind`) → its register."""
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
    """One term of a manager or employee: ``kind`` ``karyawan`` (:data:`OFFICER_KINDS`),
    ``sex`` ``L`` or ``P``, ``nik`` the 16-digit citizen number (may be empty),
    ``end_date`` None while serving."""

    kind: str
    name: str
    position: str
    sex: str
    start_date: dt.date
    end_date: dt.date | None = None
    nik: str = ""


@dataclass(frozen=True)
class OfficerRow:
    """A line of a register of people. ``member_number`` is set on the pengurus and
    pengawas lines: they are a member's office (``id`` the ``organ_role`` id), read
    here and changed only in Anggota; empty on a karyawan line (``id`` the ``officer``
    id)."""

    id: int
    kind: str
    name: str
    position: str
    sex: str
    nik: str
    start_date: dt.date
    end_date: dt.date | None
    member_number: str = ""

    @property
    def is_office(self) -> bool:
        """A member's office (kept in Anggota), not a row of the ``officer`` table."""
        return bool(self.member_number)

    def serving_on(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def _check_officer(data: OfficerInput) -> OfficerInput:
    if data.kind in BOARD_KINDS:
        raise ValidationError(
            "kind",
            f"{PEOPLE_KINDS[data.kind]} dicatat sebagai jabatan anggota, bukan di sini: buka "
            f"{BOARD_WHERE}. Register ini hanya untuk manajer dan karyawan.",
        )
    if data.kind not in OFFICER_KINDS:
        raise ValidationError("kind", "Register ini hanya untuk manajer dan karyawan.")
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
    return {k: v for k, v in asdict(data).items() if k not in ("id", "member_number")}


@causes(CHANGES)
def add_officer(session: Session, actor: Actor, data: OfficerInput) -> OfficerRow:
    """Record a manager's or employee's term; audited as ``officer.add``. A pengurus
    or pengawas is refused: they are members' offices (:data:`BOARD_WHERE`)."""
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
        raise NotFoundError("Data karyawan itu tidak ditemukan.")
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


def _office_rows(session: Session) -> list[OfficerRow]:
    """Every member's office as a line of the pengurus or pengawas register, by
    office (ketua first) and start."""
    offices = list(BOARD_ROLES)
    found = sorted(
        session.execute(
            select(OrganRole, Member.number, Member.full_name, Member.sex, Member.nik)
            .join(Member, Member.id == OrganRole.member_id)
            .order_by(OrganRole.term_start, OrganRole.id)
        ).all(),
        key=lambda f: offices.index(f[0].role),
    )
    return [
        OfficerRow(term.id, BOARD_ROLES[term.role], name,
                   term.role.replace("_", " ").capitalize(), sex, nik, term.term_start,
                   term.term_end, number)
        for term, number, name, sex, nik in found
    ]  # fmt: skip


def list_officers(session: Session, kind: str | None = None) -> list[OfficerRow]:
    """The registers of people (or one of :data:`PEOPLE_KINDS`): pengurus and
    pengawas from the members' offices, karyawan from the ``officer`` table. Those serving
    today first, then the others; within each by register, office (ketua first) and
    start."""
    rows: list[OfficerRow] = []
    if kind is None or kind in BOARD_KINDS:
        rows += [r for r in _office_rows(session) if kind is None or r.kind == kind]
    if kind is None or kind in OFFICER_KINDS:
        query = select(Officer).order_by(Officer.start_date, Officer.id)
        rows += [_officer_row(r) for r in session.execute(query).scalars()]
    kinds, today = list(PEOPLE_KINDS), clock.today()
    return sorted(rows, key=lambda r: (not r.serving_on(today), kinds.index(r.kind)))


def officer_counts(session: Session, on: dt.date) -> dict[str, SexCount]:
    """People serving on ``on`` per register of :data:`PEOPLE_KINDS`, by sex: a
    member serving in several offices of one register counts once (by the member's
    sex); ketua, wakil ketua, sekretaris and bendahara are pengurus."""
    people: dict[str, dict[str, str]] = {kind: {} for kind in PEOPLE_KINDS}
    for row in list_officers(session):
        if row.serving_on(on):
            who = row.member_number if row.is_office else f"officer:{row.id}"
            people[row.kind][who] = row.sex
    return {
        kind: SexCount(list(sexes.values()).count("L"), list(sexes.values()).count("P"))
        for kind, sexes in people.items()
    }


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
