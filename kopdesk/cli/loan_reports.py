"""Loan papers: ``kopdesk report arrears|collectibility|portfolio|loan-agreement|
loan-card|loan-receipt``.

PDFs are registered, verifiable papers (they need the book open for writing,
like every other paper); CSV files are plain data in integer rupiah.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kopdesk.cli.common import SubParsers, add_db, csv_bytes, date_arg, out_arg, paper_pdf
from kopdesk.cli.savings_reports import write_paper
from kopdesk.domain.permissions import Actor

if TYPE_CHECKING:
    from kopdesk.storage.db import Book

__all__ = ["register"]


def register(group: SubParsers) -> None:
    """Add the loan papers to ``group`` (the ``kopdesk report`` sub-commands)."""
    ar = group.add_parser("arrears", help="daftar tunggakan pinjaman dengan umurnya (PDF atau CSV)")
    _common(ar, as_of=True, kinds=".pdf atau .csv")
    ar.set_defaults(handler=cmd_arrears)

    co = group.add_parser(
        "collectibility", help="laporan kolektibilitas pinjaman dan PPAP (PDF atau CSV)"
    )
    _common(co, as_of=True, kinds=".pdf atau .csv")
    co.set_defaults(handler=cmd_collectibility)

    po = group.add_parser("portfolio", help="rekap portofolio pinjaman per produk (PDF atau CSV)")
    _common(po, as_of=True, kinds=".pdf atau .csv")
    po.set_defaults(handler=cmd_portfolio)

    ag = group.add_parser("loan-agreement", help="ringkasan perjanjian pinjaman (PDF)")
    _common(ag, number="nomor pinjaman, mis. PJ-2025-0001", kinds=".pdf")
    ag.add_argument("--as-of", type=date_arg("as_of"), metavar="TANGGAL",
                    help="tidak dipakai; diterima agar sama dengan loan-card")  # fmt: skip
    ag.set_defaults(handler=cmd_loan_agreement)

    lc = group.add_parser("loan-card", help="kartu angsuran pinjaman per tanggal (PDF)")
    _common(lc, number="nomor pinjaman, mis. PJ-2025-0001", kinds=".pdf")
    lc.add_argument("--as-of", type=date_arg("as_of"), metavar="TANGGAL",
                    help="keadaan per akhir tanggal ini (bawaan: hari ini)")  # fmt: skip
    lc.set_defaults(handler=cmd_loan_card)

    lr = group.add_parser(
        "loan-receipt", help="cetak ulang bukti pembayaran angsuran atau pencairan (PDF)"
    )
    _common(lr, number="nomor bukti, mis. BA-2025-000001 atau PC-2025-000001", kinds=".pdf")
    lr.add_argument("--layout", choices=("a5", "58mm"), default="a5",
                    help="a5 (kertas A5 mendatar, bawaan) atau 58mm (printer struk)")  # fmt: skip
    lr.set_defaults(handler=cmd_loan_receipt)


def _common(
    parser: argparse.ArgumentParser, *, kinds: str, as_of: bool = False, number: str = ""
) -> None:
    add_db(parser)
    if as_of:
        parser.add_argument("--as-of", type=date_arg("as_of"), required=True, metavar="TANGGAL",
                            help="keadaan per akhir tanggal ini")  # fmt: skip
    if number:
        parser.add_argument("--number", required=True, metavar="N", help=number)
    parser.add_argument(
        "--out", type=out_arg, required=True, metavar="FILE", help=f"berkas keluaran ({kinds})"
    )


# --- arrears ----------------------------------------------------------------------------

ARREARS_COLUMNS = (
    "loan", "member", "name", "product", "outstanding", "overdue_principal", "overdue_interest",
    "late_fee", "days_past_due", "bucket", "grade",
)  # fmt: skip
COLLECTIBILITY_COLUMNS = (
    "grade", "loans", "outstanding", "percent", "required", "collateral_deducted",
)  # fmt: skip
"""required = percent × (outstanding − collateral_deducted)."""
PORTFOLIO_COLUMNS = (
    "product", "loans", "outstanding", "disbursed_count", "disbursed", "npl", "npl_percent",
)  # fmt: skip


def _arrears_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.loans import papers as loan_papers

    del actor
    with book.read() as session:
        report = loan_papers.arrears(session, args.as_of)
    rows = [
        (r.loan_number, r.member_number, r.member_name, r.product_code, r.outstanding,
         r.overdue_principal, r.overdue_interest, r.late_fee, r.days_past_due, r.bucket,
         r.grade_code)
        for r in report.rows
    ]  # fmt: skip
    return csv_bytes(ARREARS_COLUMNS, rows)


def cmd_arrears(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _arrears_csv)


# --- kolektibilitas ----------------------------------------------------------------------


def _collectibility_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.loans import papers as loan_papers

    del actor
    with book.read() as session:
        report = loan_papers.collectibility(session, args.as_of)
    rows = [(g.grade_code, g.loans, g.outstanding, g.percent, g.required, g.collateral_deducted)
            for g in report.grades]  # fmt: skip
    return csv_bytes(COLLECTIBILITY_COLUMNS, rows)


def cmd_collectibility(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _collectibility_csv)


# --- portfolio -------------------------------------------------------------------------------


def _portfolio_csv(book: Book, actor: Actor, args: argparse.Namespace) -> bytes:
    from kopdesk.services.loans import papers as loan_papers

    del actor
    with book.read() as session:
        report = loan_papers.portfolio(session, args.as_of)
    rows = [
        (r.product_code, r.loans, r.outstanding, r.disbursed_count, r.disbursed, r.npl,
         r.npl_percent)
        for r in report.rows
    ]  # fmt: skip
    return csv_bytes(PORTFOLIO_COLUMNS, rows)


def cmd_portfolio(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf, _portfolio_csv)


# --- one loan's papers -------------------------------------------------------------------------


def cmd_loan_agreement(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)


def cmd_loan_card(args: argparse.Namespace) -> int:
    """The card as of ``--as-of`` (the registry paper takes today without one)."""
    return write_paper(args, paper_pdf)


def cmd_loan_receipt(args: argparse.Namespace) -> int:
    return write_paper(args, paper_pdf)
