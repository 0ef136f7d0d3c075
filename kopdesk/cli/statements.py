"""Financial statements: ``kopdesk report balance-sheet|income|equity|cash-flow|notes
--db PATH --year Y [--month M | --quarter Q | --semester S] [--out FILE]``.

``--out`` ending in ``.pdf`` makes a registered, verifiable paper signed by the
pengurus (the book is opened for writing, like every other paper); ``.xlsx`` a
workbook; ``.csv`` plain data with the columns ``section,code,name,amount``
(integer rupiah). Without ``--out`` the statement is printed as a table.

CSV rows: the balance sheet has one row per account with a balance (sections
``aset``, ``liabilitas``, ``ekuitas``; contra accounts negative), so
sum(aset) = sum(liabilitas) + sum(ekuitas); the PHU one row per income or expense
account with an amount in the period (``pendapatan``, ``beban``; tax included), so
sum(pendapatan) − sum(beban) = SHU. No subtotal rows in either.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from kopdesk.cli.common import SubParsers, add_db, csv_bytes, out_arg, signed_in, year_arg
from kopdesk.domain.papers.statements import (
    INTERIM_NOTE,
    EquityStatement,
    FinancialStatements,
    Notes,
    Period,
    Statement,
)
from kopdesk.domain.permissions import Actor
from kopdesk.errors import ValidationError

if TYPE_CHECKING:
    from kopdesk.storage.db import Book

__all__ = ["COMMANDS", "CSV_COLUMNS", "register"]

CSV_COLUMNS = ("section", "code", "name", "amount")
COMMANDS = {
    "balance-sheet": ("posisi-keuangan", "laporan posisi keuangan (neraca)"),
    "income": ("hasil-usaha", "laporan perhitungan hasil usaha (PHU)"),
    "equity": ("perubahan-ekuitas", "laporan perubahan ekuitas"),
    "cash-flow": ("arus-kas", "laporan arus kas (metode langsung)"),
    "notes": ("catatan", "catatan atas laporan keuangan (CaLK)"),
}
WIDTH = 100


def register(group: SubParsers) -> None:
    """Add the statements to ``group`` (the ``kopdesk report`` sub-commands)."""
    for name, (_kind, help_text) in COMMANDS.items():
        parser = group.add_parser(name, help=f"{help_text} (PDF, XLSX atau CSV)")
        add_db(parser)
        parser.add_argument("--year", type=year_arg, required=True, metavar="TAHUN",
                            help="tahun buku")  # fmt: skip
        parser.add_argument("--month", type=int, metavar="BULAN", help="satu bulan (1-12)")
        parser.add_argument("--quarter", type=int, metavar="TRIWULAN", help="triwulan (1-4)")
        parser.add_argument("--semester", type=int, metavar="SEMESTER", help="semester (1-2)")
        parser.add_argument(
            "--out", type=out_arg, metavar="FILE",
            help="berkas keluaran .pdf, .xlsx atau .csv (tanpa --out: tabel di layar)",
        )  # fmt: skip
        parser.set_defaults(handler=cmd_statement)


def _period_args(args: argparse.Namespace) -> tuple[str, int]:
    """``("month", 3)`` for ``--month 3``; the whole year without a part."""
    chosen = [
        (kind, value)
        for kind, value in (("month", args.month), ("quarter", args.quarter),
                            ("semester", args.semester))
        if value is not None
    ]  # fmt: skip
    if len(chosen) > 1:
        raise ValidationError(
            "period", "Pilih satu periode saja: --month, --quarter atau --semester."
        )
    return chosen[0] if chosen else ("year", 1)


def cmd_statement(args: argparse.Namespace) -> int:
    from kopdesk.services.closing import statements

    kind = COMMANDS[args.action][0]
    suffix = args.out.suffix.lower() if args.out is not None else ""
    if args.out is not None and suffix not in (".pdf", ".xlsx", ".csv"):
        raise ValidationError("out", "Berkas keluaran harus berakhiran .pdf, .xlsx atau .csv.")
    period_kind, number = _period_args(args)
    with signed_in(args, write=suffix == ".pdf") as (book, actor):
        with book.read() as session:
            period = statements.period_of(session, args.year, period_kind, number)
        if suffix == ".pdf":
            data = _pdf(book, actor, args.action, period)
        elif suffix == ".xlsx":
            with book.read() as session:
                data = _xlsx(statements.selected_statements(session, period, {kind}), kind)
        else:
            with book.read() as session:
                one = statements.statement(session, period, kind)
            if suffix == "":
                print("\n".join(TEXT[kind](one)))
                return 0
            data = csv_bytes(CSV_COLUMNS, CSV[kind](one))
    from kopdesk.app.document_files import write_document

    write_document(args.out, data)
    print(args.out)
    return 0


def _pdf(book: Book, actor: Actor, key: str, period: Period) -> bytes:
    from kopdesk.app.papers import Params, print_paper

    return print_paper(key, book, actor, Params(period=period))


def _xlsx(fs: FinancialStatements, kind: str) -> bytes:
    from kopdesk.reports.statements_xlsx import statements_workbook

    return statements_workbook(fs, {kind})


# --- CSV ---------------------------------------------------------------------------------

Rows = list[tuple[str, str, str, int]]
One = Statement | EquityStatement | Notes
"""One statement as :func:`kopdesk.services.closing.statements.statement` gives it."""
T = TypeVar("T", Statement, EquityStatement, Notes)


def _as(kind: type[T], one: One) -> T:
    if not isinstance(one, kind):  # pragma: no cover - the kinds' tables below match
        raise TypeError(f"expected {kind.__name__}, got {type(one).__name__}")
    return one


def balance_sheet_rows(one: One) -> Rows:
    """One row per account with a balance at the end of the period."""
    return [(ln.section, ln.code, ln.name, ln.amount)
            for ln in _as(Statement, one).accounts() if ln.amount]  # fmt: skip


def income_rows(one: One) -> Rows:
    """One row per income or expense account with an amount in the period."""
    return [
        (ln.section, ln.code, ln.name, ln.amount)
        for ln in _as(Statement, one).accounts()
        if ln.section in ("pendapatan", "beban") and ln.amount
    ]


def equity_rows(one: One) -> Rows:
    """section = row (saldo_awal, the movements, saldo_akhir), code = equity column."""
    eq = _as(EquityStatement, one)
    rows: Rows = []
    for row in eq.current.rows:
        for column, amount in zip(eq.columns, row.amounts, strict=True):
            rows.append((row.key, column.key, f"{row.label} - {column.label}", amount))
        rows.append((row.key, "jumlah", f"{row.label} - Jumlah", row.total))
    return rows


def cash_flow_rows(one: One) -> Rows:
    """The lines of each activity (code = line key), then kenaikan, kas awal, kas akhir."""
    lines = _as(Statement, one).lines
    rows: Rows = [
        (ln.section, ln.code, ln.name, ln.amount)
        for ln in lines
        if ln.section != "kas" and not ln.is_heading and not ln.is_total
    ]
    rows += [(ln.section, ln.code, ln.name, ln.amount) for ln in lines if ln.section == "kas"]
    return rows


def notes_rows(one: One) -> Rows:
    """section = note key, one row per figure of this period (no comparatives, no totals)."""
    from kopdesk.services.closing.sums import date_columns, flow_columns

    notes = _as(Notes, one)
    # the comparative columns' headings: the balance sheet's date, the PHU's period
    prior = {
        date_columns(notes.period, notes.prior_period)[1],
        flow_columns(notes.period, notes.prior_period)[1],
    }
    rows: Rows = []
    for table in notes.tables:
        kept = [i for i, c in enumerate(table.columns) if c not in prior]
        for row in table.rows:
            if row.is_total:
                continue
            for i in kept:
                name = row.label if len(kept) == 1 else f"{row.label} - {table.columns[i]}"
                rows.append((table.key, row.code, name, row.values[i]))
    return rows


CSV: dict[str, Callable[[One], Rows]] = {
    "posisi-keuangan": balance_sheet_rows,
    "hasil-usaha": income_rows,
    "perubahan-ekuitas": equity_rows,
    "arus-kas": cash_flow_rows,
    "catatan": notes_rows,
}


# --- text on the screen ----------------------------------------------------------------


def money(value: int) -> str:
    from kopdesk.reports.statements import money as statement_money

    return statement_money(value)


def _heading(one: One, title: str, subtitle: str) -> list[str]:
    interim = [INTERIM_NOTE] if one.period.interim else []
    return [one.header.coop_name, title, subtitle, *interim, "(dinyatakan dalam rupiah)", ""]


def _statement_text(one: One) -> list[str]:
    statement = _as(Statement, one)
    out = _heading(statement, statement.title, statement.subtitle)
    label_width = WIDTH - 2 * 20
    out.append(f"{'Uraian':<{label_width}}{statement.columns[0]:>20}{statement.columns[1]:>20}")
    out.append("-" * WIDTH)
    for ln in statement.lines:
        name = "  " * max(ln.level - 1, 0) + ln.name
        if ln.is_account:
            name = "  " * max(ln.level - 1, 0) + f"{ln.code} {ln.name}"
        name = name[: label_width - 1]
        if ln.is_heading:
            out.append(name)
            continue
        out.append(f"{name:<{label_width}}{money(ln.amount):>20}{money(ln.prior):>20}")
        if ln.is_total and ln.level == 0:
            out.append("")
    return out


def _equity_text(one: One) -> list[str]:
    eq = _as(EquityStatement, one)
    out = _heading(eq, eq.title, eq.subtitle)
    width = 16
    labels = [textwrap.wrap(c.label, width - 1) for c in eq.columns] + [["Jumlah"]]
    for line in range(max(len(parts) for parts in labels)):
        first = "Uraian" if line == 0 else ""
        out.append(f"{first:<40}" + "".join(
            f"{parts[line] if line < len(parts) else '':>{width}}" for parts in labels
        ))  # fmt: skip
    for block in (eq.prior, eq.current):
        out.append("-" * (40 + width * len(labels)))
        for row in block.rows:
            figures = [*row.amounts, row.total]
            out.append(f"{row.label[:39]:<40}" + "".join(f"{money(v):>{width}}" for v in figures))
    return out


def _notes_text(one: One) -> list[str]:
    notes = _as(Notes, one)
    out = _heading(notes, notes.title, notes.subtitle)
    out.append("1. UMUM")
    out += [f"   {label:<24}: {value}" for label, value in notes.general]
    out += ["", "2. IKHTISAR KEBIJAKAN AKUNTANSI"]
    for policy in notes.policies:
        out.append(f"{policy.number} {policy.title}")
        for text in policy.text:
            out += textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent="    ")
    for table in notes.tables:
        number = table.number if "." in table.number else f"{table.number}."
        out += ["", f"{number} {table.title}"]
        for text in table.text:
            out += textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent="    ")
        if table.columns:
            label_width = WIDTH - 18 * len(table.columns)
            out.append(f"{'':<{label_width}}" + "".join(f"{c[:17]:>18}" for c in table.columns))
            for row in table.rows:
                figures = "".join(f"{money(v):>18}" for v in row.values)
                out.append(f"    {row.label[: label_width - 5]:<{label_width - 4}}{figures}")
    return out


TEXT: dict[str, Callable[[One], list[str]]] = {
    "posisi-keuangan": _statement_text,
    "hasil-usaha": _statement_text,
    "perubahan-ekuitas": _equity_text,
    "arus-kas": _statement_text,
    "catatan": _notes_text,
}
