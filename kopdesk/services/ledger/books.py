"""The cooperative's profile and fiscal years: reading and changing them, and the
chart a new book is seeded with. Creating a whole book (profile, chart, products,
first year) is :func:`kopdesk.services.setup.book.create_book`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain.changes import Changes
from kopdesk.domain.coa import KOPERASI_CHART
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.papers.common import BookHeader
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.errors import DomainError, NotFoundError, ValidationError
from kopdesk.models import Account, CooperativeProfile, FiscalYear
from kopdesk.services.base import approvals, audit
from kopdesk.services.base.access import authorize
from kopdesk.services.base.changes import causes

MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class ProfileInput:
    """What the treasurer types about the cooperative (first-run wizard, settings)."""

    name: str
    coop_type: CoopType = CoopType.KSP
    legal_number: str = ""
    legal_date: dt.date | None = None
    nik_koperasi: str = ""
    address: str = ""
    fiscal_year_start_month: int = 1


@dataclass(frozen=True)
class Profile:
    book_uid: str
    name: str
    coop_type: CoopType
    legal_number: str
    legal_date: dt.date | None
    nik_koperasi: str
    address: str
    fiscal_year_start_month: int

    @property
    def header(self) -> BookHeader:
        """The header printed on every report page."""
        return BookHeader(
            coop_name=self.name,
            legal_number=self.legal_number,
            address=self.address,
            nik_koperasi=self.nik_koperasi,
        )


@dataclass(frozen=True)
class FiscalYearInfo:
    year: int
    start_date: dt.date
    end_date: dt.date
    is_open: bool


def validate_profile(data: ProfileInput) -> ProfileInput:
    """The profile cleaned up (spaces trimmed), or ``ValidationError`` naming the field.

    Windows call it before creating anything so bad input writes nothing."""
    name = " ".join(data.name.split())
    if len(name) < 3:
        raise ValidationError("name", "Nama koperasi wajib diisi (paling sedikit 3 huruf).")
    if len(name) > 200:
        raise ValidationError("name", "Nama koperasi terlalu panjang (paling banyak 200 huruf).")
    if not 1 <= data.fiscal_year_start_month <= 12:
        raise ValidationError("fiscal_year_start_month", "Bulan awal tahun buku harus 1 sampai 12.")
    nik = data.nik_koperasi.strip()
    if nik and not (nik.isdigit() and len(nik) == 16):
        raise ValidationError(
            "nik_koperasi", "Nomor Induk Koperasi (NIK) harus 16 angka, atau kosongkan."
        )
    if data.legal_date is not None and data.legal_date > clock.today():
        raise ValidationError("legal_date", "Tanggal badan hukum tidak boleh di masa depan.")
    return ProfileInput(
        name=name,
        coop_type=CoopType(data.coop_type),
        legal_number=data.legal_number.strip(),
        legal_date=data.legal_date,
        nik_koperasi=nik,
        address=data.address.strip(),
        fiscal_year_start_month=data.fiscal_year_start_month,
    )


def check_year(year: int) -> None:
    """``ValidationError`` unless ``year`` is a plausible fiscal year."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("year", f"Tahun buku harus antara {MIN_YEAR} dan {MAX_YEAR}.")


def fiscal_year_bounds(year: int, start_month: int) -> tuple[dt.date, dt.date]:
    """First and last day of tahun buku ``year`` (it starts in ``year``)."""
    start = dt.date(year, start_month, 1)
    end = dt.date(year + 1, 1, 1) if start_month == 1 else dt.date(year + 1, start_month, 1)
    return start, end - dt.timedelta(days=1)


def book_exists(session: Session) -> bool:
    """True when the book already has a cooperative profile."""
    return session.get(CooperativeProfile, 1) is not None


def profile_fields(profile: Profile) -> dict[str, object]:
    return {
        "nama": profile.name,
        "jenis": profile.coop_type.value,
        "badan_hukum": profile.legal_number,
        "tanggal_badan_hukum": profile.legal_date,
        "nik_koperasi": profile.nik_koperasi,
        "alamat": profile.address,
        "awal_tahun_buku": profile.fiscal_year_start_month,
    }


def seed_chart(session: Session) -> None:
    ids: dict[str, int] = {}
    for seed in KOPERASI_CHART:
        new_id = session.execute(
            insert(Account)
            .values(
                code=seed.code,
                name=seed.name,
                type=seed.type.value,
                parent_id=ids[seed.parent] if seed.parent else None,
                postable=seed.postable,
                active=True,
                contra=seed.contra,
            )
            .returning(Account.id)
        ).scalar_one()
        ids[seed.code] = new_id


def get_profile(session: Session) -> Profile:
    """The cooperative's profile; ``NotFoundError`` when the book is not set up."""
    row = session.get(CooperativeProfile, 1)
    if row is None:
        raise NotFoundError("Buku belum dibuat. Jalankan 'kopdesk init' atau wizard awal.")
    return Profile(
        book_uid=row.book_uid,
        name=row.name,
        coop_type=CoopType(row.coop_type),
        legal_number=row.legal_number,
        legal_date=row.legal_date,
        nik_koperasi=row.nik_koperasi,
        address=row.address,
        fiscal_year_start_month=row.fiscal_year_start_month,
    )


@causes(Changes(profile=True))
def update_profile(session: Session, actor: Actor, data: ProfileInput) -> Profile:
    """Change the profile; the fiscal year start month cannot change once years exist."""
    authorize(session, actor, Permission.PROFILE_EDIT)
    clean = validate_profile(data)
    before = get_profile(session)
    row = session.get(CooperativeProfile, 1)
    if row is None:
        raise NotFoundError("Buku belum dibuat.")
    if clean.fiscal_year_start_month != row.fiscal_year_start_month:
        raise ValidationError(
            "fiscal_year_start_month",
            "Bulan awal tahun buku tidak dapat diubah setelah buku dibuat.",
        )
    row.name = clean.name
    row.coop_type = clean.coop_type.value
    row.legal_number = clean.legal_number
    row.legal_date = clean.legal_date
    row.nik_koperasi = clean.nik_koperasi
    row.address = clean.address
    session.flush()
    after = get_profile(session)
    audit.record(
        session,
        actor,
        "profile.edit",
        after.name,
        before=profile_fields(before),
        after=profile_fields(after),
    )
    return after


@causes(Changes(journal=True, profile=True))
def open_fiscal_year(session: Session, actor: Actor, year: int) -> FiscalYearInfo:
    """Open tahun buku ``year``; it must follow the last one without a gap."""
    authorize(session, actor, Permission.YEAR_OPEN)
    profile = session.get(CooperativeProfile, 1)
    if profile is None:
        raise NotFoundError("Buku belum dibuat.")
    check_year(year)
    last = session.execute(select(FiscalYear).order_by(FiscalYear.year.desc())).scalars().first()
    if last is not None and year != last.year + 1:
        raise DomainError(
            f"Tahun buku berikutnya adalah {last.year + 1}; tahun buku tidak boleh melompat."
        )
    start, end = fiscal_year_bounds(year, profile.fiscal_year_start_month)
    session.add(FiscalYear(year=year, start_date=start, end_date=end, status="open"))
    session.flush()
    audit.record(session, actor, "year.open", str(year), after={"mulai": start, "akhir": end})
    return FiscalYearInfo(year=year, start_date=start, end_date=end, is_open=True)


def list_fiscal_years(session: Session) -> list[FiscalYearInfo]:
    rows = session.execute(select(FiscalYear).order_by(FiscalYear.year)).scalars()
    return [FiscalYearInfo(r.year, r.start_date, r.end_date, r.status == "open") for r in rows]


@causes(Changes(journal=True, profile=True))
def reopen_fiscal_year(
    session: Session, actor: Actor, year: int, reason: str, *, approval: int | None
) -> FiscalYearInfo:
    """Reopen a closed tahun buku: needs ``year.reopen``, a reason, and a second
    user's approval (dual control). Recorded in the audit trail."""
    authorize(session, actor, Permission.YEAR_REOPEN)
    why = " ".join(reason.split())
    if len(why) < 10:
        raise ValidationError(
            "reason", "Tuliskan alasan membuka kembali tahun buku (min. 10 huruf)."
        )
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada.")
    if row.status == "open":
        raise DomainError(f"Tahun buku {year} masih terbuka.")
    approver = approvals.consume(session, actor, approval, Permission.YEAR_REOPEN, str(year))
    row.status, row.closed_at, row.closed_by = "open", None, None
    session.flush()
    audit.record(
        session,
        actor,
        "year.reopen",
        str(year),
        before={"status": "closed"},
        after={"status": "open", "alasan": why, "disetujui_oleh": approver},
    )
    return FiscalYearInfo(row.year, row.start_date, row.end_date, True)
