"""Benchmark the member register: import, search, and the Buku Daftar Anggota PDF.

python benchmarks/bench_members.py --members 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kopdesk.app.papers import member_register_pdf
from kopdesk.services.base import users
from kopdesk.services.imports import members as member_import
from kopdesk.services.ledger import books
from kopdesk.services.members import register as members
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import open_book


def workbook(path: Path, count: int) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama Lengkap", "NIK", "Alamat", "No HP", "Tanggal Masuk"])
    for i in range(count):
        day, month, yy = 1 + i % 28, 1 + (i // 28) % 12, 60 + (i // 336) % 40
        nik = f"327301{day:02d}{month:02d}{yy:02d}{i % 10000:04d}"
        sheet.append(
            [
                f"Anggota {i:05d}",
                nik,
                "Jl. Cempaka No. 12, Kel. Sukaluyu",
                f"0812{i:08d}",
                "02-01-2020",
            ]
        )
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    source = folder / "anggota.xlsx"
    workbook(source, args.members)
    book = open_book(folder / "bench.sqlite", create=True)
    with book.unit_of_work() as s:
        admin = users.create_first_admin(s, "admin", "benchmark-1").actor()
        create_book(s, books.ProfileInput(name="KSP Benchmark"), 2025, actor=admin)
    t0 = time.perf_counter()
    with book.read() as s:
        plan = member_import.plan_import(s, source)
    t1 = time.perf_counter()
    with book.unit_of_work() as s:
        member_import.commit_import(s, admin, plan)
    t2 = time.perf_counter()
    print(f"import dry run, {args.members:,} rows{(t1 - t0) * 1000:>22.0f} ms")
    print(f"import commit, {args.members:,} rows{(t2 - t1) * 1000:>23.0f} ms")
    with book.read() as s:
        for text in ("anggota 0123", "0812000", "3273010"):
            t = time.perf_counter()
            found = members.member_ids(s, members.MemberFilter(search=text))
            took = (time.perf_counter() - t) * 1000
            print(f"search {text!r:<16} {len(found):>6} hits {took:>12.1f} ms")
    t = time.perf_counter()
    pdf = member_register_pdf(book, actor=admin)
    took = (time.perf_counter() - t) * 1000
    print(f"Buku Daftar Anggota PDF ({len(pdf) / 1e6:.1f} MB){took:>17.0f} ms")
    book.close()
    print(f"(book in {folder}; made {dt.datetime.now():%H.%M})")


if __name__ == "__main__":
    main()
