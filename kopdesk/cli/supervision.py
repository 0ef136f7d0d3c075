"""The pengawas' work from the command line: ``kopdesk supervision cash-count|sample|
tick|finding|respond|list`` and the paper ``kopdesk report berita-acara``.

Recording is for the Pengawas (``--user pengawas``); the pengurus may only
``respond`` to a finding."""

from __future__ import annotations

import argparse
import datetime as dt

from kopdesk.cli.common import (
    SubParsers,
    actions,
    add_db,
    date_arg,
    int_arg,
    out_arg,
    paper_pdf,
    signed_in,
    year_arg,
)

STATUSES = ("terbuka", "ditindaklanjuti", "selesai")


def _time_arg(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        raise argparse.ArgumentTypeError("jam harus JJ:MM, mis. 15:30") from None


def register(sub: SubParsers, reports: SubParsers) -> None:
    paper = reports.add_parser(
        "berita-acara", help="berita acara pemeriksaan pengawas satu tahun buku (PDF)"
    )
    add_db(paper)
    paper.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    paper.add_argument("--out", type=out_arg, required=True, metavar="FILE", help="berkas .pdf")
    paper.set_defaults(handler=cmd_berita_acara)

    group = actions(sub, "supervision", "pengawasan: kas opname, sampel, temuan")
    count = group.add_parser("cash-count", help="catat kas opname (Pengawas)")
    add_db(count)
    count.add_argument(
        "--counts", required=True, metavar="PECAHAN=JUMLAH,…",
        help="mis. 100000=12,50000=3,500=20 (koin Rp1.000: 1000k=5)",
    )  # fmt: skip
    count.add_argument("--date", type=date_arg("tanggal"), default=None, help="bawaan: hari ini")
    count.add_argument("--time", type=_time_arg, default=None, metavar="JJ:MM")
    count.add_argument("--counter", default="", metavar="NAMA", help="penghitung (bawaan: Anda)")
    count.add_argument("--witness", required=True, metavar="NAMA", help="saksi")
    count.add_argument("--account", default="kas", choices=("kas", "kas-kecil"), help="bawaan: kas")
    count.add_argument("--note", default="")
    count.set_defaults(handler=cmd_cash_count)

    sample = group.add_parser("sample", help="ambil sampel acak jurnal atau anggota (Pengawas)")
    add_db(sample)
    sample.add_argument("--kind", required=True, choices=("jurnal", "anggota"))
    sample.add_argument("--from", dest="date_from", type=date_arg("from"), required=True)
    sample.add_argument("--to", dest="date_to", type=date_arg("to"), required=True)
    sample.add_argument("--size", type=int_arg(1, 500, "jumlah sampel"), required=True)
    sample.add_argument("--seed", type=int_arg(0, 2**62 - 1, "benih acak"), default=None)
    sample.set_defaults(handler=cmd_sample)

    tick = group.add_parser("tick", help="tandai butir sampel sudah diperiksa (Pengawas)")
    add_db(tick)
    tick.add_argument("--sample", required=True, metavar="NOMOR")
    tick.add_argument("--item", type=int_arg(1, 500, "butir"), required=True)
    tick.add_argument("--note", default="")
    tick.add_argument("--unchecked", action="store_true", help="batalkan tanda periksa")
    tick.set_defaults(handler=cmd_tick)

    finding = group.add_parser("finding", help="catat atau ubah temuan (Pengawas)")
    add_db(finding)
    finding.add_argument("--number", default=None, metavar="NOMOR", help="ubah temuan ini")
    finding.add_argument("--date", type=date_arg("tanggal"), default=None)
    finding.add_argument("--title", required=True)
    finding.add_argument("--description", default="")
    finding.add_argument("--recommendation", default="")
    finding.add_argument("--status", choices=STATUSES, default="terbuka")
    finding.set_defaults(handler=cmd_finding)

    respond = group.add_parser("respond", help="tanggapan pengurus atas temuan")
    add_db(respond)
    respond.add_argument("--number", required=True, metavar="NOMOR")
    respond.add_argument("--response", required=True)
    respond.set_defaults(handler=cmd_respond)

    listing = group.add_parser("list", help="kas opname, sampel dan temuan satu tahun buku")
    add_db(listing)
    listing.add_argument("--year", type=year_arg, required=True, metavar="TAHUN")
    listing.set_defaults(handler=cmd_list)


def cmd_berita_acara(args: argparse.Namespace) -> int:
    from kopdesk.cli.savings_reports import write_paper

    return write_paper(args, paper_pdf)


def cmd_cash_count(args: argparse.Namespace) -> int:
    from kopdesk.domain import clock, coa
    from kopdesk.domain.money import format_rupiah
    from kopdesk.domain.supervision import parse_counts
    from kopdesk.reports.berita_acara import difference_text
    from kopdesk.services.supervision import cash_count

    counts = parse_counts(args.counts)
    now = clock.now()
    moment = dt.datetime.combine(
        args.date or now.date(),
        args.time or (now.time() if (args.date or now.date()) == now.date() else dt.time(23, 59)),
    )
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        data = cash_count.CashCountInput(
            counts=counts,
            counted_at=moment,
            counter_name=args.counter or actor.display,
            witness=args.witness,
            note=args.note,
            account_code=coa.Code.KAS_KECIL if args.account == "kas-kecil" else coa.CASH,
        )
        record = cash_count.record_cash_count(session, actor, data)
    print(
        f"{record.number}: fisik {format_rupiah(record.physical_total)}, buku "
        f"{format_rupiah(record.book_balance)}, selisih {difference_text(record.difference)}."
    )
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from kopdesk.domain.supervision import SampleKind
    from kopdesk.services.supervision import samples

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = samples.draw_sample(
            session, actor, SampleKind(args.kind), args.date_from, args.date_to,
            size=args.size, seed=args.seed,
        )  # fmt: skip
    print(f"{info.number}: {len(info.items)} dari {info.population}, benih acak {info.seed}")
    for item in info.items:
        print(f"{item.position:>4} {item.ref:<16} {item.label}")
    return 0


def cmd_tick(args: argparse.Namespace) -> int:
    from kopdesk.services.supervision import samples

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        item = samples.tick_item(
            session, actor, args.sample.strip().upper(), args.item,
            checked=not args.unchecked, note=args.note,
        )  # fmt: skip
    print(f"{args.sample.upper()} #{item.position} {item.ref}: "
          f"{'diperiksa' if item.checked else 'belum diperiksa'}")  # fmt: skip
    return 0


def cmd_finding(args: argparse.Namespace) -> int:
    from kopdesk.domain import clock
    from kopdesk.domain.supervision import FindingStatus
    from kopdesk.services.supervision import findings

    data = findings.FindingInput(
        found_on=args.date or clock.today(),
        title=args.title,
        description=args.description,
        recommendation=args.recommendation,
        status=FindingStatus(args.status),
    )
    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        if args.number:
            info = findings.update_finding(session, actor, args.number.strip().upper(), data)
        else:
            info = findings.record_finding(session, actor, data)
    print(f"{info.number}: {info.title} ({info.status.label})")
    return 0


def cmd_respond(args: argparse.Namespace) -> int:
    from kopdesk.services.supervision import findings

    with signed_in(args) as (book, actor), book.unit_of_work() as session:
        info = findings.respond_to_finding(
            session, actor, args.number.strip().upper(), args.response
        )
    print(f"{info.number}: tanggapan disimpan.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from kopdesk.domain.dates import format_datetime
    from kopdesk.domain.money import format_rupiah
    from kopdesk.services.supervision import berita_acara

    with signed_in(args, write=False) as (book, _actor), book.read() as session:
        report = berita_acara.supervision_report(session, args.year)
    for c in report.counts:
        print(
            f"{c.number}  {format_datetime(c.counted_at)}  fisik {format_rupiah(c.physical_total)}"
            f"  buku {format_rupiah(c.book_balance)}  selisih {format_rupiah(c.difference)}"
        )
    for s in report.samples:
        print(f"{s.number}  {s.kind_label}  {s.checked}/{len(s.items)} diperiksa  benih {s.seed}")
    for f in report.findings:
        print(f"{f.number}  {f.found_on:%d-%m-%Y}  {f.status_label:<16} {f.title}")
    return 0
