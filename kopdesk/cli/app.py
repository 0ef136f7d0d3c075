"""Assembling the ``kopdesk`` command and running it.

``kopdesk --help``, ``--version`` and ``kopdesk`` alone (the window) are answered
from :data:`COMMANDS` without loading any command's module; a sub-command builds
the whole parser, whose modules load their services only in the handler that runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kopdesk import __version__
from kopdesk.cli.common import EXIT_ERROR, EXIT_USAGE, Parser
from kopdesk.errors import KopdeskError

COMMANDS: tuple[tuple[str, str], ...] = (
    ("gui", "buka jendela kopdesk"),
    ("init", "buat buku baru untuk koperasi dan Admin pertamanya"),
    ("demo", "buat buku contoh berisi transaksi dan pengguna"),
    ("user", "pengguna dan kata sandi"),
    ("year", "tahun buku"),
    ("accounts", "daftar akun"),
    ("journal", "jurnal umum"),
    ("report", "cetak laporan ke PDF atau CSV"),
    ("import", "impor data dari Excel (.xlsx/.csv)"),
    ("export", "ekspor data ke Excel"),
    ("member", "anggota"),
    ("savings", "simpanan anggota"),
    ("loan", "pinjaman anggota"),
    ("asset", "aset tetap dan penyusutan"),
    ("rat", "isi buku RAT: laporan pengurus/pengawas, rencana kerja, RAPB"),
    (
        "member-exit",
        "penyelesaian hak dan kewajiban anggota keluar (simpanan, pinjaman, pembayaran)",
    ),
    (
        "close-year",
        "tutup buku: periksa, jurnal penutup ke SHU, kunci tahun, buka tahun berikutnya",
    ),
    ("shu", "sisa hasil usaha: rencana, hitung, posting, bayar"),
    ("verify-books", "periksa rantai sidik jari jurnal dan jejak audit (keaslian buku)"),
    ("verify", "periksa apakah PDF asli dan utuh dari buku ini"),
    ("audit", "jejak audit"),
    ("setting", "pengaturan"),
    ("backup", "cadangkan buku (mencetak lokasi berkas cadangan)"),
    ("restore", "pulihkan buku dari cadangan (perlu --approver)"),
    ("check", "periksa integritas buku (keluar 0 bila semua lulus)"),
    ("backups", "daftar cadangan buku"),
)
"""Every top-level sub-command and its help, in the order :func:`build_parser`
registers them (``tests/cli/test_cli_startup.py`` keeps the two equal)."""


def _top_parser() -> tuple[Parser, argparse._SubParsersAction[Parser]]:
    parser = Parser(
        prog="kopdesk",
        description="kopdesk: pembukuan koperasi simpan pinjam. Tanpa argumen membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"kopdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    return parser, sub


def build_parser() -> argparse.ArgumentParser:
    """The whole ``kopdesk`` parser: every sub-command with its options."""
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

    parser, sub = _top_parser()
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


def index_parser() -> argparse.ArgumentParser:
    """The top level alone, from :data:`COMMANDS`: enough for ``--help``, ``--version``,
    no arguments and an unknown command; each sub-command is an empty parser."""
    parser, sub = _top_parser()
    for name, help_text in COMMANDS:
        sub.add_parser(name, help=help_text)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` goes past the top level: a known command (or ``--``) is in it.

    The top level has no option taking a value, so its first word that is not an
    option is the command."""
    known = {name for name, _help in COMMANDS}
    for word in argv:
        if word == "--":
            return True
        if not word.startswith("-"):
            return word in known
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdesk`` console script."""
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        parser = build_parser() if _names_a_command(words) else index_parser()
        args = parser.parse_args(words)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        from kopdesk.cli import setup

        args.db = None
        return setup.cmd_gui(args)
    try:
        return int(args.handler(args))
    except KopdeskError as exc:
        print(f"kesalahan: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
