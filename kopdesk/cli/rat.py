"""The RAT book and the SHU papers from the command line.

``kopdesk report rat|shu-list|shu-slip|shu-receipt`` make the papers (registered,
verifiable PDFs; the SHU list also as CSV in integer rupiah). ``kopdesk rat
text|rapb`` show or store what the pengurus write for the book: the reports,
the work plan, the notes, and the RAPB table (CSV ``uraian,realisasi,anggaran``
with an optional ``kelompok`` column, ``pendapatan`` or ``beban``).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kopdesk.cli import choices
from kopdesk.cli.common import (
    SubParsers,
    actions,
    add_db,
    csv_bytes,
    out_arg,
    paper_pdf,
    signed_in,
    year_arg,
)
from kopdesk.cli.savings_reports import write_paper
from kopdesk.domain.money import parse_rupiah
from kopdesk.domain.text import csv_unescape
from kopdesk.errors import StorageError, ValidationError

if TYPE_CHECKING:
    from kopdesk.domain.papers.rat import RapbRow
    from kopdesk.domain.permissions import Actor
    from kopdesk.storage.db import Book

__all__ = ["ProgressPrinter", "read_rapb_csv", "register"]

SHU_LIST_COLUMNS = (
    "member",
    "name",
    "modal_basis",
    "usaha_basis",
    "jasa_modal",
    "jasa_usaha",
    "total",
    "paid",
)
RAPB_COLUMNS = ("uraian", "realisasi", "anggaran", "kelompok")


def register(sub: SubParsers, reports: SubParsers) -> None:
    """``kopdesk report rat|shu-list|shu-slip|shu-receipt`` and ``kopdesk rat text|rapb``."""
    rat = reports.add_parser("rat", help="buku laporan pertanggungjawaban pengurus untuk RAT (PDF)")
    _year(rat, ".pdf")
    rat.set_defaults(handler=cmd_rat_book)

    sl = reports.add_parser("shu-list", help="daftar pembagian SHU anggota (PDF atau CSV)")
    _year(sl, ".pdf atau .csv")
    sl.set_defaults(handler=cmd_shu_list)

    ss = reports.add_parser("shu-slip", help="slip SHU per anggota (PDF, satu anggota sehalaman)")
    _year(ss, ".pdf")
    ss.add_argument(
        "--member",
        dest="members",
        action="extend",
        nargs="+",
        default=[],
        metavar="NO",
        help="nomor anggota (boleh beberapa); tanpa ini: semua anggota yang mendapat SHU",
    )
    ss.set_defaults(handler=cmd_shu_slip)

    sr = reports.add_parser("shu-receipt", help="cetak ulang kuitansi pembayaran SHU (PDF)")
    add_db(sr)
    sr.add_argument(
        "--number", required=True, metavar="N", help="nomor kuitansi, mis. SHU-2026-000001"
    )
    _out(sr, ".pdf")
    sr.set_defaults(handler=cmd_shu_receipt)

    group = actions(sub, "rat", "isi buku RAT: laporan pengurus/pengawas, rencana kerja, RAPB")
    text = group.add_parser("text", help="lihat atau simpan satu teks buku RAT")
    add_db(text)
    text.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    text.add_argument("--key", required=True, choices=choices.RAT_TEXT_KEYS, help="bagian buku RAT")
    how = text.add_mutually_exclusive_group(required=True)
    how.add_argument("--file", metavar="FILE", help="simpan isi berkas teks UTF-8 ini ('-': stdin)")
    how.add_argument("--show", action="store_true", help="tampilkan teks yang tersimpan")
    text.set_defaults(handler=cmd_text)

    rapb = group.add_parser("rapb", help="lihat atau simpan RAPB (CSV uraian,realisasi,anggaran)")
    add_db(rapb)
    rapb.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    how = rapb.add_mutually_exclusive_group(required=True)
    how.add_argument("--file", metavar="FILE.csv", help="simpan RAPB dari berkas CSV ('-': stdin)")
    how.add_argument("--show", action="store_true", help="tampilkan RAPB yang tersimpan (CSV)")
    how.add_argument(
        "--suggest",
        action="store_true",
        help="CSV usulan: realisasi tiap akun pendapatan dan beban tahun ini, anggaran 0",
    )
    rapb.set_defaults(handler=cmd_rapb)


def _out(parser: argparse.ArgumentParser, kinds: str) -> None:
    parser.add_argument(
        "--out", type=out_arg, required=True, metavar="FILE", help=f"berkas keluaran ({kinds})"
    )


def _year(parser: argparse.ArgumentParser, kinds: str) -> None:
    add_db(parser)
    parser.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    _out(parser, kinds)


# --- papers -------------------------------------------------------------------------------


class ProgressPrinter:
    """Prints ``  40% Menata halaman 12 …`` lines to ``stream`` every 5 percent."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = -5

    def __call__(self, done: int, total: int, label: str) -> None:
        percent = 100 * done // max(total, 1)
        if percent >= self.last + 5 or (done >= total and percent != self.last):
            self.last = percent
            print(f"{percent:4d}% {label}", file=self.stream, flush=True)


def cmd_rat_book(args: argparse.Namespace) -> int:
    def make(book: Book, actor: Actor, a: argparse.Namespace) -> bytes:
        data = paper_pdf(book, actor, a, progress=ProgressPrinter(sys.stderr))
        _warn_unwritten(book, a.year)
        return data

    return write_paper(args, make)


def _warn_unwritten(book: Book, year: int) -> None:
    """Tell the treasurer which texts of the book are still empty."""
    from kopdesk.services.closing import rat_inputs

    with book.read() as session:
        empty = [k for k in rat_inputs.TEXT_KEYS[:3] if not rat_inputs.get_text(session, year, k)]
        no_rapb = not rat_inputs.get_rapb(session, year)
    for key in empty:
        print(
            f"peringatan: {rat_inputs.key_title(key, year)} belum diisi "
            f"(kopdesk rat text --year {year} --key {key} --file BERKAS)",
            file=sys.stderr,
        )
    if no_rapb:
        print(
            f"peringatan: RAPB belum diisi (kopdesk rat rapb --year {year} --file RAPB.csv)",
            file=sys.stderr,
        )


def _shu_list_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.closing import shu_papers

    del actor
    with book.read() as session:
        report = shu_papers.shu_list(session, args.year)
    rows = [
        (
            r.number,
            r.name,
            r.modal_basis,
            r.usaha_basis,
            r.jasa_modal,
            r.jasa_usaha,
            r.total,
            r.paid,
        )
        for r in report.rows
    ]
    return csv_bytes(SHU_LIST_COLUMNS, rows)


def cmd_shu_list(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _shu_list_csv)


def cmd_shu_slip(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)


def cmd_shu_receipt(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)


# --- texts and RAPB ---------------------------------------------------------------------------


def _read(name: str, what: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name).expanduser()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise StorageError(f"Berkas {path} tidak ada.") from None
    except UnicodeDecodeError:
        raise ValidationError(
            "file", f"{what} {path} bukan teks UTF-8; simpan ulang sebagai UTF-8."
        ) from None
    except OSError as exc:
        raise StorageError(f"Berkas {path} tidak dapat dibaca ({exc.strerror or exc}).") from exc


def cmd_text(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import rat_inputs

    if args.show:
        with signed_in(args, write=False) as (book, _actor), book.read() as session:
            print(rat_inputs.get_text(session, args.year, args.key))
        return 0
    body = _read(args.file, "Berkas")
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        rat_inputs.set_text(session, actor, args.year, args.key, body)
    title = rat_inputs.key_title(args.key, args.year)
    print(f"Teks '{title}' buku RAT tahun buku {args.year} disimpan.")
    return 0


def read_rapb_csv(text: str) -> list[RapbRow]:
    """RAPB rows from CSV text: ``uraian,realisasi,anggaran[,kelompok]``, a header
    row optional, amounts as typed (``1.250.000``). ``ValidationError`` names the line.
    A text escaped with an apostrophe (as ``--show`` writes ``=...``) reads back as typed."""
    from kopdesk.domain.papers.rat import RapbRow  # the RAT book's types load only here

    rows: list[RapbRow] = []
    for number, cells in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not any(c.strip() for c in cells):
            continue
        if number == 1 and cells[0].strip().lower() == "uraian":
            continue
        if len(cells) not in (3, 4):
            raise ValidationError(
                "file",
                f"Baris {number}: harus 3 atau 4 kolom (uraian,realisasi,anggaran,kelompok).",
            )
        try:
            real = parse_rupiah(cells[1], field="realisasi")
            budget = parse_rupiah(cells[2], field="anggaran")
        except ValidationError as exc:
            raise ValidationError(exc.field, f"Baris {number}: {exc.message}") from None
        kelompok = csv_unescape(cells[3]).strip() if len(cells) == 4 else ""
        rows.append(RapbRow(csv_unescape(cells[0]), real, budget, kelompok))
    return rows


def _rapb_csv(rows: list[RapbRow]) -> str:
    data = csv_bytes(RAPB_COLUMNS, [(r.uraian, r.realisasi, r.anggaran, r.kelompok) for r in rows])
    return data.decode("utf-8")


def cmd_rapb(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import rat_inputs

    if args.show or args.suggest:
        with signed_in(args, write=False) as (book, _actor), book.read() as session:
            if args.show:
                rows = rat_inputs.get_rapb(session, args.year)
            else:
                rows = rat_inputs.suggest_rapb(session, args.year)
        sys.stdout.write(_rapb_csv(rows))
        return 0
    rows = read_rapb_csv(_read(args.file, "Berkas CSV"))
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        rat_inputs.set_rapb(session, actor, args.year, rows)
    print(f"RAPB tahun buku {args.year} disimpan ({len(rows)} baris).")
    return 0
