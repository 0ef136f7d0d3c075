"""Saving a printed paper (PDF) or an export where the treasurer chooses, then opening it.

``ask_save_path`` and ``open_file`` are module functions so tests can replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from kopdesk.errors import KopdeskError, StorageError
from kopdesk.ui import messages
from kopdesk.ui.ops import Ops


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


def open_file(path: Path) -> None:
    """Open ``path`` with the program the computer uses for its type."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_document(
    parent: QWidget | None,
    ops: Ops,
    suggested: str,
    make: Callable[[], bytes],
    *,
    pdf: bool = True,
) -> Path | None:
    """Ask a path, build the bytes with ``make``, write them and open the file.

    Returns the path written, or None when cancelled or refused (after a message).
    """
    pattern = (
        QCoreApplication.translate("printing", "PDF documents (*.pdf)")
        if pdf
        else QCoreApplication.translate("printing", "CSV files (*.csv)")
    )
    path = ask_save_path(parent, suggested, pattern)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = make()
        path.write_bytes(data)
    except KopdeskError as exc:
        messages.show_error(parent, exc)
        return None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = QCoreApplication.translate(
            "printing", "The file {path} cannot be written ({reason}). Choose another folder."
        )
        messages.show_error(parent, StorageError(message.format(path=path, reason=reason)))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    ops.status_message.emit(
        QCoreApplication.translate("printing", "Saved {path}.").format(path=path)
    )
    open_file(path)
    return path
