"""The printed registers of the buku administrasi: each register's rows on paper."""

from __future__ import annotations

import datetime as dt

import pytest

from kopdesk.app.papers import Params, print_paper
from kopdesk.domain.permissions import Actor, Role
from kopdesk.errors import ValidationError
from kopdesk.services.dinas import minutes, registers
from kopdesk.services.dinas.minutes import MeetingInput
from kopdesk.services.dinas.registers import NoteInput, OfficerInput
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.storage.db import Book
from tests.reports.pdftext import pdf_text

D = dt.date


@pytest.fixture
def filled(book: Book, actors: dict[Role, Actor]) -> Book:
    ketua = actors[Role.KETUA]
    with book.unit_of_work() as s:
        hasan = members.register_member(
            s,
            actors[Role.BENDAHARA],
            MemberInput("Hasan Basri", "3171011808450002", None, D(2023, 1, 1)),
        )
        members.assign_organ(s, ketua, hasan.number, OrganKind.KETUA, term_start=D(2024, 1, 1))
        registers.add_officer(
            s, ketua, OfficerInput("karyawan", "Joko Susilo", "Kasir", "L", D(2025, 2, 1))
        )
        minutes.add_meeting(
            s, ketua, MeetingInput(D(2025, 3, 10), "pengurus", "Rapat bulanan", "Hadir 5 orang.")
        )
        registers.add_note(
            s, ketua, NoteInput("anjuran", D(2025, 4, 2), "Dinas Kota", "Segera laksanakan RAT.")
        )
    return book


@pytest.mark.parametrize(
    ("key", "shown", "hidden"),
    [
        (
            "pengurus",
            [
                "BUKU DAFTAR PENGURUS",
                "Hasan Basri (A-0001)",
                "Ketua",
                "3171011808450002",
                "masih menjabat",
            ],
            ["Joko"],
        ),
        ("pengawas", ["BUKU DAFTAR PENGAWAS", "Belum ada catatan."], ["Hasan", "Joko"]),
        ("karyawan", ["BUKU DAFTAR KARYAWAN", "Joko Susilo"], ["Hasan"]),
        ("notulen", ["Rapat bulanan", "Hadir 5 orang."], []),
        ("anjuran", ["BUKU ANJURAN PEJABAT", "Dinas Kota", "Segera laksanakan RAT."], []),
        ("saran", ["BUKU SARAN ANGGOTA", "Belum ada catatan."], ["Dinas Kota"]),
    ],
)
def test_each_register_prints_its_own_rows(
    filled: Book, bendahara: Actor, key: str, shown: list[str], hidden: list[str]
) -> None:
    text = pdf_text(print_paper("admin-register", filled, bendahara, Params(number=key)))
    flat = " ".join(text.split())
    for words in shown:
        assert words in flat
    for words in hidden:
        assert words not in flat


def test_an_unknown_register_is_refused(book: Book, bendahara: Actor) -> None:
    with pytest.raises(ValidationError):
        print_paper("admin-register", book, bendahara, Params(number="tamu"))
