"""The fixed-asset register (Daftar Aset Tetap dan Penyusutan) as PDF, A4 landscape.

The DTO is built by hand; its totals are not the rows' sums, so the tests show
the renderer prints the DTO's figures instead of adding up."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4, landscape

from kopdesk.domain.assets import AssetRegisterGroup, AssetRegisterReport, AssetRegisterRow
from kopdesk.reports.assets import render_asset_register
from tests.reports import samples
from tests.reports.pdftext import page_size, pdf_pages, pdf_text

D = dt.date.fromisoformat


def flat(text: str) -> str:
    return " ".join(text.split())


def report(rows: int = 2, last_run: str | None = "2025-09") -> AssetRegisterReport:
    laptops = tuple(
        AssetRegisterRow(
            f"INV-{i:03d}",
            f"Laptop kasir nomor {i}",
            D("2025-03-15"),
            12_000_000,
            48,
            250_000,
            1_750_000,
            10_250_000,
        )
        for i in range(1, rows + 1)
    )
    land = AssetRegisterRow("TNH-01", "Tanah kantor", D("2015-01-10"), 150_000_000, 0, 0, 0,
                            150_000_000)  # fmt: skip
    return AssetRegisterReport(
        header=samples.HEADER,
        as_of=D("2025-09-30"),
        groups=(
            AssetRegisterGroup("tanah", "Tanah", (land,), 150_000_001, 0, 0, 150_000_002),
            AssetRegisterGroup(
                "inventaris",
                "Inventaris dan peralatan kantor",
                laptops,
                24_000_003,
                500_004,
                3_500_005,
                20_500_006,
            ),
        ),
        cost=174_000_007,
        monthly=500_008,
        accumulated=3_500_009,
        book_value=170_500_010,
        last_run=last_run,
    )


def test_rows_subtotals_and_grand_total_come_from_the_report() -> None:
    pdf = render_asset_register(report(), samples.STAMP)
    text = flat(pdf_text(pdf))
    assert page_size(pdf) == pytest.approx(landscape(A4), abs=0.1)
    assert "DAFTAR ASET TETAP DAN PENYUSUTAN" in text
    assert "Per 30 September 2025" in text
    for heading in ("Harga Perolehan", "Umur (bulan)", "Penyusutan/Bulan",
                    "Akumulasi Penyusutan", "Nilai Buku", "Kelompok", "Tgl Perolehan"):  # fmt: skip
        assert heading in text
    assert (
        "3 INV-002 Laptop kasir nomor 2 Inventaris dan peralatan kantor 15-03-2025 12.000.000 "
        "48 250.000 1.750.000 10.250.000" in text
    )
    # land is not depreciated: dashes, not zeros
    assert "1 TNH-01 Tanah kantor Tanah 10-01-2015 150.000.000 - - - 150.000.000" in text
    assert "Jumlah Tanah (1 aset) 150.000.001 0 0 150.000.002" in text
    assert (
        "Jumlah Inventaris dan peralatan kantor (2 aset) 24.000.003 500.004 3.500.005 20.500.006"
        in text
    )
    assert "Jumlah seluruh aset tetap (3 aset) 174.000.007 500.008 3.500.009 170.500.010" in text
    assert "Penyusutan terakhir yang diposting: bulan September 2025." in text
    assert "Mengetahui, Ketua" in text
    assert "Bendahara" in text


def test_an_empty_register_and_no_run_yet_say_so() -> None:
    empty = AssetRegisterReport(samples.HEADER, D("2025-01-31"), (), 0, 0, 0, 0, None)
    text = flat(pdf_text(render_asset_register(empty, samples.STAMP)))
    assert "Belum ada aset tetap yang tercatat." in text
    assert "Jumlah seluruh aset tetap (0 aset) 0 0 0 0" in text
    assert "Belum ada penyusutan yang diposting sampai tanggal ini." in text


def test_a_long_register_repeats_the_heading_and_numbers_the_pages() -> None:
    pdf = render_asset_register(report(rows=60), samples.STAMP)
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert "Akumulasi Penyusutan" in page
    assert f"Halaman 2 dari {len(pages)}" in flat(pages[1])
    assert "61 INV-060" in flat(pdf_text(pdf))  # numbered on after the land
