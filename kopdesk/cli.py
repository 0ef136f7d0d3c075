"""The ``kopdesk`` command: no arguments opens the window, sub-commands script
the same services the window uses.

Errors print one Indonesian line to stderr and exit non-zero, writing nothing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

from sqlalchemy.orm import Session

from kopdesk import __version__
from kopdesk.db import Book, default_book_path, open_book
from kopdesk.domain.dates import parse_date
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.money import format_number, parse_rupiah
from kopdesk.errors import KopdeskError, StorageError, ValidationError
from kopdesk.services import accounts, books, journal, ledger
from kopdesk.services.users import current_user

T = TypeVar("T")
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage mistakes in one Indonesian line."""

    def error(self, message: str) -> NoReturn:
        for english, indonesian in _ARGPARSE_ID:
            message = re.sub(english, indonesian, message)
        self.exit(EXIT_USAGE, f"kesalahan: {message.rstrip('.')}. Lihat '{self.prog} --help'.\n")


_ARGPARSE_ID = (
    (r"^argument (\S+): ", r"\1: "),
    (r"the following arguments are required: ", "argumen wajib belum diisi: "),
    (r"unrecognized arguments: ", "argumen tidak dikenal: "),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"pilihan \1 tidak dikenal (pilih \2)"),
    (r"expected one argument", "perlu satu nilai"),
    (r"invalid (\w+) value: (.*)", r"nilai \2 tidak valid"),
)


def _date(field: str) -> Callable[[str], dt.date]:
    def parse(text: str) -> dt.date:
        try:
            return parse_date(text, field=field)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc

    return parse


def _line(text: str) -> journal.LineInput:
    code, sep, amount = text.partition(":")
    if not sep or not code.strip():
        raise argparse.ArgumentTypeError(
            f"baris jurnal '{text}' harus berbentuk KODE:JUMLAH, misalnya 1101:1250000"
        )
    try:
        return journal.LineInput(code.strip(), parse_rupiah(amount, field="jumlah"))
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(f"baris '{text}': {exc.message}") from exc


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="berkas buku (.sqlite) atau URL basis data; bawaan: KOPDESK_DATABASE_URL "
        f"atau {default_book_path()}",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kopdesk",
        description="kopdesk: pembukuan koperasi simpan pinjam. Tanpa argumen membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"kopdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    gui = sub.add_parser("gui", help="buka jendela kopdesk")
    _add_db(gui)

    init = sub.add_parser("init", help="buat buku baru untuk koperasi")
    _add_db(init)
    init.add_argument("--name", required=True, help="nama koperasi")
    init.add_argument("--type", choices=[t.value for t in CoopType], default="ksp")
    init.add_argument("--year", type=int, default=dt.date.today().year, help="tahun buku pertama")
    init.add_argument("--legal-number", default="", help="nomor badan hukum")
    init.add_argument("--legal-date", type=_date("legal_date"), help="tanggal badan hukum")
    init.add_argument("--nik", default="", help="Nomor Induk Koperasi (16 angka)")
    init.add_argument("--address", default="", help="alamat koperasi")
    init.add_argument("--fiscal-start-month", type=int, default=1, help="bulan awal tahun buku")

    demo = sub.add_parser("demo", help="buat buku contoh berisi transaksi")
    _add_db(demo)

    _add_ledger_commands(sub)
    _add_report_commands(sub)
    return parser


def _add_ledger_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    acc = sub.add_parser("accounts", help="daftar akun").add_subparsers(
        dest="action", metavar="AKSI", required=True, parser_class=_Parser
    )
    acc_list = acc.add_parser("list", help="daftar akun dengan saldo")
    _add_db(acc_list)
    acc_list.add_argument("--as-of", type=_date("as_of"), default=None)
    acc_add = acc.add_parser("add", help="tambah akun di bawah akun induk")
    _add_db(acc_add)
    acc_add.add_argument("--code", required=True)
    acc_add.add_argument("--name", required=True)
    acc_add.add_argument("--parent", required=True)

    jr = sub.add_parser("journal", help="jurnal umum").add_subparsers(
        dest="action", metavar="AKSI", required=True, parser_class=_Parser
    )
    jpost = jr.add_parser("post", help="posting jurnal manual")
    _add_db(jpost)
    jpost.add_argument("--date", type=_date("date"), required=True)
    jpost.add_argument("--memo", required=True, help="keterangan jurnal")
    jpost.add_argument(
        "--line",
        type=_line,
        action="append",
        required=True,
        metavar="KODE:JUMLAH",
        help="jumlah rupiah: positif = debit, negatif = kredit",
    )
    jrev = jr.add_parser("reverse", help="buat jurnal pembalik")
    _add_db(jrev)
    jrev.add_argument("--entry", required=True, metavar="NOMOR")
    jrev.add_argument("--date", type=_date("date"), required=True)
    jlist = jr.add_parser("list", help="daftar jurnal")
    _add_db(jlist)
    jlist.add_argument("--from", dest="date_from", type=_date("from"), default=None)
    jlist.add_argument("--to", dest="date_to", type=_date("to"), default=None)


def _add_report_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    rep = sub.add_parser("report", help="cetak laporan ke PDF atau CSV").add_subparsers(
        dest="action", metavar="LAPORAN", required=True, parser_class=_Parser
    )
    tb = rep.add_parser("trial-balance", help="neraca saldo")
    _add_db(tb)
    tb.add_argument("--as-of", type=_date("as_of"), required=True)
    tb.add_argument("--out", type=Path, required=True, metavar="FILE")
    rj = rep.add_parser("journal", help="jurnal umum")
    _add_db(rj)
    rj.add_argument("--from", dest="date_from", type=_date("from"), required=True)
    rj.add_argument("--to", dest="date_to", type=_date("to"), required=True)
    rj.add_argument("--out", type=Path, required=True, metavar="FILE")
    rl = rep.add_parser("ledger", help="buku besar satu akun")
    _add_db(rl)
    rl.add_argument("--account", required=True, metavar="KODE")
    rl.add_argument("--from", dest="date_from", type=_date("from"), required=True)
    rl.add_argument("--to", dest="date_to", type=_date("to"), required=True)
    rl.add_argument("--out", type=Path, required=True, metavar="FILE")


def _db_target(args: argparse.Namespace) -> str | Path | None:
    value: str | None = args.db
    return value


def _out_kind(path: Path) -> str:
    kind = path.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf atau .csv.")
    return kind


def _csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _new_book(target: str | Path, what: str, build: Callable[[Session], T]) -> T:
    """Create a book file at ``target`` and fill it with ``build`` in one unit of work.

    An existing file is never touched; if ``build`` fails, the new file is removed.
    """
    path = Path(target) if "://" not in str(target) else None
    if path is not None and path.exists():
        raise StorageError(f"Berkas {path} sudah ada; pilih nama berkas lain untuk {what}.")
    book = open_book(target, create=True)
    try:
        with book.unit_of_work() as session:
            result = build(session)
    except BaseException:
        book.close()
        if path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    book.close()
    return result


def cmd_init(args: argparse.Namespace) -> int:
    target = _db_target(args) or default_book_path()
    data = books.validate_profile(
        books.ProfileInput(
            name=args.name,
            coop_type=CoopType(args.type),
            legal_number=args.legal_number,
            legal_date=args.legal_date,
            nik_koperasi=args.nik,
            address=args.address,
            fiscal_year_start_month=args.fiscal_start_month,
        )
    )
    books.check_year(args.year)
    profile = _new_book(
        target, "buku baru", lambda session: books.create_book(session, data, args.year)
    )
    print(f"Buku {profile.name} dibuat: {target} (tahun buku {args.year}).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kopdesk.services.demo import build_demo

    target = _db_target(args) or default_book_path().with_name("kopdesk-demo.sqlite")
    summary = _new_book(
        target, "buku contoh", lambda session: build_demo(session, user=current_user())
    )
    print(f"Buku contoh dibuat: {target} ({summary}).")
    return 0


def _open(args: argparse.Namespace) -> Book:
    return open_book(_db_target(args))


def cmd_accounts(args: argparse.Namespace) -> int:
    book = _open(args)
    try:
        if args.action == "add":
            with book.unit_of_work() as session:
                info = accounts.add_account(session, args.code, args.name, args.parent)
            print(f"Akun {info.code} {info.name} ditambahkan di bawah {info.parent_code}.")
            return 0
        as_of = args.as_of or dt.date.today()
        with book.read() as session:
            items = accounts.account_balances(session, as_of)
        for item in items:
            info = item.account
            flag = "" if info.active else " (nonaktif)"
            indent = "  " * info.level
            print(
                f"{indent}{info.code:<6} {info.name}{flag}".ljust(60)
                + f"{format_number(item.natural):>20}"
            )
        return 0
    finally:
        book.close()


def cmd_journal(args: argparse.Namespace) -> int:
    book = _open(args)
    try:
        if args.action == "post":
            entry = journal.EntryInput(date=args.date, description=args.memo, lines=args.line)
            with book.unit_of_work() as session:
                posted = journal.post_entry(session, entry, user=current_user())
            print(posted.number)
        elif args.action == "reverse":
            with book.unit_of_work() as session:
                posted = journal.reverse_entry(session, args.entry, args.date, user=current_user())
            print(posted.number)
        else:
            flt = journal.JournalFilter(date_from=args.date_from, date_to=args.date_to)
            with book.read() as session:
                rows = journal.entry_summaries(session, journal.entry_ids(session, flt))
            for row in reversed(rows):
                amount = format_number(row.total)
                print(f"{row.number}  {row.date:%d-%m-%Y}  {amount:>18}  {row.description}")
        return 0
    finally:
        book.close()


def _trial_balance_csv(book: Book, args: argparse.Namespace) -> bytes:
    with book.read() as session:
        tb = ledger.trial_balance(session, args.as_of)
    return _csv_bytes(
        ["code", "name", "debit", "credit"], [(r.code, r.name, r.debit, r.credit) for r in tb.rows]
    )


def _journal_csv(book: Book, args: argparse.Namespace) -> bytes:
    with book.read() as session:
        jr = ledger.journal_report(session, args.date_from, args.date_to)
    return _csv_bytes(
        ["number", "date", "description", "code", "name", "debit", "credit"],
        [
            (e.number, e.date.isoformat(), e.description, ln.code, ln.name, ln.debit, ln.credit)
            for e in jr.entries
            for ln in e.lines
        ],
    )


def _ledger_csv(book: Book, args: argparse.Namespace) -> bytes:
    with book.read() as session:
        gl = ledger.general_ledger(session, args.account, args.date_from, args.date_to)
    rows: list[tuple[object, ...]] = [
        (args.date_from.isoformat(), "", "Saldo awal", 0, 0, gl.opening_balance)
    ]
    rows += [
        (r.date.isoformat(), r.number, r.description, r.debit, r.credit, r.balance) for r in gl.rows
    ]
    return _csv_bytes(["date", "number", "description", "debit", "credit", "balance"], rows)


def _report_pdf(book: Book, args: argparse.Namespace) -> bytes:
    from kopdesk import documents

    user = current_user()
    if args.action == "trial-balance":
        return documents.trial_balance_pdf(book, args.as_of, user=user)
    if args.action == "journal":
        return documents.journal_pdf(book, args.date_from, args.date_to, user=user)
    return documents.ledger_pdf(book, args.account, args.date_from, args.date_to, user=user)


_CSV_REPORTS: dict[str, Callable[[Book, argparse.Namespace], bytes]] = {
    "trial-balance": _trial_balance_csv,
    "journal": _journal_csv,
    "ledger": _ledger_csv,
}


def cmd_report(args: argparse.Namespace) -> int:
    kind = _out_kind(args.out)
    book = _open(args)
    try:
        data = _report_pdf(book, args) if kind == ".pdf" else _CSV_REPORTS[args.action](book, args)
    finally:
        book.close()
    from kopdesk.documents import write_document

    write_document(args.out, data)
    print(args.out)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from kopdesk.ui.app import run_gui

    target = _db_target(args)
    return run_gui(Path(target) if target else None)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "init": cmd_init,
    "demo": cmd_demo,
    "accounts": cmd_accounts,
    "journal": cmd_journal,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``kopdesk`` console script."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        args.db = None
        return cmd_gui(args)
    try:
        return COMMANDS[args.command](args)
    except KopdeskError as exc:
        print(f"kesalahan: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
