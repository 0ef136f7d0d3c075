"""The books: ``accounts``, ``journal`` and ``report`` sub-commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kopdesk.cli.common import (
    APPROVER_PASSWORD_ENV,
    SubParsers,
    actions,
    add_db,
    csv_bytes,
    csv_cell,
    csv_chunks,
    date_arg,
    out_arg,
    paper_pdf,
    signed_in,
    with_approval,
)
from kopdesk.domain import clock
from kopdesk.domain.money import format_number, parse_rupiah
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.services.ledger import journal
    from kopdesk.storage.db import Book


def _line(text: str) -> journal.LineInput:
    from kopdesk.services.ledger import journal

    code, sep, amount = text.partition(":")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(
            f"baris jurnal '{text}' harus berbentuk KODE:JUMLAH, misalnya 1101:1250000"
        )
    try:
        return journal.LineInput(code.strip(), parse_rupiah(amount, field="jumlah"))
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(f"baris '{text}': {exc.message}") from exc


def register(sub: SubParsers) -> SubParsers:
    """Register the ledger commands; returns the ``report`` group for other papers."""
    acc = actions(sub, "accounts", "daftar akun")
    acc_list = acc.add_parser("list", help="daftar akun dengan saldo")
    add_db(acc_list)
    acc_list.add_argument("--as-of", type=date_arg("as_of"), default=None)
    acc_list.set_defaults(handler=cmd_accounts_list)
    acc_add = acc.add_parser("add", help="tambah akun di bawah akun induk")
    add_db(acc_add)
    acc_add.add_argument("--code", required=True)
    acc_add.add_argument("--name", required=True)
    acc_add.add_argument("--parent", required=True)
    acc_add.set_defaults(handler=cmd_accounts_add)

    jr = actions(sub, "journal", "jurnal umum")
    jpost = jr.add_parser("post", help="posting jurnal manual")
    add_db(jpost)
    jpost.add_argument("--date", type=date_arg("date"), required=True)
    jpost.add_argument("--memo", required=True, help="keterangan jurnal")
    jpost.add_argument(
        "--line",
        type=_line,
        action="append",
        required=True,
        metavar="KODE:JUMLAH",
        help="jumlah rupiah: positif = debit, negatif = kredit",
    )
    jpost.set_defaults(handler=cmd_journal_post)
    jrev = jr.add_parser("reverse", help="buat jurnal pembalik")
    add_db(jrev)
    jrev.add_argument("--entry", required=True, metavar="NOMOR")
    jrev.add_argument("--date", type=date_arg("date"), required=True)
    jrev.add_argument(
        "--approver",
        metavar="NAMA",
        help="pengguna kedua yang menyetujui (jurnal lama); kata sandi dari "
        f"{APPROVER_PASSWORD_ENV} atau ditanyakan",
    )
    jrev.set_defaults(handler=cmd_journal_reverse)
    jlist = jr.add_parser("list", help="daftar jurnal")
    add_db(jlist)
    jlist.add_argument("--from", dest="date_from", type=date_arg("from"), default=None)
    jlist.add_argument("--to", dest="date_to", type=date_arg("to"), default=None)
    jlist.set_defaults(handler=cmd_journal_list)
    return _register_reports(sub)


def _register_reports(sub: SubParsers) -> SubParsers:
    rep = actions(sub, "report", "cetak laporan ke PDF atau CSV")
    tb = rep.add_parser("trial-balance", help="neraca saldo")
    add_db(tb)
    tb.add_argument("--as-of", type=date_arg("as_of"), required=True)
    rj = rep.add_parser("journal", help="jurnal umum")
    add_db(rj)
    rj.add_argument("--from", dest="date_from", type=date_arg("from"), required=True)
    rj.add_argument("--to", dest="date_to", type=date_arg("to"), required=True)
    rl = rep.add_parser("ledger", help="buku besar satu akun")
    add_db(rl)
    rl.add_argument("--account", required=True, metavar="KODE")
    rl.add_argument("--from", dest="date_from", type=date_arg("from"), required=True)
    rl.add_argument("--to", dest="date_to", type=date_arg("to"), required=True)
    for parser in (tb, rj, rl):
        parser.add_argument("--out", type=out_arg, required=True, metavar="FILE")
        parser.set_defaults(handler=cmd_report)
    return rep


def cmd_accounts_list(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import accounts

    as_of = args.as_of or clock.today()
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        items = accounts.account_balances(session, as_of)
    for item in items:
        info = item.account
        flag = "" if info.active else " (nonaktif)"
        label = f"{'  ' * info.level}{info.code:<6} {info.name}{flag}"
        print(f"{label:<60}{format_number(item.natural):>20}")
    return 0


def cmd_accounts_add(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import accounts

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = accounts.add_account(session, actor, args.code, args.name, args.parent)
    print(f"Akun {info.code} {info.name} ditambahkan di bawah {info.parent_code}.")
    return 0


def cmd_journal_post(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import journal

    entry = journal.EntryInput(date=args.date, description=args.memo, lines=args.line)
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        posted = journal.post_entry(session, entry, actor=actor)
    print(posted.number)
    return 0


def cmd_journal_reverse(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import journal

    with signed_in(args) as (book, actor):
        posted = with_approval(
            args,
            book,
            actor,
            Permission.JOURNAL_REVERSE,
            lambda session, grant: journal.reverse_entry(
                session, args.entry, args.date, actor=actor, approval=grant
            ),
        )
    print(posted.number)
    return 0


def cmd_journal_list(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import journal

    flt = journal.JournalFilter(date_from=args.date_from, date_to=args.date_to)
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = journal.entry_summaries(session, journal.entry_ids(session, flt))
    for row in reversed(rows):
        amount = format_number(row.total)
        print(f"{row.number}  {row.date:%d-%m-%Y}  {amount:>18}  {row.description}")
    return 0


def _trial_balance_csv(book: Book, args: argparse.Namespace) -> bytes:
    from kopdesk.services.ledger import reports as ledger

    with book.read() as session:
        tb = ledger.trial_balance(session, args.as_of)
    return csv_bytes(
        ["code", "name", "debit", "credit"], [(r.code, r.name, r.debit, r.credit) for r in tb.rows]
    )


JOURNAL_COLUMNS = ("number", "date", "description", "code", "name", "debit", "credit")


def _write_journal_csv(book: Book, args: argparse.Namespace) -> None:
    """The Jurnal Umum as CSV, written as the lines are read (the whole book's journal
    is never held in memory); nothing is left behind when it fails."""
    from kopdesk.app.document_files import write_document_chunks
    from kopdesk.services.ledger import reports as ledger

    cell = csv_cell()
    with book.read() as session:
        batches = (
            [(cell(n), cell(d), cell(t), cell(c), cell(a), dr, cr)
             for n, d, t, c, a, dr, cr in rows]
            for rows in ledger.journal_line_batches(session, args.date_from, args.date_to)
        )  # fmt: skip
        write_document_chunks(args.out, csv_chunks(JOURNAL_COLUMNS, batches))


def _ledger_csv(book: Book, args: argparse.Namespace) -> bytes:
    from kopdesk.services.ledger import reports as ledger

    with book.read() as session:
        gl = ledger.general_ledger(session, args.account, args.date_from, args.date_to)
    rows: list[tuple[object, ...]] = [
        (args.date_from.isoformat(), "", "Saldo awal", 0, 0, gl.opening_balance)
    ]
    rows += [
        (r.date.isoformat(), r.number, r.description, r.debit, r.credit, r.balance) for r in gl.rows
    ]
    return csv_bytes(["date", "number", "description", "debit", "credit", "balance"], rows)


_CSV = {"trial-balance": _trial_balance_csv, "ledger": _ledger_csv}


def cmd_report(args: argparse.Namespace) -> int:
    from kopdesk.app.document_files import write_document

    kind = args.out.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf atau .csv.")
    with signed_in(args) as (book, actor):
        if kind == ".csv" and args.action == "journal":
            _write_journal_csv(book, args)
            print(args.out)
            return 0
        data = paper_pdf(book, actor, args) if kind == ".pdf" else _CSV[args.action](book, args)
    write_document(args.out, data)
    print(args.out)
    return 0
