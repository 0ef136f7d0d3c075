"""``kopdesk asset ...``: the fixed-asset register and the monthly depreciation.

``add`` registers an asset and posts its acquisition; ``edit`` changes a name
or note; ``list`` prints the register as of a date (or writes it as PDF/CSV);
``depreciate`` posts one month (``--month``) or every month still due up to
``--through``, in order; ``--dry-run`` only shows what would be posted.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import (
    SubParsers,
    actions,
    add_db,
    amount_arg,
    csv_bytes,
    date_arg,
    int_arg,
    month_arg,
    out_arg,
    signed_in,
)
from kopdesk.domain import clock, coa
from kopdesk.domain.assets import CATEGORIES
from kopdesk.domain.money import format_number, format_rupiah
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.assets import depreciation


def register(sub: SubParsers) -> None:
    """Add the ``asset`` commands."""
    group = actions(sub, "asset", "aset tetap dan penyusutan")

    add = group.add_parser("add", help="daftarkan aset tetap dan posting perolehannya")
    add_db(add)
    add.add_argument("--code", required=True, metavar="KODE", help="kode aset, mis. INV-001")
    add.add_argument("--name", required=True, metavar="NAMA")
    add.add_argument(
        "--category", required=True, choices=[c.key for c in CATEGORIES], help="kelompok aset"
    )
    add.add_argument(
        "--date",
        required=True,
        type=date_arg("acquired_on"),
        metavar="TANGGAL",
        help="tanggal perolehan",
    )
    add.add_argument("--cost", required=True, type=amount_arg, metavar="N", help="harga perolehan")
    add.add_argument(
        "--residual", type=amount_arg, default=0, metavar="N", help="nilai sisa (bawaan 0)"
    )
    add.add_argument(
        "--life-months",
        type=int_arg(1, 1200, "umur manfaat (bulan)"),
        default=None,
        metavar="N",
        help="umur manfaat dalam bulan (bawaan menurut kelompok: "
        + ", ".join(f"{c.key} {c.default_life_months}" for c in CATEGORIES if c.default_life_months)
        + "; tanah tidak disusutkan)",
    )
    add.add_argument(
        "--paid-from",
        default=coa.CASH,
        metavar="AKUN",
        help="akun yang dikredit: kas/bank (bawaan 1101), pinjaman yang diterima (24xx), atau "
        f"{choices.ASSET_OPENING_ACCOUNT} untuk aset saldo awal (dimiliki sebelum buku dimulai)",
    )
    add.add_argument(
        "--opening-accumulated",
        type=amount_arg,
        default=0,
        metavar="N",
        help="aset saldo awal: akumulasi penyusutan sampai akhir bulan sebelum tanggal posting",
    )
    add.add_argument(
        "--posted-on",
        type=date_arg("posted_on"),
        default=None,
        metavar="TANGGAL",
        help="aset saldo awal: tanggal posting saldo awalnya (biasanya hari pertama buku); "
        "penyusutan mulai bulan ini",
    )
    add.add_argument("--note", default="", help="catatan (boleh kosong)")
    add.set_defaults(handler=cmd_add)

    edit = group.add_parser("edit", help="ubah nama atau catatan aset (nilai tidak dapat diubah)")
    add_db(edit)
    edit.add_argument("--code", required=True, metavar="KODE")
    edit.add_argument("--name", default=None, metavar="NAMA")
    edit.add_argument("--note", default=None)
    edit.set_defaults(handler=cmd_edit)

    ls = group.add_parser("list", help="daftar aset tetap dan penyusutan (layar, PDF atau CSV)")
    add_db(ls)
    ls.add_argument(
        "--as-of",
        type=date_arg("as_of"),
        default=None,
        metavar="TANGGAL",
        help="keadaan per tanggal ini (bawaan hari ini)",
    )
    ls.add_argument(
        "--out", type=out_arg, default=None, metavar="FILE", help="tulis ke berkas .pdf atau .csv"
    )
    ls.set_defaults(handler=cmd_list)

    dep = group.add_parser("depreciate", help="posting penyusutan bulanan (sekali sebulan, urut)")
    add_db(dep)
    which = dep.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=month_arg, metavar="TTTT-BB", help="satu bulan")
    which.add_argument(
        "--through",
        type=month_arg,
        metavar="TTTT-BB",
        help="semua bulan yang belum diposting sampai bulan ini, berurutan",
    )
    dep.add_argument(
        "--dry-run", action="store_true", help="tampilkan perhitungan, tidak memposting"
    )
    dep.set_defaults(handler=cmd_depreciate)


def cmd_add(args: argparse.Namespace) -> int:
    from kopdesk.services.assets import register as assets

    data = assets.AssetInput(
        code=args.code,
        name=args.name,
        category=args.category,
        acquired_on=args.date,
        cost=args.cost,
        residual=args.residual,
        life_months=args.life_months,
        paid_from=args.paid_from,
        opening_accumulated=args.opening_accumulated,
        note=args.note,
        posted_on=args.posted_on,
    )
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = assets.register_asset(session, actor, data)
    print(info.code)
    life = f"{info.life_months} bulan" if info.life_months else "tidak disusutkan"
    print(
        f"{info.name} ({info.category_label}) {format_rupiah(info.cost)}, umur {life}, "
        f"penyusutan mulai {info.depreciation_start}; jurnal {info.entry_number}"
    )
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from kopdesk.services.assets import register as assets

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = assets.update_asset(session, actor, args.code, name=args.name, note=args.note)
    print(f"{info.code} {info.name}" + (f" — {info.note}" if info.note else ""))
    return 0


HEADER = (
    "kode",
    "nama",
    "kelompok",
    "tanggal_perolehan",
    "harga_perolehan",
    "nilai_sisa",
    "umur_bulan",
    "penyusutan_bulan",
    "akumulasi",
    "nilai_buku",
)


def cmd_list(args: argparse.Namespace) -> int:
    from kopdesk.app.papers import asset_register_pdf, write_document
    from kopdesk.services.assets import register as assets

    as_of: dt.date = args.as_of or clock.today()
    out: Path | None = args.out
    kind = out.suffix.lower() if out else ""
    if out is not None and kind not in (".pdf", ".csv"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf atau .csv.")
    with signed_in(args, write=kind == ".pdf") as (book, actor):
        if kind == ".pdf":
            data = asset_register_pdf(book, as_of, actor=actor)
            rows = []
        else:
            with book.read() as session:
                rows = assets.list_assets(session, as_of)
            data = csv_bytes(
                HEADER,
                [
                    (
                        r.code,
                        r.name,
                        r.category,
                        r.acquired_on.isoformat(),
                        r.cost,
                        r.residual,
                        r.life_months,
                        r.monthly,
                        r.accumulated,
                        r.book_value,
                    )
                    for r in rows
                ],
            )
    if out is not None:
        write_document(out, data)
        print(out)
        return 0
    for r in rows:
        life = f"{r.life_months:>4} bln" if r.life_months else "   -    "
        print(
            f"{r.code:<10} {r.name[:32]:<32} {r.acquired_on:%d-%m-%Y} {format_number(r.cost):>15}"
            f" {life} /bln {format_number(r.monthly):>12} akum {format_number(r.accumulated):>15}"
            f" buku {format_number(r.book_value):>15}"
        )
    cost = sum(r.cost for r in rows)
    accumulated = sum(r.accumulated for r in rows)
    print(
        f"{len(rows)} aset per {as_of:%d-%m-%Y}: harga perolehan {format_rupiah(cost)}, "
        f"akumulasi penyusutan {format_rupiah(accumulated)}, nilai buku "
        f"{format_rupiah(cost - accumulated)}."
    )
    return 0


def _print_plan(plan: depreciation.DepreciationPlan) -> None:
    for x in plan.lines:
        extra = f" (termasuk susulan {format_number(x.catch_up)})" if x.catch_up else ""
        print(f"  {x.code:<10} {x.name[:40]:<40} {format_number(x.amount):>14}{extra}")
    print(f"Penyusutan {plan.month}: {len(plan.lines)} aset, {format_rupiah(plan.total)}.")


def cmd_depreciate(args: argparse.Namespace) -> int:
    from kopdesk.services.assets import depreciation

    with signed_in(args, write=not args.dry_run) as (book, actor):
        if args.dry_run:
            with book.read() as session:
                months = (
                    [args.month]
                    if args.month
                    else depreciation.pending_months(session, args.through)
                )
                plans = [depreciation.plan_depreciation(session, m) for m in months[:1]]
            for plan in plans:
                _print_plan(plan)
            if len(months) > 1:
                print(f"Bulan berikutnya yang juga belum diposting: {', '.join(months[1:])}.")
            if not months:
                print("Tidak ada bulan yang perlu diposting.")
            print("(periksa saja: tidak ada yang diposting)")
            return 0
        with book.unit_of_work() as session:
            if args.month:
                runs = [depreciation.post_depreciation(session, actor, args.month)]
            else:
                runs = depreciation.post_through(session, actor, args.through)
    for run in runs:
        posted = f"jurnal {run.entry_number}" if run.entry_number else "tanpa jurnal"
        print(f"Penyusutan {run.month}: {format_rupiah(run.total)} ({posted})")
    if not runs:
        print("Tidak ada bulan yang perlu diposting.")
    return 0
