"""The Dinas / ODS annual data: ``kopdesk report dinas --db PATH --year Y --out
FILE.xlsx|.csv``.

The workbook holds the annual fields (KOPERASI.md §6.2) and the quarterly and
semester statements; the CSV the annual fields (``field,value``). The health
predicate is the year's assessment by the scheme of the setting ``health.scheme``.
"""

from __future__ import annotations

import argparse

from kopdesk.cli.common import SubParsers, add_db, out_arg, signed_in, year_arg
from kopdesk.errors import ValidationError

__all__ = ["SUFFIXES", "register"]

SUFFIXES = (".xlsx", ".csv")


def register(reports: SubParsers) -> None:
    """Add ``dinas`` to the ``kopdesk report`` group."""
    parser = reports.add_parser(
        "dinas", help="data tahunan untuk Dinas Koperasi / ODS (XLSX atau CSV)"
    )
    add_db(parser)
    parser.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    parser.add_argument(
        "--out", type=out_arg, required=True, metavar="FILE",
        help="berkas keluaran .xlsx (data tahunan dan laporan triwulan) atau .csv",
    )  # fmt: skip
    parser.set_defaults(handler=cmd_dinas)


def cmd_dinas(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError("out", "Berkas keluaran harus berakhiran .xlsx atau .csv.")
    from kopdesk.app.document_files import write_document
    from kopdesk.reports.dinas_export import dinas_csv, dinas_workbook
    from kopdesk.services.dinas.annual import assessed_dinas_data

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        data = assessed_dinas_data(session, args.year)
    write_document(args.out, dinas_workbook(data) if suffix == ".xlsx" else dinas_csv(data))
    print(args.out)
    return 0
