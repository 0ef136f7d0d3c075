"""``kopdesk savings ...``: counter transactions and the month-end routine."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from kopdesk.cli.common import (
    APPROVER_PASSWORD_ENV,
    SubParsers,
    actions,
    add_db,
    amount_arg,
    date_arg,
    int_arg,
    month_arg,
    signed_in,
    with_approval,
)
from kopdesk.domain import coa
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.domain.savings import percent_text

if TYPE_CHECKING:
    from kopdesk.services.savings import transactions


def register(sub: SubParsers) -> None:
    """Add the ``savings`` commands."""
    sv = actions(sub, "savings", "simpanan anggota")

    def counter(name: str, help_text: str, *, product: bool = True) -> argparse.ArgumentParser:
        parser = sv.add_parser(name, help=help_text)
        add_db(parser)
        parser.add_argument("--member", required=True, metavar="NO", help="nomor anggota")
        if product:
            parser.add_argument(
                "--product", required=True, metavar="KODE", help="pokok, wajib, sukarela, berjangka"
            )
        parser.add_argument("--amount", required=True, type=amount_arg, metavar="N")
        parser.add_argument("--date", required=True, type=date_arg("date"))
        parser.add_argument("--memo", default="", help="keterangan (boleh kosong)")
        return parser

    dep = counter("deposit", "setoran simpanan (mencetak nomor bukti)")
    dep.add_argument("--cash", default=coa.CASH, metavar="AKUN", help="akun kas/bank")
    dep.add_argument(
        "--term",
        type=int_arg(1, 600, "jangka"),
        default=None,
        help="jangka simpanan berjangka (bulan)",
    )
    dep.add_argument(
        "--rollover",
        choices=["ya", "tidak"],
        default=None,
        help="simpanan berjangka diperpanjang otomatis saat jatuh tempo",
    )
    dep.set_defaults(handler=cmd_deposit)
    wd = counter("withdraw", "penarikan simpanan (mencetak nomor bukti)")
    wd.add_argument("--cash", default=coa.CASH, metavar="AKUN", help="akun kas/bank")
    wd.add_argument("--account", default=None, metavar="REKENING", help="rekening berjangka")
    wd.set_defaults(handler=cmd_withdraw)
    tr = counter("transfer", "pemindahbukuan antar-rekening anggota", product=False)
    tr.add_argument("--from-product", required=True, metavar="KODE")
    tr.add_argument("--to-product", required=True, metavar="KODE")
    tr.set_defaults(handler=cmd_transfer)

    corr = sv.add_parser("correct", help="koreksi transaksi dengan pembalikan")
    add_db(corr)
    corr.add_argument("--number", required=True, metavar="NOMOR_BUKTI")
    corr.add_argument("--date", required=True, type=date_arg("date"))
    corr.add_argument("--reason", required=True)
    corr.add_argument(
        "--approver",
        metavar="NAMA",
        help=f"pengguna kedua (transaksi lama); kata sandi dari {APPROVER_PASSWORD_ENV}",
    )
    corr.set_defaults(handler=cmd_correct)

    acc = sv.add_parser("accounts", help="rekening dan saldo simpanan seorang anggota")
    add_db(acc)
    acc.add_argument("--member", required=True, metavar="NO")
    acc.add_argument("--as-of", type=date_arg("as_of"), default=None)
    acc.set_defaults(handler=cmd_accounts)

    prods = sv.add_parser("products", help="produk simpanan dan ketentuannya")
    add_db(prods)
    prods.set_defaults(handler=cmd_products)

    me = sv.add_parser("month-end", help="akhir bulan: jasa simpanan, PPh 4(2), jatuh tempo")
    add_db(me)
    me.add_argument("--month", required=True, type=month_arg, metavar="TTTT-BB")
    me.add_argument(
        "--dry-run", action="store_true", help="tampilkan perhitungan, tidak memposting"
    )
    me.set_defaults(handler=cmd_month_end)

    arr = sv.add_parser("arrears", help="tagihan dan tunggakan simpanan wajib")
    add_db(arr)
    arr.add_argument("--as-of", type=date_arg("as_of"), required=True)
    arr.add_argument(
        "--all", action="store_true", help="semua anggota aktif, bukan hanya yang menunggak"
    )
    arr.set_defaults(handler=cmd_arrears)


def _print_tx(tx: transactions.TxInfo) -> None:
    print(tx.number)
    detail = (
        f"{tx.kind_label} {tx.product_name} {tx.member_name} ({tx.member_number}) "
        f"{format_rupiah(tx.amount)}; saldo {tx.account_number} {format_rupiah(tx.balance_after)}; "
        f"jurnal {tx.entry_number}"
    )
    if tx.penalty:
        detail += f"; denda {format_rupiah(tx.penalty)}, dibayar {format_rupiah(tx.paid_out)}"
    print(detail)


def cmd_deposit(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import counter as savings_counter

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        tx = savings_counter.deposit(
            session,
            actor,
            member=args.member,
            product=args.product,
            amount=args.amount,
            on=args.date,
            cash_account=args.cash,
            description=args.memo,
            term_months=args.term,
            rollover=None if args.rollover is None else args.rollover == "ya",
        )
    _print_tx(tx)
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import counter as savings_counter

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        tx = savings_counter.withdraw(
            session,
            actor,
            member=args.member,
            product=args.product,
            amount=args.amount,
            on=args.date,
            cash_account=args.cash,
            account=args.account,
            description=args.memo,
        )
    _print_tx(tx)
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import counter as savings_counter

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        tx = savings_counter.transfer(
            session,
            actor,
            member=args.member,
            from_product=args.from_product,
            to_product=args.to_product,
            amount=args.amount,
            on=args.date,
            description=args.memo,
        )
    _print_tx(tx)
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import corrections

    with signed_in(args) as (book, actor):
        tx = with_approval(
            args,
            book,
            actor,
            Permission.SAVINGS_MANAGE,
            lambda session, grant: corrections.correct(
                session, actor, args.number, args.date, reason=args.reason, approval=grant
            ),
        )
    _print_tx(tx)
    return 0


def cmd_accounts(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import accounts as savings_accounts

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = savings_accounts.member_accounts(session, args.member, on=args.as_of)
    if not rows:
        print("Anggota ini belum punya rekening simpanan.")
    for a in rows:
        extra = f"  jatuh tempo {a.maturity_date:%d-%m-%Y}" if a.maturity_date else ""
        print(
            f"{a.number:<18} {a.product_name:<20} {format_number(a.balance):>16}"
            f"  dapat ditarik {format_number(a.available):>14}{extra}"
        )
    return 0


def cmd_products(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import products as savings_products

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = savings_products.list_products(session)
    for p in rows:
        terms = [f"akun {p.account_code}", p.classification]
        if p.fixed_amount:
            terms.append(f"sekali {format_rupiah(p.fixed_amount)}")
        if p.monthly_amount:
            terms.append(f"per bulan {format_rupiah(p.monthly_amount)}")
        if p.minimum_balance:
            terms.append(f"saldo minimum {format_rupiah(p.minimum_balance)}")
        if p.rate_percent:
            terms.append(
                f"jasa {percent_text(p.rate_percent)}% setahun ({p.interest_method.label})"
            )
        if p.term_months:
            terms.append(f"{p.term_months} bulan")
        terms.append("dapat ditarik" if p.withdrawable else "tidak dapat ditarik")
        print(f"{p.code:<10} {p.name}: " + ", ".join(terms))
    return 0


def cmd_month_end(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import routine as savings_routine

    with signed_in(args, write=not args.dry_run) as (book, actor):
        if args.dry_run:
            with book.read() as session:
                plan = savings_routine.plan_month_end(session, args.month)
            entry = None
        else:
            with book.unit_of_work() as session:
                result = savings_routine.run_month_end(session, actor, args.month)
            plan, entry = result.plan, result.entry_number
    for x in plan.lines:
        print(
            f"{x.account_number:<18} {x.member_name[:28]:<28} jasa {format_number(x.gross):>12}"
            f"  pph {format_number(x.tax):>10}  ke {x.credited_account_number}"
        )
    for m in plan.maturities:
        action = (
            f"diperpanjang s.d. {m.new_maturity_date:%d-%m-%Y}"
            if m.rollover and m.new_maturity_date
            else f"dicairkan ke {m.credited_account_number}"
        )
        print(f"jatuh tempo {m.account_number} {format_rupiah(m.principal)}: {action}")
    print(
        f"Akhir bulan {plan.month}: {len(plan.lines)} rekening berjasa, jasa "
        f"{format_rupiah(plan.gross_total)}, PPh 4(2) {format_rupiah(plan.tax_total)}, "
        f"bersih {format_rupiah(plan.net_total)}; {len(plan.maturities)} jatuh tempo."
    )
    if args.dry_run:
        print("(periksa saja: tidak ada yang diposting)")
    else:
        print(f"Diposting: {entry}" if entry else "Tidak ada jurnal (tidak ada jasa/jatuh tempo).")
    return 0


def cmd_arrears(args: argparse.Namespace) -> int:
    from kopdesk.services.savings import wajib

    as_of: dt.date = args.as_of
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        billing = wajib.wajib_billing(session, as_of, only_late=not args.all)
    for r in billing.rows:
        print(
            f"{r.member_number:<10} {r.member_name[:30]:<30}"
            f" per bulan {format_number(r.monthly):>9}"
            f"  wajib {format_number(r.due):>12}  dibayar {format_number(r.paid):>12}"
            f"  tunggakan {format_number(r.arrears):>12} ({r.months_behind} bln)"
        )
    print(
        f"{billing.members_late} anggota menunggak, jumlah tunggakan "
        f"{format_rupiah(billing.total_arrears)} per {as_of:%d-%m-%Y}."
    )
    return 0
