"""``kopdesk health``: the health assessment of a tahun buku from the command line.

``kopdesk health --db PATH --year Y [--scheme perdep2016|kkpkk] [--as-of DATE]
[--answers FILE.csv] [--out FILE.pdf|.csv|.xlsx] [--rinci]`` prints the assessment
as an Indonesian table or writes it to ``--out``: the registered paper "Laporan
Penilaian Kesehatan Koperasi" (.pdf), or the spreadsheet of
:mod:`kopdesk.reports.health_sheets`. The scheme defaults to the setting
``health.scheme``. ``--answers`` first stores the answers of a CSV ``key,value``
(``value`` ``ya`` or ``tidak``, empty to leave a question as it is; a header row
and a third column, e.g. the question, are allowed) — all of them or, when one is
wrong, none. ``--questions`` prints the scheme's questions with the stored answers
in that same CSV form.

The CSV has the columns ``aspect,indicator,numerator,denominator,ratio,nilai,score,
weight``, one row per indicator, then one last row: aspect ``Komposit``, indicator
the predicate, score the composite, weight 100.
"""

from __future__ import annotations

import argparse
import csv
import io
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kopdesk.cli import choices
from kopdesk.cli.common import SubParsers, add_db, csv_bytes, date_arg, out_arg, signed_in, year_arg
from kopdesk.domain.papers.health import CSV_COLUMNS
from kopdesk.domain.text import csv_unescape
from kopdesk.errors import StorageError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kopdesk.domain.health import Assessment, Indicator, Scheme

__all__ = ["CSV_COLUMNS", "read_answers_csv", "register"]


MAX_ANSWERS_BYTES = 200_000
"""An answers file is a few kilobytes; anything far bigger is not one."""


def register(sub: SubParsers) -> None:
    health = sub.add_parser(
        "health", help="penilaian kesehatan koperasi dari buku (Perdep 06/2016, KKPKK)"
    )
    add_db(health)
    health.add_argument("--year", type=year_arg, required=True, metavar="TAHUN", help="tahun buku")
    health.add_argument(
        "--scheme",
        choices=choices.HEALTH_SCHEMES,
        default=None,
        help="cara penilaian: kkpkk, perdep2016 atau pearls (bawaan: pengaturan health.scheme)",
    )
    health.add_argument(
        "--as-of",
        type=date_arg("as-of"),
        default=None,
        metavar="TANGGAL",
        help="tanggal penilaian di dalam tahun buku (bawaan: akhir tahun buku)",
    )
    health.add_argument(
        "--answers",
        metavar="FILE.csv",
        help="simpan dulu jawaban kuesioner dari CSV key,value (ya/tidak)",
    )
    health.add_argument(
        "--questions",
        action="store_true",
        help="tampilkan pertanyaan dan jawaban tersimpan sebagai CSV key,value,question",
    )
    health.add_argument(
        "--out",
        type=out_arg,
        metavar="FILE",
        help="berkas keluaran: .pdf (laporan terdaftar), .csv atau .xlsx",
    )
    health.add_argument("--rinci", action="store_true", help="tampilkan asal setiap angka (akun)")
    health.set_defaults(handler=cmd_health)


def read_answers_csv(path: Path) -> dict[str, bool]:
    """The answers of a CSV ``key,value`` file. Any problem is one Indonesian
    ``ValidationError`` naming the file (and the line), before anything is stored."""
    from kopdesk.services.health.answers import parse_value

    name = path.name
    if path.suffix.lower() != ".csv":
        raise ValidationError("answers", f"Berkas jawaban {name} harus berupa .csv (key,value).")
    text = _read_text(path)
    found: dict[str, bool] = {}
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        raise ValidationError("answers", f"Berkas jawaban {name} bukan CSV yang terbaca.") from None
    for number, cells in enumerate(rows, start=1):
        if not any(c.strip() for c in cells):
            continue
        if number == 1 and cells[0].strip().lower() == "key":
            continue
        if len(cells) not in (2, 3):
            raise ValidationError(
                "answers", f"{name} baris {number}: harus 2 kolom key,value (ya/tidak)."
            )
        key = csv_unescape(cells[0]).strip()
        if key in found:
            raise ValidationError(
                "answers", f"{name} baris {number}: {key[:60]} tertulis dua kali."
            )
        if not cells[1].strip():
            continue  # not answered (yet): what --questions writes for it
        try:
            found[key] = parse_value(cells[1], "answers")
        except ValidationError as exc:
            raise ValidationError("answers", f"{name} baris {number}: {exc.message}") from None
    if not found:
        raise ValidationError("answers", f"Berkas jawaban {name} tidak berisi jawaban.")
    return found


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()[: MAX_ANSWERS_BYTES + 1]
    except FileNotFoundError:
        raise StorageError(f"Berkas jawaban {path} tidak ada.") from None
    except OSError as exc:
        raise StorageError(f"Berkas jawaban {path} tidak dapat dibaca ({exc.strerror}).") from exc
    if len(data) > MAX_ANSWERS_BYTES:
        raise ValidationError("answers", f"Berkas jawaban {path.name} terlalu besar.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "answers",
            f"Berkas jawaban {path.name} bukan teks UTF-8; simpan ulang sebagai CSV UTF-8.",
        ) from None


def _scheme(args: argparse.Namespace, session: Session) -> Scheme:
    from kopdesk.domain.health import Scheme
    from kopdesk.services.health import schemes

    if args.scheme:
        return Scheme(args.scheme)
    return schemes.default_scheme(session)


def cmd_health(args: argparse.Namespace) -> int:
    from kopdesk.services.health import schemes

    kind = args.out.suffix.lower() if args.out is not None else ""
    if args.out is not None and kind not in (".csv", ".xlsx", ".pdf"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf, .csv atau .xlsx.")
    given = read_answers_csv(Path(args.answers).expanduser()) if args.answers else None
    with signed_in(args, write=given is not None or kind == ".pdf") as (book, actor):
        if given is not None:
            with book.unit_of_work() as session:
                scheme = _scheme(args, session)
                changed = schemes.save_answers(session, actor, scheme, args.year, given)
            print(f"{len(given)} jawaban dibaca, {changed} berubah dan disimpan.")
        with book.read() as session:
            scheme = _scheme(args, session)
            if args.questions:
                print(_questions_csv(session, scheme, args.year), end="")
                return 0
            assessment = schemes.assess(session, scheme, args.year, args.as_of)
        if kind == ".pdf":
            from kopdesk.app.papers import health_report_pdf

            data = health_report_pdf(book, scheme, args.year, actor=actor, as_of=args.as_of)
    if args.out is None:
        print(table_text(assessment, detail=args.rinci), end="")
        return 0
    from kopdesk.app.document_files import write_document
    from kopdesk.reports.health_sheets import health_csv, health_workbook

    if kind == ".csv":
        data = health_csv(assessment)
    elif kind == ".xlsx":
        data = health_workbook(assessment)
    write_document(args.out, data)
    print(args.out)
    return 0


def _questions_csv(session: Session, scheme: Scheme, year: int) -> str:
    from kopdesk.services.health import answers, schemes

    asked = schemes.questions(scheme)
    given = answers.answers(session, scheme, year)
    rows = [
        (key, answers.value_text(given[key]) if key in given else "", text)
        for key, text in asked.items()
    ]
    return csv_bytes(("key", "value", "question"), rows).decode("utf-8")


def _dec(value: Decimal | None, places: int = 2) -> str:
    if value is None:
        return "-"
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(i: Indicator) -> str:
    from kopdesk.domain.money import format_number

    ratio = "-" if i.ratio is None else _dec(i.ratio) + "%"
    return (
        f"  {i.code:<4} {_cut(i.name, 51):<51} {format_number(i.numerator):>15} "
        f"{format_number(i.denominator):>15} {ratio:>9} {_dec(i.nilai):>6} "
        f"{_dec(i.score):>6} {_dec(i.weight):>6}"
    )


def table_text(a: Assessment, *, detail: bool = False) -> str:
    """The assessment as a plain Indonesian table for a terminal."""
    from kopdesk.domain.dates import format_date
    from kopdesk.domain.money import format_number

    lines = [
        f"Penilaian kesehatan {a.scheme.label}: tahun buku {a.year}, per {format_date(a.as_of)}",
        "",
        f"  {'':<4} {'Aspek / rasio':<51} {'Pembilang':>15} {'Penyebut':>15} {'Rasio':>9} "
        f"{'Nilai':>6} {'Skor':>6} {'Bobot':>6}",
    ]
    aspect = None
    for i in a.indicators:
        if i.aspect != aspect:
            aspect = i.aspect
            lines.append(aspect)
        lines.append(_row(i))
        if detail:
            lines.append(f"        rumus: {i.formula}")
            for mark, sources in (
                ("pembilang", i.numerator_from),
                ("penyebut", i.denominator_from),
            ):
                for s in sources:
                    accounts = f" [akun {', '.join(s.accounts)}]" if s.accounts else ""
                    lines.append(f"        {mark}: {s.label} {format_number(s.amount)}{accounts}")
            if i.goal:
                lines.append(f"        nilai: {i.goal}")
    predicate = a.predicate.value if a.predicate is not None else "-"
    lines += ["", f"Skor komposit {_dec(a.composite)} dari 100: predikat {predicate}."]
    return "\n".join(lines) + "\n"
