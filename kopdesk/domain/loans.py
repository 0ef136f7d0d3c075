"""Loan arithmetic that needs no database: schedules, effective rate, late fees,
allocation of a payment, days past due, kolektibilitas and the allowance.

Schedules follow KOPERASI.md §4.1. ``r`` is the rate per month (a yearly
rate / 12). Flat: interest P×r every month, principal P/n. Menurun
(declining balance, equal principal): principal P/n, interest on the
balance. Anuitas: a constant installment A = P·r / (1 − (1+r)^−n), interest
on the balance, principal the rest. Installments are rounded by the
product's rule (to the rupiah, or up to Rp100/500/1.000); the last
installment takes whatever is left, so the principal parts always sum to P
exactly. A schedule always has ``tenor`` installments, each with principal:
when rounding up would repay the loan before the last installment, every
installment is rounded down to the step instead (the last one is then the
larger); when even that leaves an installment without principal, the terms
are refused.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kopdesk.domain.coa import Code
from kopdesk.domain.dates import add_months
from kopdesk.domain.money import Rounding, format_rupiah, to_rupiah
from kopdesk.errors import ValidationError


class Method(enum.StrEnum):
    FLAT = "flat"
    MENURUN = "menurun"
    ANUITAS = "anuitas"

    @property
    def label(self) -> str:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    Method.FLAT: "Flat (tetap)",
    Method.MENURUN: "Menurun (pokok tetap)",
    Method.ANUITAS: "Anuitas",
}


class RatePeriod(enum.StrEnum):
    MONTH = "month"
    YEAR = "year"

    @property
    def label(self) -> str:
        return "per bulan" if self is RatePeriod.MONTH else "per tahun"


MAX_TENOR = 360
MAX_RATE = Decimal(100)


@dataclass(frozen=True)
class Installment:
    number: int
    due_date: dt.date
    principal: int
    interest: int
    balance_after: int
    """Principal still owed after this installment."""

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class Terms:
    principal: int
    rate_percent: Decimal
    rate_period: RatePeriod
    tenor: int
    method: Method
    rounding: Rounding = Rounding.HALF_UP

    @property
    def monthly_rate(self) -> Fraction:
        """The rate per month as an exact fraction (0,01 for 1%)."""
        rate = Fraction(self.rate_percent) / 100
        return rate if self.rate_period is RatePeriod.MONTH else rate / 12


def check_terms(terms: Terms) -> Terms:
    """Refuse impossible terms with an Indonesian message naming the field."""
    if isinstance(terms.principal, bool) or not isinstance(terms.principal, int):
        raise ValidationError("principal", "Pokok pinjaman harus bilangan rupiah bulat.")
    if terms.principal <= 0:
        raise ValidationError("principal", "Pokok pinjaman harus lebih dari nol.")
    if terms.principal > 100_000_000_000:
        raise ValidationError("principal", "Pokok pinjaman terlalu besar; periksa lagi.")
    if isinstance(terms.tenor, bool) or not isinstance(terms.tenor, int):
        raise ValidationError("tenor", "Jangka waktu harus bilangan bulan.")
    if not 1 <= terms.tenor <= MAX_TENOR:
        raise ValidationError("tenor", f"Jangka waktu 1–{MAX_TENOR} bulan.")
    rate = terms.rate_percent
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0 or rate > MAX_RATE:
        raise ValidationError("rate", "Bunga harus antara 0 dan 100 persen.")
    return terms


def _ideal_annuity(principal: int, r: Fraction, n: int) -> Fraction:
    if r == 0:
        return Fraction(principal, n)
    # A = P·r / (1 − (1+r)^−n) = P·r·(1+r)^n / ((1+r)^n − 1), exactly.
    growth = (1 + r) ** n
    return principal * r * growth / (growth - 1)


_STEP = {Rounding.UP_100: 100, Rounding.UP_500: 500, Rounding.UP_1000: 1000}


def _exact_round(value: Fraction, rule: Rounding) -> int:
    """Round an exact fraction by ``rule`` without going through a lossy Decimal."""
    num, den = value.numerator, value.denominator
    negative = num < 0
    num = abs(num)
    if rule is Rounding.HALF_UP:
        out = (2 * num + den) // (2 * den)
    elif rule is Rounding.DOWN:
        out = num // den
    else:
        step = _STEP[rule]
        out = -(-num // (den * step)) * step
    return -out if negative else out


def _round_down(value: Fraction, step: int) -> int:
    """``value`` (not negative) down to a whole multiple of ``step`` rupiah."""
    return value.numerator // (value.denominator * step) * step


def schedule(terms: Terms, start: dt.date) -> list[Installment]:
    """The installment schedule of a loan disbursed on ``start`` (first due a month later).

    Exactly ``terms.tenor`` installments, each repaying some principal. Installments but
    the last are rounded by the product's rule; if that would leave one without
    principal or repay the loan before the last, all are rounded down to the step.
    Raises ``ValidationError("tenor")`` when no rounding fits (the installment is
    smaller than the step allows).
    """
    check_terms(terms)
    step = _STEP.get(terms.rounding, 1)
    rows = _rows(terms, start, lambda x: _exact_round(x, terms.rounding))
    if rows is None:
        rows = _rows(terms, start, lambda x: _round_down(x, step))
    if rows is None:
        raise ValidationError("tenor", _no_fit_message(terms, step))
    return rows


def _rows(
    terms: Terms, start: dt.date, round_installment: Callable[[Fraction], int]
) -> list[Installment] | None:
    """The schedule with installments rounded by ``round_installment``, or None when an
    installment before the last would repay no principal or all that is left."""
    p, n, r = terms.principal, terms.tenor, terms.monthly_rate
    annuity = _ideal_annuity(p, r, n)
    out: list[Installment] = []
    balance = p
    for k in range(1, n + 1):
        if terms.method is Method.FLAT:
            interest = _exact_round(p * r, Rounding.HALF_UP)
            ideal_total = Fraction(p, n) + p * r
        elif terms.method is Method.MENURUN:
            interest = _exact_round(balance * r, Rounding.HALF_UP)
            ideal_total = Fraction(p, n) + balance * r
        else:
            interest = _exact_round(balance * r, Rounding.HALF_UP)
            ideal_total = annuity
        principal = round_installment(ideal_total) - interest if k < n else balance
        if k < n and not 0 < principal < balance:
            return None
        balance -= principal
        out.append(Installment(k, add_months(start, k), principal, interest, balance))
    return out


def _no_fit_message(terms: Terms, step: int) -> str:
    if step == 1:
        return (
            f"Pokok {format_rupiah(terms.principal)} terlalu kecil untuk {terms.tenor} "
            "angsuran: ada angsuran tanpa pokok. Perpendek jangka waktunya."
        )
    return (
        f"Angsuran yang dibulatkan ke kelipatan {format_rupiah(step)} tidak cocok untuk "
        f"{terms.tenor} angsuran: ada angsuran tanpa pokok atau pinjaman lunas sebelum "
        "angsuran terakhir. Perpendek jangka waktunya atau pilih pembulatan yang lebih kecil."
    )


def schedule_totals(rows: Sequence[Installment]) -> tuple[int, int, int]:
    """Principal, interest and installments in total."""
    principal = sum(x.principal for x in rows)
    interest = sum(x.interest for x in rows)
    return principal, interest, principal + interest


def effective_monthly_rate(principal: int, payments: Sequence[int]) -> Decimal:
    """The monthly rate r that makes Σ payment_k / (1+r)^k equal the principal (IRR).

    Found by bisection on exact fractions (60 halvings: far below 0,0001%).
    Shown next to a flat rate so a member sees what the loan really costs.
    """
    if principal <= 0 or not payments or sum(payments) <= principal:
        return Decimal(0)

    def present_value(rate: Fraction) -> Fraction:
        factor, total = Fraction(1), Fraction(0)
        for amount in payments:
            factor /= 1 + rate
            total += amount * factor
        return total

    low, high = Fraction(0), Fraction(1)
    while present_value(high) > principal:
        high *= 2
    for _ in range(60):
        mid = (low + high) / 2
        if present_value(mid) > principal:
            low = mid
        else:
            high = mid
    value = (low + high) / 2 * 100
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.0001"))


# --- late fees ---------------------------------------------------------------------


class FeePeriod(enum.StrEnum):
    DAY = "day"
    MONTH = "month"


@dataclass(frozen=True)
class LateFeeRule:
    percent: Decimal
    """Of the overdue installment amount, per day or per month (30 days)."""
    period: FeePeriod = FeePeriod.DAY
    grace_days: int = 0


def late_fee(
    unpaid_over_time: Sequence[tuple[dt.date, int]],
    due_date: dt.date,
    as_of: dt.date,
    rule: LateFeeRule,
) -> int:
    """Denda on one installment from its due date to ``as_of``.

    ``unpaid_over_time`` lists (date, unpaid amount after that day's payments),
    in the order they happened (a day's payments in the order they were made), the
    first on or before ``due_date`` (the amount due). Day t is
    charged on what was unpaid before t's payments, so paying 5 days late
    costs 5 days. Nothing is charged when the installment was paid within the
    grace days; after that every day since the due date counts. A monthly
    percentage counts as percent / 30 per day.
    """
    if rule.percent <= 0 or as_of <= due_date:
        return 0
    grace_end = due_date + dt.timedelta(days=rule.grace_days)
    if as_of <= grace_end or unpaid_before(unpaid_over_time, grace_end + dt.timedelta(1)) <= 0:
        return 0
    per_day = _per_day(rule)
    points = _by_day(unpaid_over_time)
    rupiah_days = 0
    for i, (start, amount) in enumerate(points):
        # ``amount`` is unpaid on the days after ``start`` up to the next change day.
        end = points[i + 1][0] if i + 1 < len(points) else as_of
        first, last = max(start, due_date), min(end, as_of)
        if last > first and amount > 0:
            rupiah_days += amount * (last - first).days
    # Σ amount × per_day × days, exactly: the rate multiplies the integer sum once.
    return _exact_round(rupiah_days * per_day, Rounding.HALF_UP)


def _by_day(points: Sequence[tuple[dt.date, int]]) -> list[tuple[dt.date, int]]:
    """The points by date; a day's own points stay in the order they happened, so
    the last one is what was left unpaid at the end of that day."""
    return sorted(points, key=lambda point: point[0])


@functools.cache
def _per_day(rule: LateFeeRule) -> Fraction:
    per_day = Fraction(rule.percent) / 100
    return per_day / 30 if rule.period is FeePeriod.MONTH else per_day


def unpaid_before(points: Sequence[tuple[dt.date, int]], day: dt.date) -> int:
    """What was unpaid at the start of ``day`` (changes dated before it count)."""
    amount = 0
    for when, value in _by_day(points):
        if when < day:
            amount = value
    return amount


# --- allocation of a payment ---------------------------------------------------------


class Part(enum.StrEnum):
    DENDA = "denda"
    BUNGA = "bunga"
    POKOK = "pokok"

    @property
    def label(self) -> str:
        return {"denda": "Denda", "bunga": "Jasa (bunga)", "pokok": "Pokok"}[self.value]


DEFAULT_ORDER = (Part.DENDA, Part.BUNGA, Part.POKOK)


def parse_order(text: str) -> tuple[Part, ...]:
    """``"denda,bunga,pokok"`` → the three parts, each once."""
    try:
        parts = tuple(Part(p.strip().lower()) for p in text.split(",") if p.strip())
    except ValueError:
        raise ValidationError(
            "allocation_order", "Urutan pembayaran memakai denda, bunga dan pokok."
        ) from None
    if sorted(parts) != sorted(DEFAULT_ORDER):
        raise ValidationError(
            "allocation_order",
            "Urutan pembayaran harus memuat denda, bunga dan pokok, masing-masing sekali.",
        )
    return parts


@dataclass(frozen=True)
class Due:
    """What one installment still owes."""

    number: int
    due_date: dt.date
    denda: int
    bunga: int
    pokok: int


@dataclass(frozen=True)
class Allocation:
    number: int
    denda: int
    bunga: int
    pokok: int

    @property
    def total(self) -> int:
        return self.denda + self.bunga + self.pokok


def allocate_payment(
    amount: int, dues: Sequence[Due], order: Sequence[Part] = DEFAULT_ORDER
) -> tuple[list[Allocation], int]:
    """Spread a payment over the installments owed, part by part in ``order``.

    Each part is paid across all installments (oldest first) before the next
    part: with the default order all denda first, then all interest, then
    principal. Returns the allocations (installments that got something) and
    what is left over (an overpayment).
    """
    if amount < 0:
        raise ValueError("amount must not be negative")
    paid: dict[int, dict[Part, int]] = {d.number: dict.fromkeys(Part, 0) for d in dues}
    left = amount
    ordered = sorted(dues, key=lambda d: (d.due_date, d.number))
    for part in order:
        for d in ordered:
            owed = getattr(d, part.value)
            take = min(owed, left)
            if take:
                paid[d.number][part] += take
                left -= take
    allocations = [
        Allocation(n, p[Part.DENDA], p[Part.BUNGA], p[Part.POKOK])
        for n, p in sorted(paid.items())
        if any(p.values())
    ]
    return allocations, left


def allocate_in_advance(
    amount: int, dues: Sequence[Due], order: Sequence[Part] = DEFAULT_ORDER
) -> tuple[list[Allocation], int]:
    """Pay installments not yet due one after the other (each in ``order``), the way a
    member pays ahead: the next installment in full before the one after it."""
    out: list[Allocation] = []
    left = amount
    for due in sorted(dues, key=lambda d: (d.due_date, d.number)):
        if left <= 0:
            break
        parts, left = allocate_payment(left, [due], order)
        out += parts
    return out, left


# --- arrears, kolektibilitas, allowance ---------------------------------------------------


class Grade(enum.StrEnum):
    LANCAR = "lancar"
    KURANG_LANCAR = "kurang_lancar"
    DIRAGUKAN = "diragukan"
    MACET = "macet"

    @property
    def label(self) -> str:
        return {
            "lancar": "Lancar",
            "kurang_lancar": "Kurang lancar",
            "diragukan": "Diragukan",
            "macet": "Macet",
        }[self.value]


@dataclass(frozen=True)
class GradeRule:
    """Days past due at which a loan falls into each grade (KOPERASI.md §4.3 defaults:
    monthly installments overdue > 3 months kurang lancar, > 6 diragukan, > 12 macet)."""

    kurang_lancar_after: int = 90
    diragukan_after: int = 180
    macet_after: int = 360

    def grade(self, days_past_due: int) -> Grade:
        if days_past_due > self.macet_after:
            return Grade.MACET
        if days_past_due > self.diragukan_after:
            return Grade.DIRAGUKAN
        if days_past_due > self.kurang_lancar_after:
            return Grade.KURANG_LANCAR
        return Grade.LANCAR


@dataclass(frozen=True)
class AllowanceRule:
    """Required allowance (PPAP) in percent of the outstanding principal per grade
    (KOPERASI.md §4.4, the BPR analogue: 0,5 / 10 / 50 / 100)."""

    lancar: Decimal = Decimal("0.5")
    kurang_lancar: Decimal = Decimal(10)
    diragukan: Decimal = Decimal(50)
    macet: Decimal = Decimal(100)

    def percent(self, grade: Grade) -> Decimal:
        return Decimal(getattr(self, grade.value))

    def required(self, grade: Grade, base: int) -> int:
        """PPAP wajib dibentuk on ``base``: the outstanding less the collateral deducted."""
        return to_rupiah(Decimal(base) * self.percent(grade) / 100, Rounding.HALF_UP)

    @staticmethod
    def deduction(grade: Grade, outstanding: int, counted: int) -> int:
        """The collateral taken off a loan's allowance base: none for a lancar loan,
        otherwise the collateral counted, at most the outstanding (the base never
        falls below zero). KOPERASI.md §4.4."""
        return 0 if grade is Grade.LANCAR else max(0, min(counted, outstanding))


class CollateralKind(enum.StrEnum):
    """What a loan's collateral is, as far as the allowance is concerned."""

    SIMPANAN = "simpanan"
    TANAH_BANGUNAN = "tanah_bangunan"
    KENDARAAN = "kendaraan"
    LAIN = "lain"

    @property
    def label(self) -> str:
        return _COLLATERAL_LABELS[self]


_COLLATERAL_LABELS = {
    CollateralKind.SIMPANAN: "Simpanan/deposito diblokir",
    CollateralKind.TANAH_BANGUNAN: "Tanah/bangunan bersertifikat",
    CollateralKind.KENDARAAN: "Kendaraan (BPKB)",
    CollateralKind.LAIN: "Agunan lain",
}
COLLATERAL_WORDS: dict[CollateralKind, tuple[str, ...]] = {
    CollateralKind.SIMPANAN: ("deposito", "tabungan", "simpanan", "logam mulia"),
    CollateralKind.TANAH_BANGUNAN: (
        "shm", "shgb", "hgb", "sertifikat", "sertipikat", "hak milik", "hak guna bangunan",
    ),
    CollateralKind.KENDARAAN: ("bpkb", "kendaraan", "motor", "bermotor", "mobil", "truk"),
}  # fmt: skip
"""Words (at the start of a word, any case) that name a kind in a collateral's description."""
_COLLATERAL_PATTERNS = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
    for kind, words in COLLATERAL_WORDS.items()
}


@dataclass(frozen=True)
class CollateralRule:
    """The share of a collateral's value counted against the allowance, in percent per
    kind. Defaults follow the BPR rule (PBI 8/19/2006 as amended by PBI 13/26/2011,
    the analogue of KOPERASI.md §4.4): blocked savings and deposits 100%, certified land
    and buildings 80% (bound by hak tanggungan), vehicles 50% (bound by fidusia);
    anything else is not counted. [U] for koperasi: each is a setting."""

    simpanan: Decimal = Decimal(100)
    tanah_bangunan: Decimal = Decimal(80)
    kendaraan: Decimal = Decimal(50)
    lain: Decimal = Decimal(0)

    def percent(self, kind: CollateralKind) -> Decimal:
        return Decimal(getattr(self, kind.value))

    def kind(self, description: str) -> CollateralKind:
        """The kind named in ``description``; when words of several kinds appear, the one
        counted least (one value covers them all, so the cautious share); none → lain."""
        named = [k for k, pattern in _COLLATERAL_PATTERNS.items() if pattern.search(description)]
        return min(named, key=self.percent) if named else CollateralKind.LAIN

    def counted(self, description: str, value: int) -> int:
        """The collateral value counted, rounded down to the rupiah."""
        return self.counted_as(self.kind(description), value)

    def counted_as(self, kind: CollateralKind, value: int) -> int:
        """:meth:`counted` for a collateral whose kind is known."""
        return to_rupiah(Decimal(max(value, 0)) * self.percent(kind) / 100, Rounding.DOWN)


AGING_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("Belum jatuh tempo / tepat waktu", 0, 0),
    ("1–30 hari", 1, 30),
    ("31–60 hari", 31, 60),
    ("61–90 hari", 61, 90),
    ("91–180 hari", 91, 180),
    ("181–360 hari", 181, 360),
    ("Lebih dari 360 hari", 361, None),
)


def aging_bucket(days_past_due: int) -> str:
    for label, low, high in AGING_BUCKETS:
        if days_past_due >= low and (high is None or days_past_due <= high):
            return label
    return AGING_BUCKETS[0][0]


def days_past_due(dues: Sequence[Due], as_of: dt.date) -> int:
    """Days since the oldest installment still owing principal or interest fell due."""
    late = [d.due_date for d in dues if d.due_date < as_of and (d.pokok or d.bunga)]
    return (as_of - min(late)).days if late else 0


def fee(kind: str, value: Decimal, principal: int) -> int:
    """A provisi or administration fee: a fixed amount or a percent of the principal."""
    if kind == "fixed":
        return int(value)
    return to_rupiah(Decimal(principal) * value / 100, Rounding.HALF_UP)


# --- simulation -----------------------------------------------------------------------


@dataclass(frozen=True)
class YearTotal:
    year: int
    """1 for the first twelve installments, 2 for the next twelve, …"""
    principal: int
    interest: int

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class Simulation:
    """Simulasi angsuran: the schedule with totals, yearly subtotals and the effective rate."""

    terms: Terms
    start: dt.date
    rows: tuple[Installment, ...]
    effective_monthly_percent: Decimal

    @property
    def total_principal(self) -> int:
        return sum(x.principal for x in self.rows)

    @property
    def total_interest(self) -> int:
        return sum(x.interest for x in self.rows)

    @property
    def total(self) -> int:
        return self.total_principal + self.total_interest

    @property
    def effective_yearly_percent(self) -> Decimal:
        return self.effective_monthly_percent * 12

    @property
    def years(self) -> tuple[YearTotal, ...]:
        out = []
        for year in range(1, (len(self.rows) - 1) // 12 + 2):
            part = self.rows[(year - 1) * 12 : year * 12]
            out.append(
                YearTotal(year, sum(x.principal for x in part), sum(x.interest for x in part))
            )
        return tuple(out)


def simulate(terms: Terms, start: dt.date) -> Simulation:
    rows = schedule(terms, start)
    effective = effective_monthly_rate(terms.principal, [x.total for x in rows])
    return Simulation(terms, start, tuple(rows), effective)


@dataclass(frozen=True)
class DefaultProduct:
    code: str
    name: str
    method: Method
    rate_percent: str
    rate_period: RatePeriod
    min_amount: int
    max_amount: int
    min_tenor: int
    max_tenor: int
    provisi_kind: str
    provisi_value: str
    admin_kind: str
    admin_value: str
    late_fee_percent: str
    late_fee_period: FeePeriod
    grace_days: int
    rounding: Rounding
    account: str


DEFAULT_PRODUCTS: tuple[DefaultProduct, ...] = (
    # Rates, fees and late fees are starting values only [U]: each koperasi sets its own.
    DefaultProduct(
        "umum", "Pinjaman Umum", Method.FLAT, "1.5", RatePeriod.MONTH, 500_000, 50_000_000,
        1, 36, "percent", "1", "fixed", "25000", "0.1", FeePeriod.DAY, 3, Rounding.UP_100,
        Code.PINJAMAN_ANGGOTA_UMUM_KONSUMTIF,
    ),
    DefaultProduct(
        "usaha", "Pinjaman Usaha", Method.MENURUN, "18", RatePeriod.YEAR, 1_000_000, 100_000_000,
        3, 60, "percent", "1", "fixed", "50000", "0.1", FeePeriod.DAY, 3, Rounding.HALF_UP,
        Code.PINJAMAN_ANGGOTA_PRODUKTIF_USAHA,
    ),
    DefaultProduct(
        "darurat", "Pinjaman Darurat", Method.ANUITAS, "12", RatePeriod.YEAR, 100_000, 5_000_000,
        1, 12, "fixed", "0", "fixed", "10000", "0.1", FeePeriod.DAY, 3, Rounding.HALF_UP,
        Code.PINJAMAN_ANGGOTA_DARURAT_KHUSUS,
    ),
)  # fmt: skip
