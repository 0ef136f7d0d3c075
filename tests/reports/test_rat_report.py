"""The RAT book as PDF from a hand-built RatBook: every chapter is printed and
listed in the table of contents with the page it starts on, the appendix lists
every member, the texts and the RAPB appear as written, and progress is reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal

import pytest

from kopdesk.domain.papers.rat import (
    MembershipStats,
    RapbRow,
    RapbTotals,
    RatBook,
    RatGradeRow,
    RatLoanRow,
    RatLoans,
    RatMemberRow,
    RatOfficer,
    RatSavingsRow,
    RatShu,
    RatText,
    SexCount,
)
from kopdesk.reports.rat import render_rat_book
from tests.reports import samples
from tests.reports.pdftext import pdf_pages
from tests.reports.test_shu_papers import shu_listing

D = dt.date
CHAPTERS = (
    "I. PENDAHULUAN",
    "II. LAPORAN PENGURUS",
    "III. ORGANISASI DAN KEANGGOTAAN",
    "IV. KEGIATAN USAHA",
    "V. LAPORAN KEUANGAN",
    "VI. PEMBAGIAN SISA HASIL USAHA",
    "VII. LAPORAN PENGAWAS",
    "VIII. RENCANA KERJA TAHUN 2026",
    "IX. RENCANA ANGGARAN PENDAPATAN DAN BELANJA TAHUN 2026",
    "PENGESAHAN",
    "LAMPIRAN 1. DAFTAR SIMPANAN, PINJAMAN DAN SHU ANGGOTA",
    "LAMPIRAN 2. DAFTAR PEMBAGIAN SHU ANGGOTA",
)
SECTIONS = (
    "A. Profil Koperasi",
    "B. Ikhtisar Tahun Buku",
    "A. Keanggotaan",
    "B. Pengurus",
    "C. Pengawas",
    "A. Simpanan Anggota",
    "B. Pinjaman Anggota",
    "C. Kolektibilitas Pinjaman",
    "A. Alokasi SHU",
    "B. Jasa Modal dan Jasa Usaha Anggota",
)
PENGURUS_TEXT = (
    "Tahun 2025 ditutup dengan baik.\n\n"
    "Bidang organisasi:\n- Rapat pengurus 12 kali.\n- Pendidikan anggota <baru> & lama."
)


def _members(count: int) -> tuple[RatMemberRow, ...]:
    return tuple(
        RatMemberRow(
            f"A-{i:05d}",
            f"Anggota Nomor {i}",
            100_000,
            50_000 * (i % 7),
            0,
            1_000_000 if i % 50 == 0 else 0,
            2_500_000 if i % 3 == 0 else 0,
            1_000 + i,
        )
        for i in range(1, count + 1)
    )


def rat_book(members: int = 150, **changes: object) -> RatBook:
    """A book of 2025 with ``members`` members; totals are not the rows' sums (the
    renderer prints the DTO's numbers)."""
    book = RatBook(
        header=dataclasses.replace(samples.HEADER, nik_koperasi="3273010020180001"),
        year=2025,
        start=D(2025, 1, 1),
        end=D(2025, 12, 31),
        coop_type_label="Koperasi Simpan Pinjam (KSP)",
        legal_date=D(2019, 3, 14),
        closed=True,
        membership=MembershipStats(
            2025,
            D(2025, 1, 1),
            D(2025, 12, 31),
            SexCount(70, 60),
            SexCount(12, 15),
            SexCount(3, 4),
            (
                ("Keluar", SexCount(2, 4)),
                ("Meninggal", SexCount(1, 0)),
                ("Diberhentikan", SexCount(0, 0)),
            ),
            SexCount(79, 71),
            SexCount(0, 2),
        ),
        pengurus=(
            RatOfficer("Ketua", "A-00003", "Eko Sumarni", D(2023, 3, 1), D(2028, 2, 28)),
            RatOfficer("Sekretaris", "A-00007", "Dadang Setiawan", D(2023, 3, 1), None),
            RatOfficer("Bendahara", "A-00011", "Iwan Wijaya", D(2023, 3, 1), D(2028, 2, 28)),
        ),
        pengawas=(
            RatOfficer("Pengawas", "A-00015", "Dani Hidayat", D(2023, 3, 1), D(2028, 2, 28)),
        ),
        savings=(
            RatSavingsRow(
                "Simpanan Pokok", "Simpanan pokok", 130, 13_000_000, 150, 15_000_000, 2_000_000
            ),
            RatSavingsRow(
                "Simpanan Wajib", "Simpanan wajib", 128, 745_500_000, 149, 940_750_000, 195_250_000
            ),
        ),
        savings_total_start=758_500_000,
        savings_total_end=955_750_000,
        savings_total_change=197_250_001,
        loans=RatLoans(
            rows=(RatLoanRow("Pinjaman Umum", 19, 338_000_000, 22, 193_324_600, 21_943_200),),
            total_disbursed_count=19,
            total_disbursed=338_000_000,
            total_loans_end=22,
            total_outstanding_end=193_324_600,
            grades=(
                RatGradeRow(
                    "Lancar", "L", 20, 171_381_400, Decimal("88.65"), Decimal("0.5"), 856_907
                ),
                RatGradeRow(
                    "Kurang lancar", "KL", 2, 21_943_200, Decimal("11.35"), Decimal(10), 2_194_320
                ),
            ),
            npl=21_943_200,
            npl_percent=Decimal("11.35"),
            allowance_required=3_051_227,
            allowance_formed=2_900_000,
        ),
        statements=None,
        statements_note="Laporan keuangan belum dapat disusun: contoh.",
        shu=RatShu(shu_listing(members)),
        texts=(
            RatText("laporan_pengurus", "Laporan Pengurus", PENGURUS_TEXT),
            RatText("laporan_pengawas", "Laporan Pengawas", ""),
            RatText("rencana_kerja", "Rencana Kerja Tahun 2026", "Menambah 50 anggota baru."),
            RatText("notulen", "Notulen Rapat Anggota Tahunan", ""),
            RatText("lain_lain", "Lain-lain", ""),
        ),
        rapb=(
            RapbRow("Jasa pinjaman anggota", 107_306_002, 118_000_000, "pendapatan"),
            RapbRow("Gaji karyawan", 78_000_000, 85_800_000, "beban"),
        ),
        rapb_totals=RapbTotals(
            107_306_002, 118_000_000, 78_000_000, 85_800_000, 29_306_002, 32_200_000
        ),
        members=_members(members),
        members_total=RatMemberRow(
            "", "Jumlah", 15_000_000, 940_750_000, 394_973_838, 38_500_000, 193_324_600, 27_000_000
        ),
    )
    return dataclasses.replace(book, **changes)  # type: ignore[arg-type]


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return [_squash(p) for p in pdf_pages(render_rat_book(rat_book(), samples.STAMP))]


def _toc(pages: list[str]) -> dict[str, int]:
    """Entry → page number from the table of contents (page 2)."""
    toc = pages[1]
    assert toc.count("DAFTAR ISI") == 1
    found = {}
    for title in (*CHAPTERS, *SECTIONS):
        match = re.search(re.escape(title) + r"[ .]*?(\d+)(?= |$)", toc)
        assert match is not None, title
        found[title] = int(match.group(1))
    return found


def test_cover_names_the_cooperative_and_the_year(pages: list[str]) -> None:
    cover = pages[0]
    for text in (
        "KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA",
        "LAPORAN PERTANGGUNGJAWABAN PENGURUS",
        "Rapat Anggota Tahunan",
        "TAHUN BUKU 2025",
        "1 Januari 2025 s.d. 31 Desember 2025",
        "Badan Hukum No. AHU-0001234.AH.01.29.TAHUN 2019 tanggal 14 Maret 2019",
        "Nomor Induk Koperasi (NIK) 3273010020180001",
        "Jl. Merdeka No. 10",
        "No. Dokumen: DOK-2026-000017",
    ):
        assert text in cover, text
    assert "DRAF" not in cover
    assert "Halaman" not in cover


def test_every_chapter_is_in_the_contents_on_the_page_it_starts(pages: list[str]) -> None:
    toc = _toc(pages)
    starts = [toc[t] for t in CHAPTERS]
    assert starts == sorted(starts)
    assert starts[0] == 3
    for title, page in toc.items():
        body = pages[page - 1]
        assert title in body, (title, page)
        assert f"Halaman {page} dari {len(pages)}" in body
    for title in CHAPTERS:  # a chapter starts its page, right under the running header
        body = pages[toc[title] - 1]
        assert body.index(title) < body.index("Halaman")


def test_chapters_print_the_numbers_of_the_book(pages: list[str]) -> None:
    toc = _toc(pages)
    organisation = pages[toc["III. ORGANISASI DAN KEANGGOTAAN"] - 1]
    assert "Anggota pada awal tahun (per 31 Desember 2024) 70 60 130" in organisation
    assert "Anggota masuk selama tahun 2025 12 15 27" in organisation
    assert "karena keluar 2 4 6" in organisation
    assert "Anggota pada akhir tahun (per 31 Desember 2025) 79 71 150" in organisation
    assert "2 calon anggota" in organisation
    assert "Ketua Eko Sumarni A-00003 1 Maret 2023 s.d. 28 Februari 2028" in organisation
    assert "Sekretaris Dadang Setiawan A-00007 1 Maret 2023 s.d. sekarang" in organisation
    business = pages[toc["IV. KEGIATAN USAHA"] - 1]
    assert "Simpanan Wajib 128 745.500.000 149 940.750.000 195.250.000" in business
    assert "Jumlah 758.500.000 955.750.000 197.250.001" in business
    assert "Pinjaman Umum 19 338.000.000 22 193.324.600 21.943.200" in business
    assert "Kurang lancar KL 2 21.943.200 11,35% 10% 2.194.320" in business
    assert "Lancar L 20 171.381.400 88,65% 0,5% 856.907" in business
    assert "(NPL) per 31 Desember 2025: 11,35%" in business
    assert "telah dibentuk Rp2.900.000; yang wajib dibentuk Rp3.051.227" in business
    shu = pages[toc["VI. PEMBAGIAN SISA HASIL USAHA"] - 1]
    assert "dibagi sebesar Rp60.000.000 (telah diposting)" in shu
    assert "Jumlah SHU dibagi 100% 60.000.000" in shu
    assert "Lampiran 2" in shu
    assert "Laporan keuangan belum dapat disusun: contoh." in pages[toc["V. LAPORAN KEUANGAN"] - 1]


def test_texts_and_rapb_as_written(pages: list[str]) -> None:
    toc = _toc(pages)
    report = pages[toc["II. LAPORAN PENGURUS"] - 1]
    assert "Tahun 2025 ditutup dengan baik." in report
    assert "Bidang organisasi:" in report
    assert "Rapat pengurus 12 kali." in report
    assert "- Rapat" not in report  # the dash became a bullet
    assert "Pendidikan anggota <baru> & lama." in report
    assert "Laporan Pengawas belum diisi" in pages[toc["VII. LAPORAN PENGAWAS"] - 1]
    assert "( Dani Hidayat )" in pages[toc["VII. LAPORAN PENGAWAS"] - 1]
    assert "Menambah 50 anggota baru." in pages[toc["VIII. RENCANA KERJA TAHUN 2026"] - 1]
    rapb = pages[toc["IX. RENCANA ANGGARAN PENDAPATAN DAN BELANJA TAHUN 2026"] - 1]
    assert "Realisasi 2025 Anggaran 2026" in rapb
    assert "Jasa pinjaman anggota 107.306.002 118.000.000" in rapb
    assert "Jumlah pendapatan 107.306.002 118.000.000" in rapb
    assert "Sisa hasil usaha 29.306.002 32.200.000" in rapb
    approval = pages[toc["PENGESAHAN"] - 1]
    for name in ("( Eko Sumarni )", "( Dadang Setiawan )", "( Iwan Wijaya )", "( Dani Hidayat )"):
        assert name in approval
    assert not any("NOTULEN" in p for p in pages)  # empty optional texts are left out


def test_appendices_list_every_member(pages: list[str]) -> None:
    toc = _toc(pages)
    first, second = toc[CHAPTERS[-2]], toc[CHAPTERS[-1]]
    balances = " ".join(pages[first - 1 : second - 1])
    for i in range(1, 151):
        assert f" A-{i:05d} Anggota Nomor {i} " in balances, i
    assert "3 A-00003 Anggota Nomor 3 100.000 150.000 2.500.000 1.003" in balances
    assert "Jumlah 15.000.000 940.750.000 394.973.838 38.500.000 193.324.600 27.000.000" in (
        balances
    )
    shares = " ".join(pages[second - 1 :])
    assert "A-0007 Lukman Hakim 2.000.000 5.000.000 240.000 1.000.000 1.240.000" in shares
    assert shares.count("Anggota Nomor") == 149


def test_the_shu_chapter_shows_the_part_from_non_members() -> None:
    """Issue 14 item 5 (KOPERASI.md §3.1): SHU 75.000.000, of which 15.000.000 from
    non-members (40.000.000 of 200.000.000 income) goes to cadangan; 60.000.000 shared."""
    listing = dataclasses.replace(
        shu_listing(20), non_member=15_000_000, non_member_income=40_000_000,
        income_total=200_000_000,
    )  # fmt: skip
    book = rat_book(20, shu=RatShu(listing))
    text = " ".join(_squash(p) for p in pdf_pages(render_rat_book(book, samples.STAMP)))
    assert "Sisa hasil usaha tahun buku 2025 sebesar Rp75.000.000" in text
    assert "usaha dengan non-anggota sebesar Rp15.000.000" in text
    assert "disisihkan ke cadangan dan tidak dibagi kepada anggota" in text
    assert "dibagi sebesar Rp60.000.000 (telah diposting)" in text
    assert "SHU dari usaha dengan non-anggota (ke cadangan) 15.000.000" in text


def test_a_draft_without_shu_or_rapb() -> None:
    book = rat_book(
        20,
        closed=False,
        shu=RatShu(None, "SHU tahun buku 2025 negatif (rugi)."),
        rapb=(),
        rapb_totals=None,
        pengurus=(),
        pengawas=(),
    )
    pages = [_squash(p) for p in pdf_pages(render_rat_book(book, samples.STAMP))]
    assert "DRAF — tahun buku belum ditutup" in pages[0]
    assert "LAMPIRAN 2" not in " ".join(pages)
    assert "SHU tahun buku 2025 negatif (rugi)." in " ".join(pages)
    assert "Rencana anggaran belum diisi" in " ".join(pages)
    assert "Tidak ada yang tercatat menjabat pada akhir tahun buku." in " ".join(pages)


def test_progress_is_reported_up_to_the_end() -> None:
    calls: list[tuple[int, int, str]] = []
    pdf = render_rat_book(rat_book(600), samples.STAMP, progress=lambda *a: calls.append(a))
    assert pdf.startswith(b"%PDF")
    fractions = [done / total for done, total, _label in calls]
    assert fractions == sorted(fractions)
    assert calls[-1][0] == calls[-1][1]
    assert len(calls) > 10
    labels = [label for _d, _t, label in calls]
    assert "Menghitung halaman untuk daftar isi" in labels
    assert sum(label.startswith("Menata halaman") for label in labels) >= 5


def test_same_book_same_bytes() -> None:
    book = rat_book(30)
    assert render_rat_book(book, samples.STAMP) == render_rat_book(book, samples.STAMP)


def test_without_a_health_result_the_book_says_nothing_of_health(pages: list[str]) -> None:
    assert not any("Penilaian Kesehatan" in p for p in pages)


def test_the_finance_chapter_shows_the_health_result() -> None:
    from tests.health_samples import perdep_assessment

    book = rat_book(members=5, health=perdep_assessment())
    pages = [_squash(p) for p in pdf_pages(render_rat_book(book, samples.STAMP))]
    found = [i for i, p in enumerate(pages) if "Penilaian Kesehatan Koperasi" in p]
    assert len(found) == 2  # the contents and the section
    toc_page = int(re.search(r"Penilaian Kesehatan Koperasi[ .]*?(\d+)", pages[1]).group(1))  # type: ignore[union-attr]
    page = pages[found[1]]
    assert toc_page == found[1] + 1
    assert "menurut Perdep 06/2016" in page
    assert "Skor komposit 69,73 — Cukup Sehat" in page
    assert "Kualitas Aktiva Produktif 25,00 18,75" in page
    shu = next(i for i, p in enumerate(pages) if "PEMBAGIAN SISA HASIL USAHA" in p and i > 1)
    assert found[1] < shu
