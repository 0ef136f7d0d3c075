"""Backups, rotation, the integrity check and the restore round trip."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app import maintenance
from kopdesk.app.auth import request_approval
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import ApprovalRequiredError, PermissionDeniedError, StorageError
from kopdesk.services.base import audit, settings, users
from kopdesk.services.ledger import journal
from kopdesk.storage import backups
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD, PostFn, make_book
from tests.filetree import mode, tree
from tests.helpers import Snapshot, take_snapshot


def business(snapshot: Snapshot) -> Snapshot:
    """The books without the trail of the restore itself."""
    return {
        k: v
        for k, v in snapshot.items()
        if k not in ("audit_log", "chain_state", "approval_grant", "app_user")
    }


def test_backup_is_checked_and_noted(book: Book, post: PostFn) -> None:
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    result = maintenance.backup_now(book, "manual")
    info = result.info
    assert info.verified
    assert info.path.parent.name == "cadangan"
    note = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert note["reason"] == "manual"
    assert note["sha256"] == info.sha256
    copy = open_book(info.path, read_only=True)
    with copy.read() as s:
        assert len(journal.entry_ids(s)) == 1
    copy.close()
    assert [b.path for b in maintenance.list_book_backups(book)] == [info.path]


def test_the_second_folder_gets_a_copy_and_a_missing_one_is_a_warning(
    book: Book, admin: Actor, tmp_path: Path
) -> None:
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    with book.unit_of_work() as s:
        settings.change_text_setting(s, admin, settings.BACKUP_SECOND_FOLDER, str(usb))
    result = maintenance.backup_now(book)
    assert result.copied_to is not None
    assert result.copied_to.exists()
    usb.rename(tmp_path / "dicabut")
    result = maintenance.backup_now(book)
    assert result.copied_to is None
    assert "flashdisk belum dipasang" in result.warnings[0]
    assert result.info.path.exists()


def test_rotation_keeps_the_newest_per_day_week_and_month(tmp_path: Path) -> None:
    folder = tmp_path / "cadangan"
    folder.mkdir()
    start = dt.datetime(2025, 1, 1, 17, 0)
    for day in range(120):
        made = start + dt.timedelta(days=day)
        path = folder / f"buku-harian-{made:%Y%m%d}.sqlite"
        path.write_bytes(b"x")
        note = {
            "made_at": made.isoformat(),
            "reason": "harian",
            "size": 1,
            "verified": True,
            "sha256": "",
            "book_uid": "",
        }
        path.with_suffix(".json").write_text(json.dumps(note), encoding="utf-8")
    removed = backups.rotate(
        folder, backups.Retention(daily=7, weekly=4, monthly=3, risky=2), today=dt.date(2025, 5, 1)
    )
    kept = sorted(p.name for p in folder.glob("*.sqlite"))
    assert len(kept) + len(removed) == 120
    # the 7 newest days, plus the newest of older weeks and months
    assert kept[-7:] == [
        f"buku-harian-2025{d:%m%d}.sqlite"
        for d in (dt.date(2025, 4, 24) + dt.timedelta(days=i) for i in range(7))
    ]
    assert len(kept) <= 7 + 4 + 3
    assert "buku-harian-20250131.sqlite" not in kept  # January is older than 3 months


def test_daily_backup_once_a_day(book: Book) -> None:
    assert maintenance.daily_backup_if_due(book) is not None
    assert maintenance.daily_backup_if_due(book) is None


def test_the_integrity_check_passes_then_names_a_broken_entry(
    book: Book, book_path: Path, post: PostFn
) -> None:
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    report = maintenance.check(book)
    assert report.ok
    assert len(report.items) == 11
    conn = sqlite3.connect(book_path)
    conn.execute("DROP TRIGGER trg_journal_line_no_update")
    conn.execute("UPDATE journal_line SET amount = 999 WHERE amount > 0")
    conn.commit()
    conn.close()
    report = maintenance.check(book)
    failed = {i.name: i.detail for i in report.items if not i.ok}
    assert set(failed) == {
        "Setiap jurnal seimbang",
        "Neraca saldo nol",
        "Rantai sidik jari jurnal, audit dan isi buku",
        # the month totals (revision 0009) still hold the amount as posted
        "Jumlah bulanan per akun sama dengan jurnal",
        "Mutasi bulanan per akun sama dengan jurnal",
    }
    assert "JU-2025-000001" in failed["Setiap jurnal seimbang"]
    assert (
        "akun 1101 bulan 01-2025: tersimpan debit Rp1.000"
        in failed["Jumlah bulanan per akun sama dengan jurnal"]
    )
    assert "pulihkan dari cadangan" in report.summary


def test_the_full_check_names_a_member_search_index_out_of_step(
    book: Book, book_path: Path
) -> None:
    """The search index (revision 0010) is kept by triggers; a row written into it
    behind kopdesk's back is found by the full check, and nothing else fails."""
    assert maintenance.check(book).ok
    conn = sqlite3.connect(book_path)
    conn.execute(
        "INSERT INTO member_search (rowid, number, full_name, nik, phone) "
        "VALUES (4242, 'a-4242', 'siluman', '3273015504900002', '')"
    )
    conn.commit()
    conn.close()
    report = maintenance.check(book)
    failed = {i.name: i.detail for i in report.items if not i.ok}
    assert set(failed) == {"Indeks pencarian anggota sama dengan data anggota"}
    assert "4242" in failed["Indeks pencarian anggota sama dengan data anggota"]


def test_a_corrupt_file_fails_the_check_and_cannot_be_restored(
    book: Book, tmp_path: Path, post: PostFn
) -> None:
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    good = maintenance.backup_now(book).info.path
    broken = tmp_path / "rusak.sqlite"
    data = bytearray(good.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\x00" * 4096
    broken.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="rusak atau bukan buku"):
        backups.check_backup(broken)
    text_file = tmp_path / "catatan.sqlite"
    text_file.write_text("bukan basis data")
    with pytest.raises(StorageError, match="bukan cadangan"):
        backups.check_backup(text_file)


def test_restore_round_trip_with_dual_control(
    book_path: Path, actors: dict[Role, Actor], post: PostFn, book: Book
) -> None:
    post("2025-01-05", [("1101", 1_000), ("3201", -1_000)])
    backup = maintenance.backup_now(book).info.path
    at_backup = business(take_snapshot(book))
    post("2025-01-06", [("5205", 300), ("1101", -300)])
    assert business(take_snapshot(book)) != at_backup
    ketua = actors[Role.KETUA]
    with pytest.raises(PermissionDeniedError):
        maintenance.restore(book, backup, actors[Role.BENDAHARA], None)
    with pytest.raises(ApprovalRequiredError):
        maintenance.restore(book, backup, ketua, None)
    grant = request_approval(book, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
    safety = maintenance.restore(book, backup, ketua, grant)
    restored = open_book(book_path)
    try:
        assert business(take_snapshot(restored)) == at_backup  # books equal the backup
        with restored.read() as s:
            trail = audit.list_audit(s, ketua, audit.AuditFilter(action="backup"))
        assert trail[0].action == "backup.restored"
        assert trail[0].after["disetujui_oleh"] == "admin"
    finally:
        restored.close()
    old = open_book(safety, read_only=True)  # the book before the restore was kept
    with old.read() as s:
        assert len(journal.entry_ids(s)) == 2
    old.close()


def test_a_backup_of_another_book_is_refused(
    book: Book, actors: dict[Role, Actor], tmp_path: Path
) -> None:
    other = tmp_path / "lain.sqlite"
    make_book(other)
    ketua = actors[Role.KETUA]
    grant = request_approval(book, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
    with pytest.raises(StorageError, match="buku koperasi lain"):
        maintenance.restore(book, other, ketua, grant)


def test_a_missing_destination_folder_is_an_error_not_created(
    book_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "media" / "flashdisk"  # not mounted
    before = tree(tmp_path)
    with pytest.raises(StorageError, match="tidak ditemukan"):
        backups.make_backup(book_path, "manual", usb)
    assert not usb.parent.exists()
    assert tree(tmp_path) == before


def test_books_backups_notes_and_locks_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "kantor" / "buku.sqlite"
    make_book(path)
    assert (mode(path.parent), mode(path)) == (0o700, 0o600)
    book = open_book(path, writer="bendahara")
    try:
        with book.read() as s:
            assert users.list_users(s)
        for side in ("-wal", "-shm", ".kopdesk-lock"):
            assert mode(Path(f"{path}{side}")) == 0o600, side
        usb = tmp_path / "flashdisk"
        usb.mkdir()
        info = maintenance.backup_now(book).info
        copied = backups.copy_to(info, usb)
        by_hand = backups.make_backup(path, "manual", usb)
    finally:
        book.close()
    assert mode(info.path.parent) == 0o700
    for made in (info.path, copied, by_hand.path):
        assert (mode(made), mode(made.with_suffix(".json"))) == (0o600, 0o600), made
    assert not list(info.path.parent.glob("*-wal")) + list(info.path.parent.glob("*-shm"))
