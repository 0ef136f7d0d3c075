"""Keeping books safe: ``backup``, ``restore``, ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kopdesk.cli.common import EXIT_ERROR, SubParsers, add_db, approval_from, db_target, signed_in
from kopdesk.domain.permissions import Permission
from kopdesk.errors import ApprovalRequiredError, StorageError


def register(sub: SubParsers) -> None:
    backup = sub.add_parser("backup", help="cadangkan buku (mencetak lokasi berkas cadangan)")
    add_db(backup, signed_in=False)
    backup.add_argument("--to", type=Path, metavar="DIR", help="folder tujuan (bawaan: cadangan/)")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="pulihkan buku dari cadangan (perlu --approver)")
    add_db(restore)
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.add_argument("--approver", metavar="NAMA", help="pengguna kedua yang menyetujui")
    restore.set_defaults(handler=cmd_restore)

    check = sub.add_parser("check", help="periksa integritas buku (keluar 0 bila semua lulus)")
    add_db(check, signed_in=False)
    check.add_argument("--quick", action="store_true", help="pemeriksaan cepat SQLite")
    check.set_defaults(handler=cmd_check)

    listing = sub.add_parser("backups", help="daftar cadangan buku")
    add_db(listing, signed_in=False)
    listing.set_defaults(handler=cmd_backups)


def cmd_backup(args: argparse.Namespace) -> int:
    from kopdesk.app import maintenance
    from kopdesk.storage import backups
    from kopdesk.storage.db import open_book

    book = open_book(db_target(args), read_only=True)
    try:
        path = book.path
        if path is None:
            raise StorageError("Buku PostgreSQL dicadangkan dengan pg_dump di server.")
        if args.to is not None:
            info = backups.make_backup(path, "manual", args.to)
            print(info.path)
            return 0
        result = maintenance.backup_now(book, "manual")
    finally:
        book.close()
    for warning in result.warnings:
        print(f"peringatan: {warning}", file=sys.stderr)
    print(result.info.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    # A backup that cannot be restored is refused before anyone signs in or approves,
    # so a refusal writes nothing; restore() checks it again once the book is locked.
    from kopdesk.app import maintenance
    from kopdesk.storage.db import open_book

    book = open_book(db_target(args), read_only=True)
    try:
        maintenance.verify_backup_of(book, args.source)
    finally:
        book.close()
    with signed_in(args) as (book, actor):
        grant = approval_from(args, book, actor, Permission.BACKUP_RESTORE)
        try:
            safety = maintenance.restore(book, args.source, actor, grant)
        except ApprovalRequiredError as exc:
            raise ApprovalRequiredError(
                f"{exc.message} Ulangi dengan --approver NAMA.", exc.permission
            ) from exc
    print(f"Buku dipulihkan dari {args.source.name}; buku sebelumnya disimpan di {safety}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from kopdesk.app import maintenance
    from kopdesk.storage.db import open_book

    book = open_book(db_target(args), read_only=True)
    try:
        report = maintenance.check(book, full=not args.quick)
    finally:
        book.close()
    for item in report.items:
        mark = "LULUS" if item.ok else "GAGAL"
        print(f"[{mark}] {item.name}: {item.detail}")
    print(report.summary)
    return 0 if report.ok else EXIT_ERROR


def cmd_backups(args: argparse.Namespace) -> int:
    from kopdesk.app import maintenance
    from kopdesk.storage.db import open_book

    book = open_book(db_target(args), read_only=True)
    try:
        rows = maintenance.list_book_backups(book)
    finally:
        book.close()
    for b in rows:
        mark = "terperiksa" if b.verified else "BELUM DIPERIKSA"
        size = f"{b.size / 1e6:8.2f} MB"
        print(f"{b.made_at:%d-%m-%Y %H.%M}  {size}  {b.reason:<14} {mark:<16} {b.path}")
    return 0
