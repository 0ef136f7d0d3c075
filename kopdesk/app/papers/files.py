"""Writing a paper to disk: :func:`kopdesk.app.document_files.write_document`, which
lives outside this package so a command writing a CSV file loads no paper's service."""

from __future__ import annotations

from kopdesk.app.document_files import write_document, write_document_chunks

__all__ = ["write_document", "write_document_chunks"]
