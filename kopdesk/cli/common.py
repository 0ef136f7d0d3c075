"""What every sub-command shares: the Indonesian argument parser, argument
types, signing in, creating book files, CSV output."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from kopdesk.cli.argparse_id import (
    VERSION,
    IndonesianHelpFormatter,
    indonesian_message,
    translate_parser,
)
from kopdesk.errors import ApprovalRequiredError, AuthenticationError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kopdesk.domain.permissions import Actor, Permission
    from kopdesk.storage.db import Book

T = TypeVar("T")
EXIT_ERROR = 1
EXIT_USAGE = 2
# Names of environment variables, not passwords.
USER_ENV = "KOPDESK_USER"
PASSWORD_ENV = "KOPDESK_PASSWORD"  # noqa: S105
APPROVER_PASSWORD_ENV = "KOPDESK_APPROVER_PASSWORD"  # noqa: S105
NEW_PASSWORD_ENV = "KOPDESK_NEW_PASSWORD"  # noqa: S105
DEFAULT_USER = "admin"

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """argparse that speaks Indonesian (:mod:`kopdesk.cli.argparse_id`): its help, and
    usage mistakes in one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", IndonesianHelpFormatter)
        super().__init__(*args, **kwargs)
        translate_parser(self)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", VERSION)
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        message = indonesian_message(message)
        self.exit(EXIT_USAGE, f"kesalahan: {message.rstrip('.')}. Lihat '{self.prog} --help'.\n")


if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[Parser]
else:  # not subscriptable at run time on Python 3.11
    SubParsers = argparse._SubParsersAction


def date_arg(field: str) -> Callable[[str], dt.date]:
    """An argparse type for Indonesian or ISO dates, with the Indonesian message."""

    def parse(text: str) -> dt.date:
        from kopdesk.domain.dates import parse_date

        try:
            return parse_date(text, field=field)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc

    return parse


def amount_arg(text: str) -> int:
    """An argparse type for rupiah (``1250000``, ``1.250.000``, ``Rp1.250.000``)."""
    from kopdesk.domain.money import parse_rupiah

    try:
        return parse_rupiah(text, field="jumlah")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def int_arg(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``; ``what`` names it
    in the Indonesian message (``tahun buku harus 1990 sampai 2100``)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:  # also a number too long to read (over 4,300 digits)
            raise argparse.ArgumentTypeError(
                f"{what} harus bilangan bulat {low} sampai {high}"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} harus {low} sampai {high}")
        return value

    return parse


def year_arg(text: str) -> int:
    """An argparse type for a fiscal year (the range ``books.check_year`` accepts);
    the ledger service that knows the range loads only when a year is read."""
    from kopdesk.services.ledger.books import MAX_YEAR, MIN_YEAR

    return int_arg(MIN_YEAR, MAX_YEAR, "tahun buku")(text)


def month_arg(text: str) -> str:
    """An argparse type for a month, written back as ``YYYY-MM``."""
    from kopdesk.domain.savings import month_bounds

    try:
        first, _last = month_bounds(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc
    return f"{first:%Y-%m}"


def add_db(parser: argparse.ArgumentParser, *, signed_in: bool = True) -> None:
    """``--db`` and, for commands that act on a book, ``--user``."""
    from kopdesk.storage.paths import default_book_path

    parser.add_argument(
        "--db",
        metavar="PATH",
        help="berkas buku (.sqlite) atau URL basis data; bawaan: KOPDESK_DATABASE_URL "
        f"atau {default_book_path()}",
    )
    if signed_in:
        parser.add_argument(
            "--user",
            metavar="NAMA",
            help=f"pengguna yang masuk (bawaan: {USER_ENV} atau '{DEFAULT_USER}'); "
            f"kata sandi dari {PASSWORD_ENV} atau ditanyakan",
        )


def db_target(args: argparse.Namespace) -> str | Path | None:
    value: str | None = args.db
    return value


def read_password(env: str, prompt: str) -> str:
    """A password from ``env`` or typed at the terminal; never echoed."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise AuthenticationError(
            f"Kata sandi diperlukan: setel {env} atau jalankan perintah ini di terminal."
        )
    import getpass

    return getpass.getpass(prompt)


def username_of(args: argparse.Namespace) -> str:
    chosen: str | None = getattr(args, "user", None)
    return chosen or os.environ.get(USER_ENV) or DEFAULT_USER


@contextmanager
def signed_in(args: argparse.Namespace, *, write: bool = True) -> Iterator[tuple[Book, Actor]]:
    """Open the book of ``--db`` and sign in as ``--user``; closes the book after.

    A command that writes holds the single-writer lock while it runs, so it is
    refused (naming who) while a window has the book open for writing.
    """
    from kopdesk.app.auth import sign_in
    from kopdesk.storage.db import open_book

    name = username_of(args)
    book = open_book(db_target(args), writer=name if write else None)
    try:
        password = read_password(PASSWORD_ENV, f"Kata sandi {name}: ")
        actor = sign_in(book, name, password, record_session=False)
        yield book, actor
    finally:
        book.close()


def approval_from(
    args: argparse.Namespace, book: Book, actor: Actor, permission: Permission
) -> int | None:
    """The grant id for ``--approver`` (password from the env or a prompt), or None."""
    from kopdesk.app.auth import request_approval

    approver: str | None = getattr(args, "approver", None)
    if not approver:
        return None
    password = read_password(APPROVER_PASSWORD_ENV, f"Kata sandi {approver} (penyetuju): ")
    return request_approval(book, actor, approver, password, permission)


def with_approval(
    args: argparse.Namespace,
    book: Book,
    actor: Actor,
    permission: Permission,
    action: Callable[[Session, int | None], T],
) -> T:
    """Run ``action(session, grant)`` in one unit of work under dual control.

    It runs first without an approval: a command refused for its rights or its
    arguments is refused then, and stores no approval nor its audit record. Only
    when the service asks for a second user (``ApprovalRequiredError``) is the
    ``--approver`` asked, and the action runs again with the grant, which it
    consumes in the same transaction, so only an action that goes through uses it.
    """
    try:
        with book.unit_of_work() as session:
            return action(session, None)
    except ApprovalRequiredError as exc:
        if not getattr(args, "approver", None):
            raise ApprovalRequiredError(
                f"{exc.message} Ulangi dengan --approver NAMA.", exc.permission
            ) from exc
    grant = approval_from(args, book, actor, permission)
    with book.unit_of_work() as session:
        return action(session, grant)


def backup_before(book: Book, actor: Actor, permission: Permission, what: str) -> None:
    """The pre-``what`` backup, made only once ``actor`` may do what follows (a
    kasir's refused year-end close made a 7.5 MB backup first)."""
    from kopdesk.app import maintenance
    from kopdesk.services.base.access import authorize

    with book.read() as session:
        authorize(session, actor, permission)
    maintenance.before_risky(book, what)


def out_arg(text: str) -> Path:
    """An argparse type for an output file: its folder must exist and be writable,
    so a paper is not numbered in the book and then fail to be written."""
    path = Path(text).expanduser()
    folder = path.parent
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} adalah folder; tulis nama berkasnya")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"folder {folder} tidak ada; buat foldernya dulu")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"folder {folder} tidak dapat ditulisi; pilih folder lain")
    return path


def paper_pdf(book: Book, actor: Actor, args: argparse.Namespace, **extra: object) -> bytes:
    """The PDF of the registry paper that ``kopdesk report <action>`` names, for the
    parameters on its command line (and ``extra``)."""
    from kopdesk.app.papers import Params, print_paper

    return print_paper(args.action, book, actor, Params.from_args(args, **extra))


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """UTF-8 CSV; text that a spreadsheet would run as a formula gets the usual
    leading apostrophe, numbers stay numbers (``spreadsheets.csv_row``)."""
    import csv
    import io

    from kopdesk.services.imports.sheets import csv_row

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(csv_row(header))
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue().encode("utf-8")


def csv_cell() -> Callable[[object], object]:
    """One cell as :func:`csv_bytes` writes it (``spreadsheets.csv_row``), remembered
    for the most recent values: an export's rows repeat their text (an entry's lines
    its number, date and description; the accounts)."""
    from kopdesk.services.imports.sheets import csv_row

    @functools.lru_cache(maxsize=4_096)
    def cell(value: object) -> object:
        return csv_row((value,))[0]

    return cell


def csv_chunks(
    header: Sequence[str], batches: Iterable[Iterable[Sequence[object]]]
) -> Iterator[bytes]:
    """:func:`csv_bytes` one batch of rows at a time, for a file written as the rows
    come (the pieces joined are the same bytes). The rows' cells must already be as
    :func:`csv_cell` makes them (whole numbers need nothing)."""
    from kopdesk.services.imports.sheets import csv_row

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(csv_row(header))
    for rows in batches:
        writer.writerows(rows)
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def actions(sub: SubParsers, name: str, help_text: str) -> SubParsers:
    """A command with its own sub-commands (``kopdesk journal post``)."""
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest="action", metavar="AKSI", required=True, parser_class=Parser)
