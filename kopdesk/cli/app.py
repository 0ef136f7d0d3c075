"""Assembling the ``kopdesk`` command and running it.

``kopdesk --help``, ``--version`` and ``kopdesk`` alone (the window) are answered
from :data:`COMMANDS` without loading any command's module; ``kopdesk COMMAND ...``
registers only the modules that make COMMAND (:data:`MODULES`), and these load their
services only in the handler that runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from kopdesk import __version__
from kopdesk.cli.common import EXIT_ERROR, EXIT_USAGE, Parser, SubParsers
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
    ("export", "ekspor data ke Excel atau jurnal untuk pemeriksa"),
    ("member", "anggota"),
    ("savings", "simpanan anggota"),
    ("loan", "pinjaman anggota"),
    ("asset", "aset tetap dan penyusutan"),
    ("rat", "isi buku RAT: laporan pengurus/pengawas, rencana kerja, RAPB"),
    ("supervision", "pengawasan: kas opname, sampel, temuan"),
    (
        "member-exit",
        "penyelesaian hak dan kewajiban anggota keluar (simpanan, pinjaman, pembayaran)",
    ),
    (
        "close-year",
        "tutup buku: periksa, jurnal penutup ke SHU, kunci tahun, buka tahun berikutnya",
    ),
    ("shu", "sisa hasil usaha: rencana, hitung, posting, bayar"),
    ("health", "penilaian kesehatan koperasi dari buku (Perdep 06/2016, KKPKK)"),
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
MODULES: dict[str, tuple[str, ...]] = {
    "setup": ("gui", "init", "demo", "user", "year"),
    "ledger": ("accounts", "journal", "report"),
    "members": ("import", "export", "member"),
    "savings": ("savings",),
    "loans": ("loan",),
    "assets": ("asset",),
    "rat": ("rat",),
    "supervision": ("supervision",),
    "member_exit": ("member-exit",),
    "closing": ("close-year", "shu"),
    "health": ("health",),
    "trust": ("verify-books", "verify", "audit", "setting"),
    "safety": ("backup", "restore", "check", "backups"),
}
"""Which ``kopdesk.cli`` module registers which top-level commands (a test checks it)."""
GROUPS: dict[str, tuple[str, ...]] = {
    "report": (
        "ledger",
        "members",
        "savings_reports",
        "loan_reports",
        "statements",
        "rat",
        "supervision",
        "dinas",
    ),
    "import": ("ledger", "members", "savings_import", "loan_import"),
}
"""The commands other modules add sub-commands to, and all the modules that make them."""
TAKES_REPORTS = frozenset({"members", "rat", "supervision"})
"""Modules whose ``register`` takes the ``report`` group that ``ledger`` makes."""


def _top_parser() -> tuple[Parser, SubParsers]:
    parser = Parser(
        prog="kopdesk",
        description="kopdesk: pembukuan koperasi simpan pinjam. Tanpa argumen membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"kopdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    return parser, sub


def modules_for(command: str | None) -> frozenset[str] | None:
    """The modules that make ``command`` (None: every module)."""
    if command is None:
        return None
    if command in GROUPS:
        return frozenset(GROUPS[command])
    found = {name for name, commands in MODULES.items() if command in commands}
    if found & TAKES_REPORTS:
        found.add("ledger")  # which makes the ``report`` group they add to
    return frozenset(found)


def build_parser() -> argparse.ArgumentParser:
    """The whole ``kopdesk`` parser: every sub-command with its options."""
    return command_parser(None)


def command_parser(command: str | None) -> argparse.ArgumentParser:
    """The ``kopdesk`` parser with only the top-level commands of the modules that make
    ``command`` (its options the same as in the whole parser); None: every command."""
    need = modules_for(command)

    def wanted(name: str) -> bool:
        return need is None or name in need

    parser, sub = _top_parser()
    if wanted("setup"):
        from kopdesk.cli import setup

        setup.register(sub)
    reports = imports = None
    if wanted("ledger"):
        from kopdesk.cli import ledger

        reports = ledger.register(sub)
    if wanted("members") and reports is not None:
        from kopdesk.cli import members

        imports = members.register(sub, reports)
    if wanted("savings"):
        from kopdesk.cli import savings

        savings.register(sub)
    if wanted("loans"):
        from kopdesk.cli import loans

        loans.register(sub)
    if wanted("assets"):
        from kopdesk.cli import assets

        assets.register(sub)
    if reports is not None:
        _register_reports(reports, wanted)
        if wanted("rat"):
            from kopdesk.cli import rat

            rat.register(sub, reports)
        if wanted("supervision"):
            from kopdesk.cli import supervision

            supervision.register(sub, reports)
    if imports is not None:
        from kopdesk.cli import loan_import, savings_import

        savings_import.register(imports)
        loan_import.register(imports)
    _register_rest(sub, wanted)
    return parser


def _register_reports(reports: SubParsers, wanted: Callable[[str], bool]) -> None:
    if wanted("savings_reports"):
        from kopdesk.cli import savings_reports

        savings_reports.register(reports)
    if wanted("loan_reports"):
        from kopdesk.cli import loan_reports

        loan_reports.register(reports)
    if wanted("statements"):
        from kopdesk.cli import statements

        statements.register(reports)
    if wanted("dinas"):
        from kopdesk.cli import dinas

        dinas.register(reports)


def _register_rest(sub: SubParsers, wanted: Callable[[str], bool]) -> None:
    if wanted("member_exit"):
        from kopdesk.cli import member_exit

        member_exit.register(sub)
    if wanted("closing"):
        from kopdesk.cli import closing

        closing.register(sub)
    if wanted("health"):
        from kopdesk.cli import health

        health.register(sub)
    if wanted("trust"):
        from kopdesk.cli import trust

        trust.register(sub)
    if wanted("safety"):
        from kopdesk.cli import safety

        safety.register(sub)


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


def _parser_for(words: Sequence[str]) -> argparse.ArgumentParser:
    """Only what ``words`` need: the command's modules when it comes first, the whole
    parser when a command follows an option (``-h report``), else the top level."""
    if words and words[0] in dict(COMMANDS):
        return command_parser(words[0])
    return build_parser() if _names_a_command(words) else index_parser()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdesk`` console script."""
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        parser = _parser_for(words)
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
