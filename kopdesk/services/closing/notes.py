"""Catatan atas Laporan Keuangan (CaLK): general information, accounting
policies and the notes behind the figures (cash, loans by product and
kolektibilitas with the allowance, fixed assets, savings by type, SHU and its
split), and who signs the statements.
:func:`kopdesk.services.closing.statements.notes` is the entry point.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain import shu as shu_rules
from kopdesk.domain.assets import CATEGORIES
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.domain.loans import CollateralKind
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.statements import (
    NoteRow,
    Notes,
    NoteTable,
    Period,
    Statement,
)
from kopdesk.domain.savings import percent_text
from kopdesk.errors import NotFoundError
from kopdesk.models import (
    Account,
    JournalLine,
    Loan,
    LoanProduct,
    SavingsAccount,
)
from kopdesk.services.base import settings
from kopdesk.services.closing import shu as shu_service
from kopdesk.services.closing.statement_parts import (
    NOTE_ASSETS,
    NOTE_CASH,
    NOTE_LOANS,
    NOTE_POLICIES,
    NOTE_SAVINGS,
    NOTE_SHU,
    signers,
)
from kopdesk.services.closing.sums import date_columns, flow_subtitle
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.savings.products import list_products

__all__ = ["build_notes"]


# --- Catatan atas Laporan Keuangan ---------------------------------------------------------


def _policies(session: Session, period: Period) -> tuple[NoteTable, ...]:

    products = list_products(session)
    equity = ", ".join(p.name.lower() for p in products if p.classification == "ekuitas")
    liability = ", ".join(p.name.lower() for p in products if p.classification != "ekuitas")
    grades, allowance = loan_quality.grade_rule(session), loan_quality.allowance_rule(session)
    collateral = loan_quality.collateral_rule(session)
    collateral_shares = ", ".join(
        f"{kind.label[0].lower()}{kind.label[1:]} {percent_text(collateral.percent(kind))}%"
        for kind in CollateralKind
    )
    lives = ", ".join(
        f"{c.label.lower()} {c.default_life_months // 12} tahun"
        for c in CATEGORIES
        if c.accumulated_account
    )
    year = period.fiscal_year or None
    allocation = _allocation_text(_allocation(session, year)[0])
    texts = (
        ("Dasar penyusunan",
         "Laporan keuangan disusun berdasarkan Standar Akuntansi Keuangan Entitas Privat "
         "(SAK EP) sebagaimana diwajibkan Peraturan Menteri Koperasi dan UKM Nomor 2 Tahun "
         "2024 tentang Kebijakan Akuntansi Koperasi, dengan dasar akrual kecuali jasa "
         "pinjaman (lihat 2.4). Laporan disajikan dalam bahasa Indonesia dan mata uang "
         "rupiah; semua angka dalam rupiah penuh tanpa pecahan."),
        ("Penyajian",
         "Aset disajikan menurut urutan likuiditas dan liabilitas menurut urutan jatuh tempo, "
         "tanpa pemisahan lancar dan tidak lancar. Laporan perhitungan hasil usaha menyajikan "
         "SHU dan penghasilan komprehensif lain dalam satu laporan, dengan partisipasi anggota "
         "dipisahkan dari pendapatan dari non-anggota. Laporan perubahan ekuitas disajikan "
         "tersendiri. Laporan arus kas disusun dengan metode langsung. SHU yang belum ditutup "
         "(jurnal penutup) disajikan di ekuitas: SHU tahun buku sebelumnya pada SHU tahun lalu "
         "belum dibagi, SHU tahun buku berjalan pada SHU tahun berjalan."),
        ("Kas dan setara kas",
         "Kas dan setara kas terdiri atas kas, kas kecil, rekening giro dan tabungan di bank "
         "serta deposito bank yang jatuh tempo paling lama tiga bulan."),
        ("Pinjaman yang diberikan dan pendapatan jasa",
         "Pinjaman yang diberikan dicatat sebesar sisa pokok pinjaman dikurangi penyisihan "
         "penghapusan pinjaman. Jasa pinjaman diakui sebagai pendapatan pada saat diterima "
         "(basis kas) sesuai pencatatan yang berlaku; provisi dan biaya administrasi diakui "
         "pada saat pinjaman dicairkan; denda diakui pada saat dibayar."),
        ("Penyisihan penghapusan pinjaman (PPAP)",
         "Penyisihan dibentuk setiap akhir bulan menurut kolektibilitas pinjaman: lancar "
         f"{percent_text(allowance.lancar)}%, kurang lancar (tunggakan lebih dari "
         f"{grades.kurang_lancar_after} hari) {percent_text(allowance.kurang_lancar)}%, "
         f"diragukan (lebih dari {grades.diragukan_after} hari) "
         f"{percent_text(allowance.diragukan)}% dan macet (lebih dari {grades.macet_after} "
         f"hari) {percent_text(allowance.macet)}% dari sisa pokok; untuk kurang lancar, "
         "diragukan dan macet dari sisa pokok setelah dikurangi agunan yang diperhitungkan "
         f"(nilai taksiran × {collateral_shares}), paling rendah nol."),
        ("Simpanan anggota",
         f"Simpanan yang disajikan sebagai ekuitas: {equity or '-'}. Simpanan yang disajikan "
         f"sebagai liabilitas: {liability or '-'}. Jasa simpanan diakui sebagai beban setiap "
         "akhir bulan; PPh final Pasal 4 ayat (2) atas jasa simpanan anggota dipotong sesuai "
         "PP 15/2009."),
        ("Aset tetap",
         "Aset tetap dicatat sebesar harga perolehan dikurangi akumulasi penyusutan. "
         f"Penyusutan dihitung dengan metode garis lurus selama umur manfaat ({lives}); "
         "tanah tidak disusutkan."),
        ("Sisa hasil usaha (SHU)",
         "SHU adalah pendapatan dikurangi beban, penyusutan dan kewajiban lain termasuk pajak "
         "dalam satu tahun buku (UU 25/1992 Pasal 45). SHU dibagi menurut AD/ART dan keputusan "
         f"Rapat Anggota Tahunan; pembagian menurut pengaturan buku ini: {allocation}."),
        ("Pajak penghasilan",
         "Pajak penghasilan badan diakui sebagai beban pada periode terutangnya."),
    )  # fmt: skip
    return tuple(
        NoteTable(f"{NOTE_POLICIES}.{i}", f"kebijakan_{i}", title, (text,))
        for i, (title, text) in enumerate(texts, start=1)
    )


def _allocation(session: Session, year: int | None) -> tuple[dict[str, Decimal], bool, int | None]:
    """The SHU allocation (part key → percent) of ``year``'s plan, whether that plan
    is posted, and what it shared when posted (the SHU less the non-members' part);
    without a year the settings' allocation."""
    plan = _shu_plan(session, year) if year is not None else None
    if plan is not None:
        return plan
    text = settings.get_text(session, settings.SHU_ALLOCATION)
    raw = shu_rules.read_allocation(text) if text.strip() else shu_rules.default_allocation()
    return {p.key: Decimal(raw.get(p.key, Decimal(0))) for p in shu_rules.PARTS}, False, None


def _shu_plan(session: Session, year: int) -> tuple[dict[str, Decimal], bool, int | None] | None:
    try:
        plan = shu_service.get_plan(session, year)
    except NotFoundError:
        return None
    posted = plan.status == "posted"
    return dict(plan.allocation), posted, plan.pool if posted else None


def _allocation_text(allocation: dict[str, Decimal]) -> str:
    return ", ".join(
        f"{p.label.lower()} {percent_text(allocation[p.key])}%"
        for p in shu_rules.PARTS
        if allocation.get(p.key)
    )


def _general(session: Session, period: Period) -> tuple[tuple[str, str], ...]:
    profile = get_profile(session)
    legal = profile.legal_number or "-"
    if profile.legal_date is not None:
        legal += f", tanggal {format_date(profile.legal_date)}"
    first = dt.date(2000, profile.fiscal_year_start_month, 1)
    last = first.replace(year=first.year + 1) - dt.timedelta(days=1)
    fiscal = f"{first.day} {MONTHS_ID[first.month - 1]} s.d. {last.day} {MONTHS_ID[last.month - 1]}"
    board = ", ".join(f"{s.role} {s.name}" for s in signers(session, period.end) if s.name)
    return (
        ("Nama koperasi", profile.name),
        ("Jenis koperasi", profile.coop_type.label),
        ("Badan hukum", legal),
        ("Nomor Induk Koperasi", profile.nik_koperasi or "-"),
        ("Alamat", profile.address or "-"),
        ("Tahun buku", fiscal),
        ("Periode laporan", f"{period.label} ({format_date(period.start)} s.d. "
                            f"{format_date(period.end)})"),
        ("Pengurus", board or "-"),
    )  # fmt: skip


def _rows_from(statement: Statement, groups: Sequence[str]) -> list[NoteRow]:
    """The account lines of the balance-sheet groups ``groups`` as note rows."""
    rows: list[NoteRow] = []
    current_group = ""
    for ln in statement.lines:
        if ln.is_heading and ln.level == 1:
            current_group = ln.code
        if ln.is_account and current_group in groups:
            rows.append(NoteRow(ln.name, (ln.amount, ln.prior), ln.code))
    return rows


def _with_total(rows: list[NoteRow], label: str = "Jumlah") -> tuple[NoteRow, ...]:
    width = len(rows[0].values) if rows else 2
    totals = tuple(sum(r.values[i] for r in rows) for i in range(width))
    return (*rows, NoteRow(label, totals, is_total=True))


def _loans_by_product(session: Session, on: dt.date) -> dict[str, tuple[str, int]]:
    """Outstanding principal per loan product (its receivable account's loan lines)."""
    rows = session.execute(
        select(LoanProduct.code, LoanProduct.name, func.sum(JournalLine.amount))
        .join(Loan, Loan.id == JournalLine.loan_id)
        .join(LoanProduct, LoanProduct.id == Loan.product_id)
        .where(JournalLine.account_id == LoanProduct.account_id, JournalLine.date <= on)
        .group_by(LoanProduct.code, LoanProduct.name)
    ).all()
    return {code: (name, int(total)) for code, name, total in rows}


def _loan_notes(session: Session, bs: Statement, period: Period, prior: Period) -> list[NoteTable]:
    cur, pri = _loans_by_product(session, period.end), _loans_by_product(session, prior.end)
    names = {code: name for found in (pri, cur) for code, (name, _v) in found.items()}
    product_codes = set(
        session.execute(
            select(Account.code).join(LoanProduct, LoanProduct.account_id == Account.id)
        ).scalars()
    )
    rows = [
        NoteRow(names[code],
                (cur.get(code, ("", 0))[1], pri.get(code, ("", 0))[1]), code)
        for code in sorted(names)
        if cur.get(code, ("", 0))[1] or pri.get(code, ("", 0))[1]
    ]  # fmt: skip
    rows += [
        r
        for r in _rows_from(bs, (Code.GROUP_PINJAMAN_YANG_DIBERIKAN,))
        if r.code not in product_codes
    ]
    by_product = NoteTable(
        f"{NOTE_LOANS}.1", "pinjaman", "Pinjaman yang diberikan menurut produk",
        ("Pinjaman kepada anggota menurut produk (sisa pokok), piutang lain dan penyisihan "
         "penghapusan pinjaman.",),
        bs.columns, _with_total(rows, "Jumlah pinjaman yang diberikan (bersih)"),
    )  # fmt: skip
    quality = loan_quality.collectibility(session, period.end)
    grade_rows = [
        NoteRow(f"{g.grade.label} (PPAP {percent_text(g.percent)}%)",
                (g.loans, g.outstanding, g.required), g.grade.value)
        for g in quality.grades
    ]  # fmt: skip
    formed = quality.allowance_balance
    gap = format_rupiah(quality.required_total - formed, parens=True)
    text = (
        f"Kolektibilitas pinjaman per {format_date(period.end)}. PPAP yang wajib dibentuk "
        f"{format_rupiah(quality.required_total)}; PPAP yang telah dibentuk "
        f"(akun {coa.LOAN_ALLOWANCE}) "
        f"{format_rupiah(formed)}; selisih {gap}. Pinjaman bermasalah (NPL) "
        f"{percent_text(quality.npl_percent)}% dari sisa pokok.",
    )
    by_grade = NoteTable(
        f"{NOTE_LOANS}.2", "kolektibilitas", "Pinjaman menurut kolektibilitas",
        text, ("Banyaknya", "Sisa pokok", "PPAP wajib"), _with_total(grade_rows),
    )  # fmt: skip
    return [by_product, by_grade]


def _asset_notes(session: Session, bs: Statement, period: Period) -> list[NoteTable]:
    rows = _rows_from(bs, (Code.GROUP_ASET_TETAP, Code.GROUP_ASET_TAK_BERWUJUD))
    tables = [
        NoteTable(
            f"{NOTE_ASSETS}.1", "aset_tetap", "Aset tetap dan aset tak berwujud",
            ("Harga perolehan dan akumulasi penyusutan menurut akun.",),
            bs.columns, _with_total(rows, "Nilai buku"),
        )
    ]  # fmt: skip
    try:
        from kopdesk.services.assets.depreciation import summary_by_category
    except ImportError:  # pragma: no cover
        return tables
    summary = summary_by_category(session, period.start, period.end)
    if summary:
        moved = [
            NoteRow(s.label, (s.cost_end, s.additions, s.accumulated_end, s.depreciation,
                              s.book_value_end), s.category)
            for s in summary
        ]  # fmt: skip
        tables.append(
            NoteTable(
                f"{NOTE_ASSETS}.2", "aset_tetap_mutasi", "Mutasi aset tetap menurut daftar aset",
                (f"Aset tetap yang tercatat dalam daftar aset, {period.label}: harga perolehan "
                 "dan akumulasi penyusutan per akhir periode, penambahan dan penyusutan "
                 "dalam periode.",),
                ("Perolehan", "Penambahan", "Akumulasi", "Penyusutan", "Nilai buku"),
                _with_total(moved),
            )
        )  # fmt: skip
    return tables


def _savings_by_product(
    session: Session, on: dt.date, before: dt.date
) -> tuple[dict[int, int], dict[int, int], int]:
    """The members' savings per product id at the end of ``on`` and of ``before``
    (credit-positive), and how many members hold a balance on ``on``: the sub-ledger
    of :func:`~kopdesk.services.savings.papers.savings_recap` for both dates, from
    one pass over the savings lines (summed per account first)."""
    per_account = (
        select(
            JournalLine.savings_account_id.label("id"),
            func.sum(JournalLine.amount).label("now"),
            func.sum(case((JournalLine.date <= before, JournalLine.amount), else_=0)).label(
                "before"
            ),
        )
        .where(JournalLine.savings_account_id.is_not(None), JournalLine.date <= on)
        .group_by(JournalLine.savings_account_id)
        .subquery()
    )
    now: dict[int, int] = defaultdict(int)
    then: dict[int, int] = defaultdict(int)
    holders: set[int] = set()
    for product_id, member_id, at_end, at_before in session.execute(
        select(
            SavingsAccount.product_id,
            SavingsAccount.member_id,
            per_account.c.now,
            per_account.c.before,
        ).join(SavingsAccount, SavingsAccount.id == per_account.c.id)
    ):
        now[product_id] -= int(at_end or 0)
        then[product_id] -= int(at_before or 0)
        if at_end:
            holders.add(member_id)
    return now, then, len(holders)


def _savings_note(session: Session, bs: Statement, period: Period, prior: Period) -> NoteTable:
    cur, before, holders = _savings_by_product(session, period.end, prior.end)
    rows = [
        NoteRow(f"{p.name} ({p.classification})", (cur[p.id], before[p.id]), p.code)
        for p in list_products(session)
        if cur[p.id] or before[p.id]
    ]
    text = (
        f"Saldo simpanan anggota menurut buku pembantu per {format_date(period.end)}: "
        f"{holders} anggota memiliki saldo simpanan. Klasifikasi ekuitas atau "
        "liabilitas mengikuti pengaturan produk simpanan.",
    )
    del bs
    return NoteTable(
        NOTE_SAVINGS, "simpanan", "Simpanan anggota menurut jenis", text,
        date_columns(period, prior), _with_total(rows),
    )  # fmt: skip


def _shu_note(session: Session, income: Statement, period: Period) -> NoteTable:
    shu = income.amount("shu")
    text = [f"SHU setelah pajak {period.label}: {format_rupiah(shu, parens=True)}."]
    if period.kind != "year":
        text.append("SHU dibagi setelah tahun buku berakhir, menurut keputusan Rapat Anggota "
                    "Tahunan.")  # fmt: skip
        return NoteTable(NOTE_SHU, "shu", "Sisa hasil usaha", tuple(text))
    allocation, posted, shared = _allocation(session, period.fiscal_year)
    pool = shu if shared is None else max(shu, shared)  # posted: the year's SHU as shared
    if pool <= 0:
        text.append("SHU nol atau negatif: tidak ada yang dibagi; kerugian ditutup menurut "
                    "keputusan Rapat Anggota Tahunan.")  # fmt: skip
        return NoteTable(NOTE_SHU, "shu", "Sisa hasil usaha", tuple(text))
    non_member = shu_service.non_member_part(session, period.fiscal_year, pool)
    parts = shu_rules.split_pool(pool - non_member, allocation)
    text.append(
        f"Pembagian SHU {format_rupiah(pool)} "
        + ("menurut keputusan Rapat Anggota Tahunan yang telah dibukukan."
           if posted else "menurut rencana pembagian sesuai AD/ART (ditetapkan dalam RAT).")
    )  # fmt: skip
    if non_member:
        text.append(f"SHU dari usaha dengan non-anggota {format_rupiah(non_member)} disisihkan "
                    "ke cadangan dan tidak dibagi kepada anggota; bagian menurut AD/ART "
                    f"dihitung dari sisanya, {format_rupiah(pool - non_member)}.")  # fmt: skip
    rows = [
        NoteRow(f"{p.label} ({percent_text(allocation[p.key])}%)", (parts[p.key],), p.key)
        for p in shu_rules.PARTS
        if allocation.get(p.key)
    ]
    if non_member:
        rows.append(NoteRow("SHU dari usaha dengan non-anggota (ke cadangan)", (non_member,),
                            "non_anggota"))  # fmt: skip
    return NoteTable(
        NOTE_SHU, "shu", "Sisa hasil usaha dan pembagiannya", tuple(text),
        (income.columns[0],), _with_total(rows),
    )  # fmt: skip


def build_notes(
    session: Session, period: Period, prior: Period, bs: Statement, income: Statement
) -> Notes:
    tables = [
        NoteTable(
            NOTE_CASH, "kas", "Kas dan setara kas", ("Saldo kas dan bank menurut akun.",),
            bs.columns, _with_total(_rows_from(bs, (Code.GROUP_KAS_DAN_SETARA_KAS,))),
        ),
        *_loan_notes(session, bs, period, prior),
        *_asset_notes(session, bs, period),
        _savings_note(session, bs, period, prior),
        _shu_note(session, income, period),
    ]  # fmt: skip
    return Notes(
        kind="catatan",
        title="CATATAN ATAS LAPORAN KEUANGAN",
        period=period,
        prior_period=prior,
        general=_general(session, period),
        policies=_policies(session, period),
        tables=tuple(tables),
        subtitle=flow_subtitle(period),
        header=get_profile(session).header,
    )
