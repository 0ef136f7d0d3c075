"""Paper data of the Laporan Penilaian Kesehatan Koperasi: an
:class:`~kopdesk.domain.health.Assessment` with everything the paper, the
spreadsheets, the RAT book and the windows print around it: the subtotal of each
aspect, the questionnaire answers, the composites of earlier years and who signs.

Every figure the layouts print is here (the aspect subtotals are added up once,
by :func:`aspect_totals`); the layouts only format. Text helpers format a
``Decimal`` the Indonesian way (``12,34``; ``12,34%``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from kopdesk.domain.health import Assessment, Indicator, Predicate, Source
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "CSV_COLUMNS",
    "PREDICATE_COLORS",
    "Answer",
    "AspectTotal",
    "HealthPaper",
    "HealthSigner",
    "TrendPoint",
    "aspect_totals",
    "decimal_text",
    "health_paper",
    "percent_text",
    "source_text",
    "trend_points",
]


CSV_COLUMNS = (
    "aspect", "indicator", "numerator", "denominator", "ratio", "nilai", "score", "weight",
)  # fmt: skip
"""The columns of the assessment's CSV (issue 18, ``kopdesk health --out FILE.csv``)."""

PREDICATE_COLORS = {
    Predicate.SEHAT: "#1b7a3a",
    Predicate.CUKUP_SEHAT: "#1f5fa8",
    Predicate.DALAM_PENGAWASAN: "#b86e00",
    Predicate.DALAM_PENGAWASAN_KHUSUS: "#b3261e",
}
"""One colour a predicate, the same on paper, in the window and on Beranda."""


@dataclass(frozen=True)
class Answer:
    """One questionnaire question and its answer (``ya`` when ``yes``)."""

    key: str
    question: str
    yes: bool


@dataclass(frozen=True)
class AspectTotal:
    """One aspect of an assessment: its indicators' weights and scores added up."""

    aspect: str
    indicators: int
    weight: Decimal
    score: Decimal


@dataclass(frozen=True)
class TrendPoint:
    """One year of the multi-year trend."""

    year: int
    scheme_label: str
    composite: Decimal
    predicate: str
    """The predicate's text; ``-`` for PEARLS, which has none."""


@dataclass(frozen=True)
class HealthSigner:
    """A place to sign: the office (``Ketua``, ``Pengawas``) and the name, blank when unknown."""

    role: str
    name: str


@dataclass(frozen=True)
class HealthPaper:
    """Everything the Laporan Penilaian Kesehatan Koperasi prints."""

    header: BookHeader
    assessment: Assessment
    aspects: tuple[AspectTotal, ...]
    """In the order the aspects first appear among the indicators."""
    answers: tuple[Answer, ...] = ()
    trend: tuple[TrendPoint, ...] = ()
    """Earlier and this year's results, oldest first, one a year."""
    pengurus: tuple[HealthSigner, ...] = (HealthSigner("Ketua", ""),)
    pengawas: tuple[HealthSigner, ...] = (HealthSigner("Pengawas", ""),)


def aspect_totals(assessment: Assessment) -> tuple[AspectTotal, ...]:
    """Σ weight and Σ score of each aspect, aspects in their first appearance order."""
    order: list[str] = []
    rows: dict[str, list[Indicator]] = {}
    for indicator in assessment.indicators:
        if indicator.aspect not in rows:
            order.append(indicator.aspect)
            rows[indicator.aspect] = []
        rows[indicator.aspect].append(indicator)
    return tuple(
        AspectTotal(
            aspect,
            len(rows[aspect]),
            sum((i.weight for i in rows[aspect]), Decimal(0)),
            sum((i.score for i in rows[aspect]), Decimal(0)),
        )
        for aspect in order
    )


def trend_points(assessments: Sequence[Assessment]) -> tuple[TrendPoint, ...]:
    """One point a year, oldest first; of two results for one year the later ``as_of`` wins."""
    latest: dict[int, Assessment] = {}
    for a in sorted(assessments, key=lambda a: (a.year, a.as_of)):
        latest[a.year] = a
    return tuple(
        TrendPoint(
            a.year,
            a.scheme.label,
            a.composite,
            a.predicate.value if a.predicate is not None else "-",
        )
        for a in (latest[y] for y in sorted(latest))
    )


def health_paper(
    header: BookHeader,
    assessment: Assessment,
    *,
    answers: Sequence[tuple[str, str, bool]] = (),
    trend: Sequence[Assessment] = (),
    pengurus: Sequence[HealthSigner] = (),
    pengawas: Sequence[HealthSigner] = (),
) -> HealthPaper:
    """The paper of ``assessment``: its aspects added up, the answers as given
    ((key, question, ya/tidak)), the trend of ``trend`` with this assessment in it.
    Without signers the paper keeps one dotted place for the Ketua and one for a
    Pengawas."""
    return HealthPaper(
        header=header,
        assessment=assessment,
        aspects=aspect_totals(assessment),
        answers=tuple(Answer(k, q, bool(y)) for k, q, y in answers),
        trend=trend_points([*trend, assessment]),
        pengurus=tuple(pengurus) or (HealthSigner("Ketua", ""),),
        pengawas=tuple(pengawas) or (HealthSigner("Pengawas", ""),),
    )


# --- text ------------------------------------------------------------------------------


def decimal_text(value: Decimal | None, places: int = 2) -> str:
    """``12,34`` (decimal comma, thousands with dots); ``-`` for None."""
    if value is None:
        return "-"
    fixed = f"{value.quantize(Decimal(1).scaleb(-places)):f}"
    whole, _, fraction = fixed.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = format_number(abs(int(whole)))
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def percent_text(value: Decimal | None, places: int = 2) -> str:
    """``12,34%``; ``-`` for None (a ratio over zero)."""
    return "-" if value is None else decimal_text(value, places) + "%"


def source_text(source: Source) -> str:
    """``Kas dan bank Rp12.500.000 (1101, 1102)``: a source read from accounts is
    rupiah; one without accounts (a register, a count of answers) prints its number
    plainly (``Jawaban ya 8``)."""
    if not source.accounts:
        return f"{source.label} {format_number(source.amount)}"
    sign = "-" if source.amount < 0 else ""
    return (
        f"{source.label} {sign}Rp{format_number(abs(source.amount))} ({', '.join(source.accounts)})"
    )
