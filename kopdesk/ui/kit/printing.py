"""Showing a printed paper (PDF) in the preview, or saving an export where the
treasurer chooses and opening it.

``ask_save_path``, ``ask_open_path`` and ``open_file`` are module functions so
tests can replace them; papers go through :func:`kopdesk.ui.kit.preview.show_paper`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from kopdesk.app.papers import write_document
from kopdesk.errors import KopdeskError
from kopdesk.ui.kit import messages, preview
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.kit.progress import run_in_worker

T = TypeVar("T")


def ask_save_path(parent: QWidget | None, suggested: str, pattern: str) -> Path | None:
    """Ask where to save ``suggested`` (a file name); None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "Save as"),
        str(Path(folder) / suggested),
        pattern,
    )
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, pattern: str) -> Path | None:
    """Ask which existing file to open; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, folder, pattern)
    return Path(chosen) if chosen else None


def open_file(path: Path) -> None:
    """Open ``path`` with the program the computer uses for its type; when none can,
    say so and where the file is (it is saved all the same)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return
    messages.inform(
        QApplication.activeWindow(),
        QCoreApplication.translate("printing", "Cannot open the file"),
        QCoreApplication.translate(
            "printing",
            "The file is saved at {path}, but this computer has no program set to open "
            "it. Open it from its folder, or install a program for this kind of file "
            "(for a PDF: a PDF reader).",
        ).format(path=path),
    )


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a worker thread while a busy dialog keeps the window alive.

    Long papers (a year's ledger) take seconds; the window keeps repainting and
    the treasurer sees that kopdesk is working. Exceptions reach the caller.
    """
    return run_in_worker(parent, label, lambda _report: work())


def save_document(
    parent: QWidget | None,
    ops: Ops,
    suggested: str,
    make: Callable[[], bytes],
    *,
    pdf: bool = True,
    pattern: str | None = None,
    direct: bool = False,
) -> Path | None:
    """A paper (``suggested`` ends in ``.pdf``): build it with ``make`` and open it
    in the print preview, or with ``direct`` print it straight to the default
    printer (receipts). Anything else: ask a path, build the bytes, write them and
    open the file.

    ``pattern`` is the save dialog's file type (default: PDF, or CSV when
    ``pdf`` is false). Returns the path written (None for a paper, or when
    cancelled or refused after a message).
    """
    if suggested.lower().endswith(".pdf"):
        show_pdf(parent, ops, suggested, make, direct=direct)
        return None
    if pattern is None:
        pattern = (
            QCoreApplication.translate("printing", "PDF documents (*.pdf)")
            if pdf
            else QCoreApplication.translate("printing", "CSV files (*.csv)")
        )
    path = ask_save_path(parent, suggested, pattern)
    if path is None:
        return None
    label = QCoreApplication.translate("printing", "Preparing {name}…").format(name=path.name)
    try:
        run_with_progress(parent, label, lambda: write_document(path, make()))
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return None
    ops.status_message.emit(
        QCoreApplication.translate("printing", "Saved {path}.").format(path=path)
    )
    open_file(path)
    return path


def save_path(parent: QWidget | None, suggested: str, pattern: str) -> Path | None:
    """:func:`ask_save_path` looked up when called (so tests' replacement applies)."""
    return ask_save_path(parent, suggested, pattern)


def show_pdf(
    parent: QWidget | None,
    ops: Ops,
    name: str,
    make: Callable[[], bytes],
    *,
    direct: bool = False,
) -> None:
    """Build the paper ``name`` with ``make`` (with progress) and show it in the
    preview, or print it straight to the default printer when ``direct``."""
    label = QCoreApplication.translate("printing", "Preparing {name}…").format(name=name)
    try:
        data = run_with_progress(parent, label, make)
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return
    if direct:
        preview.print_directly(parent, ops, name, data, save_path)
    else:
        preview.show_paper(parent, ops, name, data, save_path)
