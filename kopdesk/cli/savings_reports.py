"""Savings papers: receipts, member statements, daily cash, recaps, lists.

``kopdesk report member-statement|receipt|daily-cash|savings-recap|wajib-arrears|
tax-list``: PDFs
are registered, verifiable papers (they need the book open for writing, like
every other paper); CSV files are plain data in integer rupiah.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from kopdesk.cli.common import (
    SubParsers,
    add_db,
    csv_bytes,
    date_arg,
    out_arg,
    paper_pdf,
    signed_in,
)
from kopdesk.domain import coa
from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.storage.db import Book

Maker = Callable[["Book", Actor, argparse.Namespace], bytes]


def register(group: SubParsers) -> None:
    """Add this module's commands to ``group`` (the ``kopdesk report`` sub-commands)."""
    ms = group.add_parser(
        "member-statement", help="laporan mutasi simpanan satu anggota (PDF atau CSV)"
    )
    add_db(ms)
    ms.add_argument("--member", required=True, metavar="NO", help="nomor anggota, mis. A-0001")
    ms.add_argument(
        "--from",
        dest="date_from",
        type=date_arg("from"),
        required=True,
        metavar="TANGGAL",
        help="awal periode (HH-BB-TTTT atau TTTT-BB-HH)",
    )
    ms.add_argument(
        "--to",
        dest="date_to",
        type=date_arg("to"),
        required=True,
        metavar="TANGGAL",
        help="akhir periode",
    )
    _out(ms, ".pdf atau .csv")
    ms.set_defaults(handler=cmd_member_statement)

    rc = group.add_parser("receipt", help="cetak ulang bukti transaksi simpanan (PDF)")
    add_db(rc)
    rc.add_argument("--number", required=True, metavar="N", help="nomor bukti, mis. BS-2025-000001")
    rc.add_argument(
        "--layout",
        choices=("a5", "58mm"),
        default="a5",
        help="a5 (kertas A5 mendatar, bawaan) atau 58mm (printer struk)",
    )
    _out(rc, ".pdf")
    rc.set_defaults(handler=cmd_receipt)

    dc = group.add_parser("daily-cash", help="laporan kas harian (PDF)")
    add_db(dc)
    dc.add_argument(
        "--date", type=date_arg("date"), required=True, metavar="TANGGAL", help="hari laporan"
    )
    dc.add_argument(
        "--account", default=coa.CASH, metavar="KODE", help=f"akun kas (bawaan {coa.CASH})"
    )
    _out(dc, ".pdf")
    dc.set_defaults(handler=cmd_daily_cash)

    sr = group.add_parser("savings-recap", help="rekapitulasi simpanan per produk (PDF atau CSV)")
    add_db(sr)
    sr.add_argument(
        "--as-of",
        type=date_arg("as_of"),
        required=True,
        metavar="TANGGAL",
        help="keadaan per akhir tanggal ini",
    )
    _out(sr, ".pdf atau .csv")
    sr.set_defaults(handler=cmd_savings_recap)

    wa = group.add_parser(
        "wajib-arrears", help="daftar tagihan dan tunggakan simpanan wajib (PDF atau CSV)"
    )
    add_db(wa)
    wa.add_argument(
        "--as-of",
        type=date_arg("as_of"),
        required=True,
        metavar="TANGGAL",
        help="tagihan sampai dengan bulan tanggal ini, pembayaran sampai tanggal ini",
    )
    wa.add_argument(
        "--all",
        dest="all_members",
        action="store_true",
        help="semua anggota aktif, bukan hanya yang menunggak",
    )
    _out(wa, ".pdf atau .csv")
    wa.set_defaults(handler=cmd_wajib_arrears)

    tl = group.add_parser(
        "tax-list", help="daftar pemotongan PPh 4(2) atas jasa simpanan sebulan (PDF atau CSV)"
    )
    add_db(tl)
    tl.add_argument(
        "--month", required=True, metavar="TTTT-BB", help="bulan yang sudah diproses, mis. 2025-02"
    )
    _out(tl, ".pdf atau .csv")
    tl.set_defaults(handler=cmd_tax_list)


def _out(parser: argparse.ArgumentParser, kinds: str) -> None:
    parser.add_argument(
        "--out", type=out_arg, required=True, metavar="FILE", help=f"berkas keluaran ({kinds})"
    )


def write_paper(args: argparse.Namespace, pdf: Maker, csv: Maker | None = None) -> int:
    """Make the PDF (or the CSV where there is one) and write it whole or not at all."""
    from kopdesk.app.document_files import write_document

    kind = args.out.suffix.lower()
    allowed = (".pdf", ".csv") if csv is not None else (".pdf",)
    if kind not in allowed:
        raise ValidationError(
            "out",
            "Berkas keluaran harus berakhiran "
            + (".pdf atau .csv." if csv is not None else ".pdf."),
        )
    make = csv if kind == ".csv" and csv is not None else pdf
    with signed_in(args, write=kind == ".pdf") as (book, actor):
        data = make(book, actor, args)
    write_document(args.out, data)
    print(args.out)
    return 0


# --- member statement ---------------------------------------------------------------


def _statement_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.savings import papers as savings_papers

    del actor
    with book.read() as session:
        st = savings_papers.member_statement(session, args.member, args.date_from, args.date_to)
    rows: list[tuple[object, ...]] = []
    for part in st.accounts:
        rows.append(
            (part.account_number, st.date_from.isoformat(), "", "", "Saldo awal", 0, 0,
             part.opening_balance)
        )  # fmt: skip
        rows += [
            (part.account_number, r.date.isoformat(), r.entry_number, r.receipt_number,
             r.description, r.debit, r.credit, r.balance)
            for r in part.rows
        ]  # fmt: skip
        rows.append(
            (part.account_number, st.date_to.isoformat(), "", "", "Saldo akhir", 0, 0,
             part.closing_balance)
        )  # fmt: skip
    header = ["account", "date", "entry", "receipt", "description", "debit", "credit", "balance"]
    return csv_bytes(header, rows)


def cmd_member_statement(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _statement_csv)


# --- receipt, daily cash --------------------------------------------------------------


def cmd_receipt(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)


def cmd_daily_cash(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)


# --- savings recap ----------------------------------------------------------------------


def _recap_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.savings import papers as savings_papers

    del actor
    with book.read() as session:
        recap = savings_papers.savings_recap(session, args.as_of)
    rows = [
        (r.product_code, r.accounts, r.members, r.subledger, r.gl, r.difference) for r in recap.rows
    ]
    return csv_bytes(["product", "accounts", "members", "subledger", "gl", "difference"], rows)


def cmd_savings_recap(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _recap_csv)


# --- simpanan wajib arrears -------------------------------------------------------------


def _wajib_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.savings import papers as savings_papers

    del actor
    with book.read() as session:
        report = savings_papers.wajib_arrears(session, args.as_of, not args.all_members)
    rows = [
        (r.member_number, r.member_name, r.member_class, r.monthly, r.due, r.paid, r.arrears,
         r.months_behind)
        for r in report.rows
    ]  # fmt: skip
    header = ["member", "name", "class", "monthly", "due", "paid", "arrears", "months_behind"]
    return csv_bytes(header, rows)


def cmd_wajib_arrears(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _wajib_csv)


# --- PPh 4(2) list ------------------------------------------------------------------------


def _tax_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.savings import papers as savings_papers

    del actor
    with book.read() as session:
        report = savings_papers.tax_withholding(session, args.month)
    rows = [(r.member_number, r.member_name, r.nik, r.npwp, r.gross, r.tax, r.net)
            for r in report.rows]  # fmt: skip
    return csv_bytes(["member", "name", "nik", "npwp", "gross", "tax", "net"], rows)


def cmd_tax_list(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _tax_csv)
