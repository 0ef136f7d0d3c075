"""Demo members: a few hundred realistic members of a Bandung KSP."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kopdesk.domain.permissions import Actor
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.members.register import (
    MemberInput,
    OrganKind,
    assign_organ,
    change_status,
    register_member,
)

MEN = (
    "Agus",
    "Ahmad",
    "Andi",
    "Asep",
    "Bambang",
    "Budi",
    "Cecep",
    "Dadang",
    "Dedi",
    "Deden",
    "Eko",
    "Endang",
    "Fajar",
    "Hendra",
    "Iwan",
    "Joko",
    "Kurniawan",
    "Maman",
    "Rudi",
    "Ujang",
    "Wahyu",
    "Yayan",
    "Yusuf",
    "Rizky",
    "Dani",
)
WOMEN = (
    "Ani",
    "Ayu",
    "Dewi",
    "Euis",
    "Fitri",
    "Ida",
    "Lilis",
    "Neneng",
    "Nur",
    "Ratna",
    "Rina",
    "Siti",
    "Sri",
    "Tuti",
    "Wati",
    "Yuli",
    "Yanti",
    "Nining",
    "Enok",
    "Intan",
    "Rahmawati",
    "Dian",
    "Lestari",
    "Nurhayati",
    "Kartika",
)
FAMILY = (
    "Saputra",
    "Hidayat",
    "Santoso",
    "Setiawan",
    "Gunawan",
    "Suryana",
    "Rahman",
    "Nugraha",
    "Permana",
    "Kusnadi",
    "Hermawan",
    "Firmansyah",
    "Sudrajat",
    "Wijaya",
    "Kurnia",
    "Maulana",
    "Suherman",
    "Rohimat",
    "Sumarni",
    "Komalasari",
)
KELURAHAN = (
    ("Sukaluyu", "Cibeunying Kaler", "40123"),
    ("Cigadung", "Cibeunying Kaler", "40191"),
    ("Cihaurgeulis", "Cibeunying Kaler", "40122"),
    ("Neglasari", "Cibeunying Kaler", "40124"),
    ("Sadang Serang", "Coblong", "40133"),
    ("Dago", "Coblong", "40135"),
    ("Padasuka", "Cibeunying Kidul", "40125"),
)
JOBS = (
    "Karyawan swasta",
    "Guru",
    "Pegawai negeri",
    "Pedagang",
    "Karyawan swasta",
    "Guru",
    "Petani",
    "Wiraswasta",
    "Ibu rumah tangga",
    "Pegawai negeri",
    "Buruh",
    "Sopir",
)
PLACES = ("Bandung", "Bandung", "Bandung", "Garut", "Sumedang", "Cianjur", "Tasikmalaya")


def _nik(rng: random.Random, born: dt.date, female: bool, seq: int) -> str:
    day = born.day + (40 if female else 0)
    kecamatan = rng.randrange(1, 31)
    return f"3273{kecamatan:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{seq:04d}"


REFERENCE_SIZE = 320
"""The loan volume and the office's running costs of the demo are written for a
koperasi of this many members; a book with fewer gets its share of them."""
FOUNDERS = 25
PAYROLL_JOBS = frozenset({"Karyawan swasta", "Guru", "Pegawai negeri", "Buruh"})
"""Members whose employer deducts simpanan wajib from their pay (potong gaji)."""
ORGANS = (
    ("A-0003", OrganKind.KETUA),
    ("A-0007", OrganKind.SEKRETARIS),
    ("A-0011", OrganKind.BENDAHARA),
    ("A-0015", OrganKind.PENGAWAS),
    ("A-0018", OrganKind.PENGAWAS),
    ("A-0021", OrganKind.PENGAWAS),
)


@dataclass(frozen=True)
class DemoMember:
    """What the savings demo needs to know about one registered member."""

    number: str
    joined: dt.date
    occupation: str
    candidate: bool
    left: dt.date | None
    """Day the member left (keluar) or died; None while a member."""
    died: bool
    founder: bool = False
    """One of the members who founded the koperasi (joined on its first day)."""

    @property
    def payroll(self) -> bool:
        return self.occupation in PAYROLL_JOBS

    def active_on(self, day: dt.date) -> bool:
        return not self.candidate and self.joined <= day and (self.left is None or day < self.left)


def add_demo_members(
    session: Session,
    actors: dict[str, Actor],
    first_year: int,
    today: dt.date,
    count: int = REFERENCE_SIZE,
) -> list[DemoMember]:
    """Register ``count`` members (joined over the nine years before ``today``, a few
    candidates) and the organs. Members who left before ``first_year`` are recorded
    as such; later departures are returned for the caller to record on their day
    (``record_departure``), after their last savings transaction."""
    rng = random.Random(first_year * 7)  # noqa: S311 - demo data only
    clerk, chair = actors["bendahara"], actors["ketua"]
    opened = dt.date(first_year - 6, 1, 2)
    span = (today - opened).days
    out = []
    for i in range(1, count + 1):
        female = rng.random() < 0.52
        first = rng.choice(WOMEN if female else MEN)
        name = f"{first} {rng.choice(FAMILY)}"
        born = dt.date(rng.randrange(1955, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
        # The founders joined together; the others spread over the years since.
        joined = opened if i <= FOUNDERS else opened + dt.timedelta(days=rng.randrange(0, span))
        kel, kec, pos = rng.choice(KELURAHAN)
        candidate = i > count - 6
        if candidate:
            joined = today - dt.timedelta(days=rng.randrange(3, 40))
        occupation = rng.choice(JOBS)
        register_member(
            session,
            clerk,
            MemberInput(
                full_name=name,
                nik=_nik(rng, born, female, i),
                birth_date=born,
                join_date=joined,
                sex="P" if female else "L",
                birth_place=rng.choice(PLACES),
                address=f"Jl. {rng.choice(('Cempaka', 'Melati', 'Dahlia', 'Kenanga', 'Mawar'))} "
                f"No. {rng.randrange(1, 120)}",
                rt_rw=f"{rng.randrange(1, 12):03d}/{rng.randrange(1, 9):03d}",
                kelurahan=kel,
                kecamatan=kec,
                kabupaten_kota="Kota Bandung",
                provinsi="Jawa Barat",
                postal_code=pos,
                phone=f"08{rng.choice(('12', '13', '21', '52', '57', '77', '81'))}"
                f"{rng.randrange(10_000_000, 99_999_999)}",
                occupation=occupation,
                heir_name=f"{rng.choice(MEN if female else WOMEN)} {rng.choice(FAMILY)}",
                heir_relation="Suami" if female else "Istri",
                status=MemberStatus.CALON if candidate else MemberStatus.AKTIF,
            ),
        )
        left, died = None, False
        if not candidate and i > 30 and rng.random() < 0.08:
            day = joined + dt.timedelta(days=rng.randrange(200, 1500))
            if day < today:
                left, died = day, rng.random() < 0.2
        member = DemoMember(
            f"A-{i:04d}", joined, occupation, candidate, left, died, founder=i <= FOUNDERS
        )
        if left is not None and left < dt.date(first_year, 1, 1):
            record_departure(session, clerk, member)
        out.append(member)
    start = dt.date(first_year - 1, 3, 1)
    for number, role in ORGANS:
        assign_organ(
            session, chair, number, role, term_start=start, term_end=dt.date(start.year + 5, 2, 28)
        )
    return out


def share(members: list[DemoMember]) -> float:
    """The size of a book of ``members`` against ``REFERENCE_SIZE`` (at most 1)."""
    return min(len(members) / REFERENCE_SIZE, 1.0)


def record_departure(session: Session, clerk: Actor, member: DemoMember) -> None:
    """Record that ``member`` left (or died) on ``member.left``."""
    assert member.left is not None
    change_status(
        session,
        clerk,
        member.number,
        MemberStatus.MENINGGAL if member.died else MemberStatus.KELUAR,
        on=member.left,
        reason="Meninggal dunia" if member.died else "Mengundurkan diri (pindah domisili)",
    )
