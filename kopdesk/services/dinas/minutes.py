"""Notulen rapat (KOPERASI.md §6.3): the minutes of pengurus, pengawas and members'
meetings, each with the files a user attaches (the signed scan, the attendance list).

Files are kept inside the book (base64 text in ``meeting_file``), not beside it: they
travel with every backup, are sealed like every other row, and no path a user chose is
ever written to. A file given by a user may be hostile, so it is read only after its
size is checked (at most :data:`MAX_FILE_BYTES`), only the kinds in
:data:`FILE_KINDS` are taken, its content must start like that kind, and only its
base name is kept. A refusal is one Indonesian line (``ValidationError``) and writes
nothing. Changes need ``organs.manage`` and are audited.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import Meeting, MeetingFile
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.dinas.registers import CHANGES, check_line, check_text

__all__ = [
    "FILE_KINDS",
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "MEETING_KINDS",
    "FileInfo",
    "MeetingInput",
    "MeetingRow",
    "add_meeting",
    "attach_file",
    "edit_meeting",
    "file_content",
    "list_meetings",
]

MEETING_KINDS = {
    "pengurus": "Rapat pengurus",
    "pengawas": "Rapat pengawas",
    "gabungan": "Rapat gabungan pengurus dan pengawas",
    "rat": "Rapat Anggota Tahunan",
    "ra_khusus": "Rapat Anggota Khusus",
    "lain": "Rapat lain",
}
MAX_FILE_BYTES = 5 * 1024 * 1024
"""One attachment: a few scanned pages."""
MAX_FILES = 20
"""Attachments of one meeting."""
FILE_KINDS: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
}
"""Accepted suffixes and how such a file starts (a renamed program is refused)."""


@dataclass(frozen=True)
class MeetingInput:
    date: dt.date
    kind: str
    title: str
    summary: str = ""


@dataclass(frozen=True)
class FileInfo:
    id: int
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: dt.date
    kind: str
    title: str
    summary: str
    files: tuple[FileInfo, ...] = ()


def _check(data: MeetingInput) -> MeetingInput:
    if data.kind not in MEETING_KINDS:
        raise ValidationError("kind", "Jenis rapat tidak dikenal.")
    title = check_line("title", "Judul/acara rapat", data.title, 200)
    summary = check_text("summary", "Ringkasan", data.summary, required=False)
    return MeetingInput(data.date, data.kind, title, summary)


def _files(session: Session, meeting_id: int) -> tuple[FileInfo, ...]:
    rows = session.execute(
        select(MeetingFile.id, MeetingFile.file_name, MeetingFile.size, MeetingFile.sha256)
        .where(MeetingFile.meeting_id == meeting_id)
        .order_by(MeetingFile.id)
    ).all()
    return tuple(FileInfo(*r) for r in rows)


def _row(session: Session, row: Meeting) -> MeetingRow:
    return MeetingRow(row.id, row.date, row.kind, row.title, row.summary, _files(session, row.id))


@causes(CHANGES)
def add_meeting(session: Session, actor: Actor, data: MeetingInput) -> MeetingRow:
    """Write the minutes of a meeting; audited as ``meeting.add``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    clean = _check(data)
    row = Meeting(**asdict(clean), updated_by=actor.username, updated_at=clock.now())
    session.add(row)
    session.flush()
    audit.record(session, actor, "meeting.add", f"meeting:{row.id}", after=asdict(clean))
    return _row(session, row)


@causes(CHANGES)
def edit_meeting(session: Session, actor: Actor, meeting_id: int, data: MeetingInput) -> MeetingRow:
    """Correct the minutes; audited as ``meeting.edit``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise NotFoundError("Notulen rapat itu tidak ditemukan.")
    clean = _check(data)
    after = asdict(clean)
    before = {k: getattr(row, k) for k in after}
    for key, value in after.items():
        setattr(row, key, value)
    row.updated_by, row.updated_at = actor.username, clock.now()
    session.flush()
    changed = [k for k in after if after[k] != before[k]]
    audit.record(
        session, actor, "meeting.edit", f"meeting:{row.id}",
        before={k: before[k] for k in changed}, after={k: after[k] for k in changed},
    )  # fmt: skip
    return _row(session, row)


def list_meetings(session: Session) -> list[MeetingRow]:
    """Every meeting's minutes, newest first, with its files (names and sizes)."""
    rows = session.execute(select(Meeting).order_by(Meeting.date.desc(), Meeting.id.desc()))
    return [_row(session, r) for r in rows.scalars()]


def _read_checked(path: Path) -> bytes:
    """The file's bytes, or the one line saying why it is not taken."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in FILE_KINDS:
        kinds = ", ".join(sorted(FILE_KINDS))
        raise ValidationError("file", f"Berkas {name} ditolak: hanya jenis {kinds} yang diterima.")
    try:
        if not path.is_file():
            raise ValidationError("file", f"Berkas {name} ditolak: bukan berkas biasa.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                "file",
                f"Berkas {name} ditolak: {format_number(size)} byte, paling besar "
                f"{format_number(MAX_FILE_BYTES)} byte.",
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationError("file", f"Berkas {name} tidak dapat dibaca: {exc.strerror}.") from exc
    if not data:
        raise ValidationError("file", f"Berkas {name} ditolak: berkasnya kosong.")
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise ValidationError("file", f"Berkas {name} ditolak: terlalu besar.")
    if not data.startswith(FILE_KINDS[suffix]):
        raise ValidationError("file", f"Berkas {name} ditolak: isinya bukan berkas {suffix}.")
    return data


def _safe_name(path: Path) -> str:
    name = "".join(c for c in path.name if c.isprintable() and c not in '\\/:*?"<>|')
    return name.strip()[-200:] or f"lampiran{path.suffix.lower()}"


@causes(CHANGES)
def attach_file(session: Session, actor: Actor, meeting_id: int, path: Path) -> FileInfo:
    """Keep a copy of ``path`` with the minutes; audited as ``meeting.attach`` with its
    name, size and SHA-256. Refused (nothing written) per the module's rules."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError("Notulen rapat itu tidak ditemukan.")
    count = session.execute(
        select(func.count()).select_from(MeetingFile).where(MeetingFile.meeting_id == meeting_id)
    ).scalar_one()
    if count >= MAX_FILES:
        raise ValidationError("file", f"Satu notulen paling banyak {MAX_FILES} lampiran.")
    data = _read_checked(path)
    digest = hashlib.sha256(data).hexdigest()
    row = MeetingFile(
        meeting_id=meeting_id,
        file_name=_safe_name(path),
        size=len(data),
        sha256=digest,
        content_b64=base64.b64encode(data).decode("ascii"),
        added_by=actor.username,
        added_at=clock.now(),
    )
    session.add(row)
    session.flush()
    info = FileInfo(row.id, row.file_name, row.size, digest)
    audit.record(
        session, actor, "meeting.attach", f"meeting:{meeting_id}",
        after={"berkas": info.file_name, "ukuran": info.size, "sha256": digest},
    )  # fmt: skip
    return info


def file_content(session: Session, file_id: int) -> tuple[str, bytes]:
    """An attachment's name and bytes (checked against its SHA-256)."""
    row = session.get(MeetingFile, file_id)
    if row is None:
        raise NotFoundError("Lampiran itu tidak ditemukan.")
    data = base64.b64decode(row.content_b64)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise ValidationError("file", f"Lampiran {row.file_name} rusak: sidik jarinya tidak cocok.")
    return row.file_name, data
