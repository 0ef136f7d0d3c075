"""Laporan Perubahan Ekuitas: equity per column (simpanan pokok, wajib, other
capital, reserves, SHU, other comprehensive income, saldo awal) at both ends of a
period and the period's movements by kind, read from the entries' sources and
accounts. :func:`kopdesk.services.closing.statements.equity_changes` is the entry point.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy.orm import Session

from kopdesk.domain.coa import Code
from kopdesk.domain.dates import format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.papers.statements import (
    EquityBlock,
    EquityColumn,
    EquityRow,
    EquityStatement,
    Period,
)
from kopdesk.services.closing.sums import (
    CLOSING_SOURCE,
    OCI_PREFIX,
    RESULT_TYPES,
    Chart,
    activity_sums,
    flow_subtitle,
)
from kopdesk.services.ledger.accounts import AccountInfo, posted_sums
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError

__all__ = [
    "EQUITY_COLUMNS",
    "EQUITY_MOVEMENTS",
    "SHU_SOURCE",
    "Matrix",
    "build_equity",
]


# --- Laporan Perubahan Ekuitas -----------------------------------------------------------------

OPENING_COLUMN = "saldo_awal"
"""The equity column of opening balances (39xx), not a loan event."""
EQUITY_COLUMNS = (
    EquityColumn("pokok", "Simpanan pokok", Code.SIMPANAN_POKOK),
    EquityColumn("wajib", "Simpanan wajib", Code.SIMPANAN_WAJIB),
    EquityColumn(
        "modal_lain", "Modal lain", f"{Code.SIMPANAN_LAIN_BERKARAKTERISTIK_EKUITAS}, 32xx, 33xx"
    ),
    EquityColumn("cadangan", "Cadangan", "34xx"),
    EquityColumn("shu", "SHU", "35xx"),
    EquityColumn("pkl", "Penghasilan komprehensif lain", "36xx"),
    EquityColumn(OPENING_COLUMN, "Saldo awal", "39xx"),
)
EQUITY_MOVEMENTS = (
    ("saldo_awal_buku", "Saldo awal yang dipindahkan ke buku ini"),
    ("setoran_simpanan", "Setoran simpanan anggota (bersih)"),
    ("anggota_keluar", "Pengembalian simpanan anggota keluar"),
    ("shu_berjalan", "SHU periode berjalan"),
    ("pkl", "Penghasilan komprehensif lain"),
    ("pemindahan_cadangan", "Pemindahan SHU ke cadangan"),
    ("pembagian_shu", "Pembagian SHU kepada anggota dan dana-dana"),
    ("lain", "Lain-lain"),
)
SHU_SOURCE = "shu"
"""Source of the SHU distribution entry (``kopdesk.services.closing.shu.SOURCE_POST``)."""


def _equity_column(info: AccountInfo) -> str:
    code = info.code
    if info.type in RESULT_TYPES or code.startswith("35"):
        return "shu"
    for prefix, key in ((Code.SIMPANAN_POKOK, "pokok"), (Code.SIMPANAN_WAJIB, "wajib"),
                        ("34", "cadangan"), ("36", "pkl"), ("39", OPENING_COLUMN)):  # fmt: skip
        if code.startswith(prefix):
            return key
    return "modal_lain"


def _movement_kind(info: AccountInfo, source: str) -> str:
    if source == CLOSING_SOURCE:
        return CLOSING_SOURCE
    if info.type in RESULT_TYPES:
        return "shu_berjalan"
    if info.code.startswith("39") or source.endswith("saldo_awal"):
        return "saldo_awal_buku"
    if source.startswith("simpanan.keluar"):
        return "anggota_keluar"
    if source == SHU_SOURCE:
        return SHU_SOURCE
    if info.code.startswith(OCI_PREFIX):
        return "pkl"
    if source.startswith("simpanan"):
        return "setoran_simpanan"
    return "lain"


Matrix = dict[str, dict[str, int]]


def _equity_balances(session: Session, chart: Chart, on: dt.date) -> dict[str, int]:
    """Equity per column at the end of ``on``; income − expense not closed is SHU."""
    sums = posted_sums(session, on)
    columns: dict[str, int] = defaultdict(int)
    for info in chart.accounts:
        if info.type in (AccountType.EKUITAS, *RESULT_TYPES):
            columns[_equity_column(info)] -= sums.get(info.id, 0)
    return dict(columns)


def _equity_movements(session: Session, chart: Chart, period: Period) -> Matrix:
    ids = chart.ids(AccountType.EKUITAS, *RESULT_TYPES)
    by_id = {a.id: a for a in chart.accounts}
    raw: Matrix = defaultdict(lambda: defaultdict(int))
    for (account_id, source), amount in activity_sums(
        session, ids, period.start, period.end
    ).items():
        info = by_id[account_id]
        raw[_movement_kind(info, source)][_equity_column(info)] -= amount
    moves: Matrix = defaultdict(lambda: defaultdict(int))
    for kind, columns in raw.items():
        if kind == SHU_SOURCE:
            reserve = columns.get("cadangan", 0)
            moves["pemindahan_cadangan"]["cadangan"] += reserve
            moves["pemindahan_cadangan"]["shu"] -= reserve
            for column, value in columns.items():
                if column != "cadangan":
                    moves["pembagian_shu"][column] += value
            moves["pembagian_shu"]["shu"] += reserve
        elif kind == CLOSING_SOURCE:
            # closing moves income and expense into 35xx: nets to zero per column
            for column, value in columns.items():
                moves["lain"][column] += value
        else:
            for column, value in columns.items():
                moves[kind][column] += value
    return {k: dict(v) for k, v in moves.items()}


def _equity_row(
    key: str, label: str, values: dict[str, int], columns: Sequence[EquityColumn], *, bal: bool
) -> EquityRow:
    amounts = tuple(values.get(c.key, 0) for c in columns)
    return EquityRow(key, label, amounts, sum(values.values()), bal)


def build_equity(session: Session, chart: Chart, period: Period, prior: Period) -> EquityStatement:
    data = []
    for p in (prior, period):
        opening = _equity_balances(session, chart, p.start - dt.timedelta(days=1))
        moves = _equity_movements(session, chart, p)
        closing = _equity_balances(session, chart, p.end)
        for column in {*opening, *closing, *(c for m in moves.values() for c in m)}:
            moved = sum(m.get(column, 0) for m in moves.values())
            if opening.get(column, 0) + moved != closing.get(column, 0):
                raise LedgerInvariantError(f"equity column {column} does not tie in {p.label}")
        data.append((p, opening, moves, closing))
    used = {
        c
        for _p, opening, moves, closing in data
        for values in (opening, closing, *moves.values())
        for c, v in values.items()
        if v
    }
    columns = tuple(c for c in EQUITY_COLUMNS if c.key != OPENING_COLUMN or OPENING_COLUMN in used)
    kinds = [
        (key, label)
        for key, label in EQUITY_MOVEMENTS
        if any(v for _p, _o, moves, _c in data for v in moves.get(key, {}).values())
    ]
    blocks = []
    for p, opening, moves, closing in data:
        blocks.append(
            EquityBlock(
                period=p,
                opening=_equity_row("saldo_awal", f"Saldo per {format_date(p.start)}", opening,
                                    columns, bal=True),
                movements=tuple(_equity_row(k, label, moves.get(k, {}), columns, bal=False)
                                for k, label in kinds),
                closing=_equity_row("saldo_akhir", f"Saldo per {format_date(p.end)}", closing,
                                    columns, bal=True),
            )
        )  # fmt: skip
    return EquityStatement(
        kind="perubahan-ekuitas",
        title="LAPORAN PERUBAHAN EKUITAS",
        period=period,
        prior_period=prior,
        columns=columns,
        prior=blocks[0],
        current=blocks[1],
        subtitle=flow_subtitle(period),
        header=get_profile(session).header,
    )
