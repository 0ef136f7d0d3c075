"""The Berita Acara Pemeriksaan Pengawas: a registered, verifiable paper with the cash
counts (denomination table, difference), the samples checked, the findings and their
follow-up, and the signatures of the pengawas and the ketua; and its summary in the
RAT book's pengawas chapter."""

from __future__ import annotations

import datetime as dt

import pytest

from kopdesk.app.papers import Params, print_paper
from kopdesk.domain.permissions import Actor, Role
from kopdesk.domain.supervision import FindingStatus, SampleKind, parse_counts
from kopdesk.services.ledger.documents import verify_document
from kopdesk.services.members import register as members
from kopdesk.services.members.register import MemberInput, OrganKind
from kopdesk.services.supervision import berita_acara, cash_count, findings, samples
from kopdesk.storage.db import Book
from tests.conftest import PostFn
from tests.reports.pdftext import pdf_text


@pytest.fixture
def recorded(book: Book, post: PostFn, actors: dict[Role, Actor]) -> Book:
    """Kas 1.000.000 on 02-01-2025 less 50.000 on 03-01; counted 990.500 on 04-01 (over
    by 40.500); a sample; a finding answered by the bendahara and closed; a pengawas
    and a ketua serving."""
    pengawas, bendahara, admin = actors[Role.PENGAWAS], actors[Role.BENDAHARA], actors[Role.ADMIN]
    post("2025-01-02", [("1101", 1_000_000), ("3201", -1_000_000)], "Modal awal kas")
    post("2025-01-03", [("5201", 50_000), ("1101", -50_000)], "Biaya alat tulis")
    people = {}
    with book.unit_of_work() as s:
        for serial, (name, role) in enumerate(
            (("Rahmat Hidayat", OrganKind.PENGAWAS), ("Siti Aminah", OrganKind.KETUA)), start=1
        ):
            number = members.register_member(
                s, admin,
                MemberInput(
                    full_name=name, nik=f"327301170885{serial:04d}", birth_date=dt.date(1980, 1, 1),
                    sex="L", join_date=dt.date(2025, 1, 2), address="Jl. Melati 3, Bandung",
                ),
            ).number  # fmt: skip
            members.assign_organ(s, admin, number, role, term_start=dt.date(2025, 1, 2))
            people[role] = number
    with book.unit_of_work() as s:
        cash_count.record_cash_count(
            s, pengawas,
            cash_count.CashCountInput(
                parse_counts("100000=9,50000=1,20000=2,500=1"),
                dt.datetime(2025, 1, 4, 8, 0), "Dewi Lestari", "Agus Salim", "Bon kasir",
            ),
        )  # fmt: skip
        sample = samples.draw_sample(
            s,
            pengawas,
            SampleKind.JURNAL,
            dt.date(2025, 1, 1),
            dt.date(2025, 1, 31),
            size=2,
            seed=5,
        )
        samples.tick_item(s, pengawas, sample.number, 1, checked=True, note="Kuitansi ada")
        found = findings.record_finding(
            s, pengawas,
            findings.FindingInput(dt.date(2025, 1, 3), "Bon kasir tanpa persetujuan"),
        )  # fmt: skip
        findings.respond_to_finding(s, bendahara, found.number, "Bon sudah dilunasi.")
        findings.update_finding(
            s, pengawas, found.number,
            findings.FindingInput(
                dt.date(2025, 1, 3), "Bon kasir tanpa persetujuan", status=FindingStatus.SELESAI
            ),
        )  # fmt: skip
    return book


def test_report_data(recorded: Book) -> None:
    with recorded.read() as s:
        report = berita_acara.supervision_report(s, 2025)
    (count,) = report.counts
    assert (count.physical_total, count.book_balance, count.difference) == (
        990_500, 950_000, 40_500
    )  # fmt: skip
    assert sum(line.amount for line in count.lines) == count.physical_total
    assert report.pengawas == ("Rahmat Hidayat",)
    assert report.ketua == "Siti Aminah"
    assert report.findings_by_status == (("Terbuka", 0), ("Ditindaklanjuti", 0), ("Selesai", 1))
    assert report.samples[0].checked == 1


def test_paper_text_and_verification(recorded: Book, actors: dict[Role, Actor]) -> None:
    pdf = print_paper("berita-acara", recorded, actors[Role.PENGAWAS], Params(year=2025))
    text = pdf_text(pdf)
    for expected in (
        "BERITA ACARA PEMERIKSAAN PENGAWAS",
        "KO-2025-001",
        "Kertas Rp100.000",
        "900.000",
        "990.500",
        "950.000",
        "40.500",
        "Rp40.500 (lebih)",
        "Dewi Lestari",
        "Agus Salim",
        "benih acak 5",
        "Kuitansi ada",
        "Bon kasir tanpa persetujuan",
        "Bon sudah dilunasi.",
        "Selesai",
        "( Rahmat Hidayat )",
        "Mengetahui, Ketua",
        "( Siti Aminah )",
    ):
        assert expected in text, expected
    with recorded.read() as s:
        assert verify_document(s, actors[Role.KETUA], pdf).ok


def test_the_rat_book_carries_the_summary_when_there_is_one(
    recorded: Book, book_path: object, actors: dict[Role, Actor]
) -> None:
    pdf = print_paper("rat", recorded, actors[Role.KETUA], Params(year=2025))
    text = pdf_text(pdf)
    assert "Hasil pemeriksaan yang dicatat pengawas" in text
    assert "KO-2025-001" in text
    assert "Bon kasir tanpa persetujuan" in text


def test_an_empty_year_prints_what_was_not_done(book: Book, actors: dict[Role, Actor]) -> None:
    text = pdf_text(print_paper("berita-acara", book, actors[Role.PENGAWAS], Params(year=2025)))
    assert "Tidak ada kas opname" in text
    assert "Tidak ada temuan" in text
    rat_text = pdf_text(print_paper("rat", book, actors[Role.KETUA], Params(year=2025)))
    assert "Hasil pemeriksaan yang dicatat pengawas" not in rat_text
