"""The member register: registering, duplicates, editing, status history, organs, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import DomainError, ValidationError
from kopdesk.services.base import audit, settings
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberFilter, MemberInput, OrganKind
from kopdesk.storage.db import Book

D = dt.date.fromisoformat


def person(
    name: str = "Siti Aminah", nik: str = "3273015504900002", **extra: object
) -> MemberInput:
    fields: dict[str, object] = {
        "full_name": name,
        "nik": nik,
        "birth_date": None,
        "join_date": D("2020-02-01"),
        "phone": "0812-3456-7890",
        "kelurahan": "Sukaluyu",
    }
    fields.update(extra)
    return MemberInput(**fields)  # type: ignore[arg-type]


def test_register_takes_birth_date_and_sex_from_the_nik(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        info = members.register_member(s, bendahara, person())
    assert (info.number, info.sex, info.birth_date) == ("A-0001", "P", D("1990-04-15"))
    assert info.phone == "+6281234567890"
    assert info.status is MemberStatus.AKTIF
    with book.read() as s:
        assert [e.status for e in members.status_history(s, "a-0001")] == [MemberStatus.AKTIF]


def test_numbers_follow_the_pattern_and_skip_numbers_in_use(
    book: Book, bendahara: Actor, admin: Actor
) -> None:
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.MEMBER_NUMBER_PATTERN, "KSP/###")
        members.register_member(s, bendahara, person(number="ksp/002"))
        first = members.register_member(s, bendahara, person("Budi", "3171011708450001"))
    assert first.number == "KSP/003"


def test_duplicate_nik_is_refused_and_writes_nothing(
    book: Book, bendahara: Actor, snapshot: Callable[[], object]
) -> None:
    with book.unit_of_work() as s:
        members.register_member(s, bendahara, person())
    before = snapshot()
    with (
        pytest.raises(ValidationError, match="sudah terdaftar atas nama Siti Aminah"),
        book.unit_of_work() as s,
    ):
        members.register_member(s, bendahara, person("Siti A.", "3273 0155 0490 0002"))
    assert snapshot() == before


def test_sex_mismatch_with_the_nik_is_a_warning_not_an_error() -> None:
    cleaned = members.clean_member(person(sex="L"))
    assert cleaned.data.sex == "L"
    assert any("tidak cocok dengan NIK" in w for w in cleaned.warnings)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"full_name": " "}, "full_name"),
        ({"nik": "123"}, "nik"),
        ({"join_date": None}, "join_date"),
        ({"join_date": D("1980-01-01")}, "join_date"),
        ({"phone": "12345"}, "phone"),
        ({"npwp": "01.312.166.1-091.000"}, "npwp"),
        ({"postal_code": "4012"}, "postal_code"),
        ({"sex": "X"}, "sex"),
        ({"full_name": "Siti\x00Aminah"}, "full_name"),  # a NUL breaks the .xlsx export
        ({"heir_name": "Ahmad\x1b[2J"}, "heir_name"),  # a terminal escape
    ],
)
def test_bad_member_input_names_the_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        members.clean_member(person(**change))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_edit_records_before_and_after(book: Book, bendahara: Actor, admin: Actor) -> None:
    with book.unit_of_work() as s:
        info = members.register_member(s, bendahara, person())
        edited = members.update_member(
            s,
            bendahara,
            info.number,
            members.as_input(info).__class__(
                **{**members.as_input(info).__dict__, "kelurahan": "Cihaurgeulis"}
            ),
        )
    assert edited.kelurahan == "Cihaurgeulis"
    with book.read() as s:
        record = audit.list_audit(s, admin, audit.AuditFilter(action="member.edit"))[0]
    assert (record.before, record.after) == (
        {"kelurahan": "Sukaluyu"},
        {"kelurahan": "Cihaurgeulis"},
    )


def test_status_history_only_grows(book: Book, bendahara: Actor) -> None:
    with book.unit_of_work() as s:
        members.register_member(s, bendahara, person(status=MemberStatus.CALON))
        members.change_status(
            s, bendahara, "A-0001", MemberStatus.AKTIF, on=D("2020-03-01"), reason="Lunas pokok"
        )
        members.change_status(
            s, bendahara, "A-0001", MemberStatus.KELUAR, on=D("2024-06-30"), reason="Pindah kota"
        )
    with pytest.raises(DomainError, match="tidak dapat diubah"), book.unit_of_work() as s:
        members.change_status(
            s, bendahara, "A-0001", MemberStatus.MENINGGAL, on=D("2024-07-01"), reason="x yz"
        )
    with pytest.raises(ValidationError), book.unit_of_work() as s:
        members.change_status(
            s, bendahara, "A-0001", MemberStatus.AKTIF, on=D("2024-01-01"), reason="kembali"
        )
    with book.read() as s:
        info = members.get_member(s, "A-0001")
        history = members.status_history(s, "A-0001")
    assert (info.status, info.leave_date) == (MemberStatus.KELUAR, D("2024-06-30"))
    assert [(e.status, e.reason) for e in history] == [
        (MemberStatus.CALON, "Pendaftaran"),
        (MemberStatus.AKTIF, "Lunas pokok"),
        (MemberStatus.KELUAR, "Pindah kota"),
    ]


def test_organs_and_search(book: Book, bendahara: Actor, actors: dict[object, Actor]) -> None:
    from kopdesk.domain.permissions import Role

    with book.unit_of_work() as s:
        members.register_member(s, bendahara, person())
        members.register_member(
            s, bendahara, person("Budi Santoso", "3171011708450001", phone="081298765432")
        )
        members.assign_organ(
            s,
            actors[Role.KETUA],
            "A-0002",
            OrganKind.KETUA,
            term_start=D("2023-01-01"),
            term_end=D("2027-12-31"),
        )
        members.assign_organ(
            s, actors[Role.KETUA], "A-0001", OrganKind.PENGAWAS, term_start=D("2023-01-01")
        )
    with book.read() as s:

        def numbers(flt: MemberFilter) -> list[str]:
            return [r.number for r in members.member_rows(s, members.member_ids(s, flt))]

        assert numbers(MemberFilter(search="santo")) == ["A-0002"]
        assert numbers(MemberFilter(search="1708450")) == ["A-0002"]
        assert numbers(MemberFilter(search="0812-9876")) == ["A-0002"]
        assert numbers(MemberFilter(search="a-0001")) == ["A-0001"]
        assert numbers(MemberFilter(organ=OrganKind.PENGAWAS)) == ["A-0001"]
        board = (OrganKind.KETUA, OrganKind.SEKRETARIS, OrganKind.BENDAHARA)
        assert numbers(MemberFilter(organs=board)) == ["A-0002"]
        assert numbers(MemberFilter(organs=(*board, OrganKind.PENGAWAS))) == ["A-0001", "A-0002"]
        assert numbers(MemberFilter(sort=members.MemberSort.NAME)) == ["A-0002", "A-0001"]
        assert members.count_members(s, MemberFilter(statuses=(MemberStatus.AKTIF,))) == 2
        assert [t.role for t in members.organ_terms(s, on=D("2025-01-01"))] == [
            OrganKind.KETUA,
            OrganKind.PENGAWAS,
        ]
