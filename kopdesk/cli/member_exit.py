"""``kopdesk member-exit``: settle a leaving member's savings and loans.

Prints the settlement statement (savings returned, loans offset, net paid or
owed) and the journal number; ``--dry-run`` only prints the plan; ``--out``
writes the registered paper (PDF).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import (
    APPROVER_PASSWORD_ENV,
    SubParsers,
    add_db,
    date_arg,
    out_arg,
    signed_in,
    with_approval,
)
from kopdesk.domain import coa
from kopdesk.domain.money import format_number
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.member_exit import settlement as member_exit

STATUSES = {s.value: s for s in choices.MEMBER_EXIT_STATUSES}


def register(sub: SubParsers) -> None:
    """Add ``kopdesk member-exit``."""
    cmd = sub.add_parser(
        "member-exit",
        help="penyelesaian hak dan kewajiban anggota keluar (simpanan, pinjaman, pembayaran)",
    )
    add_db(cmd)
    cmd.add_argument("--member", required=True, metavar="NO", help="nomor anggota, mis. A-0001")
    cmd.add_argument(
        "--date", required=True, type=date_arg("date"), metavar="TANGGAL", help="tanggal keluar"
    )
    cmd.add_argument("--reason", required=True, metavar="TEKS", help="alasan keluar")
    cmd.add_argument(
        "--status",
        choices=tuple(STATUSES),
        default=MemberStatus.KELUAR.value,
        help="status baru bila anggota masih aktif (bawaan: keluar)",
    )
    cmd.add_argument("--dry-run", action="store_true", help="hanya tampilkan perhitungannya")
    cmd.add_argument(
        "--pay-later",
        action="store_true",
        help="jangan bayar tunai sekarang; sisanya dicatat sebagai utang "
        f"(akun {choices.MEMBER_EXIT_PAYABLE})",
    )
    cmd.add_argument(
        "--cash", default=coa.CASH, metavar="KODE", help=f"akun kas (bawaan {coa.CASH})"
    )
    cmd.add_argument(
        "--approver",
        metavar="NAMA",
        help=f"pengguna kedua bila pinjaman dikompensasi; kata sandi dari {APPROVER_PASSWORD_ENV}",
    )
    cmd.add_argument("--out", type=out_arg, metavar="FILE.pdf", help="tulis berkas penyelesaian")
    cmd.set_defaults(handler=cmd_member_exit)


def cmd_member_exit(args: argparse.Namespace) -> int:
    from kopdesk.app import papers as documents
    from kopdesk.services.member_exit import settlement as member_exit
    from kopdesk.services.members.register import status_label

    if args.out is not None and args.out.suffix.lower() != ".pdf":
        raise ValidationError("out", "Berkas keluaran harus .pdf.")
    if args.dry_run:
        with signed_in(args, write=False) as (book, _actor), book.read() as session:
            plan = member_exit.plan_exit(session, args.member, args.date)
        _print_plan(plan)
        print("Belum dicatat (--dry-run).")
        return 0
    with signed_in(args) as (book, actor):
        result = with_approval(
            args,
            book,
            actor,
            Permission.SAVINGS_MANAGE,
            lambda session, grant: member_exit.settle_exit(
                session,
                actor,
                args.member,
                args.date,
                reason=args.reason,
                status=STATUSES[args.status],
                pay_now=not args.pay_later,
                cash_account=args.cash,
                approval=grant,
            ),
        )
        _print_plan(result.plan)
        print(f"Dibayar tunai       {format_number(result.paid):>15}")
        print(f"Utang kepada anggota{format_number(result.payable):>15}  (akun 2104)")
        print(f"Status anggota: {status_label(result.status)}")
        print(f"Jurnal: {result.entry_number}")
        if args.out is not None:
            data = documents.member_exit_pdf(book, result.entry_number, actor=actor)
            documents.write_document(args.out, data)
            print(f"Berkas: {args.out}")
    return 0


def _print_plan(plan: member_exit.ExitPlan) -> None:
    print(f"Penyelesaian anggota keluar {plan.member_number} {plan.member_name}")
    print(f"Tanggal {plan.on:%d-%m-%Y}")
    print("Simpanan dikembalikan:")
    for s in plan.savings:
        print(f"  {s.account_number:<14} {s.product_name:<22} {format_number(s.balance):>15}")
    print(f"  {'Jumlah simpanan':<37} {format_number(plan.total_savings):>15}")
    if plan.loans:
        print("Pinjaman (tagihan pelunasan; dikompensasi: denda + bunga + pokok; sisa):")
        for x in plan.loans:
            print(
                f"  {x.loan_number:<14} tagihan {format_number(x.payoff)}; dikompensasi "
                f"{format_number(x.offset)} (denda {format_number(x.late_fee)}, bunga "
                f"{format_number(x.interest)}, pokok {format_number(x.principal)}); "
                f"sisa {format_number(x.remaining)}"
            )
    print(f"Hak anggota bersih  {format_number(plan.net):>15}")
    if plan.owed_after:
        print(
            f"Simpanan tidak cukup: sisa tagihan pinjaman {format_number(plan.owed_after)} "
            "tetap menjadi kewajiban anggota; pinjaman tetap berjalan."
        )
