"""Financial statements per Permenkop UKM 2/2024 and SAK EP (KOPERASI.md §2.1–§2.3).

Laporan Posisi Keuangan (assets in order of liquidity and liabilities in order of
maturity: the chart's order), Laporan Perhitungan Hasil Usaha (member and
non-member participation, SHU, other comprehensive income), Laporan Perubahan
Ekuitas, Laporan Arus Kas (direct method, :mod:`kopdesk.domain.cashflow`) and the
Catatan atas Laporan Keuangan, for any month, quarter, semester or fiscal year with
the same period of the year before as comparative.

The sums live in :mod:`~kopdesk.services.closing.sums`, the equity statement's
builder in :mod:`~kopdesk.services.closing.equity`, the notes in
:mod:`~kopdesk.services.closing.notes`.

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
from collections.abc import Callable, Collection
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdesk.domain import cashflow, clock, coa
from kopdesk.domain.coa import Code
from kopdesk.domain.dates import MONTHS_ID, format_date
from kopdesk.domain.ledger import AccountType
from kopdesk.domain.papers.statements import (
    EquityStatement,
    FinancialStatements,
    Notes,
    Period,
    Statement,
    StatementLine,
)
from kopdesk.errors import NotFoundError, ValidationError
from kopdesk.models import FiscalYear
from kopdesk.services.base import settings
from kopdesk.services.closing.equity import build_equity
from kopdesk.services.closing.statement_parts import GROUP_NOTES, NOTE_CASH, NOTE_SHU, signers
from kopdesk.services.closing.sums import (
    OCI_PREFIX,
    RESULT_TYPES,
    Chart,
    cash_moves,
    chart_group,
    date_columns,
    flow_columns,
    flow_subtitle,
    grouped_lines,
    load_chart,
    result_sums,
    shown_amount,
    sum_lines,
)
from kopdesk.services.ledger.accounts import AccountInfo, posted_sums
from kopdesk.services.ledger.books import get_profile
from kopdesk.services.ledger.reports import LedgerInvariantError

__all__ = [
    "KINDS",
    "PERIOD_KINDS",
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
    "fiscal_start_of",
    "income_statement",
    "make_period",
    "notes",
    "period_of",
    "previous",
    "selected_statements",
    "statement",
]

SHU_PRIOR_ACCOUNT = coa.UNDISTRIBUTED_SURPLUS
SHU_CURRENT_ACCOUNT = coa.CURRENT_SURPLUS
TAX_ACCOUNT = Code.PAJAK_PENGHASILAN_BADAN
OPENING_LINE = "saldo_awal"
"""The cash-flow line of cash brought in by an opening-balance entry."""

PERIOD_KINDS = {"year": 1, "semester": 2, "quarter": 4, "month": 12}
_ROMAN = ("I", "II", "III", "IV")


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


def period_of(
    session: Session,
    year: int,
    kind: str = "year",
    number: int = 1,
    *,
    as_of: dt.date | None = None,
) -> Period:
    """A month, quarter, semester or the whole of tahun buku ``year``.

    While the year is not closed the period is interim (:attr:`Period.interim`), and
    one that ends after ``as_of`` (default today) runs only to ``as_of``: an open
    year is never printed as of a year end still to come. Its comparative
    (:func:`previous`) is still the whole period a year earlier.

    Raises ``NotFoundError`` when the book has no such fiscal year and
    ``ValidationError`` for an unknown kind or number."""
    fy = session.execute(select(FiscalYear).where(FiscalYear.year == year)).scalar()
    if fy is None:
        raise NotFoundError(f"Tahun buku {year} tidak ada di buku ini.")
    period = make_period(fy.start_date, year, kind, number)
    if fy.status == "closed":
        return period
    day = clock.today() if as_of is None else as_of
    if period.start <= day < period.end:
        # the comparative stays the whole period a year earlier (the last audited figures)
        label = f"{period.label} s.d. {format_date(day)}"
        return replace(period, end=day, label=label, interim=True)
    return replace(period, interim=True)


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


def _position(session: Session, chart: Chart, on: dt.date) -> dict[str, int]:
    """Each asset, liability and equity account's balance at the end of ``on`` as
    shown (normal side positive), the surplus not yet closed folded into 3501
    (earlier fiscal years) and 3502 (this fiscal year)."""
    sums = posted_sums(session, on)
    shown: dict[str, int] = {}
    surplus = 0
    for info in chart.accounts:
        amount = sums.get(info.id, 0)
        if info.type in RESULT_TYPES:
            surplus -= amount
        elif info.postable:
            shown[info.code] = shown_amount(info, amount)
    earlier = -sum_lines(session, chart.ids(*RESULT_TYPES), before=fiscal_start_of(session, on))
    shown[SHU_PRIOR_ACCOUNT] = shown.get(SHU_PRIOR_ACCOUNT, 0) + earlier
    shown[SHU_CURRENT_ACCOUNT] = shown.get(SHU_CURRENT_ACCOUNT, 0) + surplus - earlier
    return shown


def _cash_balance(session: Session, chart: Chart, on: dt.date) -> int:
    cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
    return sum_lines(session, cash, before=on + dt.timedelta(days=1))


# --- Laporan Posisi Keuangan -------------------------------------------------------------


_BS_SECTIONS = (
    (AccountType.ASET, "aset", "ASET", "jumlah_aset", "JUMLAH ASET"),
    (AccountType.LIABILITAS, "liabilitas", "LIABILITAS", "jumlah_liabilitas", "JUMLAH LIABILITAS"),
    (AccountType.EKUITAS, "ekuitas", "EKUITAS", "jumlah_ekuitas", "JUMLAH EKUITAS"),
)


def _balance_sheet(session: Session, chart: Chart, period: Period, prior: Period) -> Statement:
    current = _position(session, chart, period.end)
    before = _position(session, chart, prior.end)
    lines: list[StatementLine] = []
    totals: dict[str, tuple[int, int]] = {}
    for kind, section, title, total_code, total_name in _BS_SECTIONS:
        body, cur, pri = grouped_lines(
            section, chart.postable(kind), current, before,
            group_of=chart_group(chart), notes=GROUP_NOTES,
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
        columns=date_columns(period, prior),
        subtitle=f"Per {format_date(period.end)} dan {format_date(prior.end)}",
        header=get_profile(session).header,
    )


def balance_sheet(session: Session, period: Period) -> Statement:
    """Laporan Posisi Keuangan at the end of ``period`` and of the comparative period.

    Assets in the chart's order (liquidity), liabilities in the chart's order
    (maturity), then equity with the surplus not yet closed on 3501/3502.
    ``line("jumlah_aset")`` equals ``line("jumlah_liabilitas_ekuitas")``."""
    return _balance_sheet(session, load_chart(session), period, previous(period))


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


def _income(session: Session, chart: Chart, period: Period, prior: Period) -> Statement:
    sums_cur = result_sums(session, chart, period)
    sums_pri = result_sums(session, chart, prior)
    current = {a.code: shown_amount(a, sums_cur.get(a.id, 0)) for a in chart.accounts}
    before = {a.code: shown_amount(a, sums_pri.get(a.id, 0)) for a in chart.accounts}
    lines: list[StatementLine] = []
    income_accounts = chart.postable(AccountType.PENDAPATAN)
    expense_accounts = [a for a in chart.postable(AccountType.BEBAN) if a.code != TAX_ACCOUNT]
    body, inc_cur, inc_pri = grouped_lines(
        "pendapatan", income_accounts, current, before, group_of=_phu_group
    )
    lines.append(StatementLine("pendapatan", "pendapatan", "PENDAPATAN", inc_cur, inc_pri, 0,
                               is_heading=True))  # fmt: skip
    lines += body
    lines.append(StatementLine("pendapatan", "jumlah_pendapatan", "JUMLAH PENDAPATAN",
                               inc_cur, inc_pri, 0, True))  # fmt: skip
    body, exp_cur, exp_pri = grouped_lines(
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
    result_ids = set(chart.ids(*RESULT_TYPES))
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
        columns=flow_columns(period, prior),
        subtitle=flow_subtitle(period),
        header=get_profile(session).header,
    )


def income_statement(session: Session, period: Period) -> Statement:
    """Laporan Perhitungan Hasil Usaha of ``period`` and the comparative period.

    Closing entries are left out. ``amount("shu")`` is the SHU after tax (income −
    expense including 5990), ``amount("pkl")`` the movement on 36xx in the period
    and ``amount("total_komprehensif")`` their sum."""
    return _income(session, load_chart(session), period, previous(period))


# --- Laporan Arus Kas ----------------------------------------------------------------------


def _cash_flow_lines(
    session: Session, chart: Chart, period: Period, mapping: dict[str, str]
) -> dict[str, int]:
    """Cash moved per cash-flow line: for every entry touching cash in the period,
    each non-cash line moves cash by minus its amount (summed per account in SQL).
    Cash brought in by an opening-balance entry (one touching 39xx) is saldo awal
    whatever its other lines are."""
    cash = [a.id for a in chart.accounts if cashflow.is_cash(a.code)]
    rows = cash_moves(session, cash, period.start, period.end)
    codes = {a.id: a.code for a in chart.accounts}
    moved: dict[str, int] = defaultdict(int)
    for (account_id, is_opening), total in rows.items():
        key = OPENING_LINE if is_opening else cashflow.line_for(codes[account_id], mapping)
        moved[key] -= int(total)
    return dict(moved)


def _cash_flow(session: Session, chart: Chart, period: Period, prior: Period) -> Statement:
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
        columns=flow_columns(period, prior),
        subtitle=flow_subtitle(period) + " (metode langsung)",
        header=get_profile(session).header,
    )


def cash_flow(session: Session, period: Period) -> Statement:
    """Laporan Arus Kas (direct method) of ``period`` and the comparative period.

    Lines follow the ``CASH_FLOW_MAP`` setting (:mod:`kopdesk.domain.cashflow`);
    ``amount("kenaikan_kas")`` equals the change in the 11xx accounts exactly."""
    return _cash_flow(session, load_chart(session), period, previous(period))


def equity_changes(session: Session, period: Period) -> EquityStatement:
    """Laporan Perubahan Ekuitas: per equity group, saldo awal, the period's
    movements by kind (from the entries' sources and accounts) and saldo akhir,
    for the comparative period and for ``period``.

    Saldo akhir equals the balance sheet's equity; saldo awal plus the movements
    equals saldo akhir in every column (checked)."""
    return build_equity(session, load_chart(session), period, previous(period))


def notes(session: Session, period: Period) -> Notes:
    """Catatan atas Laporan Keuangan: general information, accounting policies and
    the notes behind the figures (cash, loans by product and kolektibilitas with the
    allowance, fixed assets, savings by type, SHU and its split)."""
    chart = load_chart(session)
    prior = previous(period)
    bs = _balance_sheet(session, chart, period, prior)
    income = _income(session, chart, period, prior)
    from kopdesk.services.closing.notes import build_notes  # only the notes load their services

    return build_notes(session, period, prior, bs, income)


# --- everything together ------------------------------------------------------------------

KINDS = ("posisi-keuangan", "hasil-usaha", "perubahan-ekuitas", "arus-kas", "catatan")
"""The five statements' kinds, in the regulation's order."""
NOTES_KIND = "catatan"


def statement(session: Session, period: Period, kind: str) -> Statement | EquityStatement | Notes:
    """One statement of ``period`` (``kind`` one of :data:`KINDS`), computing only it
    (the notes compute the balance sheet and the PHU they refer to)."""
    builders: dict[str, Callable[[Session, Period], Statement | EquityStatement | Notes]] = {
        "posisi-keuangan": balance_sheet,
        "hasil-usaha": income_statement,
        "perubahan-ekuitas": equity_changes,
        "arus-kas": cash_flow,
        NOTES_KIND: notes,
    }
    if kind not in builders:
        raise ValidationError("kind", f"Jenis laporan {kind} tidak dikenal.")
    return builders[kind](session, period)


def all_statements(session: Session, period: Period) -> FinancialStatements:
    """The five statements of ``period`` (with comparatives) and who signs them."""
    return selected_statements(session, period, KINDS)


def selected_statements(
    session: Session, period: Period, kinds: Collection[str]
) -> FinancialStatements:
    """:func:`all_statements` for a paper that shows only ``kinds``: the four
    statements (each a few queries on the month totals; they are checked against
    each other) and the notes only when ``kinds`` has them. Without them ``notes``
    holds the notes' title and period only (no general part, policies or tables):
    use such a value only for the ``kinds`` asked."""
    chart = load_chart(session)
    prior = previous(period)
    bs = _balance_sheet(session, chart, period, prior)
    income = _income(session, chart, period, prior)
    equity = build_equity(session, chart, period, prior)
    flow = _cash_flow(session, chart, period, prior)
    if equity.current.closing.total != bs.amount("jumlah_ekuitas"):
        raise LedgerInvariantError("equity statement does not tie to the balance sheet")
    if NOTES_KIND in kinds:
        from kopdesk.services.closing.notes import build_notes

        built = build_notes(session, period, prior, bs, income)
    else:
        built = Notes(
            kind=NOTES_KIND, title="CATATAN ATAS LAPORAN KEUANGAN", period=period,
            prior_period=prior, general=(), policies=(), tables=(),
            subtitle=flow_subtitle(period), header=bs.header,
        )  # fmt: skip
    return FinancialStatements(
        header=bs.header,
        period=period,
        prior_period=prior,
        balance_sheet=bs,
        income=income,
        equity=equity,
        cash_flow=flow,
        notes=built,
        signers=signers(session, period.end),
    )
