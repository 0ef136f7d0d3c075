"""``kopdesk export ledger``: the whole journal for an auditor's ledger program."""

from __future__ import annotations

import argparse

from kopdesk.cli.common import SubParsers, add_db, out_arg, signed_in

FORMATS = ("hledger", "beancount")
"""The formats of :class:`kopdesk.services.ledger.ledger_export.LedgerFormat` (a test
keeps the two equal; the parser loads no service)."""


def register(exports: SubParsers) -> None:
    """Add ``ledger`` to the ``export`` group."""
    led = exports.add_parser(
        "ledger",
        help="seluruh jurnal sebagai berkas hledger atau beancount (untuk pemeriksa)",
    )
    add_db(led)
    led.add_argument(
        "--format",
        choices=FORMATS,
        required=True,
        help="hledger (berkas .journal) atau beancount (berkas .beancount)",
    )
    led.add_argument("--out", type=out_arg, required=True, metavar="FILE")
    led.set_defaults(handler=cmd_export_ledger)


def cmd_export_ledger(args: argparse.Namespace) -> int:
    from kopdesk.app.document_files import write_document_chunks
    from kopdesk.domain.permissions import Permission
    from kopdesk.services.base.access import authorize
    from kopdesk.services.ledger import ledger_export

    fmt = ledger_export.LedgerFormat(args.format)
    with signed_in(args, write=False) as (book, actor), book.read() as session:
        authorize(session, actor, Permission.REPORTS_PRINT)  # the journal is a report
        write_document_chunks(args.out, ledger_export.export_chunks(session, fmt))
    print(args.out)
    return 0
