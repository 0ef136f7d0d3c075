"""Savings papers as PDF: receipts (A5 and 58 mm), statement, daily cash, recap.

DTOs are built by hand here; totals differ from the rows' sums wherever a test
checks that the renderer prints the DTO's figures instead of adding up."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from kopdesk.domain.papers.savings import (
    CashDayRow,
    DailyCashReport,
    MemberStatementReport,
    SavingsRecapReport,
    SavingsRecapRow,
    SavingsReceipt,
    StatementAccount,
    StatementRow,
)
from kopdesk.reports.receipt import render_receipt
from kopdesk.reports.savings import (
    render_daily_cash,
    render_member_statement,
    render_savings_recap,
)
from tests.reports import samples
from tests.reports.pdftext import dark_share, page_size, pdf_pages, pdf_text

D = dt.date.fromisoformat


def flat(text: str) -> str:
    """Text with every run of white space as one space (wrapped lines joined)."""
    return " ".join(text.split())


def withdrawal(**changes: object) -> SavingsReceipt:
    receipt = SavingsReceipt(
        header=samples.HEADER,
        number="BP-2025-000002",
        kind="tarik",
        title="BUKTI PENARIKAN SIMPANAN",
        kind_label="Penarikan",
        date=D("2025-02-10"),
        member_number="A-0002",
        member_name="Budi Santoso",
        account_number="SB-A-0002-01",
        product_name="Simpanan Berjangka",
        to_account_number=None,
        to_product_name=None,
        amount=1_000_000,
        penalty=10_000,
        cash_amount=990_000,
        amount_words="Sembilan ratus sembilan puluh ribu rupiah",
        balance_after=0,
        to_balance_after=None,
        entry_number="JU-2025-000007",
        cash_account="1101 Kas",
        teller="Dewi Lestari",
        party_label="Dibayarkan kepada",
        purpose="Penarikan Simpanan Berjangka rekening SB-A-0002-01",
        signatures=("Penerima", "Kasir"),
    )
    return dataclasses.replace(receipt, **changes)  # type: ignore[arg-type]


# --- receipts -------------------------------------------------------------------


def test_a5_receipt_has_words_number_amounts_and_signatures() -> None:
    pdf = render_receipt(withdrawal(), samples.STAMP, "a5")
    width, height = page_size(pdf)
    assert (round(width), round(height)) == tuple(round(v) for v in landscape(A5))
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "BUKTI PENARIKAN SIMPANAN" in text
    assert "BP-2025-000002" in text
    assert "Sembilan ratus sembilan puluh ribu rupiah" in text
    assert "Dibayarkan kepada : Budi Santoso (A-0002)" in text
    assert "Jumlah penarikan : Rp1.000.000" in text
    assert "Denda pencairan : Rp10.000" in text
    assert "Dibayarkan : Rp990.000" in text
    assert "Tanggal: 10 Februari 2025" in text
    assert "Penerima" in text
    assert "Kasir" in text
    assert "( Budi Santoso )" in text
    assert "( Dewi Lestari )" in text
    assert "JU-2025-000007" in text
    assert "No. Dokumen: DOK-2026-000017" in text
    assert "Dicetak: 26 Juli 2026 pukul 14.05 oleh Siti Aminah" in text


def test_deposit_receipt_has_no_penalty_lines() -> None:
    deposit = withdrawal(
        kind="setor",
        title="BUKTI SETORAN SIMPANAN",
        penalty=0,
        amount=1_250_000,
        cash_amount=1_250_000,
        amount_words="Satu juta dua ratus lima puluh ribu rupiah",
        party_label="Telah terima dari",
        purpose="Setoran Simpanan Sukarela rekening SS-A-0002",
        balance_after=1_750_000,
        signatures=("Penyetor", "Kasir"),
    )
    text = flat(pdf_text(render_receipt(deposit, samples.STAMP, "a5")))
    assert "Telah terima dari : Budi Santoso (A-0002)" in text
    assert "Uang sejumlah : Satu juta dua ratus lima puluh ribu rupiah" in text
    assert "Untuk pembayaran : Setoran Simpanan Sukarela rekening SS-A-0002" in text
    assert "Rp1.250.000" in text
    assert "Saldo setelah transaksi : Rp1.750.000" in text
    assert "Denda" not in text


def test_a5_receipt_carries_the_qr_code() -> None:
    pdf = render_receipt(withdrawal(), samples.STAMP, "a5")
    # the top-right corner holds the QR code; without a stamp number it is white
    assert dark_share(pdf, 1, (0.85, 0.05, 0.94, 0.15)) > 0.2
    plain = render_receipt(withdrawal(), samples.PLAIN_STAMP, "a5")
    assert dark_share(plain, 1, (0.85, 0.05, 0.94, 0.15)) == 0


def test_thermal_receipt_is_58_mm_wide_and_long() -> None:
    pdf = render_receipt(withdrawal(), samples.STAMP, "58mm")
    width, height = page_size(pdf)
    assert width == pytest.approx(58 * mm, abs=0.1)
    assert height > 2 * width
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    assert "BP-2025-000002" in text
    assert "Sembilan ratus sembilan puluh ribu rupiah" in text
    assert re.search(r"Dibayarkan Rp990\.000", text)
    assert re.search(r"Denda Rp10\.000", text)
    assert "DOK-2026-000017" in text


def test_thermal_text_stays_inside_48_mm() -> None:
    long_name = withdrawal(
        member_name="Raden Ajeng Siti Nurhaliza Kusumawardhani Binti Abdurrahman",
        purpose="x" * 200,
    )
    pdf = render_receipt(long_name, samples.STAMP, "58mm")
    height = page_size(pdf)[1]
    # nothing dark in the 5 mm side margins (the dashed rules stay inside too)
    margin = 4.5 * mm / (58 * mm)
    assert dark_share(pdf, 1, (0, 0, margin, 1)) == 0
    assert dark_share(pdf, 1, (1 - margin, 0, 1, 1)) == 0
    assert height > page_size(render_receipt(withdrawal(), samples.STAMP, "58mm"))[1]


# --- statement --------------------------------------------------------------------


def statement(rows: int = 2) -> MemberStatementReport:
    sukarela = StatementAccount(
        account_number="SS-A-0001",
        product_name="Simpanan Sukarela",
        status="aktif",
        opened_on=D("2025-01-10"),
        closed_on=None,
        opening_balance=500_000,
        rows=tuple(
            StatementRow(
                D("2025-02-05"),
                f"JU-2025-{i + 10:06d}",
                f"BS-2025-{i + 1:06d}",
                f"Setoran Simpanan Sukarela nomor {i + 1}",
                0,
                1_000 * (i + 1),
                500_000 + 1_000 * (i + 1),
            )
            for i in range(rows)
        ),
        total_debit=111_111,
        total_credit=222_222,
        closing_balance=611_111,
    )
    wajib = StatementAccount(
        account_number="SW-A-0001",
        product_name="Simpanan Wajib",
        status="tutup",
        opened_on=D("2025-01-20"),
        closed_on=D("2025-02-15"),
        opening_balance=50_000,
        rows=(),
        total_debit=0,
        total_credit=0,
        closing_balance=50_000,
    )
    return MemberStatementReport(
        header=samples.HEADER,
        member_number="A-0001",
        member_name="Siti Aminah",
        member_address="Jl. Mawar 1, Bandung",
        date_from=D("2025-02-01"),
        date_to=D("2025-02-28"),
        accounts=(wajib, sukarela),
        total_opening=550_000,
        total_debit=111_111,
        total_credit=222_222,
        total_closing=661_111,
    )


def test_statement_sections_and_totals_from_the_dto() -> None:
    text = pdf_text(render_member_statement(statement(), samples.STAMP))
    assert "LAPORAN MUTASI SIMPANAN ANGGOTA" in text
    assert "Anggota A-0001 – Siti Aminah" in text
    assert "Periode 1 Februari 2025 s.d. 28 Februari 2025" in text
    assert "Simpanan Wajib – rekening SW-A-0001" in text
    assert "ditutup 15 Februari 2025" in text
    assert "Simpanan Sukarela – rekening SS-A-0001" in text
    assert re.search(r"05-02-2025\s+JU-2025-000010\s+BS-2025-000001\s+Setoran", text)
    assert re.search(r"Jumlah mutasi\s+111\.111\s+222\.222", text)
    assert re.search(r"28-02-2025\s+Saldo akhir\s+611\.111", text)
    assert re.search(r"Jumlah\s+550\.000\s+111\.111\s+222\.222\s+661\.111", text)
    assert "Halaman 1 dari 1" in text
    assert "DOK-2026-000017" in text


def test_long_statement_repeats_headings_and_counts_pages() -> None:
    pages = pdf_pages(render_member_statement(statement(rows=120), samples.STAMP))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
    for page in pages[:-1]:
        assert re.search(r"Tanggal\s+No\. Jurnal\s+No\. Bukti\s+Keterangan\s+Debit\s+Kredit", page)
    # amounts are right-aligned: the balance column ends at the same place
    ends = {
        line.rstrip().__len__()
        for line in pages[1].splitlines()
        if re.search(r"BS-2025-\d+.*\d\.\d{3}$", line.rstrip())
    }
    assert len(ends) == 1


# --- daily cash -------------------------------------------------------------------


def test_daily_cash_prints_dto_totals_and_signatures() -> None:
    report = DailyCashReport(
        header=samples.HEADER,
        day=D("2025-02-10"),
        account_code="1101",
        account_name="Kas",
        opening_balance=1_800_000,
        rows=(
            CashDayRow(
                "JU-2025-000005",
                "BP-2025-000001",
                "Penarikan",
                "A-0001 Siti",
                0,
                100_000,
                1_700_000,
            ),
            CashDayRow("JU-2025-000006", "", "Biaya listrik", "", 0, 50_000, 1_650_000),
        ),
        total_in=7_777,
        total_out=8_888,
        closing_balance=9_999,
    )
    text = pdf_text(render_daily_cash(report, samples.STAMP))
    assert "LAPORAN KAS HARIAN" in text
    assert "Akun 1101 – Kas" in text
    assert "Tanggal 10 Februari 2025" in text
    assert re.search(r"Saldo awal\s+1\.800\.000", text)
    assert re.search(r"JU-2025-000005\s+BP-2025-000001\s+Penarikan\s+A-0001 Siti\s+100\.000", text)
    assert re.search(r"Jumlah\s+7\.777\s+8\.888", text)
    assert re.search(r"Saldo akhir\s+9\.999", text)
    assert "Kasir" in text
    assert "Bendahara" in text
    assert "DOK-2026-000017" in text


def test_quiet_day_says_so() -> None:
    report = DailyCashReport(samples.HEADER, D("2025-02-20"), "1101", "Kas", 5, (), 0, 0, 5)
    text = flat(pdf_text(render_daily_cash(report, samples.STAMP)))
    assert "Tidak ada transaksi kas pada hari ini." in text


# --- recap ------------------------------------------------------------------------


def recap(difference: int = 0) -> SavingsRecapReport:
    rows = (
        SavingsRecapRow("pokok", "Simpanan Pokok", "3101", "Simpanan pokok", 3, 3, 300_000,
                        300_000, 0),
        SavingsRecapRow("sukarela", "Simpanan Sukarela", "2101", "Simpanan sukarela", 2, 2,
                        2_650_000, 2_650_000 - difference, difference),
    )  # fmt: skip
    return SavingsRecapReport(
        header=samples.HEADER,
        as_of=D("2025-03-31"),
        rows=rows,
        total_accounts=5,
        total_members=3,
        total_subledger=2_950_000,
        total_gl=2_950_000 - difference,
        total_difference=difference,
    )


def test_recap_rows_totals_and_a_clean_check() -> None:
    text = pdf_text(render_savings_recap(recap(), samples.STAMP))
    assert "REKAPITULASI SIMPANAN ANGGOTA" in text
    assert "Keadaan per 31 Maret 2025" in text
    assert re.search(r"Simpanan Sukarela\s+2101 Simpanan sukarela\s+2\s+2\s+2\.650\.000", text)
    assert re.search(r"Jumlah\s+5\s+3\s+2\.950\.000\s+2\.950\.000\s+0", text)
    assert "Buku simpanan cocok dengan buku besar." in text
    assert "PERHATIAN" not in text


def test_recap_shows_a_difference() -> None:
    text = flat(pdf_text(render_savings_recap(recap(difference=-25_000), samples.STAMP)))
    assert "2.675.000 (25.000)" in text
    assert "PERHATIAN: buku simpanan dan buku besar berselisih (Rp25.000)" in text


def test_a4_papers_are_a4() -> None:
    for pdf in (
        render_member_statement(statement(), samples.STAMP),
        render_savings_recap(recap(), samples.STAMP),
    ):
        assert page_size(pdf) == pytest.approx(A4, abs=0.1)
