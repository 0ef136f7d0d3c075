"""Writing a printed paper to disk: the whole file or nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kopdesk.errors import StorageError

__all__ = ["write_document", "write_document_chunks"]


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


def write_document_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """:func:`write_document` for a file made piece by piece (an export of the whole
    journal): each chunk goes to the temporary file as it comes, so the file is never
    held in memory; the rename happens only after the last chunk. When making a chunk
    raises, the temporary file is removed and the error passes on."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise StorageError(f"Folder {path.parent} tidak ada; buat foldernya dulu.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kopdesk-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        Path(tmp).replace(path)
        tmp = None
    except OSError as exc:
        raise StorageError(
            f"Berkas {path} tidak dapat ditulis ({exc.strerror or exc}). Pilih folder lain."
        ) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
