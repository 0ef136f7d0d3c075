"""Financial statements per Permenkop UKM 2/2024 and SAK EP (KOPERASI.md §2.1–§2.3).

Laporan Posisi Keuangan (assets in order of liquidity and liabilities in order of
maturity: the chart's order), Laporan Perhitungan Hasil Usaha (member and
non-member participation, SHU, other comprehensive income), Laporan Perubahan
Ekuitas, Laporan Arus Kas (direct method, :mod:`kopdesk.domain.cashflow`) and the
Catatan atas Laporan Keuangan, for any month, quarter, semester or fiscal year with
the same period of the year before as comparative.

Amounts are integer rupiah, shown positive on their normal side (assets and
expenses debit; liabilities, equity and income credit); contra accounts are
negative within their section. Every figure is an SQL aggregate grouped by account.

- Closing entries (source ``tutup-buku``, and their reversals when a year is
  reopened) are left out of the PHU and of the equity movements.
- The surplus not yet closed (income − expense up to the date) is equity: the part
  from earlier fiscal years on 3501 "SHU tahun lalu belum dibagi", the current
  fiscal year's on 3502 "SHU tahun berjalan" (where closing would put them), so
  assets = liabilities + equity holds whether or not a year is closed.
- Every statement checks its own totals and raises ``LedgerInvariantError`` when
  they do not tie (a bug or tampering, never a user mistake).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from kopdesk.domain import cashflow
from kopdesk.domain import shu as shu_rules
from kopdesk.domain.assets import CATEGORIES
from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.loans import CollateralKind
from kopdesk.domain.money import format_rupiah
from kopdesk.domain.papers.statements import (
    EquityBlock,
    EquityColumn,
    EquityRow,
    EquityStatement,
    FinancialStatements,
    NoteRow,
    Notes,
    NoteTable,
    Period,
    Signer,
    Statement,
    StatementLine,
)
from kopdesk.domain.savings import percent_text
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import Account, FiscalYear, JournalEntry, JournalLine, Loan, LoanProduct
from kopdesk.services.base import settings
from kopdesk.services.closing import shu as shu_service
from kopdesk.services.ledger.accounts import AccountInfo, list_accounts, posted_sums
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError
from kopdesk.services.loans import quality as loan_quality
from kopdesk.services.members.register import OrganKind, organ_terms
from kopdesk.services.savings.core import list_products
from kopdesk.services.savings.papers import savings_recap

__all__ = [
    "CLOSING_SOURCE",
    "EquityStatement",
    "FinancialStatements",
    "Notes",
    "Period",
    "Statement",
    "StatementLine",
    "all_statements",
    "balance_sheet",
    "cash_flow",
    "equity_changes",
    "income_statement",
    "notes",
    "period_of",
    "previous",
]

CLOSING_SOURCE = "tutup-buku"
"""Source of the closing entries (``kopdesk.services.closing.yearend.CLOSING_SOURCE``)."""
SHU_PRIOR_ACCOUNT = "3501"
SHU_CURRENT_ACCOUNT = "3502"
TAX_ACCOUNT = "5990"
OPENING_PREFIX = "39"
OPENING_SOURCE = "saldo_awal"
"""The source an opening-balance entry (one touching 39xx) counts under."""
OPENING_LINE = "saldo_awal"
"""The cash-flow line of cash brought in by an opening-balance entry."""
OCI_PREFIX = "36"

PERIOD_KINDS = {"year": 1, "semester": 2, "quarter": 4, "month": 12}
_ROMAN = ("I", "II", "III", "IV")

NOTE_GENERAL, NOTE_POLICIES = "1", "2"
NOTE_CASH, NOTE_LOANS, NOTE_ASSETS, NOTE_SAVINGS, NOTE_SHU = "3", "4", "5", "6", "7"
_GROUP_NOTES = {
    "1100": NOTE_CASH,
    "1300": NOTE_LOANS,
    "1600": NOTE_ASSETS,
    "2100": NOTE_SAVINGS,
    "3100": NOTE_SAVINGS,
    "3500": NOTE_SHU,
}


# --- periods -------------------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after ``day``'s month (``day`` is a first)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _label(kind: str, number: int, fiscal_year: int, start: dt.date) -> str:
    if kind == "year":
        return f"Tahun Buku {fiscal_year}"
    if kind == "semester":
        return f"Semester {_ROMAN[number - 1]} {fiscal_year}"
    if kind == "quarter":
        return f"Triwulan {_ROMAN[number - 1]} {fiscal_year}"
    return f"{MONTHS_ID[start.month - 1]} {start.year}"


def make_period(fiscal_start: dt.date, fiscal_year: int, kind: str, number: int = 1) -> Period:
    """The period ``kind``/``number`` of the fiscal year that begins on ``fiscal_start``.

    ``month`` numbers are calendar months (March is 3 whatever month the year starts)."""
    count = PERIOD_KINDS.get(kind)
    if count is None:
        raise ValidationError("kind", "Jenis periode harus tahun, semester, triwulan atau bulan.")
    if not 1 <= number <= count:
        names = {"year": "tahun", "semester": "semester", "quarter": "triwulan", "month": "bulan"}
        raise ValidationError("number", f"Nomor {names[kind]} harus 1 sampai {count}.")
    size = 12 // count
    offset = (number - fiscal_start.month) % 12 if kind == "month" else (number - 1) * size
    start = _add_months(fiscal_start, offset)
    end = _add_months(start, size) - dt.timedelta(days=1)
    return Period(start, end, _label(kind, number, fiscal_year, start), kind, number, fiscal_year)


def period_of(session: Session, year: int, kind: str = "year", number: int = 1) -> Period:
    """A month, quarter, semester or the whole of tahun buku ``year``.

    Raises ``NotFoundError`` when the book has no such fiscal year and
    ``ValidationError`` for an unknown kind or number."""
    fy = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if fy is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada di buku ini.")
    return make_period(fy.start_date, year, kind, number)


def previous(period: Period) -> Period:
    """The same period one year earlier (the comparative)."""
    if period.kind in PERIOD_KINDS:
        size = 12 // PERIOD_KINDS[period.kind]
        start = _add_months(period.start, -12)
        end = _add_months(start, size) - dt.timedelta(days=1)
        year = period.fiscal_year - 1
        return Period(
            start, end, _label(period.kind, period.number, year, start), period.kind,
            period.number, year,
        )  # fmt: skip
    start = _year_earlier(period.start)
    end = _year_earlier(period.end)
    return Period(start, end, f"{format_date(start)} s.d. {format_date(end)}")


def _year_earlier(day: dt.date) -> dt.date:
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    if (day + dt.timedelta(days=1)).day == 1:  # a month end stays a month end
        return _add_months(dt.date(day.year - 1, day.month, 1), 1) - dt.timedelta(days=1)
    return day.replace(year=day.year - 1)


def fiscal_start_of(session: Session, day: dt.date) -> dt.date:
    """The first day of the fiscal year containing ``day`` (from the book's years,
    else from the profile's start month)."""
    fy = session.execute(
        select(FiscalYear.start_date).where(
            FiscalYear.start_date <= day, FiscalYear.end_date >= day
        )
    ).scalar()
    if fy is not None:
        return fy
    month = get_profile(session).fiscal_year_start_month
    year = day.year if day.month >= month else day.year - 1
    return dt.date(year, month, 1)


# --- the chart and the sums ------------------------------------------------------------------

_RESULT_TYPES = (AccountType.PENDAPATAN, AccountType.BEBAN)
_POSITION_TYPES = (AccountType.ASET, AccountType.LIABILITAS, AccountType.EKUITAS)


@dataclass(frozen=True)
class _Chart:
    """The chart of accounts in code order (= presentation order)."""

    accounts: tuple[AccountInfo, ...]

    @property
    def by_code(self) -> dict[str, AccountInfo]:
        return {a.code: a for a in self.accounts}

    def ids(self, *types: AccountType) -> list[int]:
        return [a.id for a in self.accounts if a.type in types]

    def postable(self, *types: AccountType) -> list[AccountInfo]:
        return [a for a in self.accounts if a.postable and a.type in types]

    def group_of(self, info: AccountInfo) -> AccountInfo | None:
        """The account's level-1 header (``1100 Kas dan setara kas``); None for an
        account directly under its class."""
        by_code = self.by_code
        current = info
        while current.level > 1 and current.parent_code is not None:
            current = by_code[current.parent_code]
        return current if current is not info else None


def _chart(session: Session) -> _Chart:
    return _Chart(tuple(list_accounts(session)))


def _shown(info: AccountInfo, amount: int) -> int:
    """A debit-positive amount on its class's normal side; a contra account (whose
    balance is on the other side) comes out negative within its section."""
    return amount if info.type.debit_normal else -amount


def _sum(
    session: Session,
    account_ids: Sequence[int],
    *,
    start: dt.date | None = None,
    before: dt.date | None = None,
) -> int:
    """Sum of the lines on ``account_ids`` dated from ``start`` and before ``before``."""
    stmt = select(func.coalesce(func.sum(JournalLine.amount), 0)).where(
        JournalLine.account_id.in_(list(account_ids))
    )
    if start is not None:
        stmt = stmt.where(JournalLine.date >= start)
    if before is not None:
        stmt = stmt.where(JournalLine.date < before)
    return int(session.execute(stmt).scalar_one())


def _opening_entries(start: dt.date, end: dt.date) -> Select[int]:
    """Entries dated in [start, end] that bring balances into the book (they touch
    39xx, the opening-balance equity): their lines are saldo awal, not business."""
    return (
        select(JournalLine.entry_id)
        .join(Account, Account.id == JournalLine.account_id)
        .where(
            Account.code.like(f"{OPENING_PREFIX}%"),
            JournalLine.date >= start,
            JournalLine.date <= end,
        )
    )


def _activity(
    session: Session, account_ids: Sequence[int], start: dt.date, end: dt.date
) -> dict[tuple[int, str], int]:
    """Sum of the lines dated in [start, end] per (account id, source of the entry).

    A reversal counts under the source of the entry it reverses, so reversing a
    closing entry (reopening a year) is a closing entry too; an entry touching
    39xx counts as :data:`OPENING_SOURCE`."""
    original = aliased(JournalEntry)
    source = case(
        (JournalLine.entry_id.in_(_opening_entries(start, end)), OPENING_SOURCE),
        else_=func.coalesce(original.source, JournalEntry.source),
    )
    rows = session.execute(
        select(JournalLine.account_id, source, func.sum(JournalLine.amount))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .outerjoin(original, original.id == JournalEntry.reversal_of_id)
        .where(
            JournalLine.date >= start,
            JournalLine.date <= end,
            JournalLine.account_id.in_(list(account_ids)),
        )
        .group_by(JournalLine.account_id, source)
    ).all()
    return {(int(a), str(s)): int(t) for a, s, t in rows if t}


def _result_sums(session: Session, chart: _Chart, period: Period) -> dict[int, int]:
    """Income and expense (and OCI) per account id over the period, closing entries
    left out (debit-positive)."""
    ids = chart.ids(*_RESULT_TYPES) + [
        a.id for a in chart.accounts if a.code.startswith(OCI_PREFIX)
    ]
    sums: dict[int, int] = defaultdict(int)
    for (account_id, source), amount in _activity(session, ids, period.start, period.end).items():
        if source != CLOSING_SOURCE:
            sums[account_id] += amount
    return dict(sums)


def _position(session: Session, chart: _Chart, on: dt.date) -> dict[str, int]:
    """Each asset, liability and equity account's balance at the end of ``on`` as
    shown (normal side positive), the surplus not yet closed folded into 3501
    (earlier fiscal years) and 3502 (this fiscal year)."""
    sums = posted_sums(session, on)
    shown: dict[str, int] = {}
    surplus = 0
    for info in chart.accounts:
        amount = sums.get(info.id, 0)
        if info.type in _RESULT_TYPES:
            surplus -= amount
        elif info.postable:
            shown[info.code] = _shown(info, amount)
    earlier = -_sum(session, chart.ids(*_RESULT_TYPES), before=fiscal_start_of(session, on))
    shown[SHU_PRIOR_ACCOUNT] = shown.get(SHU_PRIOR_ACCOUNT, 0) + earlier
    shown[SHU_CURRENT_ACCOUNT] = shown.get(SHU_CURRENT_ACCOUNT, 0) + surplus - earlier
    return shown


def _cash_balance(session: Session, chart: _Chart, on: dt.date) -> int:
    cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
    return _sum(session, cash, before=on + dt.timedelta(days=1))


# --- building lines ------------------------------------------------------------------------


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _grouped(
    section: str,
    infos: Iterable[AccountInfo],
    current: dict[str, int],
    prior: dict[str, int],
    *,
    group_of: Callable[[AccountInfo], tuple[str, str] | None],
    notes: dict[str, str] | None = None,
) -> tuple[list[StatementLine], int, int]:
    """Heading, account lines and subtotal per group (subtotal only for two or more
    accounts); accounts with nothing in either period are left out. Returns the
    lines and the section's two totals."""
    groups: dict[tuple[str, str] | None, list[AccountInfo]] = {}
    for info in infos:
        if current.get(info.code, 0) or prior.get(info.code, 0):
            groups.setdefault(group_of(info), []).append(info)
    lines: list[StatementLine] = []
    total_cur = total_pri = 0
    for group, members in groups.items():
        cur = sum(current.get(m.code, 0) for m in members)
        pri = sum(prior.get(m.code, 0) for m in members)
        total_cur, total_pri = total_cur + cur, total_pri + pri
        level = 1
        if group is not None:
            code, name = group
            note = (notes or {}).get(code, "")
            lines.append(
                StatementLine(section, code, name, cur, pri, 1, is_heading=True, note=note)
            )
            level = 2
        for m in members:
            lines.append(
                StatementLine(
                    section, m.code, m.name, current.get(m.code, 0), prior.get(m.code, 0), level,
                    is_account=True,
                )
            )  # fmt: skip
        if group is not None and len(members) > 1:
            code, name = group
            lines.append(
                StatementLine(section, code, f"Jumlah {_lower_first(name)}", cur, pri, 1, True)
            )
    return lines, total_cur, total_pri


def _chart_group(chart: _Chart) -> Callable[[AccountInfo], tuple[str, str] | None]:
    def group_of(info: AccountInfo) -> tuple[str, str] | None:
        header = chart.group_of(info)
        return (header.code, header.name) if header is not None else None

    return group_of


def _date_columns(period: Period, prior: Period) -> tuple[str, str]:
    return format_date(period.end), format_date(prior.end)


def _flow_columns(period: Period, prior: Period) -> tuple[str, str]:
    if period.kind == "year" and period.start.month == 1:
        return str(period.start.year), str(prior.start.year)
    return period.label, prior.label


def _flow_subtitle(period: Period) -> str:
    return f"Untuk periode {format_date(period.start)} s.d. {format_date(period.end)}"


# --- Laporan Posisi Keuangan -------------------------------------------------------------


_BS_SECTIONS = (
    (AccountType.ASET, "aset", "ASET", "jumlah_aset", "JUMLAH ASET"),
    (AccountType.LIABILITAS, "liabilitas", "LIABILITAS", "jumlah_liabilitas", "JUMLAH LIABILITAS"),
    (AccountType.EKUITAS, "ekuitas", "EKUITAS", "jumlah_ekuitas", "JUMLAH EKUITAS"),
)


def _balance_sheet(session: Session, chart: _Chart, period: Period, prior: Period) -> Statement:
    current = _position(session, chart, period.end)
    before = _position(session, chart, prior.end)
    lines: list[StatementLine] = []
    totals: dict[str, tuple[int, int]] = {}
    for kind, section, title, total_code, total_name in _BS_SECTIONS:
        body, cur, pri = _grouped(
            section, chart.postable(kind), current, before,
            group_of=_chart_group(chart), notes=_GROUP_NOTES,
        )  # fmt: skip
        lines.append(StatementLine(section, section, title, cur, pri, 0, is_heading=True))
        lines += body
        lines.append(StatementLine(section, total_code, total_name, cur, pri, 0, True))
        totals[section] = (cur, pri)
    liab_equity = tuple(totals["liabilitas"][i] + totals["ekuitas"][i] for i in (0, 1))
    lines.append(
        StatementLine(
            "liabilitas_ekuitas", "jumlah_liabilitas_ekuitas", "JUMLAH LIABILITAS DAN EKUITAS",
            liab_equity[0], liab_equity[1], 0, True,
        )
    )  # fmt: skip
    for i, when in enumerate((period.end, prior.end)):
        if totals["aset"][i] != liab_equity[i]:
            raise LedgerInvariantError(
                f"balance sheet {when}: assets {totals['aset'][i]} != "
                f"liabilities + equity {liab_equity[i]}"
            )
    return Statement(
        kind="posisi-keuangan",
        title="LAPORAN POSISI KEUANGAN",
        period=period,
        prior_period=prior,
        lines=tuple(lines),
        columns=_date_columns(period, prior),
        subtitle=f"Per {format_date(period.end)} dan {format_date(prior.end)}",
        header=get_profile(session).header,
    )


def balance_sheet(session: Session, period: Period) -> Statement:
    """Laporan Posisi Keuangan at the end of ``period`` and of the comparative period.

    Assets in the chart's order (liquidity), liabilities in the chart's order
    (maturity), then equity with the surplus not yet closed on 3501/3502.
    ``line("jumlah_aset")`` equals ``line("jumlah_liabilitas_ekuitas")``."""
    return _balance_sheet(session, _chart(session), period, previous(period))


# --- Laporan Perhitungan Hasil Usaha ----------------------------------------------------------

_PHU_GROUPS = (
    ("pendapatan", "partisipasi_anggota", "Partisipasi anggota", ("41",)),
    ("pendapatan", "non_anggota", "Pendapatan dari non-anggota", ("42",)),
    ("pendapatan", "pendapatan_lain", "Pendapatan lain", ("43", "49")),
    ("beban", "beban_jasa", "Beban jasa simpanan dan modal", ("51",)),
    ("beban", "beban_usaha", "Beban usaha", ("52",)),
    ("beban", "beban_perkoperasian", "Beban perkoperasian", ("53",)),
    ("beban", "beban_lain", "Beban lain-lain", ("59",)),
)
_PHU_FALLBACK = {"pendapatan": "pendapatan_lain", "beban": "beban_lain"}


def _phu_group(info: AccountInfo) -> tuple[str, str] | None:
    section = info.type.value
    for sec, key, title, prefixes in _PHU_GROUPS:
        if sec == section and info.code.startswith(prefixes):
            return key, title
    key = _PHU_FALLBACK[section]
    return key, next(title for _s, k, title, _p in _PHU_GROUPS if k == key)


def _income(session: Session, chart: _Chart, period: Period, prior: Period) -> Statement:
    sums_cur = _result_sums(session, chart, period)
    sums_pri = _result_sums(session, chart, prior)
    current = {a.code: _shown(a, sums_cur.get(a.id, 0)) for a in chart.accounts}
    before = {a.code: _shown(a, sums_pri.get(a.id, 0)) for a in chart.accounts}
    lines: list[StatementLine] = []
    income_accounts = chart.postable(AccountType.PENDAPATAN)
    expense_accounts = [a for a in chart.postable(AccountType.BEBAN) if a.code != TAX_ACCOUNT]
    body, inc_cur, inc_pri = _grouped(
        "pendapatan", income_accounts, current, before, group_of=_phu_group
    )
    lines.append(StatementLine("pendapatan", "pendapatan", "PENDAPATAN", inc_cur, inc_pri, 0,
                               is_heading=True))  # fmt: skip
    lines += body
    lines.append(StatementLine("pendapatan", "jumlah_pendapatan", "JUMLAH PENDAPATAN",
                               inc_cur, inc_pri, 0, True))  # fmt: skip
    body, exp_cur, exp_pri = _grouped(
        "beban", expense_accounts, current, before, group_of=_phu_group
    )
    lines.append(StatementLine("beban", "beban", "BEBAN", exp_cur, exp_pri, 0, is_heading=True))
    lines += body
    lines.append(StatementLine("beban", "jumlah_beban", "JUMLAH BEBAN", exp_cur, exp_pri, 0, True))
    before_tax = (inc_cur - exp_cur, inc_pri - exp_pri)
    lines.append(StatementLine("shu", "shu_sebelum_pajak", "SHU SEBELUM PAJAK",
                               *before_tax, 0, True))  # fmt: skip
    tax = (current.get(TAX_ACCOUNT, 0), before.get(TAX_ACCOUNT, 0))
    tax_name = chart.by_code[TAX_ACCOUNT].name if TAX_ACCOUNT in chart.by_code else "Pajak"
    lines.append(StatementLine("beban", TAX_ACCOUNT, tax_name, *tax, 1, is_account=True))
    shu = (before_tax[0] - tax[0], before_tax[1] - tax[1])
    lines.append(StatementLine("shu", "shu", "SISA HASIL USAHA (SHU) SETELAH PAJAK", *shu, 0, True,
                               note=NOTE_SHU))  # fmt: skip
    oci_accounts = [a for a in chart.postable(AccountType.EKUITAS) if a.code.startswith(OCI_PREFIX)]
    oci_lines = [
        StatementLine("komprehensif", a.code, a.name, current[a.code], before[a.code], 1,
                      is_account=True)
        for a in oci_accounts
        if current[a.code] or before[a.code]
    ]  # fmt: skip
    oci = (sum(ln.amount for ln in oci_lines), sum(ln.prior for ln in oci_lines))
    if oci_lines:
        lines.append(
            StatementLine(
                "komprehensif",
                "komprehensif",
                "PENGHASILAN KOMPREHENSIF LAIN",
                *oci,
                0,
                is_heading=True,
            )
        )
        lines += oci_lines
        lines.append(
            StatementLine(
                "komprehensif", "pkl", "Jumlah penghasilan komprehensif lain", *oci, 1, True
            )
        )
    else:  # nothing on 36xx in either period: one line
        lines.append(StatementLine("komprehensif", "pkl", "PENGHASILAN KOMPREHENSIF LAIN",
                                   0, 0, 0))  # fmt: skip
    lines.append(StatementLine("komprehensif", "total_komprehensif",
                               "TOTAL PENGHASILAN KOMPREHENSIF", shu[0] + oci[0], shu[1] + oci[1],
                               0, True))  # fmt: skip
    result_ids = set(chart.ids(*_RESULT_TYPES))
    for i, sums in enumerate((sums_cur, sums_pri)):
        check = -sum(amount for aid, amount in sums.items() if aid in result_ids)
        if check != shu[i]:
            raise LedgerInvariantError(f"PHU: SHU {shu[i]} != income - expense {check}")
    return Statement(
        kind="hasil-usaha",
        title="LAPORAN PERHITUNGAN HASIL USAHA",
        period=period,
        prior_period=prior,
        lines=tuple(lines),
        columns=_flow_columns(period, prior),
        subtitle=_flow_subtitle(period),
        header=get_profile(session).header,
    )


def income_statement(session: Session, period: Period) -> Statement:
    """Laporan Perhitungan Hasil Usaha of ``period`` and the comparative period.

    Closing entries are left out. ``amount("shu")`` is the SHU after tax (income −
    expense including 5990), ``amount("pkl")`` the movement on 36xx in the period
    and ``amount("total_komprehensif")`` their sum."""
    return _income(session, _chart(session), period, previous(period))


# --- Laporan Arus Kas ----------------------------------------------------------------------


def _cash_flow_lines(
    session: Session, chart: _Chart, period: Period, mapping: dict[str, str]
) -> dict[str, int]:
    """Cash moved per cash-flow line: for every entry touching cash in the period,
    each non-cash line moves cash by minus its amount (summed per account in SQL).
    Cash brought in by an opening-balance entry (one touching 39xx) is saldo awal
    whatever its other lines are."""
    cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
    touching = (
        select(JournalLine.entry_id)
        .where(
            JournalLine.account_id.in_(cash),
            JournalLine.date >= period.start,
            JournalLine.date <= period.end,
        )
        .distinct()
    )
    opening = JournalLine.entry_id.in_(_opening_entries(period.start, period.end))
    rows = session.execute(
        select(JournalLine.account_id, opening, func.sum(JournalLine.amount))
        .where(JournalLine.entry_id.in_(touching), JournalLine.account_id.not_in(cash))
        .group_by(JournalLine.account_id, opening)
    ).all()
    codes = {a.id: a.code for a in chart.accounts}
    moved: dict[str, int] = defaultdict(int)
    for account_id, is_opening, total in rows:
        key = OPENING_LINE if is_opening else cashflow.line_for(codes[account_id], mapping)
        moved[key] -= int(total)
    return dict(moved)


def _cash_flow(session: Session, chart: _Chart, period: Period, prior: Period) -> Statement:
    mapping = cashflow.parse_map(settings.get_text(session, settings.CASH_FLOW_MAP))
    cur = _cash_flow_lines(session, chart, period, mapping)
    pri = _cash_flow_lines(session, chart, prior, mapping)
    lines: list[StatementLine] = []
    change = [0, 0]
    for activity, title in cashflow.ACTIVITIES.items():
        lines.append(StatementLine(activity, activity, title, 0, 0, 0, is_heading=True))
        sub = [0, 0]
        for item in cashflow.LINES:
            if item.activity != activity:
                continue
            a, b = cur.get(item.key, 0), pri.get(item.key, 0)
            sub = [sub[0] + a, sub[1] + b]
            if a or b:
                lines.append(StatementLine(activity, item.key, item.label, a, b, 2))
        net = "Arus kas bersih dari aktivitas " + activity
        lines.append(StatementLine(activity, f"jumlah_{activity}", net, sub[0], sub[1], 0, True))
        change = [change[0] + sub[0], change[1] + sub[1]]
    opening = [
        _cash_balance(session, chart, p.start - dt.timedelta(days=1)) for p in (period, prior)
    ]
    closing = [_cash_balance(session, chart, p.end) for p in (period, prior)]
    for i in (0, 1):
        if opening[i] + change[i] != closing[i]:
            raise LedgerInvariantError(
                f"cash flow: {opening[i]} + {change[i]} != closing cash {closing[i]}"
            )
    lines += [
        StatementLine("kas", "kenaikan_kas", "KENAIKAN (PENURUNAN) KAS DAN SETARA KAS",
                      change[0], change[1], 0, True),
        StatementLine("kas", "kas_awal", "Kas dan setara kas awal periode",
                      opening[0], opening[1], 0),
        StatementLine("kas", "kas_akhir", "KAS DAN SETARA KAS AKHIR PERIODE",
                      closing[0], closing[1], 0, True, note=NOTE_CASH),
    ]  # fmt: skip
    return Statement(
        kind="arus-kas",
        title="LAPORAN ARUS KAS",
        period=period,
        prior_period=prior,
        lines=tuple(lines),
        columns=_flow_columns(period, prior),
        subtitle=_flow_subtitle(period) + " (metode langsung)",
        header=get_profile(session).header,
    )


def cash_flow(session: Session, period: Period) -> Statement:
    """Laporan Arus Kas (direct method) of ``period`` and the comparative period.

    Lines follow the ``CASH_FLOW_MAP`` setting (:mod:`kopdesk.domain.cashflow`);
    ``amount("kenaikan_kas")`` equals the change in the 11xx accounts exactly."""
    return _cash_flow(session, _chart(session), period, previous(period))


# --- Laporan Perubahan Ekuitas -----------------------------------------------------------------

EQUITY_COLUMNS = (
    EquityColumn("pokok", "Simpanan pokok", "3101"),
    EquityColumn("wajib", "Simpanan wajib", "3102"),
    EquityColumn("modal_lain", "Modal lain", "3103, 32xx, 33xx"),
    EquityColumn("cadangan", "Cadangan", "34xx"),
    EquityColumn("shu", "SHU", "35xx"),
    EquityColumn("pkl", "Penghasilan komprehensif lain", "36xx"),
    EquityColumn("saldo_awal", "Saldo awal", "39xx"),
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
    if info.type in _RESULT_TYPES or code.startswith("35"):
        return "shu"
    for prefix, key in (("3101", "pokok"), ("3102", "wajib"), ("34", "cadangan"),
                        ("36", "pkl"), ("39", "saldo_awal")):  # fmt: skip
        if code.startswith(prefix):
            return key
    return "modal_lain"


def _movement_kind(info: AccountInfo, source: str) -> str:
    if source == CLOSING_SOURCE:
        return CLOSING_SOURCE
    if info.type in _RESULT_TYPES:
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


def _equity_balances(session: Session, chart: _Chart, on: dt.date) -> dict[str, int]:
    """Equity per column at the end of ``on``; income − expense not closed is SHU."""
    sums = posted_sums(session, on)
    columns: dict[str, int] = defaultdict(int)
    for info in chart.accounts:
        if info.type in (AccountType.EKUITAS, *_RESULT_TYPES):
            columns[_equity_column(info)] -= sums.get(info.id, 0)
    return dict(columns)


def _equity_movements(session: Session, chart: _Chart, period: Period) -> Matrix:
    ids = chart.ids(AccountType.EKUITAS, *_RESULT_TYPES)
    by_id = {a.id: a for a in chart.accounts}
    raw: Matrix = defaultdict(lambda: defaultdict(int))
    for (account_id, source), amount in _activity(session, ids, period.start, period.end).items():
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


def _equity(session: Session, chart: _Chart, period: Period, prior: Period) -> EquityStatement:
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
    columns = tuple(c for c in EQUITY_COLUMNS if c.key != "saldo_awal" or "saldo_awal" in used)
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
        subtitle=_flow_subtitle(period),
        header=get_profile(session).header,
    )


def equity_changes(session: Session, period: Period) -> EquityStatement:
    """Laporan Perubahan Ekuitas: per equity group, saldo awal, the period's
    movements by kind (from the entries' sources and accounts) and saldo akhir,
    for the comparative period and for ``period``.

    Saldo akhir equals the balance sheet's equity; saldo awal plus the movements
    equals saldo akhir in every column (checked)."""
    return _equity(session, _chart(session), period, previous(period))


# --- Catatan atas Laporan Keuangan ---------------------------------------------------------


def _policies(session: Session, period: Period) -> tuple[NoteTable, ...]:

    products = list_products(session)
    equity = ", ".join(p.name.lower() for p in products if p.classification == "ekuitas")
    liability = ", ".join(p.name.lower() for p in products if p.classification != "ekuitas")
    grades, allowance = loan_quality.grade_rule(session), loan_quality.allowance_rule(session)
    collateral = loan_quality.collateral_rule(session)
    collateral_shares = ", ".join(
        f"{kind.label[0].lower()}{kind.label[1:]} {percent_text(collateral.percent(kind))}%"
        for kind in CollateralKind
    )
    lives = ", ".join(
        f"{c.label.lower()} {c.default_life_months // 12} tahun"
        for c in CATEGORIES
        if c.accumulated_account
    )
    year = period.fiscal_year or None
    allocation = _allocation_text(_allocation(session, year)[0])
    texts = (
        ("Dasar penyusunan",
         "Laporan keuangan disusun berdasarkan Standar Akuntansi Keuangan Entitas Privat "
         "(SAK EP) sebagaimana diwajibkan Peraturan Menteri Koperasi dan UKM Nomor 2 Tahun "
         "2024 tentang Kebijakan Akuntansi Koperasi, dengan dasar akrual kecuali jasa "
         "pinjaman (lihat 2.4). Laporan disajikan dalam bahasa Indonesia dan mata uang "
         "rupiah; semua angka dalam rupiah penuh tanpa pecahan."),
        ("Penyajian",
         "Aset disajikan menurut urutan likuiditas dan liabilitas menurut urutan jatuh tempo, "
         "tanpa pemisahan lancar dan tidak lancar. Laporan perhitungan hasil usaha menyajikan "
         "SHU dan penghasilan komprehensif lain dalam satu laporan, dengan partisipasi anggota "
         "dipisahkan dari pendapatan dari non-anggota. Laporan perubahan ekuitas disajikan "
         "tersendiri. Laporan arus kas disusun dengan metode langsung. SHU yang belum ditutup "
         "(jurnal penutup) disajikan di ekuitas: SHU tahun buku sebelumnya pada SHU tahun lalu "
         "belum dibagi, SHU tahun buku berjalan pada SHU tahun berjalan."),
        ("Kas dan setara kas",
         "Kas dan setara kas terdiri atas kas, kas kecil, rekening giro dan tabungan di bank "
         "serta deposito bank yang jatuh tempo paling lama tiga bulan."),
        ("Pinjaman yang diberikan dan pendapatan jasa",
         "Pinjaman yang diberikan dicatat sebesar sisa pokok pinjaman dikurangi penyisihan "
         "penghapusan pinjaman. Jasa pinjaman diakui sebagai pendapatan pada saat diterima "
         "(basis kas) sesuai pencatatan yang berlaku; provisi dan biaya administrasi diakui "
         "pada saat pinjaman dicairkan; denda diakui pada saat dibayar."),
        ("Penyisihan penghapusan pinjaman (PPAP)",
         "Penyisihan dibentuk setiap akhir bulan menurut kolektibilitas pinjaman: lancar "
         f"{percent_text(allowance.lancar)}%, kurang lancar (tunggakan lebih dari "
         f"{grades.kurang_lancar_after} hari) {percent_text(allowance.kurang_lancar)}%, "
         f"diragukan (lebih dari {grades.diragukan_after} hari) "
         f"{percent_text(allowance.diragukan)}% dan macet (lebih dari {grades.macet_after} "
         f"hari) {percent_text(allowance.macet)}% dari sisa pokok; untuk kurang lancar, "
         "diragukan dan macet dari sisa pokok setelah dikurangi agunan yang diperhitungkan "
         f"(nilai taksiran × {collateral_shares}), paling rendah nol."),
        ("Simpanan anggota",
         f"Simpanan yang disajikan sebagai ekuitas: {equity or '-'}. Simpanan yang disajikan "
         f"sebagai liabilitas: {liability or '-'}. Jasa simpanan diakui sebagai beban setiap "
         "akhir bulan; PPh final Pasal 4 ayat (2) atas jasa simpanan anggota dipotong sesuai "
         "PP 15/2009."),
        ("Aset tetap",
         "Aset tetap dicatat sebesar harga perolehan dikurangi akumulasi penyusutan. "
         f"Penyusutan dihitung dengan metode garis lurus selama umur manfaat ({lives}); "
         "tanah tidak disusutkan."),
        ("Sisa hasil usaha (SHU)",
         "SHU adalah pendapatan dikurangi beban, penyusutan dan kewajiban lain termasuk pajak "
         "dalam satu tahun buku (UU 25/1992 Pasal 45). SHU dibagi menurut AD/ART dan keputusan "
         f"Rapat Anggota Tahunan; pembagian menurut pengaturan buku ini: {allocation}."),
        ("Pajak penghasilan",
         "Pajak penghasilan badan diakui sebagai beban pada periode terutangnya."),
    )  # fmt: skip
    return tuple(
        NoteTable(f"{NOTE_POLICIES}.{i}", f"kebijakan_{i}", title, (text,))
        for i, (title, text) in enumerate(texts, start=1)
    )


def _allocation(session: Session, year: int | None) -> tuple[dict[str, Decimal], bool, int | None]:
    """The SHU allocation (part key → percent) of ``year``'s plan, whether that plan
    is posted, and what it shared when posted (the SHU less the non-members' part);
    without a year the settings' allocation."""
    plan = _shu_plan(session, year) if year is not None else None
    if plan is not None:
        return plan
    text = settings.get_text(session, settings.SHU_ALLOCATION)
    raw = shu_rules.read_allocation(text) if text.strip() else shu_rules.default_allocation()
    return {p.key: Decimal(raw.get(p.key, Decimal(0))) for p in shu_rules.PARTS}, False, None


def _shu_plan(session: Session, year: int) -> tuple[dict[str, Decimal], bool, int | None] | None:
    try:
        plan = shu_service.get_plan(session, year)
    except NotFoundError:
        return None
    posted = plan.status == "posted"
    return dict(plan.allocation), posted, plan.pool if posted else None


def _allocation_text(allocation: dict[str, Decimal]) -> str:
    return ", ".join(
        f"{p.label.lower()} {percent_text(allocation[p.key])}%"
        for p in shu_rules.PARTS
        if allocation.get(p.key)
    )


def _general(session: Session, period: Period) -> tuple[tuple[str, str], ...]:
    profile = get_profile(session)
    legal = profile.legal_number or "-"
    if profile.legal_date is not None:
        legal += f", tanggal {format_date(profile.legal_date)}"
    first = dt.date(2000, profile.fiscal_year_start_month, 1)
    last = _add_months(first, 12) - dt.timedelta(days=1)
    fiscal = f"{first.day} {MONTHS_ID[first.month - 1]} s.d. {last.day} {MONTHS_ID[last.month - 1]}"
    board = ", ".join(f"{s.role} {s.name}" for s in _signers(session, period.end) if s.name)
    return (
        ("Nama koperasi", profile.name),
        ("Jenis koperasi", profile.coop_type.label),
        ("Badan hukum", legal),
        ("Nomor Induk Koperasi", profile.nik_koperasi or "-"),
        ("Alamat", profile.address or "-"),
        ("Tahun buku", fiscal),
        ("Periode laporan", f"{period.label} ({format_date(period.start)} s.d. "
                            f"{format_date(period.end)})"),
        ("Pengurus", board or "-"),
    )  # fmt: skip


def _rows_from(statement: Statement, groups: Sequence[str]) -> list[NoteRow]:
    """The account lines of the balance-sheet groups ``groups`` as note rows."""
    rows: list[NoteRow] = []
    current_group = ""
    for ln in statement.lines:
        if ln.is_heading and ln.level == 1:
            current_group = ln.code
        if ln.is_account and current_group in groups:
            rows.append(NoteRow(ln.name, (ln.amount, ln.prior), ln.code))
    return rows


def _with_total(rows: list[NoteRow], label: str = "Jumlah") -> tuple[NoteRow, ...]:
    width = len(rows[0].values) if rows else 2
    totals = tuple(sum(r.values[i] for r in rows) for i in range(width))
    return (*rows, NoteRow(label, totals, is_total=True))


def _loans_by_product(session: Session, on: dt.date) -> dict[str, tuple[str, int]]:
    """Outstanding principal per loan product (its receivable account's loan lines)."""
    rows = session.execute(
        select(LoanProduct.code, LoanProduct.name, func.sum(JournalLine.amount))
        .join(Loan, Loan.id == JournalLine.loan_id)
        .join(LoanProduct, LoanProduct.id == Loan.product_id)
        .where(JournalLine.account_id == LoanProduct.account_id, JournalLine.date <= on)
        .group_by(LoanProduct.code, LoanProduct.name)
    ).all()
    return {code: (name, int(total)) for code, name, total in rows}


def _loan_notes(session: Session, bs: Statement, period: Period, prior: Period) -> list[NoteTable]:
    cur, pri = _loans_by_product(session, period.end), _loans_by_product(session, prior.end)
    names = {code: name for found in (pri, cur) for code, (name, _v) in found.items()}
    product_codes = set(
        session.execute(
            select(Account.code).join(LoanProduct, LoanProduct.account_id == Account.id)
        ).scalars()
    )
    rows = [
        NoteRow(names[code],
                (cur.get(code, ("", 0))[1], pri.get(code, ("", 0))[1]), code)
        for code in sorted(names)
        if cur.get(code, ("", 0))[1] or pri.get(code, ("", 0))[1]
    ]  # fmt: skip
    rows += [r for r in _rows_from(bs, ("1300",)) if r.code not in product_codes]
    by_product = NoteTable(
        f"{NOTE_LOANS}.1", "pinjaman", "Pinjaman yang diberikan menurut produk",
        ("Pinjaman kepada anggota menurut produk (sisa pokok), piutang lain dan penyisihan "
         "penghapusan pinjaman.",),
        bs.columns, _with_total(rows, "Jumlah pinjaman yang diberikan (bersih)"),
    )  # fmt: skip
    quality = loan_quality.collectibility(session, period.end)
    grade_rows = [
        NoteRow(f"{g.grade.label} (PPAP {percent_text(g.percent)}%)",
                (g.loans, g.outstanding, g.required), g.grade.value)
        for g in quality.grades
    ]  # fmt: skip
    formed = quality.allowance_balance
    gap = format_rupiah(quality.required_total - formed, parens=True)
    text = (
        f"Kolektibilitas pinjaman per {format_date(period.end)}. PPAP yang wajib dibentuk "
        f"{format_rupiah(quality.required_total)}; PPAP yang telah dibentuk (akun 1390) "
        f"{format_rupiah(formed)}; selisih {gap}. Pinjaman bermasalah (NPL) "
        f"{percent_text(quality.npl_percent)}% dari sisa pokok.",
    )
    by_grade = NoteTable(
        f"{NOTE_LOANS}.2", "kolektibilitas", "Pinjaman menurut kolektibilitas",
        text, ("Banyaknya", "Sisa pokok", "PPAP wajib"), _with_total(grade_rows),
    )  # fmt: skip
    return [by_product, by_grade]


def _asset_notes(session: Session, bs: Statement, period: Period) -> list[NoteTable]:
    rows = _rows_from(bs, ("1600", "1700"))
    tables = [
        NoteTable(
            f"{NOTE_ASSETS}.1", "aset_tetap", "Aset tetap dan aset tak berwujud",
            ("Harga perolehan dan akumulasi penyusutan menurut akun.",),
            bs.columns, _with_total(rows, "Nilai buku"),
        )
    ]  # fmt: skip
    try:
        from kopdesk.services.assets.register import (
            summary_by_category,  # a colleague's; may land later
        )
    except ImportError:  # pragma: no cover
        return tables
    summary = summary_by_category(session, period.start, period.end)
    if summary:
        moved = [
            NoteRow(s.label, (s.cost_end, s.additions, s.accumulated_end, s.depreciation,
                              s.book_value_end), s.category)
            for s in summary
        ]  # fmt: skip
        tables.append(
            NoteTable(
                f"{NOTE_ASSETS}.2", "aset_tetap_mutasi", "Mutasi aset tetap menurut daftar aset",
                (f"Aset tetap yang tercatat dalam daftar aset, {period.label}: harga perolehan "
                 "dan akumulasi penyusutan per akhir periode, penambahan dan penyusutan "
                 "dalam periode.",),
                ("Perolehan", "Penambahan", "Akumulasi", "Penyusutan", "Nilai buku"),
                _with_total(moved),
            )
        )  # fmt: skip
    return tables


def _savings_note(session: Session, bs: Statement, period: Period, prior: Period) -> NoteTable:
    cur, pri = savings_recap(session, period.end), savings_recap(session, prior.end)
    before = {r.product_code: r.subledger for r in pri.rows}
    kinds = {p.code: p.classification for p in list_products(session)}
    rows = [
        NoteRow(f"{r.product_name} ({kinds.get(r.product_code, '')})",
                (r.subledger, before.get(r.product_code, 0)), r.product_code)
        for r in cur.rows
        if r.subledger or before.get(r.product_code, 0)
    ]  # fmt: skip
    text = (
        f"Saldo simpanan anggota menurut buku pembantu per {format_date(period.end)}: "
        f"{cur.total_members} anggota memiliki saldo simpanan. Klasifikasi ekuitas atau "
        "liabilitas mengikuti pengaturan produk simpanan.",
    )
    del bs
    return NoteTable(
        NOTE_SAVINGS, "simpanan", "Simpanan anggota menurut jenis", text,
        _date_columns(period, prior), _with_total(rows),
    )  # fmt: skip


def _shu_note(session: Session, income: Statement, period: Period) -> NoteTable:
    shu = income.amount("shu")
    text = [f"SHU setelah pajak {period.label}: {format_rupiah(shu, parens=True)}."]
    if period.kind != "year":
        text.append("SHU dibagi setelah tahun buku berakhir, menurut keputusan Rapat Anggota "
                    "Tahunan.")  # fmt: skip
        return NoteTable(NOTE_SHU, "shu", "Sisa hasil usaha", tuple(text))
    allocation, posted, shared = _allocation(session, period.fiscal_year)
    pool = shu if shared is None else max(shu, shared)  # posted: the year's SHU as shared
    if pool <= 0:
        text.append("SHU nol atau negatif: tidak ada yang dibagi; kerugian ditutup menurut "
                    "keputusan Rapat Anggota Tahunan.")  # fmt: skip
        return NoteTable(NOTE_SHU, "shu", "Sisa hasil usaha", tuple(text))
    non_member = shu_service.non_member_part(session, period.fiscal_year, pool)
    parts = shu_rules.split_pool(pool - non_member, allocation)
    text.append(
        f"Pembagian SHU {format_rupiah(pool)} "
        + ("menurut keputusan Rapat Anggota Tahunan yang telah dibukukan."
           if posted else "menurut rencana pembagian sesuai AD/ART (ditetapkan dalam RAT).")
    )  # fmt: skip
    if non_member:
        text.append(f"SHU dari usaha dengan non-anggota {format_rupiah(non_member)} disisihkan "
                    "ke cadangan dan tidak dibagi kepada anggota; bagian menurut AD/ART "
                    f"dihitung dari sisanya, {format_rupiah(pool - non_member)}.")  # fmt: skip
    rows = [
        NoteRow(f"{p.label} ({percent_text(allocation[p.key])}%)", (parts[p.key],), p.key)
        for p in shu_rules.PARTS
        if allocation.get(p.key)
    ]
    if non_member:
        rows.append(NoteRow("SHU dari usaha dengan non-anggota (ke cadangan)", (non_member,),
                            "non_anggota"))  # fmt: skip
    return NoteTable(
        NOTE_SHU, "shu", "Sisa hasil usaha dan pembagiannya", tuple(text),
        (income.columns[0],), _with_total(rows),
    )  # fmt: skip


def _notes(
    session: Session, period: Period, prior: Period, bs: Statement, income: Statement
) -> Notes:
    tables = [
        NoteTable(
            NOTE_CASH, "kas", "Kas dan setara kas", ("Saldo kas dan bank menurut akun.",),
            bs.columns, _with_total(_rows_from(bs, ("1100",))),
        ),
        *_loan_notes(session, bs, period, prior),
        *_asset_notes(session, bs, period),
        _savings_note(session, bs, period, prior),
        _shu_note(session, income, period),
    ]  # fmt: skip
    return Notes(
        kind="catatan",
        title="CATATAN ATAS LAPORAN KEUANGAN",
        period=period,
        prior_period=prior,
        general=_general(session, period),
        policies=_policies(session, period),
        tables=tuple(tables),
        subtitle=_flow_subtitle(period),
        header=get_profile(session).header,
    )


def notes(session: Session, period: Period) -> Notes:
    """Catatan atas Laporan Keuangan: general information, accounting policies and
    the notes behind the figures (cash, loans by product and kolektibilitas with the
    allowance, fixed assets, savings by type, SHU and its split)."""
    chart = _chart(session)
    prior = previous(period)
    bs = _balance_sheet(session, chart, period, prior)
    income = _income(session, chart, period, prior)
    return _notes(session, period, prior, bs, income)


# --- everything together ------------------------------------------------------------------


def _signers(session: Session, on: dt.date) -> tuple[Signer, ...]:
    """Ketua and Bendahara (pengurus) serving on ``on``; names blank when unknown."""
    terms = organ_terms(session, on=on)
    out = []
    for kind, label in ((OrganKind.KETUA, "Ketua"), (OrganKind.BENDAHARA, "Bendahara")):
        name = next((t.member_name for t in terms if t.role is kind), "")
        out.append(Signer(label, name))
    return tuple(out)


def all_statements(session: Session, period: Period) -> FinancialStatements:
    """The five statements of ``period`` (with comparatives) and who signs them."""
    chart = _chart(session)
    prior = previous(period)
    bs = _balance_sheet(session, chart, period, prior)
    income = _income(session, chart, period, prior)
    equity = _equity(session, chart, period, prior)
    flow = _cash_flow(session, chart, period, prior)
    if equity.current.closing.total != bs.amount("jumlah_ekuitas"):
        raise LedgerInvariantError("equity statement does not tie to the balance sheet")
    return FinancialStatements(
        header=bs.header,
        period=period,
        prior_period=prior,
        balance_sheet=bs,
        income=income,
        equity=equity,
        cash_flow=flow,
        notes=_notes(session, period, prior, bs, income),
        signers=_signers(session, period.end),
    )
