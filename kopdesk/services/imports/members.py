"""Moving the member list out of Excel: column mapping, a dry run that lists
**every** problem with its row and column, then an all-or-nothing import.

Rows keep their member numbers (members know them); rows without one get the
next automatic numbers. Bulk rows are written with SQLAlchemy Core in one
transaction (DESIGN.md §9), so 10,000 members import in seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.models import Member, MemberStatusEvent, core_table
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes
from kopdesk.services.imports import base
from kopdesk.services.imports.base import (
    FieldSpec,
    Progress,
    RowError,
    check_mapping,
    parse_cell_date,
    refuse_problems,
    unmapped,
)
from kopdesk.services.imports.sheets import Cell, Sheet
from kopdesk.services.members.identity import format_phone
from kopdesk.services.members.register import (
    MemberFilter,
    MemberInput,
    clean_member,
    member_ids,
    members_by_ids,
    next_numbers,
)

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ImportPlan",
    "ImportResult",
    "auto_mapping",
    "commit_import",
    "export_members",
    "plan_import",
    "template_xlsx",
]

# field -> (label printed in errors and the template, header spellings seen in practice)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "number": (
        "No. Anggota",
        ("no anggota", "nomor anggota", "no_anggota", "kode anggota", "no agt"),
    ),
    "full_name": ("Nama Lengkap", ("nama", "nama lengkap", "nama anggota", "nama_lengkap")),
    "nik": ("NIK", ("nik", "nik ktp", "no ktp", "nomor ktp", "no nik", "nomor induk kependudukan")),
    "birth_place": ("Tempat Lahir", ("tempat lahir", "tmp lahir", "tempat_lahir")),
    "birth_date": ("Tanggal Lahir", ("tanggal lahir", "tgl lahir", "tanggal_lahir", "tgl_lahir")),
    "sex": ("Jenis Kelamin", ("jenis kelamin", "jk", "l/p", "kelamin", "gender")),
    "address": ("Alamat", ("alamat", "alamat jalan", "jalan")),
    "rt_rw": ("RT/RW", ("rt/rw", "rt rw")),
    "kelurahan": ("Kelurahan/Desa", ("kelurahan", "desa", "kelurahan/desa", "desa/kelurahan")),
    "kecamatan": ("Kecamatan", ("kecamatan",)),
    "kabupaten_kota": ("Kabupaten/Kota", ("kabupaten/kota", "kabupaten", "kota", "kab/kota")),
    "provinsi": ("Provinsi", ("provinsi",)),
    "postal_code": ("Kode Pos", ("kode pos", "kodepos")),
    "phone": ("No. HP", ("no hp", "hp", "nomor hp", "no telp", "telepon", "no wa", "whatsapp")),
    "occupation": ("Pekerjaan", ("pekerjaan",)),
    "employer_unit": ("Unit Kerja", ("unit kerja", "instansi", "bagian")),
    "member_class": ("Golongan", ("golongan", "golongan wajib", "kelas anggota")),
    "npwp": ("NPWP", ("npwp",)),
    "heir_name": ("Ahli Waris", ("ahli waris", "nama ahli waris")),
    "heir_relation": ("Hubungan Ahli Waris", ("hubungan ahli waris", "hubungan")),
    "join_date": (
        "Tanggal Masuk",
        ("tanggal masuk", "tgl masuk", "tanggal bergabung", "tgl daftar"),
    ),
    "status": ("Status", ("status", "status anggota")),
}
REQUIRED = ("full_name", "nik", "join_date")
_SPECS = {name: FieldSpec(label, spellings) for name, (label, spellings) in FIELDS.items()}
_COLUMNS = tuple(f.name for f in fields(MemberInput) if f.name not in ("number", "status"))
"""Every other field of a member's data is the member column of the same name."""
_STATUS_WORDS = {
    **{status.value: status for status in MemberStatus},
    "anggota": MemberStatus.AKTIF,
    "calon anggota": MemberStatus.CALON,
    "berhenti": MemberStatus.KELUAR,
    "mengundurkan diri": MemberStatus.KELUAR,
    "meninggal dunia": MemberStatus.MENINGGAL,
    "dikeluarkan": MemberStatus.DIBERHENTIKAN,
}
_SEX_WORDS = {
    "l": "L",
    "laki-laki": "L",
    "laki laki": "L",
    "pria": "L",
    "m": "L",
    "p": "P",
    "perempuan": "P",
    "wanita": "P",
    "w": "P",
    "f": "P",
}


@dataclass
class ImportPlan:
    """The result of a dry run: what would be imported and every problem found."""

    file_name: str
    mapping: dict[str, str]
    """field -> column label in the file."""
    members: list[tuple[int, MemberInput]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    """Columns of the file that were not used."""

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.members)


def auto_mapping(headers: Sequence[str]) -> dict[str, str]:
    """field -> column label, matching the file's headers to known spellings."""
    return base.auto_mapping(_SPECS, headers)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())


def _id_text(value: Cell, label: str) -> str:
    """NIK/NPWP/phone cells: text as typed; numbers Excel may have mangled."""
    if isinstance(value, float):
        if not value.is_integer() or value >= 1e15:
            raise ValidationError(
                label,
                f"{label} tersimpan sebagai angka di Excel ({value:.6g}); Excel hanya menyimpan 15 "
                "angka pertama. Format kolom sebagai Teks lalu ketik ulang.",
            )
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
        if label == "NIK" and len(text) == 16 and text.endswith("0"):
            raise ValidationError(
                label,
                f"NIK {text} tersimpan sebagai angka di Excel; angka terakhirnya bisa berubah "
                "menjadi 0. Format kolom sebagai Teks lalu ketik ulang.",
            )
        return "0" + text if label != "NIK" and not text.startswith(("0", "62")) else text
    return _text(value)


_LABELS = {name: label for name, (label, _) in FIELDS.items()}
_PLAIN = (
    "number",
    "full_name",
    "birth_place",
    "address",
    "rt_rw",
    "kelurahan",
    "kecamatan",
    "kabupaten_kota",
    "provinsi",
    "postal_code",
    "occupation",
    "employer_unit",
    "member_class",
    "heir_name",
    "heir_relation",
)


def _positions(headers: tuple[str, ...], mapping: Mapping[str, str]) -> dict[str, int]:
    """field -> index of its column in each row (the first column of that label)."""
    return {name: headers.index(label) for name, label in mapping.items()}


def _row_input(row: tuple[Cell, ...], positions: Mapping[str, int]) -> MemberInput:
    def get(name: str) -> Cell:
        at = positions.get(name)
        return None if at is None else row[at]

    label = _LABELS
    sex_text = _text(get("sex")).lower()
    if sex_text and sex_text not in _SEX_WORDS:
        raise ValidationError(label["sex"], f"Jenis kelamin '{sex_text}' tidak dikenal (L atau P).")
    status_text = _text(get("status")).lower()
    if status_text and status_text not in _STATUS_WORDS:
        raise ValidationError(
            label["status"],
            f"Status '{status_text}' tidak dikenal "
            "(aktif, calon, keluar, meninggal, diberhentikan).",
        )
    plain = {name: _text(get(name)) for name in _PLAIN}
    return MemberInput(
        **plain,
        nik=_id_text(get("nik"), "NIK"),
        npwp=_id_text(get("npwp"), "NPWP") if get("npwp") is not None else "",
        phone=_id_text(get("phone"), "No. HP") if get("phone") is not None else "",
        birth_date=parse_cell_date(get("birth_date"), label["birth_date"]),
        join_date=parse_cell_date(get("join_date"), label["join_date"]),
        sex=_SEX_WORDS.get(sex_text, ""),
        status=_STATUS_WORDS.get(status_text, MemberStatus.AKTIF),
    )


_FIELD_OF_ERROR = {
    "full_name": "full_name",
    "nik": "nik",
    "NIK": "nik",
    "birth_date": "birth_date",
    "join_date": "join_date",
    "phone": "phone",
    "No. HP": "phone",
    "npwp": "npwp",
    "NPWP": "npwp",
    "postal_code": "postal_code",
    "sex": "sex",
    "number": "number",
    "status": "status",
}


def _column_of(error: ValidationError, mapping: Mapping[str, str]) -> str:
    name = _FIELD_OF_ERROR.get(error.field)
    if name is None:
        for key, (label, _) in FIELDS.items():
            if error.field in (key, label):
                name = key
    if name is not None and name in mapping:
        return mapping[name]
    return FIELDS[name][0] if name in FIELDS else error.field


def plan_import(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    progress: Progress | None = None,
) -> ImportPlan:
    """Dry run: read ``path``, check every row, and list every problem. Writes nothing."""
    sheet: Sheet = base.read_for(_SPECS, path)
    used = dict(mapping) if mapping else auto_mapping(sheet.headers)
    plan = ImportPlan(path.name, used)
    check_mapping(FIELDS, used, sheet.headers, path.name)
    missing = [FIELDS[name][0] for name in REQUIRED if name not in used]
    if missing:
        plan.errors.append(
            RowError(
                sheet.header_row,
                ", ".join(missing),
                "Kolom wajib tidak ditemukan; atur pemetaan kolom.",
            )
        )
        return plan
    plan.unmapped = list(unmapped(sheet.headers, used))
    _check_rows(session, sheet, plan, progress)
    return plan


def _check_rows(
    session: Session, sheet: Sheet, plan: ImportPlan, progress: Progress | None
) -> None:
    existing_nik = dict(session.execute(select(Member.nik, Member.number)).all())
    existing_numbers = set(session.execute(select(Member.number)).scalars())
    seen_nik: dict[str, int] = {}
    seen_number: dict[str, int] = {}
    total = len(sheet.rows)
    positions = _positions(sheet.headers, plan.mapping)
    for index, (row_no, cells) in enumerate(sheet.rows, start=1):
        if progress is not None and index % 100 == 0:
            progress(index, total)
        try:
            cleaned = clean_member(_row_input(cells, positions))
        except ValidationError as exc:
            plan.errors.append(RowError(row_no, _column_of(exc, plan.mapping), exc.message))
            continue
        data = replace(cleaned.data, birth_date=cleaned.birth_date)
        nik_col = plan.mapping["nik"]
        if data.nik in seen_nik:
            plan.errors.append(
                RowError(
                    row_no,
                    nik_col,
                    f"NIK {data.nik} ganda: sama dengan baris {seen_nik[data.nik]}.",
                )
            )
            continue
        if data.nik in existing_nik:
            plan.errors.append(
                RowError(
                    row_no,
                    nik_col,
                    f"NIK {data.nik} sudah terdaftar di buku ({existing_nik[data.nik]}).",
                )
            )
            continue
        if data.number:
            num_col = plan.mapping.get("number", "No. Anggota")
            if data.number in seen_number:
                plan.errors.append(
                    RowError(
                        row_no,
                        num_col,
                        f"Nomor anggota {data.number} ganda: "
                        f"sama dengan baris {seen_number[data.number]}.",
                    )
                )
                continue
            if data.number in existing_numbers:
                plan.errors.append(
                    RowError(row_no, num_col, f"Nomor anggota {data.number} sudah dipakai di buku.")
                )
                continue
            seen_number[data.number] = row_no
        seen_nik[data.nik] = row_no
        for warning in cleaned.warnings:
            plan.warnings.append(
                RowError(row_no, plan.mapping.get("sex", "Jenis Kelamin"), warning)
            )
        plan.members.append((row_no, data))
    if progress is not None:
        progress(total, total)


@dataclass(frozen=True)
class ImportResult:
    count: int
    first_number: str
    last_number: str


_MEMBERS = core_table(Member)
_INSERT_MEMBERS = insert(_MEMBERS).returning(_MEMBERS.c.number, _MEMBERS.c.id)
"""Core, with RETURNING: SQLAlchemy then writes many rows a statement ("insertmanyvalues"),
and each statement, not each row, is one step for the search index's trigger (an import
of 10,000 members: 0.3 s instead of 1.2 s). The ORM's bulk insert costs more still."""
_EVENTS = core_table(MemberStatusEvent)
_INSERT_EVENTS = insert(_EVENTS).returning(_EVENTS.c.id)


@causes(Changes(members=True))
def commit_import(
    session: Session, actor: Actor, plan: ImportPlan, *, progress: Progress | None = None
) -> ImportResult:
    """Write every member of a plan without errors, all or nothing (Core bulk insert)."""
    authorize(session, actor, Permission.MEMBERS_MANAGE)
    refuse_problems(plan.errors)
    if not plan.members:
        raise DomainError("Tidak ada anggota untuk diimpor.")
    taken = {m.number for _, m in plan.members if m.number}
    automatic = iter(next_numbers(session, sum(1 for _, m in plan.members if not m.number), taken))
    now = clock.now()
    rows = []
    for _, m in plan.members:
        assert m.birth_date is not None
        assert m.join_date is not None
        rows.append(
            {
                **{name: getattr(m, name) for name in _COLUMNS},
                "number": m.number or next(automatic),
                "status": m.status.value,
                "status_date": m.join_date,
                "created_at": now,
            }
        )
    ids = {number: int(id_) for number, id_ in session.execute(_INSERT_MEMBERS, rows)}
    session.execute(
        _INSERT_EVENTS,
        [
            {
                "member_id": ids[r["number"]],
                "status": r["status"],
                "date": r["join_date"],
                "reason": f"Impor dari {plan.file_name}",
                "recorded_by": actor.username,
                "recorded_at": now,
            }
            for r in rows
        ],
    )
    if progress is not None:
        progress(len(rows), len(rows))
    numbers = sorted((str(r["number"]) for r in rows), key=lambda n: (len(n), n))
    audit.record(
        session,
        actor,
        "member.import",
        plan.file_name[:100],
        after={"jumlah": len(rows), "nomor_awal": numbers[0], "nomor_akhir": numbers[-1]},
    )
    return ImportResult(len(rows), numbers[0], numbers[-1])


def template_xlsx() -> bytes:
    """The downloadable import template: every column with an example row."""
    from kopdesk.services.imports.sheets import write_xlsx

    example: dict[str, Cell] = {
        "number": "",
        "full_name": "Siti Aminah",
        "nik": "3273015504900002",
        "birth_place": "Bandung",
        "birth_date": "15-04-1990",
        "sex": "P",
        "address": "Jl. Cempaka No. 12",
        "rt_rw": "003/005",
        "kelurahan": "Sukaluyu",
        "kecamatan": "Cibeunying Kaler",
        "kabupaten_kota": "Kota Bandung",
        "provinsi": "Jawa Barat",
        "postal_code": "40123",
        "phone": "0812-3456-7890",
        "occupation": "Pedagang",
        "employer_unit": "",
        "member_class": "",
        "npwp": "",
        "heir_name": "Ahmad Fauzi",
        "heir_relation": "Suami",
        "join_date": "02-01-2024",
        "status": MemberStatus.AKTIF.value,
    }
    return write_xlsx(
        [label for label, _ in FIELDS.values()], [[example[k] for k in FIELDS]], title="Anggota"
    )


def export_members(session: Session, kind: str, flt: MemberFilter | None = None) -> bytes:
    """The member list as ``xlsx`` or ``csv`` bytes, in the import template's columns
    (so an exported file can be edited and imported into another book)."""
    from kopdesk.services.imports.sheets import write_csv, write_xlsx

    if kind not in ("xlsx", "csv"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .xlsx atau .csv.")
    infos = members_by_ids(session, member_ids(session, flt))
    headers = [label for label, _ in FIELDS.values()]
    rows: list[list[Cell]] = [
        [
            m.number,
            m.full_name,
            m.nik,
            m.birth_place,
            m.birth_date.strftime("%d-%m-%Y"),
            m.sex,
            m.address,
            m.rt_rw,
            m.kelurahan,
            m.kecamatan,
            m.kabupaten_kota,
            m.provinsi,
            m.postal_code,
            format_phone(m.phone),
            m.occupation,
            m.employer_unit,
            m.member_class,
            m.npwp,
            m.heir_name,
            m.heir_relation,
            m.join_date.strftime("%d-%m-%Y"),
            m.status.value,
        ]
        for m in infos
    ]
    if kind == "csv":
        return write_csv(headers, rows)
    return write_xlsx(headers, rows, title="Anggota")
