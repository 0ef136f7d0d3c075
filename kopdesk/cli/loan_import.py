"""Loans outstanding at the cut-over: ``import loans-opening`` (saldo awal pinjaman).
Checks every row first, prints every problem as ``baris N, kolom X: pesan`` and
writes nothing unless the whole file is right; a backup comes first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import EXIT_ERROR, SubParsers, backup_before, signed_in
from kopdesk.cli.sheet_import import (
    DRY_RUN_DONE,
    add_opening_arguments,
    map_overrides,
    print_problems,
)
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.permissions import Permission

if TYPE_CHECKING:
    from kopdesk.services.imports.loans_rows import ImportResult, LoanPlan

__all__ = ["cmd_import_loans_opening", "register"]


def register(group: SubParsers) -> None:
    """Add ``loans-opening`` to ``group`` (the ``kopdesk import`` sub-commands)."""
    opening = group.add_parser("loans-opening", help="impor saldo awal pinjaman yang beredar")
    add_opening_arguments(
        opening,
        map_help="pemetaan kolom bila judul berbeda; bidang: "
        + ", ".join(choices.LOAN_IMPORT_FIELDS),
    )
    opening.set_defaults(handler=cmd_import_loans_opening)


def _report(plan: LoanPlan) -> bool:
    """Print the problems, warnings and totals; True when the plan can be imported."""
    print_problems(plan.errors, plan.warnings, plan.unmapped)
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
    from kopdesk.services.imports import base, loans_openings, loans_plan, loans_rows

    path: Path = args.file
    with signed_in(args) as (book, actor):
        with book.read() as session:
            cutover = args.date or base.default_cutover(session)
            sheet = loans_rows.read_file(path)
            overrides = map_overrides(args.map)
            mapping = (
                base.with_overrides(loans_rows.FIELDS, sheet.headers, overrides)
                if overrides
                else None
            )
            plan = loans_plan.plan_opening(session, sheet, cutover, mapping, file_name=path.name)
        print(f"Saldo awal pinjaman per {format_date_short(cutover)}")
        if not _report(plan):
            return EXIT_ERROR
        if args.dry_run:
            print(DRY_RUN_DONE)
            return 0
        backup_before(book, actor, Permission.LOANS_MANAGE, "impor")
        with book.unit_of_work() as session:
            result = loans_openings.commit_opening(session, actor, plan, path.name)
    _done(result)
    return 0
