"""``kopdesk loan ...``: simulation, the lending cycle and the month-end allowance."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import (
    APPROVER_PASSWORD_ENV,
    SubParsers,
    actions,
    add_db,
    amount_arg,
    csv_bytes,
    date_arg,
    int_arg,
    out_arg,
    signed_in,
    with_approval,
)
from kopdesk.domain import clock, coa
from kopdesk.domain.loans import Method, RatePeriod, Terms, check_terms, simulate
from kopdesk.domain.money import Rounding, format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import parse_percent, percent_text
from kopdesk.domain.vocabulary import LoanStatus
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.loans import records as loan_records

ROUNDING_CHOICES = {
    "rupiah": Rounding.HALF_UP,
    "100": Rounding.UP_100,
    "500": Rounding.UP_500,
    "1000": Rounding.UP_1000,
}


TENOR = int_arg(1, 600, "jangka (bulan)")


def _percent(text: str) -> Decimal:
    try:
        return parse_percent(text, field="bunga")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def register(sub: SubParsers) -> None:
    """Add the ``loan`` commands."""
    ln = actions(sub, "loan", "pinjaman anggota")
    _add_simulate(ln)
    _add_cycle(ln)
    _add_decisions(ln)
    _add_lists(ln)


def _add_simulate(ln: SubParsers) -> None:
    sim = ln.add_parser("simulate", help="simulasi angsuran (tanpa buku)")
    sim.add_argument("--principal", required=True, type=amount_arg, metavar="N")
    sim.add_argument("--rate", required=True, type=_percent, metavar="R", help="bunga, persen")
    sim.add_argument("--rate-period", required=True, choices=["month", "year"])
    sim.add_argument("--tenor", required=True, type=TENOR, metavar="N", help="bulan")
    sim.add_argument("--method", required=True, choices=[m.value for m in Method])
    sim.add_argument(
        "--rounding", choices=list(ROUNDING_CHOICES), default="rupiah", help="pembulatan angsuran"
    )
    sim.add_argument("--start", type=date_arg("start"), default=None, help="tanggal pencairan")
    sim.add_argument("--out", type=out_arg, default=None, metavar="FILE.csv|.pdf")
    sim.add_argument("--db", default=None, help="buku untuk mendaftarkan PDF (boleh kosong)")
    sim.set_defaults(handler=cmd_simulate)


def _add_cycle(ln: SubParsers) -> None:
    app = ln.add_parser("apply", help="catat pengajuan pinjaman")
    add_db(app)
    app.add_argument("--member", required=True, metavar="NO")
    app.add_argument("--product", required=True, metavar="KODE", help="umum, usaha, darurat")
    app.add_argument("--amount", required=True, type=amount_arg, metavar="N")
    app.add_argument("--tenor", required=True, type=TENOR, metavar="BULAN")
    app.add_argument("--date", required=True, type=date_arg("date"))
    app.add_argument("--purpose", default="")
    app.add_argument("--collateral", default="", help="uraian agunan")
    app.add_argument("--collateral-value", type=amount_arg, default=0)
    app.add_argument("--guarantor", action="append", default=[], help="penjamin (boleh berulang)")
    app.set_defaults(handler=cmd_apply)

    appr = ln.add_parser("approve", help="setujui pengajuan (bukan oleh pencatatnya)")
    add_db(appr)
    appr.add_argument("--number", required=True, metavar="PJ-…")
    appr.add_argument("--date", required=True, type=date_arg("date"))
    appr.add_argument("--note", default="")
    appr.set_defaults(handler=cmd_approve)

    rej = ln.add_parser("reject", help="tolak pengajuan")
    add_db(rej)
    rej.add_argument("--number", required=True)
    rej.add_argument("--date", required=True, type=date_arg("date"))
    rej.add_argument("--reason", required=True)
    rej.set_defaults(handler=cmd_reject)

    dis = ln.add_parser("disburse", help="cairkan pinjaman yang disetujui")
    add_db(dis)
    dis.add_argument("--number", required=True)
    dis.add_argument("--date", required=True, type=date_arg("date"))
    dis.add_argument("--cash", default=coa.CASH, metavar="AKUN")
    dis.set_defaults(handler=cmd_disburse)

    rep = ln.add_parser("repay", help="terima angsuran (mencetak nomor bukti)")
    add_db(rep)
    rep.add_argument("--number", required=True)
    rep.add_argument("--amount", required=True, type=amount_arg)
    rep.add_argument("--date", required=True, type=date_arg("date"))
    rep.add_argument("--cash", default=coa.CASH, metavar="AKUN")
    rep.add_argument("--memo", default="")
    rep.set_defaults(handler=cmd_repay)

    pay = ln.add_parser("payoff", help="pelunasan dipercepat")
    add_db(pay)
    pay.add_argument("--number", required=True)
    pay.add_argument("--date", required=True, type=date_arg("date"))
    pay.add_argument("--cash", default=coa.CASH, metavar="AKUN")
    pay.add_argument("--dry-run", action="store_true", help="hanya tampilkan jumlah pelunasan")
    pay.set_defaults(handler=cmd_payoff)


def _add_decisions(ln: SubParsers) -> None:
    res = ln.add_parser("restructure", help="restrukturisasi (perlu persetujuan orang kedua)")
    add_db(res)
    res.add_argument("--number", required=True)
    res.add_argument("--date", required=True, type=date_arg("date"))
    res.add_argument("--tenor", required=True, type=TENOR)
    res.add_argument("--rate", default=None, help="bunga baru (persen); kosong = tetap")
    res.add_argument("--method", choices=[m.value for m in Method], default=None)
    res.add_argument("--reason", required=True)
    res.add_argument("--approver", metavar="NAMA", help=f"kata sandi dari {APPROVER_PASSWORD_ENV}")
    res.set_defaults(handler=cmd_restructure)

    wo = ln.add_parser("write-off", help="hapus buku (perlu persetujuan orang kedua)")
    add_db(wo)
    wo.add_argument("--number", required=True)
    wo.add_argument("--date", required=True, type=date_arg("date"))
    wo.add_argument("--reason", required=True)
    wo.add_argument("--approver", metavar="NAMA", help=f"kata sandi dari {APPROVER_PASSWORD_ENV}")
    wo.set_defaults(handler=cmd_write_off)


def _add_lists(ln: SubParsers) -> None:
    lst = ln.add_parser("list", help="daftar pinjaman")
    add_db(lst)
    lst.add_argument("--status", action="append", choices=list(choices.LOAN_STATUSES))
    lst.add_argument("--member", default=None)
    lst.set_defaults(handler=cmd_list)

    show = ln.add_parser("show", help="satu pinjaman: syarat, jadwal, tagihan")
    add_db(show)
    show.add_argument("--number", required=True)
    show.add_argument("--as-of", type=date_arg("as_of"), default=None)
    show.set_defaults(handler=cmd_show)

    ppap = ln.add_parser("allowance", help="posting penyesuaian PPAP akhir bulan")
    add_db(ppap)
    ppap.add_argument("--month", required=True, metavar="TTTT-BB")
    ppap.set_defaults(handler=cmd_allowance)

    prods = ln.add_parser("products", help="produk pinjaman")
    add_db(prods)
    prods.set_defaults(handler=cmd_products)


def cmd_simulate(args: argparse.Namespace) -> int:
    terms = check_terms(
        Terms(
            args.principal,
            args.rate,
            RatePeriod(args.rate_period),
            args.tenor,
            Method(args.method),
            ROUNDING_CHOICES[args.rounding],
        )
    )
    start = args.start or clock.today()
    sim = simulate(terms, start)
    out: Path | None = args.out
    if out is not None:
        _write_simulation(args, sim, out)
    print(
        f"{'Ke':>3}  {'Jatuh tempo':<11} {'Pokok':>14} {'Jasa':>12} {'Angsuran':>14} {'Sisa':>15}"
    )
    for x in sim.rows:
        print(
            f"{x.number:>3}  {x.due_date:%d-%m-%Y}  {format_number(x.principal):>14} "
            f"{format_number(x.interest):>12} {format_number(x.total):>14} "
            f"{format_number(x.balance_after):>15}"
        )
    for year in sim.years:
        print(
            f"Tahun ke-{year.year}: pokok {format_rupiah(year.principal)}, jasa "
            f"{format_rupiah(year.interest)}, angsuran {format_rupiah(year.total)}"
        )
    print(
        f"Jumlah: pokok {format_rupiah(sim.total_principal)}, jasa "
        f"{format_rupiah(sim.total_interest)}, angsuran {format_rupiah(sim.total)}. "
        f"Bunga efektif {percent_text(sim.effective_monthly_percent.quantize(Decimal('0.01')))}% "
        f"per bulan ({percent_text(sim.effective_yearly_percent.quantize(Decimal('0.01')))}% "
        "per tahun)."
    )
    return 0


def _write_simulation(args: argparse.Namespace, sim: object, out: Path) -> None:
    from kopdesk.app import papers as documents
    from kopdesk.domain.loans import Simulation

    assert isinstance(sim, Simulation)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        data = csv_bytes(
            ["number", "due_date", "principal", "interest", "installment", "balance"],
            [
                (x.number, x.due_date.isoformat(), x.principal, x.interest, x.total,
                 x.balance_after)
                for x in sim.rows
            ],
        )  # fmt: skip
    elif suffix == ".pdf":
        make = getattr(documents, "loan_simulation_pdf", None)
        if make is None:
            raise ValidationError("out", "PDF simulasi belum tersedia; pakai .csv.")
        if args.db:
            with signed_in(args) as (book, actor):
                data = make(sim.terms, sim.start, book=book, actor=actor)
        else:
            data = make(sim.terms, sim.start)
    else:
        raise ValidationError("out", "Berkas keluaran harus berakhiran .csv atau .pdf.")
    documents.write_document(out, data)


def cmd_apply(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import applications

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = applications.apply(
            session,
            actor,
            applications.LoanApplication(
                member=args.member,
                product=args.product,
                amount=args.amount,
                tenor=args.tenor,
                applied_on=args.date,
                purpose=args.purpose,
                collateral=args.collateral,
                collateral_value=args.collateral_value,
                guarantors=args.guarantor,
            ),
        )
    print(info.number)
    print(
        f"{info.product_name} {info.member_name} ({info.member_number}) "
        f"{format_rupiah(info.amount)}, {info.tenor} bulan: menunggu persetujuan."
    )
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import applications

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = applications.approve(session, actor, args.number, args.date, note=args.note)
    print(f"{info.number} disetujui oleh {info.decided_by}.")
    for warning in info.warnings:
        print(f"PERHATIAN: {warning}")
    return 0


def cmd_reject(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import applications

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = applications.reject(session, actor, args.number, args.date, reason=args.reason)
    print(f"{info.number} ditolak: {info.decision_note}")
    return 0


def cmd_disburse(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import disbursement
    from kopdesk.services.loans import records as loan_records

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        event = disbursement.disburse(
            session, actor, args.number, args.date, cash_account=args.cash
        )
        info = loan_records.get_loan(session, args.number)
    print(event.number)
    print(
        f"{info.number} dicairkan: pokok {format_rupiah(info.amount)}, provisi "
        f"{format_rupiah(info.provisi)}, administrasi {format_rupiah(info.admin_fee)}, "
        f"dibayarkan {format_rupiah(event.cash)}; jurnal {event.entry_number}"
    )
    return 0


def _print_payment(event: loan_records.EventInfo) -> None:
    print(event.number)
    text = (
        f"{event.loan_number} {event.member_name}: diterima {format_rupiah(event.cash)} = "
        f"denda {format_rupiah(event.late_fee)} + jasa {format_rupiah(event.interest)} + "
        f"pokok {format_rupiah(event.principal)}"
    )
    if event.overpayment:
        text += f" + lebih bayar {format_rupiah(event.overpayment)}"
    print(
        f"{text}; sisa pokok {format_rupiah(event.outstanding_after)}; jurnal {event.entry_number}"
    )


def cmd_repay(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import payments

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        event = payments.repay(
            session, actor, args.number, args.amount, args.date, cash_account=args.cash,
            note=args.memo,
        )  # fmt: skip
    _print_payment(event)
    return 0


def cmd_payoff(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import payments, schedules

    if args.dry_run:
        with signed_in(args, write=False) as (book, _actor), book.read() as session:
            quote = schedules.bill(session, args.number, args.date)
        print(
            f"Pelunasan {quote.loan_number} per {args.date:%d-%m-%Y}: "
            f"{format_rupiah(quote.payoff)} (sisa pokok {format_rupiah(quote.outstanding)}, "
            f"jasa jatuh tempo {format_rupiah(quote.interest)}, denda "
            f"{format_rupiah(quote.late_fee)})"
        )
        return 0
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        event = payments.payoff(session, actor, args.number, args.date, cash_account=args.cash)
    _print_payment(event)
    return 0


def _approved(args: argparse.Namespace, action: str) -> int:
    from kopdesk.services.loans import restructuring

    with signed_in(args) as (book, actor):
        if action == "restructure":
            info = with_approval(
                args,
                book,
                actor,
                Permission.LOANS_MANAGE,
                lambda session, grant: restructuring.restructure(
                    session,
                    actor,
                    args.number,
                    args.date,
                    tenor=args.tenor,
                    rate_percent=args.rate,
                    method=Method(args.method) if args.method else None,
                    reason=args.reason,
                    approval=grant,
                ),
            )
            print(info.number)
            print(f"{args.number} direstrukturisasi menjadi {info.number}: "
                  f"{format_rupiah(info.amount)}, {info.tenor} bulan.")  # fmt: skip
        else:
            event = with_approval(
                args,
                book,
                actor,
                Permission.LOANS_MANAGE,
                lambda session, grant: restructuring.write_off(
                    session, actor, args.number, args.date, reason=args.reason, approval=grant
                ),
            )
            print(event.number)
            print(f"{args.number} dihapus buku: {format_rupiah(event.principal)}.")
    return 0


def cmd_restructure(args: argparse.Namespace) -> int:
    return _approved(args, "restructure")


def cmd_write_off(args: argparse.Namespace) -> int:
    return _approved(args, "write-off")


def cmd_list(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import records as loan_records

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = loan_records.loan_rows(session, statuses=args.status, member_number=args.member)
    for r in rows:
        print(
            f"{r.number:<13} {r.member_number:<8} {r.member_name[:26]:<26} "
            f"{r.product_name:<18} {r.status_label:<17} {format_number(r.amount):>13} "
            f"sisa {format_number(r.outstanding):>13}"
        )
    print(f"{len(rows)} pinjaman.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import records as loan_records
    from kopdesk.services.loans import schedules

    as_of = args.as_of or clock.today()
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        info = loan_records.get_loan(session, args.number)
        rows = schedules.schedule_of(session, args.number, as_of)
        bill = (
            schedules.bill(session, args.number, as_of) if info.status == LoanStatus.AKTIF else None
        )
    print(
        f"{info.number} {info.member_name} ({info.member_number}) — {info.product_name}, "
        f"{info.status_label}"
    )
    print(
        f"Pokok {format_rupiah(info.amount)}, {info.tenor} bulan, bunga "
        f"{percent_text(info.rate_percent)}% {info.rate_period.label}, {info.method.label}"
    )
    for x in rows:
        print(
            f"{x.number:>3} {x.due_date:%d-%m-%Y} pokok {format_number(x.principal):>12} "
            f"jasa {format_number(x.interest):>10} dibayar "
            f"{format_number(x.paid_principal + x.paid_interest):>12}"
            + (f" denda {format_number(x.owed_late_fee)}" if x.owed_late_fee else "")
        )
    if bill is not None:
        print(
            f"Per {as_of:%d-%m-%Y}: tagihan {format_rupiah(bill.total_due)} (denda "
            f"{format_rupiah(bill.late_fee)}, jasa {format_rupiah(bill.interest)}, pokok "
            f"{format_rupiah(bill.principal)}), menunggak {bill.days_past_due} hari; sisa pokok "
            f"{format_rupiah(bill.outstanding)}; pelunasan {format_rupiah(bill.payoff)}"
        )
    return 0


def cmd_allowance(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import quality as loan_quality

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        result = loan_quality.run_allowance(session, actor, args.month)
    for g in result.report.grades:
        base = f"({format_number(g.outstanding)} − agunan {format_number(g.collateral_deducted)})"
        print(
            f"{g.grade.label:<14} {g.loans:>5} pinjaman  {base:>40}"
            f" × {percent_text(g.percent)}% = {format_number(g.required):>13}"
        )
    print(
        f"PPAP wajib dibentuk {format_rupiah(result.report.required_total)}, sudah ada "
        f"{format_rupiah(result.report.allowance_balance)}: penyesuaian "
        f"{format_rupiah(result.adjustment)}"
        + (f" (jurnal {result.entry_number})." if result.entry_number else " (tanpa jurnal).")
    )
    return 0


def cmd_products(args: argparse.Namespace) -> int:
    from kopdesk.services.loans import products as loan_products

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = loan_products.list_products(session)
    for p in rows:
        provisi = (
            f"{percent_text(p.provisi_value)}%"
            if p.provisi_kind == "percent"
            else format_rupiah(int(p.provisi_value))
        )
        admin = (
            f"{percent_text(p.admin_value)}%"
            if p.admin_kind == "percent"
            else format_rupiah(int(p.admin_value))
        )
        print(
            f"{p.code:<9} {p.name}: {p.method.label}, bunga {percent_text(p.rate_percent)}% "
            f"{p.rate_period.label}, {format_rupiah(p.min_amount)}–{format_rupiah(p.max_amount)}, "
            f"{p.min_tenor}–{p.max_tenor} bulan, provisi {provisi}, administrasi {admin}, "
            f"denda {percent_text(p.late_fee.percent)}% per "
            f"{'hari' if p.late_fee.period.value == 'day' else 'bulan'}, akun {p.account_code}"
        )
    return 0
