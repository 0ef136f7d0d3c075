"""The chains' heads anchored outside the book (issue 14): a tail cut off with every
head, number and total set back agrees with itself, not with the anchors beside the
book, in the backup folder, in a backup's note or on a printed paper."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from kopdesk.app import maintenance
from kopdesk.app import papers as documents
from kopdesk.app.auth import request_approval
from kopdesk.cli import main
from kopdesk.domain.permissions import Actor, Permission, Role
from kopdesk.errors import StorageError
from kopdesk.services.ledger.documents import verify_document
from kopdesk.services.supervision import integrity
from kopdesk.storage import anchors
from kopdesk.storage.db import Book, open_book
from tests.conftest import PASSWORD, PostFn

CUT_LAST_ENTRY = (
    # The last posting wrote: two lines and the entry, one audit record, the seal of the
    # number series (its seals carry the journal's length then: 2), the book's debits.
    "DELETE FROM journal_line WHERE entry_id = 2",
    "DELETE FROM journal_entry WHERE id = 2",
    "DELETE FROM audit_log WHERE chain_seq = (SELECT MAX(chain_seq) FROM audit_log)",
    "DELETE FROM row_seal WHERE journal_seq = 2",
    "UPDATE chain_state SET last_seq = 1, last_hash = (SELECT hash FROM journal_entry "
    "WHERE id = 1) WHERE name = 'journal'",
    "UPDATE chain_state SET last_seq = last_seq - 1, last_hash = (SELECT hash FROM audit_log "
    "ORDER BY chain_seq DESC LIMIT 1) WHERE name = 'audit'",
    "UPDATE chain_state SET last_seq = (SELECT MAX(chain_seq) FROM row_seal), last_hash = "
    "(SELECT hash FROM row_seal ORDER BY chain_seq DESC LIMIT 1) WHERE name = 'seal'",
    "UPDATE doc_sequence SET last_value = 1 WHERE key = 'JU-2025'",
    "UPDATE ledger_total SET debit_total = 1000",
)


def cut(path: Path) -> None:
    """Cut the last entry off as someone who knows the algorithm would: nothing inside
    the book disagrees afterwards."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        conn.execute(f"DROP TRIGGER {name}")
    for statement in CUT_LAST_ENTRY:
        conn.execute(statement)
    conn.commit()
    conn.close()
    restore_guards(path)


def restore_guards(path: Path) -> None:
    """Put the dropped guards back exactly as they were (from a fresh book's schema)."""
    fresh = path.with_name("segar.sqlite")
    if not fresh.exists():
        open_book(fresh, create=True).close()
    source = sqlite3.connect(fresh)
    triggers = source.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    source.close()
    conn = sqlite3.connect(path)
    for (sql,) in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()


def verify(book: Book, actor: Actor, *, anchored: bool = True) -> integrity.BookVerification:
    found = maintenance.book_anchors(book) if anchored else []
    with book.read() as s:
        return integrity.verify_books(s, actor, found)


@pytest.fixture
def two_entries(post: PostFn) -> None:
    post("2025-03-03", [("1101", 1_000), ("3901", -1_000)])
    post("2025-03-04", [("1101", 1_000), ("3901", -1_000)])


@pytest.mark.usefixtures("two_entries")
def test_every_commit_anchors_the_heads_beside_the_book_and_in_the_backup_folder(
    book: Book, book_path: Path
) -> None:
    beside = book_path.with_name("buku.sqlite.jangkar")
    in_folder = book_path.parent / "cadangan" / "buku.sqlite.jangkar"
    last = [json.loads(f.read_text().splitlines()[-1]) for f in (beside, in_folder)]
    assert last[0] == last[1]
    conn = sqlite3.connect(book_path)
    heads = {n: [s, h] for n, s, h in conn.execute("SELECT * FROM chain_state")}
    conn.close()
    assert last[0]["heads"] == heads
    assert last[0]["heads"]["journal"][0] == 2
    assert last[0]["event"] == "tulis"


@pytest.mark.usefixtures("two_entries")
def test_a_clean_cut_tail_is_found_only_by_the_anchors(
    book: Book, book_path: Path, admin: Actor
) -> None:
    assert verify(book, admin).ok
    cut(book_path)
    assert verify(book, admin, anchored=False).ok  # the book agrees with itself
    result = verify(book, admin)
    journal = [p.message for p in result.problems if p.ref == "jurnal #2"]
    assert len(journal) == 1
    assert journal[0].startswith(
        "Rantai jurnal di buku hanya sampai urutan 1, padahal berkas jangkar"
    )
    assert journal[0].endswith(
        "mencatat urutan 2: catatan terakhir dipotong di luar kopdesk, atau berkas buku diganti "
        "dengan salinan lama tanpa lewat Pulihkan."
    )
    assert {p.ref.split(" #")[0] for p in result.problems} == {"jurnal", "audit", "segel"}


@pytest.mark.usefixtures("two_entries")
def test_the_backup_folder_and_a_backups_note_still_tell_when_the_file_beside_is_gone(
    book: Book, book_path: Path, admin: Actor
) -> None:
    maintenance.backup_now(book, "manual")
    cut(book_path)
    book_path.with_name("buku.sqlite.jangkar").unlink()
    assert not verify(book, admin).ok
    (book_path.parent / "cadangan" / "buku.sqlite.jangkar").unlink()
    result = verify(book, admin)  # the backup's note alone
    assert any(
        p.ref == "jurnal #2" and "catatan cadangan buku-manual-" in p.message
        for p in result.problems
    )


def test_a_paper_printed_on_a_longer_history_says_perhatian(
    book: Book,
    book_path: Path,
    admin: Actor,
    post: PostFn,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The book put back to an older copy of itself (a perfect cut: every chain, the
    registry and the numbers as they were) is shorter than the paper says it was."""
    post("2025-03-03", [("1101", 1_000), ("3901", -1_000)])
    older = tmp_path / "salinan-lama.sqlite"
    source, copy = sqlite3.connect(book_path), sqlite3.connect(older)
    source.backup(copy)
    source.close()
    copy.close()
    post("2025-03-04", [("1101", 1_000), ("3901", -1_000)])
    paper = documents.trial_balance_pdf(book, dt.date(2025, 3, 31), actor=admin)
    with book.read() as s:
        assert verify_document(s, admin, paper).ok
    book.close()
    older.replace(book_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{book_path}{suffix}").unlink(missing_ok=True)
    again = open_book(book_path)
    try:
        with again.read() as s:
            check = verify_document(s, admin, paper)
        assert not check.ok
        assert check.history_intact is False
        assert check.message.startswith("PERHATIAN: dokumen DOK-2026-000001 dibuat dari buku ini")
        assert not verify(again, admin).ok
    finally:
        again.close()
    pdf = tmp_path / "neraca.pdf"
    pdf.write_bytes(paper)
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)
    capsys.readouterr()
    assert main(["verify", str(pdf), "--db", str(book_path)]) == 1
    assert capsys.readouterr().out.startswith("PERHATIAN: dokumen DOK-2026-000001")


def test_a_paper_carries_the_heads_in_its_metadata_and_qr(
    book: Book, post: PostFn, admin: Actor
) -> None:
    post("2025-03-03", [("1101", 1_000), ("3901", -1_000)])
    conn = sqlite3.connect(book.path or "")
    rows = conn.execute("SELECT name, last_seq, last_hash FROM chain_state").fetchall()
    heads = {n: (s, h) for n, s, h in rows}
    conn.close()
    paper = documents.trial_balance_pdf(book, dt.date(2025, 3, 31), actor=admin)
    journal_seq, journal_hash = heads["journal"]
    assert f"|J{journal_seq}.{journal_hash}|A".encode() in paper


@pytest.mark.usefixtures("two_entries")
def test_a_restore_is_not_taken_for_a_cut_tail(
    book: Book, book_path: Path, actors: dict[Role, Actor], post: PostFn, admin: Actor
) -> None:
    backup = maintenance.backup_now(book).info.path
    post("2025-03-05", [("1101", 1_000), ("3901", -1_000)])
    ketua = actors[Role.KETUA]
    grant = request_approval(book, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
    maintenance.restore(book, backup, ketua, grant)
    restored = open_book(book_path)
    try:
        result = verify(restored, admin)
        assert result.problems == ()
        assert result.anchors_checked > 0
        lines = anchors.book_file(book_path).read_text().splitlines()
        assert [json.loads(x)["event"] for x in lines[-2:]] == ["pulih", "tulis"]
    finally:
        restored.close()


@pytest.mark.usefixtures("two_entries")
def test_verify_books_on_the_command_line_reads_the_anchors(
    book: Book, book_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("KOPDESK_USER", raising=False)
    book.close()
    cut(book_path)
    assert main(["verify-books", "--db", str(book_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Buku telah diubah di luar kopdesk: Rantai ")
    assert main(["check", "--db", str(book_path)]) == 1


@pytest.mark.usefixtures("two_entries")
def test_restoring_the_copy_kept_before_a_restore_and_a_restore_put_back_verify_clean(
    book: Book,
    book_path: Path,
    actors: dict[Role, Actor],
    post: PostFn,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Back and forth on purpose: the restore lines keep both histories from counting
    against the book; a restore that fails and puts the book back leaves it clean too."""
    ketua = actors[Role.KETUA]
    backup = maintenance.backup_now(book).info.path
    post("2025-03-05", [("1101", 1_000), ("3901", -1_000)])
    grant = request_approval(book, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
    safety = maintenance.restore(book, backup, ketua, grant)
    again = open_book(book_path)
    grant = request_approval(again, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
    maintenance.restore(again, safety, ketua, grant)
    again = open_book(book_path)
    try:
        assert verify(again, admin).problems == ()

        def cannot_record(*_args: object, **_kwargs: object) -> None:
            raise StorageError("Disk penuh. Kosongkan ruang disk lalu coba lagi.")

        grant = request_approval(again, ketua, "admin", PASSWORD, Permission.BACKUP_RESTORE)
        monkeypatch.setattr(maintenance, "_record_restored", cannot_record)
        with pytest.raises(StorageError, match="dikembalikan"):
            maintenance.restore(again, backup, ketua, grant)
        monkeypatch.undo()
    finally:
        again.close()
    back = open_book(book_path)
    try:
        assert verify(back, admin).problems == ()
    finally:
        back.close()
