"""Buku Daftar Anggota (landscape register with a signature column) and the
member profile sheet."""

from __future__ import annotations

import dataclasses
import io
import re

import pypdf
import pytest
from reportlab.lib.units import mm

from kopdesk.reports.members import (
    MemberRegisterRenderer,
    register_summary,
    render_member_profile,
    render_member_register,
)
from kopdesk.reports.page import page_layout
from kopdesk.reports.table import ROW_HEIGHT
from tests.reports import samples
from tests.reports.pdftext import dark_share, page_size, pdf_pages, pdf_text

HEADINGS = (
    r"No\.\s+No\. Anggota\s+Nama Lengkap\s+NIK \(KTP\)\s+L/P\s+Tempat, Tgl Lahir\s+"
    r"Alamat\s+Tgl Masuk\s+Tgl Keluar\s+Keterangan\s+Tanda Tangan"
)
REFERENCED = dataclasses.replace(samples.STAMP, reference="KOPDESK|1|book-0001|DOK-2026-000017")
LANDSCAPE_QR_CORNER = (0.89, 0.065, 0.94, 0.09)
"""Inside the QR code in the top-right corner of a landscape first page."""


def _register(count: int, **counts: int) -> bytes:
    return render_member_register(
        samples.member_register(samples.member_rows(count), **counts), samples.STAMP
    )


def _with_address(count: int, index: int, address: str) -> bytes:
    rows = list(samples.member_rows(count))
    rows[index] = dataclasses.replace(rows[index], address=address)
    return render_member_register(samples.member_register(tuple(rows)), samples.STAMP)


def _members_on(page: str) -> list[str]:
    return re.findall(r"KSP-([0-9]{5})", page)


@pytest.fixture(scope="module")
def three_hundred() -> list[str]:
    return pdf_pages(_register(300, total=300))


# --- register ---------------------------------------------------------------------


def test_register_title_date_and_columns() -> None:
    text = pdf_text(_register(3))
    assert "BUKU DAFTAR ANGGOTA" in text
    assert "Keadaan per 31 Desember 2025" in text
    assert "KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA" in text
    assert re.search(HEADINGS, text)


def test_register_is_a4_landscape() -> None:
    width, height = page_size(_register(3))
    assert (round(width), round(height)) == (842, 595)


def test_a_register_row_holds_the_members_data_in_column_order() -> None:
    text = pdf_text(_register(7))
    assert re.search(
        r"^\s*1\s+KSP-00001\s+Anggota Nomor 1\s+3273000000000001\s+L\s+Bandung, 01-04-1990\s+"
        r"Jl\. Merdeka No\. 1, Bandung\s+02-01-2019\s+Aktif\s*$",
        text,
        re.M,
    )
    assert re.search(
        r"^\s*7\s+KSP-00007\s+Anggota Nomor 7\s+3273000000000007\s+L\s+Bandung, 07-04-1990\s+"
        r"Jl\. Merdeka No\. 7, Bandung\s+08-01-2019\s+30-06-2025\s+Keluar\s*$",
        text,
        re.M,
    )


def test_nik_prints_as_the_bare_id_number() -> None:
    text = pdf_text(_register(2))
    assert "3273000000000002" in text
    assert "3.273" not in text


def test_summary_counts_are_the_reports_not_counted_from_the_rows() -> None:
    text = pdf_text(_register(3, total=1234, active=1200, men=600, women=634))
    assert "Jumlah anggota: 1.234 (aktif 1.200; laki-laki 600, perempuan 634)" in text
    assert register_summary(samples.member_register((), total=5, active=4, men=2, women=3)) == (
        "Jumlah anggota: 5 (aktif 4; laki-laki 2, perempuan 3)"
    )


def test_three_hundred_members_run_over_numbered_pages_with_headings(
    three_hundred: list[str],
) -> None:
    total = len(three_hundred)
    assert total > 10
    numbers: list[str] = []
    for number, page in enumerate(three_hundred, start=1):
        assert re.search(rf"Halaman {number} dari {total}\s*$", page, re.M), number
        assert "BUKU DAFTAR ANGGOTA" in page
        assert re.search(HEADINGS, page), number
        assert "No. Dokumen: DOK-2026-000017" in page
        numbers += _members_on(page)
    assert numbers == [f"{i:05d}" for i in range(1, 301)]
    assert "Jumlah anggota: 300" in three_hundred[-1]
    assert all("Jumlah anggota" not in page for page in three_hundred[:-1])


def test_rows_are_tall_enough_to_sign_in(three_hundred: list[str]) -> None:
    layout = page_layout(
        samples.HEADER,
        samples.STAMP,
        MemberRegisterRenderer.title,
        ("Keadaan per 31 Desember 2025",),
        landscape=True,
    )
    room = layout.frame_top_later - layout.frame_bottom - ROW_HEIGHT
    most = int(room // (9 * mm))
    rows_per_page = [len(_members_on(page)) for page in three_hundred[1:-1]]
    assert max(rows_per_page) <= most
    assert min(rows_per_page) == max(rows_per_page) >= most - 2  # the page is used


def test_a_long_address_wraps_smaller_within_the_fixed_row() -> None:
    plain = pdf_pages(_register(40))
    long = pdf_pages(_with_address(40, 3, samples.LONG_ADDRESS))
    assert len(_members_on(long[0])) == len(_members_on(plain[0]))
    words = samples.LONG_ADDRESS.split()
    assert all(word in long[0] for word in words)
    assert "…" not in long[0]


def test_an_address_too_long_for_any_row_grows_its_row_and_is_not_cut() -> None:
    plain = pdf_pages(_register(40))
    huge = pdf_pages(_with_address(40, 3, samples.HUGE_ADDRESS))
    assert len(_members_on(huge[0])) < len(_members_on(plain[0]))
    first = huge[0]
    assert first.count("Sukapada") == 3
    assert all(word in first for word in samples.HUGE_ADDRESS.split())
    assert "…" not in first


def test_register_carries_the_document_stamp_qr_and_reference() -> None:
    pdf = render_member_register(
        samples.member_register(samples.member_rows(40), total=40), REFERENCED
    )
    assert dark_share(pdf, 1, LANDSCAPE_QR_CORNER) > 0.1
    assert dark_share(pdf, 2, LANDSCAPE_QR_CORNER) == 0
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.keywords == "KOPDESK|1|book-0001|DOK-2026-000017"


def test_an_empty_register_still_prints_headings_and_summary() -> None:
    text = pdf_text(_register(0))
    assert re.search(HEADINGS, text)
    assert "Jumlah anggota: 0 (aktif 0; laki-laki 0, perempuan 0)" in text
    assert "Halaman 1 dari 1" in text


def test_register_same_input_gives_the_same_bytes() -> None:
    assert _register(50, total=50) == _register(50, total=50)


@pytest.mark.slow
def test_ten_thousand_members_are_all_printed() -> None:
    """Speed is measured in benchmarks/bench_members.py, not asserted here."""
    report = samples.member_register(samples.member_rows(10_000), total=10_000)
    pdf = render_member_register(report, samples.STAMP)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    last = pages[-1].extract_text()
    assert "KSP-10000" in last
    assert f"Halaman {len(pages)} dari {len(pages)}" in last


# --- profile ----------------------------------------------------------------------


def test_profile_title_number_and_fields_side_by_side() -> None:
    pdf = render_member_profile(samples.member_profile(), samples.STAMP)
    width, height = page_size(pdf)
    assert (round(width), round(height)) == (595, 842)
    text = pdf_text(pdf)
    assert "PROFIL ANGGOTA" in text
    assert "Nomor Anggota KSP-00042" in text
    assert re.search(r"^Nama lengkap\s+Dewi Lestari Kusumawardhani\s*$", text, re.M)
    assert re.search(r"^NIK\s+3273015504900002\s*$", text, re.M)
    assert re.search(r"^Alamat\s+Jl\. Raya Cibeunying Kidul", text, re.M)
    assert re.search(r"Kel\. Sukapada, Kec\.\s+Cibeunying Kidul, Kota Bandung", text)


def test_profile_status_history_in_order() -> None:
    text = pdf_text(render_member_profile(samples.member_profile(), samples.STAMP))
    history = text.split("Riwayat Status", 1)[1]
    assert re.search(r"Tanggal\s+Status\s+Keterangan", history)
    assert re.search(r"^\s*2 Januari 2019\s+Aktif\s+Pendaftaran anggota baru\s*$", history, re.M)
    assert re.search(
        r"^\s*1 Maret 2023\s+Diberhentikan sementara\s+Tunggakan simpanan wajib\s*$", history, re.M
    )
    assert history.index("1 Maret 2023") < history.index("15 September 2023")


def test_profile_offices_only_when_there_are_any() -> None:
    with_office = pdf_text(render_member_profile(samples.member_profile(), samples.STAMP))
    assert "Jabatan di Koperasi" in with_office
    assert re.search(r"Bendahara\s+1 Januari 2024 s\.d\. 31 Desember 2026", with_office)
    assert with_office.index("Riwayat Status") < with_office.index("Jabatan di Koperasi")
    without = pdf_text(render_member_profile(samples.member_profile(offices=()), samples.STAMP))
    assert "Jabatan di Koperasi" not in without
    assert "Riwayat Status" in without


def test_profile_carries_the_document_stamp() -> None:
    pdf = render_member_profile(samples.member_profile(), REFERENCED)
    text = pdf_text(pdf)
    assert "No. Dokumen: DOK-2026-000017" in text
    assert "Halaman 1 dari 1" in text
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert metadata.keywords == "KOPDESK|1|book-0001|DOK-2026-000017"
    assert pdf == render_member_profile(samples.member_profile(), REFERENCED)
