"""The Laporan Penilaian Kesehatan Koperasi and the health spreadsheets, from
assessments built by hand (tests.health_samples)."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from kopdesk.domain.health import Indicator, Predicate, Source
from kopdesk.domain.money import format_number
from kopdesk.domain.papers.health import (
    HealthSigner,
    aspect_totals,
    decimal_text,
    health_paper,
    percent_text,
    trend_points,
)
from kopdesk.reports.health import render_health
from kopdesk.reports.health_sheets import (
    CSV_COLUMNS,
    health_csv,
    write_health_csv,
    write_health_xlsx,
)
from tests.health_samples import QUESTIONS, perdep_assessment, trend
from tests.reports import samples
from tests.reports.pdftext import pdf_pages

SIGNERS = {
    "pengurus": (HealthSigner("Ketua", "Ahmad Fauzi"),),
    "pengawas": (HealthSigner("Pengawas", "Dewi Lestari"), HealthSigner("Pengawas", "Yusuf")),
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def pages() -> list[str]:
    paper = health_paper(
        samples.HEADER, perdep_assessment(), answers=QUESTIONS, trend=trend(), **SIGNERS
    )
    return pdf_pages(render_health(paper, samples.STAMP))


def test_text_helpers_write_indonesian_numbers() -> None:
    assert decimal_text(Decimal("1234.5")) == "1.234,50"
    assert decimal_text(Decimal("-0.5")) == "-0,50"
    assert percent_text(Decimal("24.18")) == "24,18%"
    assert percent_text(None) == "-"


def test_aspect_totals_add_up_the_indicators_in_order() -> None:
    totals = aspect_totals(perdep_assessment())
    assert [t.aspect for t in totals][:2] == ["Permodalan", "Kualitas Aktiva Produktif"]
    assert totals[0].weight == Decimal(15)
    assert totals[0].score == Decimal("12.00")
    assert sum(t.weight for t in totals) == 100
    assert sum(t.score for t in totals) == perdep_assessment().composite


def test_trend_keeps_one_result_a_year_oldest_first() -> None:
    now = perdep_assessment(2025)
    again = dataclasses.replace(now, as_of=now.as_of.replace(day=30), composite=Decimal(1))
    points = trend_points([now, *trend(), again])
    assert [p.year for p in points] == [2021, 2022, 2023, 2024, 2025]
    assert points[-1].composite == now.composite  # 31 December is later than 30 December


def test_every_indicator_prints_its_working(pages: list[str]) -> None:
    text = _squash("\n".join(pages))
    for i in perdep_assessment().indicators:
        assert f"{format_number(i.numerator)} = " in text or i.numerator < 1000
        assert format_number(i.denominator) in text
        assert percent_text(i.ratio) in text
        assert decimal_text(i.score) in text
        for source in (*i.numerator_from, *i.denominator_from):
            assert source.label in text
    assert "Rp42.500.000 (3101)" in text


def test_result_answers_trend_and_signatures(pages: list[str]) -> None:
    text = _squash("\n".join(pages))
    assert "Skor komposit: 69,73" in text
    assert "Predikat: CUKUP SEHAT" in text
    assert "Jumlah aspek Permodalan" in text
    for _key, question, _yes in QUESTIONS:
        assert _squash(question)[:40] in text
    assert text.count(" Tidak ") >= 2
    assert "2021 Perdep 06/2016 58,40 Dalam Pengawasan" in text
    for name in ("Ahmad Fauzi", "Dewi Lestari", "Yusuf"):
        assert f"( {name} )" in text
    assert "Ketua" in text
    assert "Pengawas" in text


def test_every_page_is_numbered_and_has_the_header(pages: list[str]) -> None:
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "LAPORAN PENILAIAN KESEHATAN KOPERASI" in page


def test_pearls_prints_goals_and_no_predicate() -> None:
    base = perdep_assessment()
    goal = dataclasses.replace(base.indicators[0], goal="≥ 10%", met=True)
    pearls = dataclasses.replace(base, predicate=None, indicators=(goal,), composite=Decimal(100))
    text = _squash("\n".join(pdf_pages(render_health(health_paper(samples.HEADER, pearls),
                                                     samples.PLAIN_STAMP))))  # fmt: skip
    assert "Sasaran ≥ 10% (tercapai)" in text
    assert "Sasaran tercapai 100,00%" in text
    assert "Predikat" not in text


def _hostile() -> Indicator:
    i = perdep_assessment().indicators[0]
    return dataclasses.replace(
        i,
        aspect='=HYPERLINK("http://x")',
        name="+cmd|' /C calc'!A0",
        ratio=None,
        numerator_from=(Source("@SUM(A1)", 5, ("3101",)),),
    )


def test_csv_has_the_exact_columns_and_every_indicator(tmp_path: Path) -> None:
    a = perdep_assessment()
    write_health_csv(a, tmp_path / "k.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "k.csv").read_text("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "aspect", "indicator", "numerator", "denominator", "ratio", "nilai", "score", "weight",
    )  # fmt: skip
    assert len(rows) == len(a.indicators) + 2
    assert rows[-1][:2] == ["Komposit", a.predicate.value if a.predicate else ""]
    assert float(rows[-1][6]) == pytest.approx(float(a.composite))
    assert rows[-1][7] == "100"
    first = a.indicators[0]
    assert rows[1] == [
        "Permodalan", f"1.1 {first.name}", str(first.numerator), str(first.denominator),
        "24.18", "50", "3.00", "6",
    ]  # fmt: skip


def test_csv_neutralises_formula_like_text() -> None:
    a = dataclasses.replace(perdep_assessment(), indicators=(_hostile(),))
    rows = list(csv.reader(io.StringIO(health_csv(a).decode("utf-8-sig"))))
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert rows[1][1].startswith("1.1 +cmd")  # the code in front already makes it text
    assert rows[1][4] == ""  # a ratio over zero


def test_xlsx_numbers_are_numbers_and_text_stays_text(tmp_path: Path) -> None:
    a = perdep_assessment()
    hostile = dataclasses.replace(a, indicators=(*a.indicators, _hostile()))
    write_health_xlsx(hostile, tmp_path / "k.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "k.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[3] == CSV_COLUMNS
    first = rows[4]
    assert first[2] == a.indicators[0].numerator
    assert isinstance(first[2], int)
    assert first[4] == pytest.approx(24.18)
    assert isinstance(first[4], float)
    evil = rows[4 + len(a.indicators)]
    assert evil[0] == '=HYPERLINK("http://x")'
    cell = sheet.cell(5 + len(a.indicators), 1)
    assert cell.data_type == "s"
    assert cell.quotePrefix
    composite = next(r for r in rows if r[0] == "Skor komposit")
    assert composite[6] == pytest.approx(float(a.composite))
    assert composite[1] == Predicate.CUKUP_SEHAT.value
