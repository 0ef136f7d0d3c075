"""Report data for the member papers: Buku Daftar Anggota, kartu anggota, profil."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.dates import format_date, format_date_short
from kopdesk.domain.papers.members import (
    MemberCard,
    MemberCardsReport,
    MemberProfileReport,
    MemberRegisterReport,
    MemberRegisterRow,
)
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.members.identity import format_npwp, format_phone
from kopdesk.services.members.register import (
    MemberFilter,
    MemberInfo,
    get_member,
    member_ids,
    members_by_ids,
    organ_terms,
    status_history,
    status_label,
)

MAX_CARDS = 2000


def _birth(m: MemberInfo) -> str:
    place = f"{m.birth_place}, " if m.birth_place else ""
    return f"{place}{format_date_short(m.birth_date)}"


def register_report(
    session: Session, flt: MemberFilter | None = None, *, as_of: dt.date | None = None
) -> MemberRegisterReport:
    """Every member (or those matching ``flt``) in number order, with the counts."""
    infos = members_by_ids(session, member_ids(session, flt))
    rows = tuple(
        MemberRegisterRow(
            number=m.number,
            full_name=m.full_name,
            nik=m.nik,
            sex=m.sex,
            birth=_birth(m),
            address=m.full_address,
            join_date=m.join_date,
            leave_date=m.leave_date,
            status=status_label(m.status),
        )
        for m in infos
    )
    return MemberRegisterReport(
        header=get_profile(session).header,
        as_of=as_of or clock.today(),
        rows=rows,
        total=len(infos),
        active=sum(1 for m in infos if m.status is MemberStatus.AKTIF),
        men=sum(1 for m in infos if m.sex == "L"),
        women=sum(1 for m in infos if m.sex == "P"),
    )


def cards_report(session: Session, numbers: Sequence[str]) -> MemberCardsReport:
    """Member cards for the given numbers (in that order)."""
    if not numbers:
        raise ValidationError("numbers", "Pilih anggota yang kartunya akan dicetak.")
    if len(numbers) > MAX_CARDS:
        raise ValidationError("numbers", f"Paling banyak {MAX_CARDS} kartu sekali cetak.")
    profile = get_profile(session)
    cards = []
    for number in numbers:
        m = get_member(session, number)
        cards.append(
            MemberCard(
                number=m.number,
                full_name=m.full_name,
                nik=m.nik,
                birth=_birth(m),
                address=m.full_address,
                join_date=m.join_date,
                qr_payload=f"KOPDESK-ANGGOTA|{profile.book_uid}|{m.number}",
            )
        )
    return MemberCardsReport(header=profile.header, cards=tuple(cards))


def profile_report(session: Session, number: str) -> MemberProfileReport:
    """One member's profile sheet with status history and offices."""
    m = get_member(session, number)
    fields = (
        ("Nomor anggota", m.number),
        ("Nama lengkap", m.full_name),
        ("NIK (KTP)", m.nik),
        ("Tempat, tanggal lahir", f"{m.birth_place}, {format_date(m.birth_date)}".lstrip(", ")),
        ("Jenis kelamin", "Laki-laki" if m.sex == "L" else "Perempuan"),
        ("Alamat", m.full_address or "-"),
        ("Nomor HP", format_phone(m.phone) or "-"),
        ("Pekerjaan", m.occupation or "-"),
        ("Unit kerja / instansi", m.employer_unit or "-"),
        ("NPWP", format_npwp(m.npwp) if m.npwp else "-"),
        ("Ahli waris", f"{m.heir_name} ({m.heir_relation})" if m.heir_name else "-"),
        ("Tanggal masuk", format_date(m.join_date)),
        ("Status", f"{status_label(m.status)} sejak {format_date(m.status_date)}"),
    )
    history = tuple(
        (e.date, status_label(e.status), e.reason) for e in status_history(session, number)
    )
    offices = tuple(
        (
            t.role.label,
            f"{format_date(t.term_start)} s.d. "
            + (format_date(t.term_end) if t.term_end else "sekarang"),
        )
        for t in organ_terms(session)
        if t.member_number == m.number
    )
    return MemberProfileReport(
        header=get_profile(session).header,
        number=m.number,
        fields=fields,
        history=history,
        offices=offices,
    )
