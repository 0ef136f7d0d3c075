"""Creating and opening books, and their users: ``gui``, ``init``, ``demo``, ``user``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kopdesk.cli.common import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    SubParsers,
    actions,
    add_db,
    date_arg,
    db_target,
    int_arg,
    read_password,
    signed_in,
    with_approval,
    year_arg,
)
from kopdesk.domain import clock
from kopdesk.domain.dates import format_datetime
from kopdesk.domain.ledger import CoopType
from kopdesk.domain.permissions import Permission, Role


def register(sub: SubParsers) -> None:
    gui = sub.add_parser("gui", help="buka jendela kopdesk")
    add_db(gui, signed_in=False)
    gui.set_defaults(handler=cmd_gui)

    init = sub.add_parser("init", help="buat buku baru untuk koperasi dan Admin pertamanya")
    add_db(init, signed_in=False)
    init.add_argument("--name", required=True, help="nama koperasi")
    init.add_argument("--type", choices=[t.value for t in CoopType], default="ksp")
    init.add_argument(
        "--year", type=year_arg, default=clock.today().year, help="tahun buku pertama"
    )
    init.add_argument("--admin", default="admin", metavar="NAMA", help="nama pengguna Admin")
    init.add_argument("--admin-name", default="", metavar="NAMA", help="nama lengkap Admin")
    init.add_argument("--legal-number", default="", help="nomor badan hukum")
    init.add_argument("--legal-date", type=date_arg("legal_date"), help="tanggal badan hukum")
    init.add_argument("--nik", default="", help="Nomor Induk Koperasi (16 angka)")
    init.add_argument("--address", default="", help="alamat koperasi")
    init.add_argument(
        "--fiscal-start-month",
        type=int_arg(1, 12, "bulan awal"),
        default=1,
        help="bulan awal tahun buku",
    )
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", help="buat buku contoh berisi transaksi dan pengguna")
    add_db(demo, signed_in=False)
    demo.add_argument(
        "--today",
        type=date_arg("today"),
        metavar="TTTT-BB-HH",
        help="buat buku contoh seperti pada akhir hari itu (bawaan: hari ini)",
    )
    demo.set_defaults(handler=cmd_demo)

    _register_users(sub)
    _register_years(sub)


def _register_years(sub: SubParsers) -> None:
    year = actions(sub, "year", "tahun buku")
    listing = year.add_parser("list", help="daftar tahun buku")
    add_db(listing)
    listing.set_defaults(handler=cmd_year_list)
    opening = year.add_parser("open", help="buka tahun buku berikutnya")
    add_db(opening)
    opening.add_argument("--year", type=year_arg, required=True)
    opening.set_defaults(handler=cmd_year_open)
    reopen = year.add_parser(
        "reopen", help="buka kembali tahun buku yang ditutup (perlu --approver dan --reason)"
    )
    add_db(reopen)
    reopen.add_argument("--year", type=year_arg, required=True)
    reopen.add_argument("--reason", required=True, help="alasan, dicatat di jejak audit")
    reopen.add_argument("--approver", metavar="NAMA", help="pengguna kedua yang menyetujui")
    reopen.set_defaults(handler=cmd_year_reopen)


def _register_users(sub: SubParsers) -> None:
    user = actions(sub, "user", "pengguna dan kata sandi")
    first = user.add_parser("create-admin", help="buat Admin pertama untuk buku tanpa pengguna")
    add_db(first, signed_in=False)
    first.add_argument("--admin", default="admin", metavar="NAMA")
    first.add_argument("--admin-name", default="", metavar="NAMA")
    first.set_defaults(handler=cmd_create_admin)
    listing = user.add_parser("list", help="daftar pengguna")
    add_db(listing)
    listing.set_defaults(handler=cmd_user_list)
    add = user.add_parser("add", help=f"tambah pengguna (kata sandi awal dari {NEW_PASSWORD_ENV})")
    add_db(add)
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=cmd_user_add)
    for name, help_text in (
        ("reset", f"Admin mengganti kata sandi pengguna (dari {NEW_PASSWORD_ENV})"),
        ("deactivate", "nonaktifkan pengguna"),
        ("activate", "aktifkan kembali pengguna"),
    ):
        cmd = user.add_parser(name, help=help_text)
        add_db(cmd)
        cmd.add_argument("--username", required=True)
        cmd.set_defaults(handler=cmd_user_admin, user_action=name)
    role = user.add_parser("role", help="ubah peran pengguna")
    add_db(role)
    role.add_argument("--username", required=True)
    role.add_argument("--role", required=True, choices=[r.value for r in Role])
    role.set_defaults(handler=cmd_user_admin, user_action="role")
    passwd = user.add_parser(
        "passwd", help=f"ubah kata sandi sendiri (baru dari {NEW_PASSWORD_ENV})"
    )
    add_db(passwd)
    passwd.set_defaults(handler=cmd_user_passwd)


def cmd_gui(args: argparse.Namespace) -> int:
    from kopdesk.ui.app import run_gui

    target = db_target(args)
    return run_gui(Path(target) if target else None)


def _new_password(prompt_for: str) -> str:
    from kopdesk.services.base import users

    password = read_password(NEW_PASSWORD_ENV, f"Kata sandi baru untuk {prompt_for}: ")
    users.check_password(password)
    return password


def _admin_password(name: str) -> str:
    from kopdesk.services.base import users

    password = read_password(PASSWORD_ENV, f"Kata sandi baru untuk {name}: ")
    users.check_password(password)
    return password


def cmd_init(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from kopdesk.services.base import users
    from kopdesk.services.ledger import books
    from kopdesk.services.setup.book import create_book
    from kopdesk.storage.db import new_book
    from kopdesk.storage.paths import default_book_path

    target = db_target(args) or default_book_path()
    data = books.validate_profile(
        books.ProfileInput(
            name=args.name,
            coop_type=CoopType(args.type),
            legal_number=args.legal_number,
            legal_date=args.legal_date,
            nik_koperasi=args.nik,
            address=args.address,
            fiscal_year_start_month=args.fiscal_start_month,
        )
    )
    books.check_year(args.year)
    admin_name = users.clean_username(args.admin)
    password = _admin_password(admin_name)

    def build(session: Session) -> books.Profile:
        admin = users.create_first_admin(session, admin_name, password, args.admin_name)
        return create_book(session, data, args.year, actor=admin.actor())

    profile = new_book(target, "buku baru", build)
    print(f"Buku {profile.name} dibuat: {target} (tahun buku {args.year}, Admin {admin_name}).")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from kopdesk.demo import build_demo
    from kopdesk.storage.db import new_book
    from kopdesk.storage.paths import default_book_path

    target = db_target(args) or default_book_path().with_name("kopdesk-demo.sqlite")
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, month: str) -> None:
        line = f"Membuat buku contoh: bulan {month} ({done} dari {total})"
        print(f"\r{line}" if interactive else line, end="" if interactive else "\n",
              file=sys.stderr, flush=True)  # fmt: skip

    summary = new_book(
        target, "buku contoh", lambda s: build_demo(s, today=args.today, progress=progress)
    )
    if interactive:
        print(file=sys.stderr)
    print(f"Buku contoh dibuat: {target} ({summary.line()}).")
    return 0


def cmd_create_admin(args: argparse.Namespace) -> int:
    from kopdesk.services.base import users
    from kopdesk.storage.db import open_book

    name = users.clean_username(args.admin)
    password = _admin_password(name)
    book = open_book(db_target(args))
    try:
        with book.unit_of_work() as session:
            users.create_first_admin(session, name, password, args.admin_name)
    finally:
        book.close()
    print(f"Admin {name} dibuat.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from kopdesk.services.base import users

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        rows = users.list_users(session)
    for u in rows:
        state = "aktif" if u.active else "nonaktif"
        if u.locked_until is not None:
            state += f", terkunci s.d. {format_datetime(u.locked_until)}"
        print(f"{u.username:<20} {u.role.label:<10} {state:<40} {u.full_name}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from kopdesk.services.base import users

    with signed_in(args) as (book, actor):
        password = _new_password(args.username)
        with book.unit_of_work() as session:
            info = users.create_user(
                session, actor, args.username, Role(args.role), password, full_name=args.full_name
            )
    print(f"Pengguna {info.username} ({info.role.label}) ditambahkan; wajib ganti kata sandi.")
    return 0


def cmd_user_admin(args: argparse.Namespace) -> int:
    from kopdesk.services.base import users

    with signed_in(args) as (book, actor):
        if args.user_action == "reset":
            password = _new_password(args.username)
        with book.unit_of_work() as session:
            if args.user_action == "reset":
                info = users.reset_password(session, actor, args.username, password)
            elif args.user_action == "role":
                info = users.set_role(session, actor, args.username, Role(args.role))
            else:
                info = users.set_active(
                    session, actor, args.username, args.user_action == "activate"
                )
    state = "aktif" if info.active else "nonaktif"
    print(f"Pengguna {info.username}: {info.role.label}, {state}.")
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from kopdesk.services.base import users

    with signed_in(args) as (book, actor):
        new = read_password(NEW_PASSWORD_ENV, "Kata sandi baru: ")
        old = read_password(PASSWORD_ENV, "Kata sandi lama: ")
        with book.unit_of_work() as session:
            users.change_password(session, actor, old, new)
    print(f"Kata sandi {actor.username} diganti.")
    return 0


def cmd_year_list(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import books

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        years = books.list_fiscal_years(session)
    for y in years:
        state = "terbuka" if y.is_open else "ditutup"
        print(f"{y.year}  {y.start_date:%d-%m-%Y} s.d. {y.end_date:%d-%m-%Y}  {state}")
    return 0


def cmd_year_open(args: argparse.Namespace) -> int:
    from kopdesk.services.ledger import books

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = books.open_fiscal_year(session, actor, args.year)
    print(f"Tahun buku {info.year} dibuka.")
    return 0


def cmd_year_reopen(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import yearend

    with signed_in(args) as (book, actor):
        with_approval(
            args,
            book,
            actor,
            Permission.YEAR_REOPEN,
            lambda session, grant: yearend.reopen_year(
                session, actor, args.year, args.reason, approval=grant
            ),
        )
    print(f"Tahun buku {args.year} dibuka kembali; jurnal penutupnya dibatalkan.")
    return 0
