"""The buku administrasi registers: pengurus/pengawas (the members' offices),
karyawan, notulen with their files, saran and anjuran. Changes need ``organs.manage``
and are audited; bad input and hostile files are refused with one Indonesian line and
write nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import PermissionDeniedError, ValidationError
from kopdesk.services.base.audit import list_audit
from kopdesk.services.dinas import minutes, registers
from kopdesk.services.dinas.minutes import MeetingInput
from kopdesk.services.dinas.registers import NoteInput, OfficerInput
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.storage.db import Book
from tests.helpers import Snapshot

D = dt.date
ANJURAN = NoteInput("anjuran", D(2025, 4, 2), "Dinas Kota", "Segera RAT")
SARAN = NoteInput("saran", D(2025, 3, 1), "Ani", "Buka Sabtu")
MANAJER = OfficerInput(
    "karyawan", "Hasan Basri", "Manajer", "L", D(2024, 1, 1), nik="3273011708450001"
)


def _actions(book: Book, admin: Actor) -> list[tuple[str, str]]:
    with book.read() as s:
        return [(e.action, e.ref) for e in list_audit(s, admin)]


def test_an_officer_is_added_edited_and_both_audited(
    book: Book, actors: dict[Role, Actor], admin: Actor
) -> None:
    ketua = actors[Role.KETUA]
    with book.unit_of_work() as s:
        row = registers.add_officer(s, ketua, MANAJER)
    with book.unit_of_work() as s:
        ended = OfficerInput(**{**MANAJER.__dict__, "end_date": D(2025, 6, 30)})
        registers.edit_officer(s, ketua, row.id, ended)
    with book.read() as s:
        (listed,) = registers.list_officers(s, "karyawan")
        assert registers.list_officers(s, "pengurus") == []
    assert listed.end_date == D(2025, 6, 30)
    assert not listed.serving_on(D(2025, 7, 1))
    actions = _actions(book, admin)
    assert ("officer.edit", f"officer:{row.id}") in actions
    assert ("officer.add", f"officer:{row.id}") in actions
    with book.read() as s:
        edit = next(e for e in list_audit(s, admin) if e.action == "officer.edit")
    assert edit.before == {"end_date": None}
    assert edit.after == {"end_date": "2025-06-30"}


@pytest.mark.parametrize("kind", ["pengurus", "pengawas"])
def test_the_board_is_not_typed_into_the_register(
    book: Book, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot], kind: str
) -> None:
    """The pengurus and pengawas are members' offices: the register refuses them and
    names the place that records them; an employee cannot be turned into one."""
    ketua = actors[Role.KETUA]
    with book.unit_of_work() as s:
        row = registers.add_officer(s, ketua, MANAJER)
    before = snapshot()
    board = OfficerInput(**{**MANAJER.__dict__, "kind": kind})
    with pytest.raises(ValidationError) as refused, book.unit_of_work() as s:
        registers.add_officer(s, ketua, board)
    assert refused.value.field == "kind"
    assert "Anggota → pilih anggotanya → Jabatan → Tugaskan jabatan" in refused.value.message
    assert "\n" not in refused.value.message
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        registers.edit_officer(s, ketua, row.id, board)
    assert snapshot() == before


def test_the_board_registers_are_the_members_offices(book: Book, actors: dict[Role, Actor]) -> None:
    """Name, NIK and sex come from the member; ketua first, past terms last; nothing
    of the board is stored in the ``officer`` table."""
    bendahara, ketua = actors[Role.BENDAHARA], actors[Role.KETUA]
    with book.unit_of_work() as s:
        ani = members.register_member(
            s, bendahara, MemberInput("Ani Suryani", "3273015504900002", None, D(2024, 1, 1))
        ).number
        budi = members.register_member(
            s, bendahara, MemberInput("Budi Santoso", "3171011808450002", None, D(2024, 1, 1))
        ).number
        members.assign_organ(s, ketua, ani, OrganKind.PENGURUS, term_start=D(2024, 2, 1))
        members.assign_organ(s, ketua, budi, OrganKind.KETUA, term_start=D(2024, 3, 1))
        members.assign_organ(
            s, ketua, budi, OrganKind.PENGAWAS, term_start=D(2023, 1, 1), term_end=D(2024, 1, 31)
        )
        registers.add_officer(s, ketua, MANAJER)
    with book.read() as s:
        pengurus = registers.list_officers(s, "pengurus")
        (pengawas,) = registers.list_officers(s, "pengawas")
        everyone = registers.list_officers(s)
        stored = [r.kind for r in registers.list_officers(s, "karyawan")]
    assert [(r.name, r.position, r.sex, r.member_number) for r in pengurus] == [
        ("Budi Santoso", "Ketua", "L", budi),
        ("Ani Suryani", "Pengurus", "P", ani),
    ]
    assert pengurus[1].nik == "3273015504900002"
    assert all(r.is_office for r in pengurus)
    assert (pengawas.name, pengawas.end_date, pengawas.is_office) == (
        "Budi Santoso", D(2024, 1, 31), True,
    )  # fmt: skip
    assert [r.kind for r in everyone] == ["pengurus", "pengurus", "karyawan", "pengawas"]
    assert stored == ["karyawan"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"sex": "X"}, "sex"),
        ({"nik": "12345"}, "nik"),
        ({"kind": "bos"}, "kind"),
        ({"kind": "pengurus"}, "kind"),
        ({"position": "Ketua\nbaru"}, "position"),
        ({"end_date": D(2023, 12, 31)}, "end_date"),
    ],
)
def test_bad_officer_input_is_refused_and_writes_nothing(
    book: Book,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
    change: dict[str, object],
    field: str,
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError) as refused, book.unit_of_work() as s:
        registers.add_officer(s, actors[Role.KETUA], OfficerInput(**{**MANAJER.__dict__, **change}))
    assert refused.value.field == field
    assert snapshot() == before


def test_only_who_may_record_the_board_changes_the_registers(
    book: Book, actors: dict[Role, Actor], snapshot: Callable[[], Snapshot]
) -> None:
    before = snapshot()
    for role in (Role.KASIR, Role.PENGAWAS, Role.BENDAHARA):
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            registers.add_officer(s, actors[role], MANAJER)
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            registers.add_note(s, actors[role], SARAN)
        with pytest.raises(PermissionDeniedError), book.unit_of_work() as s:
            minutes.add_meeting(s, actors[role], MeetingInput(D(2025, 3, 1), "pengurus", "Rapat"))
    assert snapshot() == before


def test_a_suggestion_gets_its_follow_up(
    book: Book, actors: dict[Role, Actor], admin: Actor
) -> None:
    ketua = actors[Role.KETUA]
    saran = NoteInput("saran", D(2025, 3, 1), "Ani (A-0001)", "Kantor buka hari Sabtu.")
    with book.unit_of_work() as s:
        row = registers.add_note(s, ketua, saran)
        registers.add_note(s, ketua, ANJURAN)
    with book.unit_of_work() as s:
        registers.edit_note(
            s, ketua, row.id, NoteInput(**{**saran.__dict__, "follow_up": "Dibahas rapat Mei."})
        )
    with book.read() as s:
        (listed,) = registers.list_notes(s, "saran")
        assert len(registers.list_notes(s)) == 2
    assert listed.follow_up == "Dibahas rapat Mei."
    assert ("note.edit", f"note:{row.id}") in _actions(book, admin)
    with pytest.raises(ValidationError) as refused, book.unit_of_work() as s:
        registers.add_note(s, ketua, NoteInput("saran", D(2025, 3, 1), "Ani", "x" * 5_001))
    assert refused.value.field == "text"


def test_minutes_keep_a_file_inside_the_book(
    book: Book, actors: dict[Role, Actor], admin: Actor, tmp_path: Path
) -> None:
    ketua = actors[Role.KETUA]
    scan = tmp_path / "notulen-maret.pdf"
    content = b"%PDF-1.4\n% notulen\n"
    scan.write_bytes(content)
    with book.unit_of_work() as s:
        meeting = minutes.add_meeting(
            s, ketua, MeetingInput(D(2025, 3, 10), "pengurus", "Rapat bulanan", "Hadir 5 orang.")
        )
        info = minutes.attach_file(s, ketua, meeting.id, scan)
    scan.unlink()  # the book keeps its own copy
    with book.read() as s:
        (listed,) = minutes.list_meetings(s)
        name, data = minutes.file_content(s, info.id)
    assert listed.files == (info,)
    assert (name, data) == ("notulen-maret.pdf", content)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert ("meeting.attach", f"meeting:{meeting.id}") in _actions(book, admin)


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("program.exe", b"MZ\x90\x00", "hanya jenis"),
        ("surat.pdf", b"MZ\x90\x00 not a pdf", "isinya bukan"),
        ("kosong.pdf", b"", "kosong"),
        ("besar.pdf", b"%PDF-" + b"0" * minutes.MAX_FILE_BYTES, "paling besar"),
    ],
)
def test_a_hostile_file_is_refused_with_one_line_and_nothing_written(
    book: Book,
    actors: dict[Role, Actor],
    snapshot: Callable[[], Snapshot],
    tmp_path: Path,
    name: str,
    content: bytes,
    says: str,
) -> None:
    ketua = actors[Role.KETUA]
    with book.unit_of_work() as s:
        meeting = minutes.add_meeting(s, ketua, MeetingInput(D(2025, 3, 10), "rat", "RAT 2024"))
    hostile = tmp_path / name
    hostile.write_bytes(content)
    before = snapshot()
    with pytest.raises(ValidationError) as refused, book.unit_of_work() as s:
        minutes.attach_file(s, ketua, meeting.id, hostile)
    assert says in refused.value.message
    assert "\n" not in refused.value.message
    assert snapshot() == before


def test_a_folder_given_as_a_file_is_refused(
    book: Book, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    ketua = actors[Role.KETUA]
    folder = tmp_path / "lampiran.pdf"
    folder.mkdir()
    with book.unit_of_work() as s:
        meeting = minutes.add_meeting(s, ketua, MeetingInput(D(2025, 3, 10), "rat", "RAT 2024"))
    with pytest.raises(ValidationError, match="bukan berkas biasa"), book.unit_of_work() as s:
        minutes.attach_file(s, ketua, meeting.id, folder)
