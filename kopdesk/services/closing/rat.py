"""The RAT book (laporan pertanggungjawaban pengurus) and the SHU papers' data.

:func:`rat_data` gathers everything the book prints for one tahun buku
(KOPERASI.md §6.1): the profile, membership by sex with joiners and leavers,
pengurus and pengawas, savings by product, loans and kolektibilitas, the
financial statements, the SHU split and every member's share and balances,
and what the pengurus wrote (reports, work plan, RAPB). Per-member numbers
come from one grouped query each (savings, loans), so 10,000 members stay fast.

Texts are plain text: paragraphs separated by an empty line, lines starting
with ``-`` or ``*`` printed as bullets. The RAPB is a table of
:class:`RapbRow` stored as JSON. Changing either needs ``shu.manage`` and is
audited; bad input writes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain import clock
from kopdesk.domain import shu as shu_rules
from kopdesk.domain.loans import Grade
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.rat import (
    MembershipStats,
    RapbRow,
    RapbTotals,
    RatBook,
    RatGradeRow,
    RatLoanRow,
    RatLoans,
    RatMemberRow,
    RatOfficer,
    RatSavingsRow,
    RatShu,
    RatText,
    SexCount,
    ShuListReport,
    ShuMemberRow,
    ShuPartRow,
    ShuReceipt,
    ShuSlip,
    ShuSlipsReport,
)
from kopdesk.domain.papers.statements import FinancialStatements
from kopdesk.domain.permissions import Actor, Permission
from kopdesk.domain.savings import ProductKind
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.domain.text import has_control
from kopdesk.errors import KopdeskError, NotFoundError, ValidationError
from kopdesk.models import (
    Account,
    AppUser,
    FiscalYear,
    JournalEntry,
    JournalLine,
    Loan,
    LoanEvent,
    LoanProduct,
    Member,
    MemberStatusEvent,
    RatContent,
    SavingsAccount,
    SavingsProduct,
    ShuMember,
    ShuPayment,
)
from kopdesk.services.base import audit
from kopdesk.services.base.access import authorize
from kopdesk.services.closing import shu, statements
from kopdesk.services.closing.yearend import CLOSING_SOURCE
from kopdesk.services.ledger import books
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.members import register as members

__all__ = [
    "RAT_KEYS",
    "TEXT_KEYS",
    "Progress",
    "RapbRow",
    "get_rapb",
    "get_text",
    "key_title",
    "membership",
    "rat_data",
    "set_rapb",
    "set_text",
    "shu_list",
    "shu_receipt",
    "shu_slips",
    "suggest_rapb",
]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, label)``: how far a long job is, for a progress bar."""

RAT_KEYS: dict[str, str] = {
    "laporan_pengurus": "Laporan Pengurus",
    "laporan_pengawas": "Laporan Pengawas",
    "rencana_kerja": "Rencana Kerja Tahun …",
    "rapb": "Rencana Anggaran Pendapatan dan Belanja",
    "notulen": "Notulen Rapat Anggota Tahunan",
    "lain_lain": "Lain-lain",
}
"""What the pengurus write for the book, in print order (key → Indonesian title)."""
TEXT_KEYS = tuple(k for k in RAT_KEYS if k != "rapb")
RAPB_KEY = "rapb"
MAX_TEXT = 30_000
"""Characters in one text: about ten printed pages."""
MAX_RAPB_ROWS = 200
MAX_RAPB_AMOUNT = 10**14
KELOMPOK = ("", "pendapatan", "beban")
LEFT_LABELS = {"keluar": "Keluar", "meninggal": "Meninggal", "diberhentikan": "Diberhentikan"}
COOP_TYPE_LABEL = {
    "ksp": "Koperasi Simpan Pinjam (KSP)",
    "ksu": "Koperasi Serba Usaha (KSU)",
    "kopdit": "Koperasi Kredit (Kopdit)",
}
GRADE_CODE = {Grade.LANCAR: "L", Grade.KURANG_LANCAR: "KL", Grade.DIRAGUKAN: "D", Grade.MACET: "M"}


def key_title(key: str, year: int) -> str:
    """The printed title of ``key`` for the book of ``year``: the work plan and
    the budget are for the next year."""
    if key == "rencana_kerja":
        return f"Rencana Kerja Tahun {year + 1}"
    if key == RAPB_KEY:
        return f"{RAT_KEYS[key]} Tahun {year + 1}"
    return RAT_KEYS[key]


# --- texts and RAPB -------------------------------------------------------------------


def _content(session: Session, year: int, key: str) -> RatContent | None:
    return session.execute(
        select(RatContent).where(RatContent.year == year, RatContent.key == key)
    ).scalar()


def get_text(session: Session, year: int, key: str) -> str:
    """The stored text of ``key`` for the book of ``year`` (empty when not written)."""
    _check_key(key, TEXT_KEYS)
    row = _content(session, year, key)
    return row.body if row is not None else ""


def _check_key(key: str, allowed: Sequence[str]) -> None:
    if key not in allowed:
        names = ", ".join(allowed)
        raise ValidationError("key", f"Bagian buku RAT '{key}' tidak dikenal; pilih {names}.")


def _clean_text(body: str) -> str:
    lines = [line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    text = "\n".join(lines).strip("\n")
    if len(text) > MAX_TEXT:
        raise ValidationError(
            "body",
            f"Teks terlalu panjang ({format_number(len(text))} huruf); paling banyak "
            f"{format_number(MAX_TEXT)} huruf.",
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ValidationError(
            "body", "Teks berisi karakter kendali; salin ulang sebagai teks biasa."
        )
    return text


def _store(
    session: Session, actor: Actor, year: int, key: str, body: str, *, summary: object
) -> bool:
    """Write ``body`` under (year, key); False when nothing changed (no audit record)."""
    row = _content(session, year, key)
    before = row.body if row is not None else ""
    if before == body:
        return False
    now = clock.now()
    if row is None:
        session.add(
            RatContent(year=year, key=key, body=body, updated_by=actor.username, updated_at=now)
        )
    else:
        row.body, row.updated_by, row.updated_at = body, actor.username, now
    session.flush()
    audit.record(
        session,
        actor,
        f"rat.{'rapb' if key == RAPB_KEY else 'text'}",
        f"{year}/{key}",
        before={"panjang": len(before)},
        after={"panjang": len(body), "isi": summary},
    )
    return True


def set_text(session: Session, actor: Actor, year: int, key: str, body: str) -> None:
    """Store the text of ``key`` (``shu.manage``, audited). An empty text clears it.

    ``ValidationError`` for an unknown key (the RAPB has :func:`set_rapb`), a
    year outside the book's range or a text over :data:`MAX_TEXT` characters."""
    authorize(session, actor, Permission.SHU_MANAGE)
    _check_key(key, TEXT_KEYS)
    books.check_year(year)
    text = _clean_text(body)
    _store(session, actor, year, key, text, summary=text[:80])


def get_rapb(session: Session, year: int) -> list[RapbRow]:
    """The RAPB rows stored for the book of ``year`` (empty when not written)."""
    row = _content(session, year, RAPB_KEY)
    if row is None or not row.body:
        return []
    data = json.loads(row.body)
    return [
        RapbRow(r["uraian"], int(r["realisasi"]), int(r["anggaran"]), r.get("kelompok", ""))
        for r in data["rows"]
    ]


def _check_rapb(rows: Sequence[RapbRow]) -> list[RapbRow]:
    if len(rows) > MAX_RAPB_ROWS:
        raise ValidationError("rows", f"RAPB paling banyak {MAX_RAPB_ROWS} baris.")
    clean = []
    for number, r in enumerate(rows, start=1):
        uraian = " ".join(str(r.uraian).split())
        if not uraian:
            raise ValidationError("uraian", f"Baris {number}: uraian wajib diisi.")
        if len(uraian) > 200:
            raise ValidationError("uraian", f"Baris {number}: uraian paling banyak 200 huruf.")
        if has_control(uraian):
            raise ValidationError(
                "uraian",
                f"Baris {number}: uraian berisi karakter kendali; ketik ulang sebagai teks biasa.",
            )
        for name in ("realisasi", "anggaran"):
            value = getattr(r, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(name, f"Baris {number}: {name} harus bilangan bulat rupiah.")
            if abs(value) >= MAX_RAPB_AMOUNT:
                raise ValidationError(name, f"Baris {number}: {name} terlalu besar.")
        kelompok = r.kelompok.strip().lower()
        if kelompok not in KELOMPOK:
            raise ValidationError(
                "kelompok", f"Baris {number}: kelompok harus pendapatan, beban atau kosong."
            )
        clean.append(RapbRow(uraian, r.realisasi, r.anggaran, kelompok))
    return clean


def set_rapb(session: Session, actor: Actor, year: int, rows: Sequence[RapbRow]) -> None:
    """Store the RAPB table of ``year`` (``shu.manage``, audited); no rows clears it."""
    authorize(session, actor, Permission.SHU_MANAGE)
    books.check_year(year)
    clean = _check_rapb(rows)
    data = [dataclasses.asdict(r) for r in clean]
    body = json.dumps({"rows": data}, ensure_ascii=False) if clean else ""
    _store(session, actor, year, RAPB_KEY, body, summary=f"{len(clean)} baris")


def suggest_rapb(session: Session, year: int) -> list[RapbRow]:
    """RAPB rows prefilled from the year's PHU accounts: each income and expense
    account with a realisation (closing entries excluded), budget left 0 for
    the pengurus to fill."""
    start, end, _closed = _year_bounds(session, year)
    sums = session.execute(
        select(Account.code, Account.name, Account.type, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == Account.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            Account.type.in_(("pendapatan", "beban")),
            JournalLine.date >= start,
            JournalLine.date <= end,
            JournalEntry.source != CLOSING_SOURCE,
        )
        .group_by(Account.code, Account.name, Account.type)
        .order_by(Account.code)
    ).all()
    return [
        RapbRow(name, -int(total) if kind == "pendapatan" else int(total), 0, kind)
        for _code, name, kind, total in sums
        if total
    ]


def rapb_totals(rows: Sequence[RapbRow]) -> RapbTotals | None:
    """Income, expense and surplus of the rows that have a kelompok (None if none has)."""
    if not any(r.kelompok for r in rows):
        return None
    income = [r for r in rows if r.kelompok == "pendapatan"]
    expense = [r for r in rows if r.kelompok == "beban"]
    ir, ia = sum(r.realisasi for r in income), sum(r.anggaran for r in income)
    er, ea = sum(r.realisasi for r in expense), sum(r.anggaran for r in expense)
    return RapbTotals(ir, ia, er, ea, ir - er, ia - ea)


# --- the year and its members -----------------------------------------------------------


def _year_bounds(session: Session, year: int) -> tuple[dt.date, dt.date, bool]:
    """First and last day of tahun buku ``year`` and whether it is closed."""
    books.check_year(year)
    row = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if row is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada di buku ini.")
    return row.start_date, row.end_date, row.status == "closed"


@dataclass
class _Timeline:
    """One member's status history as far as the book is concerned."""

    sex: str
    events: list[tuple[dt.date, str]]

    def status_on(self, day: dt.date) -> str | None:
        status = None
        for date, value in self.events:
            if date > day:
                break
            status = value
        return status


def _timelines(session: Session) -> dict[int, _Timeline]:
    """Every member's status events in order (date, then recording order)."""
    sexes = dict(session.execute(select(Member.id, Member.sex)).all())
    out: dict[int, _Timeline] = {}
    rows = session.execute(
        select(
            MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.status
        ).order_by(MemberStatusEvent.member_id, MemberStatusEvent.date, MemberStatusEvent.id)
    ).all()
    for member_id, date, status in rows:
        line = out.get(member_id)
        if line is None:
            line = out[member_id] = _Timeline(sexes[member_id], [])
        line.events.append((date, status))
    return out


class _Counter:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, key: str, sex: str) -> None:
        self.counts[key][0 if sex == "L" else 1] += 1

    def get(self, key: str) -> SexCount:
        men, women = self.counts.get(key, [0, 0])
        return SexCount(men, women)


def _membership(
    lines: dict[int, _Timeline], year: int, start: dt.date, end: dt.date
) -> MembershipStats:
    before = start - dt.timedelta(days=1)
    c = _Counter()
    for line in lines.values():
        if line.status_on(before) == "aktif":
            c.add("start", line.sex)
        at_end = line.status_on(end)
        if at_end == "aktif":
            c.add("end", line.sex)
        elif at_end == "calon":
            c.add("calon", line.sex)
        previous = None
        for date, status in line.events:
            if start <= date <= end:
                if status == "aktif" and previous != "aktif":
                    c.add("joined", line.sex)
                elif previous == "aktif" and status != "aktif":
                    c.add("left", line.sex)
                    c.add(f"left:{status}", line.sex)
            previous = status
    stats = MembershipStats(
        year=year,
        start=start,
        end=end,
        at_start=c.get("start"),
        joined=c.get("joined"),
        left=c.get("left"),
        left_by_status=tuple((label, c.get(f"left:{key}")) for key, label in LEFT_LABELS.items()),
        at_end=c.get("end"),
        candidates_at_end=c.get("calon"),
    )
    for attr in ("men", "women"):
        flow = (
            getattr(stats.at_start, attr) + getattr(stats.joined, attr) - getattr(stats.left, attr)
        )
        if flow != getattr(stats.at_end, attr):
            raise LedgerInvariantError(f"membership {year}: {attr} {flow} != at end")
    return stats


def membership(session: Session, year: int) -> MembershipStats:
    """Members at the start and end of tahun buku ``year`` by sex, joiners and
    leavers, from the members' status history."""
    start, end, _closed = _year_bounds(session, year)
    return _membership(_timelines(session), year, start, end)


def _officers(session: Session, end: dt.date) -> tuple[list[RatOfficer], list[RatOfficer]]:
    pengurus: list[RatOfficer] = []
    pengawas: list[RatOfficer] = []
    for t in members.organ_terms(session, on=end):
        officer = RatOfficer(t.role.label, t.member_number, t.member_name, t.term_start, t.term_end)
        (pengawas if t.role.is_pengawas else pengurus).append(officer)
    return pengurus, pengawas


# --- savings and loans ------------------------------------------------------------------


@dataclass(frozen=True)
class _SavingsBalances:
    rows: list[RatSavingsRow]
    by_member: dict[int, dict[str, int]]
    """member id → product kind → balance at the end of the year."""


def _savings(session: Session, start: dt.date, end: dt.date) -> _SavingsBalances:
    """Every savings account's balance the day before the year and at its end, in
    one grouped query; per product (members with a balance, total) and per member."""
    before = start - dt.timedelta(days=1)
    sums = session.execute(
        select(
            SavingsAccount.product_id,
            SavingsAccount.member_id,
            func.sum(case((JournalLine.date <= before, JournalLine.amount), else_=0)),
            func.sum(JournalLine.amount),
        )
        .join(SavingsAccount, SavingsAccount.id == JournalLine.savings_account_id)
        .where(JournalLine.date <= end)
        .group_by(
            JournalLine.savings_account_id, SavingsAccount.product_id, SavingsAccount.member_id
        )
    ).all()
    products = list(session.execute(select(SavingsProduct).order_by(SavingsProduct.id)).scalars())
    kind = {p.id: p.kind for p in products}
    members_at: dict[tuple[int, str], set[int]] = defaultdict(set)
    totals: dict[tuple[int, str], int] = defaultdict(int)
    by_member: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for product_id, member_id, opening, closing in sums:
        for when, amount in (("start", -int(opening or 0)), ("end", -int(closing or 0))):
            if amount:
                members_at[product_id, when].add(member_id)
                totals[product_id, when] += amount
        if closing:
            by_member[member_id][kind[product_id]] += -int(closing)
    rows = [
        RatSavingsRow(
            p.name,
            ProductKind(p.kind).label,
            len(members_at[p.id, "start"]),
            totals[p.id, "start"],
            len(members_at[p.id, "end"]),
            totals[p.id, "end"],
            totals[p.id, "end"] - totals[p.id, "start"],
        )
        for p in products
    ]
    return _SavingsBalances(rows, by_member)


def _percent(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal("0.00")
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.01"))


def _loans(session: Session, start: dt.date, end: dt.date) -> RatLoans:
    """Loans disbursed within the year per product (one grouped query) and the
    kolektibilitas of every loan running at its end."""
    report = loan_quality.collectibility(session, end)
    disbursed = {
        product_id: (int(count), int(amount or 0))
        for product_id, count, amount in session.execute(
            select(Loan.product_id, func.count(LoanEvent.id), func.sum(Loan.amount))
            .join(LoanEvent, LoanEvent.loan_id == Loan.id)
            .where(LoanEvent.kind == "cair", LoanEvent.date >= start, LoanEvent.date <= end)
            .group_by(Loan.product_id)
        ).all()
    }
    running: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in report.rows:
        group = running[p.product_code]
        group[0] += 1
        group[1] += p.outstanding
        group[2] += p.outstanding if p.grade is not Grade.LANCAR else 0
    rows = []
    for product in session.execute(select(LoanProduct).order_by(LoanProduct.id)).scalars():
        count, amount = disbursed.get(product.id, (0, 0))
        loans, owed, npl = running.get(product.code, [0, 0, 0])
        rows.append(RatLoanRow(product.name, count, amount, loans, owed, npl))
    total = report.outstanding_total
    grades = tuple(
        RatGradeRow(
            g.grade.label,
            GRADE_CODE[g.grade],
            g.loans,
            g.outstanding,
            _percent(g.outstanding, total),
            g.percent,
            g.required,
        )
        for g in report.grades
    )
    if sum(r.outstanding_end for r in rows) != total:
        raise LedgerInvariantError(f"loans per {end}: products and grades disagree")
    return RatLoans(
        rows=tuple(rows),
        total_disbursed_count=sum(r.disbursed_count for r in rows),
        total_disbursed=sum(r.disbursed for r in rows),
        total_loans_end=sum(r.loans_end for r in rows),
        total_outstanding_end=total,
        grades=grades,
        npl=report.npl,
        npl_percent=report.npl_percent,
        allowance_required=report.required_total,
        allowance_formed=report.allowance_balance,
    )


def loans_of_year(session: Session, year: int) -> RatLoans:
    """The loans of tahun buku ``year`` as the RAT book shows them: disbursed within
    the year per product, and every loan running at its end by kolektibilitas."""
    start, end, _closed = _year_bounds(session, year)
    return _loans(session, start, end)


def _loans_by_member(session: Session, end: dt.date) -> dict[int, int]:
    """Each member's loan outstanding at the end of ``end`` (one grouped query)."""
    return {
        member_id: int(total)
        for member_id, total in session.execute(
            select(Loan.member_id, func.sum(JournalLine.amount))
            .join(Loan, Loan.id == JournalLine.loan_id)
            .where(JournalLine.date <= end)
            .group_by(Loan.member_id)
        ).all()
        if total
    }


# --- SHU ------------------------------------------------------------------------------


def _shu_list(session: Session, year: int, result: shu.ShuResult) -> ShuListReport:
    """The SHU list of ``result`` (a ``shu.ShuResult``), totals checked against its parts."""
    plan = result.plan
    parts = tuple(
        ShuPartRow(p.key, p.label, Decimal(plan.allocation.get(p.key, 0)), result.parts[p.key])
        for p in shu_rules.PARTS
    )
    rows = tuple(
        ShuMemberRow(
            m.number,
            m.name,
            m.modal_basis,
            m.usaha_basis,
            m.jasa_modal,
            m.jasa_usaha,
            m.total,
            m.paid,
        )
        for m in sorted(result.members, key=lambda m: m.number)
    )
    report = ShuListReport(
        header=books.get_profile(session).header,
        year=year,
        pool=result.shared,
        parts=parts,
        modal_basis_label=_modal_label(plan),
        usaha_basis_label=shu_rules.USAHA_BASES.get(plan.usaha_basis, plan.usaha_basis),
        include_sukarela=bool(plan.include_sukarela),
        decision=plan.decision,
        posted=bool(result.posted),
        rows=rows,
        total_modal_basis=sum(r.modal_basis for r in rows),
        total_usaha_basis=sum(r.usaha_basis for r in rows),
        total_jasa_modal=sum(r.jasa_modal for r in rows),
        total_jasa_usaha=sum(r.jasa_usaha for r in rows),
        total=sum(r.total for r in rows),
        total_paid=sum(r.paid for r in rows),
        undistributed=result.undistributed,
        non_member=result.non_member,
        non_member_income=result.non_member_income,
        income_total=result.income_total,
    )
    members_part = result.parts[shu_rules.JASA_MODAL] + result.parts[shu_rules.JASA_USAHA]
    if (
        sum(p.amount for p in parts) != report.pool
        or report.total + report.undistributed != members_part
        or report.total != report.total_jasa_modal + report.total_jasa_usaha
    ):
        raise LedgerInvariantError(f"SHU {year}: members' shares do not add up to their parts")
    return report


def _modal_label(plan: shu.PlanInput) -> str:
    label = shu_rules.MODAL_BASES.get(plan.modal_basis, plan.modal_basis)
    what = "pokok + wajib + sukarela" if plan.include_sukarela else "pokok + wajib"
    return f"{label} ({what})"


def shu_list(session: Session, year: int) -> ShuListReport:
    """Daftar pembagian SHU of ``year``: the parts and every member's share."""
    _year_bounds(session, year)
    return _shu_list(session, year, shu.compute(session, year))


def _exact(basis: int, total: int, part: int) -> Decimal:
    if not total:
        return Decimal("0.00")
    value = Fraction(basis * part, total)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"))


def shu_slips(session: Session, year: int, member_numbers: Sequence[str] = ()) -> ShuSlipsReport:
    """SHU slips of the given members (all members with a share when none given),
    with the numbers of both formulas and the payment, if paid."""
    listing = shu_list(session, year)
    wanted = [n.strip().upper() for n in member_numbers]
    by_number = {r.number: r for r in listing.rows}
    missing = [n for n in wanted if n not in by_number]
    if missing:
        raise NotFoundError(
            f"Anggota {', '.join(missing)} tidak mendapat SHU tahun {year} (atau tidak ada)."
        )
    chosen = [by_number[n] for n in wanted] if wanted else list(listing.rows)
    payments = _payments(session, year)
    parts = {p.key: p for p in listing.parts}
    jm, ju = parts[shu_rules.JASA_MODAL], parts[shu_rules.JASA_USAHA]
    slips = []
    for r in chosen:
        paid = payments.get(r.number)
        slips.append(
            ShuSlip(
                r.number,
                r.name,
                r.modal_basis,
                listing.total_modal_basis,
                jm.percent,
                jm.amount,
                _exact(r.modal_basis, listing.total_modal_basis, jm.amount),
                r.jasa_modal,
                r.usaha_basis,
                listing.total_usaha_basis,
                ju.percent,
                ju.amount,
                _exact(r.usaha_basis, listing.total_usaha_basis, ju.amount),
                r.jasa_usaha,
                r.total,
                terbilang_rupiah(r.total),
                r.paid,
                paid[0] if paid else "",
                paid[1] if paid else None,
                paid[2] if paid else "",
            )
        )
    return ShuSlipsReport(
        listing.header,
        year,
        listing.pool,
        listing.modal_basis_label,
        listing.usaha_basis_label,
        listing.posted,
        tuple(slips),
    )


def _payments(session: Session, year: int) -> dict[str, tuple[str, dt.date, str]]:
    """Member number → (method, date, receipt) of the year's SHU payments."""
    return {
        number: (method, date, receipt)
        for number, method, date, receipt in session.execute(
            select(Member.number, ShuPayment.method, ShuPayment.date, ShuPayment.receipt_number)
            .join(Member, Member.id == ShuPayment.member_id)
            .where(ShuPayment.year == year)
        ).all()
    }


def shu_receipt(session: Session, receipt_number: str) -> ShuReceipt:
    """The kuitansi of the SHU payment ``receipt_number`` (``SHU-2026-000001``)."""
    clean = receipt_number.strip().upper()
    row = session.execute(select(ShuPayment).where(ShuPayment.receipt_number == clean)).scalar()
    if row is None:
        raise NotFoundError(f"Kuitansi SHU {clean} tidak ditemukan.")
    member = session.get(Member, row.member_id)
    entry = session.get(JournalEntry, row.entry_id)
    assert member is not None
    assert entry is not None
    share = session.execute(
        select(ShuMember).where(ShuMember.year == row.year, ShuMember.member_id == member.id)
    ).scalar()
    account = session.execute(
        select(SavingsAccount.number)
        .join(JournalLine, JournalLine.savings_account_id == SavingsAccount.id)
        .where(JournalLine.entry_id == entry.id)
    ).scalar()
    teller = session.execute(select(AppUser.full_name).where(AppUser.username == row.paid_by))
    return ShuReceipt(
        header=books.get_profile(session).header,
        number=row.receipt_number,
        year=row.year,
        date=row.date,
        member_number=member.number,
        member_name=member.full_name,
        amount=row.amount,
        amount_words=terbilang_rupiah(row.amount),
        method=row.method,
        savings_account=account or "",
        jasa_modal=share.jasa_modal if share is not None else 0,
        jasa_usaha=share.jasa_usaha if share is not None else 0,
        entry_number=entry.number,
        teller=teller.scalar() or row.paid_by,
    )


def _rat_shu(session: Session, year: int) -> RatShu:
    try:
        return RatShu(_shu_list(session, year, shu.compute(session, year)))
    except KopdeskError as exc:
        return RatShu(None, exc.message)


# --- statements -------------------------------------------------------------------------


def _statements(session: Session, year: int) -> tuple[FinancialStatements | None, str]:
    """The year's five statements with comparatives, or None and why not."""
    try:
        return statements.all_statements(session, statements.period_of(session, year)), ""
    except KopdeskError as exc:
        return None, f"Laporan keuangan belum dapat disusun: {exc.message}"


# --- the book ---------------------------------------------------------------------------

_STEPS = (
    "Profil koperasi",
    "Keanggotaan dan pengurus",
    "Simpanan",
    "Pinjaman dan kolektibilitas",
    "Laporan keuangan",
    "Pembagian SHU",
    "Saldo setiap anggota",
    "Teks dan RAPB",
)


def _members_appendix(
    session: Session,
    lines: dict[int, _Timeline],
    end: dt.date,
    saved: _SavingsBalances,
    distribution: RatShu,
) -> tuple[tuple[RatMemberRow, ...], RatMemberRow]:
    """Every member who was aktif at the end of the year or holds a balance or SHU,
    by member number."""
    owed = _loans_by_member(session, end)
    report = distribution.report
    shares = {r.number: r.total for r in report.rows} if report else {}
    rows = []
    for member_id, number, name in session.execute(
        select(Member.id, Member.number, Member.full_name).order_by(Member.number)
    ).all():
        kinds = saved.by_member.get(member_id, {})
        line = lines.get(member_id)
        aktif = line is not None and line.status_on(end) == "aktif"
        share = shares.get(number, 0)
        if not (aktif or any(kinds.values()) or owed.get(member_id) or share):
            continue
        rows.append(
            RatMemberRow(
                number,
                name,
                kinds.get("pokok", 0),
                kinds.get("wajib", 0),
                kinds.get("sukarela", 0),
                kinds.get("berjangka", 0),
                owed.get(member_id, 0),
                share,
            )
        )
    total = RatMemberRow(
        "",
        "Jumlah",
        *(
            sum(getattr(r, f) for r in rows)
            for f in ("pokok", "wajib", "sukarela", "berjangka", "loan", "shu")
        ),
    )
    return tuple(rows), total


def rat_data(session: Session, year: int, progress: Progress | None = None) -> RatBook:
    """Everything the RAT book of tahun buku ``year`` prints, checked.

    ``progress(done, total, label)`` is called before each step (eight steps)."""

    def step(index: int) -> None:
        if progress is not None:
            progress(index, len(_STEPS), _STEPS[index] if index < len(_STEPS) else "Data terkumpul")

    step(0)
    start, end, closed = _year_bounds(session, year)
    profile = books.get_profile(session)
    step(1)
    lines = _timelines(session)
    stats = _membership(lines, year, start, end)
    pengurus, pengawas = _officers(session, end)
    step(2)
    saved = _savings(session, start, end)
    step(3)
    loans = _loans(session, start, end)
    step(4)
    statements, statements_note = _statements(session, year)
    step(5)
    distribution = _rat_shu(session, year)
    step(6)
    member_rows, member_total = _members_appendix(session, lines, end, saved, distribution)
    step(7)
    texts = tuple(RatText(k, key_title(k, year), get_text(session, year, k)) for k in TEXT_KEYS)
    rapb = tuple(get_rapb(session, year))
    step(len(_STEPS))
    return RatBook(
        header=profile.header,
        year=year,
        start=start,
        end=end,
        coop_type_label=COOP_TYPE_LABEL.get(profile.coop_type.value, profile.coop_type.value),
        legal_date=profile.legal_date,
        closed=closed,
        membership=stats,
        pengurus=tuple(pengurus),
        pengawas=tuple(pengawas),
        savings=tuple(saved.rows),
        savings_total_start=sum(r.balance_start for r in saved.rows),
        savings_total_end=sum(r.balance_end for r in saved.rows),
        savings_total_change=sum(r.change for r in saved.rows),
        loans=loans,
        statements=statements,
        statements_note=statements_note,
        shu=distribution,
        texts=texts,
        rapb=rapb,
        rapb_totals=rapb_totals(rapb),
        members=member_rows,
        members_total=member_total,
    )
