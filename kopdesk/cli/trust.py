"""Checks a pengawas and the Dinas rely on: ``verify-books``, ``verify``,
``audit`` and ``setting``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kopdesk.cli import choices
from kopdesk.cli.common import EXIT_ERROR, SubParsers, actions, add_db, date_arg, int_arg, signed_in
from kopdesk.domain.dates import format_datetime
from kopdesk.errors import StorageError


def register(sub: SubParsers) -> None:
    books = sub.add_parser(
        "verify-books", help="periksa rantai sidik jari jurnal dan jejak audit (keaslian buku)"
    )
    add_db(books)
    books.set_defaults(handler=cmd_verify_books)

    paper = sub.add_parser("verify", help="periksa apakah PDF asli dan utuh dari buku ini")
    paper.add_argument("file", type=Path, metavar="FILE.pdf")
    add_db(paper)
    paper.set_defaults(handler=cmd_verify)

    trail = actions(sub, "audit", "jejak audit")
    listing = trail.add_parser("list", help="tampilkan jejak audit (terbaru dulu)")
    add_db(listing)
    listing.add_argument("--by", default="", metavar="NAMA", help="hanya pengguna ini")
    listing.add_argument("--action-prefix", default="", metavar="TINDAKAN", help="mis. journal")
    listing.add_argument("--from", dest="date_from", type=date_arg("from"), default=None)
    listing.add_argument("--to", dest="date_to", type=date_arg("to"), default=None)
    listing.add_argument("--limit", type=int_arg(1, 100_000, "batas"), default=200)
    listing.set_defaults(handler=cmd_audit_list)

    setting = actions(sub, "setting", "pengaturan")
    show = setting.add_parser("list", help="tampilkan pengaturan")
    add_db(show)
    show.set_defaults(handler=cmd_setting_list)
    change = setting.add_parser("set", help="ubah pengaturan (Admin)")
    add_db(change)
    change.add_argument("--key", required=True, choices=list(choices.SETTING_KEYS))
    change.add_argument("--value", required=True, type=int)
    change.set_defaults(handler=cmd_setting_set)
    text = setting.add_parser(
        "set-text", help="ubah pengaturan penilaian kesehatan: cara penilaian, tabel nilai (Admin)"
    )
    add_db(text)
    text.add_argument("--key", required=True, choices=list(choices.HEALTH_TEXT_KEYS))
    text.add_argument("--value", required=True, help="mis. perdep2016, atau 20:25;40:50;*:25")
    text.set_defaults(handler=cmd_setting_set_text)


def cmd_verify_books(args: argparse.Namespace) -> int:
    from kopdesk.app import maintenance
    from kopdesk.services.supervision import integrity

    with signed_in(args, write=False) as (book, actor):
        found = maintenance.book_anchors(book)
        with book.read() as session:
            result = integrity.verify_books(session, actor, found)
    print(result.summary)
    for problem in result.problems[1:]:
        print(f"- {problem.message}")
    return 0 if result.ok else EXIT_ERROR


def cmd_verify(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger.documents import verify_document

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise StorageError(f"Berkas {args.file} tidak dapat dibaca ({exc.strerror}).") from exc
    with signed_in(args, write=False) as (book, actor), book.read() as session:
        result = verify_document(session, actor, data)
    print(result.message)
    return 0 if result.ok else EXIT_ERROR


def cmd_audit_list(args: argparse.Namespace) -> int:
    from kopdesk.services.base import audit
    from kopdesk.services.base.audit_actions import action_label

    flt = audit.AuditFilter(
        username=args.by, action=args.action_prefix, date_from=args.date_from, date_to=args.date_to
    )
    with signed_in(args, write=False) as (book, actor), book.read() as session:
        rows = audit.list_audit(session, actor, flt, limit=args.limit)
    for row in rows:
        change = audit.describe_change(row)
        print(
            f"#{row.seq:<6} {format_datetime(row.at):<28} {row.username:<12} "
            f"{action_label(row.action):<32} "
            f"{row.ref:<16} {change}"
        )
    return 0


def cmd_setting_list(args: argparse.Namespace) -> int:
    from kopdesk.services.base import settings

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        for item in settings.ALL:
            print(f"{item.key:<34} {settings.get_int(session, item):>6}  {item.label}")
        for text in settings.HEALTH_TEXT_SETTINGS:
            print(f"{text.key:<34} {settings.get_text(session, text)}  ({text.label})")
    return 0


def cmd_setting_set(args: argparse.Namespace) -> int:
    from kopdesk.services.base import settings

    chosen = next(s for s in settings.ALL if s.key == args.key)
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        settings.change_setting(session, actor, chosen, args.value)
    print(f"{chosen.label}: {args.value}.")
    return 0


def cmd_setting_set_text(args: argparse.Namespace) -> int:
    from kopdesk.services.base import settings

    chosen = next(s for s in settings.HEALTH_TEXT_SETTINGS if s.key == args.key)
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        settings.change_text_setting(session, actor, chosen, args.value)
        value = settings.get_text(session, chosen)
    print(f"{chosen.label}: {value}.")
    return 0
