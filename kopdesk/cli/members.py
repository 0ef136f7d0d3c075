"""Members: ``import members``, ``export members``, ``member`` and the member papers."""

from __future__ import annotations

import argparse
from pathlib import Path

from kopdesk.cli.common import (
    EXIT_ERROR,
    SubParsers,
    actions,
    add_db,
    backup_before,
    date_arg,
    out_arg,
    paper_pdf,
    signed_in,
)
from kopdesk.domain.dates import format_date_short
from kopdesk.domain.permissions import Permission
from kopdesk.domain.vocabulary import MemberStatus
from kopdesk.errors import ValidationError


def _mapping(items: list[str] | None) -> dict[str, str] | None:
    from kopdesk.services.imports import members as member_import

    if not items:
        return None
    mapping = {}
    for item in items:
        field, sep, column = item.partition("=")
        if not sep or field.strip() not in member_import.FIELDS:
            known = ", ".join(member_import.FIELDS)
            raise ValidationError(
                "map", f"--map '{item}' harus BIDANG=Judul Kolom; bidang: {known}."
            )
        mapping[field.strip()] = column.strip()
    return mapping


def register(sub: SubParsers, reports: SubParsers) -> SubParsers:
    """Member commands; returns the ``import`` group for other data imports."""
    imp = actions(sub, "import", "impor data dari Excel (.xlsx/.csv)")
    imp_members = imp.add_parser("members", help="impor daftar anggota")
    imp_members.add_argument("file", type=Path, metavar="FILE")
    add_db(imp_members)
    imp_members.add_argument("--dry-run", action="store_true", help="periksa saja, tidak menyimpan")
    imp_members.add_argument(
        "--map", action="append", metavar="BIDANG=KOLOM", help="pemetaan kolom bila judul berbeda"
    )
    imp_members.set_defaults(handler=cmd_import_members)

    exp = actions(sub, "export", "ekspor data ke Excel atau jurnal untuk pemeriksa")
    exp_members = exp.add_parser("members", help="ekspor daftar anggota (.xlsx atau .csv)")
    add_db(exp_members)
    exp_members.add_argument("--out", type=out_arg, required=True, metavar="FILE")
    exp_members.set_defaults(handler=cmd_export_members)
    from kopdesk.cli import ledger_export  # ``export ledger``: the journal for auditors

    ledger_export.register(exp)

    member = actions(sub, "member", "anggota")
    listing = member.add_parser("list", help="daftar anggota")
    add_db(listing)
    listing.add_argument("--search", default="")
    listing.add_argument("--status", choices=[s.value for s in MemberStatus], action="append")
    listing.set_defaults(handler=cmd_member_list)
    status = member.add_parser("status", help="catat perubahan status anggota")
    add_db(status)
    status.add_argument("--number", required=True)
    status.add_argument(
        "--to", dest="status", required=True, choices=[s.value for s in MemberStatus]
    )
    status.add_argument("--date", type=date_arg("date"), required=True)
    status.add_argument("--reason", required=True)
    status.set_defaults(handler=cmd_member_status)

    reg = reports.add_parser("members", help="Buku Daftar Anggota (PDF)")
    add_db(reg)
    reg.add_argument("--out", type=out_arg, required=True, metavar="FILE.pdf")
    reg.set_defaults(handler=cmd_report_members)
    cards = reports.add_parser("member-cards", help="kartu anggota (PDF, 10 per halaman)")
    add_db(cards)
    cards.add_argument("--number", action="append", help="nomor anggota (boleh berulang)")
    cards.add_argument("--out", type=out_arg, required=True, metavar="FILE.pdf")
    cards.set_defaults(handler=cmd_report_cards)
    profile = reports.add_parser("member-profile", help="profil satu anggota (PDF)")
    add_db(profile)
    profile.add_argument("--number", required=True)
    profile.add_argument("--out", type=out_arg, required=True, metavar="FILE.pdf")
    profile.set_defaults(handler=cmd_report_profile)
    return imp


def cmd_import_members(args: argparse.Namespace) -> int:
    from kopdesk.services.imports import members as member_import

    mapping = _mapping(args.map)
    with signed_in(args) as (book, actor):
        with book.read() as session:
            plan = member_import.plan_import(session, args.file, mapping)
        for warning in plan.warnings:
            print(f"peringatan: {warning}")
        if plan.errors:
            for error in plan.errors:
                print(error)
            print(f"{len(plan.errors)} masalah; tidak ada yang disimpan.")
            return EXIT_ERROR
        if args.dry_run:
            print(f"{len(plan.members)} anggota siap diimpor; tidak ada masalah (uji saja).")
            return 0
        backup_before(book, actor, Permission.MEMBERS_MANAGE, "impor")
        with book.unit_of_work() as session:
            result = member_import.commit_import(session, actor, plan)
    print(f"{result.count} anggota diimpor ({result.first_number} s.d. {result.last_number}).")
    return 0


def cmd_export_members(args: argparse.Namespace) -> int:
    from kopdesk.app.document_files import write_document
    from kopdesk.services.imports import members as member_import

    kind = args.out.suffix.lower().lstrip(".")
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        data = member_import.export_members(session, kind)
    write_document(args.out, data)
    print(args.out)
    return 0


def cmd_member_list(args: argparse.Namespace) -> int:
    from kopdesk.services.members import register as members
    from kopdesk.services.members.identity import format_phone
    from kopdesk.services.members.register import MemberFilter, status_label

    flt = MemberFilter(
        search=args.search, statuses=tuple(MemberStatus(s) for s in (args.status or []))
    )
    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = members.member_rows(session, members.member_ids(session, flt))
    for r in rows:
        print(
            f"{r.number:<10} {r.full_name:<32} {r.nik}  {r.sex}  {format_phone(r.phone):<15} "
            f"{format_date_short(r.join_date)}  {status_label(r.status)}"
        )
    return 0


def cmd_member_status(args: argparse.Namespace) -> int:
    from kopdesk.services.members import register as members
    from kopdesk.services.members.register import status_label

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = members.change_status(
            session, actor, args.number, MemberStatus(args.status), on=args.date, reason=args.reason
        )
    since = format_date_short(info.status_date)
    print(f"{info.number} {info.full_name}: {status_label(info.status)} sejak {since}.")
    return 0


def _write_pdf(path: Path, data: bytes) -> None:
    from kopdesk.app.document_files import write_document

    if path.suffix.lower() != ".pdf":
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf.")
    write_document(path, data)
    print(path)


def cmd_report_members(args: argparse.Namespace) -> int:
    with signed_in(args) as (book, actor):
        data = paper_pdf(book, actor, args)
    _write_pdf(args.out, data)
    return 0


def cmd_report_cards(args: argparse.Namespace) -> int:
    from kopdesk.services.members import register as members
    from kopdesk.services.members.register import MemberFilter

    with signed_in(args) as (book, actor):
        numbers = args.number
        if not numbers:
            with book.read() as session:
                active = MemberFilter(statuses=(MemberStatus.AKTIF,))
                numbers = [
                    r.number
                    for r in members.member_rows(session, members.member_ids(session, active))
                ]
        data = paper_pdf(book, actor, args, number=None, members=numbers)
    _write_pdf(args.out, data)
    return 0


def cmd_report_profile(args: argparse.Namespace) -> int:
    with signed_in(args) as (book, actor):
        data = paper_pdf(book, actor, args)
    _write_pdf(args.out, data)
    return 0
