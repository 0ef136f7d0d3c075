"""The wajib arrears list and the PPh 4(2) list as PDF (A4 landscape).

DTOs are built by hand; totals differ from the rows' sums and the tax rule is
not the default, so the tests show the renderer prints the DTO's figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import A4, landscape

from kopdesk.domain.papers.savings import (
    TaxWithholdingReport,
    TaxWithholdingRow,
    WajibArrearsReport,
    WajibArrearsRow,
)
from kopdesk.reports.savings_lists import render_tax_withholding, render_wajib_arrears
from tests.reports import samples
from tests.reports.pdftext import page_size, pdf_pages, pdf_text

D = dt.date.fromisoformat


def flat(text: str) -> str:
    return " ".join(text.split())


def wajib_row(i: int, **changes: object) -> WajibArrearsRow:
    row = WajibArrearsRow(
        member_number=f"A-{i:04d}", member_name=f"Anggota Nomor {i}", member_class="Karyawan",
        monthly=50_000, start=D("2025-01-02"), months=2, due=100_000, paid=0, arrears=100_000,
        ahead=0, months_behind=2,
    )  # fmt: skip
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


def wajib(rows: int = 2, *, only_late: bool = True) -> WajibArrearsReport:
    return WajibArrearsReport(
        header=samples.HEADER,
        through=D("2025-02-28"),
        only_late=only_late,
        billing_start=D("2024-07-01"),
        rows=tuple(wajib_row(i + 1, months_behind=1 + i * 7 % 20) for i in range(rows)),
        total_due=111_111,
        total_paid=22_222,
        total_arrears=333_333,
        total_ahead=44_444,
        members_billed=40,
        members_late=7,
    )


def test_wajib_list_rows_totals_and_notes() -> None:
    report = dataclasses.replace(
        wajib(),
        rows=(wajib_row(1), wajib_row(2, member_class="", paid=50_000, arrears=50_000,
                                     months_behind=1)),
    )  # fmt: skip
    pdf = render_wajib_arrears(report, samples.STAMP)
    assert page_size(pdf) == pytest.approx(landscape(A4), abs=0.1)
    text = pdf_text(pdf)
    assert "DAFTAR TAGIHAN DAN TUNGGAKAN SIMPANAN WAJIB" in text
    assert "Per 28 Februari 2025 – anggota yang menunggak" in text
    assert re.search(
        r"No\.\s+No\. Anggota\s+Nama Anggota\s+Golongan\s+Per Bulan\s+Sejak\s+Bulan\s+"
        r"Wajib s\.d\. 28-02-2025\s+Dibayar\s+Tunggakan\s+Bulan Menunggak",
        text,
    )
    assert re.search(
        r"1\s+A-0001\s+Anggota Nomor 1\s+Karyawan\s+50\.000\s+02-01-2025\s+2\s+100\.000\s+0\s+"
        r"100\.000\s+2",
        text,
    )
    assert re.search(r"A-0002\s+Anggota Nomor 2\s+-\s+50\.000", text)
    assert re.search(r"Jumlah \(2 anggota\)\s+111\.111\s+22\.222\s+333\.333", text)
    assert "Lebih Bayar" not in text  # nobody listed is ahead
    flat_text = flat(text)
    assert "Anggota menunggak: 7 dari 40 anggota aktif yang ditagih" in flat_text
    assert "jumlah tunggakan Rp333.333" in flat_text
    assert "tidak sebelum 1 Juli 2024" in flat_text
    assert "sampai dengan bulan Februari 2025" in flat_text
    assert "Mengetahui, Ketua" in text
    assert "Bendahara" in text
    assert "Halaman 1 dari 1" in text
    assert "No. Dokumen: DOK-2026-000017" in text


def test_wajib_list_of_everybody_has_the_paid_ahead_column() -> None:
    report = dataclasses.replace(
        wajib(only_late=False),
        rows=(wajib_row(1, paid=150_000, arrears=0, ahead=50_000, months_behind=0),),
    )
    text = pdf_text(render_wajib_arrears(report, samples.STAMP))
    assert "semua anggota aktif" in text
    assert re.search(r"Tunggakan\s+Lebih Bayar\s+Bulan Menunggak", text)
    assert re.search(r"100\.000\s+150\.000\s+50\.000", text)
    assert re.search(r"Jumlah \(1 anggota\)\s+111\.111\s+22\.222\s+333\.333\s+44\.444", text)


def test_wajib_list_without_anybody_behind() -> None:
    report = dataclasses.replace(wajib(0), total_arrears=0, members_late=0)
    text = flat(pdf_text(render_wajib_arrears(report, samples.STAMP)))
    assert "Tidak ada anggota yang menunggak." in text
    assert "Anggota menunggak: 0 dari 40" in text


def test_long_wajib_list_repeats_headings_and_counts_pages() -> None:
    pages = pdf_pages(render_wajib_arrears(wajib(80), samples.STAMP))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert re.search(r"No\. Anggota\s+Nama Anggota\s+Golongan", page)
    # figures are right-aligned: months behind (1 to 20) end at the same place
    lines = [
        line.rstrip() for line in pages[1].splitlines() if re.match(r"\s*\d+\s+A-\d{4}\s", line)
    ]
    assert {len(line.split()[-1]) for line in lines} == {1, 2}
    assert len({len(line) for line in lines}) == 1


HAJI = TaxWithholdingRow(
    "A-0001", "Haji Rahmat", "3273011708850001", "01.300.066.6-091.000", 350_000, 52_500, 297_500
)
ANI = TaxWithholdingRow("A-0002", "Ani Lestari", "3273011708850002", "", 5_000, 0, 5_000)


def tax(
    rows: tuple[TaxWithholdingRow, ...] = (HAJI, ANI), **changes: object
) -> TaxWithholdingReport:
    report = TaxWithholdingReport(
        header=samples.HEADER,
        month="2025-02",
        period_end=D("2025-02-28"),
        pay_by=D("2025-03-10"),
        rows=rows,
        threshold=300_000,
        rate_percent=Decimal("15"),
        rule_matches=True,
        entry_number="JU-2025-000042",
        gross_total=999_999,
        tax_total=88_888,
        net_total=911_111,
        members_taxed=1,
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]


def test_tax_list_rows_totals_rule_deadline_journal_and_signature() -> None:
    pdf = render_tax_withholding(tax(), samples.STAMP)
    assert page_size(pdf) == pytest.approx(landscape(A4), abs=0.1)
    text = pdf_text(pdf)
    assert "DAFTAR PEMOTONGAN PPh PASAL 4 AYAT (2) ATAS JASA SIMPANAN" in text
    assert "Masa Pajak Februari 2025" in text
    assert re.search(
        r"No\.\s+No\. Anggota\s+Nama Anggota\s+NIK\s+NPWP\s+Jasa Bruto\s+PPh Dipotong\s+"
        r"Jasa Bersih",
        text,
    )
    assert re.search(
        r"1\s+A-0001\s+Haji Rahmat\s+3273011708850001\s+01\.300\.066\.6-091\.000\s+350\.000\s+"
        r"52\.500\s+297\.500",
        text,
    )
    assert re.search(r"A-0002\s+Ani Lestari\s+3273011708850002\s+-\s+5\.000\s+0\s+5\.000", text)
    assert re.search(r"Jumlah \(2 anggota\)\s+999\.999\s+88\.888\s+911\.111", text)
    flat_text = flat(text)
    assert "yang dipotong PPh: 1" in flat_text
    assert "yang harus disetor: Rp88.888" in flat_text
    # the rule comes from the DTO, not from constants
    assert "0% bila jasa seorang anggota dalam sebulan sampai dengan Rp300.000" in flat_text
    assert "15% dari jasa bruto bila lebih dari Rp300.000" in flat_text
    assert "disetor paling lambat tanggal 10 Maret 2025" in flat_text
    assert "juga bila tarifnya 0%" in flat_text
    assert "Dibukukan dengan jurnal JU-2025-000042 tanggal 28 Februari 2025" in flat_text
    assert "Bendahara" in text
    assert "26 Juli 2026" in text  # the day the paper was made, by the signature
    assert "PERHATIAN" not in text
    assert "Halaman 1 dari 1" in text
    assert "DOK-2026-000017" in text


def test_tax_list_warns_when_the_rule_no_longer_matches() -> None:
    text = flat(pdf_text(render_tax_withholding(tax(rule_matches=False), samples.STAMP)))
    assert "PERHATIAN: sebagian potongan tidak sesuai dengan batas dan tarif di atas" in text


def test_tax_list_of_a_month_without_interest() -> None:
    report = tax((), entry_number=None, gross_total=0, tax_total=0, net_total=0, members_taxed=0)
    text = flat(pdf_text(render_tax_withholding(report, samples.STAMP)))
    assert "Tidak ada jasa simpanan pada bulan ini." in text
    assert "Tidak ada jurnal" in text
    assert "Jumlah (0 anggota) 0 0 0" in text


def test_long_tax_list_repeats_headings() -> None:
    rows = tuple(
        TaxWithholdingRow(f"A-{i:04d}", f"Anggota {i}", f"32730117088{i:05d}", "", 9_000, 0, 9_000)
        for i in range(1, 90)
    )
    pages = pdf_pages(render_tax_withholding(tax(rows), samples.STAMP))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert re.search(r"NIK\s+NPWP\s+Jasa Bruto\s+PPh Dipotong\s+Jasa Bersih", page)
