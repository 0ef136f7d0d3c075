"""Loans outstanding at the cut-over: ``import loans-opening`` (saldo awal pinjaman).
Checks every row first, prints every problem as ``baris N, kolom X: pesan`` and
writes nothing unless the whole file is right; a backup comes first."""

from __future__ import annotations

import argparse
from pathlib import Path

from kopdesk.cli.common import EXIT_ERROR, SubParsers, add_db, backup_before, date_arg, signed_in
from kopdesk.cli.savings_import import _mapping
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.services.imports import loans as loan_import
from kopdesk.services.imports.loans import ImportResult, LoanPlan


def register(group: SubParsers) -> None:
    """Add ``loans-opening`` to ``group`` (the ``kopdesk import`` sub-commands)."""
    opening = group.add_parser("loans-opening", help="impor saldo awal pinjaman yang beredar")
    opening.add_argument("file", type=Path, metavar="FILE")
    add_db(opening)
    opening.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    opening.add_argument(
        "--date",
        type=date_arg("date"),
        help="tanggal saldo awal (bawaan: hari pertama tahun buku terbuka yang paling awal)",
    )
    opening.add_argument(
        "--map",
        action="append",
        metavar="BIDANG=KOLOM",
        help="pemetaan kolom bila judul berbeda; bidang: " + ", ".join(loan_import.FIELDS),
    )
    opening.set_defaults(handler=cmd_import_loans_opening)


def _report(plan: LoanPlan) -> bool:
    """Print the problems, warnings and totals; True when the plan can be imported."""
    for error in plan.errors:
        print(f"baris {error.row}, kolom {error.column}: {error.message}")
    for warning in plan.warnings:
        print(f"peringatan baris {warning.row}, kolom {warning.column}: {warning.message}")
    if plan.unmapped:
        print(f"kolom diabaikan: {', '.join(plan.unmapped)}")
    for p in plan.products:
        print(
            f"{p.name:<20} {p.count:>6} pinjaman  pokok {format_rupiah(p.principal):>18}  "
            f"sisa {format_rupiah(p.remaining):>18}  (akun {p.account_code})"
        )
    count = sum(p.count for p in plan.products)
    principal = sum(p.principal for p in plan.products)
    print(
        f"{'Jumlah':<20} {count:>6} pinjaman  pokok {format_rupiah(principal):>18}  "
        f"sisa {format_rupiah(plan.total):>18}"
    )
    if plan.errors:
        print(f"{len(plan.errors)} masalah; tidak ada yang disimpan.")
        return False
    if not plan.ok:
        print("Tidak ada pinjaman untuk diimpor.")
        return False
    return True


def _done(result: ImportResult) -> None:
    first, last = result.loans[0], result.loans[-1]
    numbers = first if first == last else f"{first} s.d. {last}"
    print(
        f"{len(result.loans)} pinjaman ({numbers}), sisa pokok {format_rupiah(result.total)} "
        f"diposting {format_date_short(result.date)} ({result.entry})."
    )


def cmd_import_loans_opening(args: argparse.Namespace) -> int:
    path: Path = args.file
    with signed_in(args) as (book, actor):
        with book.read() as session:
            cutover = args.date or loan_import.default_cutover(session)
            sheet = loan_import.read_file(path)
            overrides = _mapping(args.map)
            mapping = (
                loan_import.with_overrides(loan_import.FIELDS, sheet.headers, overrides)
                if overrides
                else None
            )
            plan = loan_import.plan_opening(session, sheet, cutover, mapping, file_name=path.name)
        print(f"Saldo awal pinjaman per {format_date_short(cutover)}")
        if not _report(plan):
            return EXIT_ERROR
        if args.dry_run:
            print("Tidak ada masalah; uji saja, tidak ada yang disimpan.")
            return 0
        backup_before(book, actor, Permission.LOANS_MANAGE, "impor")
        with book.unit_of_work() as session:
            result = loan_import.commit_opening(session, actor, plan, path.name)
    _done(result)
    return 0
