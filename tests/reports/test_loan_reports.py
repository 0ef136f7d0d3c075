"""Loan papers as PDF from hand-built DTOs: the renderers print the DTO's figures
(totals deliberately differ from the rows' sums where a test checks that)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from kopdesk.app import papers as documents
from kopdesk.domain.loans import Method, RatePeriod, Terms
from kopdesk.domain.papers.loans import (
    LoanArrearsReport,
    LoanArrearsRow,
    LoanBucketRow,
    LoanPortfolioReport,
    LoanPortfolioRow,
    LoanReceipt,
    LoanReceiptPart,
    LoanScheduleRow,
    LoanSimulationReport,
    LoanTermsText,
    LoanYearRow,
)
from kopdesk.reports.loan_lists import render_arrears, render_portfolio
from kopdesk.reports.loan_receipt import render_loan_receipt
from kopdesk.reports.loans import SIMULATION_MARK, render_simulation
from tests.reports import samples
from tests.reports.pdftext import page_size, pdf_pages, pdf_text

D = dt.date.fromisoformat


def flat(text: str) -> str:
    return " ".join(text.split())


TERMS = LoanTermsText(
    principal=9_000_000,
    rate="1% per bulan, flat (tetap)",
    method="Flat (tetap)",
    tenor="36 bulan",
    effective="1,79% per bulan (21,46% per tahun)",
    rounding="angsuran dibulatkan ke atas Rp100",
)


def simulation(months: int = 36) -> LoanSimulationReport:
    rows = tuple(
        LoanScheduleRow(k, D("2025-01-10") + dt.timedelta(days=30 * k), 250_000, 90_000,
                        340_000, 9_000_000 - 250_000 * k)
        for k in range(1, months + 1)
    )  # fmt: skip
    years = tuple(
        LoanYearRow(y, 12 * y - 11, 12 * y, 3_000_000, 1_080_000, 4_080_000)
        for y in range(1, months // 12 + 1)
    )
    return LoanSimulationReport(
        header=samples.HEADER, product_name="Pinjaman Umum", start=D("2025-01-10"),
        terms=TERMS, flat_rate_monthly="1,00% per bulan",
        effective_monthly_percent=Decimal("1.79"), effective_yearly_percent=Decimal("21.46"),
        rows=rows, years=years, total_principal=9_000_001, total_interest=3_240_002,
        total=12_240_003, first_installment=340_000,
    )  # fmt: skip


def test_registered_simulation_repeats_headings_and_prints_the_dto_totals() -> None:
    pdf = render_simulation(simulation(), samples.STAMP)
    assert tuple(round(v) for v in page_size(pdf)) == tuple(round(v) for v in A4)
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    assert all("Jatuh Tempo" in page for page in pages)  # the heading row on every page
    text = flat(pdf_text(pdf))
    assert f"Halaman 1 dari {len(pages)}" in text
    assert "SIMULASI ANGSURAN PINJAMAN" in text
    assert "9.000.001" in text
    assert "12.240.003" in text
    assert "Jumlah tahun ke-2" in text
    assert "1,79% per bulan (21,46% per tahun)" in text
    assert "Bunga per bulan : 1,00% per bulan" in text
    assert "No. Dokumen: DOK-2026-000017" in text
    assert SIMULATION_MARK not in text


def test_simulation_without_a_book_is_marked_and_has_no_number() -> None:
    pdf = render_simulation(simulation(12), None, made_by="Kasir")
    text = flat(pdf_text(pdf))
    assert SIMULATION_MARK in text
    assert "No. Dokumen" not in text
    assert "oleh Kasir" in text


def test_documents_simulation_without_a_book_is_not_registered() -> None:
    terms = Terms(9_000_000, Decimal(1), RatePeriod.MONTH, 12, Method.FLAT)
    text = flat(pdf_text(documents.loan_simulation_pdf(terms, D("2025-01-10"))))
    assert SIMULATION_MARK in text
    assert "840.000" in text
    assert "10.080.000" in text
    assert "Badan Hukum" not in text  # no cooperative to name


def payment(**changes: object) -> LoanReceipt:
    receipt = LoanReceipt(
        header=samples.HEADER, number="BA-2025-000007", kind="angsuran",
        title="BUKTI PEMBAYARAN ANGSURAN PINJAMAN", date=D("2025-08-05"),
        loan_number="PJ-2025-0001", product_name="Pinjaman Umum", member_number="A-0001",
        member_name="Siti Aminah", cash=1_000_000, amount_words="Satu juta rupiah",
        late_fee=240_240, interest=360_000, principal=399_760, overpayment=0, provisi=0,
        admin_fee=0,
        parts=tuple(LoanReceiptPart(n, None, 1, 2, 3, 6) for n in (3, 4, 5, 6)),
        outstanding_after=7_100_240, entry_number="JU-2025-000010", cash_account="1101 Kas",
        teller="Dewi Lestari", party_label="Telah terima dari",
        purpose="Angsuran Pinjaman Umum PJ-2025-0001", signatures=("Penyetor", "Kasir"),
    )  # fmt: skip
    return dataclasses.replace(receipt, **changes)  # type: ignore[arg-type]


def test_a5_payment_receipt_has_words_split_and_balance() -> None:
    pdf = render_loan_receipt(payment(), samples.STAMP, "a5")
    width, height = page_size(pdf)
    assert (round(width), round(height)) == tuple(round(v) for v in landscape(A5))
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "BUKTI PEMBAYARAN ANGSURAN PINJAMAN" in text
    assert "Telah terima dari : Siti Aminah (A-0001)" in text
    assert "Uang sejumlah : Satu juta rupiah" in text
    assert "angsuran ke-3 s.d. ke-6" in text
    for line in ("Denda 240.240", "Bunga (jasa) 360.000", "Pokok 399.760",
                 "Jumlah diterima 1.000.000", "Rp1.000.000", "Rp7.100.240"):  # fmt: skip
        assert line in text
    assert "Lebih bayar" not in text
    assert "( Siti Aminah )" in text
    assert "( Dewi Lestari )" in text
    assert "No. Dokumen: DOK-2026-000017" in text


def test_overpayment_and_thermal_layout() -> None:
    r = payment(cash=1_100_000, overpayment=100_000, amount_words="Satu juta seratus ribu rupiah",
                overpayment_note="disimpan ke simpanan sukarela anggota")  # fmt: skip
    pdf = render_loan_receipt(r, samples.STAMP, "58mm")
    assert abs(page_size(pdf)[0] - 58 * mm) < 0.01
    text = flat(pdf_text(pdf))
    assert "Lebih bayar 100.000" in text
    assert "Satu juta seratus ribu rupiah" in text
    assert "Sisa pokok 7.100.240" in text
    assert "Dok. DOK-2026-000017" in text


def test_disbursement_slip_shows_fees_kept_back() -> None:
    r = payment(kind="cair", title="BUKTI PENCAIRAN PINJAMAN", number="PC-2025-000002",
                cash=11_830_000, principal=12_000_000, provisi=120_000, admin_fee=50_000,
                late_fee=0, interest=0, parts=(), party_label="Dibayarkan kepada",
                amount_words="Sebelas juta delapan ratus tiga puluh ribu rupiah")  # fmt: skip
    text = flat(pdf_text(render_loan_receipt(r, samples.STAMP, "a5")))
    assert "Dibayarkan kepada : Siti Aminah (A-0001)" in text
    assert "Provisi (120.000)" in text
    assert "Administrasi (50.000)" in text
    assert "Diterima bersih 11.830.000" in text


def test_arrears_list_prints_rows_buckets_and_dto_totals() -> None:
    row = LoanArrearsRow("PJ-2025-0001", "A-0001", "Siti Aminah", "umum", "Pinjaman Umum",
                         7_500_000, 3_000_000, 360_000, 223_440, 3_583_440, 112, "91–180 hari",
                         "Kurang lancar", "kurang_lancar")  # fmt: skip
    report = LoanArrearsReport(
        header=samples.HEADER, as_of=D("2025-07-31"), rows=(row,),
        buckets=(LoanBucketRow("91–180 hari", 1, 7_500_000, 3_583_440),),
        total_outstanding=7_500_001, total_overdue_principal=3_000_000,
        total_overdue_interest=360_000, total_late_fee=223_440, total_overdue=3_583_441,
        loans_running=2, portfolio_outstanding=15_500_000,
    )  # fmt: skip
    pdf = render_arrears(report, samples.STAMP)
    assert page_size(pdf)[0] > page_size(pdf)[1]  # landscape
    text = flat(pdf_text(pdf))
    assert "DAFTAR TUNGGAKAN PINJAMAN" in text
    assert "Per 31 Juli 2025" in text
    assert "Siti Aminah (A-0001)" in text
    assert "Kurang lancar" in text
    assert "7.500.001" in text
    assert "3.583.441" in text
    assert "15.500.000" in text


def test_portfolio_prints_npl_ratio() -> None:
    row = LoanPortfolioRow("umum", "Pinjaman Umum", "Flat (tetap)", 1, 7_500_000, 1, 9_000_000,
                           7_500_000, Decimal("100.00"))  # fmt: skip
    report = LoanPortfolioReport(
        header=samples.HEADER, as_of=D("2025-07-31"), year_start=D("2025-01-01"), rows=(row,),
        total_loans=1, total_outstanding=7_500_000, total_disbursed_count=1,
        total_disbursed=9_000_000, total_npl=7_500_000, npl_percent=Decimal("48.39"),
        ledger_outstanding=7_500_000,
    )  # fmt: skip
    text = flat(pdf_text(render_portfolio(report, samples.STAMP)))
    assert "REKAP PORTOFOLIO PINJAMAN PER PRODUK" in text
    assert "100,00%" in text
    assert "48,39%" in text
    assert "pencairan 1 Januari 2025 s.d. 31 Juli 2025" in text
