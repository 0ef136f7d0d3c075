"""Assembling the ``kopdesk`` command and running it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kopdesk import __version__
from kopdesk.cli import (
    assets,
    closing,
    ledger,
    loan_import,
    loan_reports,
    loans,
    member_exit,
    members,
    rat,
    safety,
    savings,
    savings_import,
    savings_reports,
    setup,
    statements,
    trust,
)
from kopdesk.cli.common import EXIT_ERROR, EXIT_USAGE, Parser
from kopdesk.errors import KopdeskError


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kopdesk",
        description="kopdesk: pembukuan koperasi simpan pinjam. Tanpa argumen membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"kopdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    setup.register(sub)
    reports = ledger.register(sub)
    imports = members.register(sub, reports)
    savings.register(sub)
    loans.register(sub)
    assets.register(sub)
    savings_reports.register(reports)
    loan_reports.register(reports)
    statements.register(reports)
    rat.register(sub, reports)
    savings_import.register(imports)
    loan_import.register(imports)
    member_exit.register(sub)
    closing.register(sub)
    trust.register(sub)
    safety.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdesk`` console script."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        args.db = None
        return setup.cmd_gui(args)
    try:
        return int(args.handler(args))
    except KopdeskError as exc:
        print(f"kesalahan: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
