"""Hostile spreadsheets a user may hand kopdesk: corrupt, truncated, huge when
unpacked, in an odd encoding, or made to exhaust memory.

Each builder writes one file under ``folder`` and returns its path. The files
are made here, byte by byte, so each test shows what it feeds the importer.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
HEADER = ("No. Anggota", "Nama Lengkap", "NIK", "Tanggal Masuk")
ROW = ("A-0001", "Siti Aminah", "3273015504900002", "02-01-2020")


def good_xlsx_bytes() -> bytes:
    """A small, sound member sheet: a header and one row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(ROW)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rezip(
    data: bytes, change: Callable[[str, bytes], bytes], extra: dict[str, Iterable[bytes]]
) -> bytes:
    """``data`` (an .xlsx) with each part passed through ``change`` and ``extra`` parts
    (written chunk by chunk) added."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item.filename, change(item.filename, source.read(item.filename)))
        for name, chunks in extra.items():
            with target.open(name, "w", force_zip64=True) as stream:
                for chunk in chunks:
                    stream.write(chunk)
    return out.getvalue()


def _sheet_xml(change: Callable[[bytes], bytes]) -> bytes:
    return rezip(good_xlsx_bytes(), lambda name, part: change(part) if name == SHEET else part, {})


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- .xlsx ------------------------------------------------------------------------------------


def csv_renamed_xlsx(folder: Path) -> Path:
    """A CSV file someone renamed to .xlsx."""
    text = ",".join(HEADER) + "\n" + ",".join(ROW) + "\n"
    return _write(folder, "csv-renamed.xlsx", text.encode())


def random_bytes_xlsx(folder: Path) -> Path:
    return _write(folder, "random.xlsx", random.Random(14).randbytes(4096))


def truncated_xlsx(folder: Path) -> Path:
    """A download or copy cut off half-way."""
    data = good_xlsx_bytes()
    return _write(folder, "truncated.xlsx", data[: len(data) // 2])


def broken_sheet_xml_xlsx(folder: Path) -> Path:
    """A sound zip whose worksheet XML stops in the middle of a tag."""
    return _write(folder, "broken-xml.xlsx", _sheet_xml(lambda xml: xml[: len(xml) // 2]))


def billion_laughs_xlsx(folder: Path) -> Path:
    """Nested XML entities that expand to about 10^9 'lol's."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    dtd = f'<?xml version="1.0"?><!DOCTYPE worksheet [{"".join(entities)}]>'.encode()

    def bomb(xml: bytes) -> bytes:
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
        return dtd + body.replace(b"<t>Siti Aminah</t>", b"<t>&lol9;</t>")

    return _write(folder, "laughs.xlsx", _sheet_xml(bomb))


def _with_shared_strings(strings: Iterable[bytes], index: int) -> bytes:
    """The good sheet with its name cell pointing at shared string ``index``."""

    def change(part_name: str, part: bytes) -> bytes:
        if part_name == SHEET:
            return re.sub(
                rb'<c r="B2" t="inlineStr"><is><t>Siti Aminah</t></is></c>',
                b'<c r="B2" t="s"><v>%d</v></c>' % index,
                part,
            )
        if part_name == "[Content_Types].xml":
            return part.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        if part_name == "xl/_rels/workbook.xml.rels":
            return part.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                b"</Relationships>",
            )
        return part

    table = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="1" uniqueCount="1"><si><t>',
        *strings,
        b"</t></si></sst>",
    )
    return rezip(good_xlsx_bytes(), change, {"xl/sharedStrings.xml": table})


def missing_shared_string_xlsx(folder: Path) -> Path:
    """A cell pointing past the end of the shared string table."""
    return _write(folder, "missing-string.xlsx", _with_shared_strings([b"Siti"], 7))


def huge_shared_string_xlsx(folder: Path) -> Path:
    """One shared string of 300 million characters: 300 KB zipped, 300 MB unpacked."""
    data = _with_shared_strings((b"A" * 1_000_000 for _ in range(300)), 0)
    return _write(folder, "huge-string.xlsx", data)


def declared_whole_sheet_xlsx(folder: Path) -> Path:
    """A tiny file that declares the whole Excel grid and fills its last cell:
    a reader that trusts the declared size builds 16,384 × 1,048,576 cells."""

    def whole(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', xml)
        last = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        return xml.replace(b"</sheetData>", last + b"</sheetData>")

    return _write(folder, "whole-sheet.xlsx", _sheet_xml(whole))


def declared_dimension_only_xlsx(folder: Path) -> Path:
    """Sound data in A1:D2 under a declared dimension of the whole grid."""
    return _write(
        folder,
        "dimension.xlsx",
        _sheet_xml(
            lambda xml: re.sub(
                rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', xml
            )
        ),
    )


# --- .csv -------------------------------------------------------------------------------------


def not_utf8_nor_cp1252_csv(folder: Path) -> Path:
    """Bytes 0x81 and 0x8D are undefined in Windows-1252 and invalid in UTF-8."""
    data = (",".join(HEADER) + "\n").encode() + b"A-0001,Siti \x81\x8d Aminah,1,2\n"
    return _write(folder, "garbled.csv", data)


def utf16_csv(folder: Path) -> Path:
    """What Excel's "Unicode Text" writes: UTF-16 with a BOM, tab-separated."""
    text = "\t".join(HEADER) + "\r\n" + "\t".join(ROW) + "\r\n"
    return _write(folder, "unicode.csv", text.encode("utf-16"))


def huge_field_csv(folder: Path) -> Path:
    """One field of 200,000 characters (more than Python's csv module allows)."""
    text = ",".join(HEADER) + "\n" + "A-0001," + "x" * 200_000 + ",1,2\n"
    return _write(folder, "huge-field.csv", text.encode())


def endless_row_csv(folder: Path) -> Path:
    """19 MB of commas on one line: a row of 19 million empty cells."""
    path = folder / "endless-row.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(HEADER) + "\n")
        for _ in range(19):
            out.write("," * 1_000_000)
        out.write("x\n")
    return path


UNREADABLE: dict[str, Callable[[Path], Path]] = {
    "csv renamed .xlsx": csv_renamed_xlsx,
    "random bytes": random_bytes_xlsx,
    "truncated": truncated_xlsx,
    "broken sheet XML": broken_sheet_xml_xlsx,
    "billion laughs": billion_laughs_xlsx,
    "missing shared string": missing_shared_string_xlsx,
    "huge shared string": huge_shared_string_xlsx,
    "whole grid declared and filled": declared_whole_sheet_xlsx,
    "neither UTF-8 nor cp1252": not_utf8_nor_cp1252_csv,
    "200k-character field": huge_field_csv,
    "row of 19 million cells": endless_row_csv,
}
"""Files every import refuses with one Indonesian line (test id -> builder)."""
