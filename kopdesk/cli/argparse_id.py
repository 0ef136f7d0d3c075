"""argparse in Indonesian: the help's headings and the usage mistakes it reports.

argparse writes its own words in English ("usage:", "options", "show this help
message and exit", "invalid choice" …) through ``gettext``, and kopdesk ships no
message catalogue; :class:`~kopdesk.cli.common.Parser` uses the formatter and the
texts here instead. Standard library only: ``kopdesk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

USAGE = "cara pakai: "
POSITIONALS = "argumen"
OPTIONALS = "opsi"
HELP = "tampilkan bantuan ini lalu keluar"
VERSION = "tampilkan versi kopdesk lalu keluar"

MESSAGES = (
    (r"^argument (\S+): ", r"\1: "),
    (r"the following arguments are required: ", "argumen wajib belum diisi: "),
    (r"unrecognized arguments: ", "argumen tidak dikenal: "),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"pilihan \1 tidak dikenal (pilih \2)"),
    (r"expected one argument", "perlu satu nilai"),
    (r"expected at most one argument", "paling banyak satu nilai"),
    (r"expected at least one argument", "perlu paling sedikit satu nilai"),
    (r"expected (\d+) arguments?", r"perlu \1 nilai"),
    (r"invalid (\w+) value: (.*)", r"nilai \2 tidak valid"),
    (r"not allowed with argument (.*)", r"tidak boleh dipakai bersama \1"),
    (r"one of the arguments (.*) is required", r"salah satu dari \1 wajib diisi"),
    (r"ambiguous option: (\S+) could match (.*)", r"opsi \1 tidak jelas: bisa \2"),
    (r"ignored explicit argument (.*)", r"nilai \1 tidak dipakai"),
)
"""(English pattern, Indonesian replacement) of argparse's error messages."""

METAVARS = {
    "ADDRESS": "ALAMAT",
    "AMOUNT": "JUMLAH",
    "AS_OF": "PER_TANGGAL",
    "CODE": "KODE",
    "COLLATERAL": "AGUNAN",
    "COLLATERAL_VALUE": "NILAI_AGUNAN",
    "DATE": "TANGGAL",
    "DATE_FROM": "DARI_TANGGAL",
    "DATE_TO": "SAMPAI_TANGGAL",
    "DB": "BUKU",
    "FISCAL_START_MONTH": "BULAN_AWAL",
    "FULL_NAME": "NAMA_LENGKAP",
    "GUARANTOR": "PENJAMIN",
    "LEGAL_DATE": "TANGGAL_BADAN_HUKUM",
    "LEGAL_NUMBER": "NOMOR_BADAN_HUKUM",
    "LIMIT": "BATAS",
    "MEMBER": "ANGGOTA",
    "MEMO": "KETERANGAN",
    "NAME": "NAMA",
    "NOTE": "CATATAN",
    "NUMBER": "NOMOR",
    "OUT": "BERKAS",
    "PARENT": "INDUK",
    "PURPOSE": "TUJUAN",
    "RATE": "BUNGA",
    "REASON": "ALASAN",
    "SEARCH": "CARI",
    "START": "MULAI",
    "TERM": "JANGKA",
    "USERNAME": "NAMA_PENGGUNA",
    "VALUE": "NILAI",
    "YEAR": "TAHUN",
}
"""Indonesian placeholders for the options that name none (argparse shows the option's
English name in capitals: ``--date DATE``)."""


def indonesian_message(message: str) -> str:
    """argparse's error ``message`` in Indonesian (what it does not know stays as is)."""
    for english, indonesian in MESSAGES:
        message = re.sub(english, indonesian, message)
    return message


class IndonesianHelpFormatter(argparse.HelpFormatter):
    """The usage line starts "cara pakai:" instead of "usage:"; options without a
    placeholder of their own get an Indonesian one (:data:`METAVARS`)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        english = super()._get_default_metavar_for_optional(action)
        return METAVARS.get(english, english)


def translate_parser(parser: argparse.ArgumentParser) -> None:
    """Indonesian headings and ``-h`` help on a freshly made ``parser``."""
    for group in parser._action_groups:
        if group is parser._positionals:
            group.title = POSITIONALS
        elif group is parser._optionals:
            group.title = OPTIONALS
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = HELP
