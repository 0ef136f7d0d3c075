"""SHU papers from hand-built DTOs: the list prints the DTO's parts and totals,
the slip the numbers of both formulas (the worked example of KOPERASI.md §3.3,
[beritaharianku]: SHU Rp60.000.000, %JMA 20%, %JUA 25%; Lukman pokok+wajib
Rp2.000.000 of Rp100.000.000 and loans Rp5.000.000 of Rp75.000.000 →
JMA Rp240.000, JUA Rp1.000.000, total Rp1.240.000), the kuitansi its payment."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4, A5, landscape

from kopdesk.domain.papers.rat import (
    ShuListReport,
    ShuMemberRow,
    ShuPartRow,
    ShuReceipt,
    ShuSlip,
    ShuSlipsReport,
)
from kopdesk.domain.terbilang import terbilang_rupiah
from kopdesk.reports.shu import render_shu_list, render_shu_receipt, render_shu_slips
from tests.reports import samples
from tests.reports.pdftext import page_size, pdf_pages, pdf_text

POOL = 60_000_000
PARTS = (
    ShuPartRow("cadangan", "Cadangan", Decimal(40), 24_000_000),
    ShuPartRow("jasa_modal", "Jasa modal anggota", Decimal(20), 12_000_000),
    ShuPartRow("jasa_usaha", "Jasa usaha anggota", Decimal(25), 15_000_000),
    ShuPartRow("dana_pengurus", "Dana pengurus", Decimal(5), 3_000_000),
    ShuPartRow("dana_pengawas", "Dana pengawas", Decimal(0), 0),
    ShuPartRow("dana_pendidikan", "Dana pendidikan", Decimal("7.5"), 4_500_000),
    ShuPartRow("dana_sosial", "Dana sosial", Decimal("2.5"), 1_500_000),
)
LUKMAN = ShuMemberRow(
    "A-0007", "Lukman Hakim", 2_000_000, 5_000_000, 240_000, 1_000_000, 1_240_000, 1_240_000
)


def shu_listing(count: int = 3, *, posted: bool = True) -> ShuListReport:
    """Lukman and ``count - 1`` other members; the totals are the worked example's
    parts (the other rows are not meant to add up: the renderer prints the DTO)."""
    others = tuple(
        ShuMemberRow(
            f"A-{1000 + i:04d}",
            f"Anggota Nomor {i}",
            1_000_000 + i,
            0,
            120_000 + i,
            0,
            120_000 + i,
            0,
        )
        for i in range(count - 1)
    )
    return ShuListReport(
        header=samples.HEADER,
        year=2025,
        pool=POOL,
        parts=PARTS,
        modal_basis_label="Saldo simpanan pada akhir tahun (pokok + wajib)",
        usaha_basis_label="Jumlah pinjaman yang diterima (volume)",
        include_sukarela=False,
        decision="Keputusan RAT No. 02/RAT/III/2026",
        posted=posted,
        rows=(LUKMAN, *others),
        total_modal_basis=100_000_000,
        total_usaha_basis=75_000_000,
        total_jasa_modal=12_000_000,
        total_jasa_usaha=15_000_000,
        total=27_000_000,
        total_paid=1_240_000,
        undistributed=0,
    )


def lukman_slip(**changes: object) -> ShuSlip:
    slip = ShuSlip(
        member_number="A-0007",
        member_name="Lukman Hakim",
        modal_basis=2_000_000,
        modal_total=100_000_000,
        modal_percent=Decimal(20),
        modal_part=12_000_000,
        modal_exact=Decimal("240000.00"),
        jasa_modal=240_000,
        usaha_basis=5_000_000,
        usaha_total=75_000_000,
        usaha_percent=Decimal(25),
        usaha_part=15_000_000,
        usaha_exact=Decimal("1000000.00"),
        jasa_usaha=1_000_000,
        total=1_240_000,
        total_words=terbilang_rupiah(1_240_000),
        paid=0,
        paid_method="",
        paid_on=None,
        receipt_number="",
    )
    return dataclasses.replace(slip, **changes)  # type: ignore[arg-type]


def slips(*items: ShuSlip, posted: bool = True) -> ShuSlipsReport:
    return ShuSlipsReport(
        samples.HEADER,
        2025,
        POOL,
        "Saldo simpanan pada akhir tahun (pokok + wajib)",
        "Jumlah pinjaman yang diterima (volume)",
        posted,
        items,
    )


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_list_prints_the_parts_the_formulas_and_every_member() -> None:
    report = shu_listing(120)
    pdf = render_shu_list(report, samples.STAMP)
    assert page_size(pdf) == pytest.approx(landscape(A4), abs=0.01)
    pages = pdf_pages(pdf)
    first = _squash(pages[0])
    assert "DAFTAR PEMBAGIAN SISA HASIL USAHA (SHU) ANGGOTA" in first
    assert "Tahun Buku 2025 · SHU dibagi Rp60.000.000 · telah diposting" in first
    for label, percent, amount in (
        ("Cadangan", "40%", "24.000.000"),
        ("Jasa usaha anggota", "25%", "15.000.000"),
        ("Dana pendidikan", "7,5%", "4.500.000"),
        ("Jumlah SHU dibagi", "100%", "60.000.000"),
    ):
        assert f"{label} {percent} {amount}" in first
    assert "Dana pengawas" not in first  # 0% parts are left out
    assert "= 20% × Rp60.000.000 = Rp12.000.000" in first
    assert "Keputusan RAT No. 02/RAT/III/2026" in first
    text = _squash(pdf_text(pdf))
    assert "A-0007 Lukman Hakim 2.000.000 5.000.000 240.000 1.000.000 1.240.000 1.240.000" in text
    assert all(f"A-{1000 + i:04d}" in text for i in range(119))
    # the totals are the DTO's, not the rows' sums
    assert "Jumlah 100.000.000 75.000.000 12.000.000 15.000.000 27.000.000 1.240.000" in text
    assert len(pages) >= 3
    assert _squash(pages[-1]).count("Halaman") == 1


def test_list_shows_the_shu_from_non_members_set_apart() -> None:
    """Issue 14 item 5: the year's SHU 75.000.000; non-member income 40.000.000 of
    200.000.000 → 75.000.000 × 40/200 = 15.000.000 to cadangan; 60.000.000 shared."""
    report = dataclasses.replace(
        shu_listing(), non_member=15_000_000, non_member_income=40_000_000,
        income_total=200_000_000,
    )  # fmt: skip
    assert report.shu_total == 75_000_000
    first = _squash(pdf_pages(render_shu_list(report, samples.STAMP))[0])
    assert "Jumlah SHU dibagi 100% 60.000.000" in first
    assert "SHU dari usaha dengan non-anggota (ke cadangan) 15.000.000" in first
    assert "SHU tahun buku 75.000.000" in first
    assert "pendapatan non-anggota Rp40.000.000 dari pendapatan Rp200.000.000" in first
    plain = _squash(pdf_pages(render_shu_list(shu_listing(), samples.STAMP))[0])
    assert "non-anggota" not in plain  # nothing set apart: nothing said


def test_draft_list_says_so() -> None:
    pdf = render_shu_list(shu_listing(posted=False), samples.STAMP)
    assert "RANCANGAN, belum diposting" in pdf_pages(pdf)[0]


def test_slip_shows_both_formulas_with_the_numbers() -> None:
    pdf = render_shu_slips(slips(lukman_slip()), samples.STAMP)
    assert page_size(pdf) == pytest.approx(landscape(A5), abs=0.01)
    (page,) = pdf_pages(pdf)
    text = _squash(page)
    assert "SLIP SISA HASIL USAHA (SHU) TAHUN BUKU 2025" in text
    assert "Lukman Hakim (A-0007)" in text
    assert "= 2.000.000 / 100.000.000 × 20% × 60.000.000" in text
    assert "= 2.000.000 / 100.000.000 × 12.000.000 = 240.000,00" in text
    assert "= 5.000.000 / 75.000.000 × 25% × 60.000.000" in text
    assert "= 5.000.000 / 75.000.000 × 15.000.000 = 1.000.000,00" in text
    for figure in ("Rp240.000", "Rp1.000.000", "Rp1.240.000"):
        assert figure in text
    assert "Satu juta dua ratus empat puluh ribu rupiah" in text
    assert "Status pembayaran: Belum dibayar." in text
    assert "dibulatkan" not in text
    assert "RANCANGAN" not in text


def test_slip_marks_rounding_payment_and_draft() -> None:
    rounded = lukman_slip(
        member_number="A-0008",
        modal_exact=Decimal("240000.40"),
        paid=1_240_000,
        paid_method="sukarela",
        paid_on=dt.date(2026, 3, 25),
        receipt_number="SHU-2026-000003",
    )
    pdf = render_shu_slips(slips(lukman_slip(), rounded, posted=False), samples.STAMP)
    pages = [_squash(p) for p in pdf_pages(pdf)]
    assert len(pages) == 2
    assert "240.000,40 (dibulatkan)" in pages[1]
    assert (
        "Dipindahkan ke simpanan sukarela tanggal 25 Maret 2026, bukti SHU-2026-000003"
        in (pages[1])
    )
    assert all("RANCANGAN — pembagian SHU belum diposting" in p for p in pages)


def test_no_slips_is_one_page_that_says_so() -> None:
    pdf = render_shu_slips(slips(), samples.STAMP)
    assert len(pdf_pages(pdf)) == 1
    assert "Tidak ada anggota yang mendapat SHU." in pdf_text(pdf)


def _receipt(method: str) -> ShuReceipt:
    return ShuReceipt(
        header=samples.HEADER,
        number="SHU-2026-000002",
        year=2025,
        date=dt.date(2026, 3, 25),
        member_number="A-0007",
        member_name="Lukman Hakim",
        amount=1_240_000,
        amount_words=terbilang_rupiah(1_240_000),
        method=method,
        savings_account="SS-A-0007" if method == "sukarela" else "",
        jasa_modal=240_000,
        jasa_usaha=1_000_000,
        entry_number="JU-2026-000784",
        teller="Kasir Satu",
    )


def test_cash_receipt() -> None:
    pdf = render_shu_receipt(_receipt("tunai"), samples.STAMP)
    assert page_size(pdf) == pytest.approx(landscape(A5), abs=0.01)
    text = _squash(pdf_text(pdf))
    assert "KUITANSI PEMBAYARAN SHU" in text
    assert "No. SHU-2026-000002" in text
    assert "Dibayarkan kepada : Lukman Hakim (A-0007)" in text
    assert "Satu juta dua ratus empat puluh ribu rupiah" in text
    assert "Pembayaran SHU tahun buku 2025 (jasa modal Rp240.000, jasa usaha Rp1.000.000)" in text
    assert "Cara pembayaran : Tunai" in text
    assert "Rp1.240.000" in text
    assert "Penerima" in text
    assert "( Lukman Hakim ) ( Kasir Satu )" in text
    assert "No. Jurnal JU-2026-000784" in text
    assert "No. Dokumen: DOK-2026-000017" in text


def test_receipt_of_shu_moved_to_savings() -> None:
    text = _squash(pdf_text(render_shu_receipt(_receipt("sukarela"), samples.STAMP)))
    assert "BUKTI PEMINDAHBUKUAN SHU" in text
    assert "Atas nama : Lukman Hakim (A-0007)" in text
    assert "Dipindahkan ke simpanan sukarela, rekening SS-A-0007" in text


def test_papers_are_deterministic() -> None:
    report = shu_listing(5)
    assert render_shu_list(report, samples.STAMP) == render_shu_list(report, samples.STAMP)
    one = slips(lukman_slip())
    assert render_shu_slips(one, samples.STAMP) == render_shu_slips(one, samples.STAMP)
