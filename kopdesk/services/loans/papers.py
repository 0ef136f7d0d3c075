"""Report data for the loan papers: the installment simulation, the loan
agreement summary, the loan card, the payment and disbursement receipts, the
arrears list, the kolektibilitas and PPAP report and the portfolio recap.

Every number is computed and checked here; renderers only lay it out. Loan
balances are the principal the member still owes (positive). Amounts are
integer rupiah; rates are percentages (``Decimal("1.5")`` is 1,5 %).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdesk.domain.loans import CollateralKind, Grade, GradeRule, Method, RatePeriod, Simulation
from kopdesk.domain.loans import Terms as LoanTerms
from kopdesk.domain.loans import simulate as simulate_schedule
from kopdesk.domain.money import Rounding
from kopdesk.domain.papers.common import BookHeader
from kopdesk.domain.papers.loans import (
    CollateralShare,
    LoanAgreementReport,
    LoanArrearsReport,
    LoanArrearsRow,
    LoanBucketRow,
    LoanCardReport,
    LoanCardRow,
    LoanCollectibilityReport,
    LoanGradeRow,
    LoanPaymentRow,
    LoanPortfolioReport,
    LoanPortfolioRow,
    LoanReceipt,
    LoanReceiptPart,
    LoanScheduleRow,
    LoanSimulationReport,
    LoanTermsText,
    LoanYearRow,
)
from kopdesk.domain.savings import percent_text
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.domain.vocabulary import LoanEventKind
from kopdesk.errors import DomainError
from kopdesk.models import Account, AppUser, JournalLine, Loan, LoanEvent, LoanProduct
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.loans import products as loan_products
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.loans import records as loan_records
from kopdesk.services.loans import schedules as loan_schedules
from kopdesk.services.loans.quality import Position
from kopdesk.services.members.register import get_member

EVENT_LABEL: dict[str, str] = {
    LoanEventKind.CAIR: "Pencairan",
    LoanEventKind.ANGSURAN: "Angsuran",
    LoanEventKind.PELUNASAN: "Pelunasan",
    LoanEventKind.RESTRUKTURISASI: "Restrukturisasi",
    LoanEventKind.HAPUS: "Hapus buku",
    LoanEventKind.SALDO_AWAL: "Saldo awal",
}
ROUNDING_LABEL = {
    Rounding.HALF_UP: "angsuran dibulatkan ke rupiah terdekat",
    Rounding.DOWN: "angsuran dibulatkan ke bawah",
    Rounding.UP_100: "angsuran dibulatkan ke atas Rp100",
    Rounding.UP_500: "angsuran dibulatkan ke atas Rp500",
    Rounding.UP_1000: "angsuran dibulatkan ke atas Rp1.000",
}
SIMULATION_HEADER = BookHeader(
    coop_name="Perhitungan angsuran pinjaman",
    legal_number="",
    address="Dibuat tanpa buku koperasi.",
)
"""The header of a simulation made without a book (no cooperative to name)."""


# --- terms and schedules -------------------------------------------------------------


def percent2(value: Decimal) -> str:
    """``1,79`` — a rate with two decimals and a decimal comma."""
    return f"{value.quantize(Decimal('0.01')):f}".replace(".", ",")


def terms_text(terms: LoanTerms, sim: Simulation) -> LoanTermsText:
    period = "per bulan" if terms.rate_period is RatePeriod.MONTH else "per tahun"
    method = terms.method.label
    return LoanTermsText(
        principal=terms.principal,
        rate=f"{percent_text(terms.rate_percent)}% {period}, {method.lower()}",
        method=method,
        tenor=f"{terms.tenor} bulan",
        effective=(
            f"{percent2(sim.effective_monthly_percent)}% per bulan "
            f"({percent2(sim.effective_yearly_percent)}% per tahun)"
        ),
        rounding=ROUNDING_LABEL[terms.rounding],
    )


def _schedule_rows(sim: Simulation) -> tuple[LoanScheduleRow, ...]:
    return tuple(
        LoanScheduleRow(x.number, x.due_date, x.principal, x.interest, x.total, x.balance_after)
        for x in sim.rows
    )


def _years(rows: Sequence[LoanScheduleRow]) -> tuple[LoanYearRow, ...]:
    out = []
    for start in range(0, len(rows), 12):
        part = rows[start : start + 12]
        principal = sum(r.principal for r in part)
        interest = sum(r.interest for r in part)
        out.append(
            LoanYearRow(start // 12 + 1, part[0].number, part[-1].number, principal, interest,
                        principal + interest)
        )  # fmt: skip
    return tuple(out)


def _check_schedule(
    principal: int, rows: Sequence[LoanScheduleRow], years: Sequence[LoanYearRow]
) -> tuple[int, int, int]:
    """Totals of a schedule; ``LedgerInvariantError`` unless the principal parts sum
    to the principal, each row's balance follows and the years add up."""
    total_principal = sum(r.principal for r in rows)
    total_interest = sum(r.interest for r in rows)
    balance = principal
    for r in rows:
        balance -= r.principal
        if r.balance_after != balance or r.total != r.principal + r.interest:
            raise LedgerInvariantError(f"schedule row {r.number} does not tie")
    if total_principal != principal or balance != 0:
        raise LedgerInvariantError(f"schedule sums to {total_principal}, not {principal}")
    if (sum(y.principal for y in years), sum(y.interest for y in years)) != (
        total_principal,
        total_interest,
    ):
        raise LedgerInvariantError("yearly subtotals do not add up to the schedule")
    return total_principal, total_interest, total_principal + total_interest


def simulation_report(
    sim: Simulation, header: BookHeader | None = None, *, product_name: str = ""
) -> LoanSimulationReport:
    """Simulasi angsuran of ``sim`` (``kopdesk.domain.loans.simulate``); without a
    book's ``header`` the paper names no cooperative."""
    rows = _schedule_rows(sim)
    years = _years(rows)
    total_principal, total_interest, total = _check_schedule(sim.terms.principal, rows, years)
    monthly = sim.terms.monthly_rate * 100
    flat = Decimal(monthly.numerator) / Decimal(monthly.denominator)
    return LoanSimulationReport(
        header=header or SIMULATION_HEADER,
        product_name=product_name,
        start=sim.start,
        terms=terms_text(sim.terms, sim),
        flat_rate_monthly=f"{percent2(flat)}% per bulan",
        effective_monthly_percent=sim.effective_monthly_percent,
        effective_yearly_percent=sim.effective_yearly_percent,
        rows=rows,
        years=years,
        total_principal=total_principal,
        total_interest=total_interest,
        total=total,
        first_installment=rows[0].total,
    )


def simulation(
    session: Session, terms: LoanTerms, start: dt.date, *, product_name: str = ""
) -> LoanSimulationReport:
    """The simulation with the book's header."""
    sim = simulate_schedule(terms, start)
    return simulation_report(sim, get_profile(session).header, product_name=product_name)


def simulation_csv(sim: Simulation) -> bytes:
    """The schedule as CSV (integer rupiah): ``number,due_date,principal,interest,
    total,balance``, then a ``total`` row. For ``kopdesk loan simulate --out x.csv``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["number", "due_date", "principal", "interest", "total", "balance"])
    for x in sim.rows:
        writer.writerow(
            [x.number, x.due_date.isoformat(), x.principal, x.interest, x.total, x.balance_after]
        )
    writer.writerow(["total", "", sim.total_principal, sim.total_interest, sim.total, ""])
    return buffer.getvalue().encode("utf-8")


# --- agreement -------------------------------------------------------------------------


def _full_name(session: Session, username: str | None) -> str:
    if not username:
        return ""
    name = session.execute(select(AppUser.full_name).where(AppUser.username == username)).scalar()
    return name or username


def _stored_schedule(session: Session, info: loan_records.LoanInfo) -> tuple[LoanScheduleRow, ...]:
    assert info.disbursed_on is not None
    states = loan_schedules.schedule_of(session, info.number, info.disbursed_on)
    balance = info.amount
    out = []
    for s in states:
        balance -= s.principal
        out.append(
            LoanScheduleRow(s.number, s.due_date, s.principal, s.interest,
                            s.principal + s.interest, balance)
        )  # fmt: skip
    return tuple(out)


def agreement(session: Session, number: str) -> LoanAgreementReport:
    """Ringkasan perjanjian pinjaman ``number`` (``NotFoundError`` if none).

    A disbursed loan shows its stored schedule; an application not yet
    disbursed a schedule reckoned from its application date (an estimate)."""
    info = loan_records.get_loan(session, number)
    member = get_member(session, info.member_number)
    sim = simulate_schedule(info.terms, info.disbursed_on or info.applied_on)
    rows = _stored_schedule(session, info) if info.disbursed_on else _schedule_rows(sim)
    years = _years(rows)
    total_principal, total_interest, total = _check_schedule(info.amount, rows, years)
    if info.disbursed_on is None:
        product = loan_products.get_product(session, info.product_code)
        provisi, admin = product.fees(info.amount)
    else:
        provisi, admin = info.provisi, info.admin_fee
    return LoanAgreementReport(
        header=get_profile(session).header,
        loan_number=info.number,
        status=info.status_label,
        product_name=info.product_name,
        member_number=member.number,
        member_name=member.full_name,
        member_nik=member.nik,
        member_address=member.full_address,
        member_phone=member.phone,
        member_occupation=member.occupation,
        terms=terms_text(info.terms, sim),
        provisi=provisi,
        admin_fee=admin,
        net_disbursed=info.amount - provisi - admin,
        collateral=info.collateral,
        collateral_value=info.collateral_value,
        guarantors=info.guarantors,
        purpose=info.purpose,
        applied_on=info.applied_on,
        applied_by=_full_name(session, info.applied_by),
        decided_on=info.decided_on,
        decided_by=_full_name(session, info.decided_by),
        decision_note=info.decision_note,
        warnings=info.warnings,
        disbursed_on=info.disbursed_on,
        schedule_is_estimate=info.disbursed_on is None,
        rows=rows,
        years=years,
        total_principal=total_principal,
        total_interest=total_interest,
        total=total,
        restructured_from=info.restructured_from,
    )


# --- loan card ---------------------------------------------------------------------------


def _card_state(s: loan_schedules.InstallmentState, as_of: dt.date) -> str:
    if not s.owed_principal and not s.owed_interest:
        return "Lunas"
    if s.due_date > as_of:
        return "Sebagian" if s.paid_principal or s.paid_interest else ""
    if s.due_date == as_of:
        return "Jatuh tempo"
    return "Menunggak"


def card(session: Session, number: str, as_of: dt.date) -> LoanCardReport:
    """Kartu angsuran of loan ``number`` as of the end of ``as_of``.

    ``LedgerInvariantError`` if the principal paid on the installments and the
    principal moved off by restructuring or write-off do not explain the
    receivable in the ledger."""
    info = loan_records.get_loan(session, number)
    states = loan_schedules.schedule_of(session, info.number, as_of)
    events = [e for e in loan_records.events_of(session, info.number) if e.date <= as_of]
    last_paid: dict[int, dt.date] = {}
    for e in events:
        for p in e.parts:
            last_paid[p.number] = e.date
    rows, balance = [], info.amount
    for s in states:
        balance -= s.paid_principal
        rows.append(
            LoanCardRow(s.number, s.due_date, s.principal, s.interest, s.principal + s.interest,
                        s.paid_principal, s.paid_interest, s.late_fee_accrued, s.late_fee_paid,
                        balance, _card_state(s, as_of), last_paid.get(s.number))
        )  # fmt: skip
    payments = tuple(
        LoanPaymentRow(e.number, e.date, EVENT_LABEL.get(e.kind, e.kind), e.cash, e.late_fee,
                       e.interest, e.principal if e.kind != LoanEventKind.CAIR else 0,
                       e.overpayment, e.outstanding_after)
        for e in events
    )  # fmt: skip
    paid_principal = sum(r.paid_principal for r in rows)
    moved_off = sum(
        e.principal
        for e in events
        if e.kind in (LoanEventKind.RESTRUKTURISASI, LoanEventKind.HAPUS)
    )
    ledger = loan_records.outstanding(session, info.id, as_of)
    disbursed = info.disbursed_on is not None and info.disbursed_on <= as_of
    expected = info.amount - paid_principal - moved_off if disbursed else 0
    if ledger != expected:
        raise LedgerInvariantError(
            f"loan card {info.number}: ledger {ledger}, schedule says {expected}"
        )
    running = disbursed and (info.closed_on is None or info.closed_on > as_of)
    pos = loan_quality.position(session, info.number, as_of) if running else None
    return LoanCardReport(
        header=get_profile(session).header,
        as_of=as_of,
        loan_number=info.number,
        status=info.status_label,
        product_name=info.product_name,
        member_number=info.member_number,
        member_name=info.member_name,
        terms=terms_text(info.terms, simulate_schedule(info.terms, info.disbursed_on or as_of)),
        disbursed_on=info.disbursed_on,
        rows=tuple(rows),
        payments=payments,
        total_principal=sum(r.principal for r in rows),
        total_interest=sum(r.interest for r in rows),
        total_installments=sum(r.total for r in rows),
        total_paid_principal=paid_principal,
        total_paid_interest=sum(r.paid_interest for r in rows),
        total_late_fee_accrued=sum(r.late_fee_accrued for r in rows),
        total_late_fee_paid=sum(r.late_fee_paid for r in rows),
        outstanding=ledger,
        overdue_principal=pos.overdue_principal if pos else 0,
        overdue_interest=pos.overdue_interest if pos else 0,
        late_fee_owed=pos.late_fee if pos else 0,
        days_past_due=pos.days_past_due if pos else 0,
        grade=pos.grade.label if pos else "",
        closed_on=info.closed_on if info.closed_on and info.closed_on <= as_of else None,
    )


# --- receipts ----------------------------------------------------------------------------

RECEIPT_TITLES: dict[str, str] = {
    LoanEventKind.ANGSURAN: "BUKTI PEMBAYARAN ANGSURAN PINJAMAN",
    LoanEventKind.PELUNASAN: "BUKTI PELUNASAN PINJAMAN",
    LoanEventKind.CAIR: "BUKTI PENCAIRAN PINJAMAN",
}


def receipt(session: Session, number: str) -> LoanReceipt:
    """The receipt of loan event ``number``: a payment (``BA-…``) or a
    disbursement (``PC-…``). ``NotFoundError`` when there is none;
    ``DomainError`` for restructurings and write-offs (no money changed hands)."""
    event = loan_records.get_event(session, number)
    if event.kind not in RECEIPT_TITLES:
        raise DomainError(
            f"{event.number} adalah {EVENT_LABEL.get(event.kind, event.kind).lower()}; "
            "tidak ada uang yang diterima atau dibayarkan, jadi tidak ada buktinya."
        )
    info = loan_records.get_loan(session, event.loan_number)
    cash_code = session.execute(
        select(Account.code, Account.name)
        .join(LoanEvent, LoanEvent.cash_account_id == Account.id)
        .where(LoanEvent.number == event.number)
    ).first()
    due_dates = {
        s.number: s.due_date for s in loan_schedules.schedule_of(session, info.number, event.date)
    }
    parts = tuple(
        LoanReceiptPart(p.number, due_dates.get(p.number), p.denda, p.bunga, p.pokok, p.total)
        for p in event.parts
    )
    is_payout = event.kind == LoanEventKind.CAIR
    provisi, admin = (info.provisi, info.admin_fee) if is_payout else (0, 0)
    principal = event.principal
    if is_payout:
        if event.cash != principal - provisi - admin:
            raise LedgerInvariantError(f"disbursement {event.number} does not tie")
    else:
        split = event.late_fee + event.interest + event.principal + event.overpayment
        if split != event.cash or sum(p.total for p in parts) != split - event.overpayment:
            raise LedgerInvariantError(f"payment {event.number} does not tie")
    return LoanReceipt(
        header=get_profile(session).header,
        number=event.number,
        kind=event.kind,
        title=RECEIPT_TITLES[event.kind],
        date=event.date,
        loan_number=info.number,
        product_name=info.product_name,
        member_number=event.member_number,
        member_name=event.member_name,
        cash=event.cash,
        amount_words=terbilang_rupiah(event.cash),
        late_fee=event.late_fee,
        interest=event.interest,
        principal=principal,
        overpayment=event.overpayment,
        provisi=provisi,
        admin_fee=admin,
        parts=parts,
        outstanding_after=event.outstanding_after,
        entry_number=event.entry_number or "",
        cash_account=f"{cash_code[0]} {cash_code[1]}" if cash_code else "",
        teller=_full_name(session, event.created_by),
        party_label="Dibayarkan kepada" if is_payout else "Telah terima dari",
        purpose=_receipt_purpose(event.kind, info),
        signatures=("Penerima", "Kasir") if is_payout else ("Penyetor", "Kasir"),
        overpayment_note="disimpan ke simpanan sukarela anggota" if event.overpayment else "",
    )


def _receipt_purpose(kind: str, info: loan_records.LoanInfo) -> str:
    if kind == LoanEventKind.CAIR:
        return f"Pencairan {info.product_name} {info.number}"
    if kind == LoanEventKind.PELUNASAN:
        return f"Pelunasan {info.product_name} {info.number}"
    return f"Angsuran {info.product_name} {info.number}"


# --- arrears, kolektibilitas, portfolio ------------------------------------------------------


def _arrears_row(p: Position) -> LoanArrearsRow:
    return LoanArrearsRow(
        loan_number=p.loan_number,
        member_number=p.member_number,
        member_name=p.member_name,
        product_code=p.product_code,
        product_name=p.product_name,
        outstanding=p.outstanding,
        overdue_principal=p.overdue_principal,
        overdue_interest=p.overdue_interest,
        late_fee=p.late_fee,
        overdue_total=p.overdue_total,
        days_past_due=p.days_past_due,
        bucket=p.bucket,
        grade=p.grade.label,
        grade_code=p.grade.value,
    )


def arrears(session: Session, as_of: dt.date) -> LoanArrearsReport:
    """Daftar tunggakan pinjaman at the end of ``as_of``: every running loan with
    principal or interest overdue or a late fee owed, longest overdue first, and
    the aging of all running loans. ``LedgerInvariantError`` if the buckets do
    not add up to the loans."""
    report = loan_quality.arrears(session, as_of)
    rows = tuple(_arrears_row(p) for p in report.rows)
    buckets = tuple(LoanBucketRow(b.label, b.loans, b.outstanding, b.overdue)
                    for b in report.buckets)  # fmt: skip
    every = loan_quality.positions(session, as_of)
    total_overdue = sum(r.overdue_total for r in rows)
    if (
        sum(b.loans for b in buckets) != len(every)
        or sum(b.outstanding for b in buckets) != sum(p.outstanding for p in every)
        or sum(b.overdue for b in buckets) != total_overdue
    ):
        raise LedgerInvariantError(f"arrears per {as_of} do not tie with the aging")
    return LoanArrearsReport(
        header=get_profile(session).header,
        as_of=as_of,
        rows=rows,
        buckets=buckets,
        total_outstanding=sum(r.outstanding for r in rows),
        total_overdue_principal=sum(r.overdue_principal for r in rows),
        total_overdue_interest=sum(r.overdue_interest for r in rows),
        total_late_fee=sum(r.late_fee for r in rows),
        total_overdue=total_overdue,
        loans_running=len(every),
        portfolio_outstanding=sum(b.outstanding for b in buckets),
    )


def grade_days(rule: GradeRule) -> dict[Grade, str]:
    """Days past due of each grade in words."""
    return {
        Grade.LANCAR: f"0–{rule.kurang_lancar_after} hari",
        Grade.KURANG_LANCAR: f"{rule.kurang_lancar_after + 1}–{rule.diragukan_after} hari",
        Grade.DIRAGUKAN: f"{rule.diragukan_after + 1}–{rule.macet_after} hari",
        Grade.MACET: f"lebih dari {rule.macet_after} hari",
    }


def collectibility(session: Session, as_of: dt.date) -> LoanCollectibilityReport:
    """Laporan kolektibilitas dan PPAP at the end of ``as_of``, with the collateral
    counted against the allowance per loan and per grade."""
    report = loan_quality.collectibility(session, as_of)
    days = grade_days(report.rule)
    grades = tuple(
        LoanGradeRow(g.grade.label, g.grade.value, days[g.grade], g.loans, g.outstanding,
                     g.percent, g.required, g.collateral_deducted)
        for g in report.grades
    )  # fmt: skip
    rows = tuple(
        replace(
            _arrears_row(p),
            collateral_kind=p.collateral_kind.label if p.collateral_value else "",
            collateral_value=p.collateral_value,
            collateral_counted=p.collateral_counted,
            collateral_deducted=p.collateral_deducted,
        )
        for p in report.rows
    )
    outstanding_total = sum(g.outstanding for g in grades)
    deducted = sum(g.collateral_deducted for g in grades)
    if (
        outstanding_total != sum(r.outstanding for r in rows)
        or sum(g.loans for g in grades) != len(rows)
        or deducted != sum(r.collateral_deducted for r in rows)
    ):
        raise LedgerInvariantError(f"kolektibilitas per {as_of} does not tie")
    required = sum(g.required for g in grades)
    formed = report.allowance_balance
    coverage = (Decimal(formed) * 100 / required).quantize(Decimal("0.01")) if required else None
    return LoanCollectibilityReport(
        header=get_profile(session).header,
        as_of=as_of,
        grades=grades,
        rows=rows,
        loans_total=len(rows),
        outstanding_total=outstanding_total,
        required_total=required,
        allowance_formed=formed,
        shortfall=required - formed,
        npl=report.npl,
        npl_percent=report.npl_percent,
        coverage_percent=coverage,
        collateral_deducted_total=deducted,
        collateral_shares=tuple(
            CollateralShare(kind.label, report.collateral.percent(kind)) for kind in CollateralKind
        ),
    )


def _npl_percent(npl: int, outstanding: int) -> Decimal:
    if not outstanding:
        return Decimal(0)
    return (Decimal(npl) * 100 / outstanding).quantize(Decimal("0.01"))


def portfolio(session: Session, as_of: dt.date) -> LoanPortfolioReport:
    """Rekap portofolio pinjaman per produk at the end of ``as_of``: loans running,
    outstanding, principal disbursed from 1 January of that year to the date,
    NPL (kurang lancar, diragukan, macet) and its ratio. ``LedgerInvariantError``
    if the loans' outstanding differs from the receivable in the ledger."""
    every = loan_quality.positions(session, as_of)
    year_start = as_of.replace(month=1, day=1)
    disbursed: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for product_id, amount in session.execute(
        select(Loan.product_id, Loan.amount)
        .join(LoanEvent, LoanEvent.loan_id == Loan.id)
        .where(
            LoanEvent.kind == LoanEventKind.CAIR,
            LoanEvent.date >= year_start,
            LoanEvent.date <= as_of,
        )
    ).all():
        disbursed[product_id][0] += 1
        disbursed[product_id][1] += int(amount)
    by_code: dict[str, list[Position]] = defaultdict(list)
    for p in every:
        by_code[p.product_code].append(p)
    rows = []
    for product in session.execute(select(LoanProduct).order_by(LoanProduct.id)).scalars():
        group = by_code.get(product.code, [])
        owed = sum(p.outstanding for p in group)
        npl = sum(p.outstanding for p in group if p.grade is not Grade.LANCAR)
        count, principal = disbursed.get(product.id, [0, 0])
        rows.append(
            LoanPortfolioRow(product.code, product.name, Method(product.method).label, len(group),
                             owed, count, principal, npl, _npl_percent(npl, owed))
        )  # fmt: skip
    ledger = int(
        session.execute(
            select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
                JournalLine.loan_id.is_not(None), JournalLine.date <= as_of
            )
        ).scalar_one()
    )
    total_outstanding = sum(r.outstanding for r in rows)
    if total_outstanding != ledger or sum(r.loans for r in rows) != len(every):
        raise LedgerInvariantError(
            f"portfolio per {as_of}: loans owe {total_outstanding}, ledger says {ledger}"
        )
    total_npl = sum(r.npl for r in rows)
    return LoanPortfolioReport(
        header=get_profile(session).header,
        as_of=as_of,
        year_start=year_start,
        rows=tuple(rows),
        total_loans=len(every),
        total_outstanding=total_outstanding,
        total_disbursed_count=sum(r.disbursed_count for r in rows),
        total_disbursed=sum(r.disbursed for r in rows),
        total_npl=total_npl,
        npl_percent=_npl_percent(total_npl, total_outstanding),
        ledger_outstanding=ledger,
    )
