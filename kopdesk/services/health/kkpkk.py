"""Pemeriksaan kesehatan koperasi by the KKPKK (Permenkop 9/2020 + Juknis Deputi
Perkoperasian 15/2021, KOPERASI.md §5.2 and §5.4), from the books and the answers of
the qualitative checklists (:mod:`~kopdesk.services.health.kkpkk_questions`).

Every indicator gets a ratio in percent, a nilai 1 (best) to 4 and a skor 5 − nilai
(:mod:`~kopdesk.services.health.kkpkk_rules`):

- a checklist: Σ "ya" / number of questions × 100 (an unanswered question is "tidak");
- a ratio of the books: numerator / denominator × 100, each with the accounts it was
  read from; a ratio whose denominator is 0 gets ``rules.missing_nilai``, except where
  0 is the best case (no loans, no allowance required, no current liabilities:
  nilai 1, kopdesk's reading).

Aspect score = Σ skor / (number of indicators × 4) × 100 [C]; composite = Σ aspect
score × aspect weight / 100 (Tata Kelola 30, Profil Risiko 15, Kinerja Keuangan 40,
Permodalan 15), to two decimals half up; predicate by :func:`predicate_for` and the
bands. Each :class:`Indicator` carries, as every scheme's do, its weight in the
composite and what it adds to it: the aspect's weight W shared equally by its n
indicators (W / n) and skor × W / (4n); ``code`` is its number on the paper (``2.3``),
``key`` the stable key of its checklist or ratio.

The indicators of the books (kopdesk's reading of which accounts make each figure is
in :mod:`~kopdesk.services.health.kkpkk_ratios`): Profil Risiko — aset produktif /
total aset, pinjaman / aset produktif, aset likuid / total aset, aset likuid /
kewajiban lancar; Kinerja Keuangan — ROE, kemandirian operasional, SHU / pendapatan,
pinjaman bermasalah (KL + D + M from the loans' kolektibilitas), PPAP / PPAPWD,
pertumbuhan ekuitas, pertumbuhan SHU; Permodalan — ekuitas / total aset. Left out:
ROA, BOPO-type efficiency and asset growth (the Juknis' tables were not found),
the capital-adequacy ratio (needs ATMR risk weights the books do not hold).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from kopdesk.domain.health import Assessment, Bands, Indicator, Scheme, Source, percent
from kopdesk.services.health.book_figures import assessment_period
from kopdesk.services.health.common import assessment, indicator
from kopdesk.services.health.kkpkk_questions import KKPKK_CHECKLISTS, Aspect, Checklist
from kopdesk.services.health.kkpkk_ratios import Ratio, book_ratios
from kopdesk.services.health.kkpkk_rules import KkpkkRules, Scale, skor_of

__all__ = [
    "ASPECT_ORDER",
    "KkpkkRules",
    "aspect_scores",
    "assess_kkpkk",
    "score_ratio",
]

ASPECT_ORDER = (
    Aspect.TATA_KELOLA,
    Aspect.PROFIL_RISIKO,
    Aspect.KINERJA_KEUANGAN,
    Aspect.PERMODALAN,
)

_CENT = Decimal("0.01")


def _weight(rules: KkpkkRules, aspect: Aspect) -> Decimal:
    return {
        Aspect.TATA_KELOLA: rules.weight_tata_kelola,
        Aspect.PROFIL_RISIKO: rules.weight_profil_risiko,
        Aspect.KINERJA_KEUANGAN: rules.weight_kinerja_keuangan,
        Aspect.PERMODALAN: rules.weight_permodalan,
    }[aspect]


def score_ratio(
    ratio: Decimal | None, scale: Scale, rules: KkpkkRules, *, empty: str = ""
) -> tuple[int, str]:
    """The nilai of ``ratio`` on ``scale`` and the band that applied, in words. A ratio
    that cannot be computed gets nilai 1 when ``empty`` says why that is the best case,
    else ``rules.missing_nilai``."""
    if ratio is None:
        if empty:
            return 1, f"penyebut 0: {empty}"
        return rules.missing_nilai, "tidak dapat dihitung (penyebut 0)"
    nilai = scale.nilai(ratio)
    return nilai, scale.band(nilai)


def _indicator(
    aspect: Aspect,
    code: str,
    name: str,
    *,
    formula: str,
    numerator: tuple[Source, ...],
    denominator: tuple[Source, ...],
    scale: Scale,
    rules: KkpkkRules,
    empty: str = "",
) -> Indicator:
    ratio = percent(sum(s.amount for s in numerator), sum(s.amount for s in denominator))
    nilai, band = score_ratio(ratio, scale, rules, empty=empty)
    return indicator(
        (str(aspect), code, name, formula),
        numerator,
        denominator,
        ratio=ratio,
        nilai=Decimal(nilai),
        score=Decimal(skor_of(nilai)),
        weight=_weight(rules, aspect),
        goal=band,
    )


def _checklist_indicator(
    checklist: Checklist, answers: Mapping[str, bool], rules: KkpkkRules
) -> Indicator:
    rows = tuple(
        Source(q.text, 1 if answers.get(q.key, False) else 0, ()) for q in checklist.questions
    )
    return _indicator(
        checklist.aspect,
        checklist.key,
        checklist.name,
        formula="Σ jawaban ya / jumlah pertanyaan × 100%",
        numerator=rows,
        denominator=(Source("Jumlah pertanyaan", len(rows), ()),),
        scale=rules.qualitative,
        rules=rules,
    )


def _ratio_indicator(ratio: Ratio, rules: KkpkkRules) -> Indicator:
    return _indicator(
        ratio.aspect,
        ratio.code,
        ratio.name,
        formula=ratio.formula,
        numerator=ratio.numerator_from,
        denominator=ratio.denominator_from,
        scale=ratio.scale(rules),
        rules=rules,
        empty=ratio.empty,
    )


def aspect_scores(assessment: Assessment) -> dict[str, Decimal]:
    """Each aspect's score, Σ skor / (n × 4) × 100, to two decimals (half up); the
    skor of an indicator is 5 − its nilai."""
    out: dict[str, Decimal] = {}
    for aspect in ASPECT_ORDER:
        rows = [i for i in assessment.indicators if i.aspect == aspect]
        if rows:
            skor = sum(skor_of(int(i.nilai)) for i in rows)
            value = Decimal(skor * 100) / (len(rows) * 4)
            out[str(aspect)] = value.quantize(_CENT, rounding=ROUND_HALF_UP)
    return out


_SHARE = Decimal("0.0001")


def _shares(number: int, rows: list[Indicator]) -> list[Indicator]:
    """The rows of aspect ``number`` as the paper shows them: numbered ``1.1``, ``1.2``
    … (the key kept), each weighing an equal share of the aspect's weight, W / n, and
    adding skor / 4 of that share to the composite, skor × W / (4n); both to four
    decimals for the table (the composite is added up unrounded)."""
    n = len(rows)
    return [
        dataclasses.replace(
            i,
            key=i.code,
            code=f"{number}.{k}",
            weight=(i.weight / n).quantize(_SHARE, rounding=ROUND_HALF_UP),
            score=(i.score * i.weight / (4 * n)).quantize(_SHARE, rounding=ROUND_HALF_UP),
        )
        for k, i in enumerate(rows, start=1)
    ]


def _composite(indicators: list[Indicator]) -> Decimal:
    total = Decimal(0)
    for aspect in ASPECT_ORDER:
        rows = [i for i in indicators if i.aspect == aspect]
        if rows:
            skor = sum((i.score for i in rows), Decimal(0))
            total += skor * rows[0].weight / (len(rows) * 4)
    return total.quantize(_CENT, rounding=ROUND_HALF_UP)


def assess_kkpkk(
    session: Session,
    year: int,
    answers: Mapping[str, bool],
    as_of: dt.date | None = None,
    bands: Bands | None = None,
    *,
    rules: KkpkkRules | None = None,
) -> Assessment:
    """The KKPKK assessment of tahun buku ``year`` (cut at ``as_of`` when given and
    inside the year), from the books and ``answers`` (question key → ya/tidak; keys of
    other schemes or of questions no longer asked are ignored). Reads only.

    Raises ``NotFoundError`` when the book has no tahun buku ``year``."""
    rules = rules or KkpkkRules()
    period = assessment_period(session, year, as_of)
    by_aspect: dict[Aspect, list[Indicator]] = {a: [] for a in ASPECT_ORDER}
    for checklist in KKPKK_CHECKLISTS:
        by_aspect[checklist.aspect].append(_checklist_indicator(checklist, answers, rules))
    for ratio in book_ratios(session, period.start, period.end):
        by_aspect[ratio.aspect].append(_ratio_indicator(ratio, rules))
    scored = [i for a in ASPECT_ORDER for i in by_aspect[a]]  # skor 1–4, the aspect's weight
    shown = [i for n, a in enumerate(ASPECT_ORDER, start=1) for i in _shares(n, by_aspect[a])]
    return assessment(
        Scheme.KKPKK,
        year,
        period.end,
        shown,
        total=_composite(scored),
        bands=bands or Bands(),
    )
