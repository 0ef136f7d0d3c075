"""Pengawasan → Kesehatan over a real book: the cooperative's scheme first, answers
saved by the pengawas count in the assessment, the treasurer reads but cannot answer,
the Kasir does not get the tab, and the paper is the registered one."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from kopdesk.domain.health import Scheme
from kopdesk.domain.permissions import Role
from kopdesk.services.health import answers, schemes
from kopdesk.ui.health.tab import HealthTab
from kopdesk.ui.kit.ops import Ops
from kopdesk.ui.trust.supervision import SupervisionPage
from tests.reports.pdftext import pdf_text
from tests.ui.helpers import Shown

OpsAs = Callable[[Role], Ops]


def _tab(qtbot: QtBot, ops: Ops) -> HealthTab:
    tab = HealthTab(ops)
    qtbot.addWidget(tab)
    return tab


def test_the_cooperatives_scheme_and_the_open_year_come_first(qtbot: QtBot, ops_as: OpsAs) -> None:
    tab = _tab(qtbot, ops_as(Role.PENGAWAS))
    panel = tab.panel
    assert (panel.current_scheme(), panel.current_year()) == (Scheme.KKPKK, 2025)
    assert panel.assessment is not None
    assert panel.assessment.scheme is Scheme.KKPKK
    assert len(panel.boxes) == len(schemes.questions(Scheme.KKPKK))
    assert all(box.isEnabled() for box in panel.boxes.values())


def test_answers_saved_by_the_pengawas_are_stored_and_counted(
    qtbot: QtBot, ops_as: OpsAs, shown: Shown
) -> None:
    ops = ops_as(Role.PENGAWAS)
    tab = _tab(qtbot, ops)
    panel = tab.panel
    before = panel.assessment
    assert before is not None
    for box in panel.boxes.values():
        box.setChecked(True)
    panel.save_answers()
    with ops.book.read() as s:
        stored = answers.answers(s, Scheme.KKPKK, 2025)
        expected = schemes.assess(s, Scheme.KKPKK, 2025)
    assert stored == dict.fromkeys(schemes.questions(Scheme.KKPKK), True)
    after = panel.assessment
    assert after is not None
    assert after.composite == expected.composite
    assert after.composite > before.composite  # every checklist now answered ya
    assert not panel.dirty()
    assert shown.errors == []


def test_the_treasurer_reads_the_questions_but_cannot_answer(qtbot: QtBot, ops_as: OpsAs) -> None:
    tab = _tab(qtbot, ops_as(Role.BENDAHARA))
    assert tab.panel.boxes
    assert not any(box.isEnabled() for box in tab.panel.boxes.values())
    assert not tab.panel.save_answers_button.isEnabled()


def test_the_kasir_gets_no_health_tab_and_the_pengawas_does(qtbot: QtBot, ops_as: OpsAs) -> None:
    kasir = SupervisionPage(ops_as(Role.KASIR))
    qtbot.addWidget(kasir)
    assert kasir.health_tab is None
    pengawas = SupervisionPage(ops_as(Role.PENGAWAS))
    qtbot.addWidget(pengawas)
    assert pengawas.health_tab is not None
    assert pengawas.tabs.indexOf(pengawas.health_tab) >= 0


def test_print_opens_the_registered_paper(qtbot: QtBot, ops_as: OpsAs, shown: Shown) -> None:
    tab = _tab(qtbot, ops_as(Role.PENGAWAS))
    tab.panel.print_paper()
    assert len(shown.previewed) == 1
    text = " ".join(pdf_text(shown.previewed[0]).split())
    assert "LAPORAN PENILAIAN KESEHATAN KOPERASI" in text
    assert "Tahun buku 2025" in text
