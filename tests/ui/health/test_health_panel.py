"""The health panel and Beranda's health tile, over assessments built by hand."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kopdesk.domain.health import Assessment, Scheme
from kopdesk.ui.health.panel import HealthPanel, MakePdf
from kopdesk.ui.health_tile import HealthTile
from kopdesk.ui.kit.ops import Ops
from tests.health_samples import QUESTIONS, perdep_assessment, trend
from tests.ui.helpers import Shown


class Loads:
    """The injected ``load``: remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[Scheme, int]] = []

    def __call__(self, scheme: Scheme, year: int) -> Assessment:
        self.asked.append((scheme, year))
        return perdep_assessment(year)


def _panel(qtbot: QtBot, ops: Ops, loads: Loads, make_pdf: MakePdf | None = None) -> HealthPanel:
    panel = HealthPanel(
        ops,
        loads,
        years=[2024, 2025],
        schemes=(Scheme.PERDEP_2016, Scheme.KKPKK),
        make_pdf=make_pdf,
    )
    qtbot.addWidget(panel)
    panel.set_questions(QUESTIONS)
    return panel


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, ops: Ops, qtbot: QtBot
) -> None:
    panel = _panel(qtbot, ops, Loads())
    qtmodeltester.check(panel.model)


def test_shows_the_latest_year_and_its_result(ops: Ops, qtbot: QtBot) -> None:
    loads = Loads()
    panel = _panel(qtbot, ops, loads)
    assert loads.asked == [(Scheme.PERDEP_2016, 2025)]
    assert "Skor komposit 69,73 — Cukup Sehat" in panel.result.text()
    assert "#1f5fa8" in panel.result.text()  # the colour of Cukup Sehat
    assert panel.model.rowCount() == len(perdep_assessment().indicators)


def test_selecting_a_row_shows_its_formula_and_sources(ops: Ops, qtbot: QtBot) -> None:
    panel = _panel(qtbot, ops, Loads())
    panel.table.selectRow(15)  # 5.1 Rasio kas
    shown = panel.details.toPlainText()
    assert "5.1 Rasio kas" in shown
    assert "(Kas + Bank) / Kewajiban lancar × 100%" in shown
    assert "Kas Rp38.600.000 (1101)" in shown
    assert "Bank Rp142.900.000 (1102)" in shown
    assert "Kewajiban lancar Rp1.183.500.000 (21)" in shown
    assert "15,34%" in shown  # 181.500.000 / 1.183.500.000


def test_picking_a_year_loads_it_and_tells(ops: Ops, qtbot: QtBot) -> None:
    loads = Loads()
    panel = _panel(qtbot, ops, loads)
    with qtbot.waitSignal(panel.year_changed) as blocker:
        panel.year.setCurrentIndex(panel.year.findData(2024))
    assert blocker.args == [2024]
    assert loads.asked[-1] == (Scheme.PERDEP_2016, 2024)
    with qtbot.waitSignal(panel.scheme_changed) as blocker:
        panel.scheme.setCurrentIndex(panel.scheme.findData(Scheme.KKPKK))
    assert blocker.args == ["kkpkk"]


def test_save_emits_the_answers(ops: Ops, qtbot: QtBot) -> None:
    panel = _panel(qtbot, ops, Loads())
    panel.boxes["umum.3"].setChecked(True)
    assert panel.dirty()
    with qtbot.waitSignal(panel.answers_saved) as blocker:
        panel.save_answers_button.click()
    expected = {key: yes for key, _q, yes in QUESTIONS} | {"umum.3": True}
    assert blocker.args == [expected]
    assert not panel.dirty()


def test_unsaved_ticks_ask_before_a_reload(ops: Ops, qtbot: QtBot, shown: Shown) -> None:
    loads = Loads()
    panel = _panel(qtbot, ops, loads)
    panel.boxes["aktiva.1"].setChecked(False)
    shown.answer = False
    panel.year.setCurrentIndex(panel.year.findData(2024))
    assert len(shown.questions) == 1
    assert "belum disimpan" in shown.questions[0] or "not saved" in shown.questions[0]
    assert panel.current_year() == 2025  # the picker went back
    assert loads.asked == [(Scheme.PERDEP_2016, 2025)]
    assert not panel.boxes["aktiva.1"].isChecked()  # the tick is kept
    panel.reload()
    assert len(shown.questions) == 2
    assert loads.asked == [(Scheme.PERDEP_2016, 2025)]
    shown.answer = True
    panel.year.setCurrentIndex(panel.year.findData(2024))
    assert loads.asked[-1] == (Scheme.PERDEP_2016, 2024)
    assert panel.boxes["aktiva.1"].isChecked()  # discarded: back to the saved answer
    assert not panel.dirty()


def test_without_unsaved_ticks_nothing_is_asked(ops: Ops, qtbot: QtBot, shown: Shown) -> None:
    panel = _panel(qtbot, ops, Loads())
    panel.year.setCurrentIndex(panel.year.findData(2024))
    assert shown.questions == []


def test_print_goes_through_the_preview_with_the_ticks(
    ops: Ops, qtbot: QtBot, shown: Shown
) -> None:
    made: list[tuple[Assessment, Sequence[tuple[str, str, bool]]]] = []

    def make(a: Assessment, answers: Sequence[tuple[str, str, bool]]) -> bytes:
        made.append((a, answers))
        return b"%PDF-health"

    panel = _panel(qtbot, ops, Loads(), make_pdf=make)
    panel.boxes["umum.3"].setChecked(True)
    panel.print_button.click()
    assert shown.previewed == [b"%PDF-health"]
    assert made[0][0].year == 2025
    assert ("umum.3", QUESTIONS[2][1], True) in made[0][1]


def test_without_a_paper_maker_print_is_off(ops: Ops, qtbot: QtBot) -> None:
    assert not _panel(qtbot, ops, Loads()).print_button.isEnabled()


def test_the_tile_shows_the_last_result_and_the_trend(qtbot: QtBot) -> None:
    tile = HealthTile()
    qtbot.addWidget(tile)
    assert not tile.chart.isVisibleTo(tile)
    tile.show_assessments((perdep_assessment(), *trend()))
    assert tile.value.text() == "Cukup Sehat"
    assert "69,73" in tile.detail.text()
    assert "2025" in tile.detail.text()
    assert tile.chart.values == (58.4, 62.75, 67.1, 71.45, 69.73)
    with qtbot.waitSignal(tile.clicked) as blocker:
        tile.click()
    assert blocker.args == ["health"]
