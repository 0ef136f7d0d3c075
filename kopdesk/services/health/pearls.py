"""WOCCU PEARLS for credit unions (koperasi kredit), KOPERASI.md §7: the ratios the
koperasi chart of accounts supports, each with its goal and whether it is met.

Each ratio is an :class:`Indicator` with ``nilai`` 1 when its goal is met (else 0),
``score`` = ``nilai``, ``weight`` 1 and ``met``; the composite is the share of goals
met, in percent (two decimals, half up); no predicate (PEARLS has goals, not one).

Computed: P1, P2, P3, P6; E1, E2, E3, E5, E6, E7, E8, E9; A1, A2, A3; R9; L1, L2,
L3; S1 (loans), S5 (savings deposits), S7 (member shares), S8 (institutional
capital), S11 (total assets). Balances are at the end of the period, growth against
the same date a year earlier; delinquency from the loans' days past due
(:func:`kopdesk.services.loans.quality.positions`).

Left out, because the chart (or the book) has no figure for them:

- P4 annual charge-offs / average loans and P5 recoveries / charge-offs: write-offs
  leave the loan accounts through the allowance, and the chart has no account for
  recoveries of loans written off; P4's goal ("minimised") is not a number either;
- E4 non-financial investments / total assets: no account holds them apart from
  other long-term investments (1504 mixes both);
- R1–R8, R10–R12: their goals are market rates, "≥ R1" or "enough to reach E9 =
  10%", which the books cannot judge (R9, operating expenses / average assets ≤ 5%,
  is computed; for a period shorter than a year it is not annualised);
- S2–S4, S6 (growth of liquid and financial investments and of external credit) have
  no goal of their own in §7; S9/S10 membership growth is not a ledger figure.

kopdesk's reading of the accounts ([U] where §7 gives only a name): liquid
investments = deposito ≤ 3 bulan (1113) + penempatan (1200); financial investments =
investasi jangka panjang (1500); savings deposits = simpanan non-ekuitas (2100);
external credit = pinjaman yang diterima (2400); member shares = simpanan pokok,
wajib and other equity savings (3100); institutional capital = hibah (3300) +
cadangan (3400); non-earning assets = kas, kas kecil, giro (1101, 1102, 1111),
piutang jasa and lain-lain (1310, 1320), aset lancar lain (1400), aset tetap (1600),
aset tak berwujud (1700) and aset lain-lain (1800); liquidity reserves = simpanan di
koperasi lain (1201, 1202); short-term payables = utang lancar lain (2300).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kopdesk.domain import coa
from kopdesk.domain.coa import Code
from kopdesk.domain.health import Assessment, Indicator, Scheme, Source, percent
from kopdesk.domain.money import format_rupiah
from kopdesk.services.health.book_figures import (
    Books,
    assessment_period,
    read_books,
    year_earlier,
)
from kopdesk.services.health.kkpkk_ratios import LOAN_ACCOUNTS
from kopdesk.services.loans import quality

__all__ = ["Goal", "PearlsRules", "assess_pearls"]

_CENT = Decimal("0.01")
P, E, A, R, L, S = (
    "P – Perlindungan",
    "E – Struktur keuangan efektif",
    "A – Kualitas aset",
    "R – Tingkat pendapatan dan biaya",
    "L – Likuiditas",
    "S – Tanda-tanda pertumbuhan",
)


def _pct(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",") + "%"


@dataclass(frozen=True)
class Goal:
    """A ratio at or above ``low`` and at or below ``high`` (``strict`` makes both
    bounds exclusive); None leaves a side open."""

    low: Decimal | None = None
    high: Decimal | None = None
    strict: bool = False

    def met(self, ratio: Decimal) -> bool:
        if self.low is not None and (ratio <= self.low if self.strict else ratio < self.low):
            return False
        return not (
            self.high is not None and (ratio >= self.high if self.strict else ratio > self.high)
        )

    @property
    def text(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{_pct(self.low)} – {_pct(self.high)}"
        if self.low is not None:
            return f"{'>' if self.strict else '≥'} {_pct(self.low)}"
        if self.high is not None:
            return f"{'<' if self.strict else '≤'} {_pct(self.high)}"
        return "bebas"


def _goal(low: str | None = None, high: str | None = None, *, strict: bool = False) -> Goal:
    return Goal(
        None if low is None else Decimal(low), None if high is None else Decimal(high), strict
    )


_P1 = _goal("100")
_P2 = _goal("35")
_P6 = _goal("111")
_E1 = _goal("70", "80")
_E2 = _goal(high="16")
_E3 = _goal(high="2")
_E5 = _goal("70", "80")
_E6 = _goal(high="5")
_E7 = _goal(high="20")
_E8 = _goal("10")
_E9 = _goal("10")
_A1 = _goal(high="5")
_A2 = _goal(high="5")
_A3 = _goal("200")
_R9 = _goal(high="5")
_L1 = _goal("15", "20")
_L2 = _goal("10")
_L3 = _goal(high="1", strict=True)


@dataclass(frozen=True)
class PearlsRules:
    """The goals (WOCCU, KOPERASI.md §7 [C] unless marked) and the day counts."""

    delinquent_after_days: int = 30
    """A loan this many days past due or more is delinquent (A1, P2) [U]."""
    year_days: int = 365
    """More than this many days past due is "delinquency > 12 months" (P1, P3) [U]."""
    p2_percent: Decimal = Decimal(35)
    """The allowance required for loans delinquent 1–12 months (P2, E9, P6)."""
    inflation: Decimal = Decimal(3)
    """S11's goal is asset growth above inflation: the rate to compare with [U]."""
    p1: Goal = _P1
    p2: Goal = _P2
    p6: Goal = _P6
    e1: Goal = _E1
    e2: Goal = _E2
    e3: Goal = _E3
    e5: Goal = _E5
    e6: Goal = _E6
    e7: Goal = _E7
    e8: Goal = _E8
    e9: Goal = _E9
    a1: Goal = _A1
    a2: Goal = _A2
    a3: Goal = _A3
    r9: Goal = _R9
    l1: Goal = _L1
    """15–20% (the CU report [joomag-CU] asks at least 15%)."""
    l2: Goal = _L2
    l3: Goal = _L3


@dataclass(frozen=True)
class _Loans:
    total: int
    delinquent: int
    """Balance of loans ``delinquent_after_days`` or more past due."""
    over_year: int
    """Balance of loans more than ``year_days`` past due."""
    within_year: int
    """Balance of delinquent loans up to ``year_days`` past due."""


def _loans(session: Session, on: dt.date, rules: PearlsRules) -> _Loans:
    rows = quality.positions(session, on)
    late = [p for p in rows if p.days_past_due >= rules.delinquent_after_days]
    over = sum(p.outstanding for p in late if p.days_past_due > rules.year_days)
    delinquent = sum(p.outstanding for p in late)
    return _Loans(sum(p.outstanding for p in rows), delinquent, over, delinquent - over)


def _indicator(
    aspect: str, code: str, name: str, formula: str, *,
    top: tuple[Source, ...], bottom: tuple[Source, ...], goal: Goal,
    empty_met: bool = False, goal_text: str = "",
) -> Indicator:  # fmt: skip
    numerator, denominator = sum(s.amount for s in top), sum(s.amount for s in bottom)
    ratio = percent(numerator, denominator)
    met = empty_met if ratio is None else goal.met(ratio)
    return Indicator(
        aspect=aspect, code=code, name=name, formula=formula, numerator=numerator,
        denominator=denominator, ratio=ratio, nilai=Decimal(int(met)), score=Decimal(int(met)),
        weight=Decimal(1), numerator_from=top, denominator_from=bottom,
        goal=goal_text or goal.text, met=met,
    )  # fmt: skip


def _required(loans: _Loans, rules: PearlsRules) -> tuple[Source, Source]:
    """The allowance P1 and P2 require: 100% of > 12 months, 35% of 1–12 months."""
    p2 = (Decimal(loans.within_year) * rules.p2_percent / 100).quantize(
        Decimal(1), rounding=ROUND_HALF_UP
    )
    return (
        Source("Dikurangi 100% pinjaman lalai > 12 bulan", -loans.over_year, LOAN_ACCOUNTS),
        Source(
            f"Dikurangi {_pct(rules.p2_percent)} pinjaman lalai 1–12 bulan",
            -int(p2),
            LOAN_ACCOUNTS,
        ),
    )


def _protection(b: Books, loans: _Loans, rules: PearlsRules) -> list[Indicator]:
    allowance = b.source("Penyisihan penghapusan pinjaman", coa.LOAN_ALLOWANCE, credit=True)
    over = Source("Pinjaman lalai > 12 bulan", loans.over_year, LOAN_ACCOUNTS)
    within = Source("Pinjaman lalai 1–12 bulan", loans.within_year, LOAN_ACCOUNTS)
    req_over, req_within = _required(loans, rules)
    gross = Source("Total aset ditambah penyisihan", b.total_assets + allowance.amount)
    liabilities = b.liabilities_source()
    savings = b.source("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True)
    shares = b.source("Simpanan anggota (ekuitas)", Code.GROUP_SIMPANAN_ANGGOTA, credit=True)
    p6_top = (
        gross,
        Source("Dikurangi liabilitas selain simpanan", savings.amount - liabilities.amount),
        req_over,
        req_within,
    )
    return [
        _indicator(P, "P1", "Penyisihan terhadap pinjaman lalai > 12 bulan",
                   "penyisihan / pinjaman lalai > 12 bulan × 100%",
                   top=(allowance,), bottom=(over,), goal=rules.p1, empty_met=True),
        _indicator(P, "P2", "Penyisihan bersih terhadap pinjaman lalai 1–12 bulan",
                   "(penyisihan − 100% lalai > 12 bulan) / lalai 1–12 bulan × 100%",
                   top=(allowance, req_over), bottom=(within,), goal=rules.p2, empty_met=True),
        _indicator(P, "P3", "Pinjaman lalai > 12 bulan belum dihapus",
                   "pinjaman lalai > 12 bulan / total pinjaman × 100%",
                   top=(over,), bottom=(Source("Total pinjaman", loans.total, LOAN_ACCOUNTS),),
                   goal=_goal(high="0"), empty_met=True,
                   goal_text="0% (dihapus seluruhnya)"),
        _indicator(P, "P6", "Solvabilitas",
                   "(aset + penyisihan − liabilitas selain simpanan − pinjaman bermasalah) / "
                   "(simpanan + simpanan anggota) × 100%",
                   top=p6_top, bottom=(savings, shares), goal=rules.p6),
    ]  # fmt: skip


def _institutional(b: Books) -> tuple[Source, ...]:
    return (
        b.source("Hibah", Code.GROUP_HIBAH, credit=True),
        b.source("Cadangan", Code.GROUP_CADANGAN, credit=True),
    )


def _structure(b: Books, loans: _Loans, rules: PearlsRules) -> list[Indicator]:
    ta = (b.total_assets_source(),)
    net_loans = (
        b.source("Pinjaman yang diberikan", *LOAN_ACCOUNTS),
        b.source("Dikurangi penyisihan", coa.LOAN_ALLOWANCE),
    )
    liquid = (
        b.source("Deposito bank ≤ 3 bulan", Code.DEPOSITO_BANK_3_BULAN),
        b.source("Penempatan pada koperasi/lembaga lain",
                 Code.GROUP_PENEMPATAN_PADA_KOPERASI_LEMBAGA_LAIN),
    )  # fmt: skip
    inst = _institutional(b)
    allowance = b.source("Penyisihan penghapusan pinjaman", coa.LOAN_ALLOWANCE, credit=True)

    def one(code: str, name: str, what: str, top: tuple[Source, ...], goal: Goal) -> Indicator:
        return _indicator(E, code, name, f"{what} / total aset × 100%", top=top, bottom=ta,
                          goal=goal)  # fmt: skip

    return [
        one("E1", "Pinjaman bersih terhadap total aset", "pinjaman bersih", net_loans, rules.e1),
        one("E2", "Investasi likuid terhadap total aset", "investasi likuid", liquid, rules.e2),
        one("E3", "Investasi keuangan terhadap total aset", "investasi keuangan",
            (b.source("Investasi jangka panjang", Code.GROUP_INVESTASI_JANGKA_PANJANG),),
            rules.e3),
        one("E5", "Simpanan terhadap total aset", "simpanan non-ekuitas",
            (b.source("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True),),
            rules.e5),
        one("E6", "Pinjaman dari luar terhadap total aset", "pinjaman yang diterima",
            (b.source("Pinjaman yang diterima", Code.GROUP_PINJAMAN_YANG_DITERIMA,
                      credit=True),), rules.e6),
        one("E7", "Simpanan anggota (modal) terhadap total aset", "simpanan pokok dan wajib",
            (b.source("Simpanan anggota", Code.GROUP_SIMPANAN_ANGGOTA, credit=True),),
            rules.e7),
        one("E8", "Modal lembaga terhadap total aset", "modal lembaga", inst, rules.e8),
        one("E9", "Modal lembaga bersih terhadap total aset",
            "(modal lembaga + penyisihan − penyisihan wajib)",
            (*inst, allowance, *_required(loans, rules)), rules.e9),
    ]  # fmt: skip


_NON_EARNING = (
    Code.KAS,
    Code.KAS_KECIL,
    Code.BANK_GIRO,
    Code.PIUTANG_JASA_PINJAMAN,
    Code.PIUTANG_LAIN_LAIN,
    Code.GROUP_ASET_LANCAR_LAIN,
    Code.GROUP_ASET_TETAP,
    Code.GROUP_ASET_TAK_BERWUJUD,
    Code.GROUP_ASET_LAIN_LAIN,
)


def _quality(b: Books, loans: _Loans, rules: PearlsRules) -> list[Indicator]:
    non_earning = (b.source("Aset yang tidak menghasilkan", *_NON_EARNING),)
    zero_cost = (
        *_institutional(b),
        b.source("Titipan", Code.GROUP_TITIPAN, credit=True),
        b.source("Utang lancar lain", Code.GROUP_UTANG_LANCAR_LAIN, credit=True),
    )
    return [
        _indicator(A, "A1", "Pinjaman lalai terhadap total pinjaman",
                   "pinjaman lalai / total pinjaman × 100%",
                   top=(Source(f"Pinjaman lalai ≥ {rules.delinquent_after_days} hari",
                               loans.delinquent, LOAN_ACCOUNTS),),
                   bottom=(Source("Total pinjaman", loans.total, LOAN_ACCOUNTS),),
                   goal=rules.a1, empty_met=True),
        _indicator(A, "A2", "Aset yang tidak menghasilkan terhadap total aset",
                   "aset tidak menghasilkan / total aset × 100%", top=non_earning,
                   bottom=(b.total_assets_source(),), goal=rules.a2),
        _indicator(A, "A3", "Dana tanpa biaya terhadap aset yang tidak menghasilkan",
                   "(modal lembaga + titipan + utang lancar lain) / aset tidak menghasilkan "
                   "× 100%", top=zero_cost, bottom=non_earning, goal=rules.a3, empty_met=True),
    ]  # fmt: skip


def _costs_and_liquidity(b: Books, prior: Books, rules: PearlsRules) -> list[Indicator]:
    expenses = (
        b.flow_source("Beban usaha", Code.GROUP_BEBAN_USAHA),
        b.flow_source("Dikurangi beban penyisihan", coa.LOAN_ALLOWANCE_EXPENSE, credit=True),
        b.flow_source("Beban perkoperasian", Code.GROUP_BEBAN_PERKOPERASIAN),
    )
    average = (b.total_assets + prior.total_assets) // 2
    both = f"{format_rupiah(b.total_assets)} + {format_rupiah(prior.total_assets)}"
    avg = Source(f"Rata-rata total aset (({both}) / 2)", average)
    deposits = (b.source("Simpanan non-ekuitas", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True),)
    reserves = b.source(
        "Simpanan di koperasi lain",
        Code.SIMPANAN_SUKARELA_DI_KOPERASI_LAIN,
        Code.SIMPANAN_BERJANGKA_DI_KOPERASI_LAIN,
    )
    l1_top = (
        b.source("Kas dan setara kas", Code.GROUP_KAS_DAN_SETARA_KAS),
        b.source("Simpanan sukarela di koperasi lain", Code.SIMPANAN_SUKARELA_DI_KOPERASI_LAIN),
        b.source("Dikurangi utang lancar lain", Code.GROUP_UTANG_LANCAR_LAIN),
    )
    idle = (b.source("Kas, kas kecil dan giro", Code.KAS, Code.KAS_KECIL, Code.BANK_GIRO),)
    return [
        _indicator(R, "R9", "Beban operasional terhadap rata-rata aset",
                   "beban operasional / rata-rata total aset × 100%", top=expenses,
                   bottom=(avg,), goal=rules.r9),
        _indicator(L, "L1", "Aset likuid bersih terhadap simpanan",
                   "(aset likuid − utang jangka pendek) / simpanan × 100%", top=l1_top,
                   bottom=deposits, goal=rules.l1),
        _indicator(L, "L2", "Cadangan likuiditas terhadap simpanan",
                   "cadangan likuiditas / simpanan × 100%", top=(reserves,), bottom=deposits,
                   goal=rules.l2),
        _indicator(L, "L3", "Aset likuid yang tidak menghasilkan terhadap total aset",
                   "kas, kas kecil dan giro / total aset × 100%", top=idle,
                   bottom=(b.total_assets_source(),), goal=rules.l3),
    ]  # fmt: skip


def _growth(
    code: str, name: str, now: Source, before: Source, *, goal: Goal, text: str
) -> Indicator:
    top = (now, Source(f"Dikurangi {before.label.lower()}", -before.amount, before.accounts))
    bottom = (Source(f"{before.label} (nilai mutlak)", abs(before.amount), before.accounts),)
    return _indicator(S, code, name, "(nilai t − nilai t−1) / nilai t−1 × 100%", top=top,
                      bottom=bottom, goal=goal, goal_text=text)  # fmt: skip


def _toward(share: Indicator, target: Goal, s11: Decimal | None) -> tuple[Goal, str]:
    """The goal of an S-ratio tied to an E-ratio: grow faster than total assets (S11)
    while the E-ratio is below its target, slower while above, freely inside it."""
    if s11 is None or share.ratio is None:
        return Goal(), "bebas (rasio pembanding tidak dapat dihitung)"
    if target.low is not None and share.ratio < target.low:
        return Goal(low=s11, strict=True), f"> S11 ({_pct(s11)}), {share.code} di bawah target"
    if target.high is not None and share.ratio > target.high:
        return Goal(high=s11, strict=True), f"< S11 ({_pct(s11)}), {share.code} di atas target"
    return Goal(), f"bebas, {share.code} dalam target ({target.text})"


def _signs(
    b: Books, prior: Books, structure: list[Indicator], rules: PearlsRules
) -> list[Indicator]:
    def pair(label: str, *codes: str, credit: bool = False) -> tuple[Source, Source]:
        return (
            b.source(f"{label} akhir periode", *codes, credit=credit),
            prior.source(f"{label} setahun sebelumnya", *codes, credit=credit),
        )

    assets_now = b.total_assets_source()
    assets_before = Source("Total aset setahun sebelumnya", prior.total_assets, assets_now.accounts)
    s11 = _growth("S11", "Pertumbuhan total aset", assets_now, assets_before,
                  goal=Goal(low=rules.inflation, strict=True),
                  text=f"> inflasi ({_pct(rules.inflation)})")  # fmt: skip
    by_code = {i.code: i for i in structure}
    tied = (
        ("S1", "Pertumbuhan pinjaman", pair("Pinjaman", *LOAN_ACCOUNTS), "E1", rules.e1),
        ("S5", "Pertumbuhan simpanan",
         pair("Simpanan", Code.GROUP_SIMPANAN_NON_EKUITAS, credit=True), "E5", rules.e5),
        ("S7", "Pertumbuhan simpanan anggota (modal)",
         pair("Simpanan anggota", Code.GROUP_SIMPANAN_ANGGOTA, credit=True), "E7", rules.e7),
        ("S8", "Pertumbuhan modal lembaga",
         pair("Modal lembaga", Code.GROUP_HIBAH, Code.GROUP_CADANGAN, credit=True), "E8",
         rules.e8),
    )  # fmt: skip
    out = []
    for code, name, (now, before), share, target in tied:
        goal, text = _toward(by_code[share], target, s11.ratio)
        out.append(_growth(code, name, now, before, goal=goal, text=text))
    return [*out, s11]


def assess_pearls(session: Session, year: int, as_of: dt.date | None = None) -> Assessment:
    """The PEARLS ratios of tahun buku ``year`` (cut at ``as_of`` when given and inside
    the year). Reads only. Raises ``NotFoundError`` when the year is not in the book."""
    return assess_pearls_with(session, year, as_of, PearlsRules())


def assess_pearls_with(
    session: Session, year: int, as_of: dt.date | None, rules: PearlsRules
) -> Assessment:
    """:func:`assess_pearls` with other goals (settings)."""
    period = assessment_period(session, year, as_of)
    books = read_books(session, period.start, period.end)
    prior = read_books(session, year_earlier(period.start), year_earlier(period.end))
    loans = _loans(session, period.end, rules)
    structure = _structure(books, loans, rules)
    indicators = (
        *_protection(books, loans, rules),
        *structure,
        *_quality(books, loans, rules),
        *_costs_and_liquidity(books, prior, rules),
        *_signs(books, prior, structure, rules),
    )
    met = sum(1 for i in indicators if i.met)
    composite = (Decimal(met) * 100 / len(indicators)).quantize(_CENT, rounding=ROUND_HALF_UP)
    return Assessment(Scheme.PEARLS, year, period.end, indicators, composite, None)
