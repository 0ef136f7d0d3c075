"""Loan quality panel: arrears and aging, kolektibilitas with the allowance required and
formed, the month-end allowance posted once; its models through the model tester."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kopdesk import documents
from kopdesk.db import Book
from kopdesk.domain.permissions import Actor, Role
from kopdesk.services.loan_quality import allowance_runs
from kopdesk.ui.models.loan_quality import LoanProductListModel
from kopdesk.ui.ops import Ops
from kopdesk.ui.pages.loan_quality import LoanQualityPanel
from tests.helpers import Snapshot
from tests.ui.helpers import Shown
from tests.ui.test_loan_counter import borrowers

__all__ = ["borrowers"]  # the fixture: Siti late since 15 February, Budi's loan new in June

TODAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("widgets", "pages.loan_quality", "pages.savings_routine"):
        monkeypatch.setattr(f"kopdesk.ui.{module}.today", lambda: TODAY)


@pytest.fixture
def panel_as(
    qtbot: QtBot, ops_as: Callable[[Role], Ops], borrowers: dict[str, str]
) -> Callable[[Role], LoanQualityPanel]:
    def make(role: Role) -> LoanQualityPanel:
        widget = LoanQualityPanel(ops_as(role))
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def test_arrears_as_of_a_date(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.KASIR)
    tab = panel.arrears
    assert tab.date_edit.value() == TODAY
    assert tab.late_model.rowCount() == 1  # Budi's loan is not due yet
    late = tab.late_model.position(0)
    assert late is not None
    assert (late.loan_number, late.days_past_due) == ("PJ-2025-0001", 135)
    aging = tab.aging_model
    labels = [aging.cell(r, 0) for r in range(aging.rowCount())]
    assert aging.cell(labels.index("91–180 hari"), 1) == "1"
    assert aging.cell(aging.rowCount() - 1, 2) == "8.000.000"  # total principal left
    assert "1 of 2 running loans are late" in tab.summary.text()
    tab.date_edit.set_value(dt.date(2025, 2, 10))  # before the first installment fell due
    assert tab.late_model.rowCount() == 0


def test_collectibility_and_allowance(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.collectibility)
    model = panel.collectibility.grades_model
    rows = {model.cell(r, 0): r for r in range(model.rowCount())}
    kl = rows["Kurang lancar"]
    assert [model.cell(kl, c) for c in range(model.columnCount())] == [
        "Kurang lancar", "1", "6.000.000", "75", "10", "600.000",
    ]  # fmt: skip
    assert model.cell(rows["Lancar"], 5) == "10.000"  # 0,5% of Budi's 2.000.000
    assert model.cell(rows["Total"], 5) == "610.000"
    summary = panel.collectibility.summary.text()
    assert "Allowance required Rp610.000, formed Rp0" in summary
    assert "= 75% of Rp8.000.000" in summary
    assert "Shortfall: Rp610.000" in summary
    assert panel.collectibility.loans_model.rowCount() == 2


def test_month_end_allowance_posted_once(
    panel_as: Callable[[Role], LoanQualityPanel], book: Book, shown: Shown
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.allowance)
    tab = panel.allowance
    assert tab.month_field.value() == "2025-05"
    report = tab.preview()
    assert report is not None
    assert report.required_total == 600_000  # Siti 105 days late on 31 May; Budi not yet lent
    assert tab.post_button.isEnabled()
    assert "Posting adds Rp600.000" in tab.summary.text()

    number = tab.post()

    assert number is not None
    assert number
    assert len(shown.questions) == 1
    assert "Mei 2025" in tab.result_label.text()
    with book.read() as s:
        runs = allowance_runs(s)
    assert [(r.month, r.required, r.entry_number) for r in runs] == [("2025-05", 600_000, number)]
    assert tab.runs_model.rowCount() == 1
    assert not tab.post_button.isEnabled()
    tab.preview()  # the same month again: already posted
    assert "already posted" in tab.banner.text()
    assert not tab.post_button.isEnabled()
    tab.month_field.set_value("2025-07")
    tab.preview()
    assert "has not ended" in tab.banner.text()
    assert not tab.post_button.isEnabled()


def test_declined_confirmation_writes_nothing(
    panel_as: Callable[[Role], LoanQualityPanel],
    shown: Shown,
    snapshot: Callable[[], Snapshot],
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.allowance)
    panel.allowance.preview()
    shown.answer = False
    before = snapshot()
    assert panel.allowance.post() is None
    assert snapshot() == before


def test_kasir_cannot_post_the_allowance(panel_as: Callable[[Role], LoanQualityPanel]) -> None:
    panel = panel_as(Role.KASIR)
    panel.tabs.setCurrentWidget(panel.allowance)
    assert panel.allowance.post_button.isHidden()
    panel.allowance.preview()
    assert panel.allowance.post() is None


def test_print_buttons_follow_the_papers(
    panel_as: Callable[[Role], LoanQualityPanel],
    monkeypatch: pytest.MonkeyPatch,
    shown: Shown,
    tmp_path: Path,
) -> None:
    monkeypatch.delattr(documents, "collectibility_pdf", raising=False)
    made: list[dt.date] = []

    def arrears_pdf(_book: Book, on: dt.date, *, actor: Actor) -> bytes:
        made.append(on)
        return b"%PDF-1.4 tunggakan"

    monkeypatch.setattr(documents, "arrears_pdf", arrears_pdf, raising=False)
    panel = panel_as(Role.BENDAHARA)
    assert not panel.arrears.print_button.isHidden()
    assert panel.collectibility.print_button.isHidden()
    shown.save_to = tmp_path / "tunggakan.pdf"
    panel.arrears.print_pdf()
    assert made == [TODAY]
    assert shown.opened == [tmp_path / "tunggakan.pdf"]


def test_models_pass_the_model_tester(
    panel_as: Callable[[Role], LoanQualityPanel], qtmodeltester: Any, ops: Ops
) -> None:
    panel = panel_as(Role.BENDAHARA)
    panel.tabs.setCurrentWidget(panel.collectibility)
    panel.tabs.setCurrentWidget(panel.allowance)
    panel.allowance.preview()
    panel.allowance.post()
    for model in (
        panel.arrears.aging_model,
        panel.arrears.late_model,
        panel.collectibility.grades_model,
        panel.collectibility.loans_model,
        panel.allowance.grades_model,
        panel.allowance.runs_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    from kopdesk.services.loans import list_products

    products = LoanProductListModel()
    products.set_products(ops.read(None, list_products) or [])
    assert products.rowCount() == 3
    assert products.cell(0, 2) == "1,5% per bulan"
    qtmodeltester.check(products)
    qtmodeltester.check(LoanProductListModel())
