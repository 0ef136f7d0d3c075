"""What the ``kopdesk import`` commands for savings and loans share: the arguments
of an opening-balance import, reading ``--map BIDANG=KOLOM``, and printing every
problem of a dry run as ``baris N, kolom X: pesan``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli.common import add_db, date_arg
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.imports.base import RowError

__all__ = ["DRY_RUN_DONE", "add_opening_arguments", "map_overrides", "print_problems"]

DRY_RUN_DONE = "Tidak ada masalah; uji saja, tidak ada yang disimpan."


def add_opening_arguments(parser: argparse.ArgumentParser, *, map_help: str) -> None:
    """FILE, ``--db``, ``--dry-run``, ``--date`` (the cut-over) and ``--map``."""
    parser.add_argument("file", type=Path, metavar="FILE")
    add_db(parser)
    parser.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    parser.add_argument(
        "--date",
        type=date_arg("date"),
        help="tanggal saldo awal (bawaan: hari pertama tahun buku terbuka yang paling awal)",
    )
    parser.add_argument("--map", action="append", metavar="BIDANG=KOLOM", help=map_help)


def map_overrides(items: list[str] | None) -> dict[str, str] | None:
    """``--map`` items as field -> column label (field names in lower case), or None."""
    if not items:
        return None
    mapping = {}
    for item in items:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError("map", f"--map '{item}' harus BIDANG=Judul Kolom.")
        mapping[name.strip().lower()] = column.strip()
    return mapping


def print_problems(
    errors: Sequence[RowError], warnings: Sequence[RowError], unmapped: Sequence[str]
) -> None:
    """Every problem and warning of a dry run, then the columns it ignored."""
    for error in errors:
        print(f"baris {error.row}, kolom {error.column}: {error.message}")
    for warning in warnings:
        print(f"peringatan baris {warning.row}, kolom {warning.column}: {warning.message}")
    if unmapped:
        print(f"kolom diabaikan: {', '.join(unmapped)}")
