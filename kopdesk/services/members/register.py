"""The member register: registering, editing, status changes, organ roles, search.

A member's status history (calon anggota → aktif → keluar / meninggal /
diberhentikan) only grows: each change is an event with date and reason.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.member_numbers import next_free
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.text import has_control
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import Member, MemberStatusEvent, OrganRole
from kopdesk.services.base import audit, settings
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.members import search
from kopdesk.services.members.identity import check_nik, check_npwp, normalize_phone

STATUS_LABELS: dict[MemberStatus, str] = {
    MemberStatus.CALON: "Calon anggota",
    MemberStatus.AKTIF: "Aktif",
    MemberStatus.KELUAR: "Keluar",
    MemberStatus.MENINGGAL: "Meninggal",
    MemberStatus.DIBERHENTIKAN: "Diberhentikan",
}


def status_label(status: str) -> str:
    """How a member status is shown (``"calon"`` → "Calon anggota")."""
    return STATUS_LABELS[MemberStatus(status)]


# Which status may follow which; "aktif" again after leaving is re-joining.
TRANSITIONS: dict[MemberStatus, frozenset[MemberStatus]] = {
    MemberStatus.CALON: frozenset({MemberStatus.AKTIF, MemberStatus.KELUAR}),
    MemberStatus.AKTIF: frozenset(
        {MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN}
    ),
    MemberStatus.KELUAR: frozenset({MemberStatus.AKTIF}),
    MemberStatus.DIBERHENTIKAN: frozenset({MemberStatus.AKTIF}),
    MemberStatus.MENINGGAL: frozenset(),
}


class OrganKind(enum.StrEnum):
    KETUA = "ketua"
    WAKIL_KETUA = "wakil_ketua"
    SEKRETARIS = "sekretaris"
    BENDAHARA = "bendahara"
    PENGURUS = "pengurus"
    PENGAWAS = "pengawas"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_pengawas(self) -> bool:
        return self is OrganKind.PENGAWAS


@dataclass(frozen=True)
class MemberInput:
    """What a treasurer types or imports about a member. Text is cleaned by the service."""

    full_name: str
    nik: str
    birth_date: dt.date | None
    join_date: dt.date | None
    sex: str = ""
    """``L`` or ``P``; empty means: take it from the NIK."""
    birth_place: str = ""
    address: str = ""
    rt_rw: str = ""
    kelurahan: str = ""
    kecamatan: str = ""
    kabupaten_kota: str = ""
    provinsi: str = ""
    postal_code: str = ""
    phone: str = ""
    occupation: str = ""
    employer_unit: str = ""
    member_class: str = ""
    """Golongan for the simpanan wajib amount; empty: the product's amount."""
    npwp: str = ""
    heir_name: str = ""
    heir_relation: str = ""
    number: str = ""
    """Empty: the next automatic number (setting ``member.number_pattern``)."""
    status: MemberStatus = MemberStatus.AKTIF


@dataclass(frozen=True)
class MemberInfo:
    id: int
    number: str
    full_name: str
    nik: str
    birth_place: str
    birth_date: dt.date
    sex: str
    address: str
    rt_rw: str
    kelurahan: str
    kecamatan: str
    kabupaten_kota: str
    provinsi: str
    postal_code: str
    phone: str
    occupation: str
    employer_unit: str
    member_class: str
    npwp: str
    heir_name: str
    heir_relation: str
    join_date: dt.date
    status: MemberStatus
    status_date: dt.date

    @property
    def leave_date(self) -> dt.date | None:
        left = (MemberStatus.KELUAR, MemberStatus.MENINGGAL, MemberStatus.DIBERHENTIKAN)
        return self.status_date if self.status in left else None

    @property
    def full_address(self) -> str:
        parts = [self.address]
        if self.rt_rw:
            parts.append(f"RT/RW {self.rt_rw}")
        parts += [
            f"Kel. {self.kelurahan}" if self.kelurahan else "",
            f"Kec. {self.kecamatan}" if self.kecamatan else "",
            self.kabupaten_kota,
            self.provinsi,
            self.postal_code,
        ]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Cleaned:
    """A validated member input; ``warnings`` are things to check, not errors."""

    data: MemberInput
    birth_date: dt.date
    join_date: dt.date
    warnings: tuple[str, ...] = ()


_TEXT_LIMITS = {
    "full_name": 200,
    "birth_place": 100,
    "address": 500,
    "rt_rw": 10,
    "kelurahan": 100,
    "kecamatan": 100,
    "kabupaten_kota": 100,
    "provinsi": 100,
    "postal_code": 10,
    "occupation": 100,
    "employer_unit": 100,
    "member_class": 30,
    "heir_name": 200,
    "heir_relation": 50,
}


def _clean_texts(data: MemberInput) -> dict[str, str]:
    """The text fields with runs of white space made single spaces, checked."""
    texts = {k: " ".join(str(getattr(data, k)).split()) for k in _TEXT_LIMITS}
    if len(texts["full_name"]) < 2:
        raise ValidationError("full_name", "Nama lengkap wajib diisi.")
    for key, limit in _TEXT_LIMITS.items():
        if len(texts[key]) > limit:
            raise ValidationError(key, f"Isian terlalu panjang (paling banyak {limit} huruf).")
        if has_control(texts[key]):
            raise ValidationError(key, "Isian berisi karakter kendali; ketik ulang sebagai teks.")
    return texts


def clean_member(data: MemberInput, *, today: dt.date | None = None) -> Cleaned:
    """Validate one member's data; ``ValidationError`` names the first bad field.

    The sex is checked against the NIK (women's birth day + 40) and the birth
    date too; a mismatch is a warning, not an error (KTP data has mistakes).
    """
    today = today or clock.today()
    texts = _clean_texts(data)
    if texts["postal_code"] and not re.fullmatch(r"\d{5}", texts["postal_code"]):
        raise ValidationError("postal_code", "Kode pos harus 5 angka.")
    nik = check_nik(data.nik)
    sex = data.sex.strip().upper()[:1] if data.sex else ""
    if sex and sex not in ("L", "P"):
        raise ValidationError("sex", "Jenis kelamin harus L (laki-laki) atau P (perempuan).")
    warnings = []
    if sex and sex != nik.sex:
        warnings.append(
            f"Jenis kelamin {sex} tidak cocok dengan NIK (NIK menunjukkan {nik.sex}); periksa KTP."
        )
    birth = data.birth_date or nik.birth_date
    if birth > today:
        raise ValidationError("birth_date", "Tanggal lahir tidak boleh di masa depan.")
    if birth != nik.birth_date:
        warnings.append("Tanggal lahir tidak sama dengan tanggal lahir di NIK; periksa KTP.")
    if data.join_date is None:
        raise ValidationError("join_date", "Tanggal masuk wajib diisi.")
    if data.join_date > today:
        raise ValidationError("join_date", "Tanggal masuk tidak boleh di masa depan.")
    if data.join_date < birth:
        raise ValidationError("join_date", "Tanggal masuk tidak boleh sebelum tanggal lahir.")
    number = data.number.strip().upper()
    if number and not re.fullmatch(r"[A-Z0-9][A-Z0-9./\-]{0,19}", number):
        raise ValidationError("number", "Nomor anggota: huruf, angka, titik, / atau -, maks. 20.")
    cleaned = replace(
        data,
        **texts,  # type: ignore[arg-type]  # the text fields only
        nik=nik.nik,
        sex=sex or nik.sex,
        npwp=check_npwp(data.npwp),
        phone=normalize_phone(data.phone),
        number=number,
        status=MemberStatus(data.status),
    )
    return Cleaned(cleaned, birth, data.join_date, tuple(warnings))


def _info(row: Member) -> MemberInfo:
    return MemberInfo(
        id=row.id,
        number=row.number,
        full_name=row.full_name,
        nik=row.nik,
        birth_place=row.birth_place,
        birth_date=row.birth_date,
        sex=row.sex,
        address=row.address,
        rt_rw=row.rt_rw,
        kelurahan=row.kelurahan,
        kecamatan=row.kecamatan,
        kabupaten_kota=row.kabupaten_kota,
        provinsi=row.provinsi,
        postal_code=row.postal_code,
        phone=row.phone,
        occupation=row.occupation,
        employer_unit=row.employer_unit,
        member_class=row.member_class,
        npwp=row.npwp,
        heir_name=row.heir_name,
        heir_relation=row.heir_relation,
        join_date=row.join_date,
        status=MemberStatus(row.status),
        status_date=row.status_date,
    )


def next_numbers(session: Session, count: int, taken: set[str] | None = None) -> list[str]:
    """The next ``count`` free automatic member numbers (skipping numbers in use)."""
    pattern = settings.get_text(session, settings.MEMBER_NUMBER_PATTERN)
    used = set(session.execute(select(Member.number)).scalars()) | (taken or set())
    return next_free(pattern, used, count)


def _check_unique(session: Session, nik: str, number: str, *, exclude: int | None = None) -> None:
    stmt = select(Member).where(or_(Member.nik == nik, Member.number == number))
    for other in session.execute(stmt).scalars():
        if other.id == exclude:
            continue
        if other.nik == nik:
            raise ValidationError(
                "nik", f"NIK {nik} sudah terdaftar atas nama {other.full_name} ({other.number})."
            )
        raise ValidationError("number", f"Nomor anggota {number} sudah dipakai {other.full_name}.")


@causes(Changes(members=True))
def register_member(session: Session, actor: Actor, data: MemberInput) -> MemberInfo:
    """Add a member (status ``aktif`` or ``calon``); duplicate NIK is refused."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    clean = clean_member(data)
    if clean.data.status not in (MemberStatus.AKTIF, MemberStatus.CALON):
        raise ValidationError("status", "Anggota baru berstatus aktif atau calon anggota.")
    number = clean.data.number or next_numbers(session, 1)[0]
    _check_unique(session, clean.data.nik, number)
    row = Member(**_columns(clean, number), created_at=clock.now())
    session.add(row)
    session.flush()
    session.add(
        MemberStatusEvent(
            member_id=row.id,
            status=row.status,
            date=row.join_date,
            reason="Pendaftaran",
            recorded_by=actor.username,
            recorded_at=clock.now(),
        )
    )
    session.flush()
    audit.record(
        session, actor, "member.register", number, after={"nama": row.full_name, "nik": row.nik}
    )
    return _info(row)


def _columns(clean: Cleaned, number: str) -> dict[str, object]:
    d = clean.data
    return {
        "number": number,
        "full_name": d.full_name,
        "nik": d.nik,
        "birth_place": d.birth_place,
        "birth_date": clean.birth_date,
        "sex": d.sex,
        "address": d.address,
        "rt_rw": d.rt_rw,
        "kelurahan": d.kelurahan,
        "kecamatan": d.kecamatan,
        "kabupaten_kota": d.kabupaten_kota,
        "provinsi": d.provinsi,
        "postal_code": d.postal_code,
        "phone": d.phone,
        "occupation": d.occupation,
        "employer_unit": d.employer_unit,
        "member_class": d.member_class,
        "npwp": d.npwp,
        "heir_name": d.heir_name,
        "heir_relation": d.heir_relation,
        "join_date": clean.join_date,
        "status": d.status.value,
        "status_date": clean.join_date,
    }


_EDITABLE = (
    "full_name",
    "nik",
    "birth_place",
    "birth_date",
    "sex",
    "address",
    "rt_rw",
    "kelurahan",
    "kecamatan",
    "kabupaten_kota",
    "provinsi",
    "postal_code",
    "phone",
    "occupation",
    "employer_unit",
    "member_class",
    "npwp",
    "heir_name",
    "heir_relation",
    "join_date",
)


@causes(Changes(members=True))
def update_member(session: Session, actor: Actor, number: str, data: MemberInput) -> MemberInfo:
    """Correct a member's data (not the number, not the status: those have their
    own actions). Recorded with before and after values."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    row = member_row(session, number)
    clean = clean_member(replace(data, number=row.number, status=MemberStatus(row.status)))
    _check_unique(session, clean.data.nik, row.number, exclude=row.id)
    new = _columns(clean, row.number)
    before, after = {}, {}
    for key in _EDITABLE:
        if getattr(row, key) != new[key]:
            before[key], after[key] = getattr(row, key), new[key]
            setattr(row, key, new[key])
    if not after:
        return _info(row)
    session.flush()
    audit.record(session, actor, "member.edit", row.number, before=before, after=after)
    return _info(row)


@causes(Changes(members=True))
def change_status(
    session: Session,
    actor: Actor,
    number: str,
    status: MemberStatus,
    *,
    on: dt.date,
    reason: str,
) -> MemberInfo:
    """Record a status change (with its date and reason) as a new history event."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    row = member_row(session, number)
    current, new = MemberStatus(row.status), MemberStatus(status)
    if new not in TRANSITIONS[current]:
        raise DomainError(
            f"Status {status_label(current)} tidak dapat diubah menjadi {status_label(new)}."
        )
    why = " ".join(reason.split())
    if len(why) < 3:
        raise ValidationError("reason", "Alasan perubahan status wajib diisi.")
    if on < row.status_date:
        raise ValidationError(
            "date",
            f"Tanggal tidak boleh sebelum perubahan status terakhir ({row.status_date:%d-%m-%Y}).",
        )
    if on > clock.today():
        raise ValidationError("date", "Tanggal tidak boleh di masa depan.")
    session.add(
        MemberStatusEvent(
            member_id=row.id,
            status=new.value,
            date=on,
            reason=why,
            recorded_by=actor.username,
            recorded_at=clock.now(),
        )
    )
    old = row.status
    row.status, row.status_date = new.value, on
    session.flush()
    audit.record(
        session,
        actor,
        "member.status",
        row.number,
        before={"status": old},
        after={"status": new.value, "tanggal": on, "alasan": why},
    )
    return _info(row)


@dataclass(frozen=True)
class StatusEvent:
    status: MemberStatus
    date: dt.date
    reason: str
    recorded_by: str


def status_history(session: Session, number: str) -> list[StatusEvent]:
    row = member_row(session, number)
    events = session.execute(
        select(MemberStatusEvent)
        .where(MemberStatusEvent.member_id == row.id)
        .order_by(MemberStatusEvent.date, MemberStatusEvent.id)
    ).scalars()
    return [StatusEvent(MemberStatus(e.status), e.date, e.reason, e.recorded_by) for e in events]


def get_member(session: Session, number: str) -> MemberInfo:
    return _info(member_row(session, number))


def statuses(session: Session, numbers: Sequence[str]) -> dict[str, str]:
    """Member number -> status (``aktif``, ``keluar``, …) for the numbers that exist."""
    rows = session.execute(
        select(Member.number, Member.status).where(Member.number.in_(list(numbers)))
    ).all()
    return {str(number): str(status) for number, status in rows}


_MEMBER_BY_NUMBER = select(Member).where(Member.number == bindparam("number"))


def member_row(session: Session, number: str) -> Member:
    """The member with ``number`` (any case), or ``NotFoundError``."""
    row = session.execute(_MEMBER_BY_NUMBER, {"number": number.strip().upper()}).scalar()
    if row is None:
        raise NotFoundError(f"Anggota {number} tidak ditemukan.")
    return row


# --- organ roles ---------------------------------------------------------------


@dataclass(frozen=True)
class OrganTerm:
    id: int
    member_number: str
    member_name: str
    role: OrganKind
    term_start: dt.date
    term_end: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.term_start <= day and (self.term_end is None or day <= self.term_end)


@causes(Changes(members=True))
def assign_organ(
    session: Session,
    actor: Actor,
    number: str,
    role: OrganKind,
    *,
    term_start: dt.date,
    term_end: dt.date | None = None,
) -> OrganTerm:
    """Record a term as pengurus or pengawas; only active members serve."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    row = member_row(session, number)
    if row.status != MemberStatus.AKTIF:
        raise DomainError(f"{row.full_name} bukan anggota aktif; tidak dapat menjabat.")
    if term_end is not None and term_end < term_start:
        raise ValidationError("term_end", "Akhir masa jabatan tidak boleh sebelum awalnya.")
    term = OrganRole(
        member_id=row.id, role=OrganKind(role).value, term_start=term_start, term_end=term_end
    )
    session.add(term)
    session.flush()
    audit.record(
        session,
        actor,
        "organ.assign",
        row.number,
        after={"jabatan": term.role, "mulai": term_start, "akhir": term_end},
    )
    return OrganTerm(term.id, row.number, row.full_name, OrganKind(term.role), term_start, term_end)


@causes(Changes(members=True))
def end_organ(session: Session, actor: Actor, term_id: int, term_end: dt.date) -> OrganTerm:
    """Close a term of office on ``term_end``."""
    authorize(session, actor, Permission.ORGANS_MANAGE)
    term = session.get(OrganRole, term_id)
    if term is None:
        raise NotFoundError("Masa jabatan itu tidak ditemukan.")
    if term_end < term.term_start:
        raise ValidationError("term_end", "Akhir masa jabatan tidak boleh sebelum awalnya.")
    old = term.term_end
    term.term_end = term_end
    session.flush()
    member = session.get(Member, term.member_id)
    assert member is not None
    audit.record(
        session, actor, "organ.end", member.number, before={"akhir": old}, after={"akhir": term_end}
    )
    return OrganTerm(
        term.id, member.number, member.full_name, OrganKind(term.role), term.term_start, term_end
    )


def organ_terms(session: Session, *, on: dt.date | None = None) -> list[OrganTerm]:
    """Every term (or those active on ``on``), pengurus first, by start date."""
    rows = session.execute(
        select(OrganRole, Member.number, Member.full_name)
        .join(Member, Member.id == OrganRole.member_id)
        .order_by(OrganRole.term_start, OrganRole.id)
    ).all()
    terms = [
        OrganTerm(t.id, num, name, OrganKind(t.role), t.term_start, t.term_end)
        for t, num, name in rows
    ]
    order = list(OrganKind)
    terms.sort(key=lambda t: (order.index(t.role), t.term_start))
    return [t for t in terms if on is None or t.active_on(on)]


# --- listing and search (lazy lists) ------------------------------------------


class MemberSort(enum.StrEnum):
    NUMBER = "number"
    NAME = "name"
    JOIN_DATE = "join_date"


@dataclass(frozen=True)
class MemberFilter:
    search: str = ""
    """Matches number, name, NIK or phone (case-insensitive, anywhere; ``search.py``)."""
    statuses: tuple[MemberStatus, ...] = ()
    organ: OrganKind | None = None
    organs: tuple[OrganKind, ...] = ()
    """Members serving in any of these offices (with ``organ``, either matches)."""
    organ_on: dt.date | None = None
    sort: MemberSort = MemberSort.NUMBER
    descending: bool = False


@dataclass(frozen=True)
class MemberRow:
    """One line of the member list."""

    id: int
    number: str
    full_name: str
    nik: str
    phone: str
    sex: str
    kelurahan: str
    join_date: dt.date
    status: MemberStatus


def _filtered(session: Session, flt: MemberFilter) -> Select[int]:
    stmt = select(Member.id)
    found = search.search_condition(session, flt.search)
    if found is not None:
        stmt = stmt.where(found)
    if flt.statuses:
        stmt = stmt.where(Member.status.in_([s.value for s in flt.statuses]))
    offices = {o.value for o in flt.organs} | ({flt.organ.value} if flt.organ else set())
    if offices:
        day = flt.organ_on or clock.today()
        serving = select(OrganRole.member_id).where(
            OrganRole.role.in_(sorted(offices)),
            OrganRole.term_start <= day,
            or_(OrganRole.term_end.is_(None), OrganRole.term_end >= day),
        )
        stmt = stmt.where(Member.id.in_(serving))
    key = {
        MemberSort.NUMBER: Member.number,
        MemberSort.NAME: func.lower(Member.full_name),
        MemberSort.JOIN_DATE: Member.join_date,
    }[flt.sort]
    return stmt.order_by(key.desc() if flt.descending else key, Member.id)


def member_ids(
    session: Session, flt: MemberFilter | None = None, *, limit: int | None = None
) -> list[int]:
    """Ids of the members matching ``flt`` in its order (for lazy lists); the first
    ``limit`` of them when given (search as you type)."""
    stmt = _filtered(session, flt or MemberFilter())
    return list(session.execute(stmt if limit is None else stmt.limit(limit)).scalars())


_ROW_COLUMNS = (
    Member.id,
    Member.number,
    Member.full_name,
    Member.nik,
    Member.phone,
    Member.sex,
    Member.kelurahan,
    Member.join_date,
    Member.status,
)


def member_rows(session: Session, ids: Sequence[int]) -> list[MemberRow]:
    """List rows of the given members, in the order of ``ids`` (their columns only:
    a screenful as you type costs no ORM objects)."""
    if not ids:
        return []
    rows = session.execute(select(*_ROW_COLUMNS).where(Member.id.in_(list(ids))))
    by_id = {r[0]: MemberRow(*r[:-1], MemberStatus(r[-1])) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def members_by_ids(session: Session, ids: Sequence[int]) -> list[MemberInfo]:
    """Full records of the given members, in the order of ``ids`` (for papers)."""
    if not ids:
        return []
    rows = session.execute(select(Member).where(Member.id.in_(list(ids)))).scalars()
    by_id = {r.id: _info(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def count_members(session: Session, flt: MemberFilter | None = None) -> int:
    stmt = _filtered(session, flt or MemberFilter()).order_by(None)
    return int(session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def as_input(info: MemberInfo) -> MemberInput:
    """A member's record as editable input (for the edit dialog)."""
    fields = {k: v for k, v in asdict(info).items() if k in MemberInput.__dataclass_fields__}
    return MemberInput(**fields)
