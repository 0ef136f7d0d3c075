"""Printed papers: a service builds the report data, ``kopdesk.reports`` lays
it out. The GUI and the CLI both print through these functions, so a paper
from a window and one from the command line are the same.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from kopdesk.db import Book
from kopdesk.domain.reportdata import DocumentStamp
from kopdesk.errors import StorageError
from kopdesk.reports.journal import render_journal
from kopdesk.reports.ledger import render_ledger
from kopdesk.reports.trial_balance import render_trial_balance
from kopdesk.services import ledger


def _stamp(user: str) -> DocumentStamp:
    return DocumentStamp(made_at=dt.datetime.now().replace(microsecond=0), made_by=user)


def trial_balance_pdf(book: Book, as_of: dt.date, *, user: str) -> bytes:
    """Neraca Saldo as of a date, as PDF bytes."""
    with book.read() as session:
        report = ledger.trial_balance(session, as_of)
    return render_trial_balance(report, _stamp(user))


def journal_pdf(book: Book, date_from: dt.date, date_to: dt.date, *, user: str) -> bytes:
    """Jurnal Umum for a period, as PDF bytes."""
    with book.read() as session:
        report = ledger.journal_report(session, date_from, date_to)
    return render_journal(report, _stamp(user))


def ledger_pdf(book: Book, code: str, date_from: dt.date, date_to: dt.date, *, user: str) -> bytes:
    """Buku Besar of one account for a period, as PDF bytes."""
    with book.read() as session:
        report = ledger.general_ledger(session, code, date_from, date_to)
    return render_ledger(report, _stamp(user))


def write_document(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename.

    Raises ``StorageError`` (Indonesian) when the folder is missing or not writable.
    """
    path = path.expanduser()
    if not path.parent.is_dir():
        raise StorageError(f"Folder {path.parent} tidak ada; buat foldernya dulu.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kopdesk-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise StorageError(
            f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}). Pilih folder lain."
        ) from exc
