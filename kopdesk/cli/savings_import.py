"""Savings imports: ``import savings-opening`` (saldo awal) and ``import payroll``
(potong gaji). Both check every row first, print every problem as
``baris N, kolom X: pesan`` and write nothing unless the whole file is right."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import EXIT_ERROR, SubParsers, add_db, backup_before, date_arg, signed_in
from kopdesk.cli.sheet_import import (
    DRY_RUN_DONE,
    add_opening_arguments,
    map_overrides,
    print_problems,
)
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kopdesk.services.imports.savings_rows import ImportResult, SavingsPlan

__all__ = ["cmd_import_opening", "cmd_import_payroll", "register"]


def register(group: SubParsers) -> None:
    """Add this module's commands to ``group`` (the ``kopdesk import`` sub-commands)."""
    opening = group.add_parser("savings-opening", help="impor saldo awal simpanan anggota")
    add_opening_arguments(opening, map_help="pemetaan kolom bila judul berbeda")
    opening.set_defaults(handler=cmd_import_opening)

    payroll = group.add_parser("payroll", help="impor daftar potong gaji (simpanan)")
    payroll.add_argument("file", type=Path, metavar="FILE")
    add_db(payroll)
    payroll.add_argument("--date", type=date_arg("date"), required=True, help="tanggal posting")
    payroll.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    payroll.add_argument(
        "--mode",
        choices=["per-member", "batch"],
        default="per-member",
        help="satu jurnal per anggota (bawaan) atau satu jurnal untuk semua",
    )
    payroll.add_argument(
        "--account",
        default=choices.PAYROLL_ACCOUNT,
        metavar="KODE",
        help="akun kas/bank penerima transfer (bawaan: 1111 bank)",
    )
    payroll.add_argument(
        "--reference", default="", metavar="TEKS", help="referensi daftar (bawaan: nama berkas)"
    )
    payroll.add_argument(
        "--map", action="append", metavar="BIDANG=KOLOM", help="pemetaan kolom bila judul berbeda"
    )
    payroll.add_argument(
        "--again",
        action="store_true",
        help="posting juga bila daftar yang sama (anggota dan jumlahnya) sudah diposting bulan itu",
    )
    payroll.set_defaults(handler=cmd_import_payroll)


def _plan(args: argparse.Namespace, session: Session, kind: str, on: dt.date | None) -> SavingsPlan:
    from kopdesk.services.imports import base, savings_plan, savings_rows

    path: Path = args.file
    sheet = savings_rows.read_file(session, kind, path)
    overrides = map_overrides(args.map)
    mapping = None
    if overrides:
        fields = savings_rows.import_fields(session, kind)
        mapping = base.with_overrides(fields, sheet.headers, overrides)
    if kind == savings_rows.OPENING:
        assert on is not None
        return savings_plan.plan_opening(session, sheet, on, mapping, file_name=path.name)
    return savings_plan.plan_payroll(session, sheet, mapping, on=on, file_name=path.name)


def _report(plan: SavingsPlan) -> bool:
    """Print the problems and totals; True when the plan can be imported."""
    print_problems(plan.errors, (), plan.unmapped)
    for product in plan.products:
        print(f"{product.name:<20} {product.count:>6} anggota  {format_rupiah(product.total):>20}")
    members = sum(1 for r in plan.rows if r.total > 0)
    print(f"{'Jumlah':<20} {members:>6} anggota  {format_rupiah(plan.total):>20}")
    if plan.errors:
        print(f"{len(plan.errors)} masalah; tidak ada yang disimpan.")
        return False
    if not plan.ok:
        print("Tidak ada jumlah simpanan untuk diimpor.")
        return False
    return True


def _done(result: ImportResult) -> None:
    entries = result.entries
    journals = entries[0] if len(entries) == 1 else f"{entries[0]} s.d. {entries[-1]}"
    print(
        f"{result.rows} anggota, {format_rupiah(result.total)} diposting "
        f"{format_date_short(result.date)} ({journals})."
    )


def cmd_import_opening(args: argparse.Namespace) -> int:
    from kopdesk.services.imports import base, savings_openings, savings_rows

    with signed_in(args) as (book, actor):
        with book.read() as session:
            cutover = args.date or base.default_cutover(session)
            plan = _plan(args, session, savings_rows.OPENING, cutover)
        print(f"Saldo awal per {format_date_short(cutover)}")
        if not _report(plan):
            return EXIT_ERROR
        if args.dry_run:
            print(DRY_RUN_DONE)
            return 0
        backup_before(book, actor, Permission.SAVINGS_MANAGE, "impor")
        with book.unit_of_work() as session:
            result = savings_openings.commit_opening(session, actor, plan, args.file.name)
    _done(result)
    return 0


def cmd_import_payroll(args: argparse.Namespace) -> int:
    from kopdesk.services.imports import payroll as payroll_import
    from kopdesk.services.imports import savings_rows

    mode = args.mode.replace("-", "_")
    reference = " ".join(args.reference.split()) or args.file.name
    with signed_in(args) as (book, actor):
        with book.read() as session:
            plan = _plan(args, session, savings_rows.PAYROLL, args.date)
            repeated = payroll_import.imported_before(session, reference)
            earlier = payroll_import.same_list_posted(session, plan, args.date)
        if not _report(plan):
            return EXIT_ERROR
        if repeated:
            print(f"Daftar '{reference}' sudah pernah diimpor; tidak diimpor dua kali.")
            return EXIT_ERROR
        if args.dry_run:
            if earlier is not None:
                print(f"peringatan: {earlier.describe()} Impor memerlukan --again.")
            print(DRY_RUN_DONE)
            return 0
        if earlier is not None and not args.again:
            raise DomainError(
                f"{earlier.describe()} Tidak diposting dua kali; ulangi dengan --again bila "
                "daftar ini memang harus diposting lagi."
            )
        backup_before(book, actor, Permission.SAVINGS_MANAGE, "impor")
        with book.unit_of_work() as session:
            result = payroll_import.commit_payroll(
                session,
                actor,
                plan,
                on=args.date,
                debit_account=args.account,
                mode=mode,
                reference=reference,
                again=args.again,
            )
    _done(result)
    return 0
