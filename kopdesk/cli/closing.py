"""``kopdesk close-year`` and ``kopdesk shu ...``: the year-end close and the SHU."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from kopdesk.cli.common import (
    SubParsers,
    actions,
    add_db,
    backup_before,
    csv_bytes,
    date_arg,
    out_arg,
    signed_in,
    year_arg,
)
from kopdesk.domain import coa
from kopdesk.domain import shu as rules
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.closing import shu, yearend


def register(sub: SubParsers) -> None:
    """Add ``close-year`` and the ``shu`` commands."""
    close = sub.add_parser(
        "close-year",
        help="tutup buku: periksa, jurnal penutup ke SHU, kunci tahun, buka tahun berikutnya",
    )
    add_db(close)
    close.add_argument("--year", type=year_arg, required=True)
    close.add_argument(
        "--check", action="store_true", help="hanya tampilkan daftar periksa, tidak menutup"
    )
    close.set_defaults(handler=cmd_close_year)

    sh = actions(sub, "shu", "sisa hasil usaha: rencana, hitung, posting, bayar")
    plan = sh.add_parser("plan", help="lihat atau ubah rencana pembagian SHU setahun")
    add_db(plan)
    plan.add_argument("--year", type=year_arg, required=True)
    _plan_args(plan)
    plan.set_defaults(handler=cmd_plan)

    comp = sh.add_parser("compute", help="SHU per anggota (tidak mengubah buku)")
    add_db(comp)
    comp.add_argument("--year", type=year_arg, required=True)
    comp.add_argument(
        "--out", type=out_arg, metavar="FILE.csv", help="CSV: nomor anggota, jasa modal, jasa usaha"
    )
    comp.set_defaults(handler=cmd_compute)

    sim = sh.add_parser("simulate", help="bandingkan beberapa pembagian (tidak mengubah buku)")
    add_db(sim)
    sim.add_argument("--year", type=year_arg, required=True)
    sim.add_argument(
        "--plan",
        action="append",
        required=True,
        metavar="BAGIAN=PERSEN;...",
        help="mis. cadangan=40;jasa_modal=20;jasa_usaha=20;dana_pengurus=5;...; boleh diulang",
    )
    sim.set_defaults(handler=cmd_simulate)

    post = sh.add_parser("post", help="posting pembagian SHU sesuai keputusan RAT")
    add_db(post)
    post.add_argument("--year", type=year_arg, required=True)
    post.add_argument("--date", type=date_arg("tanggal"), required=True, help="tanggal RAT")
    post.set_defaults(handler=cmd_post)

    pay = sh.add_parser("pay", help="bayar SHU anggota: tunai atau ke simpanan sukarela")
    add_db(pay)
    pay.add_argument("--year", type=year_arg, required=True)
    who = pay.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="NO", help="nomor anggota")
    who.add_argument(
        "--all-to-savings",
        action="store_true",
        help="semua anggota aktif yang belum dibayar: ke simpanan sukarela",
    )
    pay.add_argument("--date", type=date_arg("tanggal"), required=True)
    pay.add_argument("--method", choices=["tunai", "sukarela"], default="tunai")
    pay.add_argument("--cash-account", default=coa.CASH, metavar="KODE")
    pay.add_argument("--out", type=out_arg, metavar="FILE.pdf", help="cetak kuitansi")
    pay.set_defaults(handler=cmd_pay)


def _plan_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", metavar="BAGIAN=PERSEN;...", help="persentase bagian SHU")
    parser.add_argument("--modal-basis", choices=sorted(rules.MODAL_BASES))
    parser.add_argument("--sukarela", choices=["ya", "tidak"], help="sukarela ikut jasa modal")
    parser.add_argument("--usaha-basis", choices=sorted(rules.USAHA_BASES))
    parser.add_argument("--decision", metavar="TEKS", help="nomor/tanggal keputusan RAT")


def parse_allocation(text: str) -> dict[str, Decimal]:
    """``bagian=persen;...`` with Indonesian decimal commas; unknown parts refused later."""
    parts: dict[str, Decimal] = {}
    for item in text.replace("\n", ";").split(";"):
        key, sep, value = (x.strip() for x in item.partition("="))
        if not key:
            continue
        if not sep:
            raise ValidationError("plan", f"'{item.strip()}': tulis bagian=persen.")
        parts[key] = rules.parse_percent(value, key)
    return parts


def _print_checklist(check: yearend.Checklist) -> None:
    for item in check.items:
        print(f"[{item.mark}] {item.label}: {item.detail}")


def cmd_close_year(args: argparse.Namespace) -> int:
    from kopdesk.app import maintenance
    from kopdesk.services.closing import yearend

    with signed_in(args, write=not args.check) as (book, actor):
        with book.read() as session:
            check = yearend.checklist(session, args.year)
        _print_checklist(check)
        if args.check:
            print("Siap ditutup." if check.ok else "Belum dapat ditutup.")
            return 0 if check.ok else 1
        with book.read() as session:  # refused before the pre-close backup
            yearend.check_close(session, actor, args.year)
        maintenance.before_risky(book, "tutup-buku")
        with book.unit_of_work() as session:
            result = yearend.close_year(session, actor, args.year)
    print(
        f"Tahun buku {result.year} ditutup. SHU {format_rupiah(result.surplus, parens=True)}; "
        f"jurnal penutup {result.closing_entry or '-'}, pemindahan ke SHU belum dibagi "
        f"{result.transfer_entry or '-'}."
    )
    if result.opened_next:
        print(f"Tahun buku {result.year + 1} dibuka.")
    return 0


def _print_plan(info: shu.PlanInfo) -> None:
    print(
        f"Rencana pembagian SHU {info.year} ({'diposting' if info.status == 'posted' else 'draf'})"
    )
    for part in rules.PARTS:
        print(f"  {part.label:<32} {info.allocation[part.key]:>6}%  ({part.key})")
    print(f"  Dasar jasa modal: {rules.MODAL_BASES[info.modal_basis]}", end="")
    print(" + simpanan sukarela" if info.include_sukarela else "")
    print(f"  Dasar jasa usaha: {rules.USAHA_BASES[info.usaha_basis]}")
    if info.decision:
        print(f"  Keputusan: {info.decision}")


def cmd_plan(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import shu

    changing = any(
        v is not None for v in (args.set, args.modal_basis, args.sukarela, args.usaha_basis)
    ) or (args.decision is not None)
    with signed_in(args, write=changing) as (book, actor):
        with book.read() as session:
            info = shu.get_plan(session, args.year)
        if changing:
            current = info.as_input()
            allocation = parse_allocation(args.set) if args.set else current.allocation
            plan = shu.PlanInput(
                dict(allocation),
                args.modal_basis or current.modal_basis,
                current.include_sukarela if args.sukarela is None else args.sukarela == "ya",
                args.usaha_basis or current.usaha_basis,
                current.decision if args.decision is None else args.decision,
            )
            with book.unit_of_work() as session:
                info = shu.save_plan(session, actor, args.year, plan)
    _print_plan(info)
    return 0


def _print_result(result: shu.ShuResult) -> None:
    print(f"SHU tahun buku {result.year}: {format_rupiah(result.pool)}")
    for part in rules.PARTS:
        amount = result.parts[part.key]
        if amount:
            print(f"  {part.label:<32} {format_number(amount):>16}")
    print(
        f"{len(result.members)} anggota; jasa modal + jasa usaha "
        f"{format_rupiah(result.members_total)}."
    )
    for note in result.notes:
        print(note)


def cmd_compute(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import shu

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        result = shu.compute(session, args.year)
    rows = [(m.number, m.jasa_modal, m.jasa_usaha, m.total) for m in result.members]
    if args.out:
        args.out.write_bytes(
            csv_bytes(["member_number", "jasa_modal", "jasa_usaha", "total"], rows)
        )
    else:
        for m in result.members:
            print(
                f"{m.number:<10} {m.name[:30]:<30} {format_number(m.jasa_modal):>14} "
                f"{format_number(m.jasa_usaha):>14} {format_number(m.total):>14}"
            )
    _print_result(result)
    if args.out:
        print(f"Ditulis: {args.out}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import shu

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        base = shu.get_plan(session, args.year).as_input()
        plans = [
            shu.PlanInput(
                parse_allocation(text),
                base.modal_basis,
                base.include_sukarela,
                base.usaha_basis,
            )
            for text in args.plan
        ]
        results = shu.simulate(session, args.year, plans)
    width = 16
    print(
        f"{'Bagian':<32}" + "".join(f"{f'Skenario {i}':>{width}}" for i in range(1, len(plans) + 1))
    )
    for part in rules.PARTS:
        cells = "".join(f"{format_number(r.parts[part.key]):>{width}}" for r in results)
        print(f"{part.label:<32}{cells}")
    for label, pick in (
        ("Bagian anggota terkecil", min),
        ("Bagian anggota terbesar", max),
    ):
        cells = "".join(
            f"{format_number(pick((m.total for m in r.members), default=0)):>{width}}"
            for r in results
        )
        print(f"{label:<32}{cells}")
    return 0


def cmd_post(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import shu

    with signed_in(args) as (book, actor):
        backup_before(book, actor, Permission.SHU_MANAGE, "pembagian-shu")
        with book.unit_of_work() as session:
            result = shu.post(session, actor, args.year, args.date)
    _print_result(result)
    print(f"Diposting: {result.entry_number}")
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import shu_payout

    on: dt.date = args.date
    with signed_in(args) as (book, actor):
        with book.unit_of_work() as session:
            if args.all_to_savings:
                paid = shu_payout.pay_all_to_savings(session, actor, args.year, on)
            else:
                paid = [
                    shu_payout.pay(
                        session,
                        actor,
                        args.year,
                        args.member,
                        on=on,
                        method=args.method,
                        cash_account=args.cash_account,
                    )
                ]
        for p in paid:
            where = "tunai" if p.method == "tunai" else "ke simpanan sukarela"
            print(
                f"{p.receipt_number}  {p.member_number:<10} {p.name[:30]:<30} "
                f"{format_number(p.amount):>14}  {where}"
            )
        print(
            f"{len(paid)} pembayaran SHU {args.year}, jumlah "
            f"{format_rupiah(sum(p.amount for p in paid))}; jurnal {paid[0].entry_number}."
        )
        if args.out and len(paid) == 1:
            from kopdesk.app import papers as documents

            data = documents.shu_receipt_pdf(book, paid[0].receipt_number, actor=actor)
            documents.write_document(args.out, data)
            print(f"Kuitansi: {args.out}")
    return 0
