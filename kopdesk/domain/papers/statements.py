"""Paper data of the financial statements (Permenkop UKM 2/2024, SAK EP;
KOPERASI.md §2.1): periods, statements, equity changes, notes (CaLK), signers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "INTERIM_NOTE",
    "EquityBlock",
    "EquityColumn",
    "EquityRow",
    "EquityStatement",
    "FinancialStatements",
    "NoteRow",
    "NoteTable",
    "Notes",
    "Period",
    "Signer",
    "Statement",
    "StatementLine",
]


# --- financial statements (Permenkop UKM 2/2024, SAK EP; KOPERASI.md §2.1) -----------


@dataclass(frozen=True)
class Period:
    """A reporting period: both ends included.

    ``kind`` (``year``, ``semester``, ``quarter``, ``month``; ``""`` for any
    other range), ``number`` (which semester/quarter/month) and ``fiscal_year``
    say how it was chosen, so the comparative period can be named the same way."""

    start: dt.date
    end: dt.date
    label: str
    kind: str = ""
    number: int = 1
    fiscal_year: int = 0
    interim: bool = False
    """A period of a fiscal year not closed yet: its statements are interim, unaudited
    (every paper and window showing them says :data:`INTERIM_NOTE`)."""


INTERIM_NOTE = "Laporan sementara — belum diaudit"
"""The mark on statements of a fiscal year that is not closed."""


@dataclass(frozen=True)
class StatementLine:
    """One printed line of a statement.

    ``amount`` (this period) and ``prior`` (the comparative) are shown positive
    on the line's normal side (assets and expenses debit, liabilities, equity
    and income credit); a contra account (allowance, accumulated depreciation,
    cost of goods sold) is negative within its section. ``is_account`` marks a
    postable account's own line (the CSV rows; headings and totals are not).
    ``note`` is the CaLK note number the line refers to."""

    section: str
    code: str
    name: str
    amount: int
    prior: int
    level: int = 0
    is_total: bool = False
    is_heading: bool = False
    is_account: bool = False
    note: str = ""


@dataclass(frozen=True)
class Statement:
    """Laporan Posisi Keuangan, Perhitungan Hasil Usaha or Arus Kas.

    ``kind`` is ``posisi-keuangan``, ``hasil-usaha`` or ``arus-kas``;
    ``columns`` are the headings of the two amount columns (this period, the
    comparative). Every total is a line of its own, computed and checked by
    the service."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    lines: tuple[StatementLine, ...]
    columns: tuple[str, str]
    subtitle: str
    header: BookHeader

    def line(self, code: str) -> StatementLine:
        """The total line with ``code`` if there is one, else its first line (a
        group's heading carries the group's amounts when it has no subtotal)."""
        found = [ln for ln in self.lines if ln.code == code]
        if not found:
            raise KeyError(code)
        return next((ln for ln in found if ln.is_total), found[0])

    def amount(self, code: str) -> int:
        """This period's amount of the line with ``code`` (see :meth:`line`); 0 if absent."""
        try:
            return self.line(code).amount
        except KeyError:
            return 0

    def accounts(self, section: str | None = None) -> tuple[StatementLine, ...]:
        """The postable accounts' lines (of ``section``), in print order."""
        return tuple(
            ln for ln in self.lines if ln.is_account and (section is None or ln.section == section)
        )


@dataclass(frozen=True)
class EquityColumn:
    """A column of the Laporan Perubahan Ekuitas: an equity group and its accounts."""

    key: str
    label: str
    accounts: str
    """The account codes it holds, as printed in the notes (``3103, 32xx, 33xx``)."""


@dataclass(frozen=True)
class EquityRow:
    """One row of the equity matrix: an amount per column and the row total."""

    key: str
    label: str
    amounts: tuple[int, ...]
    total: int
    is_balance: bool = False
    """``saldo awal`` / ``saldo akhir`` (bold) rather than a movement."""


@dataclass(frozen=True)
class EquityBlock:
    """Saldo awal, the period's movements by kind, saldo akhir (= the balance sheet)."""

    period: Period
    opening: EquityRow
    movements: tuple[EquityRow, ...]
    closing: EquityRow

    @property
    def rows(self) -> tuple[EquityRow, ...]:
        return (self.opening, *self.movements, self.closing)


@dataclass(frozen=True)
class EquityStatement:
    """Laporan Perubahan Ekuitas: the comparative block, then this period's."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    columns: tuple[EquityColumn, ...]
    prior: EquityBlock
    current: EquityBlock
    subtitle: str
    header: BookHeader


@dataclass(frozen=True)
class NoteRow:
    """A row of a note's table: one value per column (rupiah, or a count where
    the column says so)."""

    label: str
    values: tuple[int, ...]
    code: str = ""
    is_total: bool = False
    level: int = 0


@dataclass(frozen=True)
class NoteTable:
    """A numbered note of the CaLK with its paragraphs and (optionally) a table."""

    number: str
    key: str
    title: str
    text: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[NoteRow, ...] = ()


@dataclass(frozen=True)
class Notes:
    """Catatan atas Laporan Keuangan: general information, the accounting
    policies, then the numbered notes with the figures behind the statements."""

    kind: str
    title: str
    period: Period
    prior_period: Period
    general: tuple[tuple[str, str], ...]
    """(label, value) about the cooperative."""
    policies: tuple[NoteTable, ...]
    tables: tuple[NoteTable, ...]
    subtitle: str
    header: BookHeader

    def table(self, key: str) -> NoteTable:
        for item in self.tables:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class Signer:
    """A place to sign: the office (``Ketua``) and the name, blank when unknown."""

    role: str
    name: str


@dataclass(frozen=True)
class FinancialStatements:
    """The five statements of one period, with the pengurus who sign them."""

    header: BookHeader
    period: Period
    prior_period: Period
    balance_sheet: Statement
    income: Statement
    equity: EquityStatement
    cash_flow: Statement
    notes: Notes
    signers: tuple[Signer, ...]
