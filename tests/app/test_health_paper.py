"""The health paper is registered and verifiable like every other paper."""

from __future__ import annotations

from sqlalchemy import text

from kopdesk.app.papers import health_pdf
from kopdesk.domain.permissions import Actor
from kopdesk.services.ledger import documents
from kopdesk.storage.db import Book
from tests.health_samples import QUESTIONS, perdep_assessment, trend
from tests.reports.pdftext import pdf_text


def test_health_pdf_is_registered_and_verifies(book: Book, bendahara: Actor) -> None:
    a = perdep_assessment()
    data = health_pdf(book, a, actor=bendahara, answers=QUESTIONS, trend=trend())
    with book.read() as s:
        kind, title = s.execute(
            text("SELECT kind, title FROM document ORDER BY id DESC LIMIT 1")
        ).one()
        check = documents.verify_document(s, bendahara, data)
    assert check.genuine, check.message
    assert kind == "penilaian-kesehatan"
    assert title == "Laporan Penilaian Kesehatan Koperasi tahun buku 2025 (Perdep 06/2016)"
    printed = pdf_text(data)
    assert check.document is not None
    assert check.document.number in printed
    assert "Predikat: CUKUP SEHAT" in printed
    assert printed.count("( " + "." * 32 + " )") == 2  # no officers recorded: Ketua, Pengawas
    with book.read() as s:
        altered = documents.verify_document(s, bendahara, data + b"%")
    assert not altered.genuine
