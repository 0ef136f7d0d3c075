"""The Berita Acara Pemeriksaan (laporan pengawas) of a period: the cash counts with
their denomination tables, the samples checked, the findings and their follow-up,
and who signs. Amounts are integer rupiah; difference = physical − book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kopdesk.domain.papers.common import BookHeader

__all__ = [
    "CashCountPaper",
    "CountLinePaper",
    "FindingPaper",
    "SampleItemPaper",
    "SamplePaper",
    "SupervisionReport",
]


@dataclass(frozen=True)
class CountLinePaper:
    label: str
    """``Kertas Rp100.000``, ``Koin Rp500``."""
    value: int
    pieces: int
    amount: int


@dataclass(frozen=True)
class CashCountPaper:
    number: str
    counted_at: dt.datetime
    account: str
    """``1101 Kas``."""
    lines: tuple[CountLinePaper, ...]
    physical_total: int
    book_balance: int
    difference: int
    counter_name: str
    witness: str
    note: str


@dataclass(frozen=True)
class SampleItemPaper:
    position: int
    ref: str
    label: str
    checked: bool
    note: str


@dataclass(frozen=True)
class SamplePaper:
    number: str
    kind_label: str
    date_from: dt.date
    date_to: dt.date
    size: int
    seed: int
    population: int
    items: tuple[SampleItemPaper, ...]
    checked: int


@dataclass(frozen=True)
class FindingPaper:
    number: str
    found_on: dt.date
    title: str
    description: str
    recommendation: str
    status_label: str
    status_date: dt.date
    response: str


@dataclass(frozen=True)
class SupervisionReport:
    """Everything the pengawas recorded in ``start``–``end`` (tahun buku ``year``)."""

    header: BookHeader
    year: int
    start: dt.date
    end: dt.date
    counts: tuple[CashCountPaper, ...]
    samples: tuple[SamplePaper, ...]
    findings: tuple[FindingPaper, ...]
    pengawas: tuple[str, ...]
    """The serving pengawas' names (signature blocks); empty: lines to fill in."""
    ketua: str
    findings_by_status: tuple[tuple[str, int], ...]
    """``(status label, number of findings)`` for every status, in follow-up order."""

    @property
    def empty(self) -> bool:
        return not (self.counts or self.samples or self.findings)
