"""Made-up members for the window tests and screenshots: valid NIKs (Kota Bandung),
Indonesian names and phone numbers, written with the import services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from kopdesk.domain.permissions import Actor
from kopdesk.services.imports.members import FIELDS, ImportResult, commit_import, plan_import
from kopdesk.storage.db import Book

FIRST = ("Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Sri", "Joko", "Nur", "Eko", "Wati")
LAST = ("Aminah", "Fauzi", "Lestari", "Santoso", "Marlina", "Setiawan", "Rahayu", "Susilo")
KELURAHAN = ("Sukaluyu", "Cihaurgeulis", "Sadang Serang", "Neglasari", "Cigadung")
HEADERS = [
    "No. Anggota",
    "Nama Lengkap",
    "NIK",
    "Tanggal Lahir",
    "Jenis Kelamin",
    "Alamat",
    "Kelurahan/Desa",
    "No. HP",
    "Pekerjaan",
    "Tanggal Masuk",
    "Status",
]
assert all(any(h == label for label, _ in FIELDS.values()) for h in HEADERS)


def nik(n: int, *, female: bool = False, born: dt.date | None = None) -> str:
    """A valid NIK of Kota Bandung (3273), kecamatan 01, serial ``n``."""
    day = born or dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
    dd = day.day + (40 if female else 0)
    return f"327301{dd:02d}{day.month:02d}{day.year % 100:02d}{n % 10_000:04d}"


def row(n: int) -> list[object]:
    """Spreadsheet cells of made-up member ``n`` (numbers left to kopdesk)."""
    female = n % 2 == 0
    born = dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
    return [
        "",
        f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n}",
        nik(n, female=female, born=born),
        born.strftime("%d-%m-%Y"),
        "P" if female else "L",
        f"Jl. Cempaka No. {n % 90 + 1}",
        KELURAHAN[n % len(KELURAHAN)],
        f"0812{n:08d}",
        "Pedagang" if n % 3 else "Guru",
        (dt.date(2015, 1, 2) + dt.timedelta(days=n % 3000)).strftime("%d-%m-%Y"),
        "calon" if n % 17 == 0 else "aktif",
    ]


def write_workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for cells in rows:
        sheet.append(cells)
    book.save(path)
    return path


def import_members(book: Book, actor: Actor, count: int, folder: Path) -> ImportResult:
    """Register ``count`` made-up members quickly (one bulk import)."""
    path = write_workbook(folder / f"anggota-{count}.xlsx", [row(n) for n in range(1, count + 1)])
    with book.read() as session:
        plan = plan_import(session, path)
    assert plan.ok, plan.errors[:3]
    with book.unit_of_work() as session:
        return commit_import(session, actor, plan)
