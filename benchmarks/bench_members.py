"""Benchmark the member register: search as you type, import, and the Buku Daftar Anggota PDF.

    python benchmarks/bench_members.py [--db BOOK] [--members 10000] [--big 100000] [--pdf]

``measure(db_path)`` returns the rows for ``benchmarks/run.py`` (op, seconds, floor,
goal): search per keystroke (median and worst over typed sequences) on a copy of
the book at ``db_path`` and on a generated members-only book of ``big`` members,
each beside the same SQL run raw on the same file; and the import of ``members``
members from an .xlsx into a fresh copy of an empty book (plan and commit).

A keystroke is what the window asks the services after the typing pause: the
teller's finder asks for its first 200 matches (``search.find_members``) and the
rows of the first screenful; the Anggota page asks for every match (it shows the
count and scrolls through all of them) and the rows of the first screenful.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.services.base import users
from kopdesk.services.imports import members as member_import
from kopdesk.services.ledger import books
from kopdesk.services.members import register as members
from kopdesk.services.members import search
from kopdesk.services.setup.book import create_book
from kopdesk.storage.db import Book, open_book

SEARCH_GOAL = 0.030
"""Seconds a keystroke may cost at 10,000 members (issue 16)."""
SEARCH_GOAL_BIG = 0.050
"""... and at 100,000."""
IMPORT_GOAL = 5.0
FINDER_LIMIT = 200
SCREEN = 50
TYPED = (
    "sutini",  # a name, letter by letter
    "santoso",
    "anggota 01",  # the benchmark books' names
    "a-00123",  # a member number
    "327301",  # NIK digits
    "0812",  # a phone as people write it
)
FIRST = [
    "Siti",
    "Budi",
    "Agus",
    "Dewi",
    "Sri",
    "Rina",
    "Eko",
    "Joko",
    "Yanti",
    "Ahmad",
    "Muhammad",
    "Nur",
    "Wahyu",
    "Dian",
    "Putri",
    "Andi",
    "Rudi",
    "Hendra",
    "Lestari",
    "Sutini",
    "Sutrisno",
    "Suharti",
    "Bambang",
    "Ratna",
    "Ani",
    "Wati",
    "Slamet",
    "Suparman",
]
LAST = [
    "Santoso",
    "Wijaya",
    "Aminah",
    "Hidayat",
    "Saputra",
    "Lestari",
    "Kurniawan",
    "Rahayu",
    "Setiawan",
    "Susanti",
    "Pratama",
    "Utami",
    "Nugroho",
    "Sari",
    "Wati",
    "Purnama",
    "Handayani",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Hasibuan",
]


def workbook(path: Path, count: int) -> None:
    """An .xlsx of ``count`` members in the importer's columns (as a treasurer's list)."""
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


def _copy_book(source: Path, folder: Path) -> Path:
    """A copy of a book with its side files (the benchmark may migrate it)."""
    target = folder / source.name
    for part in source.parent.glob(source.name + "*"):
        if part.is_file():
            shutil.copy2(part, folder / part.name)
    return target


def _empty_book(path: Path) -> tuple[Book, Any]:
    book = open_book(path, create=True)
    with book.unit_of_work() as s:
        admin = users.create_first_admin(s, "admin", "benchmark-1").actor()
        create_book(s, books.ProfileInput(name="KSP Benchmark"), 2025, actor=admin)
    return book, admin


def members_only_book(path: Path, count: int, *, seed: int = 16) -> None:
    """A book of ``count`` members with varied Indonesian names (rows written raw)."""
    book, _admin = _empty_book(path)
    book.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    now = dt.datetime(2025, 1, 2).strftime("%Y-%m-%d %H:%M:%S.%f")
    empty = (
        "birth_place, rt_rw, kecamatan, kabupaten_kota, provinsi, postal_code, occupation, "
        "employer_unit, member_class, npwp, heir_name, heir_relation"
    )
    columns = (
        "number, full_name, nik, birth_date, sex, phone, address, kelurahan, join_date, "
        f"status, status_date, created_at, {empty}"
    )
    rows = []
    for i in range(1, count + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        day, month, yy = 1 + i % 28, 1 + (i // 28) % 12, 60 + (i // 336) % 40
        rows.append(
            (
                f"A-{i:06d}",
                name,
                f"3273{i % 97:02d}{day:02d}{month:02d}{yy:02d}{i % 10000:04d}",
                f"19{yy:02d}-{month:02d}-{day:02d}",
                "L" if i % 2 else "P",
                f"+62812{i:08d}",
                "Jl. Cempaka No. 12",
                "Sukaluyu",
                "2020-01-02",
                MemberStatus.AKTIF.value,
                "2020-01-02",
                now,
                *[""] * 12,
            )
        )
    marks = "(" + ", ".join("?" * 24) + ")"
    with conn:
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            conn.execute(
                f"INSERT INTO member ({columns}) VALUES " + ", ".join([marks] * len(chunk)),
                [v for row in chunk for v in row],
            )
    conn.close()


def _timed(work: Callable[[], object], repeat: int = 3) -> float:
    """The best of ``repeat`` runs (the machine is shared: the least disturbed)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _raw_ids(conn: sqlite3.Connection, typed: str, limit: int | None) -> list[int]:
    """What the service asks, as raw SQL on the driver (the floor)."""
    found = search.terms(typed)
    assert found is not None
    tail = "ORDER BY number, id" + ("" if limit is None else f" LIMIT {limit}")
    if all(len(p) >= search.TRIGRAM for p in found.parts):

        def phrase(value: str) -> str:
            return '"' + value.replace('"', '""') + '"'

        match = [f"{{number full_name}} : {phrase(found.words)}"]
        match += [f"nik : {phrase(found.nik)}"] if found.nik else []
        match += [f"phone : {phrase(found.phone)}"] if found.phone else []
        sql = (
            "SELECT id FROM member WHERE id IN (SELECT rowid FROM member_search "
            f"WHERE member_search MATCH ?) {tail}"
        )
        return [r[0] for r in conn.execute(sql, (" OR ".join(match),))]
    where, patterns = _like(found)
    return [r[0] for r in conn.execute(f"SELECT id FROM member WHERE {where} {tail}", patterns)]


def _like(found: search.SearchTerms) -> tuple[str, list[str]]:
    like = [("lower(number)", found.words), ("lower(full_name)", found.words)]
    like += [("nik", found.nik)] if found.nik else []
    like += [("phone", found.phone)] if found.phone else []
    where = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column, _ in like)
    patterns = [
        "%" + p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for _, p in like
    ]
    return where, patterns


def _raw_finder(conn: sqlite3.Connection, typed: str) -> list[int]:
    """The finder's statements as raw SQL: the walk, the index when the walk found too
    few, the exact number."""
    found = search.terms(typed)
    assert found is not None
    where, patterns = _like(found)
    walk = (
        "SELECT id FROM (SELECT id, number, full_name, nik, phone FROM member "
        f"ORDER BY number, id LIMIT {search.WALK}) WHERE {where} ORDER BY number, id "
        f"LIMIT {FINDER_LIMIT}"
    )
    ids = [r[0] for r in conn.execute(walk, patterns)]
    if len(ids) < FINDER_LIMIT:
        ids = _raw_ids(conn, typed, FINDER_LIMIT)
    conn.execute("SELECT id FROM member WHERE number = ?", (typed.strip().upper(),)).fetchall()
    return ids


def _raw_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    if ids:
        marks = ", ".join("?" * len(ids))
        conn.execute(f"SELECT * FROM member WHERE id IN ({marks})", list(ids)).fetchall()


def search_rows(path: Path, label: str, goal: float) -> list[dict[str, object]]:
    """Search per keystroke on the book at ``path``: median and worst, finder and page."""
    book = open_book(path)
    raw = sqlite3.connect(path)
    times: dict[str, list[float]] = {"finder": [], "page": []}
    floors: dict[str, list[float]] = {"finder": [], "page": []}
    try:
        for word in TYPED:
            for end in range(1, len(word) + 1):
                typed = word[:end]
                with book.read() as s:

                    def finder(s: Any = s, typed: str = typed) -> None:
                        ids = search.find_members(s, typed, limit=FINDER_LIMIT)
                        members.member_rows(s, ids[:SCREEN])

                    def page(s: Any = s, typed: str = typed) -> None:
                        ids = members.member_ids(s, members.MemberFilter(search=typed))
                        members.member_rows(s, ids[:SCREEN])

                    times["finder"].append(_timed(finder))
                    times["page"].append(_timed(page))
                floors["finder"].append(
                    _timed(lambda t=typed: _raw_rows(raw, _raw_finder(raw, t)[:SCREEN]))
                )
                floors["page"].append(
                    _timed(lambda t=typed: _raw_rows(raw, _raw_ids(raw, t, None)[:SCREEN]))
                )
    finally:
        raw.close()
        book.close()
    rows: list[dict[str, object]] = []
    for kind, what in (("finder", "teller's finder"), ("page", "Anggota page")):
        for name, pick in (("median", statistics.median), ("worst", max)):
            rows.append(
                {
                    "op": f"member search per keystroke, {what}, {name} ({label})",
                    "seconds": pick(times[kind]),
                    "floor": pick(floors[kind]),
                    "goal": goal,
                }
            )
    return rows


def import_row(folder: Path, count: int) -> dict[str, object]:
    """Import ``count`` members from an .xlsx into a fresh empty book: plan and commit."""
    source = folder / "anggota.xlsx"
    workbook(source, count)
    book, admin = _empty_book(folder / "impor.sqlite")
    try:
        start, cpu = time.perf_counter(), time.process_time()
        with book.read() as s:
            plan = member_import.plan_import(s, source)
        assert plan.ok, plan.errors[:3]
        with book.unit_of_work() as s:
            member_import.commit_import(s, admin, plan)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        book.close()
    return {
        "op": f"import of {count:,} members from xlsx",
        "seconds": took,
        "floor": None,
        "goal": IMPORT_GOAL,
        "note": f"{cpu:.2f} s CPU",
    }


def measure(
    db_path: Path | str, *, members_count: int = 10_000, big: int = 100_000
) -> list[dict[str, object]]:
    """Rows for the benchmark table (the book at ``db_path`` is copied, never written)."""
    with tempfile.TemporaryDirectory(prefix="kopdesk-bench-members-") as name:
        folder = Path(name)
        (folder / "book").mkdir()
        copy = _copy_book(Path(db_path), folder / "book")
        with sqlite3.connect(copy) as conn:
            count = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        rows = search_rows(copy, f"{count:,} members", SEARCH_GOAL)
        if big:
            generated = folder / "anggota_besar.sqlite"
            members_only_book(generated, big)
            rows += search_rows(generated, f"{big:,} members", SEARCH_GOAL_BIG)
        rows.append(import_row(folder, members_count))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="the big book (copied); default: a new one")
    parser.add_argument("--members", type=int, default=10_000, help="members to import")
    parser.add_argument("--big", type=int, default=100_000, help="members of the generated book")
    parser.add_argument("--pdf", action="store_true", help="also time the Buku Daftar Anggota")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kopdesk-bench-members-"))
    db = args.db
    if db is None:
        db = folder / "anggota.sqlite"
        members_only_book(db, args.members)
    rows = measure(db, members_count=args.members, big=args.big)
    for row in rows:
        floor = row["floor"]
        seconds = float(str(row["seconds"]))
        ratio = f"{seconds / float(str(floor)):6.1f}x" if floor else "      "
        shown = f"{float(str(floor)) * 1000:9.1f} ms" if floor else " " * 12
        verdict = "ok" if seconds <= float(str(row["goal"])) else "MISSED"
        print(
            f"{row['op']:<72} {seconds * 1000:9.1f} ms {shown} {ratio} "
            f"goal {float(str(row['goal'])) * 1000:7.0f} ms  {verdict}  {row.get('note', '')}"
        )
    if args.pdf:
        from kopdesk.app.papers import member_register_pdf

        book, admin = _empty_book(folder / "pdf.sqlite")
        workbook(folder / "anggota.xlsx", args.members)
        with book.read() as s:
            plan = member_import.plan_import(s, folder / "anggota.xlsx")
        with book.unit_of_work() as s:
            member_import.commit_import(s, admin, plan)
        start = time.perf_counter()
        pdf = member_register_pdf(book, actor=admin)
        took = time.perf_counter() - start
        print(f"Buku Daftar Anggota PDF ({len(pdf) / 1e6:.1f} MB){took * 1000:>17.0f} ms")
        book.close()


if __name__ == "__main__":
    main()
